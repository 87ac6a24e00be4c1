"""Families found on round rn53's unseen pages (tests/realpages/pages/rn53_*, a blind round over all fields, report
years 2015-2020): each test names the family and the page it was seen on, and checks the pipeline on a text of that
shape written to a real file."""

from __future__ import annotations

import datetime as dt

from checker.pipeline import check_path

# A law library's copy of a ministry's report: the site's listing title with the document's date in brackets, the
# site's posting date with its view count beside it (the 浏览 label lost), an empty 发文时间 row, then the document's
# own title and date line.
LIBRARY = (
    "某某部2018年贯彻落实《法治政府建设实施纲要(2015-2020年)》的情况(2019年5月21日)\n\n"
    "2019-05-22 {count}\n"
    "发文时间:\n\n"
    "某某部 2018 年贯彻落实《法治政府建设实施纲要(2015-2020 年)》的情况\n\n"
    "2019 年 05 月 21 日\n\n"
    "2018 年,某某部以习近平新时代中国特色社会主义思想为指导,切实落实《法治政府建设实施纲要(2015-2020 年)》。\n\n"
    "一、坚持政治统领,系统谋划法治建设工作\n\n"
    "部党组会议专题研究贯彻中央全面依法治国委员会第一次会议精神,扎实推进法治建设各项任务取得实效。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_a_stamp_with_a_bare_count_beside_it_is_the_pages_date(tmp_path):
    """Family (rn53_rep_mnr_hxland_2018): "2019-05-22 1325" under the listing title is the site's posting stamp with
    its view count, whose label was lost. It is an unlabelled stamp (the later of the page's two dates), not a line
    of text; before the round only the title's bracketed date (2019-05-21) was found."""
    rep = _check(tmp_path, LIBRARY.format(count="1325"))
    assert rep.meta.published == dt.date(2019, 5, 22)


def test_a_clock_glued_to_a_count_is_still_not_a_stamp(tmp_path):
    """Guard (rn2_news_dongyang_yifazhijie_2023): "2023-07-10 10:114857阅读" — the time of day glued to the reading
    count — stays out of the stamps (only one bare number, with no clock beside it, is taken for a lost count), so the
    news headline keeps its own line and the byline below it is not joined to it."""
    text = (
        "讲好某地特色法治故事 我市首个全面依法治街委员会办公室揭牌\n"
        "某某客户端记者 张三 通讯员 李四\n"
        "2023-07-10 10:114857阅读\n\n"
        "7日上午,中共某市某街道工委全面依法治街委员会办公室揭牌。这是我市首个挂牌成立的全面依法治街委员会办公室。\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "讲好某地特色法治故事 我市首个全面依法治街委员会办公室揭牌"
    assert rep.meta.published is None


def test_two_numbers_beside_a_date_are_not_a_count(tmp_path):
    """Guard: two bare numbers beside the date ("2019-05-22 12 345") are not a lost count; the stamp is not taken
    from that line and the title's bracketed date is used as before."""
    rep = _check(tmp_path, LIBRARY.format(count="12 345"))
    assert rep.meta.published == dt.date(2019, 5, 21)


# A 2015 report's lead in its own voice that quotes the institute's evaluation in which the city ranks, as a copy
# shows it without its title line.
LEAD = (
    "2015年,在市委、市政府的正确领导和省政府法制办精心指导下,我市深入贯彻落实党的十八届三中、四中、五中全会精神,"
    "切实加强法治政府建设。在某大学于2015年12月24日发布的《中国法治政府评估报告(2015)》中,某市的法治政府指数在全国"
    "100个城市中取得了排名第13的历史最好成绩。\n\n"
    "一、高标准定位,加大工作推进力度\n\n"
    "一是坚持高标准定位。2015年3月,市委出台了全面推进依法治市的实施意见,全面部署法治政府建设工作。"
    "二是完善考评机制。制订年度依法行政工作考核方案,完善考核内容与方式,强化结果运用,增强工作实效。\n"
)


def _lookalike(rep):
    return next((f.message for f in rep.findings if f.rule == "not_annual_report"), None)


def test_a_reports_own_lead_quoting_the_evaluation_is_not_the_evaluation(tmp_path):
    """Family (rn53_rep_hefei_yifaxingzheng_2015, its excerpt without the title): the year's lead in the report's own
    voice ("2015年,……我市……") names 《中国法治政府评估报告(2015)》 for the city's rank. That line is not the evaluation
    being quoted or excerpted (rn51's 青岛 said "我市……位居第一" in the same sentence; here the city is named)."""
    assert _lookalike(_check(tmp_path, LEAD)) is None


def test_the_news_on_the_evaluation_still_reads_as_the_evaluation(tmp_path):
    """Guard (rn48_news_govcn_xining_pinggu_2016): a news lead in the third person on the same evaluation still reads
    as the evaluation's page."""
    text = (
        "日前,某大学法治政府研究院发布了法治政府建设蓝皮书《中国法治政府评估报告(2016)》,报告显示,某市法治政府建设"
        "水平提升显著,在全国评估的100个大中城市中排名第41位。\n\n"
        "此次评估范围涉及4个直辖市、27个省会城市、23个国务院批准的较大城市和46个其他城市。某市评估总分为677.78分。\n"
    )
    msg = _lookalike(_check(tmp_path, text))
    assert msg is not None and msg.startswith("这是一篇学术文章或评估报告")


IMPLEMENTING = (
    "您当前的位置: 首页 > 政府信息公开 > 政府文件\n\n"
    "关于加快推进法治政府建设的实施意见\n\n"
    "{stamp}\n\n"
    "各乡镇人民政府、县直有关单位:\n\n"
    "  为认真贯彻落实党的十八大、十八届三中、四中全会精神,进一步提升依法行政工作水平,结合我县实际,制定本实施意见。\n\n"
    "  一、指导思想和工作目标\n\n"
    "  深入推进依法行政,加快建设职能科学、权责法定、执法严明、公正公开、廉洁高效、守法诚信的法治政府。\n"
)


def test_a_portal_address_without_its_scheme_beside_the_stamp(tmp_path):
    """Family (rn53_guideline_zhongyang_shishiyijian_2016): "某县政府 www.某县.gov.cn 2016-03-21 00:00" — the office,
    the portal's address without "http://" and the date. The address is furniture beside the stamp, as with its scheme;
    before the round the line was refused and the page had no date."""
    rep = _check(tmp_path, IMPLEMENTING.format(stamp="某县政府 www.sxmouxian.gov.cn 2016-03-21 00:00"))
    assert rep.meta.published == dt.date(2016, 3, 21)


def test_an_address_among_words_is_still_not_a_stamp(tmp_path):
    """Guard: a line that tells the reader to visit the portal ("请访问 www.某县.gov.cn 查看附件 2016-03-21") is text, not a
    stamp: with the address gone, words that are no office's name are left."""
    rep = _check(tmp_path, IMPLEMENTING.format(stamp="请访问 www.sxmouxian.gov.cn 查看附件原文 2016-03-21"))
    assert rep.meta.published is None
