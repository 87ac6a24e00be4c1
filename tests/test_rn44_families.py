"""Families found on round rn44's unseen report pages (tests/realpages/pages/rn44_*): each test names the family
and the page it was seen on, and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

BODY = (
    "一、2020年推进法治政府建设的主要举措和成效\n全年开展培训5次。\n二、存在的不足和原因\n执法力量不足。\n"
    "三、2021年工作安排\n继续加强培训。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_the_outline_named_without_gangyao_after_the_central_issuer(tmp_path):
    """Family (rn44_rep_zengcheng_gafj_2020): "牢牢把握中共中央、国务院法治政府建设实施(2015-2020)总目标和要求" drops
    纲要 and the book marks; the central issuer before it makes it the national outline of those years. Without the
    central issuer (a unit's own 法治政府建设实施(2016-2020) plan) or without the years it is no citation."""
    head = "某区公安分局2020年法治政府建设年度报告\n"
    lead = "2020年来,我分局牢牢把握中共中央、国务院法治政府建设实施(2015-2020)总目标和要求,促进严格规范公正文明执法。\n"
    assert _check(tmp_path, head + lead + BODY).meta.outline_cited == "2015-2020"
    lead21 = lead.replace("2015-2020", "2021-2025").replace("2020年来", "2022年来")
    head21 = head.replace("2020", "2022")
    assert _check(tmp_path, head21 + lead21 + BODY.replace("2020", "2022")).meta.outline_cited == "2021-2025"
    local = lead.replace("中共中央、国务院法治政府建设实施(2015-2020)", "本区法治政府建设实施(2016-2020)")
    assert _check(tmp_path, head + local + BODY).meta.outline_cited is None
    bare = lead.replace("中共中央、国务院法治政府建设实施(2015-2020)总目标", "中共中央、国务院法治政府建设实施总目标")
    assert _check(tmp_path, head + bare + BODY).meta.outline_cited is None


def test_a_unit_that_publishes_its_own_report_in_the_title_is_its_issuer(tmp_path):
    """Family (rn44_rep_hunan_wiki_trad_2017): an encyclopedia copy titled "湖南省人民政府公布2017年度法治政府建設情況"
    — the unit's name, then 公布, then the year: the unit is the issuer (公布 is no part of its name). Words before 公布
    that are no unit's name ("首次公布……") still give none."""
    from checker.structure.metadata import issuer_from_title

    assert issuer_from_title("湖南省人民政府公布2017年度法治政府建设情况") == "湖南省人民政府"
    assert issuer_from_title("某某市司法局公布2019年度法治政府建设情况") == "某某市司法局"
    assert issuer_from_title("首次公布2017年度法治政府建设情况") is None
    text = (
        "湖南省人民政府公布2017年度法治政府建設情況\n\n"
        "2017年,我省各級各部門全面落實《法治政府建設實施綱要(2015—2020年)》,法治政府建設取得了明顯成效。"
        "現將有關情況公布如下:\n" + BODY.replace("2020", "2017").replace("2021", "2018")
    )
    got = _check(tmp_path, text)
    assert got.meta.issuer == "湖南省人民政府"
    assert got.meta.outline_cited == "2015-2020"
    # the same title over two centred lines, broken before its year (the .docx form of the page)
    got = _check(tmp_path, text.replace("公布2017年度法治政府建設情況\n", "公布\n2017年度法治政府建設情況\n", 1))
    assert got.meta.issuer == "湖南省人民政府"
    assert got.meta.title == "湖南省人民政府公布2017年度法治政府建设情况"


def test_a_long_nested_title_of_a_look_alike_is_its_title(tmp_path):
    """Family (rn44_special_cqrd_huanbao_yijian_2017): a government's report to the 人大常委会 on how it handled the
    deliberation opinions on another report nests that report's title in its own and runs to 62 characters
    ("重庆市人民政府关于《重庆市人大常委会对〈……〉的审议意见》研究处理情况的报告"); no 法治 word, so it is read as another
    kind's title, which may be as long as a report's (80), not only 60. A sentence is still no title."""
    from checker.structure.metadata import looks_like_other_title

    title = (
        "重庆市人民政府关于《重庆市人大常委会对〈重庆市人民政府关于2017年度环境保护工作情况的报告〉的审议意见》"
        "研究处理情况的报告"
    )
    assert looks_like_other_title(title)
    assert not looks_like_other_title("2018年3月27日,市人大常委会听取和审议了关于2017年度环境保护工作情况的报告")
    assert not looks_like_other_title(title + "及其附件和说明" * 3)
    text = (
        title + "\n(2018年9月27日在市五届人大常委会第五次会议上)\n市人大常委会:\n"
        "2018年3月27—29日,市五届人大常委会第二次会议听取和审议了《重庆市人民政府关于2017年度环境保护工作情况的报告》。"
        "现将有关情况报告如下:\n一、加强舆论引导和宣传教育\n全年刊发报道700余篇。\n"
    )
    got = _check(tmp_path, text)
    assert got.meta.title == title
