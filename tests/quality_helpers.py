"""Helpers shared by the quality-rule tests: check a text written to a real
file, a small rulebook around one kind, the findings of one rule."""

from __future__ import annotations

import textwrap
from functools import cache

from conftest import seed_path

from checker.pipeline import check_path

SEEDS = [
    "000_c9bd385b88e6491a.txt",
    "001_be30819666d1b380.txt",
    "002_df0ba27d3289336d.txt",
    "003_d63e53787c8bf399.txt",
    "004_5198beffa2de79c3.txt",
]


def check_text(tmp_path, text: str, ref: str | None = None, name: str = "r.txt", encoding: str = "utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding))
    return check_path(str(p), ref)


def found(report, rule_id: str):
    return [f for f in report.findings if f.rule == rule_id]


@cache
def seed_report(name: str):
    return check_path(str(seed_path(name)))


def rulebook(tmp_path, rules_yaml: str, extends: str = "annual-report", name: str = "book.yaml"):
    """A rulebook file extending the shipped base rules with the given rules."""
    from conftest import ROOT

    base = ROOT / "rulebooks" / f"{extends}.yaml"
    body = (
        f"schema: 1\nid: t-{name.split('.')[0]}\nname: 测试规则库\nversion: '1'\nextends: {base}\n"
        f"rules:\n" + textwrap.indent(textwrap.dedent(rules_yaml).strip("\n"), "  ") + "\n"
    )
    p = tmp_path / name
    p.write_text(body, encoding="utf-8")
    return str(p)
