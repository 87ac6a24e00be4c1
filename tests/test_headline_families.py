"""Headlines of real pages as a reader sees them (issue 9 item 3, second round):
each test names the family of pages it serves and the page of tests/realpages it
was seen on, and runs the whole pipeline on the opening of that page (real text)."""

from __future__ import annotations

import pytest

from checker.model import SourceText
from checker.normalize import normalize
from checker.normalize.shown import restore, shown_lines
from checker.pipeline import check_path
from checker.structure.headline import block_below, headline_form, not_headline


def _meta(tmp_path, text: str):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p)).meta


# --- a headline set over two or three lines ----------------------------------


def test_headline_over_two_lines(tmp_path):
    """Family: a list or notice whose headline breaks after the subject (rn2_duty_list_panjin_2023)."""
    meta = _meta(
        tmp_path,
        "您现在所在的位置: 首页 > 要闻动态 > 盘锦要闻\n\n盘锦市党政主要负责人履行推进法治建设\n第一责任人职责清单\n\n"
        "发布时间:2023-05-19 信息来源:盘锦市司法局 浏览次数:1472\n"
        "  为深入贯彻习近平法治思想,持续推动党政主要负责人切实履行推进法治建设第一责任人职责,结合盘锦实际,"
        "制定《盘锦市党政主要负责人履行推进法治建设第一责任人职责清单》如下。\n\n  一、基本原则\n",
    )
    assert meta.title == "盘锦市党政主要负责人履行推进法治建设第一责任人职责清单"


def test_a_site_name_or_breadcrumb_above_is_not_a_first_line(tmp_path):
    """A breadcrumb item right above a news headline stays out of it (rn4_news_shanghai_npc_zhurenhuiyi_2015)."""
    meta = _meta(
        tmp_path,
        "移动新媒体\n中国搜索\n微阅读 > 中国观察\n人大将评议上半年政府工作 殷一璀主持,常委会会议20日起召开\n"
        "2015-07-14 03:09:06\n\n\n本报讯(王海燕 冯丽华)昨天,市人大常委会举行第五十次主任会议,决定市十四届人大常委会"
        "第二十二次会议于7月20日至22日举行。\n",
    )
    assert meta.title == "人大将评议上半年政府工作 殷一璀主持,常委会会议20日起召开"


@pytest.mark.parametrize(
    "head, title",
    [
        # a red-header 通报: issuer / 关于…… / ……的通报 (lk_assess_siping_2019)
        (
            "四平市人民政府文件\n四政函〔2020〕103号\n四平市人民政府\n关于2019年度全市法治政府\n建设(依法行政)考核结果的通报\n",
            "四平市人民政府关于2019年度全市法治政府建设(依法行政)考核结果的通报",
        ),
        # a 印发 notice with its 文号 first (lk_plan_xiping_anpai_2020): the 文号 is not part of it
        (
            "西政办〔2020〕20号\n西平县人民政府办公室\n关于印发西平县2020年度法治政府建设\n工作安排的通知\n",
            "西平县人民政府办公室关于印发西平县2020年度法治政府建设工作安排的通知",
        ),
    ],
)
def test_red_header_headline_over_three_lines(tmp_path, head, title):
    meta = _meta(
        tmp_path, head + "各县(市)区人民政府,各开发区管委会,市政府各相关部门:\n现将考核结果通报如下:\n一、优秀单位\n"
    )
    assert meta.title == title


def test_block_needs_a_document_kind_at_its_end():
    from checker.model import Line

    body = [Line(1, "某某县人民政府"), Line(2, "关于2019年度全县法治政府"), Line(3, "各乡镇人民政府:")]
    assert block_below(body, 0) is None


# --- subtitles, editions, bylines ------------------------------------------------


def test_subtitle_line_and_the_pages_dash(tmp_path):
    """Family: a journal article whose subtitle “——以……为例” is set on its own line
    (rn5_acad_zhejiang_xiangzhen_gaige_2023); the page's —— stays in the title."""
    meta = _meta(
        tmp_path,
        "乡镇(街道)法治化综合改革的实践路径与体系化构建\n——以浙江省为例\n2023-01-08蒋建森浙江省司法厅副厅长\n"
        "蒋建森(浙江省司法厅副厅长)\n近年来,浙江省司法行政系统全面贯彻落实司法部和省委、省政府关于加强基层法治建设的"
        "决策部署,部署开展乡镇(街道)法治化综合改革试点。\n一、改革试点的背景概述\n",
    )
    assert meta.title == "乡镇(街道)法治化综合改革的实践路径与体系化构建——以浙江省为例"
    assert meta.title_norm == "乡镇(街道)法治化综合改革的实践路径与体系化构建--以浙江省为例"


def test_edition_stays_in_the_title(tmp_path):
    """Family: a guide whose headline names its edition (rn3_guide_chuzhou_shifan_zhibiao_2021)."""
    meta = _meta(
        tmp_path,
        "市县法治政府建设示范指标体系(2021年版)\n\n发布日期:2021-09-02 10:17 作者:滁州市财政局站管 来源:司法部\n\n"
        "中央依法治国办坚持以习近平新时代中国特色社会主义思想为指导,修订形成《市县法治政府建设示范指标体系》(2021年版),"
        "作为开展示范创建活动的评估标准。\n一、政府职能依法全面履行\n",
    )
    assert meta.title == "市县法治政府建设示范指标体系(2021年版)"


def test_byline_after_a_slash_is_dropped_and_the_dash_kept(tmp_path):
    """Family: law-library pages that glue the author after the headline (rn4_acad_law793_fuyi_xingzhi)."""
    meta = _meta(
        tmp_path,
        "您的位置: 首页 » 法律资料网 » 法律论文 »\n\n行政还是司法?——从我国行政复议的性质说起/秦旭东\n\n"
        "时间:2024-07-04 20:06:16 来源: 法律资料网 作者:法律资料网 阅读:9825\n下载地址: 点击此处下载\n"
        "现代社会,“随着行政权的膨胀和积极行政的日益兴起,行政纠纷日益增多,公民的基本权利受到诸多威胁”。为了保障公民权利、"
        "防止行政权的滥用,必须建立各种监督制度和救济途径,行政复议就是其中重要的一种。\n",
    )
    assert meta.title == "行政还是司法?——从我国行政复议的性质说起"


