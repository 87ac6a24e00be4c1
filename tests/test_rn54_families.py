"""Families found on round rn54's unseen pages (tests/realpages/pages/rn54_*, a blind round over all fields, reports as
they appear on other sites than the issuer's portal): each test names the family and the page it was seen on, and checks
the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.normalize import drop_lead_qmarks, normalize_block, normalize_line
from checker.pipeline import check_path

# a traditional-character mirror whose wrong encoding turned each paragraph's ideographic-space indent into "??"
MIRROR = (
    "自治區人民政府:\n"
    "??2020年,我州堅持以習近平新時代中國特色社會主義思想為指導,貫徹落實中共中央、國務院《法治政府建設實施綱要"
    "(2015—2020年)》,在夯實法治政府建設基礎、職能依法全面履行等方面取得了階段性成效。\n"
    "??一、2020年法治政府建設情況\n"
    "??(一)提高政治站位,嚴格落實黨政主要負責人履行推進法治建設第一責任人職責。堅持黨政主要領導牽頭抓、負總責,"
    "對依法治州、依法行政做到重要工作親自部署、重大問題親自過問。\n"
    "??(二)依法全面履行政府職能。深化“放管服”改革,全年取消行政許可事項12項。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_question_mark_indents_are_not_text(tmp_path):
    """Family (rn54_rep_feishgz_xinjiang_zhou_trad_2020; also rn3_news_suixi_lvzhi_trad's "????11月7日"): the indent
    before each paragraph shown as "??". The first heading was taken for the title ("??一、2020年……") and no part
    heading was read, so the measures part was missing; without the marks the headings read as headings."""
    rep = _check(tmp_path, MIRROR)
    assert rep.meta.title is None or not rep.meta.title.startswith("?")
    status = {e.id: e.status for e in rep.elements}
    assert status["measures"] == "present"
    assert status["leader_duty"] == "present"
    assert rep.meta.outline_cited == "2015-2020"


def test_question_marks_inside_a_line_or_alone_stay():
    """Guard: only two or more marks at a line's start before text go; a question in the text ("是否合法??"), one
    mark, and marks before a Latin letter stay; the line and block paths agree."""
    lines = ["??一、主要举措", "  ????2021年,我县", "是否合法??", "?(一)工作", "??abc", "??"]
    assert [normalize_line(x) for x in lines] == [
        "一、主要举措",
        "2021年,我县",
        "是否合法??",
        "?(一)工作",
        "??abc",
        "??",
    ]
    assert normalize_block(lines) == [normalize_line(x) for x in lines]
    assert drop_lead_qmarks("无问号") == "无问号"


STREET = (
    "关于2024年度法治政府建设情况的报告\n"
    "2024年,{who}法治政府建设在区委、区政府的正确领导下,坚持以习近平法治思想为指导,扎实开展法治建设工作。"
    "现将我街2024年度法治政府建设工作情况报告如下:\n"
    "一、2024年推进法治政府建设的主要举措和成效\n"
    "(一)健全组织机构,强化队伍建设\n"
    "一是成立了领导小组,定期召开工作会议,研究部署全街法治政府建设工作。\n"
)


def test_the_lead_names_the_unit_before_its_rule_of_law_building(tmp_path):
    """Family (rn54_rep_xuyunyun2_chengdong_jd_trad_2024): a title without a unit, and a lead whose subject is the
    unit's rule-of-law building without "工作" ("城东街道法治政府建设在区委、区政府的正确领导下,……"); with 工作
    ("都里镇法治建设工作坚持……") the unit was already read. The unit before the topic words is the issuer."""
    rep = _check(tmp_path, STREET.format(who="城东街道"))
    assert rep.meta.issuer == "城东街道"


def test_a_level_alone_before_the_topic_words_names_no_one(tmp_path):
    """Guard: "区法治政府建设在……" names only a level, and whose the page does not say."""
    rep = _check(tmp_path, STREET.format(who="区"))
    assert rep.meta.issuer is None


COLUMN = (
    "高级检索\n\n首页\n\n{column}\n\n当前位置: 首页 -> 中国法治政府发展报告 -> 正文\n\n"
    "专题报告五|某某、某某:“十四五”时期某市法治政府建设的基本思路\n\n"
    "信息来源: 发布日期:2023-07-17\n\n"
    "摘要:“十四五”时期是推进某市法治政府建设的关键时期。本文在总结近年来某市法治政府建设经验的基础上,"
    "提出坚持思想引领、突出地方特色、坚持问题导向、推动改革创新等思路。\n\n"
    "关键词:法治政府建设“十四五”时期\n\n"
    "党的十八大后,我国经济社会发展进入新时代,法治政府建设是全面依法治国的重点任务和主体工程。\n"
)


def test_a_column_name_above_its_breadcrumb_is_no_title(tmp_path):
    """Family (rn54_acad_cupl_yangweidong_beijing_shisiwu): a site's column name on its own line ("中国法治政府发展报告"),
    then the breadcrumb naming that column ("当前位置: 首页 -> 中国法治政府发展报告 -> 正文"), then the article's
    headline. The column name looks like a report's title and was taken; it is the site's furniture."""
    rep = _check(tmp_path, COLUMN.format(column="中国法治政府发展报告"))
    assert rep.meta.title == "专题报告五|某某、某某:“十四五”时期某市法治政府建设的基本思路"


def test_a_title_the_breadcrumb_does_not_name_stays(tmp_path):
    """Guard: a report title above a breadcrumb that does not name it is still the title."""
    rep = _check(tmp_path, COLUMN.format(column="某市2022年法治政府建设年度报告"))
    assert rep.meta.title == "某市2022年法治政府建设年度报告"
