"""Families found on round rn21's unseen report pages (tests/realpages/pages/rn21_*): the issuer of a page
cut before its title (the unit its first sentence names), a report sent under a cover letter whose own
title is broken over two lines, a document site's copy that opens with the file's name, and a
法治政府建设 report written in the 信息公开年报's style (Shanghai's 引言). Each test names the page it
was seen on and runs the whole pipeline on a text of that shape."""

from __future__ import annotations

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.metadata import issuer_from_lead

PARTS = (
    "\n一、推进法治政府建设的主要举措和成效\n(一)强化组织领导\n全年召开专题会议4次。\n"
    "二、存在的不足和原因\n执法力量不足。\n三、2025年工作安排\n继续加强培训。\n"
)


def _check(tmp_path, text, name="page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _lead(text: str) -> str | None:
    return issuer_from_lead([Line(no=1, text=text)], 1)


@pytest.mark.parametrize(
    "lead, want",
    [
        # rn21_rep_tj_wsjk_2024
        (
            "2024年,天津市卫生健康委以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大精神。",
            "天津市卫生健康委",
        ),
        # rn21_rep_zhuxi_quanxi_zhen_2023: 年度, then the verb 在
        (
            "2023年度,泉溪镇政府在县委、县政府的正确领导下,认真学习贯彻落实党的二十大精神,现将我镇情况报告如下:",
            "泉溪镇政府",
        ),
        # rn21_rep_by_helongjie_2024: a Guangzhou subdistrict is a 街
        (
            "2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届二中、三中全会精神。",
            "鹤龙街",
        ),
        # rn21_rep_hljmsa_2020: a province named without 省
        (
            "2020年,黑龙江海事局以习近平新时代中国特色社会主义思想为指导,大力实施国务院《全面推进依法行政实施纲要》。",
            "黑龙江海事局",
        ),
        # rn11_rep_bhwxq_binhaiwan_2024: a "在……领导下," clause first, an alias after the name
        (
            "2024年,在市委、市政府的坚强领导下,滨海湾新区(以下简称“新区”)始终坚持以习近平新时代中国特色社会主义思想为指导。",
            "滨海湾新区",
        ),
        # rn11_rep_hhtz_xixing_2024: "2024年是……之年。" first
        (
            "2024年是全面贯彻落实党的二十大精神的关键之年,也是西兴街道高质量发展的重要之年。西兴街道始终坚持以习近平法治思想为指导。",
            "西兴街道",
        ),
        # rn14_rep_zaozhuang_jyj_mirror_2023: the sentence that announces the report names the unit
        (
            "根据中共枣庄市委全面依法治市委员会办公室《关于做好法治政府建设情况报告工作的通知》,现将2023年度枣庄市教育局法治政府建设工作情况报告如下。",
            "枣庄市教育局",
        ),
        # rn18_part_dayue_shuanghe_2022: the place's party committee and government together
        ("2022年,双合镇党委、政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。", "双合镇"),
        # rn_mca_2022: a ministry's party group
        ("2022年,民政部党组坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。", "民政部"),
        # no one's name: 我局, a department named only by its level, a zone only by its kind, a bare department
        ("2024年,我局坚持以习近平法治思想为指导,全面贯彻落实省、市、区关于法治政府建设各项部署要求。", None),
        ("2024年,在省委、省政府的坚强领导下,省发展改革委坚持以习近平新时代中国特色社会主义思想为指导。", None),
        (
            "根据《法治政府建设与责任落实督察工作规定》要求,区财政局认真梳理总结2025年度法治政府建设情况,现报告如下。",
            None,
        ),
        ("2023年,高新区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻党的二十大精神。", None),
        ("县委、县政府:2024年以来,教育局坚持以习近平法治思想为指引,认真贯彻落实党的二十大精神。", None),
        ("2023年,全区各级人民政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。", None),
    ],
)
def test_issuer_from_the_lead_sentence(lead, want):
    assert _lead(lead) == want


def test_title_less_page_takes_the_lead_issuer(tmp_path):
    """Family: a page cut before its title (rn21_rep_tj_wsjk_2024): the issuer is the lead's subject."""
    lead = "2024年,天津市卫生健康委以习近平新时代中国特色社会主义思想为指导,全面推进卫生健康法治建设各项工作。现将有关情况报告如下:"
    r = _check(tmp_path, lead + PARTS)
    assert r.meta.title is None
    assert r.meta.issuer == "天津市卫生健康委"


def test_a_title_keeps_its_own_issuer(tmp_path):
    """The lead is read only when the page shows no title: a title names the issuer first."""
    title = "某某县司法局2024年度法治政府建设情况报告"
    lead = "2024年,某某县人民政府坚持以习近平新时代中国特色社会主义思想为指导。现将有关情况报告如下:"
    r = _check(tmp_path, f"{title}\n{lead}{PARTS}")
    assert r.meta.title == title
    assert r.meta.issuer == "某某县司法局"


def test_cover_letter_names_the_report_broken_over_two_lines(tmp_path):
    """Family: a report sent under a cover letter (rn21_rep_pudong_czj_cover_2023): the letter's title names the
    report in 《》, the letter's text has no 报送/请审阅 formula the other cover family reads, and the report's own
    title stands below the signature over two lines. The title is the report's; a 法治政府建设 report whose 引言
    imitates the 信息公开年报 ("本年度报告根据……《法治政府建设实施纲要》……编制", "统计期限自") stays a report."""
    text = (
        "关于报送《某某区财政局2023年度法治政府建设情况报告》的报告\n"
        "某某区法治政府建设工作领导小组办公室:\n"
        "根据法治政府建设有关工作要求,我局全面总结2023年度法治政府建设基本情况,拟写了《某某区财政局2023年度法治政府建设"
        "情况报告》,请审阅。\n特此报告。\n附件:某某区财政局2023年度法治政府建设情况报告\n某某区财政局\n2024年1月28日\n"
        "某某区财政局2023年度法治政府建设\n情况报告\n引 言\n"
        "本年度报告根据中共中央、国务院《法治政府建设实施纲要(2021-2025年)》的要求,由某某区财政局编制。全文包括2023年度法治"
        "政府建设基本情况、存在的主要问题和2024年度主要工作设想。本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。\n"
        "2023年,某某区财政局坚持法治思维,运用法治方式统筹推进财政法治建设。现将相关情况报告如下:" + PARTS
    )
    r = _check(tmp_path, text)
    assert r.meta.title == "某某区财政局2023年度法治政府建设情况报告"
    assert r.meta.title_context.startswith("关于报送《")
    assert r.meta.issuer == "某某区财政局"
    assert not any(f.rule == "not_annual_report" for f in r.findings)


def test_file_name_line_is_no_title(tmp_path):
    """Family: a document site's text of a .docx (rn21_copy_chddh_haibinjie_2020): the file's name first, then
    title, lead and headings run together on one line with spaces around the year's digits."""
    text = (
        "海滨街2020年法治政府建设情况.docx\n"
        "海滨街 2020 年法治政府建设情况报告 2020 年,在区委、区政府的正确领导下,在区法治政府 建设领导小组的指导下,海滨街严格"
        "依法行政,深入推进法治政府建设,现将工作情况报告 如下: 一、2020 年推进法治政府建设的主要举措和成效 (一)加强组织领导,"
        "奠定依法行政基础 成立以街主要领导为组长及副组长的海滨街法治政府 建设领导小组。\n"
    )
    r = _check(tmp_path, text)
    assert r.meta.title == "海滨街2020年法治政府建设情况报告"
    assert r.meta.issuer == "海滨街"
    assert r.meta.year == 2020


def test_second_clause_without_its_zai(tmp_path):
    """Family (rn23_rep_cgjd_luan_nyj_mirror_2021): two "领导下/指导下" clauses before the subject, the second
    without its 在."""
    lead = (
        "2021年,在市委、市政府的坚强领导下,省农业农村厅的正确指导下,六安市农业农村局全面贯彻落实法治政府建设各项工作要求,"
        "不断强化法治建设第一责任人职责。"
    )
    assert _lead(lead) == "六安市农业农村局"


def test_collection_piece_is_no_title(tmp_path):
    """Family: a 范文 site's collection (rn23_tpl_huxinfoam_sthj_jingxuan, rn19_tpl_xiexiebang_guifanxing_qingli_zhidu):
    "第一篇: ……情况" names the first piece, not the page; the page's headline is its title."""
    text = (
        "某某法治建设情况范文(精选3篇)\n\n更新时间:2021-07-10 来源:实用范文 投诉建议\n\n"
        "以下是为大家整理的关于法治建设情况的文章3篇 ,欢迎品鉴!\n\n第一篇: 某某法治建设情况\n\n"
        "2019年,某某局以习近平新时代中国特色社会主义思想为指导,现将2019年法治政府建设情况报告如下。\n"
        "一、2019年法治政府建设情况\n(一)主要举措\n全年培训5次。\n"
    )
    r = _check(tmp_path, text)
    assert r.meta.title == "某某法治建设情况范文(精选3篇)"


def test_announcing_line_then_part_one_names_the_unit(tmp_path):
    """Family (rn23_rep_zhengzhou_rsj_cut_2019): the page opens with the announcing sentence alone, naming the unit
    only by its level; the first paragraph of part 一 names it in full. The leader's duty is a run-in heading that
    alludes to it (强化党对法治政府建设的领导), confirmed by its own text (局长…第一责任人职责)."""
    text = (
        "现将市人力资源和社会保障局2019年度法治政府建设工作报告如下:\n"
        "一、2019年度法治政府建设主要举措和成效\n"
        "2019年以来,郑州市人力资源和社会保障局全面贯彻落实《法治政府建设实施纲要(2015—2020年)》的部署和要求,"
        "各项工作成效明显。\n"
        "(一)持续强化党对法治政府建设的领导。局党组书记、局长认真履行推进法治建设第一责任人职责,定期研究法治政府建设。\n"
        "(二)扎实推进法治政府建设各项任务的落实。全年培训5次。\n"
    )
    r = _check(tmp_path, text)
    assert r.meta.title is None
    assert r.meta.issuer == "郑州市人力资源和社会保障局"
    assert {e.id: e.status for e in r.elements}["leader_duty"] == "present"


def test_announcing_line_with_a_bare_unit_and_no_named_lead(tmp_path):
    """The same shape whose part 一 opens with "我局": no one is named, no issuer."""
    text = (
        "现将我局2022年度法治政府建设工作报告如下:\n一、主要举措和成效\n"
        "2022年,我局坚持以习近平法治思想为指导,全面推进依法行政,各项工作取得新成效。\n(一)加强学习\n全年培训5次。\n"
    )
    assert _check(tmp_path, text).meta.issuer is None


def test_long_bulleted_metadata_list_then_title(tmp_path):
    """Family (rn23_rep_baoshan_lcj_bullets_2024): a metadata list with each label and each value on its own bullet
    pushes the title below the eighth line; the bullets are the page's furniture."""
    head = (
        "• 索引号\n  • 01525526-8/20250217-00001\n  • 发布机构\n  • 某某市林业和草原局\n  • 公开目录\n  • 重点工作\n"
        "  • 发布日期\n  • 2025-02-17\n  • 文号\n  • 浏览量\n  • 主题词\n"
    )
    title = "某某市林业和草原局2024年度法治政府建设成效报告"
    lead = "2024年,某某市林业和草原局在市委、市政府的正确领导下,切实加快推进法治政府建设。现将具体工作报告如下。"
    r = _check(tmp_path, f"{head}{title}\n\n{lead}{PARTS}")
    assert r.meta.title == title
    assert r.meta.issuer == "某某市林业和草原局"
    assert r.meta.published.isoformat() == "2025-02-17"


def test_metadata_table_row_is_no_headline(tmp_path):
    """Family (rn23_rep_gssn_lcj_table_2025): a markdown-style metadata table above a page without a title; its rows
    ("| 公开形式 | 责任部门 | ||") are no headline, even right above the row with the date."""
    head = (
        "| 索引号 | 620721125/2026-00002 | 发文字号 | 肃林草发〔2026〕6号 |\n|---|---|---|---|\n"
        "| 关键词 | 发布机构 | 某某县林草局 | |\n| 公开形式 | 责任部门 | ||\n| 生成日期 | 2026-01-16 18:00:00 | 是否有效 |\n"
    )
    lead = "2025年,我局法治政府建设坚持以习近平新时代中国特色社会主义思想为指导,统筹推进普法、执法、监督等各项工作。现报告如下:"
    r = _check(tmp_path, head + lead + PARTS)
    assert r.meta.title is None
    assert r.meta.issuer is None


def test_subject_followed_by_a_comma(tmp_path):
    """Family (rn23_rep_cxs_lcj_comma_2024): "楚雄市林业和草原局,以全面推进依法行政……为目标"."""
    lead = "2024年,在市委、市政府的正确领导下,楚雄市林业和草原局,以全面推进依法行政、依法履职、依法办事为目标,切实抓好各项工作。"
    assert _lead(lead) == "楚雄市林业和草原局"


def test_leader_duty_heading_opening_with_a_run_in_item(tmp_path):
    """Family (rn23_rep_jinhua_yjj_alias_2020): "(一)强化法治建设党的领导" whose first line is an item "一是认真落实
    党政主要负责人推进法治建设第一责任人职责,局长带头……": the item is the section's opening, which confirms the
    alluding heading."""
    text = (
        "某某市应急管理局关于2020年度法治政府建设工作情况的报告\n"
        "2020年,我局积极推进法治政府建设。现将履行法治建设情况报告如下:\n一、主要工作情况\n(一)强化法治建设党的领导\n"
        "一是认真落实党政主要负责人推进法治建设第一责任人职责,局长带头学习,对法治建设工作做到重要工作亲自部署。"
        "二是认真落实局党委学法用法制度。\n(二)推进“最多跑一次”提质扩面\n全年办理许可47件。\n"
    )
    r = _check(tmp_path, text)
    assert {e.id: e.status for e in r.elements}["leader_duty"] == "present"


def test_spaced_name_label_is_no_part_of_the_title(tmp_path):
    """Family (rn23_rep_xialuqu_mzj_2025): a metadata block's title row "名 称: X报告" (label characters spaced out)
    stands above the title itself."""
    title = "某某区民政局2025年度法治政府建设年度报告"
    head = f"- 设为首页\n- 无障碍阅读\n名 称: {title}\n索 引 号: 000014349/2026-09474 发布日期: 2026-01-30 发布机构: 某某区民政局\n"
    r = _check(tmp_path, f"{head}{title}\n根据工作要求,现将某某区民政局2025年度法治政府建设情况报告如下:{PARTS}")
    assert r.meta.title == title
    assert r.meta.issuer == "某某区民政局"
