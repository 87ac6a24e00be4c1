"""Metadata families found on unseen real pages (tests/realpages/pages/rn_*):
each test names the family of pages it serves and the page it was seen on,
and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

import datetime as dt

import pytest

from checker.pipeline import check_path
from checker.structure.dates import header_date
from checker.structure.metadata import issuer_from_title

BODY = (
    "2021年,我局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进法治政府建设,"
    "各项工作取得新成效。现将有关情况报告如下:\n一、2021年度推进法治政府建设的主要举措和成效\n全年开展培训5次。\n"
    "二、存在的不足和原因\n执法力量不足。\n三、2022年工作安排\n继续加强培训。\n"
)
TITLE = "某某区人力资源和社会保障局2021年度法治政府建设情况报告"


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


# --- dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, want",
    [
        # the written-date labels also end in 时间 (市中区人社局: "- 发文时间:2022年02月28日")
        ("- 发文时间:2022年02月28日", "written"),
        ("- 成文时间:2022年02月28日", "written"),
        ("印发时间:2022-02-28", "written"),
        # a time of day in Chinese (四川省政府: "• 2023年03月30日 09时24分")
        ("• 2023年03月30日 09时24分", "unlabelled"),
        ("2023年03月30日 09时24分05秒 来源:司法厅", "unlabelled"),
        # a news site whose name ends in 在线, the time glued to the date (rn10_news_ahpeople_anquan_kaohe_2024)
        ("2024年06月20日07:55 | 来源:合肥在线", "unlabelled"),
        # a paper's dateline: its name, the date, the reporter (rn10_news_ptxw_bawu_pinggu_2023)
        ("仙游今报 2023年09月06日 唐伟", "unlabelled"),
    ],
)
def test_header_stamp_forms(line, want):
    stamp = header_date(line)
    assert stamp is not None and stamp[1] == want, line


def test_written_time_labels_date_a_metadata_list(tmp_path):
    """Family: 政府信息公开 metadata as a bulleted list whose only dates are 成文时间/发文时间."""
    head = "- 索 引 号:370402/2022-00029\n- 成文时间:2022年02月28日\n- 文 号:无\n- 发文时间:2022年02月28日\n"
    r = _check(tmp_path, f"{head}{TITLE}\n{BODY}")
    assert r.meta.published == dt.date(2022, 2, 28)
    assert r.meta.title == TITLE


def test_chinese_time_of_day_beside_a_bulleted_date(tmp_path):
    """Family: provincial portals printing "YYYY年MM月DD日 HH时MM分" as a bullet under the title."""
    r = _check(tmp_path, f"{TITLE}\n  • 2023年03月30日 09时24分\n  • 来源: 司法厅\n{BODY}")
    assert r.meta.published == dt.date(2023, 3, 30) and r.meta.published_source == "header"


def test_two_bare_dates_in_a_metadata_list_take_the_later(tmp_path):
    """Family: metadata values whose labels were lost (铜梁区司法局: "• 2020-03-12" / "• 2020-03-14",
    成文日期 then 发布日期). A page is published on or after the day it was written."""
    head = "  • 115002242037431382/2022-00038\n  • 法制\n  • 某某区司法局\n  • 2020-03-12\n  • 2020-03-14\n"
    r = _check(tmp_path, f"{head}{TITLE}\n{BODY}")
    assert r.meta.published == dt.date(2020, 3, 14)


def test_a_labelled_publication_date_still_wins_over_a_later_bare_date(tmp_path):
    r = _check(tmp_path, f"{TITLE}\n发布时间:2022-03-01\n2022-03-20\n{BODY}")
    assert r.meta.published == dt.date(2022, 3, 1)


def test_meeting_with_a_time_is_still_not_a_stamp():
    assert header_date("2023年03月30日 09时24分召开常务会议") is None


# --- titles and issuers -------------------------------------------------------


def test_title_from_an_encyclopedia_lead(tmp_path):
    """Family: encyclopedia-style copies whose lead sentence names the report in 《》
    (梧州市政府 2018: "《…工作报告》是2019年梧州市人民政府发布的通知。")."""
    lead = "《某某市人民政府2018年度法治政府建设工作报告》是2019年某某市人民政府发布的通知。\n"
    r = _check(tmp_path, lead + BODY.replace("2021年,我局", "2018年,我市"))
    assert r.meta.title == "某某市人民政府2018年度法治政府建设工作报告"
    assert r.meta.issuer == "某某市人民政府"
    assert r.meta.year == 2018


def test_a_report_quoted_inside_a_sentence_is_not_the_title(tmp_path):
    """Only the encyclopedia's "《X》是…" lead names the page's document; a sentence that cites a
    report ("《X》指出,…") is running text."""
    lead = "《某某市人民政府2018年度法治政府建设工作报告》指出,全市法治政府建设取得新进展。\n"
    r = _check(tmp_path, lead + BODY)
    assert r.meta.title is None


@pytest.mark.parametrize(
    "title, issuer",
    [
        # 关于 before the issuer (survey: 关于福州市2021年法治政府建设情况的报告)
        ("关于福州市2021年法治政府建设情况的报告", "福州市"),
        ("关于2022年度法治政府建设情况报告", None),
        ("广州市公安局增城区分局关于2023年度法治政府建设情况的报告", "广州市公安局增城区分局"),
        ("大河乡人民政府关于法治政府建设的情况报告", "大河乡人民政府"),
        ("中共海南省委 海南省人民政府关于2022年法治政府建设情况的报告", "中共海南省委 海南省人民政府"),
        ("高新区(新市区)人民政府2024年法治政府建设工作报告", "高新区(新市区)人民政府"),
        ("2021年上海市法治政府建设情况报告", "上海市"),
        ("南京海关2022年法治政府建设情况报告", "南京海关"),
        ("鄂尔多斯市准格尔旗人民政府关于2023年法治政府建设情况的报告", "鄂尔多斯市准格尔旗人民政府"),
        # an interpretation page quoting the report: the quoted report's issuer, without 《
        ("关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读", "清水县人民政府"),
        # words that are not a unit's name: no issuer (news headlines, books, 范文)
        ("《法治政府建设实施纲要(2021-2025年)》全文发布", None),
        ("2023年区五年法治政府建设工作情况报告", None),
        ("乡镇镇长2022年述职述法报告", None),
    ],
)
def test_issuer_from_title(title, issuer):
    assert issuer_from_title(title) == issuer


# --- round rn7 ----------------------------------------------------------------


def test_the_national_outline_named_after_zhongyang_without_its_years(tmp_path):
    """Family: "根据中央和省《法治政府建设实施纲要》" with no years (rn7_rep_gz_swj_2019): the national
    outline, the one in force for the report's year; a local outline of that name still is not."""
    head = "某市某局2019年度法治政府建设工作情况报告\n"
    got = _check(
        tmp_path, head + "根据中央和省《法治政府建设实施纲要》等文件要求,现将我局2019年度工作情况报告如下:\n" + BODY
    )
    assert got.meta.outline_cited == "2015-2020"
    got = _check(tmp_path, head.replace("2019", "2023") + "贯彻中共中央、国务院《法治政府建设实施纲要》。\n" + BODY)
    assert got.meta.outline_cited == "2021-2025"
    got = _check(
        tmp_path, head + "根据《某市法治政府建设实施纲要》,现将有关情况报告如下:\n" + BODY.replace("2021", "2019")
    )
    assert got.meta.outline_cited is None


