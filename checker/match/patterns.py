"""Regular expressions from rulebooks: placeholders, caching, look-alike
removal. Patterns run on normalized text (NFKC: half-width punctuation)."""
from __future__ import annotations

import re
from functools import lru_cache

PLACEHOLDERS = ("<YEAR>", "<NEXT_YEAR>", "<PREV_YEAR>")
_ANY_YEAR = r"(?:19|20)\d{2}"


def expand(pattern: str, year: int | None) -> str:
    if "<" not in pattern:
        return pattern
    if year is None:
        return (pattern.replace("<YEAR>", _ANY_YEAR).replace("<NEXT_YEAR>", _ANY_YEAR)
                .replace("<PREV_YEAR>", _ANY_YEAR))
    return (pattern.replace("<YEAR>", str(year)).replace("<NEXT_YEAR>", str(year + 1))
            .replace("<PREV_YEAR>", str(year - 1)))


_SOURCE: dict[re.Pattern, str] = {}  # compiled pattern -> the rulebook text it came from


@lru_cache(maxsize=4096)
def compile_one(pattern: str, year: int | None) -> re.Pattern:
    pat = re.compile(expand(pattern, year))
    _SOURCE.setdefault(pat, pattern)
    return pat


def source(pat: re.Pattern) -> str:
    """The rulebook text a compiled pattern came from (placeholders kept),
    or its own text when it was compiled elsewhere."""
    return _SOURCE.get(pat, pat.pattern)


_LISTS: dict[tuple[int, int | None], tuple[object, tuple[re.Pattern, ...]]] = {}


def compile_all(patterns, year: int | None) -> tuple[re.Pattern, ...]:
    """Compiled patterns of a rulebook list, remembered per list object (a
    rule's params are compiled again for every document otherwise)."""
    key = (id(patterns), year)
    hit = _LISTS.get(key)
    if hit is not None and hit[0] is patterns:
        return hit[1]
    got = tuple(compile_one(p, year) for p in (patterns or ()))
    if isinstance(patterns, (list, tuple)):
        if len(_LISTS) > 20000:
            _LISTS.clear()
        _LISTS[key] = (patterns, got)
    return got


def blank(text: str, excludes) -> str:
    """Replace look-alike spans by spaces of the same length (so positions
    stay valid): "定期公示制度" must not be read as "公示制度"."""
    for pat in excludes:
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return text


def first_match(text: str, pats) -> re.Match | None:
    best = None
    for pat in pats:
        m = pat.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def check_pattern(pattern: str) -> str | None:
    """None if the pattern compiles (with placeholders filled), else the error."""
    try:
        re.compile(expand(pattern, 2024))
        re.compile(expand(pattern, None))
    except re.error as exc:
        return str(exc)
    return None
