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
