"""PDF text layer (pypdfium2). Running headers/footers and page numbers are
removed; lines that a full-width wrap broke mid-sentence are joined.
hints["pages"][i] = [page, line on the page] of line i+1 (the first physical
line of a joined paragraph; lines counted from the top of the page as the
text layer has them, blank lines not counted)."""

from __future__ import annotations

import re
from collections import Counter

from ..errors import ReadError
from ..model import SourceText

_PAGE_NO = re.compile(r"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?([\s,]*共\s*\d+\s*页)?[\s\-—–·]*$")
_END = "。;；!！?？:：”)）"


def _page_lines(pdf, path: str) -> list[list[str]]:
    """Text lines of each page. A page that cannot be read stops the reading:
    a report checked without some of its pages would show false gaps."""
    pages, broken = [], []
    for i in range(len(pdf)):
        try:
            page = pdf[i]
            tp = page.get_textpage()
            text = tp.get_text_range()
            tp.close()
            page.close()
        except Exception:  # pypdfium2.PdfiumError and ctypes errors on damaged objects
            broken.append(i + 1)
            continue
        pages.append([l.rstrip() for l in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")])
    if broken:
        shown = "、".join(map(str, broken[:5])) + ("等" if len(broken) > 5 else "")
        raise ReadError(
            path, f"PDF 文件损坏：第 {shown} 页（共 {len(pdf)} 页）无法读取，请重新导出 PDF 或提供 Word/文本版本"
        )
    return pages


def _numbered(pages: list[list[str]]) -> list[list[tuple[str, int, int]]]:
    """(text, page, line on page) for every line; blank lines are not counted."""
    out = []
    for pno, page in enumerate(pages, 1):
        k, rows = 0, []
        for line in page:
            if line.strip():
                k += 1
            rows.append((line, pno, max(k, 1)))
        out.append(rows)
    return out


def _strip_running(pages: list[list[str]]) -> list[list[tuple[str, int, int]]]:
    """Pages without running headers/footers and page numbers; each line
    keeps its page and line on the page."""
    numbered = _numbered(pages)
    if len(pages) < 2:
        return [[t for t in p if not _PAGE_NO.match(t[0])] for p in numbered]

    def key(s):
        return re.sub(r"\d+", "#", s.strip())

    edge = Counter()
    for p in pages:
        nonblank = [l for l in p if l.strip()]
        for l in set(nonblank[:2] + nonblank[-2:]):
            edge[key(l)] += 1
    running = {k for k, n in edge.items() if n >= max(2, len(pages) * 0.6)}
    return [[t for t in p if key(t[0]) not in running and not _PAGE_NO.match(t[0])] for p in numbered]


_HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}\s*[、.]|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]"
    r"|第[一二三四五六七八九十]{1,3}(?:部分|章)|\d{1,2}\s*[、.](?![\d%])|[（(]\d{1,2}[)）])"
)
FULL = 0.85  # a wrapped line fills at least this share of the full line
FULL_HEADING = 0.95  # ... and a heading that wraps fills the line entirely


def _full_line(lines: list[str]) -> int:
    """The length of a full line: most physical lines of a report are the
    full-width lines of its paragraphs (a high percentile, not the maximum,
    which one line of half-width digits or Latin letters would inflate)."""
    lengths = sorted(len(l.strip()) for l in lines if len(l.strip()) >= 10)
    return lengths[int(len(lengths) * 0.75)] if lengths else 0


def _join_wrapped(lines: list[str], where: list | None = None) -> list[str]:
    """Join a line to the previous one when the previous line ran the full
    width and did not end a sentence: a wrap, not a paragraph end. A line
    starting with a heading number always starts anew, and a heading is
    continued only when it filled its line (a long heading that wraps)."""
    width = _full_line(lines)
    out: list[str] = []
    places: list = []
    last = ""  # the last physical line added
    for k, line in enumerate(lines):
        s = line.strip()
        need = FULL_HEADING if _HEADING_START.match(last) else FULL
        if (
            s
            and out
            and out[-1]
            and width
            and len(last) >= width * need
            and out[-1][-1] not in _END
            and not _HEADING_START.match(s)
        ):
            out[-1] += s
        else:
            out.append(s)
            if where is not None:
                places.append(where[k])
        last = s
    if where is not None:
        where[:] = places
    return out


def read_pdf(data: bytes, path: str) -> SourceText:
    try:
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(data)
    except Exception as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise ReadError(path, "PDF 已加密，请提供未加密的文件")
        raise ReadError(path, "PDF 文件损坏，无法读取")
    try:
        pages = _strip_running(_page_lines(pdf, path))
    finally:
        pdf.close()
    lines = [t[0] for p in pages for t in p]
    where = [[t[1], t[2]] for p in pages for t in p]
    text_chars = sum(len(l.strip()) for l in lines)
    if text_chars < 20:
        raise ReadError(path, "PDF 没有文字层（可能是扫描件），需要先做 OCR 文字识别，或提供 Word/文本版本")
    joined = _join_wrapped(lines, where)
    return SourceText(path=path, format="pdf", lines=joined, hints={"pages": where})
