"""Metadata families left by round rn39 (helper acc33), each a family of real page headers:
a blog's date row with labelled byline fields, a date label glued to the value of the field before it,
a test paper's name glued to its first part. Whole pages in tests/realpages (rn39_*)."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.pipeline import check_path
from checker.structure.dates import header_date


def _check(tmp_path, text, name="p.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


@pytest.mark.parametrize(
    "row, want",
    [
        # a blog's row: the date, then labelled byline fields whose values are the page's furniture
        ("2011年02月25日 | 作者: adminlin | 分类: 公共服务满意度 |", "2011-02-25"),
        ("2019-06-03 | 作者:小王 | 栏目:法治动态", "2019-06-03"),
        # a date label glued to the value of the field before it (no separator)
        ("来源:人民日报编辑:admin时间:2022-10-10", "2022-10-10"),
        ("作者:张三时间:2023-05-06", "2023-05-06"),
    ],
)
def test_byline_rows_are_stamps(row, want):
    got = header_date(row)
    assert got is not None and got[0] == dt.date.fromisoformat(want)


@pytest.mark.parametrize(
    "row",
    [
        # a byline field does not make a sentence a stamp
        "2011年02月25日 | 分类: 公共服务满意度 | 全市依法行政工作满意度调查公众评分出炉",
        "2022年10月10日 全市召开依法行政工作会议",
        # an update time glued to the editor's name stays an update time, not a publication date
    ],
)
def test_not_stamps(row):
    assert header_date(row) is None


def test_glued_update_time_is_not_publication():
    got = header_date("编辑:admin更新时间:2022-10-10")
    assert got is not None and got[1] == "updated"


def test_blog_page_headline_and_date(tmp_path):
    text = (
        "当前位置:首页 > 公共服务满意度 > 正文\n阅读量: 1,475\n某市依法行政工作满意度调查:公众评80.7分\n"
        "2011年02月25日 | 作者: adminlin | 分类: 公共服务满意度 |\n"
        "据市政府法制办透露,第三方独立开展了依法行政状况满意度调查。公众满意度总评分是80.7分。\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "某市依法行政工作满意度调查:公众评80.7分"
    assert rep.meta.published == dt.date(2011, 2, 25)


def test_glued_label_row_date(tmp_path):
    text = (
        "市内要闻\n您当前的位置是:首页 > 要闻 > 市内要闻\n喜报!我市进入全国法治政府建设示范市公示名单\n"
        "来源:人民日报编辑:admin时间:2022-10-10\n"
        "10月10日,《人民日报》公布了全国法治政府建设示范地区和项目名单,我市成功入选!\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.published == dt.date(2022, 10, 10)


@pytest.mark.parametrize(
    "first, want",
    [
        (
            "安徽省公务员“学法用法”能力测试试卷(四)一、单项选择题(本部分共包括40题,每题1分。)1.法律的权威源自。"
            "A人民的内心拥护B科学立法【答案】A",
            "安徽省公务员“学法用法”能力测试试卷(四)",
        ),
        (
            "某县2023年法治政府建设知识竞赛试题及答案第一部分 判断题 1.行政机关应当依法行政。(对)",
            "某县2023年法治政府建设知识竞赛试题及答案",
        ),
    ],
)
def test_test_paper_name_glued_to_first_part(tmp_path, first, want):
    rep = _check(tmp_path, first + "\n2.法治政府建设的总目标是什么?A依法行政B执法为民【答案】A\n")
    assert rep.meta.title == want


def test_sentence_with_exercise_word_is_no_title(tmp_path):
    # a report's opening that names a test is no test paper's name
    text = "2023年,我局组织学法考试,开展试题征集一、主要做法\n全年开展培训5次。\n"
    rep = _check(tmp_path, text)
    assert rep.meta.title != "2023年,我局组织学法考试,开展试题征集"


def test_bare_provincial_department_names_no_issuer(tmp_path):
    # the set's convention (rn8, rn11, rn14, rn28 pages): "省司法厅" in a title-less page's lead names no one,
    # even when the page cites its province's documents (rn43_rep_shandong_sft_untitled_2023 is labelled otherwise)
    text = (
        "2023年,省司法厅坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平法治思想,大力推进全省法治政府建设,"
        "各项工作取得明显成效。现将有关情况报告如下:\n"
        "一、扛牢推进法治政府建设责任。厅主要负责人切实履行推进法治建设第一责任人职责。\n"
        "二、大力推进全省法治政府建设。推动出台《山东省2023年法治政府建设工作计划》。\n"
    )
    assert _check(tmp_path, text).meta.issuer is None
