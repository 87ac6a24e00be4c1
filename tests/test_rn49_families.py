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
