"""Families found on round rn46's unseen report pages (tests/realpages/pages/rn46_*): each test names the family and the
page it was seen on, and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

BODY = (
    "一、2021年度法治政府建设工作情况\n\n(一)依法行政,规范执法。\n\n全年开展培训5次。\n\n二、存在的不足\n\n执法力量不足。\n\n"
    "三、2022年工作安排\n\n继续加强培训。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _finding(report):
    return next((f for f in report.findings if f.rule == "not_annual_report"), None)


def test_the_outline_as_the_object_of_guanche_luoshi_without_years(tmp_path):
    """Family (rn46_rep_hubeicoal_kuangan_2021): a vertically managed branch titles its report "2021年度贯彻落实法治政府
    建设实施纲要情况年报" — the national outline without 《》 and years, right after 贯彻落实: the outline in force for the
    report's year. A local outline keeps its place between the verb and the name, and is no citation."""
    title = "某某监察局某省局2021年度贯彻落实法治政府建设实施纲要情况年报\n\n"
    assert _check(tmp_path, title + BODY).meta.outline_cited == "2021-2025"
    old = title.replace("2021", "2019") + BODY.replace("2021", "2019").replace("2022", "2020")
    assert _check(tmp_path, old).meta.outline_cited == "2015-2020"
    local = title.replace("贯彻落实法治政府建设实施纲要", "贯彻落实某省法治政府建设实施纲要")
    assert _check(tmp_path, local + BODY).meta.outline_cited is None
    bare = title.replace("贯彻落实法治政府建设实施纲要情况年报", "法治政府建设情况年报")
    assert _check(tmp_path, bare + BODY).meta.outline_cited is None


def test_a_party_committee_line_stacked_over_the_governments_joins_the_title(tmp_path):
    """Family (rn46_rep_yunyang_fengming_2025): a 公文 sets its joint issuers one per line — "中共某县某镇委员会" /
    "某县某镇人民政府" / "关于2025年法治政府建设情况的报告": the title and the issuer carry both (as the set reads
    "中共南乐县委 南乐县人民政府" on one line). A column name or a breadcrumb over the government's line is not joined."""
    lead = "县委、县政府:\n2025年,某镇坚持以习近平法治思想为指导,扎实推进依法行政。现将有关情况报告如下:\n"
    body = lead + BODY.replace("2021年度", "2025年").replace("2022", "2026")
    head = "中共某县某镇委员会\n某县某镇人民政府\n关于2025年法治政府建设情况的报告\n"
    rep = _check(tmp_path, head + body)
    assert rep.meta.title == "中共某县某镇委员会某县某镇人民政府关于2025年法治政府建设情况的报告"
    assert rep.meta.issuer == "中共某县某镇委员会某县某镇人民政府"
    short = head.replace("中共某县某镇委员会", "中共某县委")
    assert _check(tmp_path, short + body).meta.issuer == "中共某县委某县某镇人民政府"
    column = head.replace("中共某县某镇委员会", "政务公开")
    rep = _check(tmp_path, column + body)
    assert rep.meta.title == "某县某镇人民政府关于2025年法治政府建设情况的报告"
    assert rep.meta.issuer == "某县某镇人民政府"


def test_a_sub_part_naming_the_leadership_responsibility_is_the_leader_duty_section(tmp_path):
    """Family (rn46_rep_lzxq_gwhbgs_2024): "(一)完善工作机制,认真履行领导责任。" opening with "主要负责人认真履行法治建设
    第一责任人工作职责" is the leader-duty section (履行领导责任 names the leaders' responsibility as 压实主体责任 does).
    The same heading over subordinate units' leaders, or over 组织领导 without the duty, is not."""
    head = "某新区管委会办公室2024年度法治政府建设工作情况报告\n\n2024年,某新区管委会办公室坚持依法行政。\n\n"
    part = (
        "一、2024年推进法治政府建设的主要举措和成效\n\n(一)完善工作机制,认真履行领导责任。管委会办公室高度重视法治政府建设,"
        "主要负责人认真履行法治建设第一责任人工作职责,研究部署法治工作3次。\n\n(二)强化理论学习,提升干部法治素养。全年学法6次。\n\n"
    )
    rest = "二、存在的不足\n\n执法力量不足。\n\n三、2025年工作安排\n\n继续加强培训。\n"

    def duty(text):
        return {e.id: e.status for e in _check(tmp_path, text).elements}["leader_duty"]

    assert duty(head + part + rest) == "present"
    others = part.replace("管委会办公室高度重视法治政府建设,主要负责人认真履行", "推动各部门主要负责人履行")
    assert duty(head + others + rest) == "missing"
    plain = part.replace("认真履行领导责任", "加强组织领导")
    assert duty(head + plain + rest) == "partial"


