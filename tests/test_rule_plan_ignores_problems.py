"""plan_ignores_problems: a problem with no matching measure in the next-year
plan is named; the seeds' plans answer their problems (by key term or
synonym: 创新 ~ 探索新举措)."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report

TEXT = (
    "XX县2023年法治政府建设年度报告\n一、2023年主要举措和成效\n全年审查规范性文件12件。\n二、存在的不足和原因\n"
    "一是行政执法人员素质参差不齐。二是行政复议案件纠错率偏高。三是法治宣传教育覆盖面不广。究其原因，编制有限。\n"
    "三、2024年工作安排\n{plan}"
)


def test_unanswered_problems_listed(tmp_path):
    r = check_text(tmp_path, TEXT.format(plan="一是组织执法人员轮训。二是深入开展法治宣传教育进乡村。"))
    hits = found(r, "plan_ignores_problems")
    assert len(hits) == 1 and hits[0].severity == "info"
    assert "行政复议案件纠错率偏高" in hits[0].message and "执法人员" not in hits[0].message


def test_answered_plan_quiet(tmp_path):
    r = check_text(
        tmp_path, TEXT.format(plan="一是组织执法人员轮训。二是提高行政复议办案质量。三是开展法治宣传教育进乡村。")
    )
    assert found(r, "plan_ignores_problems") == []


def test_seeds_quiet():
    for name in SEEDS:
        assert found(seed_report(name), "plan_ignores_problems") == [], name
