"""Publication dates as government pages show them (issue 9 item 2). Each case
is a family of real page headers (see tests/realpages for whole openings)."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.pipeline import check_path
from checker.structure.dates import header_date

BODY = (
    "2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进法治政府建设,"
    "各项工作取得新成效。现将有关情况报告如下:\n一、2023年主要举措和成效\n全年开展培训5次。\n"
    "二、存在的不足和原因\n执法力量不足。\n三、2024年工作安排\n继续加强培训。\n"
)
TITLE = "某某县2023年度法治政府建设情况报告"


def _check(tmp_path, text, name="p.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


@pytest.mark.parametrize(
    "header, want",
    [
        # labelled, with or without a time of day (family: portal meta lines)
        ("发布日期:2024-03-28", "2024-03-28"),
        ("发布时间:2024-03-28 09:18", "2024-03-28"),
        ("发表时间:2024年03月28日 10:22", "2024-03-28"),
        ("日期:2024-03-01", "2024-03-01"),
        ("时间:2024年02月17日来源:市司法局", "2024-02-17"),
        ("信息时间:2024/3/28", "2024-03-28"),
        # 广东 portals label it 信息提供日期, then 来源 and 信息索引号 on the same line (rn33)
        ("信息提供日期 : 2025-02-25 14:28来源 : 某某区某某中心 信息索引号 : /2025-12041805", "2025-02-25"),
        ("更新时间:2024/03/29 11:30:01", "2024-03-29"),
        ("时间:2024-02-28 15:36 浏览量:1", "2024-02-28"),
        # dotted, slashed and day.month.year mirrors
        ("2024.03.28", "2024-03-28"),
        ("28.03.2024  10:00", "2024-03-28"),
        # a date beside the publishing office, a bullet, brackets (family: city portals, 海口/沈阳 style)
        ("来源:某某县司法局 2024-03-28", "2024-03-28"),
        ("2024-03-31 17:05:00 来源: 某某市司法局 打印", "2024-03-31"),
        ("市司法局 2024年03月15日", "2024-03-15"),
        ("· 2024-03-28", "2024-03-28"),
        # a table-form header (family: 政府信息公开目录 pages)
        ("成文日期 | 2024-03-13 | 发布日期 | 2024-03-20 |", "2024-03-20"),
    ],
)
def test_header_forms(tmp_path, header, want):
    r = _check(tmp_path, f"{TITLE}\n{header}\n{BODY}")
    assert r.meta.published and r.meta.published.isoformat() == want, header
    assert r.meta.published_source == "header"
    assert r.meta.title == TITLE  # the stamp never sticks to the title


def test_date_alone_under_the_title(tmp_path):
    r = _check(tmp_path, f"{TITLE}\n2024年3月28日\n{BODY}")
    assert r.meta.published == dt.date(2024, 3, 28) and r.meta.published_source == "header"


def test_date_in_brackets_after_the_title(tmp_path):
    r = _check(tmp_path, f"{TITLE} (2024-02-26)\n{BODY}")
    assert r.meta.published == dt.date(2024, 2, 26) and r.meta.title == TITLE


@pytest.mark.parametrize("clock", ["今天是:2019年10月31日 星期三 农历十月初七", "某某县人民政府 2019年12月3日星期二"])
def test_page_clock_is_never_the_publication(tmp_path, clock):
    """Family: portals that print today's date above the page (天津静海 style)."""
    r = _check(tmp_path, f"{clock}\n{TITLE}\n发布时间:2024-03-28 09:18\n{BODY}")
    assert r.meta.published == dt.date(2024, 3, 28)
    assert r.meta.title == TITLE and r.meta.year == 2023
    r = _check(tmp_path, f"{clock}\n{TITLE}\n{BODY}", name="q.txt")
    assert r.meta.published is None


def test_meeting_and_cited_document_dates_are_never_taken(tmp_path):
    body = BODY.replace(
        "全年开展培训5次。", "2024年3月5日县政府第12次常务会议审议通过。印发《某某办法》(2023年6月1日)。"
    )
    r = _check(tmp_path, f"{TITLE}\n(2024年3月5日县政府第12次常务会议审议通过)\n{body}")
    assert r.meta.published is None