def test_the_end_of_a_span_of_years_is_no_report_year(tmp_path):
    """Family: a report without a title or an opening year that cites 《…纲要(2015-2020年)》
    (rn7_rep_yunko_xian_renda): 2020 ends the outline's span, it is not the year reported on."""
    text = (
        "根据会议安排,现将全县法治政府建设情况报告如下,请予审议。\n一、主要工作成效\n"
        "今年以来,县政府按照《法治政府建设实施纲要(2015-2020年)》和《某省规划(2021—2025年)》要求,深入推进依法行政。\n"
    )
    meta = _check(tmp_path, text).meta
    assert meta.year is None
    assert 2020 not in meta.body_years and 2025 not in meta.body_years
    # a year of its own still counts
    meta = _check(tmp_path, text + "2019年全县办理复议案件12件。\n").meta
    assert meta.year == 2019


def test_a_metadata_list_with_its_labels_in_brackets(tmp_path):
    """Family: "[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告" / "[ 发布日期 ] 2026-02-10"
    (rn8_rep_cqfd_lizi_meta_2025): the list is the page's furniture (its 工作报告 is no title), and
    its publication date is read before the date the text was written."""
    text = (
        "您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道\n\n"
        "[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告\n"
        "[ 发布机构 ] 某县某乡人民政府 [ 有效性 ]\n[ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10\n\n"
        "某县某乡人民政府2025年法治政府建设情况报告\n\n" + BODY.replace("2021", "2025").replace("2022", "2026")
    )
    meta = _check(tmp_path, text).meta
    assert meta.title == "某县某乡人民政府2025年法治政府建设情况报告"
    assert meta.issuer == "某县某乡人民政府"
    assert meta.published == dt.date(2026, 2, 10)


