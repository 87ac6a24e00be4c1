"""Families found on round rn28's unseen report pages (tests/realpages/pages/rn28_*): an outdated-browser
notice above the page, blanks lost as "? ? ?" before the lead, "X党委和政府" as the lead's subject, a new
town ("泾河新城") as the unit, a cut page whose last line is a "二是……" item, the title as a bullet of a
metadata list or written twice on its line, a page without a title or opening year whose announcing sentence
names the year while a plan's target year "(2035年)" is counted as often, and 一规划两纲要 quoted inside a
local document's title. Each test names the page it was seen on and runs the whole pipeline on a text of
that shape (written as a real file), or the one function the family is about, with a case that must not
change."""

from __future__ import annotations

import pytest

from checker.model import Line
from checker.pipeline import check_path
from checker.structure.chrome import is_chrome
from checker.structure.metadata import issuer_from_lead, issuer_from_signature, issuer_from_title

PART = "一、推进法治政府建设的主要举措和成效\n(一)强化组织领导\n全年召开专题会议4次,研究解决重点问题12项。\n"


def _check(tmp_path, text, name="page.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_outdated_browser_notice_is_chrome(tmp_path):
    # rn28_rep_cq_liangjiang_browserwarn_2023: three notice lines above the breadcrumb and the lead
    for text in (
        "更换或升级浏览器以获得最佳体验。",
        "当前浏览器版本过低,可能会有安全风险且无法正常显示。建议您升级或使用其他浏览器。",
        "若您当前使用的浏览器为QQ浏览器或者360浏览器仍出现该提示,请切换至极速模式。",
    ):
        assert is_chrome(Line(no=1, text=text))
    assert not is_chrome(Line(no=1, text="推动政务服务“一网通办”,全年办件10790件。"))
    page = (
        "更换或升级浏览器以获得最佳体验。\n"
        "当前浏览器版本过低,可能会有安全风险且无法正常显示。建议您升级或使用其他浏览器。\n"
        "若您当前使用的浏览器为QQ浏览器或者360浏览器仍出现该提示,请切换至极速模式。\n"
        "您当前的位置: 首页> 政务公开> 法治政府建设年度报告 > 2023年度\n"
        "2023年,两江新区坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,"
        "统筹推进落实新区法治政府建设各项目标任务的完成,确保取得新的成效。\n" + PART
    )
    assert _check(tmp_path, page).meta.issuer == "两江新区"


@pytest.mark.parametrize(
    "lead, want",
    [
        # rn28_rep_zhongxian_jinji_mirror_2024: blanks lost as question marks before the lead
        (
            "? ? ? 2024年,在县委、县政府的领导下,在县委依法治县办的指导下,金鸡镇始终坚持以习近平新时代中国特色社会主义"
            "思想为指导,较好地完成了全年工作任务。",
            "金鸡镇",
        ),
        # rn28_rep_nx_mirror_notitle_2022: the party committee and the government joined by 和
        (
            "2022年,宁夏回族自治区党委和政府全面学习贯彻党的二十大精神,深入学习贯彻习近平法治思想,持续推进法治政府建设。",
            "宁夏回族自治区",
        ),
        # (joined by 、 as before)
        (
            "2023年,双合镇党委、政府坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作。",
            "双合镇",
        ),
        # the question marks before "我局": still no one's
        ("? ? 2024年,我局坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治政府建设各项工作任务。", None),
    ],
)
def test_lead_subject(lead, want):
    assert issuer_from_lead([Line(no=1, text=lead)], 1) == want


@pytest.mark.parametrize(
    "title, want",
    [
        # rn28_rep_xixian_jinghe_xincheng_2022: a new town of a new area is a unit
        ("泾河新城2022年度法治政府建设工作报告", "泾河新城"),
        ("泾河新城管委会2022年度法治政府建设工作报告", "泾河新城管委会"),
        # "新城" alone names no one
        ("新城2022年度法治政府建设工作报告", None),
    ],
)
def test_issuer_new_town(title, want):
    assert issuer_from_title(title) == want


def test_item_line_signs_nothing():
    # rn28_rep_fuling_gxq_notitle_2023: the page is cut after the line "二是构建基层党建工作新格局"
    body = [
        Line(no=1, text="一是打造法治营商环境好品牌。全力营造公平公正法治环境,抓好政务服务工作推进。"),
        Line(no=2, text="二是构建基层党建工作新格局"),
    ]
    assert issuer_from_signature(body) is None
    signed = [
        Line(no=1, text="特此报告。"),
        Line(no=2, text="中共某县委 某县人民政府"),
        Line(no=3, text="2024年3月1日"),
    ]
    assert issuer_from_signature(signed) == "某县人民政府"


def test_bulleted_title(tmp_path):
    # rn28_rep_hlj_sft_breadcrumb_2023: the index number and the title as bullets above the title
    page = (
        "首页 > 政务公开 > 政策 > 其它文件 > 其他\n"
        "  • 736916951/2024-000784\n"
        "  • 黑龙江省司法厅关于2023年法治政府建设情况的报告\n"
        "黑龙江省司法厅关于2023年法治政府建设情况的报告\n"
        "日期:2024-03-04 15:06 来源:厅法治督察处 访问量:\n"
        "2023年,黑龙江省司法厅在省委、省政府的正确领导下,坚持以习近平新时代中国特色社会主义思想为指导,"
        "推动法治政府建设取得扎实成效。\n" + PART
    )
    meta = _check(tmp_path, page).meta
    assert meta.title == "黑龙江省司法厅关于2023年法治政府建设情况的报告"
    assert meta.issuer == "黑龙江省司法厅"
    assert str(meta.published) == "2024-03-04"


def test_title_written_twice_on_its_line(tmp_path):
    # rn28_rep_yueqing_liushi_oneline_2024: "X报告 X报告 |", then the salutation and the text on one line
    page = (
        "乐清市柳市镇2024年法治政府建设年度报告 乐清市柳市镇2024年法治政府建设年度报告 |\n"
        "中共乐清市委、乐清市人民政府: 2024年柳市镇坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实习近平法治思想,"
        "推进法治政府各项工作有序开展。现将柳市镇推进2024年法治政府建设情况报告如下: " + PART.replace("\n", " ")
    )
    meta = _check(tmp_path, page).meta
    assert meta.title == "乐清市柳市镇2024年法治政府建设年度报告"
    assert meta.issuer == "乐清市柳市镇"


def test_announced_year_before_a_target_year(tmp_path):
    # rn28_rep_jiangmen_jtj_salutation_2023: no title, no opening year; "(2035年)" counted as often as 2023
    page = (
        "市委、市政府:\n"
        "根据法治政府建设年度报告制度的要求,现将我局2023年度法治政府建设工作报告如下:\n"
        "一、强化组织领导,以习近平法治思想引领交通法治建设\n"
        "局党组书记和局长切实履行推进法治建设第一责任人职责,带头学习贯彻习近平法治思想。\n"
        "二、加强法治规范建设\n"
        "严格落实重大行政决策程序,编制《江门港总体规划修编(2035年)》。\n"
    )
    assert _check(tmp_path, page).meta.year == 2023
    # without the announcing sentence the counted years decide as before (a tie: the later year)
    other = page.replace("现将我局2023年度法治政府建设工作报告如下:", "现将有关情况报告如下:").replace(
        "局党组书记", "2023年局党组书记"
    )
    assert _check(tmp_path, other, "other.txt").meta.year == 2035


def test_outline_in_a_local_documents_title(tmp_path):
    # rn28_rep_tjbh_xinqu_2022: 《滨海新区“一规划两纲要”主要任务分工方案》 is the district's own document
    lead = (
        "2022年,滨海新区区委、区政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神,"
        "深入学习贯彻习近平法治思想。现将2022年法治政府建设有关工作情况报告如下:\n"
    )
    local = lead + PART + "印发实施《滨海新区“一规划两纲要”主要任务分工方案》,系统谋划、整体推进。\n"
    assert _check(tmp_path, local).meta.outline_cited is None
    # the national set named as such still counts ("落实国家及我市“一规划两纲要”部署")
    national = lead + PART + "全面落实国家及我市“一规划两纲要”部署,系统谋划、整体推进。\n"
    assert _check(tmp_path, national, "national.txt").meta.outline_cited == "2021-2025"


def test_newspaper_issue_and_page_line_is_chrome(tmp_path):
    # rn29_news_sckjw_dongpo_diaoyan_2020: "3184 期 / 第7版:科普法制" above the story's headline
    for text in ("3184 期 / 第7版:科普法制", "第03版:要闻"):
        assert is_chrome(Line(no=1, text=text))
    # a document's edition in a heading is no page line
    assert not is_chrome(Line(no=1, text="(三)修订《行政执法文书范本》第2版"))
    page = (
        "3184 期 / 第7版:科普法制\n东坡区 不断推进法治政府建设工作\n\n"
        "本报讯 近日,眉山市人大常委会副主任李永高带队调研东坡区2020年度法治政府建设情况,区级相关部门负责人陪同调研。\n"
        "听取汇报后,调研组充分肯定了东坡区法治政府建设取得的成绩。(张琼予 本报记者 苏文保)\n"
    )
    assert _check(tmp_path, page).meta.title == "东坡区 不断推进法治政府建设工作"


def _not_report(rep) -> bool:
    return any(f.rule == "not_annual_report" for f in rep.findings)


def test_unit_year_summary_opened_by_zai(tmp_path):
    # rn28_tpl_jfzydq_wlty_zongjie_2023: "在2023年,X局在政府领导下,……" a unit's whole year, no 法治 word,
    # and its first part "一、主要工作成果"
    summary = (
        "在2023年,文化广电旅游体育局在政府领导下,紧紧围绕中央、省、市的文化发展政策,深入贯彻“文化惠民”和“旅游兴市”的"
        "工作理念,扎实推动文化和旅游体育事业的全面发展,本年度我们取得了显著的成绩。\n"
        "一、主要工作成果\n1、文化建设\n- 成功举办了《非遗文化周》活动。\n2、旅游发展\n- 成功创建了国家5A级旅游景区3家。\n"
        "二、存在问题及对策\n部分体育场馆设施陈旧老化,急需更新改造。\n"
    )
    assert _not_report(_check(tmp_path, summary))
    # a 法治 report whose first part is "一、主要工作成果" stays a report
    report = (
        "在2023年,区司法局在区委区政府领导下,深入学习贯彻习近平法治思想,扎实推进法治政府建设各项工作。"
        "现将2023年法治政府建设情况报告如下:\n"
        "一、主要工作成果\n(一)强化依法行政\n全年开展合法性审查52件,行政复议纠错率12%。\n"
    )
    assert not _not_report(_check(tmp_path, report, "report.txt"))
