"""Families found on round rn52's unseen pages (tests/realpages/pages/rn52_*, a blind round over all fields): each
test names the family and the page it was seen on, and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

NOTICE = (
    "索引号 xzfgzbm/2020-0046 公开日期: 2020-04-30 10:09\n"
    "来源 某县应急管理局\n"
    "内容概述\n\n"
    "某县应急管理局关于印发行政执法公示制度(试行)、行政执法全过程记录制度(试行)、重大执法决定法制审核制度(试行)的通知\n\n"
    "{addressees}\n\n"
    "现将某县应急管理局《行政执法公示制度(试行)》等三项制度印发给你们,请认真遵照执行。\n\n"
    "某县应急管理局\n\n2020年4月28日\n\n"
    "第一章 总 则\n\n第一条 为提高行政执法透明度,接受社会监督,结合安全监管执法实际,制定本制度。\n"
)
TITLE = (
    "某县应急管理局关于印发行政执法公示制度(试行)、行政执法全过程记录制度(试行)、重大执法决定法制审核制度(试行)的通知"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_a_spaced_metadata_row_is_not_a_notices_headline(tmp_path):
    """Family (rn52_guideline_shiquan_yjj_2020): a portal's metadata rows with label and value apart by a space and no
    colon ("来源 某县应急管理局") above a department's notice to its own offices ("局机关各股室,……:"). The row is
    furniture; the notice's headline above its addressees is the title, and the page is not taken for a report."""
    rep = _check(tmp_path, NOTICE.format(addressees="局机关各股室,应急救援技术中心、安全生产监察大队:"))
    assert rep.meta.title == TITLE
    assert any(f.rule == "not_annual_report" for f in rep.findings)


def test_the_usual_addressees_still_find_the_headline(tmp_path):
    """Guard for the addressee change: the addressees that open with 各 ("各镇人民政府,县政府各部门:") find the same
    headline (on the code before the round this fails too, the "来源" row being taken for the headline)."""
    rep = _check(tmp_path, NOTICE.format(addressees="各镇人民政府,县政府各部门:"))
    assert rep.meta.title == TITLE


def test_a_source_line_with_a_colon_is_left_to_the_existing_rules(tmp_path):
    """Guard: "来源:" with a colon is a stamp row the reader already handles; a report under it keeps its title."""
    text = (
        "来源:某县林业局 发布时间:2023-03-06\n\n"
        "某县林业局2022年法治政府建设情况的报告\n\n"
        "2022年,我局始终以习近平法治思想为指导,现就2022年度法治政府建设情况报告如下:\n\n"
        "一、主要举措和成效\n\n全年开展培训5次。\n\n二、存在的不足\n\n执法力量不足。\n\n三、2023年工作打算\n\n继续加强培训。\n"
    )
    assert _check(tmp_path, text).meta.title == "某县林业局2022年法治政府建设情况的报告"


def _leader_duty(tmp_path, sentence):
    text = (
        "某市生态环境局2024年度法治政府建设情况报告\n\n"
        "2024年,某市生态环境局坚持以习近平法治思想为指导,现将有关情况报告如下:\n\n"
        "一、2024年推进法治政府建设的主要举措和突出成效\n\n"
        "(一)深化理论学习,提高依法行政政治站位。\n\n"
        f"一是强化理论武装。{sentence}2024年,累计开展集中学法4次。\n\n"
        "二、存在的不足\n\n执法力量不足。\n\n三、2025年工作打算\n\n继续加强培训。\n"
    )
    rep = _check(tmp_path, text)
    return next(e.status for e in rep.elements if e.id == "leader_duty")


def test_the_principal_leader_expounding_the_laws_is_a_leader_duty_mention(tmp_path):
    """Family (rn52_rep_hangzhou_sthjj_notitle_2024, and rn28_rep_gd_swj_notitle_2025 with 主要领导): "主要负责人带头,
    利用理论学习中心组等形式解读新实施或新修订的法律法规" is the principal leader leading the cadres' law study
    (rn34's 带头……学法), so the duty is mentioned in another part: partial."""
    said = "主要负责人带头,利用理论学习中心组等形式解读新实施或新修订的法律法规以及党内法规,带动党员干部学习。"
    assert _leader_duty(tmp_path, said) == "partial"


def test_leading_cadres_expounding_the_laws_is_not_the_principal_leaders_duty(tmp_path):
    """Guard: the same by leading cadres in general (领导干部, the 关键少数) names no principal leader: missing."""
    said = "领导干部带头,利用理论学习中心组等形式解读新实施或新修订的法律法规以及党内法规,带动党员干部学习。"
    assert _leader_duty(tmp_path, said) == "missing"
