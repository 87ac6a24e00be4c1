"""Files lawcheck itself wrote — gap reports (PDF/HTML), summaries, overviews,
annotated copies — recognised by their content, wherever they lie, so that a
second run over a folder never takes them for reports.

The marks (see templates/*.html.j2 and the README):
* HTML: `<meta name="generator" content="lawcheck…">` in the head;
* PDF: WeasyPrint copies that meta into the document information as
  /Creator (and `<meta name="keywords" content="lawcheck-output">` into
  /Keywords); both are read with pypdfium2 (the information dictionary sits
  in a compressed object stream, so a byte search would not see it);
* .docx: "lawcheck-output" in the core properties (keywords) or "lawcheck"
  as the application in docProps/app.xml; an annotated copy that also names
  the fingerprint of its text ("lawcheck-text-…") is ours only while its text
  is unchanged: edited by the office, it is a report to check again.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..read import MAX_BYTES
from ..render.files import OUTPUT_MARK as MARK
from ..render.files import TEXT_MARK, docx_text_fingerprint

_HTML_GENERATOR = re.compile(
    rb"""<meta\s[^>]*name\s*=\s*["']?generator["']?[^>]*content\s*=\s*["']\s*lawcheck""", re.IGNORECASE
)
_HTML_GENERATOR_REV = re.compile(
    rb"""<meta\s[^>]*content\s*=\s*["']\s*lawcheck[^>]*name\s*=\s*["']?generator""", re.IGNORECASE
)
_DOCX_PROPS = ("docProps/core.xml", "docProps/app.xml", "docProps/custom.xml")
_MAX_PROPS = 1 << 20  # bytes read of one properties part


def own_output(data: bytes) -> str | None:
    """What kind of lawcheck output `data` is ("PDF"/"HTML"/"Word"), or None."""
    if data.startswith(b"%PDF-"):
        return "PDF" if _pdf_is_ours(data) else None
    if data.startswith(b"PK\x03\x04"):
        return "Word" if _docx_is_ours(data) else None
    head = data[:16384]
    if _HTML_GENERATOR.search(head) or _HTML_GENERATOR_REV.search(head):
        return "HTML"
    return None


def own_output_file(path: str) -> str | None:
    """The same for a file on disk, reading only what is needed (a PDF's
    information dictionary, an HTML head, a .docx's property parts); a file
    that is not a regular file, or cannot be read, is not ours."""
    import os
    import stat

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
        with open(path, "rb") as f:
            head = f.read(16384)
    except OSError:
        return None
    if head.startswith(b"%PDF-"):
        return "PDF" if _pdf_is_ours(path) else None
    if head.startswith(b"PK\x03\x04"):
        return "Word" if _docx_is_ours(path) else None
    return own_output(head)


def _pdf_is_ours(data) -> bool:
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            meta = doc.get_metadata_dict()
        finally:
            doc.close()
    except Exception:  # a broken PDF is the reader's business, not ours
        return False
    creator = (meta.get("Creator") or "").strip().lower()
    return creator.startswith("lawcheck") or MARK in (meta.get("Keywords") or "")


def _docx_is_ours(data) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data) as z:
            names = set(z.namelist())
            for part in _DOCX_PROPS:
                if part not in names or z.getinfo(part).file_size > _MAX_PROPS:
                    continue
                text = z.read(part)
                if MARK.encode() in text or re.search(rb"<Application>\s*lawcheck", text, re.IGNORECASE):
                    mark = re.search(re.escape(TEXT_MARK).encode() + rb"([0-9a-f]{16})", text)
                    return mark is None or _same_text(z, mark.group(1).decode())
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError):
        return False
    return False


def _same_text(z: zipfile.ZipFile, fingerprint: str) -> bool:
    """Whether the body's text is still what lawcheck annotated (read only for a marked copy)."""
    from lxml import etree

    try:
        if z.getinfo("word/document.xml").file_size > MAX_BYTES:
            return True  # too big to look at: keep to the mark
        with z.open("word/document.xml") as f:
            root = etree.parse(f, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)).getroot()
    except (KeyError, etree.XMLSyntaxError):
        return True
    return docx_text_fingerprint(root) == fingerprint
