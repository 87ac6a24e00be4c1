"""Families found on round rn49's unseen pages (tests/realpages/pages/rn49_*, a blind round over all fields): each
test names the family and the page it was seen on, and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

SHARE_BOX = "点击右上角微信好友\n朋友圈\n请使用浏览器分享功能进行分享\n"


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_a_mobile_share_boxs_prompts_are_not_a_news_items_headline(tmp_path):
    """Family (rn49_news_gmw_nanning_fabuhui_2024): a news site's mobile share box ("点击右上角微信好友" / "朋友圈" /
    "请使用浏览器分享功能进行分享") sits above a news item that has no headline on the page. Its prompts are page
    furniture: the page has no title, and it is still not taken for a report."""
    text = SHARE_BOX + (
        "4月24日上午,某市人民政府新闻办召开新闻发布会,介绍2024年某市法治政府建设情况。\n"
        "2024年,某市将法治政府建设视为全面依法治市的关键,坚持科学民主依法决策,推动政府工作有序开展。\n"
        "依法行政制度体系不断完善。市政府在2024年提请审议4件地方性法规草案,新公布2件政府规章并废止4件。\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title is None
    assert any(f.rule == "not_annual_report" for f in rep.findings)


def test_a_reports_title_under_a_share_box_is_still_its_title(tmp_path):
    """The same prompts above a report's title: the title is the report's, not the prompt."""
    text = SHARE_BOX + (
        "某县人民政府关于2024年度法治政府建设情况的报告\n\n"
        "2024年,某县坚持以习近平法治思想为指导,全面落实法治政府建设工作部署要求。现将有关情况报告如下:\n\n"
        "一、主要举措和成效\n\n全年开展培训5次。\n\n二、存在的不足\n\n执法力量不足。\n\n三、2025年工作打算\n\n继续加强培训。\n"
    )
    assert _check(tmp_path, text).meta.title == "某县人民政府关于2024年度法治政府建设情况的报告"


LEAD_REST = (
    "始终以习近平法治思想为统领,将法治建设贯穿街道发展全领域、全过程,扎实履行法治建设领导职责。"
    "现将年度法治工作情况报告如下:\n"
    "一、上一年度法治建设问题整改“回头看”\n针对上一年度梳理的突出问题,专题研究制定整改方案。\n"
    "二、2025年法治建设核心工作推进情况\n(一)深学细悟,筑牢法治思想根基。纳入理论学习中心组学习12次。\n"
)


def test_a_units_leadership_team_as_the_leads_subject_names_the_unit(tmp_path):
    """Family (rn49_rep_wenshang_zhongdu_jiedao_2025): a page without a title whose first sentence has the unit's
    leadership team as its subject ("2025年,中都街道领导班子始终以……"): the issuer is the unit, as for
    "X党委、政府" and "X法治建设工作" (the rn21 convention)."""
    rep = _check(tmp_path, "2025年,东风街道领导班子" + LEAD_REST)
    assert rep.meta.issuer == "东风街道"
    rep = _check(tmp_path, "2025年,东风街道党政领导班子" + LEAD_REST)
    assert rep.meta.issuer == "东风街道"


def test_a_leadership_team_of_a_unit_named_only_by_its_level_names_no_one(tmp_path):
    """The rn21 convention still holds under the team: "县政府领导班子" or "全镇领导班子" does not say whose."""
    assert _check(tmp_path, "2025年,县政府领导班子" + LEAD_REST).meta.issuer is None
    assert _check(tmp_path, "2025年,全镇领导班子" + LEAD_REST).meta.issuer is None


# Second batch (run blind after the first batch's fixes)


def test_a_portal_banner_over_a_title_that_names_its_own_unit_is_not_joined(tmp_path):
    """Family (rn49_rep_luohu_yjj_2025): the portal's banner "深圳市罗湖区人民政府" on its own line over the title
    "罗湖区应急管理局2025年法治政府建设年度报告": the title names its own unit, so the banner is not its first line."""
    text = (
        "某市某区人民政府\n\n某区应急管理局2025年法治政府建设年度报告\n\n来源:某区应急管理局 发布时间:2025-12-15\n\n"
        "2025年,某区应急管理局坚持以习近平法治思想为指导,扎实推进法治政府建设工作。现将情况报告如下:\n\n"
        "一、主要举措和成效\n\n全年开展培训5次。\n"
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "某区应急管理局2025年法治政府建设年度报告"
    assert rep.meta.issuer == "某区应急管理局"


def test_a_government_over_a_guanyu_title_and_a_party_line_stay_joined(tmp_path):
    """The two-line titles the join was made for are kept: the issuer's line over "关于……" and the party committee's
    line over the government's title."""
    text = (
        "某县人民政府\n关于2024年度法治政府建设情况的报告\n\n"
        "2024年,某县坚持以习近平法治思想为指导,全面落实法治政府建设工作部署要求。现将有关情况报告如下:\n\n"
        "一、主要举措和成效\n\n全年开展培训5次。\n"
    )
    assert _check(tmp_path, text).meta.title == "某县人民政府关于2024年度法治政府建设情况的报告"


def test_a_level_named_bureaus_branch_named_by_its_district_names_the_unit(tmp_path):
    """Family (rn49_rep_longgang_jtj_mirror_2025): no title, the lead's subject "市交通运输局龙岗管理局" begins with a
    level (市) but the branch is named by its district: the name says whose. "市交通运输局" alone still names no one."""
    rest = (
        "深入贯彻落实上级决策部署,扎实推进法治建设各项工作。现将我局2025年度法治政府建设工作开展情况报告如下:\n"
        "一、2025年法治政府建设情况\n(一)履行推进法治建设的第一责任人职责\n局党组书记带头学法。\n"
    )
    assert _check(tmp_path, "2025年度,市交通运输局东湖管理局" + rest).meta.issuer == "市交通运输局东湖管理局"
    assert _check(tmp_path, "2025年度,市交通运输局" + rest).meta.issuer is None


def test_pdf_wrap_before_an_opening_book_mark_continues_the_paragraph():
    """Family (rn49_rep_changshou_sfj_2024 as a PDF): in an indented report, a heading paragraph "(四)……制定出台" wraps
    before "《重庆市……办法(试行)》"; the 《 glyph's ink starts half a character in from the margin, so the line is
    still a wrap, not a new paragraph. A line set in by a real first-line indent still starts one."""
    from checker.read.pdf import _join_wrapped

    margins_left, size = 90.3, 16.0
    full = "(三)深化牵头抓总,统筹协调推进法治建设工作。牵头组织开展专题讲座,推动"
    lines = [full, *["落实领导干部应知应会党内法规和国家法律清单制度,深入推进法治建设工作"] * 4, "不断推进。"]
    ink = [(margins_left + 2 * size, 516.3, size), *[(margins_left, 516.3, size)] * 4, (margins_left, 170.0, size)]
    lines += [
        "(四)加强联动协作,持续提升法治督察质效。制定出台",
        "《重庆市某区法治督察与法律监督衔接配合工作办法(试",
        "行)》,协同法律监督与法治督察有机融合。",
        "《某区工作规则》已印发实施。",
    ]
    ink += [
        (margins_left + 2 * size, 493.8, size),
        (margins_left + 0.506 * size, 497.0, size),
        (margins_left, 280.0, size),
        (margins_left + 2.5 * size, 330.0, size),
    ]
    out = _join_wrapped(lines, ink=ink)
    assert out[1] == lines[6] + lines[7] + lines[8]
    assert out[2] == lines[9]