def test_signed_date_at_the_end(tmp_path):
    r = _check(tmp_path, f"{TITLE}\n{BODY}某某县人民政府\n2024年3月20日\n")
    assert r.meta.published == dt.date(2024, 3, 20) and r.meta.published_source == "closing"
    assert "落款" in (r.meta.published_note or "")


def test_signed_date_in_chinese_numerals(tmp_path):
    r = _check(tmp_path, f"{TITLE}\n{BODY}某某县人民政府\n二〇二四年三月二十日\n")
    assert r.meta.published == dt.date(2024, 3, 20)


def test_header_wins_over_signature_and_says_why(tmp_path):
    """publication = when the public could see it: the page's stamp, not the signature."""
    r = _check(tmp_path, f"{TITLE}\n发布时间:2024-04-08 16:00\n{BODY}某某县人民政府\n2024年3月20日\n")
    assert r.meta.published == dt.date(2024, 4, 8) and r.meta.published_source == "header"
    assert r.meta.signed == dt.date(2024, 3, 20)
    assert "2024-04-08" in r.meta.published_note and "2024-03-20" in r.meta.published_note
    late = [f for f in r.findings if f.rule == "publish_deadline"]
    assert late and late[0].severity == "error" and "逾期 7 天" in late[0].message
    assert "落款" in late[0].message  # the finding says which date was used and why
    assert r.to_dict()["published_source"] == "header"


def test_signed_date_under_a_cover_letter(tmp_path):
    """Family: a 报送函 above the report, signed and dated, the report undated."""
    text = (
        "关于报送2023年度法治政府建设情况报告的函\n市委依法治市办:\n"
        "现将《某某县2023年度法治政府建设情况报告》报送你们,请审阅。\n某某县司法局\n2024年3月20日\n"
        f"{TITLE}\n{BODY}"
    )
    r = _check(tmp_path, text)
    assert r.meta.title == TITLE and r.meta.title_context.startswith("关于报送")
    assert r.meta.published == dt.date(2024, 3, 20) and r.meta.published_source == "cover"


@pytest.mark.parametrize(
    "line",
    ["浏览次数:2024", "版权所有 © 2024 某某县人民政府", "2024年3月5日县委常委会审定", "今天是2026年11月24日 星期二"],
)
def test_not_header_dates(line):
    assert header_date(line) is None


def test_date_under_the_office_in_a_page_header(tmp_path):
    """Family: 信息公开 headers listing the office, then the date (no cover letter above)."""
    r = _check(tmp_path, f"{TITLE}\n区政府办公室\n2024-03-20\n{BODY}")
    assert r.meta.published == dt.date(2024, 3, 20) and r.meta.published_source == "header"


# family: a portal's whole bracketed metadata table on one line (重庆 county portals), longer than any stamp line;
# each "[ label ]value" cell is read on its own and 发布日期 wins over 成文日期
_BRACKET_ROW = (
    "[ 索引号 ]11500229711623327X/2021-00118 [ 发文字号 ] [ 发布机构 ]某某县人民政府 [ 主题分类 ]其他 "
    "[ 成文日期 ]2021-07-20 [ 发布日期 ]2021-07-23 [ 体裁分类 ]工作报告"
)


def test_bracketed_metadata_row_on_one_line(tmp_path):
    assert len(_BRACKET_ROW) > 90
    assert header_date(_BRACKET_ROW) == (dt.date(2021, 7, 23), "publish")
    assert header_date(_BRACKET_ROW[1:]) == (dt.date(2021, 7, 23), "publish")  # its "[" stripped with the lead
    rep = _check(tmp_path, "您当前的位置:首页>政务公开\n\n" + _BRACKET_ROW + "\n\n" + TITLE + "\n\n" + BODY)
    assert rep.meta.published == dt.date(2021, 7, 23)
    assert rep.meta.title == TITLE


def test_bracketed_row_without_a_date_or_with_a_sentence_is_no_stamp():
    # an index number's digits are no date (cells without a date give none); a sentence in a cell is no stamp
    assert (
        header_date("[ 索引号 ]11500229711623327X/2021-00118 [ 发文字号 ] [ 发布机构 ]某某县人民政府 " + "其他" * 20)
        is None
    )
    line = "[1] 2021-07-23 会议审议通过了报告。[2] 另见文件[3]" + "。" * 80
    assert header_date(line) is None
