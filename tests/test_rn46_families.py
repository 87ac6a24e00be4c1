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