def test_headline_form():
    assert headline_form("行政还是司法?--从我国行政复议的性质说起/秦旭东") == "行政还是司法?--从我国行政复议的性质说起"
    assert headline_form("依法行政的若干问题研究 作者:张三") == "依法行政的若干问题研究"
    assert headline_form("首页/政务") == "首页/政务"  # too short a rest: not a byline
    # a file name: 文号 then the quoted title, whose inner quotes 〈〉 are the title's own 《》
    assert (
        headline_form("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》")
        == "北京市人民政府办公厅关于印发《北京市2016年政务公开工作要点》的通知"
    )


def test_file_name_form_with_the_document_number(tmp_path):
    """Family: mirrors that head a notice with its file name (rn5_plan_beijing_zhengwu_yaodian_2016)."""
    meta = _meta(
        tmp_path,
        "京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
        "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n"
        "各区人民政府,市政府各委、办、局,各市属机构:\n"
        "《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n",
    )
    assert meta.title == "北京市人民政府办公厅关于印发《北京市2016年政务公开工作要点》的通知"


# --- furniture where a headline would be -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "专栏省内政策法规",
        "栏目:工作动态",
        "• 内容分类:“十二五”规划",
        "· 发布单位:荣成市人民政府",
        "某某区人民政府办公室政府信息公开",
        "首页English",  # a newspaper site's navigation bar (光明日报 epaper)
        "县政办发〔2024〕8号   签发人:刘志强",  # a 公文's document number and signer, in any document
        "四政函〔2020〕103號",
        "签发人:张明",
    ],
)
def test_furniture_is_not_a_headline(text):
    assert not_headline(text)


@pytest.mark.parametrize(
    "text", ["于立深:改革开放40年我国高等教育法治化的基本经验", "关于印发洛阳市社会信用体系建设方案的通知"]
)
def test_headlines_are_not_furniture(text):
    assert not not_headline(text)


@pytest.mark.parametrize(
    "head, title",
    [
        # a column tag glued to the column's name under the headline (rn2_plan_luoyang_xinyong_2015)
        (
            "登录   |注册\n您所在位置:首页  >  政策法规  >  省内政策法规\n"
            "洛阳市人民政府办公室关于印发洛阳市社会信用体系建设方案的通知\n专栏省内政策法规\n"
            "来源:信用新县  |  发布时间: 2018-11-16\n\n洛政办〔2015〕10号\n",
            "洛阳市人民政府办公室关于印发洛阳市社会信用体系建设方案的通知",
        ),
        # a metadata list set as bullets above the headline (rn4_plan_rongcheng_wuwu_2011)
        (
            "首页\n>政府信息公开>信息公开目录>规划计划>专项规划>“十二五”规划\n    • 索引号:11371082004363781R-RC/2021-10903\n"
            "    • 发布单位:荣成市人民政府\n    • 内容分类:“十二五”规划\n    • 成文日期:2021-12-14\n"
            "    • 有效性/截止日期:2021-12-14\n    • 文号:\n\n"
            "荣成市人民政府关于印发《荣成市全面推进依法行政第五个五年规划(2011—2015年)》的通知\n\n"
            "时间:2021年11月22日 10:24 来源:荣成市人民政府 浏览次数:\n\n",
            "荣成市人民政府关于印发《荣成市全面推进依法行政第五个五年规划(2011—2015年)》的通知",
        ),
        # a 政府信息公开 platform's banner; the metadata table names the page (rn2_plan_nansha_yaodian_2020)
        (
            "政府信息公开 规章库\n\n广州南沙开发区管委会办公室、广州市南沙区人民政府办公室政府信息公开\n\n"
            "索引号: 11440115MB2D065126/2020-00071 分类: 综合政务\n"
            "发布机构: 广州南沙开发区管委会办公室、广州市南沙区人民政府办公室 成文日期: 2020-05-21\n"
            "名称: 广州市南沙区人民政府办公室关于印发南沙区2020年依法行政工作要点的通知\n"
            "文号: 穗南府办函〔2020〕4号 发布日期: 2020-05-26\n",
            "广州市南沙区人民政府办公室关于印发南沙区2020年依法行政工作要点的通知",
        ),
        # a site menu set one item a line above an article's headline (rn3_acad_zjlegal_gaodeng_2019)
        (
            "首页\n研究会简介\n新闻动态\n通知公告\n浙江法学盘点\n于立深:改革开放40年我国高等教育法治化的基本经验\n"
            "( 发布日期:2019/1/2 阅读:792次 关闭\n\n",
            "于立深:改革开放40年我国高等教育法治化的基本经验",
        ),
        # a breadcrumb with slashes; the page's 二〇二三 stays in the title (rn6_off_tongji_zizhou_2023)
        (
            "首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文\n\n子洲县二〇二三年国民经济和社会发展统计公报\n\n"
            "子洲县二〇\n\n国民经济和社会发展统计公报\n\n子洲县统计局\n\n2024年4月15日\n\n",
            "子洲县二〇二三年国民经济和社会发展统计公报",
        ),
    ],
)
def test_furniture_around_a_notice_headline(tmp_path, head, title):
    body = "各县(市、区)人民政府,市人民政府有关部门:\n《方案》已经市政府同意,现印发给你们,请认真组织实施。\n"
    assert _meta(tmp_path, head + body).title == title


def test_slash_breadcrumb_only_from_the_home_page():
    from checker.model import Line
    from checker.structure.chrome import is_chrome

    assert is_chrome(Line(1, "首页/ 政务公开/ 法定主动公开内容/ 统计信息/ 统计公报/ 正文"))
    assert not is_chrome(Line(1, "行政许可/行政处罚/行政强制"))


# --- a cover letter that is itself a 报告 ---------------------------------------


