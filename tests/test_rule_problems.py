"""problems rule: problems that the work itself found or solved, and other
units' problems, are not the report's own shortcomings (mention_exclude
families seen on real report pages); a real admission stays a mention."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path

HEAD = "某某县2023年度法治政府建设情况报告\n一、2023年主要举措和成效\n"


def _status(tmp_path, text):
    p = tmp_path / "p.txt"
    p.write_text(HEAD + text, encoding="utf-8")
    return next(e for e in check_path(str(p)).elements if e.id == "problems").status


@pytest.mark.parametrize(
    "text",
    [
        "定期组织召开办公会议听取专题汇报,研究解决法治政府建设工作中存在的矛盾和问题。\n",
        "建立健全跟踪反馈和纠错机制,及时发现并纠正决策执行中存在的问题。\n",
        "每年开展检查考评,对工作不力、问题较多的单位进行约谈并督促整改。\n",
    ],
)
def test_problems_of_the_work_or_of_other_units_are_missing(tmp_path, text):
    assert _status(tmp_path, text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "全年开展培训5次,但与上级要求相比仍存在一些问题和不足,主要表现在执法人员不足。\n",
        "我县法治政府建设还存在短板,基层执法力量薄弱。\n",
    ],
)
def test_own_shortcomings_in_passing_are_partial(tmp_path, text):
    assert _status(tmp_path, text) == "partial"
