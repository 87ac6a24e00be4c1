"""OFD (GB/T 33190, China's layout format for e-documents): the text of its pages.

An .ofd is a zip: OFD.xml names the document (DocBody/DocRoot → Document.xml), which lists the pages
(Pages/Page@BaseLoc → Page_N/Content.xml) and the template pages they draw on. A page's text is in
TextObjects (Boundary "x y w h" in mm, Size, optional CTM and HScale) holding TextCodes (X, Y of the first
character's baseline inside the boundary, DeltaX/DeltaY the advances, "g 3 2.5" = three advances of 2.5).
Characters are placed on the page, grouped into lines by baseline (top to bottom) and put in left-to-right
order (a page set in two columns: the left column, then the right; checker.read.columns); the lines then go through the PDF reader's steps (running headers/footers and page numbers removed,
wrapped lines joined by their ink on the page). Signatures, annotations and attachments are not read.
The zip is inflated within the .docx reader's limits (checker.read.docx: MAX_PART_BYTES, MAX_TOTAL_BYTES).
hints["pages"][i] = [page, line on the page] as for a PDF.
"""

from __future__ import annotations

import io
import math
import posixpath
import zipfile
from collections import Counter

from lxml import etree

from ..errors import ReadError
from ..model import SourceText
from .columns import split_columns
from .docx import MAX_PART_BYTES, MAX_TOTAL_BYTES, BombError, _Budget, _Counted, _parser
from .pdf import _join_wrapped, _strip_running

PT_PER_MM = 72 / 25.4  # lines are measured in points, as the PDF reader measures them
MAX_PAGES = 5000  # a report has tens of pages; a file listing more is refused rather than walked
_BROKEN = "OFD 文件损坏或不是有效的 OFD 文档，请重新导出 OFD，或提供 PDF/Word 版本"


def _local(el) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name: str):
    for c in el:
        if _local(c) == name:
            return c
    return None


def _children(el, name: str):
    return [c for c in el if _local(c) == name]


def _floats(text: str | None) -> list[float]:
    """Numbers of an ST_Array; "g N v" stands for N times v (GB/T 33190 DeltaX/DeltaY)."""
    out: list[float] = []
    tokens = (text or "").split()
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t == "g" and i + 2 < len(tokens):
            try:
                out.extend([float(tokens[i + 2])] * min(int(float(tokens[i + 1])), 100000))
            except ValueError:
                pass
            i += 3
            continue
        try:
            out.append(float(t))
        except ValueError:
            pass
        i += 1
    return out


class _Package:
    """The .ofd's XML parts, each inflated within the limits."""

    def __init__(self, data: bytes, path: str):
        self.path = path
        self.budget = _Budget(path)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = {i.filename.lstrip("/"): i for i in self.zip.infolist()}
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
            raise ReadError(path, _BROKEN) from None

    def tree(self, name: str):
        info = self.names.get(name.lstrip("/"))
        if info is None:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise self.budget.refuse(f"{name} ", MAX_PART_BYTES)
        with io.BufferedReader(_Counted(self.zip.open(info), name, self.budget), 1 << 16) as f:
            return etree.parse(f, _parser()).getroot()


def _resolve(base: str, loc: str | None) -> str:
    """A location in the package: "/Doc_0/Document.xml" from the root, "Pages/Page_0/Content.xml" from
    the folder of the file that names it."""
    loc = (loc or "").strip().replace("\\", "/")
    if loc.startswith("/"):
        return posixpath.normpath(loc).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), loc)).lstrip("/")


def _text_objects(root):
    """The TextObjects of a page's content, in any layer or page block; not in annotations (another file)."""
    content = _child(root, "Content") if root is not None else None
    if content is None:
        return []
    return [el for el in content.iter() if _local(el) == "TextObject" and el.get("Visible", "true") != "false"]