@pytest.mark.parametrize(
    "line, want",
    [("[ 发布日期 ] 2026-02-10", ("2026-02-10", "publish")), ("【发布时间】2024-03-01", ("2024-03-01", "publish"))],
)
def test_bracketed_date_labels(line, want):
    got = header_date(line.lstrip("[【 "))
    assert got is not None and (got[0].isoformat(), got[1]) == want


def test_a_header_line_running_into_a_tables_empty_cells(tmp_path):
    """Family: "时间:2023-02-01 作者: 点击数: | ||||||…" (rn7_gi_lintan_wjj_pipes_2022): the empty cells after
    the header's items do not hide its date."""
    assert header_date("时间:2023-02-01 作者: 点击数: | " + "|" * 300) == (dt.date(2023, 2, 1), "plain")
    assert header_date("会议于2023年2月1日召开 | " + "|" * 10) is None  # a sentence stays a sentence


def test_a_title_label_with_its_value_on_the_next_line(tmp_path):
    """Family: a metadata list whose labels and values sit on lines of their own ("標題:" / the title)
    above a data table (rn9_off_awater_zhifashuju_trad_2024): the value under 标题 is the title."""
    text = (
        "索 引 号:\n035200039/2025-00012\n信息分类:\n行政执法专栏\n发布机构:\n某市某局\n发布日期:\n2025-01-23 09:24\n"
        "标题:\n某市某局2024年度行政执法数据表\n文号:\n时效:\n某市某局2024年度行政执法数据表\n发布时间:2025-01-23 09:24\n"
        "填报说明:\n1、行政处罚实施数量的统计范围为统计年度1月1日至12月31日期间作出行政处罚决定的数量。\n"
    )
    got = _check(tmp_path, text)
    assert got.meta.title == "某市某局2024年度行政执法数据表"
    assert got.meta.published == dt.date(2025, 1, 23)
    assert any(f.rule == "not_annual_report" for f in got.findings)  # a data table, not a report


# --- an office's .docx / PDF layout of a title (tests/realpages/forms.py, FORMATS_RESULTS.md) ----------


def test_title_broken_after_its_about(tmp_path):
    """A drafting office breaks a long title after 关于: "郑州市教育局关于" / "2022年……的报告"
    (郑州市教育局, 沈阳市人民政府 as .docx); the line above a title is kept only when it ends so."""
    rep = _check(tmp_path, "某某区人力资源和社会保障局关于\n2021年度法治政府建设情况的报告\n" + BODY)
    assert rep.meta.title == "某某区人力资源和社会保障局关于2021年度法治政府建设情况的报告"
    assert rep.meta.issuer == "某某区人力资源和社会保障局"
    # the unit and 关于 parted by a space, as the page wrote its one-line title (石柱县公安局 2025, held out as .docx)
    rep = _check(tmp_path, "石柱土家族自治县公安局 关于\n2025年法治政府建设工作情况的报告\n" + BODY)
    assert rep.meta.title == "石柱土家族自治县公安局 关于2025年法治政府建设工作情况的报告"
    assert rep.meta.issuer == "石柱土家族自治县公安局"
    # a column name above a title is still no part of it
    assert _check(tmp_path, "工作报告\n" + TITLE + "\n" + BODY).meta.title == TITLE


