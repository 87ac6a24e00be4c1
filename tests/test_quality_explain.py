"""`lawcheck explain` documents every quality rule: kind, severity, weight,
source, fix, the rules it reads, and its examples."""

from __future__ import annotations

import pytest
from conftest import run_cli

QUALITY = [
    "term_form",
    "name_inconsistent",
    "heading_numbering",
    "problems_vague",
    "plan_ignores_problems",
    "stale_year",
    "measures_without_data",
]


@pytest.mark.parametrize("rule_id", QUALITY)
def test_explain(rule_id):
    res = run_cli("explain", rule_id)
    assert res.returncode == 0, res.stderr
    out = res.stdout
    assert out.startswith(f"{rule_id}：") and "依据：" in out and "怎样改：" in out and "权重：0" in out
    assert "例子（应触发）" in out and "例子（不应触发）" in out
    if rule_id in ("problems_vague", "plan_ignores_problems", "stale_year", "measures_without_data"):
        assert "读取规则的结果：" in out