def test_cover_letter_report_yields_to_the_attached_report(tmp_path):
    """Family: a department's 报告 to the provincial leadership that only sends its
    annual report ("现呈送……报告,请审阅") (rn5_rep_zhejiang_wjw_cover_2023)."""
    meta = _meta(
        tmp_path,
        "浙卫〔2024〕3号《浙江省卫生健康委关于2023年度法治政府建设情况的报告》\n"
        "浙江省卫生健康委关于2023年度法治政府建设情况的报告\n浙卫〔2024〕3号\n省委、省政府:\n"
        "根据中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》及省委、省政府有关部署要求,"
        "现呈送我委2023年度法治政府建设情况报告,请审阅。\n浙江省卫生健康委\n2024年3月8日\n"
        "浙江省卫生健康委2023年度法治政府建设情况报告\n"
        "在省委省政府的坚强领导下,省卫生健康委坚持以习近平新时代中国特色社会主义思想为指导,压紧压实法治政府建设责任,"
        "各项工作取得积极成效。\n一、2023年度法治政府建设主要情况\n",
    )
    assert meta.title == "浙江省卫生健康委2023年度法治政府建设情况报告"
    assert meta.title_context == "浙江省卫生健康委关于2023年度法治政府建设情况的报告"


def test_report_that_reports_itself_keeps_its_title(tmp_path):
    """A report's own "现将……报告如下" is not a cover letter."""
    meta = _meta(
        tmp_path,
        "某某县人民政府关于2023年度法治政府建设情况的报告\n市委、市政府:\n"
        "2023年,我县深入学习贯彻习近平法治思想,全面推进法治政府建设。现将有关情况报告如下:\n"
        "一、主要举措和成效\n某某县2024年法治政府建设工作要点已印发。\n",
    )
    assert meta.title == "某某县人民政府关于2023年度法治政府建设情况的报告" and meta.title_context is None


# --- the page's own characters in the title ------------------------------------


def test_shown_lines_keep_only_dash_and_year_changes():
    src = SourceText(
        path="x.txt",
        format="txt",
        lines=[
            "比较视角的法治政府评价实证研究——以2017年广东省为例",
            "二〇二三年工作总结",
            "（一）全角括号",
            "第一责★任人——说明",
        ],
    )
    norm = normalize(src)
    shown = norm.hints["shown"]
    assert shown[1] == [
        "比较视角的法治政府评价实证研究--以2017年广东省为例",
        "比较视角的法治政府评价实证研究——以2017年广东省为例",
    ]
    assert shown[2] == ["2023年工作总结", "二〇二三年工作总结"]
    assert 3 not in shown  # nothing but NFKC changed there
    assert shown[4][1] == "第一责任人——说明"  # junk dropped alike in both forms
    assert shown_lines(["a"], ["a"]) == {}


def test_restore_needs_context():
    pairs = [["规划(2011-2015年)的通知", "规划(2011—2015年)的通知"]]
    assert restore("某市关于印发规划(2011-2015年)的通知", pairs) == "某市关于印发规划(2011—2015年)的通知"
    assert restore("2011-2012", pairs) == "2011-2012"  # another span: left as it is


def test_report_rules_match_the_normalized_title(tmp_path):
    """A report titled with Chinese-numeral years shows them, and its year and the
    title rule read the normalized form (seed-like report)."""
    p = tmp_path / "r.txt"
    p.write_text(
        "某某县人民政府二〇二三年度法治政府建设情况报告\n"
        "2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设。现将有关情况报告如下:\n"
        "一、2023年主要举措和成效\n全年开展培训5次。\n",
        encoding="utf-8",
    )
    rep = check_path(str(p))
    assert rep.meta.title == "某某县人民政府二〇二三年度法治政府建设情况报告"
    assert rep.meta.year == 2023 and rep.meta.year_source == "title"
    assert not [f for f in rep.findings if f.rule == "title_format"]


# --- ☆ placeholders of template pages (normalize) ----------------------------------


@pytest.mark.parametrize(
    "raw, clean",
    [
        # a 范文 page's blanks stand where a number would (rn3_tpl_dawenge_pufa_huibao): kept
        ("出台实施方案,列出☆个市直部门☆项普法责任清单", "出台实施方案,列出☆个市直部门☆项普法责任清单"),
        ("将涉及交通、社保等☆多个重点领域纳入", "将涉及交通、社保等☆多个重点领域纳入"),
        ("全年办理★★件", "全年办理★★件"),
        # spam injected inside a word still goes, also before a measure word's character when it is no placeholder
        ("第一责★任人", "第一责任人"),
        ("主要负★责人", "主要负责人"),
        ("开展◆次培训", "开展次培训"),
    ],
)
def test_placeholders_before_a_measure_word_are_kept(raw, clean):
    from checker.normalize import normalize_line

    assert normalize_line(raw) == clean
    assert normalize(SourceText("p.txt", "txt", [raw])).lines[0].text == clean


def test_template_with_star_placeholders_is_named(tmp_path):
    """The 范文 page's placeholders reach the template kind (rn3_tpl_dawenge_pufa_huibao)."""
    p = tmp_path / "t.txt"
    p.write_text(
        "正文复制\n\n“七五”普法及“谁执法谁普法”情况汇报\n"
        "落实“谁执法谁普法”责任、深入推进“七五”普法是推进全面依法治国的先决条件,我们深感责任重大,压力倍增。今年以来,"
        "我市根据国家、省、市“七五”普法规划部署,精心组织、创新举措、分类施教,扎实推进法治宣传教育工作。\n"
        "一、健全机制,不断增强普法续航力\n"
        "二是统一责任主体。出台“谁执法谁普法”实施方案,列出☆个市直部门☆项普法责任清单。尤其是将涉及交通、社保、环保、"
        "文化、教育、安全等☆多个重点领域和民生领域的法律法规纳入常态化普法内容。\n",
        encoding="utf-8",
    )
    findings = [f for f in check_path(str(p)).findings if f.rule == "not_annual_report"]
    assert findings and "范文" in findings[0].message


