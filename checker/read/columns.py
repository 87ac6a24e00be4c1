"""Two-column pages of a layout format (PDF, OFD): the left column is read, then the right.

A page set in two columns (a 公文's annex, a bulletin, a licence booklet printed two pages to a sheet) has a wide
empty vertical gutter between two blocks of text; read line by line across the page, the two columns' lines
interleave and a line of each that share a baseline become one line. A gutter is taken only where the page shows
one plainly: a vertical strip at least GUTTER_EM characters wide, in the middle half of the text, that no line's ink
crosses over a run of lines, with at least LEFT_MIN lines left of it, RIGHT_MIN right of it, and a left column of
justified text (JUSTIFIED_MIN of its lines end together at the gutter, as the full lines of a column do; a table's or
a form's first column of short labels does not). A line that crosses the gutter (a title over both columns) ends one
run of columns and starts the next. Without such a gutter the lines come back as they were: a one-column page,
a table and a form are never split.
"""

from __future__ import annotations

from statistics import median

GUTTER_EM = 2.0  # the gutter's least width, in characters of the page's body size
LEFT_MIN = 4  # lines in the left column
RIGHT_MIN = 2  # lines in the right column
JUSTIFIED_MIN = 3  # left-column lines that end at the column's right edge
COLUMN_EM = 10.0  # each column at least this many characters wide (the right one at least half of it)

# an item: (left, right, size, is blank, payload) — a character placed on the page
Item = tuple[float, float, float, bool, object]


def _ink(line: list[Item]) -> list[Item]:
    return [t for t in line if not t[3] and t[1] >= t[0]]


def split_columns(lines: list[list[Item]]) -> list[list[object]] | None:
    """The page's lines (top to bottom, each its characters) as they are read with its columns apart: each
    line's payloads, a line that has text in both columns given as two lines. None when the page has no
    gutter (the caller keeps its lines as they were)."""
    inks = [_ink(l) for l in lines]
    sizes = [t[2] for ink in inks for t in ink]
    if sum(1 for ink in inks if ink) < LEFT_MIN + RIGHT_MIN or not sizes:
        return None
    em = median(sizes)
    left0 = min(t[0] for ink in inks for t in ink)
    right0 = max(t[1] for ink in inks for t in ink)
    width = right0 - left0
    if width < 2 * COLUMN_EM * em:
        return None
    half = GUTTER_EM * em / 2

    def crosses(ink: list[Item], x: float) -> bool:
        return any(t[0] < x + half and t[1] > x - half for t in ink)

    best = None  # (lines crossing, -lines either side, x)
    step = max(em / 4, 1.0)
    x = left0 + width / 4
    while x <= left0 + 3 * width / 4:
        crossing = sum(1 for ink in inks if ink and crosses(ink, x))
        beside = sum(1 for ink in inks if ink and not crosses(ink, x))
        key = (crossing, -beside, x)
        if best is None or key < best:
            best = key
        x += step
    if best is None:
        return None
    gx = best[2]

    # runs of lines that do not cross the gutter; a run with columns is read left, then right
    out: list[list[object]] = []
    run: list[int] = []
    found = False

    def flush() -> None:
        nonlocal found
        if run and _columns(lines, inks, run, gx, em):
            found = True
            lefts = [[t[4] for t in lines[i] if t[0] < gx] for i in run]
            rights = [[t[4] for t in lines[i] if t[0] >= gx] for i in run]
            out.extend(p for p in lefts if p)
            out.extend(p for p in rights if p)
        else:
            out.extend([t[4] for t in lines[i]] for i in run)
        run.clear()

    for i, ink in enumerate(inks):
        if ink and crosses(ink, gx):
            flush()
            out.append([t[4] for t in lines[i]])
        else:
            run.append(i)
    flush()
    return out if found else None


def _columns(lines, inks, run: list[int], gx: float, em: float) -> bool:
    """Whether a run of lines that leave the strip at gx empty is two columns of text."""
    left = [[t for t in inks[i] if t[1] <= gx] for i in run]
    right = [[t for t in inks[i] if t[0] >= gx] for i in run]
    left = [l for l in left if l]
    right = [r for r in right if r]
    if len(left) < LEFT_MIN or len(right) < RIGHT_MIN:
        return False
    l_edges = [max(t[1] for t in l) for l in left]
    l_start = min(t[0] for l in left for t in l)
    edge = max(l_edges)
    r_start = min(t[0] for r in right for t in r)
    r_end = max(t[1] for r in right for t in r)
    if edge - l_start < COLUMN_EM * em or r_end - r_start < COLUMN_EM * em / 2:
        return False
    if r_start - edge < GUTTER_EM * em:
        return False
    return sum(1 for e in l_edges if edge - e <= em) >= JUSTIFIED_MIN
