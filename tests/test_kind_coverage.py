"""coverage kind: evidence comes from text about the outline area, never from
the problems or plan parts nor from an unrelated line (issue 11 item 5)."""

from __future__ import annotations

from conftest import seed_path

from checker.pipeline import check_path


def _cov(report, rid):
    return next(c for c in report.coverage if c.id == rid)


def _check(tmp_path, text):
    p = tmp_path / "c.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


HEAD = "某某县2023年度法治政府建设情况报告\n2023年,我县全面推进法治政府建设。\n"


def test_problems_and_plan_parts_are_not_evidence(tmp_path):
    """Family: reports whose only word on an area is a shortcoming or a plan."""
    r = _check(
        tmp_path,
        HEAD + "一、主要举措和成效\n全年开展普法宣传5次。\n二、存在的不足和原因\n"
        "数字政府建设滞后,政务数据共享不足,原因是投入少。\n三、2024年工作安排\n推进数字政府建设,加强大数据应用。\n",
    )
    c = _cov(r, "ol21_digital")
    assert c.status == "missing" and c.evidence == []


def test_a_heading_naming_the_area_is_preferred(tmp_path):
    r = _check(
        tmp_path,
        HEAD + "一、主要举措和成效\n(一)法律顾问工作\n法律顾问参与处置信访和行政复议案件3件。\n"
        "(二)加强矛盾化解\n一是加强人民调解工作。全年调解矛盾纠纷480起。\n二、存在的不足和原因\n力量不足,原因是编制少。\n",
    )
    c = _cov(r, "ol21_disputes")
    assert c.status == "present"
    assert c.evidence[0].text == "(二)加强矛盾化解"
    assert any("人民调解" in e.text for e in c.evidence[1:])


def test_organ_names_and_lone_terms_are_not_evidence(tmp_path):
    r = _check(tmp_path, HEAD + "一、主要举措和成效\n省工业和信息化厅原党委书记到我县调研法治建设。\n")
    assert _cov(r, "ol21_digital").status == "missing"
    r = _check(tmp_path, HEAD + "一、主要举措和成效\n推行“互联网+监管”。\n")
    assert _cov(r, "ol21_digital").status == "partial"  # one lone term: partial at most
    r = _check(tmp_path, HEAD + "一、主要举措和成效\n推行“互联网+监管”和非现场执法,实现数据共享。\n")
    assert _cov(r, "ol21_digital").status == "present"


def test_seed_002_digital_evidence_is_not_a_former_official():
    r = check_path(str(seed_path("002_df0ba27d3289336d.txt")))
    c = _cov(r, "ol21_digital")
    assert c.status == "missing" and not any("原党委书记" in e.text for e in c.evidence)


def test_seed_000_dispute_part_cites_its_own_section():
    r = check_path(str(seed_path("000_c9bd385b88e6491a.txt")))
    c = _cov(r, "ol21_disputes")
    assert c.status == "present" and "加强矛盾化解" in c.evidence[0].text
    assert all(e.line >= 44 for e in c.evidence)  # (五)加强矛盾化解 and the lines under it


def test_problem_section_read_from_the_element_results(tmp_path):
    """The skipped sections are those the problems element found (match context results)."""
    from checker.match import match
    from checker.normalize import normalize
    from checker.read import read_path
    from checker.rulebook import load
    from checker.structure import build

    p = tmp_path / "m.txt"
    p.write_text(
        HEAD + "一、主要举措和成效\n全年培训5次。\n二、短板弱项\n信息化水平不高,数据共享不足。\n", encoding="utf-8"
    )
    res = match(build(normalize(read_path(str(p)))), load("outline-2021-2025"))
    probs = next(e for e in res.elements if e.id == "problems")
    assert probs.status == "present"
    assert next(c for c in res.coverage if c.id == "ol21_digital").status == "missing"