def test_template_headline_glued_to_its_text(tmp_path):
    """Family: doc-sharing template pages that lose every line break; the word 范文
    ends the headline (lk_tpl_777doc_banian). The blanked issuer ("市") is no issuer."""
    meta = _meta(
        tmp_path,
        "市2020年上半年法治政府建设工作总结范文一是加强制度建设,不断完善依法行政制度一是精心部署法治政府建设工作。"
        "根据《XX市法治政府建设行动方案(2021-2021)》及《XX市2021年法治政府建设暨依法行政工作实施方案》,结合我市实际,"
        "研究制定了《XX市2021年法治政府建设责任分解表》,明确了年度法治政府建设工作目标。\n",
    )
    assert meta.title == "市2020年上半年法治政府建设工作总结范文"
    assert meta.issuer is None


def test_glued_text_without_the_template_word_is_not_cut(tmp_path):
    meta = _meta(
        tmp_path,
        "市2020年上半年法治政府建设工作总结了全市依法行政的经验,明确了年度法治政府建设工作目标,把推进法治政府建设"
        "各项具体工作任务、要求落实到各镇处及政府各部门,使法治政府建设工作有目标、有步骤、可操作地深入推进。\n",
    )
    assert meta.title is None


@pytest.mark.parametrize(
    "head, title, issuer",
    [
        # a 解读 page's genre tag is part of its headline (lk_interp_qingshui_2023, lk_interp_lieshan_2024)
        (
            "【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读",
            "【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读",
            "清水县人民政府",
        ),
        # a column tag on a report is not (family: 【2022年】 tags on county portals)
        ("【2023年】某某县2023年度法治政府建设情况报告", "某某县2023年度法治政府建设情况报告", "某某县"),
    ],
)
def test_genre_tag_kept_column_tag_cut(tmp_path, head, title, issuer):
    meta = _meta(
        tmp_path,
        head + "\n发布时间:2024-03-28\n2023年,我县坚持以习近平新时代中国特色社会主义思想为指导,全面推进法治政府建设,"
        "各项工作取得新成效。现将有关情况报告如下:\n一、主要举措和成效\n",
    )
    assert (meta.title, meta.issuer) == (title, issuer)


@pytest.mark.parametrize(
    "above, headline",
    [
        ("依法治区专题 工作动态", "某某区召开2024年法治政府建设推进会议"),  # a column's name
        ("某某区人民政府门户网站", "某某区召开2024年法治政府建设推进会议"),  # a portal's banner
    ],
)
def test_column_or_banner_above_a_news_headline_is_not_joined(tmp_path, above, headline):
    meta = _meta(
        tmp_path,
        f"{above}\n{headline}\n发布时间:2024-03-28 来源:区司法局\n"
        "3月27日,区政府召开2024年法治政府建设推进会议,总结2023年法治政府建设工作,部署2024年重点任务。区长出席会议并讲话。\n",
    )
    assert meta.title == headline


def test_a_news_headline_ending_in_website_is_a_headline():
    assert not not_headline("某某区启用新版政府门户网站")


def test_issuer_line_above_a_two_line_notice_headline(tmp_path):
    """Family: a 印发 notice page: the issuer's line, then "关于印发……" broken in two
    above the page's date stamp (lk_plan_xiping_anpai_2020 without its 文号)."""
    meta = _meta(
        tmp_path,
        "西平县人民政府办公室\n关于印发西平县2020年度法治政府建设\n工作安排的通知\n发布时间:2020-07-10\n"
        "各乡镇人民政府,各街道办事处,产业集聚区管委会,县直有关单位:\n"
        "《西平县2020年度法治政府建设工作安排》已经县政府同意,现印发给你们,请认真贯彻执行。\n",
    )
    assert meta.title == "西平县人民政府办公室关于印发西平县2020年度法治政府建设工作安排的通知"


def test_metadata_values_on_their_own_lines_are_not_headlines(tmp_path):
    """Family: 政府信息公开 metadata as bullets whose values sit on the next line; the
    document number above the date is not the headline (镇巴县人民政府工作规则 page)."""
    meta = _meta(
        tmp_path,
        "返回顶部\n\n镇巴县人民政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n"
        "  • 发文机构:\n\n    县政府网站\n  • 发文字号:\n\n    镇政发〔2024〕7号\n  • 发文日期:\n\n"
        "    2024年04月06日 16:40\n  • 有效性:\n\n  • 发布日期:\n\n    2024年04月06日 16:34\n\n镇巴县人民政府工作规则\n\n"
        "第一章总则\n\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,"
        "结合本县实际,制定本规则。\n",
    )
    assert meta.title == "镇巴县人民政府工作规则"


@pytest.mark.parametrize(
    "text, title",
    [
        # a headline broken after "……办公室关于" (rn3_guide_guangdong_zhifa_yangshi_2018)
        (
            "广东省依法行政工作领导小组办公室关于\n印发行政执法年度数据公开样式的通知\n"
            "各地级以上市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:\n"
            "为切实推进行政执法公示工作,现将行政执法年度数据公开样式印发给你们,请遵照执行。\n",
            "广东省依法行政工作领导小组办公室关于印发行政执法年度数据公开样式的通知",
        ),
        # a journal article: author's line, then the title with a footnote mark before its subtitle; the
        # subtitle's —— is no site separator and the page's —— stays (lk_acad_zhangzhiyuan_2016)
        (
            "章志远\n法治政府建设的三重根基*——《法治政府建设实施纲要(2015-2020年)》精神解读\n章志远**\n"
            "摘 要:中共中央、国务院印发的《法治政府建设实施纲要(2015-2020年)》为2020年基本建成法治政府描绘了蓝图。\n",
            "法治政府建设的三重根基——《法治政府建设实施纲要(2015-2020年)》精神解读",
        ),
        # a metadata list without bullets under the headline; the 发布单位 item is not it (rn3_gi_yingjibu_2023)
        (
            "安全管理网\n\n点击数:   更新日期:2024年01月25日\n\n"
            "中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告\n\n"
            "发 文 号:公告 2024年 第1号\n发布单位:应急管理部\n发布日期:2024-01-24\n\n"
            "按照《中华人民共和国政府信息公开条例》(国务院令第711号)有关要求,我部编制了2023年政府信息公开工作年度报告。\n",
            "中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告",
        ),
        # a newspaper's byline above the lead is no headline (rn4_news_shanghai_zutuan_2018)
        (
            "□记者 陈颖婷 通讯员 龚宇一\n本报讯 市十五届人大一次会议将于1月23日开幕。昨天下午,受市人大常委会主任会议委托,"
            "召开了各代表团组团会议。\n",
            None,
        ),
    ],
)
def test_more_headline_shapes(tmp_path, text, title):
    assert _meta(tmp_path, text).title == title


