"""Titles of real pages, the families left after the earlier rounds (helper acc36): each test names the
family and the page of tests/realpages it was seen on, runs the whole pipeline on the opening of that page
(real text, shortened), and has a counter-case the mechanism must leave alone."""

from __future__ import annotations

from checker.pipeline import check_path
from checker.structure.headline import headline_form
from checker.structure.metadata import glued_title


def _meta(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p)).meta


def _title(tmp_path, text: str) -> str | None:
    t = _meta(tmp_path, text).title
    return "".join(t.split()) if t else t


NEWS_BODY = (
    "本报讯(刘萍)近日,省委全面依法治省委员会印发《关于开展全面依法治县示范试点暨示范推动解决法治建设八个具体问题"
    "有关工作的通知》,决定开展全面依法治县示范试点工作。泸县被省委确定为全省14个全面依法治县示范试点县之一。\n\n"
    "据悉,泸县将成立全面依法治县示范试点工作专班,制定示范试点实施方案,强化督促指导和宣传引导。\n"
)


# --- a news agency's dateline before 题: ------------------------------------------------------------------


def test_dateline_before_ti_is_not_part_of_the_headline(tmp_path):
    """Family: a 新华社 feature reposted with its dateline and 题: on the headline's line (rn16_news_fjsen)."""
    t = _title(
        tmp_path,
        "新华社北京12月26日电 题:促发展·惠民生·暖民心——全国人大代表建议办理实效进一步提升\n新华社记者任沁沁、刘硕\n"
        "十四届全国人大一次会议期间代表提出的建议已经全部办理完毕并答复代表。各有关方面认真研究代表真知灼见,"
        "积极解决深层次症结。\n",
    )
    assert t == "促发展·惠民生·暖民心——全国人大代表建议办理实效进一步提升"


def test_headline_form_keeps_a_headline_without_ti():
    assert headline_form("新华社北京12月26日电") == "新华社北京12月26日电"
    assert headline_form("题:促发展") == "题:促发展"  # no dateline before it
    assert headline_form("新华社北京12月26日电 题:促发展惠民生") == "促发展惠民生"


# --- a headline split by a space after its place ----------------------------------------------------------


def test_headline_split_after_its_place(tmp_path):
    """Family: a paper's headline "泸县 成全省依法治县示范试点县" above its dateline (rn10_news_luxian): two
    parts ending in 县 read as two offices' names before; what follows the space says what the place became."""
    t = _title(tmp_path, "泸县 成全省依法治县示范试点县\n\n四川法制报 2020-10-16 00:32 大字\n\n" + NEWS_BODY)
    assert t == "泸县成全省依法治县示范试点县"


def test_two_offices_names_stay_no_headline(tmp_path):
    """Counter-case: two offices' names between a space above a date stay no headline (成都市 is a name)."""
    t = _title(tmp_path, "中共泸县县委 成都市人民政府\n\n四川法制报 2020-10-16 00:32 大字\n\n" + NEWS_BODY)
    assert t != "中共泸县县委成都市人民政府"


# --- a newspaper's kicker (引题) above the headline ------------------------------------------------------


KICKER_BODY = (
    "  今报讯 (今报记者 唐伟)8月30日,市“八五”普法中期评估组第三小组深入我县开展评估工作。\n\n"
    "  评估组通过听取“八五”普法工作情况汇报、查看工作台账、座谈交流等方式,详细了解我县“八五”普法工作开展情况。\n"
)


def test_kicker_above_the_headline(tmp_path):
    """Family: a kicker, a blank line, the headline, the paper's dateline right under it (rn10_news_ptxw)."""
    t = _title(
        tmp_path, "推动公民法治素养提升\n\n市“八五”普法评估组来我县\n仙游今报 2023年09月06日 唐伟\n\n" + KICKER_BODY
    )
    assert t == "市“八五”普法评估组来我县"


