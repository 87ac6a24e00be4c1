"""Fixes that fit the report: the suggested heading continues the report's
own numbering, "where" names the report's own headings, a sub-part goes to
the report's own section about it; the first page shows the arithmetic of
the score and the worst problem first."""

from __future__ import annotations

import re

from checker.pipeline import check_path
from checker.render.html import build_view, render_html

BASE = [
    "某县人民政府关于2023年度法治政府建设情况的报告",
    "一、2023年度推进法治政府建设的主要举措和成效",
    "（一）加强组织领导",
    "县政府常务会议学法4次，全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
    "（二）深化法律顾问制度",
    "聘请法律顾问3名，审查合同120件。",
    "二、存在的不足和原因",
    "执法力量不足，原因是编制有限。",
    "三、党政主要负责人履行推进法治建设第一责任人职责情况",
    "县长主持召开常务会议专题研究法治工作4次。",
    "四、2024年度推进法治政府建设的主要安排",
    "一是加强执法队伍建设。",
]


def _check(tmp_path, lines, name="r.txt"):
    p = tmp_path / name
    p.write_text("\n".join(lines), encoding="utf-8")
    return check_path(str(p))


def _el(report, eid):
    return next(e for e in report.elements if e.id == eid)


def test_missing_middle_part_takes_its_number_and_names_neighbours(tmp_path):
    lines = [l for l in BASE if l not in ("二、存在的不足和原因", "执法力量不足，原因是编制有限。")]
    lines = [l.replace("三、", "二、").replace("四、", "三、") for l in lines]
    e = _el(_check(tmp_path, lines), "problems")
    assert e.status == "missing"
    assert e.heading == "二、存在的不足和原因"
    assert e.where.startswith("在“一、2023年度推进法治") and "之后、“二、党政主要负责人" in e.where
    assert "编号顺延" in e.where
    assert e.anchor is not None and lines[e.anchor.line - 1].startswith("二、党政主要负责人")
    assert "“二、存在的不足和原因”" in e.suggestion and e.where in e.suggestion


def test_report_using_one_to_five_gets_six(tmp_path):
    parts = ["一、坚持党的领导", "二、深化简政放权", "三、严格规范公正文明执法", "四、化解矛盾纠纷", "五、提升法治素养"]
    body = "县政府全年召开常务会议4次，审查规范性文件12件，培训执法人员300人次，办理复议案件20件。" * 2
    lines = ["某县2023年度法治政府建设情况报告"]
    for h in parts:
        lines += [h, body]
    lines += ["某县人民政府", "2024年3月1日"]
    report = _check(tmp_path, lines)
    assert _el(report, "measures").status == "present"
    missing = [
        e
        for e in report.elements
        if e.heading and re.match(r"^[一二三四五六七八九十]+、", e.heading) and e.status != "present"
    ]
    numbers = [e.heading.split("、")[0] for e in missing]
    assert numbers == ["六", "七", "八"][: len(numbers)] and numbers
    assert missing[0].where.startswith("在“五、提升法治素养”部分之后")
    assert missing[1].where.startswith("在新增的“六、")
    assert lines[missing[0].anchor.line - 1] == body  # before the signature, not on it


def test_three_systems_points_at_the_reports_enforcement_section(tmp_path):
    lines = list(BASE)
    lines[3] = "县政府常务会议学法4次。"
    lines[4:4] = ["（三）严格规范公正文明执法", "全年办理行政处罚案件120件。"]
    lines[8:8] = ["（一）行政执法水平有待提升"]  # under the problems: not the place
    e = _el(_check(tmp_path, lines), "three_systems")
    assert e.status == "missing"
    assert "“（三）严格规范公正文明执法”" in e.where and "有待提升" not in e.where
    assert e.anchor is not None and lines[e.anchor.line - 1] == "（三）严格规范公正文明执法"
    assert e.where in e.suggestion


def test_first_page_shows_arithmetic_and_worst_problem(tmp_path):
    lines = [l for l in BASE if not l.startswith("（二）") and "法律顾问" not in l]
    lines[0] = "某县2023年工作总结"  # a title that is not the standard one: a deduction
    lines += ["某县人民政府", "2024年5月10日"]  # published late
    report = _check(tmp_path, lines)
    view = build_view(report)
    a = view["arithmetic"]
    assert a["deductions"] and all(float(d["value"]) > 0 for d in a["deductions"])
    assert sum(float(d["value"]) for d in a["deductions"]) == a["base"] - report.score
    assert "逾期" in view["worst"]
    page = render_html(report, standalone=True)
    first_table = page.index('class="grid elements"')
    assert page.index('class="worst"') < first_table and page.index('class="arith"') < first_table
    for d in a["deductions"]:
        assert f"− {d['value']}（{d['name']}）" in page
    for e in report.elements:
        assert f"{e.score:g}/{e.weight:g}" in page


def test_worst_missing_element_with_quotes_in_its_name_nests_them(tmp_path):
    # QA F8: the red box read 缺少“行政执法“三项制度””（10 分）: quotes inside quotes are single in Chinese
    report = check_path(str(_write_seed_docx(tmp_path)))
    assert [e.status for e in report.elements if e.id == "three_systems"] == ["missing"]
    assert not [e for e in report.elements if e.status == "missing" and e.weight > 10]
    assert build_view(report)["worst"] == "缺少“行政执法‘三项制度’”（10 分）"


def _write_seed_docx(tmp_path):
    """Seed 004 (it has no 三项制度 and nothing heavier missing) as a real .docx, one paragraph a line."""
    import docx
    from conftest import SEED_NAMES, seed_path

    d = docx.Document()
    for line in seed_path(SEED_NAMES[4]).read_text(encoding="utf-8").splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "草稿.docx")
    return tmp_path / "草稿.docx"
