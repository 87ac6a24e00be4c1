"""What every rule kind sees: the document, its sentences, the rulebook."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Document, Evidence, Heading, Line
from ..rulebook.model import Rule, Rulebook
from . import patterns as P

_SENTENCE_END = re.compile(r"(?<=[。;!?])")
QUOTE_MAX = 90


@dataclass(frozen=True)
class Sentence:
    line: Line
    text: str
    heading: Heading | None  # the heading this sentence *is* (its title), if any


@dataclass
class Context:
    doc: Document
    rulebook: Rulebook
    sentences: list[Sentence] = field(default_factory=list)
    section_of: list[Heading | None] = field(default_factory=list)  # innermost heading per line index
    # What earlier rules found, for rules that depend on them (declared with `needs` in the
    # rulebook, so they run first): rule id -> its result (ElementResult, CoverageResult or
    # list[Finding]), and rule id -> the line-index ranges [start, end) of the part it found.
    results: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _index_of: dict[int, int] = field(default_factory=dict, repr=False)

    @property
    def year(self) -> int | None:
        return self.doc.meta.year

    def compile(self, patterns, any_year: bool = False) -> tuple[re.Pattern, ...]:
        """Compile with <YEAR> etc. filled from the report year (or any year)."""
        return P.compile_all(patterns, None if any_year else self.year)

    def rule(self, rule_id: str) -> Rule | None:
        return self.rulebook.get(rule_id)

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


def make_context(doc: Document, rulebook: Rulebook) -> Context:
    head_at = {h.index: h for h in doc.headings}
    sentences: list[Sentence] = []
    for i, line in enumerate(doc.lines):
        h = head_at.get(i)
        if h is not None and h.title:
            sentences.append(Sentence(line, h.title, h))
            rest = line.text[line.text.find(h.title) + len(h.title):] if h.title in line.text else ""
        else:
            rest = line.text
        for piece in _SENTENCE_END.split(rest):
            piece = piece.strip(" 。;")
            if piece:
                sentences.append(Sentence(line, piece, None))
    section_of: list[Heading | None] = [None] * len(doc.lines)
    for h in doc.headings:  # ordered by position; inner headings overwrite outer ones
        for i in range(h.index, h.end):
            if section_of[i] is None or section_of[i].level < h.level:
                section_of[i] = h
    return Context(doc=doc, rulebook=rulebook, sentences=sentences, section_of=section_of)


def quote(text: str, m: re.Match | None = None) -> str:
    """A short quote around a match."""
    if len(text) <= QUOTE_MAX:
        return text
    if m is None:
        return text[:QUOTE_MAX] + "…"
    start = max(0, min(m.start() - 30, len(text) - QUOTE_MAX))
    out = text[start:start + QUOTE_MAX]
    return ("…" if start else "") + out + ("…" if start + QUOTE_MAX < len(text) else "")


def evidence(line: Line, text: str, m: re.Match | None = None) -> Evidence:
    return Evidence(line=line.no, text=quote(text, m))