def test_an_announcements_number_is_no_report_year(tmp_path):
    """The "(2024年第1号)" in a ministry's announcement title numbers the announcement; the
    report's year is the 2023 after it (rn3_gi_yingjibu_2023)."""
    meta = _meta(
        tmp_path,
        "中华人民共和国应急管理部(2024年第1号):应急管理部2023年政府信息公开工作报告\n发布日期:2024-01-24\n"
        "按照《中华人民共和国政府信息公开条例》(国务院令第711号)有关要求,我部编制了2023年政府信息公开工作年度报告。\n",
    )
    assert meta.year == 2023


# --- round rn7: a page's masthead, bylines, widgets and bullets; headlines broken or stamped ----------


def test_a_publishers_masthead_and_its_slogans_are_no_headline(tmp_path):
    """Family: a news item without a headline under a publisher's masthead (the group and the press),
    its slogans and the source site (rn7_news_mwr_chubanshe_trad_2021): the banner is no title, nor
    the slogan under it."""
    meta = _meta(
        tmp_path,
        "某某水利出版传媒集团 某某水利出版社\n某组织合作伙伴\n打造知识资源中心、知识服务中心\n某部网站\n2022-04-14\n"
        "本站讯 近日,某部发布2021年法治政府建设年度报告,全面总结贯彻落实法治政府建设决策部署的进展。\n"
        "2021年,某部坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想。\n",
    )
    assert meta.title is None


def test_a_headline_right_above_the_date_under_a_masthead_is_kept(tmp_path):
    """The counterpart: under a news outlet's banner, the line right above the date stamp is the headline."""
    meta = _meta(
        tmp_path,
        "某某日报社\n某区召开法治政府建设推进会\n2024-01-15\n近日,某区召开法治政府建设推进会,部署全年工作。\n",
    )
    assert meta.title == "某区召开法治政府建设推进会"


@pytest.mark.parametrize(
    "text",
    [
        "法治日报全媒体记者 万静",  # a paper's name and desk before 记者 (rn7_news_lawfaq_pishu_byline_2020)
        "点击收听年报语音朗读",  # a read-aloud button (rn7_gi_zoucheng_taiping_2024)
        "选择搜索类型",  # a search box's prompts (rn7_gi_zjtcn_shuiwu_baike_2010)
        "请输入搜索",
        "登录 | 注册",
        "• 部门信息公开工作年度报告",  # a bulleted list's caption (rn7_gi_hekou_wjj_meta_2022)
        "• 2025-02-10 15:59",
    ],
)
def test_rn7_furniture_is_not_a_headline(text):
    assert not_headline(text)


@pytest.mark.parametrize("text", ["记者节里的法治故事", "某县召开述法评议会", "某某日报社论:依法行政再出发"])
def test_rn7_headlines_are_not_furniture(text):
    assert not not_headline(text)


@pytest.mark.parametrize(
    "text, title",
    [
        # a byline first, the text at once (rn7_news_lawfaq_pishu_byline_2020)
        (
            "某某日报全媒体记者 张三\n当前,法治政府建设年度报告已经成为各级政府展示法治成效的重要载体。\n"
            "近日,某研究所发布《某地方法治发展报告(2020)》。\n",
            None,
        ),
        # a read-aloud button above a 政府信息公开 annual report without a title (rn7_gi_zoucheng_taiping_2024)
        (
            "点击收听年报语音朗读\n本报告由某镇人民政府按照《中华人民共和国政府信息公开条例》要求编制。\n"
            "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n主动公开信息48条。\n",
            None,
        ),
        # a search box's prompts above the title (rn7_gi_zjtcn_shuiwu_baike_2010)
        (
            "选择特殊符号\n选择搜索类型\n请输入搜索\n某某局2010年政府信息公开年度报告\n"
            "根据《中华人民共和国政府信息公开条例》,特向社会公布2010年度某某局政府信息公开报告。\n一、概述\n",
            "某某局2010年政府信息公开年度报告",
        ),
        # a bulleted metadata list, each label's value on the line below, then the title (rn7_gi_hekou_wjj_meta_2022)
        (
            "登录 | 注册\n  • 部门信息公开工作年度报告\n  • 索引号\n    000014348/2023-00132\n  • 发布机构\n"
            "    某县卫生健康局\n  • 文号\n  • 发布日期\n    2023-01-19\n  • 时效性\n    有效\n\n"
            "某县卫生健康局2022年政府信息公开工作年度报告\n\n  一、总体情况\n\n  2022年,我局认真抓好政府信息公开工作。\n",
            "某县卫生健康局2022年政府信息公开工作年度报告",
        ),
        # a speech's headline broken by a PDF line before 年度 (rn7_speech_gongwk_sifa_linebreaks_2025)
        (
            "市司法局党组书记在全市司法行政系统 2025\n年度政治工作会议上的讲话\n同志们:\n今天,我们召开全市司法行政系统"
            "2025年度政治工作会议。\n",
            "市司法局党组书记在全市司法行政系统 2025年度政治工作会议上的讲话",
        ),
        # a column's name before 丨 (rn7_news_gansu_renda_shenyi_2024)
        (
            "\n人民之声丨省人大常委会会议听取审议2024年法治政府建设情况的报告\n"
            "稿件来源:某省人大客户端 发布时间:2025-04-11 17:24:03\n\n3月25日,省人大常委会会议听取审议了报告。\n",
            "省人大常委会会议听取审议2024年法治政府建设情况的报告",
        ),
    ],
)
def test_rn7_headline_shapes(tmp_path, text, title):
    assert _meta(tmp_path, text).title == title


