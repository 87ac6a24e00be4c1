"""PDF text layer (pypdfium2). Running headers/footers and page numbers are
removed; lines that a full-width wrap broke mid-sentence are joined.
hints["pages"][i] = [page, line on the page] of line i+1 (the first physical
line of a joined paragraph; lines counted from the top of the page as the
text layer has them, blank lines not counted). A page set in two columns is read left column, then right
(checker.read.columns)."""

from __future__ import annotations

import re
from collections import Counter

from ..errors import ReadError
from ..model import SourceText
from .columns import split_columns

_PAGE_NO = re.compile(r"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4})?([\s,]*共\s*\d+\s*页)?[\s\-—–·]*$")
_END = "。;；!！?？:：”)）"


# Chinese characters, full-width forms, CJK and curly punctuation: no space is wanted beside them
_CJK = re.compile(r"[\u2018-\u201f\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def _char_size(pdfium_c, raw, i: int, rect) -> float:
    """The size a character is set in (points). pdfium's font size is the font's nominal size; a PDF
    printed by a printer driver ("Microsoft: Print To PDF") may set 6.5-pt text as a 40.96-pt font scaled
    down by its text matrix, and then the nominal size says nothing about the page: where the
    character's box is far smaller than that size, its height is the size."""
    size = pdfium_c.FPDFText_GetFontSize(raw, i) or 12.0
    pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
    height = rect.top - rect.bottom
    return height if 0.5 < height < 0.6 * size else size


def _text_lines(tp) -> list[tuple[str, tuple[float, float, float] | None]]:
    """The lines of one text page, each with its ink: (left, right, font size) — where its first and
    last non-blank characters start and end (points from the page's left edge) and the size most of
    its characters are set in. How full a line is is measured on the page, not by counting characters
    (a 22-pt centred title wraps after 20 characters, a line of half-width digits holds 40).
    A line's characters are put in the order they stand on the page: a word processor writes the runs
    of each font apart, so the text layer may give a line's curly quotes after its Chinese text
    ("树立绿水青山就是金山银山理念“”"). A space the text layer makes up beside a Chinese character or
    a curly quote, where the page only has the narrow gap a word processor leaves between scripts
    ("报送 2024 年"), is dropped; the page's own spaces are kept."""
    import pypdfium2.raw as pdfium_c

    text = tp.get_text_range()
    out: list[tuple[str, tuple[float, float, float] | None]] = []
    rect = pdfium_c.FS_RECTF()
    raw = tp.raw

    def _baseline(idx: list[int]) -> tuple[float, float] | None:
        """(bottom, font size) of a line's first character with ink."""
        for i in idx:
            if not text[i].isspace() and not pdfium_c.FPDFText_IsGenerated(raw, i):
                size = _char_size(pdfium_c, raw, i, rect)  # leaves the character's loose box in rect
                return rect.bottom, size
        return None

    def close(idx: list[int]) -> None:
        chars = []  # (left, stream order, char, index, loose right)
        for k, i in enumerate(idx):
            pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect)
            chars.append((rect.left, k, text[i], i, rect.right))
        chars.sort(key=lambda t: (t[0], t[1]))
        kept: list[str] = []
        left = right = None
        sizes: Counter = Counter()
        last = None  # the last character kept
        for j, (x, _k, c, i, _r) in enumerate(chars):
            if c == " " and last is not None and pdfium_c.FPDFText_IsGenerated(raw, i):
                b = next((t for t in chars[j + 1 :] if not t[2].isspace()), None)
                if last[2].isspace() or b is None:
                    continue  # made up beside a space, or at the end of the line
                size = _char_size(pdfium_c, raw, b[3], rect)
                gap = b[0] - last[4]
                cjk_a, cjk_b = bool(_CJK.match(last[2])), bool(_CJK.match(b[2]))
                # between scripts: the word processor's narrow gap; between Chinese characters: no gap at all
                if (cjk_a != cjk_b and gap < 0.35 * size) or (cjk_a and cjk_b and gap < 0.1 * size):
                    continue
            kept.append(c)
            last = (x, _k, c, i, _r)
            if not c.isspace():
                box = tp.get_charbox(i)
                if box[2] > box[0]:
                    left = box[0] if left is None else min(left, box[0])
                    right = box[2] if right is None else max(right, box[2])
                    sizes[round(_char_size(pdfium_c, raw, i, rect) * 2) / 2] += 1
        ink = (left, right, sizes.most_common(1)[0][0]) if left is not None and sizes else None
        out.append(("".join(kept), ink))

    groups: list[list[int]] = [[]]
    prev = ""
    for i, c in enumerate(text):
        if c in "\r\n":
            if not (c == "\n" and prev == "\r"):
                groups.append([])
        else:
            groups[-1].append(i)
        prev = c

    def _by_baseline(g: list[int]) -> list[list[int]]:
        """A text-layer line that holds characters of several lines of the page (a printer driver's PDF
        may write a bulleted list with no line breaks between the items) split where the baseline moves
        down or up by more than half a character; spaces go with the characters before them."""
        parts: list[list[int]] = [[]]
        base = base_size = left = None
        for i in g:
            if not text[i].isspace() and not pdfium_c.FPDFText_IsGenerated(raw, i):
                size = _char_size(pdfium_c, raw, i, rect)
                if base is None or abs(rect.bottom - base) > 0.6 * max(size, base_size):
                    # a new line goes back to the left (a rotated page's text runs down the page instead)
                    if base is not None and parts[-1] and rect.left < left - 0.5 * size:
                        parts.append([])
                    base, base_size = rect.bottom, size
                elif size >= 0.8 * base_size:  # a superscript mark (∗, †, ¹) keeps the line's baseline
                    base, base_size = rect.bottom, size
                left = rect.left
            parts[-1].append(i)
        return parts

    # the text layer starts a new line where a run of another font was written later ("紧抓“关键少数”" /
    # ",切实……" on one line of the page): lines on the same baseline are one line
    merged: list[list[int]] = []
    last_base = None
    for g in groups:
        base = _baseline(g)
        if merged and base is not None and last_base is not None and abs(base[0] - last_base[0]) < 0.3 * base[1]:
            merged[-1].extend(g)
            continue
        merged.append(g)
        last_base = base
    lines = [line for g in merged for line in _by_baseline(g)]
    for line in _two_columns(tp, text, lines) or lines:
        close(line)
    return out