def test_kicker_right_above_a_web_page_headline(tmp_path):
    """The same kicker saved as a web page: kicker, headline and the page's stamp row on consecutive lines; the
    shorter line above is a kicker, not the first half of a headline broken at the line's width."""
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><meta charset='utf-8'><title>x</title></head><body><div class='article'>"
        "<p>推动公民法治素养提升</p><h1>市“八五”普法评估组来我县</h1>"
        "<div class='info'>发布时间:2023-09-06 09:18  来源:本站</div><div class='content'>"
        + "".join(f"<p>{line.strip()}</p>" for line in KICKER_BODY.splitlines() if line.strip())
        + "</div></div></body></html>",
        encoding="utf-8",
    )
    assert check_path(str(p)).meta.title == "市“八五”普法评估组来我县"


def test_headline_broken_in_two_above_its_stamp_is_joined(tmp_path):
    """Counter-case: a headline broken at the line's width (first half the longer) is still one headline."""
    t = _title(
        tmp_path,
        "全市推进公民法治素养提升行动评估组\n到我县开展评估工作\n仙游今报 2023年09月06日 唐伟\n\n" + KICKER_BODY,
    )
    assert t == "全市推进公民法治素养提升行动评估组到我县开展评估工作"


def test_headline_without_a_dateline_under_the_next_line_stays(tmp_path):
    """Counter-case: no dated line under the second short line: the first line stays the headline."""
    t = _title(tmp_path, "推动公民法治素养提升\n\n市“八五”普法评估组来我县\n\n" + KICKER_BODY)
    assert t == "推动公民法治素养提升"


# --- a unit's name as a portal's headline ---------------------------------------------------------------


REPORT_BODY = (
    "2020年,我局深入贯彻市委市政府有关法治政府建设的决策部署,围绕中心、服务大局,力推法治防疫、优化营商环境,"
    "法治政府建设工作取得新成效。现将主要工作汇报如下:\n\n一、2020年度推进法治政府建设主要举措和成效\n\n"
    "(一)高效法治防疫,助推法治市监。在全国范围内率先出台《疫情防控期间市场监管领域执法指南》。\n"
)


def test_unit_name_above_a_portal_time_and_source_row(tmp_path):
    """Family: a portal's column titles each department's report with its name, right above the article's
    "时间:… 来源:…" row (rn40_rep_hangzhou_scjgj)."""
    t = _title(
        tmp_path, "杭州市市场监管局\n时间:2021-03-22 17:13 来源:杭州市人民政府门户网站 浏览次数:\n\n" + REPORT_BODY
    )
    assert t == "杭州市市场监管局"


def test_unit_name_above_a_date_and_source_row(tmp_path):
    """The same family with a CMS's other row ("发布日期:…  信息来源:…") and under a red header."""
    row = "发布日期:2021年03月22日  信息来源:杭州市市场监管局\n\n"
    assert _title(tmp_path, "杭州市市场监管局\n" + row + REPORT_BODY) == "杭州市市场监管局"
    assert _title(tmp_path, "杭州市市场监管局文件\n杭州市市场监管局\n" + row + REPORT_BODY) == "杭州市市场监管局"


def test_unit_name_above_a_bare_date_is_no_title(tmp_path):
    """Counter-case: an office's name above a date alone (a signature block's form) is still no headline."""
    t = _title(tmp_path, "杭州市市场监管局\n2021-03-22\n\n" + REPORT_BODY)
    assert t != "杭州市市场监管局"


# --- a document site's name of the file glued to the copy -------------------------------------------------


def test_doc_site_tag_after_the_name():
    """Family: "……工作总结供借鉴2023年,我办……" (rn10_gi_777doc): the site's tag ends the name."""
    text = "2023年办公室政务公开工作总结供借鉴2023年,我办认真贯彻认真落实国省关于政务公开工作的决策部署," * 2
    assert glued_title(text) == "2023年办公室政务公开工作总结"
    assert glued_title(text.replace("供借鉴", "")) is None  # no tag, no 法治 topic: not taken


def test_report_material_glued_after_a_page_mark():
    """Family: "第1页共4页区依法行政工作报告材料2023年,……" (rn7_tpl_wnwk_yifaxingzheng_cailiao)."""
    text = "第1页共4页区依法行政工作报告材料2023年,区府法制办根据区政府2023年工作重点,以法治思维认识问题。" * 2
    assert glued_title(text) == "区依法行政工作报告材料"


