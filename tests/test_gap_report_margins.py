"""Gap report PDFs keep every character inside the page's text area.

Found by QA (tests/QA-FINDINGS.md, F1): for a .docx the evidence place is long
("〔第6段（“一、加强组织领导，完善法治政府…”下）〕"); when it filled a line, the
opening quote of the evidence text (a Unicode "QU" character, which forbids a
break on either side) was glued to the closing bracket, and the pair “二
overflowed the table and the page's right margin. Each seed is saved as a real
.docx (python-docx, one paragraph a line), checked by the real pipeline and
rendered; pypdfium2 reads every character's box.
"""

from __future__ import annotations

import docx
import pypdfium2 as pdfium
import pytest
from conftest import SEED_NAMES, seed_path

from checker.pipeline import check_path
from checker.render.pdf import write_pdf

MM = 72 / 25.4
RIGHT_MARGIN = 17 * MM  # templates/gap_report.css @page margin
SLACK = 1.0  # points


def _docx_of(seed: str, folder) -> str:
    d = docx.Document()
    for line in seed_path(seed).read_text(encoding="utf-8").splitlines():
        d.add_paragraph(line)
    out = folder / f"{seed}.docx"
    d.save(out)
    return str(out)


def _overflow(pdf_path) -> list[tuple[int, str, float]]:
    """(page, character, right edge) of every character right of the text area."""
    out = []
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        for n in range(len(doc)):
            page = doc[n]
            limit = page.get_width() - RIGHT_MARGIN + SLACK
            text = page.get_textpage()
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if not ch.strip():
                    continue
                right = text.get_charbox(i)[2]
                if right > limit:
                    out.append((n + 1, ch, round(right, 1)))
    finally:
        doc.close()
    return out


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_docx_gap_report_stays_inside_right_margin(tmp_path, seed):
    report = check_path(_docx_of(seed, tmp_path))
    assert any(ev.paragraph for e in report.elements for ev in e.evidence)  # places are .docx paragraphs
    pdf = write_pdf(report, tmp_path / "gap.pdf")
    assert _overflow(pdf) == []