def test_a_sub_part_on_the_party_committee_leading_the_rule_of_law_work(tmp_path):
    """Family (rn46_rep_yjhl_jinhuoluo_zhen_2023; the same words on rn11_rep_gd_yjt_2024): "(一)党委统筹领导,确保法治
    政府建设工作旗帜鲜明、方向清晰" is the party's leadership of the rule-of-law work said the other way round ("党对法治
    政府建设的领导"); opening with the secretary's 第一责任人 duty it is the leader-duty section. A heading on the party's
    leadership in general ("坚持党的领导,全面提升依法行政能力") is not, and neither is the same heading without the duty."""
    head = "2023年,我镇依法全面履行政府职能。现将本镇2023年度法治政府建设工作的主要情况报告如下:\n"
    part = (
        "一、2023年工作总结\n(一)党委统筹领导,确保法治政府建设工作旗帜鲜明、方向清晰。一是坚定政治立场。健全镇党委书记带头履行"
        "推进法治建设第一责任人责任制度,累计召开法治建设工作会议10次。\n(二)深化放管服改革。办理事项1200件。\n"
    )
    rest = "二、存在的不足\n执法力量不足。\n三、2024年工作安排\n继续加强培训。\n"

    def duty(text):
        return {e.id: e.status for e in _check(tmp_path, text).elements}["leader_duty"]

    assert duty(head + part + rest) == "present"
    general = part.replace("党委统筹领导,确保法治政府建设工作旗帜鲜明、方向清晰", "坚持党的领导,全面提升依法行政能力")
    assert duty(head + general + rest) == "partial"
    plain = part.replace("健全镇党委书记带头履行推进法治建设第一责任人责任制度,", "")
    assert duty(head + plain + rest) == "missing"


def test_a_leader_duty_paragraph_that_tells_of_the_leaders_own_shufa_is_no_shufa_report(tmp_path):
    """Family (rn46_rep_chizhou_sthjj_notitle_2025, cut as copies cut it): under "(一)……党政主要负责人履行推进法治建设第一
    责任人职责", the paragraph "局党组书记、局长全面履行推进法治建设第一责任人职责,……履行……职责情况列入年终述职内容,参加市委依法
    治市办集中述法活动并现场述法" is a report's measure, not a 述法 report: the paragraph opens with the unit's own leader
    performing the duty. A news lead that *requires* leaders to do so ("本报讯 日前,省委……印发《……列入年终述职内容工作方案》,
    推动党政主要负责人切实履行……") stays a news item on 述法."""
    cut = (
        "一、上一年度法治政府建设的主要举措和成效\n在市委、市政府的正确领导下,2025年我局坚持以习近平新时代中国特色社会主义思想为指导,"
        "法治政府建设取得新进展。\n(一)深入学习贯彻习近平法治思想、党政主要负责人履行推进法治建设第一责任人职责\n"
        "局党组书记、局长全面履行推进法治建设第一责任人职责,统筹推进法治建设各项工作。2025年度,共学习法律法规10余次。"
        "履行推进法治建设第一责任人职责情况列入年终述职内容,参加市委依法治市办集中述法活动并现场述法。\n"
        "(二)推进政府机构职能优化\n一是深入推进“综合查一次”改革。\n"
    )
    assert _finding(_check(tmp_path, cut)) is None
    assert _finding(_check(tmp_path, cut.split("\n", 2)[2])) is None  # from the sub-part's heading on
    news = (
        "本报讯 日前,省委全面依法治省委员会印发《某省党政主要负责人履行推进法治建设第一责任人职责情况列入年终述职内容工作方案》,"
        "要求全省各级党委、政府主要负责人在年终述职中纳入履行推进法治建设第一责任人职责情况,即年终述法工作,推动党政主要负责人切实履行"
        "法治建设职责。\n《方案》对党政主要负责人述法工作的主体、内容、方式、结果运用等作出具体规定。\n"
    )
    got = _finding(_check(tmp_path, news))
    assert got is not None and "述法" in got.message
