"""Titles of look-alike pages as a reader sees them (rounds rn30-rn32, helper acc25): each test names the
family and the page of tests/realpages it was seen on, and runs the whole pipeline on that page's opening
(real text, saved as a .txt file)."""

from __future__ import annotations

from checker.pipeline import check_path

BODY = "为深入贯彻习近平法治思想,推进依法治理,结合实际,制定本方案。\n一、总体要求\n坚持党的领导。\n"


def _title(tmp_path, text: str, encoding: str = "utf-8"):
    p = tmp_path / "page.txt"
    p.write_bytes(text.encode(encoding))
    return check_path(str(p)).meta.title


def test_headline_broken_after_the_law_it_names(tmp_path):
    """rn30_special_npc_senlinfa_zhifa_jiancha_2025: issuer / 关于检查《X法》 / 实施情况的报告."""
    text = (
        "当前位置:首页\n\n全国人民代表大会常务委员会执法检查组\n关于检查《中华人民共和国森林法》\n实施情况的报告\n\n"
        "——2025年10月26日在第十四届全国人民代表大会常务委员会第十八次会议上\n\n全国人民代表大会常务委员会:\n"
        "  森林是陆地生态系统的主体,是人类生存的根基。\n"
    )
    assert (
        _title(tmp_path, text) == "全国人民代表大会常务委员会执法检查组关于检查《中华人民共和国森林法》实施情况的报告"
    )


def test_a_headline_ending_with_a_book_title_stays_whole(tmp_path):
    """The law's name ends the headline when the next line is the text, not the headline's rest."""
    text = "当前位置:首页\n\n全国人民代表大会常务委员会执法检查组\n关于检查《中华人民共和国森林法》\n\n" + BODY
    assert _title(tmp_path, text).endswith("《中华人民共和国森林法》")


def test_long_notice_headline_above_its_addressees(tmp_path):
    """rn30_plan_jxfz_fuzhou_shishi_fangan_2022: a metadata box, then a 印发 notice's long headline."""
    head = "中共抚州市委 抚州市人民政府 关于印发《抚州市法治政府建设实施方案(2022-2025年)》的通知"
    text = (
        "当前位置:\n首页\n> 政府信息公开 > 政策文件\n  • 索 引 号:FZ0007/2022-43330\n    发文机关: 市司法局\n"
        f"    文   号:\n  • 文件有效性:\n    成文日期: 2022-04-24\n\n{head}\n\n来源: 抚州市司法局\n\n"
        "各县(区)委、县(区)人民政府,市委各部门,市直各单位,各人民团体:\n\n现将《抚州市法治政府建设实施方案(2022-2025年)》"
        "印发给你们,请结合实际认真贯彻执行。\n"
    )
    assert _title(tmp_path, text) == head


def test_document_site_counts_and_page_fields_above_the_title(tmp_path):
    """rn30_tmpl_book118_yingshang_tiaoli_qingkuang_2026: "- 约26页" bullets and a Word PAGE field."""
    text = (
        "- 0\n- 0\n- 约1.38万字\n- 约 26页\n- 2026-03-05 发布于山东\n- 举报\n研究报告\nPAGE\n1-\n"
        "2026年贯彻落实优化营商环境条例工作情况报告(通用)\n一、总体工作概述\n1.1工作背景\n"
        "(1)近年来,我国经济持续快速发展,营商环境的重要性日益凸显。\n"
    )
    assert _title(tmp_path, text) == "2026年贯彻落实优化营商环境条例工作情况报告(通用)"


def test_html_attribute_tail_and_byline_above_a_paper(tmp_path):
    """rn31_acad_zgkjsz_shaoyuting_quanli_qingdan_trad_2015 (traditional characters, Big5-free UTF-8)."""
    text = (
        '——以行政權力清單梳理為視角"/>\n□ 邵玉婷\n?\n行政權力清理中的行政權力甄別與辨析\n——以行政權力清單梳理為視角\n'
        "□ 邵玉婷\n行政權是整個行政法學體系中的基礎性概念。行政權力清理工作的關鍵在於,明確、科學界定行政權力。\n"
    )
    assert _title(tmp_path, text) in (
        "行政权力清理中的行政权力甄别与辨析——以行政权力清单梳理为视角",
        "行政权力清理中的行政权力甄别与辨析--以行政权力清单梳理为视角",
    )


def test_an_articles_introduction_is_no_headline(tmp_path):
    """rn31_acad_seridoat_sifaju_shehui_zhili: "引言:……" opens the copy, the headline is not on the page."""
    text = "引言:司法局在社会治理中的核心作用\n在当前社会治理体系中,司法局作为法治建设的重要推动者,肩负着重任。\n"
    assert _title(tmp_path, text) is None


