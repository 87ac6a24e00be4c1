"""stale_year: a plan copied from last year's report ("2022年，我区将…" in a
2022 report) and 今年 naming the wrong year are caught; the seeds are quiet;
the plan heading's year stays with year_mismatch (no double finding)."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report

HEAD = "XX区2022年法治政府建设年度报告\n一、2022年主要举措和成效\n全年审查规范性文件12件。\n二、存在的不足和原因\n人员不足，原因是编制有限。\n"


def test_copied_plan_year(tmp_path):
    r = check_text(tmp_path, HEAD + "三、下一步工作安排\n2022年，我区将继续深化执法改革。")
    hits = found(r, "stale_year")
    assert len(hits) == 1 and hits[0].line == 7 and hits[0].severity == "warning"


def test_plan_heading_year_only_in_year_mismatch(tmp_path):
    r = check_text(tmp_path, HEAD + "三、2022年工作安排\n继续深化执法改革。")
    assert found(r, "stale_year") == [] and found(r, "year_mismatch")


def test_today_as_last_year(tmp_path):
    r = check_text(
        tmp_path, HEAD.replace("全年审查", "今年即2021年，全年审查") + "三、2023年工作安排\n继续深化执法改革。"
    )
    assert len(found(r, "stale_year")) == 1


def test_seeds_quiet():
    for name in SEEDS:
        assert found(seed_report(name), "stale_year") == [], name
