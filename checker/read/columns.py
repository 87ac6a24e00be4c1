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

import math
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
    # each line's ink as runs: characters closer than a gutter's width are one run (no gutter fits between)
    spans = [_runs(sorted(ink), 2 * half) for ink in inks]

    def crosses(i: int, x: float) -> bool:
        return any(a < x + half and b > x - half for a, b in spans[i])

    # how many lines cross a gutter centred at each x of a grid over the middle half of the text: a run (a, b)
    # crosses it where a - half < x < b + half
    x0, step = left0 + width / 4, max(em / 4, 1.0)
    n = int(width / 2 / step) + 1
    diff = [0] * (n + 1)
    for i, ink in enumerate(inks):
        last = -1
        for a, b in spans[i]:
            lo = max(math.floor((a - half - x0) / step) + 1, 0, last + 1)
            hi = min(math.ceil((b + half - x0) / step) - 1, n - 1)
            if lo <= hi:
                diff[lo] += 1
                diff[hi + 1] -= 1
                last = hi
    crossing, k_best, best = 0, 0, None
    for k in range(n):
        crossing += diff[k]
        if best is None or crossing < best:
            best, k_best = crossing, k
    gx = x0 + k_best * step

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
        if ink and crosses(i, gx):
            flush()
            out.append([t[4] for t in lines[i]])
        else:
            run.append(i)
    flush()
    return out if found else None


def _runs(ink: list[Item], gap: float) -> list[tuple[float, float]]:
    """(left, right) of the runs of a line's ink (sorted by left) that no gap of `gap` or more parts."""
    out: list[list[float]] = []
    for t in ink:
        if out and t[0] - out[-1][1] < gap:
            out[-1][1] = max(out[-1][1], t[1])
        else:
            out.append([t[0], t[1]])
    return [(a, b) for a, b in out]


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
