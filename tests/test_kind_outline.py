"""outline kind and outline citations: only the national outline counts, and
outline facts are rulebook data (a 2026–2030 outline is a YAML file, no code)."""

from __future__ import annotations

import shutil

import pytest
from conftest import ROOT

from checker.pipeline import check_path

HEAD = "某某县{y}年度法治政府建设情况报告\n"
BODY = "一、{y}年主要举措和成效\n全年开展培训5次。\n二、存在的不足和原因\n执法力量不足。\n"


def _check(tmp_path, text, ref=None, name="o.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p), ref)


def _outline_findings(r):
    return [f for f in r.findings if f.rule == "outline_version"]


def test_local_plan_for_the_right_years_does_not_hide_the_old_outline(tmp_path):
    """Family: a 2023 report citing the 2015–2020 national outline beside its
    province's 2021–2025 plan — flagged, whichever comes first."""
    text = (
        HEAD.format(y=2023) + "2023年,我县认真贯彻《某某省法治政府建设实施方案(2021-2025年)》和"
        "《法治政府建设实施纲要(2015-2020年)》,全面推进依法行政。\n" + BODY.format(y=2023)
    )
    r = _check(tmp_path, text)
    assert r.meta.outline_cited == "2015-2020"
    f = _outline_findings(r)
    assert f and f[0].severity == "warning" and "2015-2020" in f[0].message


@pytest.mark.parametrize(
    "cite",
    [
        "《某某区法治政府建设实施纲要(20212025年)》",
        "《某某市法治政府建设实施方案(2021—2025年)》",
        "《某某省法治政府建设实施意见(2021-2025年)》",
    ],
)
def test_only_a_local_plan_is_no_outline(tmp_path, cite):
    text = HEAD.format(y=2023) + f"2023年,我县按照{cite}要求推进法治政府建设。\n" + BODY.format(y=2023)
    r = _check(tmp_path, text)
    assert r.meta.outline_cited is None
    f = _outline_findings(r)
    assert f and f[0].message.startswith("未引用《法治政府建设实施纲要（2021－2025年）》")


def test_national_outline_inside_a_local_title_counts(tmp_path):
    text = (
        HEAD.format(y=2022)
        + "2022年,制定《贯彻落实<法治政府建设实施纲要(2021-2025年)>重要举措实施方案》。\n"
        + BODY.format(y=2022)
    )
    r = _check(tmp_path, text)
    assert r.meta.outline_cited == "2021-2025" and not _outline_findings(r)


def test_outline_names_come_from_the_rulebooks():
    from checker.match.kinds import outline

    src = (ROOT / "checker" / "match" / "kinds" / "outline.py").read_text(encoding="utf-8")
    meta = (ROOT / "checker" / "structure" / "metadata.py").read_text(encoding="utf-8")
    for fact in ("2015", "2021", "2025", "一规划"):
        assert fact not in src.split('"""', 2)[2], fact  # the docstring may name them, the code may not
        assert fact not in meta.split("def find_outline")[1], fact
    assert outline.expected(type("R", (), {"params": {}})(), 2023) == "2021-2025"


def test_a_new_outline_is_a_yaml_file(tmp_path, monkeypatch):
    """A 2026–2030 outline: a new rulebook declaring its outline block, no code."""
    books = tmp_path / "rulebooks"
    shutil.copytree(ROOT / "rulebooks", books)
    (books / "outline-2026-2030.yaml").write_text(
        'schema: 1\nid: outline-2026-2030\nname: 法治政府建设年度报告（2026—2030年纲要）\nversion: "2031.1"\n'
        "extends: annual-report\nyears: [2026, 2030]\n"
        'outline:\n  id: "2026-2030"\n  name: 《法治政府建设实施纲要（2026－2030年）》\n  report_years: [2026, 2030]\n'
        "  cite: ['法治政府建设实施纲要\\s*\\(?\\s*2026\\s*年?\\s*-{0,2}\\s*2030']\n  not_after: '[省市区县州旗盟镇乡]'\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("LAWCHECK_RULEBOOKS", str(books))
    new = HEAD.format(y=2026) + "2026年,深入贯彻《法治政府建设实施纲要(2026-2030年)》。\n" + BODY.format(y=2026)
    r = _check(tmp_path, new, name="n.txt")
    assert r.rulebook == "outline-2026-2030" and r.meta.outline_cited == "2026-2030"
    assert not _outline_findings(r)
    old = new.replace("(2026-2030年)", "(2021-2025年)")
    r = _check(tmp_path, old, name="m.txt")
    f = _outline_findings(r)
    assert r.meta.outline_cited == "2021-2025" and f and "2026－2030" in f[0].message


def test_outline_block_is_validated(tmp_path):
    from checker.errors import RulebookError
    from checker.rulebook import load

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        'schema: 1\nid: bad\nname: x\nversion: "1"\nextends: '
        + str(ROOT / "rulebooks" / "annual-report.yaml")
        + "\noutline: {id: x, name: y, cite: ['(']}\n",
        encoding="utf-8",
    )
    with pytest.raises(RulebookError):
        load(str(bad))
