"""The heading tree: 一、 / (一) / 1. / (1) and 一是… lead-ins.

Levels: 1 = 一、 or 第一部分; 2 = (一); 3 = 1. / 1、; 4 = (1); 5 = 一是 lead-in.
Run-in headings ("(一)加强领导。全年召开…") keep only the part before the
first sentence end as their title. A long paragraph that starts with 一、
while it is out of sequence (the document is already inside its part 一) is
body text, not a new part. Word heading styles (reader hints) are headings
even without a number. Unnumbered short lines become headings only in a
document that has no numbered first-level headings at all, and then only
two or more of them, or one heading set over two lines (see _unnumbered).
Headings run together inside one long line are split off before this
(runtogether.py). A numbered heading whose title stops on a word that
cannot end one (的, 和, 与, 及, 、) takes the short unpunctuated line below
as the rest of its title ("二、推进法治政府建设存在的" / "不足和原因").
"""

from __future__ import annotations

import re

from .. import rx
from ..cnnum import CN_DIGITS, cn_value
from ..model import Heading, Line

_CN = f"[{CN_DIGITS}]{{1,3}}"

_PATTERNS: list[tuple[int, re.Pattern]] = [
    (1, rx.compile(rf"^(?P<num>{_CN})\s*[、.]\s*")),
    (1, rx.compile(rf"^第(?P<num>{_CN})(?:部分|章)\s*[、:.]?\s*")),
    (2, rx.compile(rf"^\(\s*(?P<num>{_CN})\s*\)\s*[、.]?\s*")),
    (2, rx.compile(rf"^(?P<num>{_CN})\)\s*")),
    (3, rx.compile(r"^(?P<num>\d{1,2})\s*[、.](?![\d%])\s*")),
    (4, rx.compile(r"^\(\s*(?P<num>\d{1,2})\s*\)\s*")),
    (5, rx.compile(rf"^(?P<num>{_CN})是\s*")),
]
_RUN_IN_END = rx.compile(r"[。;!?:]")
_LEAD_IN_END = rx.compile(r"[。;!?:,]")
MAX_TITLE = 60  # longer "titles" are paragraphs
STANDALONE_MAX = 50  # a standalone heading line is at most this long
_UNNUMBERED_MAX = 30
RUN_IN_BODY = 40  # text after a heading-space longer than this is a run-in body
_TERMINAL = "。;!?:,、"


def _title_of(rest: str, level: int) -> tuple[str, bool] | None:
    """(title, run_in) or None when the text is a paragraph, not a heading."""
    ender = _LEAD_IN_END if level == 5 else _RUN_IN_END
    m = ender.search(rest)
    # "一、主要举措和成效 全年共…": a heading, one space, then a long body
    gap = rest.find(" ")
    if 0 < gap <= MAX_TITLE and (m is None or gap < m.start()) and len(rest) - gap > RUN_IN_BODY:
        return rest[:gap].strip(), True
    if m is None:
        return (rest.strip(), False) if len(rest) <= MAX_TITLE else None
    title = rest[: m.start()].strip()
    after = rest[m.end() :].strip()
    if not title or len(title) > MAX_TITLE:
        return None
    return title, bool(after)


# every pattern above starts with one of these: other lines (most of a report) need not try them;
# a line tries only the patterns that can start with its first character, in the same order
_FIRST = frozenset(CN_DIGITS + "第(0123456789")
_BY_FIRST: dict[str, list[tuple[int, re.Pattern]]] = {
    ch: [
        (level, pat)
        for k, (level, pat) in enumerate(_PATTERNS)
        if (k in (0, 3, 6) and ch in CN_DIGITS)
        or (k == 1 and ch == "第")
        or (k in (2, 5) and ch == "(")
        or (k == 4 and ch in "0123456789")
    ]
    for ch in _FIRST
}