def test_red_header_above_a_title_glued_to_its_salutation(tmp_path):
    """The red header ("X人民政府文件") above a title glued to the salutation and the text
    (黄湾镇, 湖北省 as .docx and PDF): the header is furniture, the glued title is still found."""
    glued = TITLE + " 区委、区政府: " + BODY.replace("\n", " ", 1)
    for head in ("某某区人力资源和社会保障局文件\n", "某某区人力资源和社会保障局文件\n某人社发〔2022〕3号\n", ""):
        rep = _check(tmp_path, head + glued)
        assert rep.meta.title == TITLE, head
    # a sentence above it is no furniture: the glued title is then not looked for there
    rep = _check(tmp_path, "根据区委要求,现将有关情况报告如下。\n" + glued)
    assert rep.meta.title != TITLE


def test_document_number_does_not_push_the_title_out_of_the_header(tmp_path):
    """A 信息公开 metadata list of eight lines, the 文号 line, then the title (城口县鸡鸣乡 as .docx):
    a red header or a 文号 line does not count against the lines a title is looked for in."""
    # seven lines above (bracketed metadata such as "[ 主题分类 ]" is page chrome now and counts for nothing)
    meta = "".join(f"本页说明文字第{i}行，仅供参考。\n" for i in range(7))
    furniture_lines = (
        "某人社发〔2022〕3号\n",
        "某某区人力资源和社会保障局文件\n",
        "某人社文〔2022〕3号\t\t签发人：张明\n",  # a report goes up: the 文号 line names the signer
        "签发人：李建国\n",
    )
    for furniture in furniture_lines:
        assert _check(tmp_path, meta + furniture + TITLE + "\n" + BODY).meta.title == TITLE
    rep = _check(tmp_path, meta + "本页说明文字第7行，仅供参考。\n" + TITLE + "\n" + BODY)
    assert rep.meta.title is None  # any other line does count: the title is below the eight lines looked at


@pytest.mark.parametrize("line", ["某某局 2023-01-02 张三", "区政府 2023年09月06日 发布", "会议 2023年09月06日 审议"])
def test_a_dateline_needs_an_outlet_before_the_name(line):
    """Only a paper's or a site's name (…报, …网, …在线) may stand before a reporter's name beside a date."""
    assert header_date(line) is None


# --- a 信息公开 box given as bullets, values only ----------------------------------------------
def test_bulleted_metadata_values_are_not_a_title_over_two_lines(tmp_path):
    """A 信息公开 box saved as a list of bare values (索引号, 主题分类 "法制", 体裁 "工作报告",
    发布机构, dates): two of its items ("• 法制" / "• 工作报告") read like a title when joined; the
    report's title comes below the box (a district's 2023 page, tests/realbatch). Items of one list are
    never one title; the title below is found, with its issuer."""
    box = (
        "您当前的位置:首页 >法定主动公开内容 >其他法定信息 >法治政府建设年度报告\n\n"
        "  • 115002242037431382/2024-00011\n  • 法制\n  • 工作报告\n  • 某某区司法局\n"
        "  • 2024-03-22\n  • 2024-03-22\n\n"
    )
    r = _check(tmp_path, box + TITLE + "\n\n" + BODY)
    assert r.meta.title == TITLE
    assert r.meta.issuer == "某某区人力资源和社会保障局"
    # a real two-line title still joins
    r = _check(tmp_path, "某某区人力资源和社会保障局\n2021年度法治政府建设情况报告\n\n" + BODY)
    assert r.meta.title == TITLE