def test_headline_printed_twice_and_an_edition_below(tmp_path):
    """rn30_interp_ahrd_tongji_banfa_2026 (the headline twice) and rn30_special_guoji_…_baipishu_2024 ((2024))."""
    twice = "强化统计立法保障 赋能高质量发展\n强化统计立法保障 赋能高质量发展\n\n2025年12月31日,省人大常委会表决通过了办法。\n"
    assert _title(tmp_path, twice) == "强化统计立法保障 赋能高质量发展"
    paper = "行政检察工作白皮书\n(2024)\n最高人民检察院\n2025年3月\n目 录\n前 言\n一、行政检察工作基本情况\n"
    assert _title(tmp_path, paper) == "行政检察工作白皮书(2024)"


def test_spam_banner_and_site_brand_above_the_headline(tmp_path):
    """rn30_acad_victorzhang_xiangzhen_lujing_trad_2021 and rn30_acad_kuaihz_wangchenwei_guanli_zhili."""
    spam = (
        "亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,91视频爱爱,日韩欧美在线播放视频\n\n?\n\n"
        "论乡镇法治政府建设路径的法治化\n\n2021-11-30 18:20:34夏正林\n\n\n夏正林\n\n一、引言\n"
    )
    assert _title(tmp_path, spam) == "论乡镇法治政府建设路径的法治化"
    brand = "快好知 kuaihz\n\n王琛伟:我国行政体制改革演进轨迹:从“管理”到“治理”\n\n“管理”与“治理”在参与者、目标、过程等方面都有本质不同。\n"
    assert _title(tmp_path, brand) == "王琛伟:我国行政体制改革演进轨迹:从“管理”到“治理”"


def test_masthead_with_contact_rows_and_a_date_number_suffix(tmp_path):
    """rn32_guide_fneeau_gongping_jingzheng_yijian_trad_2016: a company's name and contact rows above the page."""
    text = (
        "合肥交通投资控股有限公司\n地址 合肥市阜阳北路北环高速入口处\n电话 0551 6272 0017\n传真 0551 6697 7666\n"
        "邮编 231131\n您所在的位置:首页 > 企业管理 > 详细信息\n"
        "国务院关于在市场体系建设中建立公平竞争审查制度的意见 ( 2016年6月1日 国发〔2016〕34号)\n  • 访问: 1425\n\n"
        "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n\n公平竞争是市场经济的基本原则。\n"
    )
    assert _title(tmp_path, text) == "国务院关于在市场体系建设中建立公平竞争审查制度的意见"


def test_short_breadcrumb_and_its_column_name_above_the_title(tmp_path):
    """rn32_guideline_whla_lvxie_zhangcheng_2023: "行业建设>协会章程" / "协会章程" / the charter's title."""
    text = (
        "武汉市律师协会\n\n行业建设\n\n行业建设>协会章程\n\n协会章程\n\n武汉市律师协会章程\n\n"
        "(1999年12月22日第三次武汉市律师代表大会通过;\n\n2023年12月20日武汉市第七次律师代表大会修订。)\n\n第一章 总则\n"
    )
    assert _title(tmp_path, text) == "武汉市律师协会章程"


def test_a_category_value_in_a_metadata_row_is_no_title(tmp_path):
    """rn32_report_qjq_hunanzhen_2023: "组配分类: | 法治政府建设年度工作报告 |" names the column."""
    text = (
        "当前位置: 首页 |\n|\n索引号: | 330803-070/2024-68685 | 组配分类: | 法治政府建设年度工作报告 |\n"
        "发布机构: | 湖南镇 | 发文日期: | 2024-02-28 |\n"
        "2023年,在区委、区政府的正确领导下,我镇坚持以习近平新时代中国特色社会主义思想为指导。现将工作报告如下:\n"
        "一、2023年主要工作举措和成效\n"
    )
    assert _title(tmp_path, text) is None


def test_a_name_glued_to_the_first_heading_at_the_top(tmp_path):
    """rn32_template_wnwk_yifa_zhizhen_2023 and rn32_template_xinyuwenchuang_xiangzhen_fangan_5pian_2023."""
    assert _title(tmp_path, "2023年依法治镇工作一、认真贯彻落实县依法治县2023年工作要点1、认真贯彻落实。\n") == (
        "2023年依法治镇工作"
    )
    five = "乡镇2023法治政府建设工作方案【5篇】第一篇:乡镇2023法治政府建设工作方案为深入贯彻落实,特制定本实施方案。\n"
    assert _title(tmp_path, five) == "乡镇2023法治政府建设工作方案【5篇】"
