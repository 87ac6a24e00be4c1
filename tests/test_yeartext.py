"""Year placeholders in rule prose are filled with the report's years."""

from conftest import seed_path

from checker.pipeline import check_path
from checker.yeartext import fill_years, has_years


def test_fill_with_known_and_unknown_year():
    text = "四、<NEXT_YEAR>年度安排；回顾<YEAR>年；对比<PREV_YEAR>年"
    assert fill_years(text, 2023) == "四、2024年度安排；回顾2023年；对比2022年"
    assert fill_years(text, None) == "四、下一年度安排；回顾××××年；对比上一年"
    assert fill_years("没有占位符", 2023) == "没有占位符"
    assert has_years(text) and not has_years("2023年") and not has_years("")


def test_suggestions_and_title_hint_name_real_years():
    report = check_path(str(seed_path("004_5198beffa2de79c3.txt")))  # 2023 report
    plan = next(e for e in report.elements if e.id == "next_year_plan")
    assert plan.status != "present"
    assert "“八、2024年度推进法治政府建设的主要安排”" in plan.suggestion  # continues 一–五 (+ 2 parts added before)
    title = [f for f in report.findings if f.rule == "title_format"]
    assert title and "2023年度法治政府建设年度报告" in title[0].message
    for e in report.elements:
        assert "<" not in e.suggestion, e.suggestion
