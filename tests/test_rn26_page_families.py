"""Families found on round rn26's unseen report pages (tests/realpages/pages/rn26_*): a title whose year
is written "2025度" (年 dropped), a lead that opens with a clause of the time ("在……新征程上,"), a page that
opens by publishing the report named in 《》 ("现将《X报告》予以公布"), the national outline named with
实施 dropped, a report whose lead publishes the report itself beside an 信息公开年报-style foreword, and a
述法 in the first person of the unit's head. Each test names the page it was seen on and runs the whole
pipeline on a text of that shape (written as a real file)."""

from __future__ import annotations

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.metadata import issuer_from_lead, issuer_from_title

PARTS = (
    "\n一、推进法治政府建设的主要举措和成效\n(一)强化组织领导\n全年召开专题会议4次。\n"
    "二、存在的不足和原因\n执法力量不足。\n三、下一年度工作安排\n继续加强培训。\n"
)


def _check(tmp_path, text, name="page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _not_report(rep) -> bool:
    return any(f.rule == "not_annual_report" for f in rep.findings)


@pytest.mark.parametrize(
    "title, want",
    [
        # rn26_rep_xialu_dongfangshan_2025du: the year's 年 dropped
        ("东方山街道办事处2025度法治政府建设年度报告", "东方山街道办事处"),
        ("东方山街道办事处2025年度法治政府建设年度报告", "东方山街道办事处"),
        # the digits are no year: no issuer cut there
        ("关于加快建设法治政府的若干意见", None),
    ],
)
def test_issuer_before_a_year_without_nian(title, want):
    assert issuer_from_title(title) == want


@pytest.mark.parametrize(
    "lead, want",
    [
        # rn26_rep_xncz_renminjie_salutation_2025: a clause of the time before the subject
        (
            "在全面建设社会主义现代化国家新征程上,人民街街道办事处坚持以习近平法治思想为根本遵循,系统推进法治政府建设。",
            "人民街街道办事处",
        ),
        # the same clause before "我局": the page does not say whose
        ("在全面建设社会主义现代化国家新征程上,我局坚持以习近平法治思想为根本遵循,系统推进法治政府建设工作。", None),
    ],
)
def test_issuer_after_a_clause_of_the_time(lead, want):
    assert issuer_from_lead([Line(no=1, text=lead)], 1) == want


def test_title_from_a_first_line_that_publishes_the_report(tmp_path):
    # rn26_rep_lincang_whlyj_gongbu_2025
    text = (
        "根据按照中共临沧市委全面依法治市委员会办公室《关于报送2025年度法治政府建设工作情况报告的通知》要求,"
        "现将《临沧市文化和旅游局2025年度法治政府建设情况报告》予以公布。\n"
        "2025年,市文化旅游局在市委、市政府的坚强领导下,深入学习贯彻习近平法治思想,紧扣法治政府建设总目标。"
        "现将2025年度法治政府建设情况报告如下:" + PARTS
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "临沧市文化和旅游局2025年度法治政府建设情况报告"
    assert rep.meta.issuer == "临沧市文化和旅游局"
    assert not _not_report(rep)


def test_title_not_taken_from_a_sentence_that_publishes_another_document(tmp_path):
    text = (
        "现将《关于印发某区2025年普法工作要点的通知》予以公布。\n"
        "2025年,某区坚持以习近平法治思想为指导,深入推进法治政府建设。现将有关情况报告如下:" + PARTS
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title != "关于印发某区2025年普法工作要点的通知"


def test_outline_named_without_shishi(tmp_path):
    # rn26_rep_mot_meta_lines_2017: "以《法治政府建设纲要(2015—2020年)》为统领"
    text = (
        "交通运输部2017年度法治政府部门建设工作情况\n"
        "2017年以来,交通运输系统深入学习贯彻习近平新时代中国特色社会主义思想,以《法治政府建设纲要(2015—2020年)》"
        "为统领,大力推进依法行政。" + PARTS
    )
    rep = _check(tmp_path, text)
    assert rep.meta.outline_cited == "2015-2020"


def test_outline_not_read_from_a_local_outline_without_shishi(tmp_path):
    text = (
        "某县2017年度法治政府建设情况报告\n"
        "2017年,某县以《某县法治政府建设纲要(2016—2020年)》为统领,大力推进依法行政。现将有关情况报告如下:" + PARTS
    )
    rep = _check(tmp_path, text)
    assert rep.meta.outline_cited is None


def test_report_that_publishes_itself_beside_a_gov_info_foreword(tmp_path):
    # rn26_rep_hrss_tj_gongkai_2019: the 信息公开年报's foreword, but the lead publishes the 法治政府建设 report
    text = (
        "根据《法治政府建设实施纲要(2015-2020)》的规定和市委、市政府相关文件的要求,现将市人社局2019年法治政府建设"
        "情况报告予以公开。\n"
        "本报告包括依法履职情况、依法行政制度体系建设情况、推进依法决策情况、行政执法情况、执法监督情况等十个部分。"
        "本报告所列数据的期限自2019年1月1日起,至2019年12月31日止。如对本报告有任何疑问,请与市人社局法规处联系"
        "(地址:某市某区建设路18号;邮编:300040;电话:022-23030851)\n"
        "一、依法履行部门职责情况\n2019年,市人社局认真落实市委关于依法治市的决策部署,坚持依法行政,依法履职。\n"
        "(一)深入推进简政放权。行政许可事项减少50%,办事要件减少近30%,平均办理时限压缩83%。\n"
    )
    assert not _not_report(_check(tmp_path, text))


def test_gov_info_report_that_publishes_itself_stays_gov_info(tmp_path):
    text = (
        "根据《中华人民共和国政府信息公开条例》的规定,现将市人社局2019年政府信息公开工作年度报告予以公开。\n"
        "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。"
        "本报告所列数据的期限自2019年1月1日起,至2019年12月31日止。如对本报告有任何疑问,请与市人社局办公室联系。\n"
        "一、总体情况\n2019年,市人社局主动公开政府信息120条,办理依申请公开5件。\n"
    )
    assert _not_report(_check(tmp_path, text))


def test_shufa_in_the_first_person_of_the_units_head(tmp_path):
    # rn26_shufa_wentop_lyj_2025: no title, an outline paragraph first, then "我作为区林业局主要负责人"
    text = (
        "【提纲】一、履行法治建设第一责任人职责主要成效。一是深学笃行法治思想,筑牢依法行政思想根基。"
        "二、法治建设中存在的突出问题。一是执法队伍专业化水平有待提升。三、下一步工作计划。一是加强执法队伍建设。\n"
        "2025年以来,我作为区林业局主要负责人,坚持以新时代中国特色社会主义思想为指导,认真履行推进法治建设第一责任人"
        "职责,持续推动林业系统法治建设走深走实。现将有关情况报告如下\n"
        "一、履行法治建设第一责任人职责主要成效\n"
        "一是深学笃行法治思想。局党组理论学习中心组专题学习法治内容8次,我带头讲授法治专题党课3次。\n"
    )
    assert _not_report(_check(tmp_path, text))


def test_pdf_document_number_line_starts_a_paragraph():
    # rn26_rep_ynlf_zhongcun_salutation_2022 as a 公文 PDF: a site's breadcrumb that nearly fills its line, then the
    # document-number line; a number inside a wrapped sentence still continues it
    from checker.read.pdf import _join_wrapped

    lines = [
        "首页>>政府信息公开>>法定主动公开内容>>年度报告",
        "中府发〔2023〕36号   签发人：李建国",
        "根据市政府办公室关于做好年度报告工作的通知要求(中",
        "府发〔2023〕36号)要求,现将有关情况报告如下:",
    ]
    out = _join_wrapped(lines)
    assert out[0] == lines[0]
    assert out[1] == lines[1]
    assert out[2] == lines[2] + lines[3]


# Round rn27 (seven more pages, after the rn26 fixes)


@pytest.mark.parametrize(
    "lead, want",
    [
        # rn27_rep_shenqiu_kjj_benbaogao_2024: a 根据 clause alone before the subject
        (
            "根据2024年度法治政府建设工作安排,沈丘县科学技术局高度重视法治政府建设,坚决贯彻落实党的二十大精神。",
            "沈丘县科学技术局",
        ),
        # a 根据 clause then the year: the whole clause is skipped, not cut at its first comma
        (
            "根据《法治政府建设与责任落实督察工作规定》,结合工作实际,2023年,清波街道坚持以习近平法治思想为指导。",
            "清波街道",
        ),
        ("根据上级工作安排,我局高度重视法治政府建设,现将有关情况报告如下。", None),
    ],
)
def test_issuer_after_a_genju_clause(lead, want):
    assert issuer_from_lead([Line(no=1, text=lead)], 1) == want


def test_outline_years_with_a_tilde(tmp_path):
    # rn27_rep_zjg_kjj_huibao_2024: 《法治政府建设实施纲要(2021~2025)》
    text = (
        "2024年,张家港市科技局坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。"
        "现将我局法治建设情况汇报如下:\n一、2024年法治建设工作开展情况\n"
        "党组理论学习中心组专题学习《法治政府建设实施纲要(2021~2025)》等政策文件4次。\n"
    )
    assert _check(tmp_path, text).meta.outline_cited == "2021-2025"


def test_plan_heading_with_mouhua(tmp_path):
    # rn27_rep_shenqiu_kjj_benbaogao_2024: "三、行业特点及下一年度工作谋划"
    text = (
        "某县科学技术局2024年度法治政府建设情况报告\n"
        "一、主要工作成效\n全年共组织开展了6次法律法规专题学习活动。\n"
        "二、存在问题及原因分析\n部分干部职工对法治建设的重视程度不够,究其原因是学习不够。\n"
        "三、行业特点及下一年度工作谋划\n加强科技法规的完善和实施。\n"
    )
    status = {e.id: e.status for e in _check(tmp_path, text).elements}
    assert status["next_year_plan"] == "present"


def test_encyclopedia_footer_is_no_dictionary_evidence(tmp_path):
    # rn27_rep_newton_luodian_trad_2020 cut at an item: the site's footer ("相關詞條 / 熱門詞條 / 聯絡我們") stays under it
    text = (
        "一是堅持黨的集中統一領導,凝聚法治建設強大合力。切實發揮鎮黨委在法治建設中總攬全局、協調各方的作用,建立了"
        "“一把手”負總責的組織領導機制,成立以鎮黨委書記為主任的全面依法治理委員會。二是不斷深化“誰執法誰普法”責任制,"
        "制定年度普法責任清單,整合全鎮相關執法部門的資源和力量。\n\n相關詞條\n\n熱門詞條\n\n聯絡我們\n"
    )
    assert not _not_report(_check(tmp_path, text))