def parse_heading(line: Line, index: int) -> Heading | None:
    text = line.text
    if not text or text[0] not in _FIRST:
        return None
    for level, pat in _BY_FIRST[text[0]]:
        m = pat.match(text)
        if m is None:
            continue
        end = m.end()
        parsed = _title_of(text[end:], level)
        if parsed is None:
            return None
        return Heading(level, text[:end].strip(), parsed[0], line, index)
    return None


_DIGITS = rx.compile(r"[一二三四五六七八九十\d]+")


def _number(h: Heading) -> int:
    m = _DIGITS.search(h.number)
    return cn_value(m.group(0)) if m else 0


def _accept_level1(h: Heading, last_l1: int) -> bool:
    """In sequence, or a short standalone line: a heading. Otherwise (a long
    run-in paragraph repeating 一、 inside a part) body text."""
    n = _number(h)
    standalone = len(h.line.text) <= STANDALONE_MAX
    if standalone:
        return True
    return n == last_l1 + 1


_SENTENCE_END = "。;!?"
# a heading line of a two-line heading: a plain phrase (Han characters, 、 and quotes), no digits,
# colon or brackets (captions "(某某社区)", site labels "第1篇:…", edition lines "…报告(2013)")
_PHRASE = rx.compile(r"[\u4e00-\u9fff、“”]+")


def _glued_tail(text: str) -> str:
    """The short unpunctuated tail of a paragraph line after its last sentence end (the first line
    of a two-line heading the page glued to the paragraph before it), or ""."""
    if not text or text[-1] in _TERMINAL:
        return ""
    cut = max(text.rfind(ch) for ch in _SENTENCE_END)
    tail = text[cut + 1 :].strip()
    return tail if cut > 0 and 0 < len(tail) <= _UNNUMBERED_MAX and _PHRASE.fullmatch(tail) else ""


def _unnumbered(lines: list[Line], taken: set[int]) -> list[Heading]:
    """Short standalone lines between paragraphs, for documents without
    numbered parts. The first and last lines (title, signature) are skipped.
    Such lines count when there are at least two of them, or when one is
    the second line of a heading set over two lines (strong evidence even
    alone): the line before it is also a short unpunctuated line, or it is
    a paragraph that ends in a short unpunctuated tail after its last
    sentence end (the page glued the heading's first line to it)."""
    long_idx = [i for i, l in enumerate(lines) if len(l.text) > 80]
    if len(long_idx) < 2:
        return []
    first, last = long_idx[0], long_idx[-1]
    out = []
    strong = False
    for i in range(first, last):
        text = lines[i].text
        if i in taken or len(text) > _UNNUMBERED_MAX or text[-1] in _TERMINAL:
            continue
        if not (i + 1 < len(lines) and len(lines[i + 1].text) > 80):
            continue
        prev = lines[i - 1].text if i > first else ""
        if (
            i - 1 > first
            and i - 1 not in taken
            and len(prev) <= _UNNUMBERED_MAX
            and prev[-1] not in _TERMINAL
            and len(lines[i - 2].text) > 80
            and _PHRASE.fullmatch(prev)
            and _PHRASE.fullmatch(text)
        ):
            out.append(Heading(level=1, number="", title=prev + text, line=lines[i - 1], index=i - 1))
            strong = True
            continue
        tail = _glued_tail(prev) if len(prev) > 80 and _PHRASE.fullmatch(text) else ""
        strong = strong or bool(tail)
        out.append(Heading(level=1, number="", title=tail + text, line=lines[i], index=i))
    return out if len(out) >= 2 or strong else []


LONG_TITLE = 160  # a part name written out in full (Guangdong's guideline names its parts so)
# how such a part name ends ("……推动法治政府建设的举措和成效", "……的有关情况")
_PART_END = rx.compile(r"(?:情况|成效|举措|原因|安排|打算|计划|问题|不足|职责|措施|做法)$")
_SENTENCE = rx.compile(r"[。;!?]")


