"""Word .docx: paragraphs and tables in document order; heading styles and
Word's automatic numbering become structure (the number is written out)."""
from __future__ import annotations

import io
import zipfile

from ..errors import ReadError
from ..model import SourceText

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "一二三四五六七八九十"


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + _CN[n - 11]
    return _CN[n // 10 - 1] + "十" + (_CN[n % 10 - 1] if n % 10 else "")


def _fmt(n: int, numfmt: str) -> str:
    if numfmt.startswith(("chinese", "ideograph", "japanese", "taiwanese")):
        return _cn(n)
    return str(n)


def _numbering(document):
    """(numId, ilvl) -> (numFmt, lvlText) from numbering.xml."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, AttributeError, NotImplementedError):
        return {}
    abstract = {}
    for a in root.findall(f"{_W}abstractNum"):
        levels = {}
        for lvl in a.findall(f"{_W}lvl"):
            fmt = lvl.find(f"{_W}numFmt")
            text = lvl.find(f"{_W}lvlText")
            levels[lvl.get(f"{_W}ilvl")] = (fmt.get(f"{_W}val") if fmt is not None else "decimal",
                                            text.get(f"{_W}val") if text is not None else "%1.")
        abstract[a.get(f"{_W}abstractNumId")] = levels
    out = {}
    for num in root.findall(f"{_W}num"):
        ref = num.find(f"{_W}abstractNumId")
        if ref is not None:
            for ilvl, spec in abstract.get(ref.get(f"{_W}val"), {}).items():
                out[(num.get(f"{_W}numId"), ilvl)] = spec
    return out


def _blocks(body):
    """Paragraphs and tables in document order, also inside content controls
    (w:sdt), which some templates wrap around the whole text."""
    for child in body.iterchildren():
        if child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child


def _numbered(numpr, numbering, counters: dict[tuple, int]) -> str:
    """The number Word shows before a paragraph of an automatic list, e.g.
    "（二）" for lvlText "（%1）" in chineseCounting; "%k" is the counter of
    level k of the same list, so "%1.%2" reads "3.2"."""
    num_id = numpr.find(f"{_W}numId")
    ilvl = numpr.find(f"{_W}ilvl")
    key = (num_id.get(f"{_W}val") if num_id is not None else None,
           ilvl.get(f"{_W}val") if ilvl is not None else "0")
    spec = numbering.get(key)
    if not spec or spec[0] in ("bullet", "none"):
        return ""
    counters[key] = counters.get(key, 0) + 1
    for k in list(counters):  # deeper levels restart
        if k[0] == key[0] and int(k[1]) > int(key[1]):
            counters[k] = 0
    text = spec[1]
    for level in range(int(key[1]) + 1, 0, -1):  # %10 … %1: longest first
        lvl_spec = numbering.get((key[0], str(level - 1)), spec)
        text = text.replace(f"%{level}", _fmt(max(1, counters.get((key[0], str(level - 1)), 1)), lvl_spec[0]))
    return text


def _heading_level(par) -> int | None:
    name = (par.style.name if par.style is not None else "") or ""
    for prefix in ("Heading ", "标题 ", "heading "):
        if name.startswith(prefix) and name[len(prefix):].strip().isdigit():
            return int(name[len(prefix):].strip())
    return None


def read_docx(data: bytes, path: str) -> SourceText:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise ReadError(path, "文件损坏或不是有效的 Word 文档（.docx），请用 Word/WPS 打开后重新另存为 .docx")
    except Exception as exc:
        raise ReadError(path, f"无法读取 Word 文档（{type(exc).__name__}），请重新另存为 .docx")
    numbering = _numbering(document)
    counters: dict[tuple, int] = {}
    lines: list[str] = []
    levels: dict[int, int] = {}
    for child in _blocks(document.element.body):
        if child.tag == f"{_W}p":
            par = Paragraph(child, document)
            text = par.text.strip()
            numpr = child.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None and text:
                text = _numbered(numpr, numbering, counters) + text
            lines.append(text)
            lvl = _heading_level(par)
            if lvl and text:
                levels[len(lines)] = lvl
        elif child.tag == f"{_W}tbl":
            for row in Table(child, document).rows:
                cells = []
                for c in row.cells:
                    t = c.text.strip()
                    if t and (not cells or cells[-1] != t):
                        cells.append(t)
                lines.append("  ".join(cells))
    hints = {"heading_levels": levels}
    title = (document.core_properties.title or "").strip()
    if title:
        hints["title"] = title
    return SourceText(path=path, format="docx", lines=lines, hints=hints)