def test_a_headline_with_its_date_in_brackets(tmp_path):
    """Family: a news headline with the page's date in brackets after it and the lead below
    (rn7_news_qingpu_shufahui_2024): the headline without the date, and the date as the publication date."""
    meta = _meta(
        tmp_path,
        "某区司法局召开法治建设第一责任人专题述法会 (2024-01-15)\n近日,某区司法局召开专题述法会,局长进行专题述法。\n",
    )
    assert meta.title == "某区司法局召开法治建设第一责任人专题述法会"
    assert str(meta.published) == "2024-01-15"


def test_a_headline_does_not_take_a_sentence_below_it():
    from checker.structure.headline import _second_line

    assert not _second_line("某区召开法治政府建设推进会", "会议强调,要抓好落实。")
    assert not _second_line("关于印发某县工作要点的通知", "各乡镇人民政府:")


def test_an_authors_affiliation_is_no_headline(tmp_path):
    """Family: an article's author, then the affiliation and postcode in brackets, then the text
    (rn8_acad_jizihe_jingwu_trad_2021): neither line is a headline."""
    assert not_headline("(某某大学 北京 100038)")
    meta = _meta(
        tmp_path,
        "某某\n(某某大学 北京 100038)\n警务信息公开是指公安机关在行使职权的过程中,依法将有关信息向社会公布的一项制度[1]。"
        "近年来,警务信息公开问题逐渐成为研究热点。\n",
    )
    assert meta.title is None


def test_an_other_reports_title_glued_to_its_first_sentence_after_a_space(tmp_path):
    """Family: a 信息公开 annual report whose title runs on into the text after a space
    (rn7_gi_lintan_wjj_pipes_2022): the title up to the space."""
    meta = _meta(
        tmp_path,
        "时间:2023-02-01 作者: 点击数: | " + "|" * 200 + "\n"
        "某县卫生健康局 2022年度政府信息公开工作的报告 根据《中华人民共和国政府信息公开条例》要求,县卫生健康局编制了本年报。"
        "本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。\n一、本年度政府信息公开工作总体情况\n",
    )
    assert meta.title == "某县卫生健康局 2022年度政府信息公开工作的报告"
    assert str(meta.published) == "2023-02-01"


# --- rounds rn10 / rn12 (helper acc10) ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "请复制以下链接发送给好友",  # an encyclopedia's share box (rn10_acad_baike_zhengfugongzuobaogao_trad)
        "打开网易新闻 查看精彩图片",  # a portal app's prompt (rn10_acad_163_chuting_2024)
        "第01版:封面 PDF版阅读",  # an e-paper's page marker (rn10_news_zzrb_bawu_guihua_2021)
        "SUCAI198.COM —— 专注党建行政公文写作范文",  # a site's banner spelled as its domain (rn10_tpl_sucai198_…)
        "字词 政府法律顾问制度",  # a dictionary's entry label (rn12_acad_newdu_cidian_falvguwen)
        "汕头市潮阳区审计局局长 郑创平",  # a speaker's line above a report made in person (rn12_special_gdcy_shenji_2023)
    ],
)
def test_rn10_rn12_furniture_is_no_headline(line):
    assert not_headline(line)


@pytest.mark.parametrize(
    "line", ["某县2023年法治政府建设年度报告", "市“八五”普法评估组来我县", "局长 张三主持召开会议"]
)
def test_rn10_rn12_headlines_are_not_furniture(line):
    assert not not_headline(line)


def test_a_pdf_line_break_inside_the_last_word_of_a_title(tmp_path):
    """rn10_summary_gongwk_gongping_2025: "……公平竞争审查工作总" / "结"."""
    meta = _meta(
        tmp_path,
        "区审计局 2025 年一季度公平竞争审查工作总\n结\n区公平竞争审查工作联席会议办公室:\n"
        "按照区委、区政府工作部署,为深入推进我区公平竞争审查工作,我局认真自查,现将工作总结报告如下:\n"
        "一、组织领导与制度建设情况\n",
    )
    assert meta.title.replace(" ", "") == "区审计局2025年一季度公平竞争审查工作总结"


def test_a_news_agency_release_tag_before_a_title(tmp_path):
    """rn12_special_xinhua_zhengxie_2018: "(两会受权发布)" is no part of the title."""
    meta = _meta(
        tmp_path,
        "(两会受权发布)中国人民政治协商会议全国委员会常务委员会工作报告\n\n2018-03-16 01:34:12 来源: 新华网\n\n"
        "各位委员:\n\n  我代表全国委员会常务委员会,向大会报告过去五年工作,提出今后工作建议,请予审议。\n\n  一、五年工作的回顾\n",
    )
    assert meta.title == "中国人民政治协商会议全国委员会常务委员会工作报告"


def test_document_number_above_a_news_headline_is_not_its_title(tmp_path):
    """Family: a news item or notice kept as an office's .docx in 公文 layout (县十六届人大四次会议开幕, a real page of
    tests/realpages, lk_news_npc_baofeng_2024): the 文号 line above it was taken as the page's title."""
    meta = _meta(
        tmp_path,
        "第一版:要闻版总第4492期 >2024-01-22编印\n县政办发〔2024〕8号\t\t签发人:刘志强\n县十六届人大四次会议开幕\n"
        "大会主席团常务主席、执行主席王代强刘景华崔仓阿卫国庞旭辉金龙峰在主席台前排就座 "
        "县长刘海亮代表县人民政府向大会作工作报告\n刊发日期:2024-01-22 作者:  语音阅读:\n\n20240122001.jpg\n",
    )
    assert meta.title == "县十六届人大四次会议开幕"


# --- a site's menu bar saved as words between spaces --------------------------


def test_menu_bar_of_words_is_not_a_headlines_first_line(tmp_path):
    """A legal-news site's menu bars saved as words between spaces, right above an
    article's headline (rn24_acad_cnlaw365_*): the last bar is not the headline's
    first line; a headline really set over two lines still joins."""
    menus = (
        "法治研究 宪政 行政 廉政 司法 法院 检察 监察 公安 理论\n律政普法 律政 评论 话题 访谈 普法 案件 公益 资讯 维权\n"
    )
    head = "干部选任的民主集中制——基于中共省委常委班子调整的观察\n发布时间:2017-06-29      来源: 学报    点击:\n"
    body = "民主集中制是党的根本组织原则。本文以省委常委班子的调整为例,观察干部选任中民主集中制的运行。\n" * 3
    assert _meta(tmp_path, menus + head + body).title == "干部选任的民主集中制——基于中共省委常委班子调整的观察"
    two = "关于全面推进基层政务公开标准化规范化\n工作情况的通报\n发布时间:2023-06-29\n"
    assert _meta(tmp_path, "首页\n" + two + body).title == "关于全面推进基层政务公开标准化规范化工作情况的通报"


