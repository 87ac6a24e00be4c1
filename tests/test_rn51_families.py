"""Families found on round rn51's unseen pages (tests/realpages/pages/rn51_*, a blind round over all fields on
government reports): each test names the family and the page it was seen on, and checks the whole pipeline on a
text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

PARTS = (
    "一、依法全面履行政府职能\n(一)深化行政体制改革。全面梳理部门职责,明确83项重点事项的牵头部门。\n"
    "(二)推进“放管服”改革。行政审批事项数量从799项削减至326项。\n"
    "二、存在的问题\n执法力量不足。\n三、2018年工作打算\n继续推进依法行政。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def _not_report(rep):
    return any(f.rule == "not_annual_report" for f in rep.findings)


def test_a_reports_own_rank_in_the_institutes_evaluation_does_not_make_it_an_assessment(tmp_path):
    """Family (rn51_rep_basexf_qingdao_mirror_2017): a city's report says in its lead where the city ranked in the
    法治政府研究院's evaluation ("……研究院发布《中国法治政府评估报告(2017)》,我市在全部评估的100个城市中位居
    第一"). That is the report's own result, not an assessment page: it stays a report."""
    lead = (
        "2017年,我市认真贯彻党的十九大精神,以落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》为主线,"
        "推进法治政府建设取得显着成效。2017年9月,某大学法治政府研究院发布《中国法治政府评估报告(2017)》,"
        "我市在全部评估的100个城市中位居第一。\n"
    )
    assert not _not_report(_check(tmp_path, lead + PARTS))


def test_the_institutes_evaluation_told_of_another_city_is_still_not_a_report(tmp_path):
    """The same words in the third person (a news item on a city's rank, rn48_news_govcn_xining_pinggu_2016) still
    read as the evaluation's page, not a report."""
    text = (
        "日前,某大学法治政府研究院发布了法治政府建设蓝皮书《中国法治政府评估报告(2016)》,报告显示,某市法治政府"
        "建设水平提升显著,在全国评估的100个大中城市中排名第18位。\n"
        "评估结果显示,某市在依法决策、政务公开等方面得分较高。项目组对100个城市进行了实地评估。\n"
    )
    assert _not_report(_check(tmp_path, text))


def test_a_heading_that_names_the_first_duty_short_is_the_leader_duty_section(tmp_path):
    """Family (rn51_rep_jiashan_xian_2022): a second-level heading names the duty short, "(一)严格履行第一职责。",
    and its text has the county head's own acts (亲自部署) and the 第一责任人 duty: the duty has its own
    heading (present, README "rn40")."""
    text = (
        "某县人民政府关于2022年度法治政府建设情况的报告\n"
        "2022年,县政府认真贯彻落实习近平法治思想,全方位推动法治政府建设走深走实。现将有关情况报告如下:\n"
        "一、以务求实效为目标,法治政府建设再踏新征程\n"
        "(一)严格履行第一职责。将法治政府建设纳入年度工作计划。县长多次听取法治政府建设工作汇报,亲自部署,"
        "切实解决法治政府建设重大问题。落实第一责任人职责规定。\n"
        "(二)全面提升法治思维。专题学习法律14次。\n"
        "二、存在的问题\n执法力量不足。\n三、2023年工作打算\n继续推进依法行政。\n"
    )
    status = {e.id: e.status for e in _check(tmp_path, text).elements}
    assert status["leader_duty"] == "present"


def test_the_later_of_a_written_date_and_an_issued_date_is_the_publication(tmp_path):
    """Family (rn51_rep_tjbh_gxq_meta_2021): a portal's metadata list has both "成文日期: 2022-04-02" and
    "发文日期: 2022-04-24" and no 发布日期: the page went out on or after the day it was written, so the later."""
    text = (
        "名  称: 某高新区2021年法治政府建设报告\n索引号: 8075-10867-2022-00002\n发布机构: 某高新区\n"
        "成文日期: 2022-04-02\n发文日期: 2022-04-24\n有效性: 有效\n\n"
        "2021年,某高新区坚持以习近平法治思想为指导,始终将依法行政理念贯穿高新区工作的各个层面。\n" + PARTS
    )
    assert _check(tmp_path, text).meta.published.isoformat() == "2022-04-24"


def test_a_single_written_date_is_still_taken(tmp_path):
    """Control: one 成文日期 alone is still the page's date when nothing better is shown."""
    text = (
        "名  称: 某高新区2021年法治政府建设报告\n发布机构: 某高新区\n成文日期: 2022-04-02\n\n"
        "2021年,某高新区坚持以习近平法治思想为指导,始终将依法行政理念贯穿高新区工作的各个层面。\n" + PARTS
    )
    assert _check(tmp_path, text).meta.published.isoformat() == "2022-04-02"


def test_a_reposting_sites_office_tag_is_not_part_of_the_title(tmp_path):
    """Family (rn51_rep_cucur_chengdu_fzb_2017): a reposting site files the report under the office that sent it,
    "[法制办]关于2017年度法治政府建设情况的报告": the tag is the site's, like "[转载]"; and with no unit in the
    title, the lead's subject "成都市人民政府和全市各级行政机关" names the unit without the bodies under it."""
    text = (
        "[法制办]关于2017年度法治政府建设情况的报告\n\n"
        "2017年,成都市人民政府和全市各级行政机关深入学习贯彻习近平新时代中国特色社会主义思想,全面深入推进依法"
        "行政工作,法治政府建设各项工作取得新进展。\n" + PARTS
    )
    rep = _check(tmp_path, text)
    assert rep.meta.title == "关于2017年度法治政府建设情况的报告"
    assert rep.meta.issuer == "成都市人民政府"


def test_a_subject_named_with_all_levels_but_only_by_its_level_names_no_one(tmp_path):
    """The rn21 convention still holds: "市政府和全市各级行政机关" does not say whose."""
    text = (
        "关于2017年度法治政府建设情况的报告\n\n"
        "2017年,市政府和全市各级行政机关深入学习贯彻习近平新时代中国特色社会主义思想,全面深入推进依法"
        "行政工作,法治政府建设各项工作取得新进展。\n" + PARTS
    )
    assert _check(tmp_path, text).meta.issuer is None
