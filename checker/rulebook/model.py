"""Rulebook objects after loading and validation (no matching logic here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1
CATEGORIES = ("element", "coverage", "finding")


@dataclass
class Example:
    text: str
    expect: str  # element/coverage: present|partial|missing ; finding: fires|quiet
    line: int | None = None  # line in the YAML file, for messages
    file: str = ""  # the YAML file the example is written in


@dataclass
class Rule:
    id: str
    name: str
    kind: str
    category: str
    source: str
    weight: float
    severity: str
    fix: str
    params: dict[str, Any] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)
    heading: str = ""  # standard heading to add (elements)
    where: str = ""  # where in the report it belongs
    place_under: list[str] = field(default_factory=list)  # the report's own headings it belongs under (regex)
    description: str = ""
    short: str = ""  # a few characters for the batch summary's column heading ("" = name)
    origin: str = ""  # file:line where the rule was defined or last changed
    enabled: bool = True
    needs: list[str] = field(default_factory=list)  # rules whose results this one reads (run first)
    role: str = ""  # what its results mean to later stages, declared by its kind (ROLE); "" = none


@dataclass(frozen=True)
class OutlineInfo:
    """A national outline, as a rulebook declares it (`outline:` block): the
    structure stage recognises citations of it, the outline kind names it."""

    id: str  # "2021-2025": the value of outline_cited
    name: str  # full title with its brackets, for messages
    report_years: tuple[int, int]  # report years it governs (inclusive)
    cite: tuple[Any, ...] = ()  # compiled patterns recognising a citation (normalized text)
    not_after: Any = None  # compiled pattern: a match right after this is a local document
    label: str = ""  # short Chinese label, e.g. "2021—2025年纲要"


@dataclass
class Rulebook:
    id: str
    name: str
    version: str
    path: str
    years: tuple[int | None, int | None] = (None, None)
    outline: str | None = None
    outline_info: OutlineInfo | None = None
    description: str = ""
    rules: list[Rule] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)  # ids from base to this one

    def get(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id:
                return r
        return None

    def active(self, category: str | None = None) -> list[Rule]:
        return [r for r in self.rules if r.enabled and (category is None or r.category == category)]

    def covers(self, year: int | None) -> bool:
        lo, hi = self.years
        if year is None:
            return False
        return (lo is None or year >= lo) and (hi is None or year <= hi)