# --- round acc19: lines that sit where a title would ----------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "(资料图片仅供参考)",  # a photo caption on a finance portal's repost (rn20_news_wallstreet_minzhu_fazhi_tongbao_2023)
        "(图为会议现场)",  # the same family, a caption describing the photo
        "投稿邮箱: mczfw@163.com",  # a local portal's footer rows (rn20_news_macheng_shuangsuiji)
        "主办单位: 麻城市融媒体中心",
        "【发布文号】国办函〔2018〕12号",  # a law database's metadata rows (rn16_plan_chinacourt_wangzhan_nianbao_2018)
        "论文部分内容阅读",  # a paper site's column over the excerpt (rn22_acad_syhmjs_qingli_lunwen)
        "彭志芳 唐晔旎(浙江省杭州市司法局)",  # authors and their unit (rn19_acad_fx361_falvyuanzhu_shehui_zhili_2019)
        "Work report > situation report",  # a breadcrumb (rn17_offtopic_mingyanjiaju_anquan_en_2005)
        "(2020)鄂0102行初123号",  # a court case's number (rn20_off_chachawenshu_xingzheng_panjueshu_2020)
    ],
)
def test_acc19_furniture_is_no_headline(line):
    assert not_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "图解:2023年法治政府建设年度报告",
        "关于(2021-2025年)法治政府建设规划的说明",
        "张三(局长)主持召开会议",
        "收入 > 支出的原因分析",
        "全市法治政府建设工作部署会召开",
    ],
)
def test_acc19_headlines_are_not_furniture(line):
    assert not not_headline(line)


def test_photo_caption_and_footer_rows_give_no_title(tmp_path):
    """A repost that opens with a photo caption, a portal whose footer rows come first: no title is shown
    rather than the caption or the e-mail row."""
    text = (
        "为了表彰先进,市司法局对全市优秀“民主法治示范村(社区)”予以通报表扬。\n通过评选,各村今后将继续推进法治建设。\n"
    )
    assert _meta(tmp_path, "(资料图片仅供参考)\n" + text).title is None
    footer = "主办单位: 麻城市融媒体中心\n投稿邮箱: mczfw@163.com\n麻城信息港讯 (记者袁朝高)11月9日,省政府召开电视电话会议。\n"
    assert _meta(tmp_path, footer + text).title is None


def test_law_database_rows_above_a_notice_headline(tmp_path):
    """Family: a law database's copy of a 公文 (rn16_plan_chinacourt_wangzhan_nianbao_2018): the 【】 rows
    above it are not counted, the headline below them is found."""
    head = (
        "【发布单位】国务院办公厅\n  【发布文号】国办函〔2018〕12号\n  【发布日期】2018-01-15\n  【生效日期】2018-01-15\n"
        "  【失效日期】\n  【所属类别】政策参考\n  【文件来源】国务院办公厅\n\n"
        "国务院办公厅关于做好政府网站年度报表发布工作的通知\n\n国办函〔2018〕12号\n\n"
        "各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n  为做好政府网站年度报表发布工作,现就有关事项通知如下。\n"
    )
    assert _meta(tmp_path, head).title == "国务院办公厅关于做好政府网站年度报表发布工作的通知"


def test_a_court_name_above_a_judgment_is_no_title(tmp_path):
    """Family: a judgment copied from a 文书 site (rn20_off_chachawenshu_xingzheng_panjueshu_2020): the court's name
    and the case number are no headline."""
    text = (
        "湖北省武汉市江岸区人民法院\n行 政 判 决 书\n(2020)鄂0102行初123号\n原告胡某,男,1987年12月4日出生,汉族,住武汉市江岸区。\n"
        "被告武汉市司法局,住所地武汉市江岸区发展大道413号。\n"
    )
    assert _meta(tmp_path, text).title is None


def test_a_meeting_headline_over_two_lines(tmp_path):
    """Family: a newspaper's headline broken before the meeting's name, with a subtitle line below
    (rn24_news_guilin_yingshang_pinggu_2023)."""
    text = (
        "我市召开优化营商环境\n第三方评估工作部署会\n确保高质量完成考核评估工作\n桂林日报\n作者:唐健扬\n"
        "新闻 时间:2023年12月11日 来源:桂林日报\n本报讯(记者唐健扬)12月8日,我市召开优化营商环境工作部署会。\n"
    )
    assert _meta(tmp_path, text).title == "我市召开优化营商环境第三方评估工作部署会"


def test_two_issuers_line_above_a_yinfa_headline(tmp_path):
    """Family: a news copy of a joint 印发 (rn20_plan_fjnews_shenpi_bianminhua_2018): the issuers' line is part
    of the headline."""
    text = (
        "中共福建省委办公厅 福建省人民政府办公厅\n印发《关于深入推进审批服务便民化的实施意见》\n"
        "近日,中共福建省委办公厅、福建省人民政府办公厅印发了《关于深入推进审批服务便民化的实施意见》,并要求各地认真贯彻落实。\n"
    )
    assert (
        _meta(tmp_path, text).title
        == "中共福建省委办公厅 福建省人民政府办公厅印发《关于深入推进审批服务便民化的实施意见》"
    )


def test_a_site_banner_above_a_breadcrumb_is_not_the_issuer_of_the_title(tmp_path):
    """Family: an office's site whose banner and breadcrumb stand above the title (rn17_special_zhuhai_shenji_2020):
    the banner is not glued to the title."""
    text = (
        "珠海市审计局\n当前位置:首页 > 政务公开 > 通知公告\n\n关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告\n\n"
        "主任、各位副主任、秘书长、各位委员:\n  我受市人民政府委托,报告2020年度市本级预算执行和其他财政收支的审计情况,请予审议。\n"
    )
    assert _meta(tmp_path, text).title == "关于珠海市2020年度市本级预算执行和其他财政收支的审计工作报告"