def _two_columns(tp, text: str, lines: list[list[int]]) -> list[list[int]] | None:
    """A page set in two columns (checker.read.columns): its lines top to bottom, the left column's
    before the right's, a line of each column on one baseline parted; None for any other page (its lines
    stay as the text layer gives them)."""
    import pypdfium2.raw as pdfium_c

    raw, rect = tp.raw, pdfium_c.FS_RECTF()
    placed = []
    base = 0.0
    for k, line in enumerate(lines):
        items, first = [], None
        for i in line:
            blank = text[i].isspace() or bool(pdfium_c.FPDFText_IsGenerated(raw, i))
            size = _char_size(pdfium_c, raw, i, rect)  # leaves the character's loose box in rect
            items.append((rect.left, rect.right, size, blank, i))
            if first is None and not blank:
                first = rect.bottom
        base = first if first is not None else base  # a blank line stays under the line above it
        placed.append((-base, k, items))
    placed.sort(key=lambda t: (t[0], t[1]))  # top to bottom (PDF's y grows upwards)
    return split_columns([items for _, _, items in placed])


def _page_lines(pdf, path: str) -> tuple[list[list[str]], list[list]]:
    """Text lines of each page, and each line's ink (left, right, font size; None for a blank line). A page that cannot be read
    stops the reading: a report checked without some of its pages would show false gaps."""
    pages, edges, broken = [], [], []
    for i in range(len(pdf)):
        try:
            page = pdf[i]
            tp = page.get_textpage()
            rows = _text_lines(tp)
            tp.close()
            page.close()
        except Exception:  # pypdfium2.PdfiumError and ctypes errors on damaged objects
            broken.append(i + 1)
            continue
        pages.append([r[0] for r in rows])
        edges.append([r[1] for r in rows])
    if broken:
        shown = "、".join(map(str, broken[:5])) + ("等" if len(broken) > 5 else "")
        raise ReadError(
            path, f"PDF 文件损坏：第 {shown} 页（共 {len(pdf)} 页）无法读取，请重新导出 PDF 或提供 Word/文本版本"
        )
    return pages, edges


