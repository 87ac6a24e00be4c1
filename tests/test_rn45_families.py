"""Families found on round rn45's unseen pages (tests/realpages/pages/rn45_*): each test names the family and the page
it was seen on, and checks the whole pipeline on a text of that shape."""

from __future__ import annotations

from checker.pipeline import check_path

BODY = (
    "2023年,我局坚持以习近平法治思想为指导,全面落实法治政府建设工作部署要求。现就有关情况汇报如下。\n\n"
    "一、工作开展情况\n\n全年开展培训5次。\n\n二、存在的不足\n\n执法力量不足。\n\n三、2024年工作打算\n\n继续加强培训。\n"
)


def _check(tmp_path, text):
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    return check_path(str(p))


def test_a_bare_headline_repeated_under_the_units_line_takes_the_unit(tmp_path):
    """Family (rn45_rep_guangyuan_rsj_2023): a mobile page's headline "2023年法治政府建设工作年度报告" (no issuer), its
    "科室 日期" row, then the document's own title block: the unit's name on a line of its own over the same title.
    The title is the unit's line joined with it (as a unit line over a year-first title is read elsewhere)."""
    head = (
        "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n\n"
        "某市人力资源和社会保障局\n\n2023年法治政府建设工作年度报告\n\n\n"
    )
    rep = _check(tmp_path, head + BODY)
    assert rep.meta.title == "某市人力资源和社会保障局2023年法治政府建设工作年度报告"
    assert rep.meta.issuer == "某市人力资源和社会保障局"
    assert rep.meta.published is not None and rep.meta.published.isoformat() == "2023-12-29"


def test_a_bare_headline_repeated_without_a_units_line_stays_bare(tmp_path):
    """The same shape without the unit's line (a column name, or nothing, over the repeated title) keeps the bare
    title: only a line that is a unit's name is joined; a line naming two units apart is not one unit."""
    head = "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n\n工作动态\n\n2023年法治政府建设工作年度报告\n\n\n"
    assert _check(tmp_path, head + BODY).meta.title == "2023年法治政府建设工作年度报告"
    head = "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n\n2023年法治政府建设工作年度报告\n\n\n"
    assert _check(tmp_path, head + BODY).meta.title == "2023年法治政府建设工作年度报告"
    head = (
        "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n\n"
        "某市司法局 某市财政局\n\n2023年法治政府建设工作年度报告\n\n\n"
    )
    assert _check(tmp_path, head + BODY).meta.title == "2023年法治政府建设工作年度报告"


def test_another_kinds_headline_over_its_metadata_office_is_not_joined(tmp_path):
    """Found by tests/test_formats_lookalikes.py (rn2_interp_tianqiao_yiti_2023 as a web page): an interpretation's
    headline ("区政府常务会议议题解读:关于……的汇报"), its metadata table ending in the office's name, then the headline
    again. The headline is not year-first: no unit is joined to it."""
    head = (
        "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n区政府办公室\n\n"
        "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n\n"
    )
    title = _check(tmp_path, head + BODY).meta.title
    assert title == "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报"


def test_a_bare_headline_over_the_units_full_title_on_one_line_takes_it(tmp_path):
    """The same page as an office's document (tests/test_formats_realpages.py's .docx form): the bare headline and the
    date row, then the unit's name and the title on one centred line. That line is the title."""
    head = (
        "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n"
        "某市人力资源和社会保障局2023年法治政府建设工作年度报告\n"
    )
    assert _check(tmp_path, head + BODY).meta.title == "某市人力资源和社会保障局2023年法治政府建设工作年度报告"
    head = "2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n某市印发2023年法治政府建设工作年度报告\n"
    assert _check(tmp_path, head + BODY).meta.title == "2023年法治政府建设工作年度报告"