@pytest.mark.parametrize(
    "text, title",
    [
        # a document site's page mark "1" glued before the year (rn10_selfcheck_wnwk_lyj_yifaxingzheng_2023)
        (
            "12023年林业局依法行政自查自评报告2023年,我局依法行政工作,在县政府的领导和部署下,",
            "2023年林业局依法行政自查自评报告",
        ),
        # a 总结 glued to its first heading after a space (rn17_half_wenke99_gongshang_fazhi_2021)
        (
            "工商局2021年上半年法治建设工作总结 一、突出制度机制建设,压实法治建设责任 1、建立健全领导体制。",
            "工商局2021年上半年法治建设工作总结",
        ),
    ],
)
def test_glued_title_after_a_page_mark_or_ending_in_zongjie(tmp_path, text, title):
    filler = "局党组准确把握法治建设的要求,定期研究依法行政工作,推动各项任务落实落细。" * 3
    assert _meta(tmp_path, text + filler + "\n").title == title


# --- round rn25 (helper acc19) ----------------------------------------------------------------------


def test_a_photo_caption_with_its_credit_is_no_headline(tmp_path):
    """Family: a news agency's copy opening with a photo's caption and credit in a table cell
    (rn25_news_crntt_ershida_jizhehui_2022)."""
    assert not_headline("记者会现场(中评社 海涵摄) |")
    assert not not_headline("张三(局长)主持召开会议")
    text = (
        "|\n记者会现场(中评社 海涵摄) |\n中评社北京10月19日电(中评社报导组)二十大新闻中心19日举办第三场记者招待会。\n"
        "以下是发布会全文:\n"
    )
    assert _meta(tmp_path, text).title is None


@pytest.mark.parametrize(
    "banner, head, title",
    [
        # a spam mirror of a traditional-character article (rn25_acad_victorzhang_fuyi_zhuqudao_trad_2022)
        (
            "亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,91视频爱爱,日韩欧美在线播放视频,中文字幕少妇AV",
            "        ?\n\n        對(duì)發(fā)揮行政復(fù)議解決爭(zhēng)議主渠道作用的思考\n\n        2022-04-11 13:14:39尚晶\n",
            "对发挥行政复议解决争议主渠道作用的思考",
        ),
        # the same with bars and a breadcrumb (rn25_news_dingqianjf_suzhou_baipishu_trad_2020)
        (
            "成人免费AV网址|亚洲手机免费在线|最新av网址发布|67194成人草|在线国产视频91|一区二区无码竹菊",
            "\n蘇州\n\n首頁>地方頻道>蘇州>要聞\n\n蘇州發(fā)布法治政府建設(shè)白皮書\n\n",
            "苏州发布法治政府建设白皮书",
        ),
    ],
)
def test_a_spam_keyword_banner_above_the_headline(tmp_path, banner, head, title):
    text = banner + "\n\n" + head + "  6月9日,蘇州市政府召開新聞發布會,發布白皮書。市長對報告作解讀。\n"
    got = _meta(tmp_path, text).title
    from checker.normalize import t2s

    assert t2s.convert(got.replace(" ", "")) == title


def test_a_keyword_banner_is_not_a_sentence():
    from checker.structure.headline import keyword_banner

    assert keyword_banner(
        "亚洲免费av电影一区二区三区,日韩爱爱视频,51精品视频一区二区三区,91视频爱爱,日韩欧美在线播放视频,中文字幕少妇AV"
    )
    assert not keyword_banner("2023年,我局坚持依法行政,加强制度建设,规范执法行为,强化监督,推进政务公开,取得明显成效。")


@pytest.mark.parametrize(
    "line, title",
    [
        (
            "几种特殊类型的行政侵权责任探讨,本文主要内容关键词为:几种论文,类型论文,行政论文,责任论文,此文献不代表本站观点,"
            "内容供学术参考,文章仅供参考阅读下载。",
            "几种特殊类型的行政侵权责任探讨",
        ),
        (
            "立法质量的实证分析——谈《行政复议条例》的欠缺及其完善,本文主要内容关键词为:行政复议论文,实证论文,条例论文,"
            "质量论文,此文献不代表本站观点,内容供学术参考,文章仅供参考阅读下载。",
            "立法质量的实证分析——谈《行政复议条例》的欠缺及其完善",
        ),
    ],
)
def test_a_paper_sites_blurb_after_the_title(tmp_path, line, title):
    """Family: a paper site glues its keyword blurb to the title after a comma (rn25_acad_lw33_*)."""
    text = line + "\n我国快速立法缓解了社会对法律的需求量,但亦引发了大量的法律质量问题。\n"
    assert _meta(tmp_path, text).title == title


def test_a_news_headline_with_a_comma_above_its_paragraph(tmp_path):
    """Family: a news headline holding a comma, the page's first line, a paragraph right below
    (rn10_news_hot166_zhifa_jiandu_2024, rn12_news_a899_spam_fayuan_2023)."""
    para = (
        "3月9日,最高人民法院发布了2023年人民法院审判执行工作主要数据。据统计,2023年全国法院法官人均结案356.51件,"
        "同比增长13.42%,江苏、重庆等法院人均结案数量位居前列,诉源治理工作成效明显。\n"
    )
    text = "最高法:2023年广东等地民商事一审案件收案数量下降,诉源治理工作成效明显\n" + para
    assert _meta(tmp_path, text).title == "最高法:2023年广东等地民商事一审案件收案数量下降,诉源治理工作成效明显"
    # an article's labelled front matter, a site's greeting, a report's opening: no headline
    assert _meta(tmp_path, "作者简介:严冬峰,全国人大常委会法工委法规备案审查室主任\n" + para).title is None
    assert _meta(tmp_path, "您好,欢迎访问公文包\n" + para).title is None
    assert _meta(tmp_path, "本文档由用户提供并上传,收益归属内容提供方\n" + para).title is None
    assert _meta(tmp_path, "2023年,在区委区政府的坚强领导下,我局\n" + para).title is None