def _numbered(pages: list[list[str]], edges: list | None = None) -> list[list[tuple]]:
    """(text, page, line on page, (left, right) ink edges or None) for every line; blank lines are not
    counted."""
    out = []
    for pno, page in enumerate(pages, 1):
        k, rows = 0, []
        for j, line in enumerate(page):
            if line.strip():
                k += 1
            rows.append((line, pno, max(k, 1), edges[pno - 1][j] if edges else None))
        out.append(rows)
    return out


def _strip_running(pages: list[list[str]], edges: list | None = None) -> list[list[tuple]]:
    """Pages without running headers/footers and page numbers; each line
    keeps its page, line on the page and ink edges."""
    numbered = _numbered(pages, edges)
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
FULL_INK = 0.9  # measured on the page: a wrap leaves at most a character or two free
INDENT_MAX = 4  # a first-line indent is two characters, at most four; a line set in further is not a wrap
FULL_INDENTED = 0.8  # ... and where paragraphs are indented, a line at the margin continues a line this full


def _full_line(lines: list[str]) -> int:
    """The length of a full line: most physical lines of a report are the
    full-width lines of its paragraphs (a high percentile, not the maximum,
    which one line of half-width digits or Latin letters would inflate)."""
    lengths = sorted(len(l.strip()) for l in lines if len(l.strip()) >= 10)
    return lengths[int(len(lengths) * 0.75)] if lengths else 0


def _fills(lines: list[str], ink: list | None) -> tuple[list[float], tuple[float, float] | None]:
    """How full each line is (1.0 = a full line), and the text's (left, right) margins when it was
    measured on the page. From the
    ink's right edge where the text layer gives it: the text's left margin is the leftmost ink, a full
    line ends where most lines of the paragraphs end (a high percentile of the right edges). Without
    ink, characters are counted, as for a text layer without boxes."""
    if ink:
        measured = [(l, e) for l, e in zip(lines, ink) if e]
        if measured:
            left0 = min(e[0] for _, e in measured)
            rights = sorted(e[1] for l, e in measured if len(l.strip()) >= 10)
            full = rights[int(len(rights) * 0.75)] if rights else 0.0
            if full > left0:
                return [((e[1] - left0) / (full - left0)) if e else 0.0 for e in ink], (left0, full)
    width = _full_line(lines)
    return [len(l.strip()) / width if width else 0.0 for l in lines], None


def _indented(e: tuple[float, float, float] | None, margins: tuple[float, float] | None) -> bool:
    """A line that starts a paragraph by its first-line indent: it starts two characters or so in from
    the text's left margin and is not centred (a centred line is as far in from both margins)."""
    if not e or not margins:
        return False
    left0, full = margins
    inner, outer = e[0] - left0, full - e[1]
    centred = abs(inner - outer) <= e[2] and outer >= 1.5 * e[2]  # a full line is not centred
    return 1.5 * e[2] <= inner <= INDENT_MAX * e[2] and not centred


# punctuation that never starts a line (禁则): a line starting so continues the line above
_CLOSERS = ",，。、;；:：)）》」』”’!！?？"
_CLOSING = re.compile(f"^.?[{_CLOSERS}]")
# a line's first unit that cannot be broken: a number or a Latin word with its quotes or brackets (a document
# number's 〔2019〕 too), and the Chinese character (with a pause mark) kept with it
_UNIT_FIRST = re.compile(
    r"^(?:[\u4e00-\u9fff][、，,]?)?[“‘(（《「『〔［\[]*[0-9A-Za-z][0-9A-Za-z·.\-/%:]*[”’)）》」』〕］\]]*(?:(?<=[〕］\]])\d+号?)?[、，。,;；:：]?"
)


# a 公文's document-number line ("中府发〔2023〕36号   签发人：李建国"): it starts a line of its own, whatever the line
# above it (a site's breadcrumb that nearly fills its line); not a number inside a sentence ("(中府发〔2023〕36号)要求")
_DOC_NO_LINE = re.compile(r"^[^\s,。，(（《]{1,12}〔\s*\d{4}\s*〕\s*\d+\s*号(?:\s|$)")


# full-width opening marks: their ink sits in the right half of the character's box
_OPENERS = "《“‘（「『〔［"


def _at_margin(e: tuple[float, float, float] | None, margins: tuple[float, float] | None, first: str = "") -> bool:
    """A line that starts at the text's left margin (a paragraph's second or later line). A line that starts
    with a full-width opening mark ("《重庆市……办法》") shows its first ink half a character in (rn49)."""
    slack = 0.75 if first[:1] and first[:1] in _OPENERS else 0.5
    return bool(e and margins) and e[0] - margins[0] < slack * e[2]


