"""Year placeholders in the prose of rules (heading, fix, a title's standard
form): <YEAR> is the report's year, <NEXT_YEAR> the year after, <PREV_YEAR>
the year before, so that a 2023 report is told to add "四、2024年度……的主要
安排". Rule patterns use the same placeholders (checker.match.patterns)."""

from __future__ import annotations

OFFSETS = {"<YEAR>": 0, "<NEXT_YEAR>": 1, "<PREV_YEAR>": -1}
# when the report's year is unknown: "<YEAR>年度" reads "××××年度", "<NEXT_YEAR>年度" "下一年度"
UNKNOWN = {"<YEAR>": "××××", "<NEXT_YEAR>": "下一", "<PREV_YEAR>": "上一"}


_FILLED: dict[tuple[str, int | None], str] = {}  # (text, year) -> filled: the rules' few texts, asked per report


def fill_years(text: str, year: int | None) -> str:
    if not text or "<" not in text:
        return text
    key = (text, year)
    got = _FILLED.get(key)
    if got is not None:
        return got
    for mark, offset in OFFSETS.items():
        text = text.replace(mark, str(year + offset) if year else UNKNOWN[mark])
    if len(_FILLED) > 4096:  # a long-running process whose rulebooks keep changing
        _FILLED.clear()
    _FILLED[key] = text
    return text


def has_years(text: str) -> bool:
    return any(mark in (text or "") for mark in OFFSETS)
