"""year_refs: the plan part planning for the report year or earlier, and
今年 / 明年 / 去年 naming a year outside their offsets; long-term targets,
"在2023年基础上" and the plan heading itself are left alone."""

from __future__ import annotations

import pytest
from quality_helpers import check_text, found, rulebook

RULE = """
- id: years
  kind: year_refs
  name: 年份（测试）
  source: 测试
  weight: 0
  severity: warning
  fix: 改年份
  needs: [next_year_plan]
  params: {plan_rule: next_year_plan, relative: {今年: [0, 1], 去年: [-1, 0]}}
  examples:
    - {text: "XX县2023年法治政府建设年度报告\\n一、主要举措\\n培训。\\n二、下一步安排\\n2022年我县将继续培训。", expect: fires}
    - {text: "XX县2023年法治政府建设年度报告\\n一、主要举措\\n培训。\\n二、下一步安排\\n2024年我县将继续培训。", expect: quiet}
"""
HEAD = "XX县2023年法治政府建设年度报告\n一、2023年主要举措\n全年开展培训5次。\n"


@pytest.mark.parametrize(
    "text, line, words",
    [
        (HEAD + "二、下一步工作安排\n2023年，我县将继续加强执法培训。", 5, "应是 2024 年"),
        (HEAD + "二、下一步工作安排\n2021年要抓好三项重点工作。", 5, "2021年"),
        (HEAD + "今年即2022年，我县开展培训。", 4, "应指 2023或2024 年"),
        (HEAD + "去年(2020年)完成改革。", 4, "去年"),
    ],
)
def test_fires(tmp_path, text, line, words):
    hits = found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "years")
    assert len(hits) == 1 and hits[0].line == line and words in hits[0].message, [f.message for f in hits]


@pytest.mark.parametrize(
    "tail",
    [
        "二、2024年工作安排\n2024年，我县将在2023年基础上继续加强执法培训，到2025年基本建成法治政府。",
        "二、下一步工作安排\n对照《2023年工作要点》要求，继续培训。",
        "今年是2024年，我县将继续培训。",
        "二、2023年工作安排\n继续培训。",  # the heading: year_mismatch's business
    ],
)
def test_quiet(tmp_path, tail):
    assert found(check_text(tmp_path, HEAD + tail, rulebook(tmp_path, RULE)), "years") == []


def test_year_guessed_from_the_body_does_not_judge_the_plan(tmp_path):
    text = "一、主要举措\n全年开展培训。\n二、下一步工作安排\n2023年我县将继续培训。"
    assert found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "years") == []