def _long_part(lines: list[Line], i: int) -> Heading | None:
    """A first-level heading longer than MAX_TITLE: "一、全面贯彻……推动法治政府建设的举措和成效"
    (the part names of Guangdong's report guideline run to 100 characters). Only a whole line
    without a sentence end, at most LONG_TITLE long, whose next line is a (一) heading or that ends
    as a part name does (……的举措和成效, ……的有关情况); a long line out of the sequence is still
    body text (_accept_level1)."""
    text = lines[i].text
    m = _PATTERNS[0][1].match(text)
    if not m or len(text) > LONG_TITLE or _SENTENCE.search(text) or i + 1 >= len(lines):
        return None
    nxt = parse_heading(lines[i + 1], i + 1)
    first_sub = nxt is not None and nxt.level == 2 and _number(nxt) == 1
    if not first_sub and not _PART_END.search(text):
        return None
    return Heading(level=1, number=text[: m.end()].strip(), title=text[m.end() :].strip(), line=lines[i], index=i)


# a heading broken before its end ("二、推进法治政府建设存在的" / "不足和原因"): the title stops on a word
# that cannot end one, and the next line is a short, unpunctuated rest of it
_OPEN_END = "的和与及、暨并之"
_CONTINUATION_MAX = 30
_CLAUSE = rx.compile(r"[。;!?:,]")


def _continued(h: Heading, lines: list[Line], i: int) -> Heading:
    """The heading with the next line joined to its title when the title is evidently cut."""
    if not h.number or not h.title or h.title[-1] not in _OPEN_END or i + 1 >= len(lines):
        return h
    if len((h.number + h.title).replace(" ", "")) != len(h.line.text.replace(" ", "")):  # a run-in body follows
        return h
    nxt = lines[i + 1].text
    if len(nxt) > _CONTINUATION_MAX or _CLAUSE.search(nxt) or parse_heading(lines[i + 1], i + 1) is not None:
        return h
    return Heading(level=h.level, number=h.number, title=h.title + nxt, line=h.line, index=h.index)


# a first-level number written with a comma or a space instead of 、 ("一,主要举措和成效", "二 存在的问题"):
# only a short line holding nothing but the number and a plain title, and only in sequence
_LOOSE_L1 = rx.compile(rf"^(?P<num>{_CN})(?:\s*,\s*|\s+)(?P<title>[^\s。;!?:,、]{{2,{_UNNUMBERED_MAX}}})$")


def _loose_part(line: Line, index: int, last_l1: int) -> Heading | None:
    m = _LOOSE_L1.match(line.text)
    if not m or cn_value(m.group("num")) != last_l1 + 1:
        return None
    number = line.text[: m.start("title")].strip()
    return Heading(level=1, number=number, title=m.group("title"), line=line, index=index)


def build_tree(lines: list[Line], style_levels: dict[int, int] | None = None) -> list[Heading]:
    style_levels = style_levels or {}
    heads: list[Heading] = []
    last_l1 = 0
    for i, line in enumerate(lines):
        h = parse_heading(line, i)
        if h is None and line.text[:1] in CN_DIGITS:
            h = _long_part(lines, i) if len(line.text) > MAX_TITLE else _loose_part(line, i, last_l1)
        styled = style_levels.get(line.no)
        if h is None and styled and len(line.text) <= MAX_TITLE:
            h = Heading(level=min(styled, 4), number="", title=line.text.rstrip(_TERMINAL), line=line, index=i)
        if h is None:
            continue
        h = _continued(h, lines, i)
        if h.level == 1 and h.number:
            if not _accept_level1(h, last_l1):
                continue
            last_l1 = _number(h)
        heads.append(h)
    if not any(h.level == 1 for h in heads):
        heads = sorted(heads + _unnumbered(lines, {h.index for h in heads}), key=lambda h: h.index)
    _link(heads, len(lines))
    return heads


def _link(heads: list[Heading], n_lines: int) -> None:
    """Fill parent and end (exclusive) for every heading."""
    stack: list[int] = []
    for k, h in enumerate(heads):
        while stack and heads[stack[-1]].level >= h.level:
            heads[stack.pop()].end = h.index
        h.parent = stack[-1] if stack else None
        stack.append(k)
    for k in stack:
        heads[k].end = n_lines