def test_doc_site_page_title_repeated_around_underscore(tmp_path):
    """Family: a document site's page title "X_X" glued to the text (rn19_tpl_xiaomilidoc)."""
    name = "关于 2024 年法律援助民生工程完成情况的总结"
    text = (
        f"{name}_{name} 今年,在市司法局法律援助工作处的指导下,在区委、区政府的领导下,xx 区法律援助围绕全区的中心工作,"
        * 2
    )
    assert glued_title(text) == name
    assert glued_title(f"{name}_另一个标题 今年,在市司法局法律援助工作处的指导下," * 3) is None


def test_doc_site_blurb_names_the_file(tmp_path):
    """Family: "《X.docx》由会员分享,可在线阅读……" above a document site's copy (rn19_tpl_1wenmi)."""
    t = _title(
        tmp_path,
        "《司法局2022上半公共法律服务工作汇报.docx》由会员分享,可在线阅读,更多相关《司法局2022上半公共法律服务工作汇报"
        ".docx(3页珍藏版)》请在第壹文秘上搜索。\n1、司法局2022年上半年公共法律服务工作汇报根据*省、*市关于公共法律服务"
        "和法律援助工作的决策部署,*市司法局紧紧围绕群众民生实际需求,加强民生领域公共法律服务工作。\n",
    )
    assert t == "司法局2022上半公共法律服务工作汇报"


# --- a notice's headline above blank lines and its stamp row --------------------------------------------------


def test_notice_headline_above_blank_lines_and_its_stamp(tmp_path):
    """Family: a notice's headline with its 文号, the stamp row and several blank lines, then its addressees
    (rn36_plan_chaoyang_jtj_fengong)."""
    t = _title(
        tmp_path,
        "您的位置:首页 > 政务公开>法定主动公开内容>履职依据\n"
        "     朝交发 [2022] 97号关于印发《朝阳市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)》的通知\n"
        "    时间:2022-12-05来源:朝阳市交通运输局\n\n\n\n\n\n     \n\n    各县(市)交通运输局、局直各单位、局机关各科室:\n\n"
        "    现将《朝阳市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)》印发给你们,请结合实际,认真组织实施。\n",
    )
    assert t == "朝交发[2022]97号关于印发《朝阳市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)》的通知"


# --- a 范文 collection's piece "篇一 …" ---------------------------------------------------------------------


def test_collection_piece_is_not_the_page_title(tmp_path):
    """Family: "篇一 关于……的调研报告" under a table of contents (rn10_tpl_guanlizhe), as "第一篇:……"."""
    t = _title(
        tmp_path,
        "- 目录\n篇一 关于加强依法行政工作建设法治政府的调研报告\n20xx年3月,国务院发布《全面推进依法行政实施纲要》,"
        "明确提出建设法治政府的奋斗目标。近年来xx区在建设法治政府方面进行了积极的尝试与探索。\n"
        "一、法治政府建设的基本情况:\n(一)贯彻国务院依法行政实施纲要、法治政府建设方面。认真贯彻依法治国基本方略。\n",
    )
    assert t is None


# --- the authors after a title ------------------------------------------------------------------------------


def test_research_group_after_the_title(tmp_path):
    """Family: "关于……的建言报告 某委员会专题调研组" in a paper (rn19_special_spxww_siping)."""
    t = _title(
        tmp_path,
        "2025年7月11日\n\n\n关于“完善矛盾排查机制 提升人民调解水平 助推基层社会治理工作高质高效”的建言报告 "
        "四平市政协社会法制和民族宗教委员会专题调研组\n\n《四平日报》(2025年7月11日) 06版\n\n"
        "习近平总书记指出,要坚持好、发展好新时代“枫桥经验”,坚持党的群众路线,正确处理人民内部矛盾。\n\n一、工作现状\n",
    )
    assert t == "关于“完善矛盾排查机制提升人民调解水平助推基层社会治理工作高质高效”的建言报告"


# --- a title under a site's blurb -----------------------------------------------------------------------------


BLURB_BODY = (
    "在“八五”普法期间,某县始终以习近平新时代中国特色社会主义思想为根本遵循,深入贯彻习近平法治思想,"
    "积极推进“八五”普法规划的稳步实施。\n一、强化组织领导,落实普法责任\n(一)科学规划普法工作\n"
)


