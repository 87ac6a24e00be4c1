"""Headings run together inside one long line (a page that lost every line break).

"…情况汇报如下: 一、主要措施和成效 (一)强化组织引领,夯实法治根基。切实…" holds a first-level
and a second-level heading, but neither starts a line, so the heading tree sees none. The
normalize stage already splits before a number that follows a sentence end ("。二、"); this
step splits the rest, before a heading number that follows a colon or a space, and only when
the numbers inside the line continue one consistent sequence:

* first level 一、二、三、… in order, continuing from the number the lines before reached (a
  number that starts a line resets it), or from 一;
* second level (一)(二)(三)… in order, starting again at (一) after each first-level number;
* at least two numbers in the sequence (counting a number that starts the line), at least one of
  them first-level, and every number followed by a heading-sized title (at most 60 characters
  before the next sentence end or space);
* a (一) glued to the title of its first-level number ("一、主要措施和成效(一)强化…", as a PDF's text
  layer gives it) counts too; any other number must follow a space, a sentence end or a colon.

So prose that mentions “一、” once (“分为一、二、三类”, “如下: 一、……”) is never split, nor an
inline list “(一)……(二)……” inside a paragraph. Every piece keeps the line number of the line
it came from, so evidence still points at the file.
"""

from __future__ import annotations

from .. import rx
from ..cnnum import CN_DIGITS, cn_value
from ..model import Line

SPLIT_MIN = 200  # only long lines are candidates (a paragraph of a page with its breaks)
TITLE_MAX = 60  # the title after a number: up to the next sentence end or space
_CN = f"[{CN_DIGITS}]{{1,3}}"
_L1 = rf"(?P<l1>{_CN})、"
_L2 = rf"\((?P<l2>{_CN})\)"
# a number that starts the line
_START = rx.compile(rf"{_L1}|{_L2}")
# a number after a space, a sentence end or a colon (the pattern starts with that character, so the regex
# engine skips ahead to it: a long line without one costs a fast scan, ~40x less than a look-behind at every
# position); a (一) may also follow its first-level heading's title directly ("一、主要措施和成效(一)强化…":
# a PDF's text layer drops the space between them), those are found with str.find
_EMBEDDED = rx.compile(rf"[\s。;!?:](?:{_L1}|{_L2})")
_GLUED_FIRST = "(一)"
_BOUNDARY = frozenset(" \t\n。;!?:")
_TITLE_END = rx.compile(r"[\s。;!?:]")
_GLUED_TITLE = rx.compile(rf"[^\s。;!?:]{{1,{TITLE_MAX}}}")
_FIRST = frozenset(CN_DIGITS + "(")
# a sequence needs a first-level number (at the start of the line or after a boundary): without one, a long
# line is passed over without listing every number in it (_has_level1)
_DIGITS = frozenset(CN_DIGITS)
_BOUNDARY_MARKS = frozenset("。;!?:")  # and whitespace: the class [\s。;!?:] before a number


def _may_cut(text: str) -> bool:
    return "、" in text and _has_level1(text)


def _has_level1(text: str) -> bool:
    r"""Whether the text holds 1-3 Chinese numerals and 、 at its start or after
    whitespace or one of 。;!?: (the regex [\s。;!?:][一…十]{1,3}、 or one at the
    start): the pieces between its 、 are split off in C, and only a piece
    ending in a numeral is looked at (a regex with a class in front tries
    every position of the line, ~2x slower on a report's paragraphs)."""
    parts = text.split("、")
    for i in range(len(parts) - 1):
        piece = parts[i]
        if not piece or piece[-1] not in _DIGITS:
            continue
        n = len(piece) - len(piece.rstrip(CN_DIGITS))  # the numerals right before this 、
        if n > 3:
            continue
        if n == len(piece):  # nothing before them: the start of the line, or another 、
            if i == 0:
                return True
            continue
        before = piece[-n - 1]
        if before in _BOUNDARY_MARKS or before.isspace():
            return True
    return False


def _title_ok(text: str, start: int) -> bool:
    m = _TITLE_END.search(text, start)
    size = (m.start() if m else len(text)) - start
    return 0 < size <= TITLE_MAX


def _marks(text: str) -> list[tuple[int, int, int, int, bool]]:
    """(start, end, level, number, glued) of every number that may start a heading, in order."""
    out = []
    m = _START.match(text)
    if m:
        out.append((0, m.end(), 1 if m.group("l1") else 2, cn_value(m.group("l1") or m.group("l2")), False))
    for m in _EMBEDDED.finditer(text):
        l1 = m.group("l1")
        out.append((m.start() + 1, m.end(), 1 if l1 else 2, cn_value(l1 or m.group("l2")), False))
    at = text.find(_GLUED_FIRST, 1)
    while at > 0:
        if text[at - 1] not in _BOUNDARY:
            out.append((at, at + len(_GLUED_FIRST), 2, 1, True))
        at = text.find(_GLUED_FIRST, at + 1)
    out.sort()
    return out


def _cuts(text: str, l1: int, l2: int) -> tuple[list[int], int, int]:
    """Positions (> 0) where a consistent sequence of heading numbers starts a new line, and the
    numbers (first level, second level) the sequence has reached at the end of the line. A number
    that starts the line is taken as it is; (l1, l2) are the numbers reached before the line."""
    have_l1 = False
    count = 0
    cuts: list[int] = []
    l1_end = -1  # where the title of the last first-level number taken starts (-1: the last taken was no l1)
    for start, end, level, n, glued in _marks(text):
        at_start = start == 0
        if level == 1:
            if not at_start and (n != l1 + 1 or not _title_ok(text, end)):
                continue
            l1, l2, have_l1, l1_end = n, 0, True, end
        else:
            # glued to other text: only (一) right after its part's title
            if glued and not (l1_end >= 0 and _GLUED_TITLE.fullmatch(text, l1_end, start)):
                continue
            if not at_start and (n != l2 + 1 or not _title_ok(text, end)):
                continue
            l2, l1_end = n, -1
        count += 1
        if not at_start:
            cuts.append(start)
    return (cuts if cuts and count >= 2 and have_l1 else []), l1, l2


def split_lines(lines: list[Line]) -> list[Line]:
    """The lines, with every long line holding a run-together heading sequence cut before each
    heading number of the sequence (the same list when nothing is cut)."""
    # the lines that may be cut (a long line holding a first-level number): without any, nothing is cut and
    # the numbers the lines reach need not be followed
    may_cut = {k for k, line in enumerate(lines) if len(line.text) >= SPLIT_MIN and _may_cut(line.text)}
    if not may_cut:
        return lines
    out: list[Line] | None = None
    l1 = l2 = 0
    for k, line in enumerate(lines):
        text = line.text
        cuts: list[int] = []
        if k in may_cut:
            cuts, c1, c2 = _cuts(text, l1, l2)
            if cuts:
                l1, l2 = c1, c2
        if not cuts and text[:1] in _FIRST:  # a line that starts with a number moves the sequence on
            m = _START.match(text)
            if m and m.group("l1"):
                l1, l2 = cn_value(m.group("l1")), 0
            elif m:
                l2 = cn_value(m.group("l2"))
        if not cuts:
            if out is not None:
                out.append(line)
            continue
        if out is None:
            out = list(lines[:k])
        bounds = [0, *cuts, len(text)]
        for a, b in zip(bounds, bounds[1:]):
            piece = text[a:b].strip()
            if piece:
                out.append(Line(no=line.no, text=piece))
    return lines if out is None else out