def test_the_reporting_unit_in_brackets_under_the_title(tmp_path):
    """Family: a report whose title names no unit, the unit in brackets on the line below
    (rn25_rep_chengnan_jiedao_bracket_trad_2024): the bracket line is part of the title;
    a bracket line that is not a unit (a year) is not."""
    from checker.pipeline import check_path

    body = (
        "今年来,在市委、市政府的正确领导下,城南街道以习近平法治思想为指导,扎实推进法治政府建设各项工作。"
        "现将2024年度法治建设工作情况汇报如下:\n一、2024年法治政府建设情况\n(一)坚持依法决策。全年完成重大项目风险评估7件。\n"
    )
    p = tmp_path / "page.txt"
    p.write_text("2024年法治政府建设工作报告\n(城南街道)\n" + body, encoding="utf-8")
    assert check_path(str(p)).meta.title == "2024年法治政府建设工作报告(城南街道)"
    p.write_text("2024年法治政府建设工作报告\n(2025年3月)\n" + body, encoding="utf-8")
    assert check_path(str(p)).meta.title == "2024年法治政府建设工作报告"


def test_the_national_outline_by_its_bare_name_is_the_one_in_force(tmp_path):
    """Family (rn40_rep_xuancheng_wjw_2021): "对照《法治政府建设实施纲要》、省委依法治省办《2021年……督察要点》等文件要求"
    names the national outline without years and without any place before it: the one in force for the report's year;
    a place right before 《 (省《……》, 市《……》) still makes it a local document."""
    head = "某市卫生健康委2021年度法治政府建设情况报告\n"
    got = _check(
        tmp_path, head + "对照《法治政府建设实施纲要》等文件要求,现将我委2021年度法治政府建设情况报告如下:\n" + BODY
    )
    assert got.meta.outline_cited == "2021-2025"
    got = _check(
        tmp_path, head.replace("2021", "2018") + "按照《法治政府建设实施纲要》要求,深入推进依法行政。\n" + BODY
    )
    assert got.meta.outline_cited == "2015-2020"
    got = _check(tmp_path, head + "按照市《法治政府建设实施纲要》要求,深入推进依法行政。\n" + BODY)
    assert got.meta.outline_cited is None


PART = "一、2022年推进法治政府建设主要举措\n全年开展培训5次。\n二、存在的不足\n执法力量不足。\n"


def test_a_party_groups_name_above_a_year_first_title_is_part_of_it(tmp_path):
    """Family (rn40_rep_qingdao_jtj_dangzu_2022): a report made by a bureau's party group, its name on the line above
    "2022年度法治政府建设报告" — one title over two lines, as "中共X县委 X县人民政府" / "关于……的报告"; the party group is
    the issuer. A column's name above the title still is not part of it."""
    got = _check(
        tmp_path,
        "中共潍坊市交通运输局党组\n2022年度法治政府建设报告\n2022年,市交通运输局党组深入推进法治建设。\n" + PART,
    )
    assert got.meta.title == "中共潍坊市交通运输局党组2022年度法治政府建设报告"
    assert got.meta.issuer == "中共潍坊市交通运输局党组"
    got = _check(tmp_path, "工作报告\n2022年度法治政府建设报告\n2022年,市交通运输局党组深入推进法治建设。\n" + PART)
    assert got.meta.title == "2022年度法治政府建设报告"


def test_the_paragraph_under_an_announcing_one_names_the_unit(tmp_path):
    """Family (rn40_rep_wuqing_jyj_zongjie_2019): a page without a title opens with a paragraph that only announces
    the report and says no more than 区教育局 / 我局; the paragraph under it, before part 一, opens the report and names
    the unit. A second paragraph that names no one leaves the issuer empty."""
    lead = (
        "根据区依法治区办《关于做好依法治区绩效考评有关工作的通知》要求,区教育局认真对照考核标准,"
        "现对我局2019年度法治政府建设工作情况总结如下:\n"
    )
    part = "一、依法行政方面\n1.建立领导机构,强化组织保障。成立依法行政工作领导小组。\n"
    got = _check(
        tmp_path, lead + "2019年度,武清区教育局深入学习贯彻习近平新时代中国特色社会主义思想,推进依法治校。\n" + part
    )
    assert got.meta.issuer == "武清区教育局"
    got = _check(tmp_path, lead + "2019年度,我局深入学习贯彻习近平新时代中国特色社会主义思想,推进依法治校。\n" + part)
    assert got.meta.issuer is None