def _chars(obj) -> list[tuple[float, float, float, str, float]]:
    """(x, baseline y, size, character, right edge) of an object's characters, in points on the page."""
    box = _floats(obj.get("Boundary"))
    bx, by = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
    ctm = _floats(obj.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    try:
        size = float(obj.get("Size") or 3.5)
        hscale = float(obj.get("HScale") or 1.0)
    except ValueError:
        size, hscale = 3.5, 1.0
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    out = []
    x = y = 0.0
    for code in obj:
        if _local(code) != "TextCode":
            continue
        try:
            x = float(code.get("X")) if code.get("X") is not None else x
            y = float(code.get("Y")) if code.get("Y") is not None else y
        except ValueError:
            continue
        dxs, dys = _floats(code.get("DeltaX")), _floats(code.get("DeltaY"))
        text = code.text or ""
        for i, ch in enumerate(text):
            step = dxs[i] if i < len(dxs) else (size * hscale * (0.5 if ch.isascii() else 1.0))
            px, py = a * x + c * y + e + bx, b * x + d * y + f + by
            width = (step if i < len(dxs) else size * hscale * (0.5 if ch.isascii() else 1.0)) * scale
            out.append((px * PT_PER_MM, py * PT_PER_MM, size * scale * PT_PER_MM, ch, (px + width) * PT_PER_MM))
            x += step
            y += dys[i] if i < len(dys) else 0.0
    return out


def _lines(chars) -> tuple[list[str], list]:
    """Text lines of a page from its placed characters, top to bottom, with each line's ink
    (left, right, font size) as the PDF reader gives it."""
    chars = sorted((t for t in chars if t[2] > 0), key=lambda t: (t[1], t[0]))
    groups: list[list] = []
    base = None
    for t in chars:
        if groups and base is not None and abs(t[1] - base) < 0.3 * t[2]:
            groups[-1].append(t)
            continue
        groups.append([t])
        base = t[1]
    for g in groups:
        g.sort(key=lambda t: t[0])
    split = split_columns([[(t[0], t[4], t[2], t[3].isspace(), t) for t in g] for g in groups])
    if split is not None:  # two columns: the left one is read, then the right
        groups = split
    texts, inks = [], []
    for g in groups:
        g.sort(key=lambda t: t[0])
        parts: list[str] = []
        prev = None
        for t in g:
            if prev is not None and t[0] - prev[4] > 1.5 * t[2] and not prev[3].isspace() and not t[3].isspace():
                parts.append(" ")  # a wide gap on the line (a 文号 and its 签发人) is a space
            parts.append(t[3])
            prev = t
        ink = [t for t in g if not t[3].isspace()]
        if not ink:
            continue
        sizes = Counter(round(t[2] * 2) / 2 for t in ink)
        texts.append("".join(parts).strip())
        inks.append((ink[0][0], max(t[4] for t in ink), sizes.most_common(1)[0][0]))
    return texts, inks


def _page_chars(pkg: _Package, page_loc: str, templates: dict[str, str], drawn: dict[str, list]) -> list:
    """The placed characters of a page and of the template pages it is drawn on (`drawn`: each
    template's characters, read once for all the pages that use it)."""
    root = pkg.tree(page_loc)
    if root is None:
        raise ReadError(pkg.path, f"OFD 文件缺少页面内容（{page_loc}），请重新导出 OFD，或提供 PDF/Word 版本")
    chars = []
    for tpl in _children(root, "Template"):  # what the page is drawn on (a running header, a 版头) is on it
        loc = templates.get(tpl.get("TemplateID", ""))
        if loc and loc != page_loc:
            if loc not in drawn:
                drawn[loc] = [c for obj in _text_objects(pkg.tree(loc)) for c in _chars(obj)]
            chars.extend(drawn[loc])
    for obj in _text_objects(root):
        chars.extend(_chars(obj))
    return chars


def _pages(pkg: _Package) -> tuple[list[list[str]], list[list]]:
    ofd = pkg.tree("OFD.xml")
    body = _child(ofd, "DocBody") if ofd is not None and _local(ofd) == "OFD" else None
    root_loc = _child(body, "DocRoot") if body is not None else None
    if root_loc is None or not (root_loc.text or "").strip():
        raise ReadError(pkg.path, _BROKEN + "（缺少 OFD.xml 或其中的 DocRoot）")
    doc_loc = _resolve("OFD.xml", root_loc.text)
    doc = pkg.tree(doc_loc)
    if doc is None:
        raise ReadError(pkg.path, _BROKEN + f"（缺少 {doc_loc}）")
    templates = {}
    common = _child(doc, "CommonData")
    for tpl in _children(common, "TemplatePage") if common is not None else []:
        templates[tpl.get("ID", "")] = _resolve(doc_loc, tpl.get("BaseLoc"))
    pages_el = _child(doc, "Pages")
    locs = [_resolve(doc_loc, p.get("BaseLoc")) for p in (_children(pages_el, "Page") if pages_el is not None else [])]
    if len(locs) > MAX_PAGES:
        raise ReadError(pkg.path, f"OFD 文件有 {len(locs)} 页，超过上限 {MAX_PAGES} 页；请拆分后再检查")
    texts, inks = [], []
    drawn: dict[str, list] = {}
    for loc in locs:
        t, i = _lines(_page_chars(pkg, loc, templates, drawn))
        texts.append(t)
        inks.append(i)
    return texts, inks


def read_ofd(data: bytes, path: str) -> SourceText:
    try:
        pkg = _Package(data, path)
        pages = _strip_running(*_pages(pkg))
    except BombError as exc:
        what, limit = exc.args
        raise ReadError(path, f"{what}解压后超过 {limit // 1024 // 1024} MB，可能是压缩炸弹，已拒绝读取") from None
    except ReadError:
        raise
    except MemoryError:
        raise ReadError(path, "文档过大，内存不足，请拆分后再检查") from None
    except Exception:  # noqa: BLE001 — XML syntax errors, CRC errors, zlib errors of damaged members: one line
        raise ReadError(path, _BROKEN) from None
    lines = [t[0] for p in pages for t in p]
    where = [[t[1], t[2]] for p in pages for t in p]
    ink = [t[3] for p in pages for t in p]
    if sum(len(l.strip()) for l in lines) < 20:
        raise ReadError(
            path, "OFD 没有文字层（可能是扫描件，或文字已转为图形），需要先做 OCR 文字识别，或提供原始 Word/文本版本"
        )
    joined = _join_wrapped(lines, where, ink)
    return SourceText(path=path, format="ofd", lines=joined, hints={"pages": where})


__all__ = ["MAX_TOTAL_BYTES", "read_ofd"]
