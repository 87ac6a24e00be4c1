"""The compiled form of a rulebook: one Aho-Corasick automaton over the
literal anchors of every pattern, so that one pass over a document tells, for
every pattern of every rule, the sentences where it can possibly match.

An *anchor set* of a regular expression is a set of plain strings such that
every match contains at least one of them ("(?:法律顾问|公职律师)" -> {法律顾问,
公职律师}; "聘请.{0,6}法律顾问" -> {法律顾问} or {聘请}, whichever is the better
filter). It is read from the parsed expression (re's own parser), so it is
exact, not a heuristic: a sentence without any anchor cannot match, and the
regex only runs on the sentences that have one. A pattern without a usable
anchor (only classes, optional parts, back-references, IGNORECASE) gets None
and is run over every sentence, as before.

Spaces never count as anchor characters: look-alike blanking (patterns.blank)
writes spaces into a sentence, so only non-space characters of the blanked
text are sure to be the sentence's own.

Rule kinds do not see any of this: they ask `ctx.candidates(patterns)` for
the sentences to look at (checker/match/context.py). LAWCHECK_PLAIN=1 turns
the index off (every sentence is a candidate): the reference path the
equivalence test compares against.

Library: ahocorasick-rs (Rust): on a seed's 164 sentences and the 291 anchors
of a national rulebook it finds all 523 overlapping hits in ~0.28 ms, where
pyahocorasick's iter() takes ~0.67 ms (it walks the str one code point at a
time in Python-object land); building either automaton takes < 1 ms. The
automata run over the text's UTF-16 bytes (Scanner: two bytes a Chinese
character instead of three).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

try:
    from re import _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore

from . import patterns as P

MAX_EXACT = 48  # cross products of alternatives larger than this are cut
_SEP = "\n"  # sentences are joined by this character for the one pass (no anchor holds it)
# what a <YEAR>-like placeholder stands for while reading anchors: anything
_ANALYSIS_FILL = r"[\s\S]*"

_LITERAL = sre_parse.LITERAL
_IN = sre_parse.IN
_SUBPATTERN = sre_parse.SUBPATTERN
_BRANCH = sre_parse.BRANCH
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT)
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
try:
    _REPEATS = _REPEATS + (sre_parse.POSSESSIVE_REPEAT,)  # Python >= 3.11
except AttributeError:  # pragma: no cover
    pass
_ATOMIC = getattr(sre_parse, "ATOMIC_GROUP", None)


def plain_path() -> bool:
    return os.environ.get("LAWCHECK_PLAIN") == "1"


# Short strings that most report lines hold: the share of the lines of the real pages (tests/realpages,
# 2,707 body lines of 412 pages, measured 2026-11-24) that contain each. Of a pattern's anchor sets
# (法治(建设)?责任: {法治} or {责任}; (学报|研究|法学)\s*(19|20)\d\d年\s*第?\d+期: {学报, 研究, 法学},
# {19, 20}, {年} or {期}) the one fewest lines are expected to hold is the better filter: fewer automaton
# hits, fewer candidate sentences for the regex, and (fewer strings) smaller automata; other strings are
# guessed by their length (_BY_LENGTH). Any anchor set is exact, so this only changes the speed.
_COMMON = {
    "政府": 0.49,
    "法治": 0.46,
    "建设": 0.42,
    "工作": 0.34,
    "推进": 0.23,
    "情况": 0.20,
    "报告": 0.19,
    "行政": 0.19,
    "依法": 0.18,
    "全面": 0.17,
    "深入": 0.13,
    "公开": 0.11,
    "部署": 0.10,
    "关于": 0.10,
    "会议": 0.09,
    "执法": 0.08,
    "制度": 0.08,
    "加强": 0.08,
    "开展": 0.08,
    # (measured 2026-11-25 on the 4,702 body lines of tests/realpages: single characters and digits)
    ",": 0.53,
    "、": 0.48,
    "年": 0.41,
    "20": 0.36,
    "(": 0.25,
    "人": 0.25,
    "项": 0.13,
    "次": 0.09,
    "件": 0.08,
    "日": 0.07,
    "月": 0.06,
    "期": 0.05,
    "19": 0.02,
}


# the share of lines holding a string not in _COMMON, by its length (a rough guess: the longer, the rarer)
_BY_LENGTH = (1.0, 0.3, 0.05, 0.015, 0.005)


def _quality(strings: frozenset[str]) -> tuple[float, int, int]:
    """Higher is a better filter: fewer lines expected to hold one of the
    strings (_COMMON, else a guess by length), then a longer shortest
    string, then fewer strings."""
    common = _COMMON
    guess = _BY_LENGTH
    expected = sum(common.get(s) or guess[min(4, len(s))] for s in strings)
    return (-round(expected, 6), min(4, min(len(s) for s in strings)), -len(strings))


def _node(op, av, icase: bool):
    """(exact, required) for one parsed item: `exact` is the finite set of
    strings it matches (or None); `required` an anchor set (or None)."""
    if op is _LITERAL:
        ch = chr(av)
        if ch.isspace() or icase:
            return None, None
        return frozenset((ch,)), None
    if op is _IN:
        chars = []
        for kind, val in av:
            if kind is not _LITERAL:
                return None, None  # ranges, categories, negation
            ch = chr(val)
            if ch.isspace():
                return None, None
            chars.append(ch)
        if icase or not chars or len(chars) > 8:
            return None, None
        return frozenset(chars), None
    if op is _SUBPATTERN:
        add_flags, del_flags, sub = av[1], av[2], av[3]
        if add_flags & re.IGNORECASE:
            icase = True
        if del_flags & re.IGNORECASE:
            icase = False
        return _seq(sub, icase)
    if _ATOMIC is not None and op is _ATOMIC:
        return _seq(av, icase)
    if op is _BRANCH:
        parts = [_seq(alt, icase) for alt in av[1]]
        if all(ex is not None for ex, _ in parts):
            union = frozenset().union(*(ex for ex, _ in parts))
            if len(union) <= MAX_EXACT:
                return union, None
        reqs = []
        for ex, req in parts:
            r = ex if ex is not None and "" not in ex else req
            if r is None:
                return None, None
            reqs.append(r)
        return None, frozenset().union(*reqs)
    if op in _REPEATS:
        lo, hi, sub = av
        ex, req = _seq(sub, icase)
        if lo == 0:
            return (frozenset(("",)) if hi == 0 else None), None
        if lo == hi == 1:
            return ex, req
        if ex is not None and "" not in ex:
            return None, ex
        return None, req
    if op in _ZERO_WIDTH:
        return frozenset(("",)), None  # consumes nothing
    return None, None  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, ...


def _seq(items, icase: bool):
    """(exact, required) for a sequence: runs of exact items are multiplied
    out into longer strings; the best required set of the pieces wins."""
    cur: frozenset[str] | None = frozenset(("",))
    candidates: list[frozenset[str]] = []
    all_exact = True

    def flush(c):
        if c is not None and "" not in c:
            candidates.append(c)

    for op, av in items:
        ex, req = _node(op, av, icase)
        if ex is not None:
            if cur is not None and len(cur) * len(ex) <= MAX_EXACT:
                cur = frozenset(a + b for a in cur for b in ex)
            else:
                flush(cur)
                all_exact = False
                cur = ex
            continue
        all_exact = False
        flush(cur)
        cur = frozenset(("",))
        if req is not None:
            candidates.append(req)
    if all_exact:
        return cur, None
    flush(cur)
    if not candidates:
        return None, None
    return None, max(candidates, key=_quality)


@lru_cache(maxsize=8192)
def anchors(raw: str) -> frozenset[str] | None:
    """The anchor set of a rulebook pattern (placeholders count as "anything"),
    or None when it has none that can be trusted."""
    text = raw
    for ph in P.PLACEHOLDERS:
        text = text.replace(ph, _ANALYSIS_FILL)
    try:
        tree = sre_parse.parse(text)
    except Exception:
        return None
    flags = tree.state.flags if hasattr(tree, "state") else tree.pattern.flags
    ex, req = _seq(list(tree), bool(flags & re.IGNORECASE))
    out = ex if ex is not None else req
    if not out or "" in out or any(_SEP in s for s in out):
        return None
    return out


def _strings(node) -> Iterable[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, (list, tuple)):
        for v in node:
            yield from _strings(v)


class Scanner:
    """One Aho-Corasick automaton over a list of literals, run over the
    UTF-16 code units of a text: a Chinese character is two bytes there
    (three in UTF-8, which a str automaton walks, after encoding the text
    and before mapping byte offsets back to characters). Inside a whole
    check (automata not in the CPU cache) the passes of one seed-sized
    report took ~235 us in all, ~265 us with str automata; the DFA form,
    twice as fast alone, was slower there for the small block filters
    (bigger tables) but ~15 us faster for the rulebook's scan (dfa=True). A
    match at an odd byte offset straddles two characters and is skipped
    (every occurrence is reported: overlapping); a text with characters
    beyond the BMP (two code units each) is searched by a str automaton,
    built when first needed.

    hits(text) -> (matches, step, odd): `matches` as find_matches_as_indexes
    gives them (pattern number, start, end), offsets in units of `step`
    (2 bytes or 1 character); a match with `start & odd` is no match."""

    def __init__(self, literals: list[str], dfa: bool = False):
        import ahocorasick_rs

        self.literals = literals
        # dfa: the DFA form even for the many literals where the library picks an NFA (a rulebook's scan
        # automaton: ~0.08 -> ~0.04 ms a seed alone, ~0.017 ms less inside a whole check)
        kind = {"implementation": ahocorasick_rs.Implementation.DFA} if dfa else {}
        wide = [lit.encode("utf-16-le") for lit in literals]
        self._wide = ahocorasick_rs.BytesAhoCorasick(wide, matchkind=ahocorasick_rs.MatchKind.Standard, **kind)
        self._str = None
        self._first = None  # the leftmost-first form, for found() (built when first needed)
        self._widest = max(map(len, wide), default=0)  # bytes

    def found(self, text: str) -> set[int]:
        """The numbers of the literals that occur in `text` (at character
        offsets), as the overlapping hits() tell, found faster in a long text
        where few occur: a leftmost-first search (non-overlapping; the
        library then skips ahead with a prefilter, ~7x faster for a term
        dictionary's anchors over a whole report) reports every occurrence
        or one that overlaps it, so every other occurrence lies in a window
        around a reported match, where the overlapping automaton runs."""
        data = text.encode("utf-16-le")
        if len(data) != 2 * len(text) or not self.literals:  # beyond the BMP: as hits() does
            matches, _step, odd = self.hits(text)
            return {k for k, start, _e in matches if not start & odd}
        if self._first is None:
            import ahocorasick_rs

            self._first = ahocorasick_rs.BytesAhoCorasick(
                [lit.encode("utf-16-le") for lit in self.literals], matchkind=ahocorasick_rs.MatchKind.LeftmostFirst
            )
        first = self._first.find_matches_as_indexes(data)
        if len(first) > _FOUND_MAX:  # many: one overlapping pass is cheaper than the windows
            return {k for k, start, _e in self._wide.find_matches_as_indexes(data, overlapping=True) if not start & 1}
        out: set[int] = set()
        reach = self._widest - 2  # an occurrence overlapping [s, e) lies in [s - reach, e + reach)
        size = len(data)
        lo = hi = -1
        for _k, s, e in first:
            ws = max(0, (s - reach) & ~1)  # even: a window's offsets keep their parity
            we = min(size, (e + reach + 1) & ~1)  # (size is even)
            if ws <= hi:  # overlaps the window before: one window
                hi = max(hi, we)
                continue
            if hi > lo:
                out.update(self._in_window(data, lo, hi))
            lo, hi = ws, we
        if hi > lo:
            out.update(self._in_window(data, lo, hi))
        return out

    def _in_window(self, data: bytes, lo: int, hi: int) -> Iterable[int]:
        return (
            k for k, start, _e in self._wide.find_matches_as_indexes(data[lo:hi], overlapping=True) if not start & 1
        )

    def hits(self, text: str) -> tuple[list[tuple[int, int, int]], int, int]:
        data = text.encode("utf-16-le")
        if len(data) == 2 * len(text):  # no character beyond the BMP: byte offset = 2 x character offset
            return self._wide.find_matches_as_indexes(data, overlapping=True), 2, 1
        if self._str is None:
            import ahocorasick_rs

            self._str = ahocorasick_rs.AhoCorasick(self.literals, matchkind=ahocorasick_rs.MatchKind.Standard)
        return self._str.find_matches_as_indexes(text, overlapping=True), 1, 0


_FOUND_MIN = 1024  # BlockFilter: a single text this long is searched with Scanner.found()
_FOUND_MAX = 64  # Scanner.found(): more leftmost-first matches than this, one overlapping pass instead


def _placed_by_offsets(matches, step: int, odd: int, sep: int, texts) -> list[tuple[int, int, int]]:
    """The real matches (the separator's, number `sep`, and straddling ones
    dropped) as the separator counting in scan() reads them, for texts that
    hold the separator themselves: each match is placed in its text by its
    offset, and a separator match is put between the texts."""
    starts = list(accumulate([(len(t) + 1) * step for t in texts], initial=0))
    out: list[tuple[int, int, int]] = []
    i = 0
    for k, start, _end in sorted((m for m in matches if not m[1] & odd and m[0] != sep), key=lambda m: m[1]):
        at = bisect_right(starts, start) - 1
        while i < at:
            out.append((sep, 0, 0))
            i += 1
        out.append((k, 0, 0))
    return out


class RulebookIndex:
    """The anchors of a rulebook's patterns and one automaton over those that
    kinds ask about (ctx.candidates): a rulebook holds ~1,100 anchors, but
    only the patterns matched sentence by sentence need their hits, and
    one-character anchors of the others ("、", "县") would add thousands of
    hits per report. The automaton is rebuilt (< 1 ms) when a pattern asks
    for an anchor it lacks; until then that pattern runs over every sentence."""

    def __init__(self, literals: Iterable[str]):
        self.literals = sorted(set(literals))
        self.ids = {lit: i for i, lit in enumerate(self.literals)}
        self._lids: dict[re.Pattern, tuple[int, ...] | None] = {}
        self._plans: dict[tuple[re.Pattern, ...], tuple] = {}
        self._plan_of: dict[int, tuple] = {}  # id(tuple of patterns) -> (that tuple, its plan)
        self.wanted: set[int] = set()  # literal ids some pattern asked about
        self.scanned: frozenset[int] = frozenset()  # literal ids the automaton looks for
        self._order: list[int] = []  # automaton pattern number -> literal id
        self.automaton = None
        self._all = None  # an automaton over every anchor, for present()

    def literal_ids(self, pat: re.Pattern, want: bool = True) -> tuple[int, ...] | None:
        """Ids of a compiled pattern's anchors in this index; None when the
        pattern has no anchors or one this index does not hold. want: the
        scan automaton should look for them from the next document on."""
        try:
            lids = self._lids[pat]
        except KeyError:
            anchors_ = pattern_anchors(pat)
            lids = None
            if anchors_ is not None:
                got = [self.ids.get(lit) for lit in anchors_]
                lids = None if None in got else tuple(got)
            self._lids[pat] = lids
        if want and lids is not None and not self.wanted.issuperset(lids):
            self.wanted.update(lids)
        return lids

    def plan(self, patterns: tuple[re.Pattern, ...]) -> tuple[tuple[tuple[int, ...], ...] | None, frozenset[int]]:
        """(per pattern, its anchors' ids — None when one of the patterns has
        none this index holds; the ids of them all), worked out once per
        tuple of patterns. The scan automaton looks for them from the next
        document on."""
        hit = self._plan_of.get(id(patterns))  # the same tuple again (a kind's prepared one): no hashing of patterns
        if hit is not None and hit[0] is patterns:
            return hit[1]
        got = self._plans.get(patterns)
        if got is None:
            per = [self.literal_ids(pat) for pat in patterns]  # every pattern: each asks for its anchors
            if any(lids is None for lids in per):
                got = (None, frozenset())
            else:
                got = (tuple(per), frozenset(lid for lids in per for lid in lids))
            if len(self._plans) > 20000:
                self._plans.clear()
                self._plan_of.clear()
            self._plans[patterns] = got
        if len(self._plan_of) > 20000:
            self._plan_of.clear()
        self._plan_of[id(patterns)] = (patterns, got)  # holds the tuple: its id is not reused meanwhile
        return got

    def present(self, text: str) -> frozenset[int]:
        """Ids of the literals that occur in `text` (one pass of an automaton
        over every anchor: for short blocks such as a report's opening)."""
        if not self.literals:
            return frozenset()
        if self._all is None:
            self._all = Scanner(self.literals)
        matches, _step, odd = self._all.hits(text)
        return frozenset(k for k, start, _e in matches if not start & odd)

    def _refresh(self) -> None:
        if self.wanted <= self.scanned:
            return
        self._order = sorted(self.wanted)
        # the separator is looked for too (last): its matches tell scan() where each text ends
        self.automaton = Scanner([self.literals[i] for i in self._order] + [_SEP], dfa=True)
        self.scanned = frozenset(self._order)

    def scan(self, texts: list[str]) -> tuple[list[set[int] | None], frozenset[int]]:
        """(for each literal id, the indices of the texts that contain it;
        the literal ids looked for: the others are unknown)."""
        self._refresh()
        hits: list[set[int] | None] = [None] * len(self.literals)
        if self.automaton is None or not texts:
            return hits, self.scanned
        joined = _SEP.join(texts)
        matches, step, odd = self.automaton.hits(joined)
        order = self._order
        sep = len(order)  # the separator's number in the automaton
        if joined.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
            matches = _placed_by_offsets(matches, step, odd, sep, texts)
            odd = 0
        # overlapping matches come in the order of their ends, and none holds a separator: every
        # match before the i-th separator (counting from 0) is in text i
        i = 0
        for k, start, _end in matches:
            if start & odd:
                continue
            if k == sep:
                i += 1
                continue
            lid = order[k]
            s = hits[lid]
            if s is None:
                hits[lid] = {i}
            else:
                s.add(i)
        return hits, self.scanned


class BlockFilter:
    """An automaton over the anchors of a fixed set of pattern groups (the
    signals of one rule, say), for blocks of short texts a kind reads
    itself: for each group, the texts where one of its patterns can match."""

    def __init__(self, groups: tuple[tuple[re.Pattern, ...], ...]):
        self.groups = groups
        lits: set[str] = set()
        anchors_ = [[pattern_anchors(pat) for pat in pats] for pats in groups]
        for group in anchors_:
            for a in group:
                if a is not None:
                    lits.update(a)
        self.literals = sorted(lits)
        ids = {lit: i for i, lit in enumerate(self.literals)}
        # per group, per pattern: its anchors' ids; None for a group with an anchorless pattern
        self.lids = [
            None if any(a is None for a in group) else [tuple(ids[lit] for lit in a) for a in group]
            for group in anchors_
        ]
        self.anchorless = [g for g, group in enumerate(self.lids) if group is None]
        # literal id -> ((group, positions of the group's patterns it is an anchor of), ...)
        users: dict[int, dict[int, list[int]]] = {}
        for g, group in enumerate(self.lids):
            for k, pat_lids in enumerate(group or ()):
                for lid in pat_lids:
                    ks = users.setdefault(lid, {}).setdefault(g, [])
                    if k not in ks:
                        ks.append(k)
        self.users: dict[int, tuple[tuple[int, tuple[int, ...]], ...]] = {
            lid: tuple((g, tuple(ks)) for g, ks in per.items()) for lid, per in users.items()
        }
        self._single = None  # the automaton for a single text, built when first needed
        self._joined = None  # for several texts: the separator is looked for too (last), as in scan

    def candidates(self, texts: tuple[str, ...]) -> list:
        """For each group: (position in `texts`, positions in the group of
        the patterns that can match there), in order (a group without any:
        an empty sequence)."""
        groups = self.groups
        out: list = [()] * len(groups)  # the groups an anchor occurs for get their own list below
        if self.literals and texts:
            where: dict[int, set[int] | None] = {}  # literal id -> the texts it occurs in (None: the only text)
            sep = len(self.literals)
            if len(texts) == 1 and self._single is None:  # (a block of several lines never needs it: the
                self._single = Scanner(self.literals)  # opening's 770 anchors take ~1.5 ms to build)
            if len(texts) == 1 and len(texts[0]) >= _FOUND_MIN:  # a whole report (a term dictionary's anchors)
                where = dict.fromkeys(self._single.found(texts[0]))
            elif len(texts) == 1:
                matches, _step, odd = self._single.hits(texts[0])
                for k, start, _end in matches:
                    if not start & odd:
                        where[k] = None
            else:
                joined = _SEP.join(texts)
                if self._joined is None:
                    self._joined = Scanner(self.literals + [_SEP])
                matches, step, odd = self._joined.hits(joined)
                if joined.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
                    matches = _placed_by_offsets(matches, step, odd, sep, texts)
                    odd = 0
                j = 0  # matches come in the order of their ends: the separators before one count its text
                for k, start, _end in matches:
                    if start & odd:
                        continue
                    if k == sep:
                        j += 1
                        continue
                    js = where.get(k)
                    if js is None:
                        where[k] = {j}
                    else:
                        js.add(j)
            per_group: dict[int, dict[int, tuple[int, ...]]] = {}
            users = self.users
            for lid, js in where.items():  # only the anchors that occur: a block holds few of them
                for g, ks in users.get(lid, ()):
                    found = per_group.get(g)
                    if found is None:
                        found = per_group[g] = {}
                    for j in (0,) if js is None else js:
                        had = found.get(j)
                        if had is None:
                            found[j] = ks
                        elif had is not ks:  # two anchors of the group in one text: the patterns of both
                            found[j] = tuple(sorted(set(had).union(ks)))
            for g, found in per_group.items():
                out[g] = sorted(found.items())
        for g in self.anchorless:
            every = tuple(range(len(groups[g])))
            out[g] = [(j, every) for j in range(len(texts))]
        return out


LEAD_MAX = 16  # a pattern that may run longer than this before its first literal is searched as it is
LEAD_TEXT = 48  # shorter texts are searched as they are (finding the literals first costs more there)


@lru_cache(maxsize=4096)
def lead(pat: re.Pattern) -> tuple[tuple[str, ...], int] | None:
    """(strings, n): every match of `pat` holds one of `strings` starting at
    most n characters after the match's start (the first item of the pattern
    that matches only whole literal strings, and the widest the items before
    it can be); None when there is no such item within LEAD_MAX characters,
    or when it is the first item (re's search finds such a prefix itself).
    See search()."""
    try:
        tree = sre_parse.parse(pat.pattern, pat.flags & ~re.UNICODE)
    except Exception:
        return None
    icase = bool(tree.state.flags & re.IGNORECASE) if hasattr(tree, "state") else bool(pat.flags & re.IGNORECASE)
    items = list(tree)
    for t, (op, av) in enumerate(items):
        ex, _req = _node(op, av, icase)
        if ex is not None and "" not in ex:
            before = sre_parse.SubPattern(tree.state, items[:t]) if t else None
            width = before.getwidth()[1] if before is not None else 0  # look-arounds count 0: they consume nothing
            # a pattern that opens with its literals: re's own prefix search skips ahead as well
            return (tuple(sorted(ex)), width) if 0 < width <= LEAD_MAX else None
    return None


def search(pat: re.Pattern, text: str) -> re.Match | None:
    """pat.search(text), the same match, started near the first occurrence of
    the pattern's leading literals (lead()): the leftmost match holds one of
    them at most n characters after its start, so it cannot start more than
    n characters before the first of them, and where none occurs there is no
    match. A search that would try every position of a long line (a pattern
    opening with a look-behind, a digit, a class) tries only the last few
    before the literal. Look-behinds still see the text before the start."""
    return search_led(pat, lead(pat), text)


def search_led(pat: re.Pattern, got: tuple[tuple[str, ...], int] | None, text: str) -> re.Match | None:
    """search() with lead(pat) worked out by the caller (once per pattern).
    A pattern of bounded width that reads nothing to the right of its match
    (reach()) is searched only as far as the last occurrence of its leading
    literals lets a match end: re would otherwise try every position after
    it (a class such as [^A-Za-z] before the literal matches almost any)."""
    if got is None or len(text) < LEAD_TEXT:
        return pat.search(text)
    strings, n = got
    first = -1
    for lit in strings:
        at = text.find(lit)
        if at >= 0 and (first < 0 or at < first):
            first = at
    if first < 0:
        return None
    start = first - n if first > n else 0
    width = _REACH.get(pat, _NOT_YET)
    if width is _NOT_YET:
        if len(_REACH) > 4096:  # a long-running process whose rulebooks keep changing
            _REACH.clear()
        width = _REACH[pat] = reach(pat)
    if width is None:
        return pat.search(text, start)
    # a match starts at or before the last occurrence (the literal is at most n after its start)
    last = max(text.rfind(lit) for lit in strings)
    end = last + width
    return pat.search(text, start) if end >= len(text) else pat.search(text, start, end)


_NOT_YET = object()
_REACH: dict[re.Pattern, int | None] = {}
# zero-width items that look only at the text before the position (or at nothing to its right)
_LEFT_AT = (sre_parse.AT_BEGINNING, sre_parse.AT_BEGINNING_STRING, sre_parse.AT_BEGINNING_LINE)
_PLAIN_OPS = (
    sre_parse.LITERAL,
    sre_parse.NOT_LITERAL,
    sre_parse.IN,
    sre_parse.ANY,
)


def _reads_left_only(items) -> bool:
    """Whether matching `items` reads no character after the text it
    consumes: no look-ahead, no $ or \\Z, no \\b or \\B (they read the next
    character), no back-reference (an unknown width)."""
    for op, av in items:
        if op in _PLAIN_OPS:
            continue
        if op is sre_parse.AT:
            if av not in _LEFT_AT:
                return False
        elif op is _SUBPATTERN:
            if not _reads_left_only(av[3]):
                return False
        elif op is _BRANCH:
            if not all(_reads_left_only(alt) for alt in av[1]):
                return False
        elif op in _REPEATS:
            if not _reads_left_only(av[2]):
                return False
        elif _ATOMIC is not None and op is _ATOMIC:
            if not _reads_left_only(av):
                return False
        elif op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
            if av[0] >= 0 or not _reads_left_only(av[1]):  # a look-ahead (a look-behind has direction -1)
                return False
        else:
            return False
    return True


def reach(pat: re.Pattern) -> int | None:
    """The most characters a match of `pat` can span when matching it reads
    nothing to the right of the match (see _reads_left_only), so that
    pat.search(text, pos, endpos) finds the same match as pat.search(text,
    pos) whenever endpos is at least that far after the match's start;
    None otherwise (or for an unbounded pattern)."""
    try:
        tree = sre_parse.parse(pat.pattern, pat.flags & ~re.UNICODE)
    except Exception:
        return None
    if not _reads_left_only(list(tree)):
        return None
    hi = tree.getwidth()[1]
    return hi if hi < LEAD_REACH_MAX else None


LEAD_REACH_MAX = 4096  # wider patterns are searched to the end of the text


_FILTERS: dict[tuple, BlockFilter] = {}
_FILTER_OF: dict[int, tuple[tuple, BlockFilter]] = {}


def block_filter(groups) -> BlockFilter:
    """The BlockFilter of these pattern groups (sequences of compiled
    patterns), built once per process."""
    hit = _FILTER_OF.get(id(groups))  # a caller that keeps its groups: no hashing of every pattern
    if hit is not None and hit[0] is groups:
        return hit[1]
    given = groups
    groups = tuple(tuple(g) for g in groups)
    got = _FILTERS.get(groups)
    if got is None:
        if len(_FILTERS) > 256:
            _FILTERS.clear()
        got = _FILTERS[groups] = BlockFilter(groups)
    if type(given) is tuple and all(type(g) is tuple for g in given):  # immutable: may be known by its id
        if len(_FILTER_OF) > 256:
            _FILTER_OF.clear()
        _FILTER_OF[id(given)] = (given, got)  # holds them: the id is not reused while the entry lives
    return got


def rulebook_strings(book) -> list[str]:
    """Every string in every rule's params: the patterns among them are what
    the kinds will compile (a non-pattern string only adds an unused anchor)."""
    out: list[str] = []
    for rule in book.rules:
        out.extend(_strings(rule.params))
    return out


_BY_CONTENT: dict[str, RulebookIndex] = {}
_BY_BOOK: dict[int, tuple[object, RulebookIndex]] = {}


def for_rulebook(book) -> RulebookIndex:
    """The index of a rulebook, built once per process for each distinct
    content (keyed by a hash of its pattern strings)."""
    hit = _BY_BOOK.get(id(book))
    if hit is not None and hit[0] is book:
        return hit[1]
    if len(_BY_BOOK) > 64:  # a long-running process whose rulebooks keep changing
        _BY_BOOK.clear()
        _BY_CONTENT.clear()
    import hashlib  # not at import time: a one-file check never builds an index

    strings = rulebook_strings(book)
    key = hashlib.sha1("\x00".join(strings).encode("utf-8")).hexdigest()
    idx = _BY_CONTENT.get(key)
    if idx is None:
        from . import anchorcache  # the anchor sets kept between processes (~35 ms of parsing)

        lits: set[str] = set()
        for a in anchorcache.anchors_of(strings, anchors):
            if a:
                lits.update(a)
        idx = _BY_CONTENT[key] = RulebookIndex(lits)
    _BY_BOOK[id(book)] = (book, idx)
    return idx


_SEEN: dict[int, tuple[object, list]] = {}  # id(book) -> (book, the pattern groups its plain document asked about)


def when_worth_it(book) -> RulebookIndex | None:
    """The index from the second document a process checks with this
    rulebook on: building it (~20 ms: every pattern parsed) costs more than
    one document's plain matching (~3 ms), so a one-file check never pays.
    The pattern groups the first (plain) document asked about (asked())
    are planned at once: their anchors are in the automaton from the
    second document on, which is then matched with the index throughout."""
    hit = _BY_BOOK.get(id(book))
    if hit is not None and hit[0] is book:
        return hit[1]
    seen = _SEEN.get(id(book))
    if seen is not None and seen[0] is book:
        idx = for_rulebook(book)
        for patterns in seen[1]:
            idx.plan(patterns)
        seen[1].clear()
        return idx
    if len(_SEEN) > 64:
        _SEEN.clear()
    _SEEN[id(book)] = (book, [])
    return None


def asked(book) -> list | None:
    """Where a plain document of `book` notes the pattern groups it asks
    about (a tuple of compiled patterns each), before the rulebook's index
    exists; None once it does (or when the book was never seen)."""
    seen = _SEEN.get(id(book))
    if seen is None or seen[0] is not book or len(seen[1]) > 4096:
        return None
    hit = _BY_BOOK.get(id(book))
    return None if hit is not None and hit[0] is book else seen[1]


_PAT_ANCHORS: dict[re.Pattern, frozenset[str] | None] = {}


def pattern_anchors(pat: re.Pattern) -> frozenset[str] | None:
    """Anchors of a compiled pattern, read from the rulebook text it was
    compiled from (patterns.source), so <YEAR> placeholders stay "anything"."""
    try:
        return _PAT_ANCHORS[pat]
    except KeyError:
        from . import anchorcache

        src = P.source(pat)
        got = anchorcache.known(src)
        if got is anchorcache.MISSING:
            got = anchors(src)
        _PAT_ANCHORS[pat] = got
        return got


def may_match(patterns, text: str) -> bool:
    """False when none of `patterns` can match anywhere in `text` (or in any
    piece of it): each has literal anchors and none of them occurs. A cheap,
    exact test before running patterns line by line over a block of text."""
    for pat in patterns:
        anchors_ = pattern_anchors(pat)
        if anchors_ is None or any(lit in text for lit in anchors_):
            return True
    return False
