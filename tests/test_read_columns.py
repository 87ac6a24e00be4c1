"""Pages set in two columns (checker/read/columns.py): the left column is read, then the right.

The PDFs are built with pdfium as a line-by-line layout program writes them: each baseline's left-column line,
then its right-column line, so the text layer has both columns' lines on one line. Before: the whole page was one
run-on line ("…has Public legal education reached carried out the review…"). A form of short labels and values
on the same baselines is not two columns and keeps its lines. The real two-column OFD (a licence) is in
tests/test_realfiles.py."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from checker.read import read_path

LEFT = [
    "The county bureau of justice has ",
    "carried out the review of all the",
    "normative documents of the year, ",
    "and every one of them was filed. ",
    "Training was held for the staff.",
]
RIGHT = [
    "Public legal education reached   ",
    "every township: lectures were    ",
    "given in all the villages, and   ",
    "the law was read in every school.",
    "Next year the work goes on.",
]


def _text(doc, s: str, x: float, y: float, size: float):
    obj = pdfium_c.FPDFPageObj_NewTextObj(doc.raw, b"Courier", ctypes.c_float(size))
    buf = ctypes.create_string_buffer((s + "\0").encode("utf-16-le"))
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
    return obj


def _pdf(path, left: list[str], right: list[str], *, title: str | None = None, right_x: float = 330) -> None:
    """One A4 page: a title over both columns, then the lines of both columns baseline by baseline."""
    doc = pdfium.PdfDocument.new()
    page = doc.new_page(595, 842)
    if title:
        pdfium_c.FPDFPage_InsertObject(page.raw, _text(doc, title, 72, 790, 14))
    y = 760
    for k in range(max(len(left), len(right))):
        if k < len(left):
            pdfium_c.FPDFPage_InsertObject(page.raw, _text(doc, left[k], 72, y, 10))
        if k < len(right):
            pdfium_c.FPDFPage_InsertObject(page.raw, _text(doc, right[k], right_x, y, 10))
        y -= 14
    pdfium_c.FPDFPage_GenerateContent(page.raw)
    doc.save(str(path))
    doc.close()


def test_two_columns_read_left_then_right(tmp_path):
    p = tmp_path / "bulletin.pdf"
    _pdf(p, LEFT, RIGHT, title="County Bureau of Justice Bulletin")
    assert read_path(str(p)).lines == [
        "County Bureau of Justice Bulletin",
        "The county bureau of justice has",
        "carried out the review of all the",
        "normative documents of the year,",
        "and every one of them was filed.",
        "Training was held for the staff.",
        "Public legal education reached",
        "every township: lectures were",
        "given in all the villages, and",
        "the law was read in every school.",
        "Next year the work goes on.",
    ]


def test_a_form_of_labels_and_values_is_not_split(tmp_path):
    """Short labels and their values on the same baselines: the labels do not end together as a column of
    text does, so each row stays one line."""
    p = tmp_path / "form.pdf"
    labels = ["Applicant:", "Address of the applicant:", "Project:", "Area:", "Valid until:"]
    values = ["Bureau of Justice", "12 Main Street", "Review of documents", "1.51 km2", "2024-11-01"]
    _pdf(p, labels, values, right_x=300)
    lines = read_path(str(p)).lines
    assert lines[0].startswith("Applicant: Bureau of Justice Address of the applicant: 12 Main Street")
    assert lines[-1] == "Valid until: 2024-11-01"
    assert "Bureau of Justice" not in lines


def test_a_narrow_gap_is_not_a_gutter(tmp_path):
    """Two blocks a character apart are one column of text (a gap between words, not a gutter): the lines
    stay as the page has them."""
    p = tmp_path / "narrow.pdf"
    _pdf(p, LEFT, RIGHT, right_x=72 + 34 * 6)
    lines = read_path(str(p)).lines
    assert not any(l == "Public legal education reached" for l in lines)
    assert lines[0].startswith("The county bureau of justice has")
    assert "Public legal education reached" in lines[0]
