"""Write an .ofd (GB/T 33190) of text paragraphs laid out as a 公文 system lays out a report: A4, the
GB/T 9704 type area (28 characters a line, 22 lines a page), a centred 22-pt title, 16-pt body with a
two-character first-line indent, justified lines (the advances stretched to the right margin), closing
punctuation kept off the start of a line, runs of digits and Latin letters in text objects of their own
(as the real OFD files in tests/realfiles/ have them), DeltaX with the "g" shorthand, and a page number
"— N —" under each page. Used by tests that compare an OFD's results with the text's."""

from __future__ import annotations

import re
import zipfile
from xml.sax.saxutils import escape

LEFT, WIDTH, TOP = 28.0, 156.0, 37.0  # mm: GB/T 9704 type area
BODY, TITLE = 5.6, 7.7  # mm: 三号 (16 pt), 二号 (22 pt)
PITCH, LINES_PER_PAGE = 10.3, 22
_CLOSERS = ",，。、;；:：)）》」』”’!！?？"
NS = "http://www.ofdspec.org/2016"


def _width(c: str, size: float) -> float:
    return size * (0.5 if c.isascii() else 1.0)


def _units(text: str) -> list[str]:
    """What a line may not be broken inside: a number or a Latin word; any other character."""
    return re.findall(r"[0-9A-Za-z.%\-/:]+|.", text, re.S)


def _wrap(text: str, size: float, indent: float) -> list[tuple[str, float, bool]]:
    """(line, left offset, justified) for one paragraph."""
    out, line, used, left = [], "", indent, indent
    for unit in _units(text):
        w = sum(_width(c, size) for c in unit)
        if line and used + w > WIDTH + 1e-6 and unit not in _CLOSERS and not unit.isspace():  # both hang
            out.append((line, left, True))
            line, used, left = "", 0.0, 0.0
        line += unit
        used += w
    out.append((line, left, False))
    return out


def _deltas(values: list[float]) -> str:
    """DeltaX with runs of equal advances written "g N v"."""
    parts, i = [], 0
    while i < len(values):
        j = i
        while j < len(values) and abs(values[j] - values[i]) < 1e-9:
            j += 1
        n = j - i
        parts.append(f"g {n} {values[i]:.3f}" if n > 2 else " ".join(f"{values[i]:.3f}" for _ in range(n)))
        i = j
    return " ".join(parts)


def _runs(line: str) -> list[str]:
    """The line cut where it passes between ASCII and other characters."""
    runs: list[str] = []
    for c in line:
        if runs and runs[-1][-1].isascii() == c.isascii():
            runs[-1] += c
        else:
            runs.append(c)
    return runs


def _objects(line: str, x0: float, baseline: float, size: float, justified: bool, ids: list[int]) -> str:
    widths = [_width(c, size) for c in line]
    if justified and len(line) > 1:
        extra = (WIDTH - (x0 - LEFT) - sum(widths)) / (len(line) - 1)
        widths = [w + extra for w in widths[:-1]] + [widths[-1]]
    out, x, k = [], x0, 0
    for run in _runs(line):
        adv = widths[k : k + len(run)]
        k += len(run)
        ids[0] += 1
        delta = f' DeltaX="{_deltas(adv[:-1])}"' if len(run) > 1 else ""
        out.append(
            f'<ofd:TextObject ID="{ids[0]}" Font="1" Size="{size}" Boundary="{x:.3f} {baseline - size:.3f} '
            f'{sum(adv):.3f} {size * 1.2:.3f}"><ofd:TextCode X="0" Y="{size:.3f}"{delta}>{escape(run)}'
            f"</ofd:TextCode></ofd:TextObject>"
        )
        x += sum(adv)
    return "".join(out)


def build_ofd(paragraphs: list[str], path) -> None:
    """The first paragraph is the title; each later one a body paragraph."""
    placed: list[tuple[str, float, float, bool]] = []  # (line, x, size, justified)
    for i, para in enumerate(paragraphs):
        if i == 0:
            for line, _left, _j in _wrap(para, TITLE, 0.0):
                w = sum(_width(c, TITLE) for c in line)
                placed.append((line, LEFT + (WIDTH - w) / 2, TITLE, False))
            continue
        for line, left, justified in _wrap(para, BODY, 2 * BODY):
            placed.append((line, LEFT + left, BODY, justified))
    pages = [placed[i : i + LINES_PER_PAGE] for i in range(0, len(placed), LINES_PER_PAGE)] or [[]]
    ids = [100]
    contents = []
    for pno, page in enumerate(pages, 1):
        objs = []
        for row, (line, x, size, justified) in enumerate(page):
            objs.append(_objects(line, x, TOP + BODY + row * PITCH, size, justified, ids))
        num = f"— {pno} —"
        w = sum(_width(c, BODY) for c in num)
        objs.append(_objects(num, LEFT + (WIDTH - w) / 2, 297 - 28.0 + BODY, BODY, False, ids))
        contents.append(
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
            f'<ofd:Layer ID="{ids[0] + 1}">{"".join(objs)}</ofd:Layer></ofd:Content></ofd:Page>'
        )
        ids[0] += 1
    page_list = "".join(f'<ofd:Page ID="{i + 1}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(contents)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "OFD.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
            f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID></ofd:DocInfo>"
            f"<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        )
        z.writestr(
            "Doc_0/Document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
            f"<ofd:MaxUnitID>{ids[0]}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>"
            f"</ofd:PageArea></ofd:CommonData><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>",
        )
        for i, content in enumerate(contents):
            z.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", content)
