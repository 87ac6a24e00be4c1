"""What every rule kind sees: the document, its sentences, the rulebook."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Any, NamedTuple

from ..model import Document, Evidence, Heading, Line
from ..rulebook.model import Rule, Rulebook
from . import index as I
from . import patterns as P

_SENTENCE_END = re.compile(r"(?<=[。;!?])")
# the same pieces as _SENTENCE_END.split, without a look-behind tried at every character
_PIECE = re.compile(r"[^。;!?]*[。;!?]|[^。;!?]+")
QUOTE_MAX = 90
# (build, id(params), year) -> (params, what build made of them)
_PREPARED: dict[tuple, tuple] = {}
# id(rulebook) -> (rulebook, rule id -> rule): rulebooks do not change once loaded
_RULES_OF: dict[int, tuple] = {}


class Sentence(NamedTuple):  # a tuple: a document has hundreds, made in make_context
    line: Line
    text: str
    heading: Heading | None  # the heading this sentence *is* (its title), if any


@dataclass
class Context:
    doc: Document
    rulebook: Rulebook
    sentences: list[Sentence] = field(default_factory=list)
    memo: dict = field(default_factory=dict, repr=False)  # per-document results a kind may reuse
    plain: bool = False  # True: no index, every sentence is a candidate (the reference path)
    _hits: list | None = field(default=None, repr=False)
    _index: object = field(default=None, repr=False)
    _scanned: frozenset = field(default=frozenset(), repr=False)
    _present: dict = field(default_factory=dict, repr=False)
    _cand: dict = field(default_factory=dict, repr=False)
    # What earlier rules found, for rules that depend on them (declared with `needs` in the
    # rulebook, so they run first): rule id -> its result (ElementResult, CoverageResult or
    # list[Finding]), and rule id -> the line-index ranges [start, end) of the part it found.
    results: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _index_of: dict[int, int] = field(default_factory=dict, repr=False)
    # a process's first document of a rulebook (plain, the index not built yet): the pattern groups
    # the kinds ask about are noted here, for the index built for the next document (index.asked)
    _asked: list | None = field(default=None, repr=False)

    @property
    def section_of(self) -> list[Heading | None]:
        """The innermost heading per line index (worked out when first asked)."""
        got = self.memo.get("context.section_of")
        if got is None:
            got = [None] * len(self.doc.lines)
            for h in self.doc.headings:  # ordered by position; inner headings overwrite outer ones
                for i in range(h.index, h.end):
                    if got[i] is None or got[i].level < h.level:
                        got[i] = h
            self.memo["context.section_of"] = got
        return got

    @property
    def full_text(self) -> str:
        """The document's lines joined by newlines (made once)."""
        got = self.memo.get("context.full_text")
        if got is None:
            got = self.memo["context.full_text"] = "\n".join(line.text for line in self.doc.lines)
        return got

    def line_at(self, pos: int) -> Line:
        """The line of doc.lines that holds offset `pos` of full_text."""
        starts = self.memo.get("context.line_starts")
        if starts is None:
            starts = self.memo["context.line_starts"] = list(
                accumulate((len(line.text) + 1 for line in self.doc.lines[:-1]), initial=0)
            )
        return self.doc.lines[bisect_right(starts, pos) - 1]

    @property
    def year(self) -> int | None:
        return self.doc.meta.year

    def compile(self, patterns, any_year: bool = False) -> tuple[re.Pattern, ...]:
        """Compile with <YEAR> etc. filled from the report year (or any year)."""
        year = None if any_year else self.doc.meta.year
        hit = P.LISTS.get((id(patterns), year))  # patterns.compile_all's memory, without the call
        if hit is not None and hit[0] is patterns:
            return hit[1]
        return P.compile_all(patterns, year)

    def prepare(self, rule: Rule, build):
        """What `build(ctx, rule)` makes of a rule's params for this report
        year (compiled patterns, lookup tables), built once per process for
        each (build, params object, year) and reused by every document. The
        result must depend on nothing but the params and ctx.year."""
        params = rule.params
        key = (build, id(params), self.doc.meta.year)
        hit = _PREPARED.get(key)
        if hit is not None and hit[0] is params:
            return hit[1]
        got = build(self, rule)
        if len(_PREPARED) > 4096:
            _PREPARED.clear()
        _PREPARED[key] = (params, got)  # holds params: its id is not reused while the entry lives
        return got

    def rule(self, rule_id: str) -> Rule | None:
        book = self.rulebook
        hit = _RULES_OF.get(id(book))
        if hit is None or hit[0] is not book:
            by_id: dict[str, Rule] = {}
            for r in book.rules:
                by_id.setdefault(r.id, r)  # the first of an id, as Rulebook.get
            if len(_RULES_OF) > 64:
                _RULES_OF.clear()
            hit = _RULES_OF[id(book)] = (book, by_id)  # holds the rulebook: its id is not reused meanwhile
        return hit[1].get(rule_id)

    def candidates(self, patterns) -> list[Sentence]:
        """The sentences, in order, where any of `patterns` (compiled, as from
        compile()) can match: those holding one of a pattern's literal
        anchors, found by the rulebook's index in one pass over the document
        (checker/match/index.py). A pattern without usable anchors makes every
        sentence a candidate. Looping over `sentences` instead gives the same
        results, only slower; look-alike blanking (patterns.blank) is safe."""
        patterns = (patterns,) if isinstance(patterns, re.Pattern) else tuple(patterns)
        got = self._known(patterns)
        if got is not None:
            return [s for s, _ in got]
        ids = self._where(patterns)
        if ids is None:
            return list(self.sentences)
        sentences = self.sentences
        return [sentences[i] for i in sorted(ids)]

    def heading_candidates(self, patterns) -> list[Heading]:
        """The headings, in order, whose title any of `patterns` (compiled)
        can match: those whose title sentence is a candidate, and every
        heading without a title sentence of its own (its title is tried as
        before). Looping over doc.headings instead gives the same results."""
        patterns = (patterns,) if isinstance(patterns, re.Pattern) else tuple(patterns)
        if not patterns:
            return []
        ids = self._where(patterns)
        titles, heads, untitled, at = self._heading_table()
        if ids is None:
            return list(heads)
        # positions in doc.headings of the candidates: ints sort in C (no key function per call)
        got = [at[i] for i in ids.intersection(titles)] if len(ids) > len(titles) else [at[i] for i in ids if i in at]
        if untitled:
            got.extend(untitled)
        got.sort()
        return [heads[k] for k in got]

    def _heading_table(self) -> tuple:
        """(the title sentences' indices, doc.headings, the positions there of
        the headings without a title sentence, title sentence index -> its
        heading's position in doc.headings), made once per document."""
        got = self.memo.get("context.heading_table")
        if got is None:
            heads = self.doc.headings
            pos = {id(h): k for k, h in enumerate(heads)}
            at = {i: pos[id(s.heading)] for i, s in enumerate(self.sentences) if s.heading is not None}
            titled = {id(s.heading) for s in self.sentences if s.heading is not None}
            untitled = [k for k, h in enumerate(heads) if id(h) not in titled]
            got = self.memo["context.heading_table"] = (frozenset(at), heads, untitled, at)
        return got

    def _where(self, patterns: tuple[re.Pattern, ...]) -> set[int] | None:
        """Indices of the sentences where one of `patterns` can match (a
        set the caller must not change); None: every sentence."""
        if self.plain or not patterns:
            if patterns and self._asked is not None:
                self._asked.append(patterns)
            return None if patterns else set()
        if self._hits is None:
            self._scan()
        lids_of, needed = self._index.plan(patterns)
        if lids_of is None or not needed <= self._scanned:
            return None
        sets = list(filter(None, map(self._hits.__getitem__, needed)))  # the anchors that occur (C loops)
        if len(sets) == 1:
            return sets[0]
        return set().union(*sets)

    def _scan(self) -> None:
        self._index = I.for_rulebook(self.rulebook)
        self._hits, self._scanned = self._index.scan([s.text for s in self.sentences])

    def part_lines(self, rule_id: str) -> list[Line]:
        """The lines of the part an earlier element rule found (its section,
        or for a part only mentioned, the lines mentioning it); [] when the
        rule found nothing or has not run."""
        seen: set[int] = set()
        out: list[Line] = []
        for start, end in sorted(self.spans.get(rule_id, [])):
            for i in range(start, end):
                if i not in seen:
                    seen.add(i)
                    out.append(self.doc.lines[i])
        return out

    def line_index(self, line_no: int) -> int | None:
        """Index into doc.lines of the line numbered line_no."""
        if len(self._index_of) != len(self.doc.lines):
            self._index_of = {line.no: i for i, line in enumerate(self.doc.lines)}
        return self._index_of.get(line_no)

    def may_match(self, patterns, text: str) -> bool:
        """False when none of `patterns` can match anywhere in `text`, a block
        a kind is about to search piece by piece (index.may_match: no anchor
        occurs). Always True on the plain path."""
        if self.plain:
            return True
        index = I.for_rulebook(self.rulebook)
        present = self._present.get(text)
        if present is None:
            present = self._present[text] = index.present(text)
        for pat in patterns:
            lids = index.literal_ids(pat, want=False)
            if lids is None or any(lid in present for lid in lids):
                return True
        return False

    def candidates_in(self, groups, texts) -> list[list[tuple[int, tuple[int, ...]]]]:
        """Like candidates_each() for a block of short texts a kind reads
        itself (the lines of a report's opening) and several groups of
        patterns at once (compiled, as from compile()): for each group, the
        (position in `texts`, positions in the group of the patterns that can
        match there), in order. One pass over the block finds the anchors of
        every group (index.BlockFilter, built once per set of groups)."""
        texts = tuple(texts)
        if self.plain:
            return [[(j, tuple(range(len(g)))) for j in range(len(texts))] if g else [] for g in groups]
        return I.block_filter(groups).candidates(texts)

    def candidates_each(self, patterns) -> list[tuple[Sentence, tuple[int, ...]]]:
        """Like candidates(), with the positions (in `patterns`) of the
        patterns that can match in each sentence: the others need not run."""
        patterns = (patterns,) if isinstance(patterns, re.Pattern) else tuple(patterns)
        if not patterns:
            return []
        got = self._known(patterns)
        if got is not None:
            return got
        sentences = self.sentences
        lids_of = None
        if not self.plain:
            if self._hits is None:
                self._scan()
            # per pattern its anchors' ids (None: a pattern without usable anchors, or not a
            # rulebook pattern); all of them must be in the automaton already (else: from the next document on)
            lids_of, needed = self._index.plan(patterns)
            if lids_of is not None and not needed <= self._scanned:
                lids_of = None
        elif self._asked is not None:
            self._asked.append(patterns)
        if lids_of is None:
            every = tuple(range(len(patterns)))
            got = [(s, every) for s in sentences]
        else:
            hits = self._hits
            if len(lids_of) == 1 and len(lids_of[0]) == 1:
                got = [(sentences[i], (0,)) for i in sorted(hits[lids_of[0][0]] or ())]
            else:
                found: dict[int, list[int]] = {}
                for k, lids in enumerate(lids_of):  # k ascending: each list ends with the last k added
                    for lid in lids:
                        h = hits[lid]
                        if not h:
                            continue
                        for i in h:
                            ks = found.get(i)
                            if ks is None:
                                found[i] = [k]
                            elif ks[-1] != k:  # another anchor of the same pattern in this sentence
                                ks.append(k)
                got = [(sentences[i], tuple(found[i])) for i in sorted(found)]
        self._cand[id(patterns)] = (patterns, got)  # holds the tuple: its id is not reused meanwhile
        return got

    def _known(self, patterns: tuple) -> list | None:
        """candidates_each(patterns) when already worked out for this document
        with the same tuple (found by its id: no hashing of every pattern; an
        equal tuple made anew is worked out again, alike)."""
        hit = self._cand.get(id(patterns))
        return hit[1] if hit is not None and hit[0] is patterns else None


