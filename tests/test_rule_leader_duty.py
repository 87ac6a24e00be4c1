"""leader_duty rule: leading cadres' law study and "关键少数" alone are not the
principal leader's 第一责任人 duty (issue 9 item 5)."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

HEAD = "某某县2023年度法治政府建设情况报告\n一、2023年主要举措和成效\n"


def _status(tmp_path, text):
    p = tmp_path / "l.txt"
    p.write_text(HEAD + text, encoding="utf-8")
    return next(e for e in check_path(str(p)).elements if e.id == "leader_duty")


@pytest.mark.parametrize(
    "text",
    [
        # family: 会前学法 / 领导干部学法 passages (e.g. 县政府常务会议会前学法19次)
        "县政府常务会议会前学法19次,专题学习了《中华人民共和国民法典》。\n",
        "抓住“关键少数”,推动领导干部带头学法用法,全年组织旁听庭审3次。\n",
        "(一)抓住“关键少数”,推进领导干部学法用法\n全年组织领导干部法治培训2期。\n",
    ],
)
def test_law_study_and_key_few_alone_are_missing(tmp_path, text):
    assert _status(tmp_path, text).status == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "紧抓“关键少数”,县政府主要负责同志带头年终述法。\n",
        "县长主持召开专题会议,亲自部署年度法治政府建设重点任务。\n",
        "县委书记切实履行推进法治建设第一责任人职责。\n",
    ],
)
def test_principal_leader_or_the_duty_is_a_mention(tmp_path, text):
    assert _status(tmp_path, text).status == "partial"


def test_heading_with_the_principal_leader_is_present(tmp_path):
    r = _status(tmp_path, "(一)发挥“关键少数”作用,主要负责同志带头履职\n县长主持专题会议研究法治政府建设。\n")
    assert r.status == "present"
