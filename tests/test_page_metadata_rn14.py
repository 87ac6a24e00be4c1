"""Metadata families found on the unseen pages of round rn14 (tests/realpages/pages/rn14_*):
each test names the family and the page it was seen on, and runs the whole pipeline
on a text of that shape."""

from __future__ import annotations

import pytest

from checker.pipeline import check_path
from checker.structure.chrome import is_breadcrumb

BODY = (
    "2024年,我局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,全面推进法治政府建设,"
    "各项工作取得新成效。现将有关情况报告如下:\n一、2024年度推进法治政府建设的主要举措和成效\n全年开展培训5次。\n"
    "二、存在的不足和原因\n执法力量不足。\n三、2025年工作安排\n继续加强培训。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


# --- a title broken right after its year (吴兴区退役军人事务局: "…局2024年度" / "法治政府建设工作报告") ---


def test_title_broken_after_its_year_is_one_title(tmp_path):
    head = "成文日期: | 2025-02-08 |\n某某区退役军人事务局2024年度\n法治政府建设工作报告\n"
    r = _check(tmp_path, head + BODY)
    assert r.meta.title == "某某区退役军人事务局2024年度法治政府建设工作报告"
    assert r.meta.issuer == "某某区退役军人事务局"
    assert r.meta.year == 2024


def test_column_name_above_a_title_is_still_left_out(tmp_path):
    """The rule the year-end family refines: a column's name above the title is not part of it."""
    r = _check(tmp_path, "政务公开专题栏目\n某某区司法局2024年度法治政府建设情况报告\n" + BODY)
    assert r.meta.title == "某某区司法局2024年度法治政府建设情况报告"


# --- a menu whose items open with ">>" (杭州市公安局: ">> 阳光执法 | >> 法治政府建设年度报告和工作要点 |") ---


@pytest.mark.parametrize(
    "line, menu",
    [
        (">> 阳光执法 | >> 行政执法公开 | >> 法治政府建设年度报告和工作要点 |", True),
        ("» 政务公开 | » 法治政府建设年度报告和工作要点", True),
        # a table row of figures and a plain sentence with a ">" stay content
        ("行政复议案件 | 23 | 12", False),
        ("全年办理行政复议案件23件,同比增长>10%。", False),
    ],
)
def test_menu_led_by_separators(line, menu):
    assert is_breadcrumb(line) is menu


def test_menu_line_is_no_title(tmp_path):
    r = _check(tmp_path, ">> 阳光执法 | >> 行政执法公开 | >> 法治政府建设年度报告和工作要点 |\n" + BODY)
    assert r.meta.title is None
    assert not any(f.rule == "not_annual_report" for f in r.findings)


# --- the unit next to a title that does not name it ---


def test_unit_line_under_a_title_without_its_name(tmp_path):
    """新晃县退役军人事务局: "2024年法治政府建设情况报告" / the unit / "(2025年2月20日)"."""
    head = "2024年法治政府建设情况报告\n某某县退役军人事务局\n(2025年2月20日)\n"
    r = _check(tmp_path, head + BODY)
    assert r.meta.title == "2024年法治政府建设情况报告"
    assert r.meta.issuer == "某某县退役军人事务局"


def test_cover_letter_signature_above_a_title_without_its_name(tmp_path):
    """湖州市交通运输局: the letter sending the report is signed (unit, date) above the report's title."""
    head = (
        "中共某某市委、某某市人民政府:\n根据市委依法治市办要求,现将我局《2024年度交通运输法治政府建设工作总结》随文上报。\n"
        "特此报告。\n某某市交通运输局\n2025年1月15日\n2024年度交通运输法治政府建设\n工作总结\n"
    )
    r = _check(tmp_path, head + BODY)
    assert r.meta.title == "2024年度交通运输法治政府建设工作总结"
    assert r.meta.issuer == "某某市交通运输局"


def test_salutation_under_a_title_names_no_issuer(tmp_path):
    r = _check(tmp_path, "2024年法治政府建设情况报告\n市委、市政府:\n" + BODY)
    assert r.meta.title == "2024年法治政府建设情况报告"
    assert r.meta.issuer is None


# --- round rn15 and the shapes probed after it --------------------------------

TITLE = "某某县自然资源局2024年度法治政府建设工作报告"


def test_document_number_after_the_title_is_no_part_of_it(tmp_path):
    """湘潭县自然资源局: "……工作报告(潭县自然资字〔2025〕79号)" / the portal's name and the date."""
    r = _check(tmp_path, f"{TITLE}(某县自然资字〔2025〕79号)\n某某县人民政府门户网站 发布时间:2025-02-24 11:51\n{BODY}")
    assert r.meta.title == TITLE
    assert str(r.meta.published) == "2025-02-24"


def test_portal_name_before_a_hyphen_is_no_part_of_the_title(tmp_path):
    r = _check(tmp_path, f"某某市人民政府门户网站-{TITLE}\n{BODY}")
    assert r.meta.title == TITLE
    assert r.meta.issuer == "某某县自然资源局"


def test_unit_before_the_topic_when_the_year_comes_last(tmp_path):
    r = _check(tmp_path, "某某市司法局法治政府建设年度报告(2024年度)\n" + BODY)
    assert r.meta.issuer == "某某市司法局"
    assert r.meta.year == 2024


@pytest.mark.parametrize(
    "title",
    [
        "在全市法治政府建设工作会议上的讲话",  # a speech: no unit before its topic
        "某某县创建全省法治政府建设示范县工作汇报",  # a news-like headline, not a report's title
    ],
)
def test_no_unit_from_a_headline_that_is_not_a_report_title(tmp_path, title):
    r = _check(tmp_path, title + "\n" + BODY)
    assert r.meta.issuer is None


def test_unit_with_a_colon_before_the_year(tmp_path):
    r = _check(tmp_path, "某某县司法局:2024年度法治政府建设情况报告\n" + BODY)
    assert r.meta.issuer == "某某县司法局"


@pytest.mark.parametrize(
    "stamp, want",
    [
        ("某某司法 2025-03-28 18:00 发表于江苏", "2025-03-28"),  # a WeChat article's header
        ("2025-03-28 来源:县司法局 阅读:1234", "2025-03-28"),  # a read counter beside the stamp
        ("2025-03-28 星期五", "2025-03-28"),  # a stamp with its weekday under the title
    ],
)
def test_stamps_under_the_title(tmp_path, stamp, want):
    r = _check(tmp_path, f"{TITLE}\n{stamp}\n{BODY}")
    assert str(r.meta.published) == want


def test_clock_in_the_banner_above_the_title_is_no_stamp(tmp_path):
    r = _check(tmp_path, f"今天是 2019年10月31日 星期四\n{TITLE}\n{BODY}")
    assert r.meta.published is None


def test_issuer_line_above_a_title_over_two_lines(tmp_path):
    """A 公文 title block over three lines: the issuer, then "关于……" broken before its end."""
    r = _check(tmp_path, "某某县人民政府\n关于2024年度法治政府建设\n情况的报告\n" + BODY)
    assert r.meta.title == "某某县人民政府关于2024年度法治政府建设情况的报告"
    assert r.meta.issuer == "某某县人民政府"


@pytest.mark.parametrize(
    "unit",
    [
        "退役军人事务部",  # a ministry (…部)
        "海关总署党委 海关总署",  # a party committee and its administration (…署)
        "杭州市农业农村局(杭州市乡村振兴局)",  # a unit with its second name in brackets
    ],
)
def test_unit_line_above_a_title_that_starts_with_the_year(tmp_path, unit):
    """The .docx form of round rn14's pages: the unit on its own line, then "2021年……报告" / "关于……报告"."""
    r = _check(tmp_path, f"{unit}\n2024年法治政府建设年度报告\n{BODY}")
    assert r.meta.title == f"{unit}2024年法治政府建设年度报告"
    assert r.meta.issuer == unit


def test_a_heading_ending_in_bushu_is_no_signature(tmp_path):
    """A heading ending in 战略部署 ends with 署, as 海关总署 does: no unit's name."""
    r = _check(tmp_path, BODY + "(一)深入学习贯彻党的二十大精神,深刻领会新时代推进法治中国建设战略部署\n")
    assert r.meta.issuer is None


@pytest.mark.parametrize("sep", ["", " ", "  "])
def test_stamp_on_the_title_line_without_brackets(tmp_path, sep):
    """A CMS that sets the date right after the headline on one line ("……情况报告2025-03-28")."""
    r = _check(tmp_path, f"{TITLE}{sep}2025-03-28 09:18\n{BODY}")
    assert r.meta.title == TITLE
    assert str(r.meta.published) == "2025-03-28"


def test_a_title_that_ends_in_a_year_range_keeps_it(tmp_path):
    """Only a date after a title's end is a stamp: "…规划(2021-2025年)" stays."""
    r = _check(tmp_path, "某某县法治政府建设工作要点(2021-2025年)\n" + BODY)
    assert r.meta.title.endswith("(2021-2025年)")


@pytest.mark.parametrize(
    "line",
    [
        f"[转载]{TITLE}",  # a repost's tag before the title
        f"{TITLE}(全文)",  # an editor's note after it
        f"{TITLE}（全文）",
    ],
)
def test_site_notes_around_a_title_are_cut(tmp_path, line):
    r = _check(tmp_path, f"{line}\n{BODY}")
    assert r.meta.title == TITLE
    assert r.meta.issuer == "某某县自然资源局"
