"""Families found on round rn48's unseen pages (tests/realpages/pages/rn48_*, the provinces and page sources the set
had least): each test names the family and the page it was seen on, and checks the whole pipeline on a text of that
shape."""

from __future__ import annotations

from checker.pipeline import check_path

BODY = (
    "2023年,某县坚持以习近平法治思想为指导,全面落实法治政府建设工作部署要求。现将有关情况报告如下:\n\n"
    "一、主要举措和成效\n\n全年开展培训5次。\n\n二、存在的不足\n\n执法力量不足。\n\n三、2024年工作打算\n\n继续加强培训。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _status(rep, element):
    return next(e.status for e in rep.elements if e.id == element)


def _not_a_report(rep):
    return any(f.rule == "not_annual_report" for f in rep.findings)


def test_a_metadata_tables_spaced_title_cell_without_a_colon_is_a_label(tmp_path):
    """Family (rn48_rep_xz_quanqu_2017): the title only in a metadata table's row, its label cell spaced out and no
    colon ("标      题 西藏自治区人民政府关于……的报告"), then 索引号 / 发布机构 / 发布日期 rows. The label is not part of
    the title nor of the issuer read from it."""
    head = (
        "标      题 某自治区人民政府关于2023年度全区法治政府建设情况的报告\n"
        "索引号 000014349/2024-00024 文      号\n"
        "发布机构 某自治区司法厅 发布日期 2024-05-31 17:25:00\n\n"
    )
    rep = _check(tmp_path, head + BODY)
    assert rep.meta.title == "某自治区人民政府关于2023年度全区法治政府建设情况的报告"
    assert rep.meta.issuer == "某自治区人民政府"


def test_a_title_cell_label_is_stripped_only_with_its_value_after_it(tmp_path):
    """The spaced label alone on its line (the value on the next line) or glued with a colon keeps working, and a
    title that merely begins with 标 (no spaced label) is left whole."""
    head = "标 题:某县人民政府关于2023年度法治政府建设情况的报告\n发布日期:2024-03-01\n\n"
    assert _check(tmp_path, head + BODY).meta.title == "某县人民政府关于2023年度法治政府建设情况的报告"
    head = "标准化局2023年度法治政府建设情况报告\n发布日期:2024-03-01\n\n"
    assert _check(tmp_path, head + BODY).meta.title == "标准化局2023年度法治政府建设情况报告"


def test_a_dash_in_the_body_is_not_put_into_the_titles_own_hyphen(tmp_path):
    """Family (rn48_multi_nmg_dongwuqi_2015_2020): the title writes its years "2015-2020" with a hyphen and the lead
    quotes "《法治政府建设实施纲要(2015—2020年)》" with a dash. The title keeps the page's own hyphen: the page's
    characters are put back only from the lines the title was read from."""
    text = (
        "某旗人民政府关于2015-2020年度法治政府建设情况的报告\n发布日期:2021-03-30\n\n"
        "某旗认真贯彻落实《法治政府建设实施纲要(2015—2020年)》,推进法治政府建设。\n\n"
        "一、强化组织领导\n\n全年开展培训5次。\n"
    )
    assert _check(tmp_path, text).meta.title == "某旗人民政府关于2015-2020年度法治政府建设情况的报告"


def test_the_titles_own_dash_and_chinese_year_are_still_put_back(tmp_path):
    """Control: a title that writes its own Chinese-numeral year keeps it, on its first line or on its second."""
    text = "某县人民政府关于二〇二三年度法治政府\n建设情况的报告\n发布日期:2024-03-01\n\n" + BODY
    assert _check(tmp_path, text).meta.title == "某县人民政府关于二〇二三年度法治政府建设情况的报告"
    text = "某县人民政府关于\n二〇二三年度法治政府建设情况的报告\n发布日期:2024-03-01\n\n" + BODY
    assert _check(tmp_path, text).meta.title == "某县人民政府关于二〇二三年度法治政府建设情况的报告"


def test_a_title_whose_report_period_is_a_range_of_years_is_a_multi_year_summary(tmp_path):
    """Family (rn48_multi_nmg_dongwuqi_2015_2020): "东乌旗人民政府关于2015-2020年度法治政府建设有关情况的报告" reports on
    the whole outline period (纲要中涉及我旗任务132项,已完成130项): a multi-year summary, not an annual report."""
    text = (
        "某旗人民政府关于2015-2020年度法治政府建设有关情况的报告\n发布日期:2021-03-30\n\n"
        "某旗人民政府认真贯彻落实《法治政府建设实施纲要(2015-2020年)》,纲要中涉及我旗任务132项,已完成130项。\n\n"
        "一、强化组织领导,健全依法行政制度体系\n\n一是认真落实主要负责人法治政府建设第一责任人职责。\n"
    )
    rep = _check(tmp_path, text)
    assert _not_a_report(rep)
    assert any(f.rule == "not_annual_report" and "多年总结" in f.message for f in rep.findings)


def test_a_single_year_report_naming_the_outlines_years_stays_a_report(tmp_path):
    """The outline's own years in the title ("纲要(2021-2025年)") or a plan's period are no report period."""
    text = "某县关于贯彻落实《法治政府建设实施纲要(2021-2025年)》2023年度情况的报告\n发布日期:2024-03-01\n\n" + BODY
    assert not _not_a_report(_check(tmp_path, text))
    text = "某县2023年度法治政府建设情况报告\n发布日期:2024-03-01\n\n" + BODY
    assert not _not_a_report(_check(tmp_path, text))


def test_a_notice_announcing_the_assessments_best_units_is_no_report(tmp_path):
    """Family (rn48_notice_hebei_kaohe_trad_2020): a province's 通报 of its 依法行政考核, no headline: the salutation,
    a lead ending "现将考核优秀等次单位通报如下:", then the lists of units. Not an annual report."""
    text = (
        "各市人民政府,各县(市、区)人民政府,省政府各部门:\n"
        "2020年,在省委、省政府的坚强领导下,全省各级各部门坚持以习近平新时代中国特色社会主义思想为指导,法治政府建设取得"
        "新成效。按照《某省依法行政考核办法》和《2020年度依法行政考核方案》,省全面推进依法行政工作领导小组办公室组织了"
        "2020年度依法行政考核。为激励先进,树立标杆,经省政府同意,现将考核优秀等次单位通报如下:\n"
        "一、市政府(5个)\n甲、乙、丙、丁、戊市。\n二、省政府部门(12个)\n省财政厅、省发展改革委、省生态环境厅。\n"
    )
    assert _not_a_report(_check(tmp_path, text))


def test_a_report_that_won_an_assessment_stays_a_report(tmp_path):
    """Control: a report telling that it was rated 优秀 in the assessment is still the report."""
    text = "某县2023年度法治政府建设情况报告\n\n" + BODY.replace(
        "全年开展培训5次。", "全年开展培训5次,在全市依法行政考核中获评优秀等次单位。"
    )
    assert not _not_a_report(_check(tmp_path, text))


LEADER_PART = (
    "某旗人民政府2024年度法治政府建设情况报告\n\n2024年,全旗各级人民政府坚持以习近平法治思想为指导。\n\n"
    "一、重点工作开展情况\n\n(一){heading}。{opening}\n\n(二)依法行政制度体系日益健全\n\n出台制度3项。\n\n"
    "二、存在的不足\n\n执法力量不足。\n\n三、2025年工作打算\n\n继续加强培训。\n"
)


def test_principal_leaders_convening_the_rule_of_law_meetings_confirm_the_leadership_heading(tmp_path):
    """Family (rn48_rep_nmg_xiwuqi_renda_2024): "(一)党对法治政府建设的领导不断加强。党政主要负责人组织召开旗委常委会
    4次、……,专题听取全旗法治政府建设工作汇报": the sub-part on the party's leadership of the rule-of-law work holds the
    principal leaders' own duty (rn40 convention): present."""
    opening = "党政主要负责人组织召开旗委常委会4次、政府党组会5次,专题听取全旗法治政府建设工作汇报。"
    rep = _check(tmp_path, LEADER_PART.format(heading="党对法治政府建设的领导不断加强", opening=opening))
    assert _status(rep, "leader_duty") == "present"
    # the meetings without the principal leaders are no duty of theirs
    opening = "组织召开旗委常委会4次、政府党组会5次,专题听取全旗法治政府建设工作汇报。"
    rep = _check(tmp_path, LEADER_PART.format(heading="党对法治政府建设的领导不断加强", opening=opening))
    assert _status(rep, "leader_duty") == "missing"


def test_the_party_leadership_heading_may_drop_its_de(tmp_path):
    """ "党对法治政府建设领导全面加强" (的 dropped) names the same leadership as "党对法治政府建设的领导"."""
    opening = "局主要负责同志认真履行推进法治建设第一责任人职责,主持研究法治政府建设4次。"
    rep = _check(tmp_path, LEADER_PART.format(heading="党对法治政府建设领导全面加强", opening=opening))
    assert _status(rep, "leader_duty") == "present"


def test_the_partys_leadership_in_general_is_no_leader_duty_heading(tmp_path):
    """Seen on rn48_rep_jl_sheng_trad_2023 and kept: "(一)学思想、落责任,党的领导全面加强" names the party's leadership in
    general, like 加强组织领导, which the set's convention does not read as the duty's heading; the duty under it is a
    mention (partial). (Reading it as the heading turned 9 unlabelled pages' items under "加强党的领导" to present.)"""
    opening = "以责为本,各级政府及其部门主要负责人全面履行推进法治政府建设第一责任人职责。"
    rep = _check(tmp_path, LEADER_PART.format(heading="学思想、落责任,党的领导全面加强", opening=opening))
    assert _status(rep, "leader_duty") == "partial"


def test_a_line_that_is_a_web_address_is_no_headline(tmp_path):
    """Family (rn48_news_govcn_xining_pinggu_2016, second batch): the central portal's "EN" switch and its address
    "https://www.gov.cn/" on the lines above a news item's headline. A line that is nothing but a web address is the
    page's furniture; the headline under it is the title."""
    text = (
        "EN\nhttps://www.gov.cn/\n\n2016中国法治政府评估报告发布 某市列西北省会城市第一\n\n"
        "2016-12-09 09:01 来源: 某某日报\n\n"
        "日前,某大学法治政府研究院发布了《中国法治政府评估报告(2016)》,报告显示,某市法治政府建设水平提升显著。\n"
    )
    assert _check(tmp_path, text).meta.title == "2016中国法治政府评估报告发布 某市列西北省会城市第一"
    # a headline that only mentions a site is still a headline
    text = text.replace("2016中国法治政府评估报告发布 某市列西北省会城市第一", "www.gov.cn发布2016中国法治政府评估报告")
    assert _check(tmp_path, text).meta.title == "www.gov.cn发布2016中国法治政府评估报告"
