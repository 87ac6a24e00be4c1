"""The annotated Word file: the report back to its drafting office with a
reviewer's comments (author "lawcheck") in place.

`write_annotated(report, source_path, out_path) -> Path`

* .docx input: a copy of the file (the original is only read, never
  written) with a Word comment on each paragraph that a finding or a
  partially present element concerns, and, for a missing element, on the
  paragraph where it belongs (the anchor the score stage found: the next
  part's heading, or the last paragraph of the report's last part).
* .txt / .pdf / .html input: a new .docx holding the checked text, one
  paragraph per line, with the same comments.

Lines are matched to paragraphs with the reader's own walk over the body
(checker.read.docx.units_of_tree), so "line N" of the report is the same
paragraph here. Findings without a line go on the title paragraph. Written
atomically (checker.render.files).
"""

from __future__ import annotations

import io
from pathlib import Path

from ..model import Report
from ..yeartext import fill_years
from .cjkpunct import fullwidth_punct
from .files import OUTPUT_MARK, TEXT_MARK, atomic_write_bytes, docx_text_fingerprint
from .labels import SEVERITY_WORD

AUTHOR = "lawcheck"
INITIALS = "LC"
STATUS_TAG = {"partial": "部分具备", "missing": "缺失"}


def comments_for(report: Report) -> list[tuple[int | None, str]]:
    """(line or None, comment text) in the order a reviewer would write them."""
    out: list[tuple[int | None, str]] = []
    year = report.meta.year
    for e in report.elements:
        if e.status == "present":
            continue
        if e.status == "partial" and e.evidence:
            line = e.evidence[0].line
        else:
            line = e.anchor.line if e.anchor is not None else None
        out.append((line, f"【{STATUS_TAG[e.status]}】{e.name}：{e.suggestion}"))
    for f in report.findings:
        info = report.rules.get(f.rule)
        fix = fill_years(f.fix or (info.fix if info else ""), year)
        text = f"【{SEVERITY_WORD.get(f.severity, f.severity)}】{f.message}"
        out.append((f.line, text + (f" 修改建议：{fix}" if fix else "")))
    return [(line, fullwidth_punct(" ".join(text.split()))) for line, text in out]


def _paragraph_of(unit_element, document):
    """The w:p a comment goes on: the paragraph itself, or a table row's first."""
    from docx.oxml.ns import qn
    from docx.text.paragraph import Paragraph

    el = unit_element
    if el.tag != qn("w:p"):
        el = next(el.iter(qn("w:p")), None)
        if el is None:
            return None
    return Paragraph(el, document._body)


def _runs(paragraph):
    runs = paragraph.runs
    return runs if runs else [paragraph.add_run("")]


def _from_docx(data: bytes):
    """python-docx Document of the original and its paragraph per report line (1-based)."""
    import docx

    from ..read.docx import Numbering, Styles, unit_lines, units_of_tree

    document = docx.Document(io.BytesIO(data))
    _drop_own_comments(document)
    try:
        numbering_root = document.part.numbering_part.element
    except (KeyError, AttributeError, NotImplementedError):
        numbering_root = None
    styles = Styles(document.styles.element)
    units = units_of_tree(document.element.body, styles, Numbering(numbering_root))
    by_line = {no: unit.element for no, (_, unit, _) in enumerate(unit_lines(units), start=1)}
    return document, by_line


def _drop_own_comments(document) -> None:
    """Comments lawcheck wrote on an earlier run (an annotated copy the office edited and checks again):
    removed, so that the new run's comments are the only ones of author lawcheck. Others' comments stay."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    try:
        root = document.part.part_related_by(RT.COMMENTS).element
    except KeyError:
        return
    ids = set()
    for c in list(root.iterchildren(qn("w:comment"))):
        if c.get(qn("w:author")) == AUTHOR:
            ids.add(c.get(qn("w:id")))
            root.remove(c)
    if not ids:
        return
    body = document.element
    for tag in ("w:commentRangeStart", "w:commentRangeEnd"):
        for el in list(body.iter(qn(tag))):
            if el.get(qn("w:id")) in ids:
                el.getparent().remove(el)
    for ref in list(body.iter(qn("w:commentReference"))):
        if ref.get(qn("w:id")) not in ids:
            continue
        run = ref.getparent()
        run.remove(ref)
        if run.tag == qn("w:r") and all(ch.tag == qn("w:rPr") for ch in run):
            run.getparent().remove(run)


def _from_text(lines: list[str], title: str | None):
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    by_line = {}
    for no, line in enumerate(lines, start=1):
        if line.strip():
            by_line[no] = document.add_paragraph(line.strip())._p
    return document, by_line


def annotate(report: Report, source_path: str, data: bytes | None = None) -> bytes:
    """The annotated .docx as bytes (`data`: the input's bytes when it is not
    a file, e.g. standard input)."""
    from ..read import read_bytes

    path = Path(source_path)
    data = path.read_bytes() if data is None else data
    document = by_line = None
    if report.format == "docx":
        try:
            document, by_line = _from_docx(data)
        except Exception:  # noqa: BLE001 — a file python-docx cannot open: fall back to its text
            document = None
    if document is None:
        src = read_bytes(str(path), data)
        document, by_line = _from_text(src.lines, report.meta.title)
    lines = sorted(by_line)
    first = report.meta.title_line if report.meta.title_line in by_line else (lines[0] if lines else None)
    for line, text in comments_for(report):
        target = line if line in by_line else first
        if target is None:
            continue
        paragraph = _paragraph_of(by_line[target], document)
        if paragraph is None:
            continue
        runs = _runs(paragraph)
        document.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)
    props = document.core_properties  # the mark by which a batch knows its own output (checker/batch/own.py)
    kept = [k.strip() for k in (props.keywords or "").split(";") if k.strip()]
    kept = [k for k in kept if k != OUTPUT_MARK and not k.startswith(TEXT_MARK)]
    props.keywords = "; ".join([*kept, OUTPUT_MARK, TEXT_MARK + docx_text_fingerprint(document.element)])
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def write_annotated(report: Report, source_path: str, out_path, data: bytes | None = None) -> Path:
    """Write `<out>/<name>.annotated.docx` (atomically); return its path."""
    return atomic_write_bytes(Path(out_path), annotate(report, source_path, data))
