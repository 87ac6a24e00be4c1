"""A report whose text sits in a layout table — a web page pasted into Word with the page's frame table
(a menu cell beside the article cell), or a template that sets the body in a one-cell table — reads
paragraph by paragraph, with its headings, and gives the .txt's results. A data table's row stays one
line. Before: each row was one line, so the whole report was one line and every element was missing."""

from __future__ import annotations

import pytest
from conftest import SEED_NAMES, seed_path, seed_text, statuses

from checker.pipeline import check_path
from checker.read import read_path

MENU = ["首页", "政务公开", "法治政府建设", "通知公告", "政策解读"]


def _lines(name: str) -> list[str]:
    return [l.strip() for l in seed_text(name).split("\n") if l.strip()]


def _one_cell(lines: list[str], path) -> None:
    import docx

    d = docx.Document()
    cell = d.add_table(rows=1, cols=1).cell(0, 0)
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)
    d.save(path)


def _menu_beside(lines: list[str], path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("某某县人民政府门户网站")
    row = d.add_table(rows=1, cols=2).rows[0]
    row.cells[0].paragraphs[0].text = MENU[0]
    for item in MENU[1:]:
        row.cells[0].add_paragraph(item)
    row.cells[1].paragraphs[0].text = lines[0]
    for line in lines[1:]:
        row.cells[1].add_paragraph(line)
    d.save(path)


@pytest.mark.parametrize("build", [_one_cell, _menu_beside], ids=["one-cell", "menu-beside"])
@pytest.mark.parametrize("name", SEED_NAMES)
def test_layout_table_gives_the_text_results(tmp_path, name, build):
    path = tmp_path / "t.docx"
    build(_lines(name), path)
    lines = [l for l in read_path(path).lines if l]
    assert set(_lines(name)) <= set(lines)  # every paragraph is a line of its own
    txt, doc = check_path(str(seed_path(name))), check_path(str(path))
    assert statuses(doc) == statuses(txt)
    assert doc.meta.title == txt.meta.title


def test_data_table_rows_stay_one_line(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("一、主要举措和成效")
    t = d.add_table(rows=2, cols=3)
    for r, row in enumerate([("类别", "数量", "备注"), ("行政复议案件", "35件", "同比增长12%")]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(1, 2).add_paragraph("纠错率5.7%")  # two short paragraphs in a data cell: still one row
    d.save(tmp_path / "d.docx")
    assert [l for l in read_path(tmp_path / "d.docx").lines if l] == [
        "一、主要举措和成效",
        "类别  数量  备注",
        "行政复议案件  35件  同比增长12% 纠错率5.7%",
    ]