def _join_wrapped(lines: list[str], where: list | None = None, ink: list | None = None) -> list[str]:
    """Join a line to the previous one when the previous line ran the full
    width and did not end a sentence: a wrap, not a paragraph end. A line
    starting with a heading number always starts anew, and a heading is
    continued only when it filled its line (a long heading that wraps).
    ink[i]: (left, right, font size) of line i on its page, when known: a wrap
    keeps its font size (a 22-pt title that fills its line is not continued by the
    16-pt line under it), a line set in by a first-line indent starts a paragraph
    (and where paragraphs are so set, a line at the margin goes on the paragraph
    even after a full stop), and a full line is measured in points."""
    fills, margins = _fills(lines, ink)
    on_page = margins is not None
    full, full_heading = (FULL_INK, FULL_HEADING) if on_page else (FULL, FULL_HEADING)
    # paragraphs set with a first-line indent: a full line then a line at the margin is a wrap even after
    # a full stop or a closing quote ("……一是健全组织机构。" / "成立由……")
    indents = on_page and any(_indented(e, margins) for e in ink)
    out: list[str] = []
    places: list = []
    last = ""  # the last physical line added
    last_k = -1
    for k, line in enumerate(lines):
        s = line.strip()
        need = full_heading if _HEADING_START.match(last) else full
        if on_page and ink[last_k] and _CLOSING.match(s[:2]):
            # a line does not start with closing punctuation: the character before it went down with it
            # (and a line starting with it continues the one above whatever that one ends with)
            need -= 1.2 * ink[last_k][2] / (margins[1] - margins[0])
        closing_first = bool(s) and s[0] in _CLOSERS
        early = False
        if on_page and ink[last_k]:
            # a number or a Latin word is not broken, nor is the character before its opening quote parted
            # from it: a line ends early when the unit that went down would not have fit in what it left
            # ("……国家安全教育" / "日、“12·4”国家宪法日")
            unit = _UNIT_FIRST.match(s)
            if unit:
                em = sum(0.55 if c.isascii() else 1.0 for c in unit.group(0))
                early = fills[last_k] + em * ink[last_k][2] / (margins[1] - margins[0]) >= 0.97
        if indents and _at_margin(ink[k], margins, s):
            need = min(need, FULL_INDENTED)  # where paragraphs are indented, a line at the margin goes on one
        same_size = not on_page or not (ink[k] and ink[last_k]) or abs(ink[k][2] - ink[last_k][2]) < 1
        # a line set far in (right-aligned, a short centred line) was not wrapped, however far right it ends
        set_in = on_page and ink[last_k] is not None and ink[last_k][0] - margins[0] > INDENT_MAX * ink[last_k][2]
        if (
            s
            and out
            and out[-1]
            and (fills[last_k] >= need or early)
            and same_size
            and not set_in
            and not (on_page and _indented(ink[k], margins))
            and (out[-1][-1] not in _END or closing_first or (indents and _at_margin(ink[k], margins, s)))
            and not _HEADING_START.match(s)
            and not ("〔" in s[:14] and _DOC_NO_LINE.match(s))
        ):
            # a wrap between two words or numbers was a space ("2024-03-28" / "09:18"): a word processor
            # does not break a number or a word
            spaced = out[-1][-1].isascii() and out[-1][-1].isalnum() and s[0].isascii() and s[0].isalnum()
            out[-1] += (" " if spaced else "") + s
        else:
            out.append(s)
            if where is not None:
                places.append(where[k])
        last, last_k = s, k
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
        pages = _strip_running(*_page_lines(pdf, path))
    finally:
        pdf.close()
    lines = [t[0] for p in pages for t in p]
    where = [[t[1], t[2]] for p in pages for t in p]
    ink = [t[3] for p in pages for t in p]
    text_chars = sum(len(l.strip()) for l in lines)
    if text_chars < 20:
        raise ReadError(path, "PDF 没有文字层（可能是扫描件），需要先做 OCR 文字识别，或提供 Word/文本版本")
    joined = _join_wrapped(lines, where, ink)
    return SourceText(path=path, format="pdf", lines=joined, hints={"pages": where})
