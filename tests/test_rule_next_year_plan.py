"""next_year_plan rule: the next year as the end of a plan's or outline's
period (纲要(2015-2020年) in a 2019 report) and the set phrase 当前和今后一个
时期 are not a plan for next year (mention_exclude families seen on real
report pages); a real sentence about next year stays a mention."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path


def _status(tmp_path, text, year=2019):
    p = tmp_path / "n.txt"
    p.write_text(f"某某县{year}年度法治政府建设情况报告\n一、{year}年主要举措和成效\n" + text, encoding="utf-8")
    return next(e for e in check_path(str(p)).elements if e.id == "next_year_plan").status


@pytest.mark.parametrize(
    "text",
    [
        "以落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》和省、市法治政府建设工作要求为主线。\n",
        "按照《某某省法治政府建设实施方案(2016—2020年)》要求,推进依法行政。\n",
        "把学习贯彻党的十九大精神作为当前和今后一个时期的首要政治任务。\n",
    ],
)
def test_period_end_and_set_phrase_are_missing(tmp_path, text):
    assert _status(tmp_path, text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "2020年,我县将继续深化放管服改革。\n",
        "全年开展培训5次。下一步将继续加强执法培训。\n",
    ],
)
def test_next_year_sentences_are_partial(tmp_path, text):
    assert _status(tmp_path, text) == "partial"
