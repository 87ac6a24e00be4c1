"""Word .docx as offices make them, read straight from the XML parts.

* Paragraphs and tables in document order, also inside content controls
  (w:sdt); a table row is one line (its cells joined by two spaces).
* Text boxes (w:txbxContent) are read once: the copy that Word keeps for old
  readers in mc:AlternateContent/mc:Fallback is skipped. A text box's
  paragraphs follow the paragraph that anchors it.
* Tracked changes read as accepted: w:ins and w:moveTo kept, w:del and
  w:moveFrom dropped. Comments and footnotes live in their own parts and are
  never read; field codes (w:instrText) are not text.
* Structure: automatic numbering is written out ("一、", "（二）", "3.2"),
  whether the paragraph carries w:numPr itself or its paragraph style does
  (inherited through w:basedOn, the level also found through a numbering
  level's w:pStyle, as Word's 多级列表 linked to heading styles do); heading
  level from w:outlineLvl (paragraph, then style chain) or a heading style's
  name ("heading 1", "Heading 1", "标题 1"; WPS and localized Word use
  numeric style ids, so the name counts, not the id). Each style is
  resolved once per file.
* Where each line came from: hints["paragraphs"][i] is the 1-based paragraph
  number of line i+1 (non-empty paragraphs and table rows counted as Word
  shows them; 0 for an empty paragraph).
* Limits: only the XML parts read are inflated, each at most
  MAX_PART_BYTES and together at most MAX_TOTAL_BYTES, checked against the
  zip's own size fields before reading and again by a counter while
  streaming (the size fields can lie): a zip bomb is refused with one
  Chinese line naming the file, in bounded time and memory.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..errors import ReadError
from ..model import SourceText

MAX_PART_BYTES = 100 * 1024 * 1024  # one XML part inflated (a 300-page report's document.xml is ~5 MB)
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # all parts read, together
LAYOUT_CELL_CHARS = 100  # a table cell with several paragraphs and this much text holds prose, not data

_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{_W_NS}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"

P, TBL, TR, TC, SDT, SDT_CONTENT = (f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt", f"{_W}sdtContent")
BODY = f"{_W}body"
_CUSTOM = f"{_W}customXml"
_T, _TAB, _PTAB, _BR, _CR, _NBH = (f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen")
TXBX = f"{_W}txbxContent"
# never text: deleted / moved-away runs, the old-reader copy of drawings,
# paragraph and run properties (they hold revision marks, not text)
_SKIP = {
    f"{_W}del",
    f"{_W}moveFrom",
    f"{_MC}Fallback",
    f"{_W}pPr",
    f"{_W}rPr",
    f"{_W}instrText",
    f"{_W}delText",
    f"{_W}footnoteReference",
    f"{_W}endnoteReference",
    f"{_W}commentReference",
}

_CN = "一二三四五六七八九"
_HEAVENLY = "甲乙丙丁戊己庚辛壬癸"
_LEGAL = "壹贰叁肆伍陆柒捌玖"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


class BombError(Exception):
    """A part inflates beyond the limits."""


def cn_number(n: int, digits: str = _CN, ten: str = "十") -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return digits[n - 1]
    if n < 20:
        return ten + (digits[n - 11] if n > 10 else "")
    if n < 100:
        return digits[n // 10 - 1] + ten + (digits[n % 10 - 1] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letter(n: int) -> str:
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


# a label ending in one of these (or an ASCII digit or letter) has no mark of its own after the number
_NUMERAL_CHARS = frozenset("零〇一二三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟") | frozenset(_HEAVENLY)


def format_number(n: int, numfmt: str) -> str:
    """The number as Word shows it in a list of this w:numFmt."""
    if numfmt.startswith(
        (
            "chineseCounting",
            "japaneseCounting",
            "taiwaneseCounting",
            "ideographDigital",
            "chineseCountingThousand",
            "koreanCounting",
        )
    ):
        return cn_number(n)
    if numfmt.startswith("chineseLegal"):
        return cn_number(n, _LEGAL, "拾")
    if numfmt in ("ideographTraditional", "ideographZodiac"):
        return _HEAVENLY[(n - 1) % 10]
    if numfmt == "decimalEnclosedCircle" or numfmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if numfmt == "upperRoman":
        return _roman(n)
    if numfmt == "lowerRoman":
        return _roman(n).lower()
    if numfmt == "upperLetter":
        return _letter(n)
    if numfmt == "lowerLetter":
        return _letter(n).lower()
    if numfmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el, path: str) -> str | None:
    found = el.find(path) if el is not None else None
    return found.get(f"{_W}val") if found is not None else None


# --- the zip, with limits -------------------------------------------------


class _Budget:
    def __init__(self, path: str):
        self.path = path
        self.total = 0

    def refuse(self, what: str, limit: int) -> ReadError:
        return ReadError(self.path, f"{what}解压后超过 {limit // 1024 // 1024} MB，可能是压缩炸弹，已拒绝读取")


class _Counted(io.RawIOBase):
    """A zip member stream that stops when it inflates past the limits."""

    def __init__(self, raw, name: str, budget: _Budget):
        self.raw, self.name, self.budget, self.count = raw, name, budget, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        data = self.raw.read(len(buf))
        n = len(data)
        self.count += n
        self.budget.total += n
        if self.count > MAX_PART_BYTES:
            raise BombError(f"{self.name} ", MAX_PART_BYTES)
        if self.budget.total > MAX_TOTAL_BYTES:
            raise BombError("文档各部分合计", MAX_TOTAL_BYTES)
        buf[:n] = data
        return n


class Package:
    """The parts of a .docx this reader needs, inflated within the limits."""

    def __init__(self, data: bytes, path: str):
        self.path = path
        self.budget = _Budget(path)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = {i.filename: i for i in self.zip.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
            raise ReadError(path, "文件损坏或不是有效的 Word 文档（.docx），请用 Word/WPS 打开后重新另存为 .docx")
        self.main = self._main_part()
        base = self.main.rsplit("/", 1)[0] + "/" if "/" in self.main else ""
        self.styles_name = base + "styles.xml"
        self.numbering_name = base + "numbering.xml"
        planned = sum(
            self.names[n].file_size for n in (self.main, self.styles_name, self.numbering_name) if n in self.names
        )
        for n in (self.main, self.styles_name, self.numbering_name):
            if n in self.names and self.names[n].file_size > MAX_PART_BYTES:
                raise self.budget.refuse(f"{n} ", MAX_PART_BYTES)
        if planned > MAX_TOTAL_BYTES:
            raise self.budget.refuse("文档各部分合计", MAX_TOTAL_BYTES)

    def _main_part(self) -> str:
        """word/document.xml, or wherever _rels/.rels points (WPS and
        converters sometimes name it differently)."""
        if "_rels/.rels" in self.names:
            try:
                rels = etree.fromstring(self.read("_rels/.rels"))
                for rel in rels.iter(f"{_REL}Relationship"):
                    if rel.get("Type") == _DOC_REL:
                        target = rel.get("Target", "").lstrip("/")
                        if target in self.names:
                            return target
            except etree.XMLSyntaxError:
                pass
        if "word/document.xml" in self.names:
            return "word/document.xml"
        raise ReadError(self.path, "文件损坏或不是有效的 Word 文档（.docx）：缺少正文部分，请重新另存为 .docx")

    def open(self, name: str):
        info = self.names[name]
        if info.file_size > MAX_PART_BYTES:
            raise self.budget.refuse(f"{name} ", MAX_PART_BYTES)
        return io.BufferedReader(_Counted(self.zip.open(info), name, self.budget), 1 << 16)

    def read(self, name: str) -> bytes:
        with self.open(name) as f:
            return f.read()

    def tree(self, name: str):
        if name not in self.names:
            return None
        with self.open(name) as f:
            return etree.parse(f, _parser()).getroot()


def _parser():
    # no DTDs, no entities, no network: a part is data, not instructions
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, load_dtd=False)


# --- styles and numbering ------------------------------------------------


@dataclass(frozen=True)
class StyleInfo:
    num_id: str | None  # numbering from the style chain ("0" switches it off)
    ilvl: str | None
    outline: int | None  # 0-based outline level (9 = body text)
    heading: int | None  # 1-based level from a heading style name


def _heading_from_name(name: str) -> int | None:
    low = name.strip().lower()
    for prefix in ("heading ", "标题 ", "标题"):
        if low.startswith(prefix) and low[len(prefix) :].strip().isdigit():
            return int(low[len(prefix) :].strip())
    return None


class Styles:
    """Paragraph styles resolved through w:basedOn, each once (memoized)."""

    def __init__(self, root):
        self.raw: dict[str, tuple] = {}
        self.default: str | None = None
        if root is not None:
            for st in root.iter(f"{_W}style"):
                if st.get(f"{_W}type") not in (None, "paragraph"):
                    continue
                sid = st.get(f"{_W}styleId")
                ppr = st.find(f"{_W}pPr")
                numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
                outline = _val(ppr, f"{_W}outlineLvl")
                self.raw[sid] = (
                    _val(st, f"{_W}basedOn"),
                    _val(numpr, f"{_W}numId"),
                    _val(numpr, f"{_W}ilvl"),
                    int(outline) if outline and outline.isdigit() else None,
                    _heading_from_name(_val(st, f"{_W}name") or ""),
                )
                if st.get(f"{_W}default") in ("1", "true", "on"):
                    self.default = sid
        self.memo: dict[str | None, StyleInfo] = {}

    def get(self, sid: str | None) -> StyleInfo:
        if sid not in self.raw:
            sid = self.default
        if sid in self.memo:
            return self.memo[sid]
        info = StyleInfo(None, None, None, None)
        chain, seen = [], set()
        cur = sid
        while cur in self.raw and cur not in seen:  # basedOn loops are possible in damaged files
            seen.add(cur)
            chain.append(self.raw[cur])
            cur = self.raw[cur][0]
        num_id = ilvl = outline = heading = None
        for _, n, lv, ol, hd in chain:  # nearest first
            if num_id is None and n is not None:
                num_id, ilvl = n, lv
            if outline is None and ol is not None:
                outline = ol
            if heading is None and hd is not None:
                heading = hd
        info = StyleInfo(num_id, ilvl, outline, heading)
        self.memo[sid] = info
        return info


@dataclass
class Level:
    fmt: str
    text: str
    start: int
    pstyle: str | None
    suffix: str = "tab"  # w:suff: what Word puts between the number and the text (tab, space, nothing)


class Numbering:
    """numbering.xml: levels of each list, counters kept per abstract list
    (Word continues a list across w:num instances that share it, unless a
    w:lvlOverride/w:startOverride restarts it)."""

    def __init__(self, root):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        if root is None:
            return
        for a in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.findall(f"{_W}lvl"):
                start = _val(lvl, f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = Level(
                    _val(lvl, f"{_W}numFmt") or "decimal",
                    _val(lvl, f"{_W}lvlText") or "",
                    int(start) if start and start.lstrip("-").isdigit() else 1,
                    _val(lvl, f"{_W}pStyle"),
                    _val(lvl, f"{_W}suff") or "tab",
                )
            self.abstract[a.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            overrides = {}
            for ov in num.findall(f"{_W}lvlOverride"):
                so = _val(ov, f"{_W}startOverride")
                if so and so.isdigit():
                    overrides[int(ov.get(f"{_W}ilvl", "0"))] = int(so)
            self.nums[num.get(f"{_W}numId")] = (_val(num, f"{_W}abstractNumId"), overrides)

    def level_for_style(self, num_id: str, style_ids: list[str]) -> int | None:
        levels = self.abstract.get(self.nums.get(num_id, (None,))[0], {})
        for ilvl, lvl in sorted(levels.items()):
            if lvl.pstyle and lvl.pstyle in style_ids:
                return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str:
        """Advance the list and return the number shown, e.g. "（二）"."""
        abstract_id, overrides = self.nums.get(num_id, (None, {}))
        levels = self.abstract.get(abstract_id)
        if not levels or ilvl not in levels:
            return ""
        lvl = levels[ilvl]
        if lvl.fmt in ("bullet", "none"):
            return ""
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for k, v in overrides.items():
                counters[k] = v - 1
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for k in list(counters):  # deeper levels restart
            if k > ilvl:
                del counters[k]
        text = lvl.text
        for k in range(ilvl, -1, -1):  # %9 … %1: longest first
            spec = levels.get(k, lvl)
            value = counters.get(k, spec.start)
            text = text.replace(f"%{k + 1}", format_number(value, spec.fmt))
        if (
            text
            and (text[-1].isascii() and text[-1].isalnum() or text[-1] in _NUMERAL_CHARS)
            and lvl.suffix != "nothing"
        ):
            # a label of only digits or letters ("%1", "%1.%2") is set apart from the text by its tab or
            # space, as Word shows it ("1 总体要求", not "1总体要求"); a label ending in its own mark ("1、",
            # "（1）") is kept as it is
            text += " "
        return text


# --- text of one block ------------------------------------------------------


def _runs_text(el, parts: list[str], boxes: list) -> None:
    for ch in el:
        tag = ch.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _T:
            parts.append(ch.text or "")
        elif tag == _TAB or tag == _PTAB:
            parts.append("\t")
        elif tag == _BR or tag == _CR:
            parts.append("\n")
        elif tag == _NBH:
            parts.append("-")
        elif tag == TXBX:
            boxes.append(ch)
        elif tag != P:  # a paragraph nested directly (never in Word's own files): its own unit
            _runs_text(ch, parts, boxes)


@dataclass
class Unit:
    """One paragraph or table row: its text and the element it came from."""

    element: object
    text: str
    level: int | None = None  # heading level (1-based) from outline level or style


class Reader:
    """Turns body blocks into units; numbering counters advance as it goes,
    so blocks must be fed in document order."""

    def __init__(self, styles: Styles, numbering: Numbering):
        self.styles = styles
        self.numbering = numbering

    def paragraph(self, p) -> Iterator[Unit]:
        parts: list[str] = []
        boxes: list = []
        _runs_text(p, parts, boxes)
        text = "".join(parts).strip()
        ppr = p.find(f"{_W}pPr")
        sid = _val(ppr, f"{_W}pStyle")
        style = self.styles.get(sid)
        level = None
        outline = _val(ppr, f"{_W}outlineLvl")
        outline_n = int(outline) if outline and outline.isdigit() else style.outline
        if outline_n is not None and outline_n < 9:
            level = outline_n + 1
        elif outline_n is None and style.heading:
            level = style.heading
        if text:
            label = self._number(ppr, sid, style)
            if label:
                text = label + text
        yield Unit(p, text, level if text else None)
        for box in boxes:
            yield from self.blocks(box)

    def _number(self, ppr, sid: str | None, style: StyleInfo) -> str:
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        num_id = _val(numpr, f"{_W}numId")
        ilvl = _val(numpr, f"{_W}ilvl")
        if num_id is None:
            num_id = style.num_id
            if ilvl is None:
                ilvl = style.ilvl
        if num_id is None or num_id == "0":
            return ""
        if ilvl is None:  # a multi-level list linked to heading styles: the level names the style
            chain = []
            cur = sid if sid in self.styles.raw else self.styles.default
            while cur in self.styles.raw and cur not in chain:
                chain.append(cur)
                cur = self.styles.raw[cur][0]
            found = self.numbering.level_for_style(num_id, chain)
            ilvl = str(found) if found is not None else "0"
        return self.numbering.label(num_id, int(ilvl)) if ilvl.isdigit() else ""

    def table(self, tbl) -> Iterator[Unit]:
        """A row of a data table is one line ("聘请法律顾问  3名"). A row used for layout — a cell holding
        paragraphs of prose, as when a web page's text is pasted into Word with the page's frame table,
        or a template sets the body in a one-cell table — gives each of its paragraphs as its own unit,
        with its heading level: the whole report would otherwise be one line without headings."""
        for row in _rows(tbl):
            per_cell: list[list[Unit]] = []
            for tc in _cells(row):
                units = []
                for block in iter_blocks(tc):
                    for unit in self.paragraph(block) if block.tag == P else self.table(block):
                        if unit.text:
                            units.append(unit)
                per_cell.append(units)
            if any(len(units) >= 2 and sum(len(u.text) for u in units) >= LAYOUT_CELL_CHARS for units in per_cell):
                for units in per_cell:
                    yield from units
                continue
            cells: list[str] = []
            for units in per_cell:
                t = " ".join(u.text for u in units).strip()
                if t and (not cells or cells[-1] != t):
                    cells.append(t)
            yield Unit(row, "  ".join(cells))

    def blocks(self, container) -> Iterator[Unit]:
        for block in iter_blocks(container):
            yield from self.block(block)

    def block(self, block) -> Iterator[Unit]:
        if block.tag == P:
            yield from self.paragraph(block)
        else:
            yield from self.table(block)


def iter_blocks(container) -> Iterator:
    """Paragraphs and tables in order, also inside content controls (w:sdt),
    which some templates wrap around the whole text."""
    for child in container:
        tag = child.tag
        if tag == P or tag == TBL:
            yield child
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from iter_blocks(content)
        elif tag == _CUSTOM:
            yield from iter_blocks(child)


def _children(el, tag):
    """The `tag` children of a table or row, looking through content controls
    and custom XML wrapped around them."""
    for ch in el:
        if ch.tag == tag:
            yield ch
        elif ch.tag in (SDT, f"{_W}customXml"):
            inner = ch.find(SDT_CONTENT) if ch.tag == SDT else ch
            if inner is not None:
                yield from _children(inner, tag)


def _rows(tbl):
    return _children(tbl, TR)


def _cells(tr):
    return _children(tr, TC)


def units_of_tree(body, styles: Styles, numbering: Numbering) -> Iterator[Unit]:
    """All units of a loaded w:body (the annotator uses this on python-docx's tree)."""
    return Reader(styles, numbering).blocks(body)


def unit_lines(units) -> Iterator[tuple[str, Unit, bool]]:
    """(line, unit, whole) for every line, as read_docx numbers them: a unit
    is one line, or one line per soft line break in it; `whole` is False
    for the pieces of a broken unit."""
    for unit in units:
        pieces = [s.strip() for s in unit.text.split("\n")] if unit.text else [""]
        for piece in pieces:
            yield piece, unit, len(pieces) == 1


def styles_and_numbering(pkg: Package) -> tuple[Styles, Numbering]:
    return Styles(pkg.tree(pkg.styles_name)), Numbering(pkg.tree(pkg.numbering_name))


def _streamed_units(pkg: Package, reader: Reader) -> Iterator[Unit]:
    """document.xml streamed: each top-level block is read when its end tag
    arrives, then freed, so memory stays bounded however long the body."""
    with pkg.open(pkg.main) as f:
        context = etree.iterparse(
            f,
            events=("end",),
            tag=(P, TBL, SDT, _CUSTOM),
            huge_tree=True,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
        )
        for _, el in context:
            parent = el.getparent()
            if parent is None or parent.tag != BODY:
                continue
            if el.tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    yield from reader.blocks(content)
            elif el.tag == _CUSTOM:
                yield from reader.blocks(el)
            else:
                yield from reader.block(el)
            el.clear()
            while el.getprevious() is not None:
                del parent[0]


def _core_title(pkg: Package) -> str:
    if "docProps/core.xml" not in pkg.names:
        return ""
    try:
        root = pkg.tree("docProps/core.xml")
    except etree.XMLSyntaxError:
        return ""
    el = root.find("{http://purl.org/dc/elements/1.1/}title") if root is not None else None
    return (el.text or "").strip() if el is not None else ""


def read_docx(data: bytes, path: str) -> SourceText:
    try:
        pkg = Package(data, path)
        reader = Reader(*styles_and_numbering(pkg))
        lines: list[str] = []
        paragraphs: list[int] = []
        levels: dict[int, int] = {}
        count, last = 0, None
        for piece, unit, whole in unit_lines(_streamed_units(pkg, reader)):
            if unit.text and unit is not last:
                count += 1
            last = unit
            lines.append(piece)
            paragraphs.append(count if unit.text else 0)
            if unit.level and piece and whole:
                levels[len(lines)] = unit.level
        title = _core_title(pkg)
    except BombError as exc:
        what, limit = exc.args
        raise ReadError(path, f"{what}解压后超过 {limit // 1024 // 1024} MB，可能是压缩炸弹，已拒绝读取")
    except ReadError:
        raise
    except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError, EOFError, zipfile.LargeZipFile):
        raise ReadError(path, "文件损坏或不是有效的 Word 文档（.docx），请用 Word/WPS 打开后重新另存为 .docx")
    except MemoryError:
        raise ReadError(path, "文档过大，内存不足，请拆分后再检查")
    except Exception as exc:  # noqa: BLE001 — zlib.error, CRC errors of damaged members, …: one line, no traceback
        raise ReadError(path, f"无法读取 Word 文档（{type(exc).__name__}），请重新另存为 .docx")
    hints: dict = {"heading_levels": levels, "paragraphs": paragraphs}
    if title:
        hints["title"] = title
    return SourceText(path=path, format="docx", lines=lines, hints=hints)