def test_title_under_a_site_blurb(tmp_path):
    """Family: a 范文 site's blurb of a sentence or two, then the title, then the text (rn10_tpl_92read)."""
    t = _title(
        tmp_path,
        "县区八五普法工作扎实推进,普法宣传覆盖面广,法治意识显著提升。下面是网友为您分享的“县区八五普法工作总结”相关材料,"
        "供您参考学习。\n县区“八五”普法工作总结\n" + BLURB_BODY,
    )
    assert t == "县区“八五”普法工作总结"


def test_a_sentence_above_a_short_line_not_ending_as_a_title(tmp_path):
    """Counter-case: a line that does not end as a title does (工作总结, 报告…) under a sentence is not taken."""
    t = _title(
        tmp_path,
        "县区八五普法工作扎实推进,普法宣传覆盖面广,法治意识显著提升,法律服务体系逐步完善。\n县区“八五”普法工作扎实推进\n"
        + BLURB_BODY,
    )
    assert t != "县区“八五”普法工作扎实推进"


# --- a listing name with the tail of a document number, a notice's 文种 on a line of its own ------------------


NOTICE_REST = (
    "各镇街,区直各有关部门:\n\n《菏泽市定陶区安全生产“十三五”规划》已经区政府安委会审议通过,现印发给你们,请认真贯彻执行。\n\n"
    "             菏泽市定陶区人民政府安全生产委员会\n                       2016年12月30日\n"
)


def test_number_tail_listing_name_and_spaced_notice_kind(tmp_path):
    """Family: a site's listing name "17号 十三五安全生产规划" above the notice, whose headline ends "……的" with
    "通    知" on the next line (rn17_plan_dingtao_anquan_shisanwu)."""
    t = _title(
        tmp_path,
        "当前位置:首页 >> 信息公开 >> 公共监管信息 >> 安全生产\n17号 十三五安全生产规划\n2017-02-14    点击:8次\n\n"
        "菏定安发〔2016〕17号\n\n关于印发安全生产“十三五”规划的\n\n通    知\n\n" + NOTICE_REST,
    )
    assert t == "关于印发安全生产“十三五”规划的通知"


def test_spaced_notice_kind_below_the_first_lines(tmp_path):
    """The same headline below the first three lines (two listing names and a 文号): found above its addressees;
    with another word than a 文种 on the next line, no title."""
    top = "17号 十三五安全生产规划\n菏定安发〔2016〕17号\n18号 十三五消防规划\n关于印发安全生产“十三五”规划的\n"
    assert _title(tmp_path, top + "通    知\n" + NOTICE_REST) == "关于印发安全生产“十三五”规划的通知"
    assert _title(tmp_path, top + "说明\n" + NOTICE_REST) is None


def test_a_line_ending_in_de_without_a_notice_kind_below(tmp_path):
    """Counter-case: "……的" followed by another line is not completed with it."""
    t = _title(
        tmp_path,
        "17号 十三五安全生产规划\n\n关于印发安全生产“十三五”规划的\n\n说明\n\n" + NOTICE_REST,
    )
    assert t != "关于印发安全生产“十三五”规划的说明"


# --- a 文书's name as a short headline ------------------------------------------------------------------------


def test_writ_name_on_the_first_line(tmp_path):
    """Family: an entry on a kind of 文书, its name alone on the first line (rn22_acad_jendow_fuyi_jueding_shu)."""
    rest = (
        "概念\n行政复议决定书是指行政机关按《行政复议法》规定的程式,对审理终结的复议案件作出的法律文书。\n内容及结构\n"
    )
    assert _title(tmp_path, "行政复议决定书\n" + rest) == "行政复议决定书"
    assert _title(tmp_path, "行政复议工作\n" + rest) is None  # a short line of another kind stays no headline


def test_writ_heading_under_a_court_name_is_not_the_page_title(tmp_path):
    """Counter-case: a judgment's own heading under the court's name (rn20_off_chachawenshu) stays no title."""
    t = _title(
        tmp_path,
        "湖北省武汉市江岸区人民法院\n行政判决书\n(2020)鄂0102行初123号\n原告胡昌启,男,1987年12月4日出生,汉族,住武汉市江岸区。\n",
    )
    assert t is None
