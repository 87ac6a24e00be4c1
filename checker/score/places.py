"""Places a reader of the original can find: the .docx paragraph number, the
PDF page and line on the page, and the nearest heading above, filled into
every Evidence and Finding that has a line number. txt/html keep the line."""

from __future__ import annotations

from ..model import Document, Evidence, Finding, Heading, MatchResult

HEADING_CHARS = 16  # the heading named in a place is trimmed to this many characters


_FULL = str.maketrans({"(": "（", ")": "）", ":": "：", ",": "，", ";": "；"})
_FULL_PAIRS = tuple((chr(a), b) for a, b in _FULL.items())


def heading_label(h: Heading, limit: int = HEADING_CHARS) -> str:
    """ "（三）严格规范公正文明执法" as the report writes it (full-width brackets)."""
    text = f"{h.number}{h.title}".strip()
    if len(text) > limit:  # (the full-width forms keep the length: trimmed first, they are put in fewer places)
        text = text[: limit - 1] + "…"
    for half, full in _FULL_PAIRS:  # = text.translate(_FULL): a dict table is read in Python, character by character
        if half in text:
            text = text.replace(half, full)
    return text


class Locator:
    def __init__(self, doc: Document):
        self.paragraphs = doc.locations.get("paragraphs") or []
        self.pages = doc.locations.get("pages") or []
        self.index = {}
        for i, line in enumerate(doc.lines):
            self.index.setdefault(line.no, i)
        self.headings = doc.headings
        self._lines = len(doc.lines)
        self._inner: list[Heading | None] | None = None
        self._parts: list[Heading | None] | None = None
        self._labels: dict[int, str] = {}

    def enclosing(self, no: int) -> Heading | None:
        """The innermost heading whose section holds line `no` (for a heading
        line: its parent)."""
        i = self.index.get(no)
        if i is None:
            return None
        if self._inner is None:  # once per document: for each line index, the latest heading around it
            inner: list[Heading | None] = [None] * self._lines
            if _in_order(self.headings):  # each heading's section written over the earlier ones' (slices: C loops)
                for h in self.headings:
                    lo, hi = max(h.index + 1, 0), min(h.end, self._lines)
                    if lo < hi:
                        inner[lo:hi] = [h] * (hi - lo)
            else:
                for h in self.headings:
                    for k in range(max(h.index + 1, 0), min(h.end, self._lines)):
                        best = inner[k]
                        if best is None or h.index > best.index:
                            inner[k] = h
            self._inner = inner
        return self._inner[i] if 0 <= i < self._lines else None

    def part_at(self, idx: int) -> Heading | None:
        """The last first-level heading (in the order of doc.headings) at or
        before line index `idx`: the part that holds it."""
        if self._parts is None:
            parts: list[Heading | None] = [None] * self._lines
            for h in self.headings:
                if h.level == 1:
                    lo = max(h.index, 0)
                    if lo < self._lines:
                        parts[lo:] = [h] * (self._lines - lo)  # (a slice: one C loop)
            self._parts = parts
        if 0 <= idx < self._lines:
            return self._parts[idx]
        return _part_before(self.headings, idx)

    def label(self, h: Heading) -> str:
        got = self._labels.get(id(h))
        if got is None:
            got = self._labels[id(h)] = heading_label(h)
        return got

    def fill(self, obj: Evidence | Finding) -> None:
        no = obj.line
        if not no:
            return
        if 0 < no <= len(self.paragraphs) and self.paragraphs[no - 1]:
            obj.paragraph = self.paragraphs[no - 1]
        if 0 < no <= len(self.pages):
            obj.page, obj.page_line = self.pages[no - 1]
        h = self.enclosing(no)
        if h is not None:
            obj.under = self.label(h)


def _in_order(headings) -> bool:
    """Whether the headings stand in strictly increasing line order (as the structure stage makes them)."""
    return all(a.index < b.index for a, b in zip(headings, headings[1:]))


def _part_before(headings, idx: int) -> Heading | None:
    best = None
    for h in headings:
        if h.level == 1 and h.index <= idx:
            best = h
    return best


def fill_places(doc: Document, result: MatchResult, loc: Locator | None = None) -> None:
    loc = loc or Locator(doc)
    for e in result.elements:
        for ev in e.evidence + e.near_misses:
            loc.fill(ev)
    for c in result.coverage:
        for ev in c.evidence:
            loc.fill(ev)
    for f in result.findings:
        loc.fill(f)