def make_context(doc: Document, rulebook: Rulebook, plain: bool | None = None) -> Context:
    asked = None
    if plain is None:  # the environment decides; a process's first document is matched plainly (cheaper)
        plain = I.plain_path() or I.when_worth_it(rulebook) is None
        if plain and not I.plain_path():
            asked = I.asked(rulebook)
    head_at = {h.index: h for h in doc.headings}
    sentences: list[Sentence] = []
    add = sentences.append
    new = tuple.__new__  # Sentence(...) without the generated __new__ (hundreds per document)
    pieces = _pieces if plain is False else _SENTENCE_END.split
    for i, line in enumerate(doc.lines):
        text = line.text
        h = head_at.get(i)
        if h is not None and h.title:
            add(new(Sentence, (line, h.title, h)))
            at = text.find(h.title)
            rest = text[at + len(h.title) :] if at >= 0 else ""
        else:
            rest = text
        for piece in pieces(rest):
            piece = piece.strip(" 。;")
            if piece:
                add(new(Sentence, (line, piece, None)))
    return Context(doc=doc, rulebook=rulebook, sentences=sentences, plain=plain, _asked=asked)


def _pieces(text: str) -> list[str]:
    """_PIECE.findall(text) as far as the sentences made of it go (each piece
    is stripped of " 。;" and empty ones dropped): a line without "!" or "?"
    is cut at its 。 and ; by str.split (the class regex tests every
    character), the pieces losing only the 。 or ; that strip() removes."""
    if "!" in text or "?" in text:
        return _PIECE.findall(text)
    return (text.replace(";", "。") if ";" in text else text).split("。")


def quote(text: str, m: re.Match | None = None) -> str:
    """A short quote around a match."""
    if len(text) <= QUOTE_MAX:
        return text
    if m is None:
        return text[:QUOTE_MAX] + "…"
    start = max(0, min(m.start() - 30, len(text) - QUOTE_MAX))
    out = text[start : start + QUOTE_MAX]
    return ("…" if start else "") + out + ("…" if start + QUOTE_MAX < len(text) else "")


def evidence(line: Line, text: str, m: re.Match | None = None) -> Evidence:
    return Evidence(line=line.no, text=quote(text, m))
