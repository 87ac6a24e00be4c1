"""Regular expressions from rulebooks: placeholders, caching, look-alike
removal. Patterns run on normalized text (NFKC: half-width punctuation)."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx

PLACEHOLDERS = ("<YEAR>", "<NEXT_YEAR>", "<PREV_YEAR>")
_ANY_YEAR = r"(?:19|20)\d{2}"


def expand(pattern: str, year: int | None) -> str:
    if "<" not in pattern:
        return pattern
    if year is None:
        return pattern.replace("<YEAR>", _ANY_YEAR).replace("<NEXT_YEAR>", _ANY_YEAR).replace("<PREV_YEAR>", _ANY_YEAR)
    return (
        pattern.replace("<YEAR>", str(year)).replace("<NEXT_YEAR>", str(year + 1)).replace("<PREV_YEAR>", str(year - 1))
    )


_SOURCE: dict[re.Pattern, str] = {}  # compiled pattern -> the rulebook text it came from


@lru_cache(maxsize=4096)
def compile_one(pattern: str, year: int | None) -> re.Pattern:
    """The compiled pattern for a report year. A pattern without placeholders
    is the same for every year: one object (and one entry in every cache
    keyed by patterns: index plans, lead(), block filters) for all of them.
    The program comes from the regex program cache (checker/rx.py): the
    same pattern as re.compile's, without parsing it again in every process."""
    text = expand(pattern, year)
    if year is not None and text == pattern:
        return compile_one(pattern, None)
    pat = rx.compile(text)
    _SOURCE.setdefault(pat, pattern)
    return pat


def source(pat: re.Pattern) -> str:
    """The rulebook text a compiled pattern came from (placeholders kept),
    or its own text when it was compiled elsewhere."""
    return _SOURCE.get(pat, pat.pattern)


LISTS: dict[tuple[int, int | None], tuple[object, tuple[re.Pattern, ...]]] = {}


def compile_all(patterns, year: int | None) -> tuple[re.Pattern, ...]:
    """Compiled patterns of a rulebook list, remembered per list object (a
    rule's params are compiled again for every document otherwise)."""
    key = (id(patterns), year)
    hit = LISTS.get(key)
    if hit is not None and hit[0] is patterns:
        return hit[1]
    got = tuple(compile_one(p, year) for p in (patterns or ()))
    if isinstance(patterns, (list, tuple)):
        if len(LISTS) > 20000:
            LISTS.clear()
        LISTS[key] = (patterns, got)
    return got


def spaces(m: re.Match) -> str:
    """As many spaces as the match is long (blank's replacement)."""
    return " " * len(m.group(0))


def blank(text: str, excludes) -> str:
    """Replace look-alike spans by spaces of the same length (so positions
    stay valid): "定期公示制度" must not be read as "公示制度"."""
    for pat in excludes:
        text = pat.sub(spaces, text)
    return text


def any_match(text: str, pats) -> bool:
    """bool(first_match(text, pats)), stopping at the first pattern that matches."""
    for pat in pats:
        if pat.search(text):
            return True
    return False


def first_match(text: str, pats) -> re.Match | None:
    best = None
    for pat in pats:
        m = pat.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


# Patterns that passed check_pattern() in an earlier run, kept in the user's cache folder
# ($XDG_CACHE_HOME/lawcheck, else ~/.cache/lawcheck) so that loading the rulebooks does not
# parse and compile every pattern twice on every start (~60 ms). The file is named by the
# Python version and a hash of this module's source: the verdict depends only on the pattern
# text, Python's re and this code. Only passes are kept (a bad pattern is checked every time);
# an unreadable or broken file is ignored; it is replaced atomically. LAWCHECK_CACHE=0: off.
_CHECKED: set[str] | None = None
_NEW: set[str] = set()


def _checked_path():
    import hashlib
    import sys
    from pathlib import Path

    from .. import usercache

    base = usercache.folder()
    if base is None:
        return None
    try:
        code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    except OSError:
        return None
    ver = ".".join(str(n) for n in sys.version_info[:3])
    return Path(base) / f"patterns-ok-py{ver}-{code}.txt"


def _checked() -> set[str]:
    global _CHECKED
    if _CHECKED is None:
        _CHECKED = set()
        path = _checked_path()
        if path is not None:
            try:
                _CHECKED = set(path.read_text(encoding="utf-8").split("\n\x00\n"))
            except (OSError, UnicodeError):
                pass
    return _CHECKED


def save_checked() -> None:
    """Add the patterns that passed in this process to the cache file (atomic
    replace; any failure only means they are checked again next time)."""
    if not _NEW:
        return
    from .. import usercache

    path = _checked_path()
    if path is None:
        _NEW.clear()
        return
    known = _checked() | _NEW
    _NEW.clear()
    try:
        usercache.write_atomic(path, "\n\x00\n".join(sorted(known)).encode("utf-8"))
    except OSError:
        pass


def check_pattern(pattern: str) -> str | None:
    """None if the pattern compiles (with placeholders filled) and cannot
    backtrack catastrophically, else the problem (Chinese)."""
    if pattern in _checked():
        return None
    err = _check_pattern(pattern)
    if err is None:
        _CHECKED.add(pattern)
        _NEW.add(pattern)
    return err


def _check_pattern(pattern: str) -> str | None:
    try:
        re.compile(expand(pattern, 2024))
        re.compile(expand(pattern, None))
    except re.error as exc:
        return str(exc)
    nested = nested_quantifier(expand(pattern, None))
    if nested:
        return (
            f"“{nested}”是嵌套的重复（重复的内容本身又可重复），遇到不匹配的长行时回溯次数呈指数增长；"
            "请改写为不嵌套的形式（如把 (a+)+ 写作 a+）"
        )
    return None


def nested_quantifier(pattern: str) -> str | None:
    """The first unbounded repeat whose body can itself repeat without bound
    — (a+)+, (a*)*, (?:x+y?)* … — the shape behind catastrophic
    backtracking; None if there is none. Checked on the parsed pattern."""
    try:
        from re import _constants as C  # Python 3.11+
        from re import _parser as P
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as P  # type: ignore[no-redef]

    repeats = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))

    def unbounded_inside(items) -> bool:
        for op, av in items:
            if op in repeats and av[1] == C.MAXREPEAT:
                return True
            for sub in _children(op, av, C):
                if unbounded_inside(sub):
                    return True
        return False

    def walk(items) -> bool:
        for op, av in items:
            if (
                op in repeats
                and av[1] == C.MAXREPEAT
                and op != getattr(C, "POSSESSIVE_REPEAT", None)
                and unbounded_inside(av[2])
                and not _has_literal(av[2], C)
            ):
                return True
            for sub in _children(op, av, C):
                if walk(sub):
                    return True
        return False

    try:
        parsed = P.parse(pattern)
    except Exception:  # compiled above; the parser's internals may differ between versions
        return None
    if walk(list(parsed)):
        m = re.search(r"\((?:[^()]|\([^()]*\))*[+*}]\)[+*{]", pattern)
        return m.group(0) if m else pattern
    return None


def _has_literal(items, C) -> bool:
    """A literal character every pass must consume (第…条 in (?:第[一二三]+条)*):
    the passes cannot share out the same text in many ways. Not exact
    ((a+a)* slips through); the batch's per-file time limit is the backstop."""
    items = list(items)
    if len(items) == 1 and items[0][0] == C.SUBPATTERN:
        return _has_literal(items[0][1][-1], C)
    return any(op == C.LITERAL for op, _ in items)


def _children(op, av, C):
    """The sub-pattern lists below one parsed node."""
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) or op == getattr(C, "POSSESSIVE_REPEAT", None):
        return [list(av[2])]
    if op == C.SUBPATTERN:
        return [list(av[-1])]
    if op == C.BRANCH:
        return [list(b) for b in av[1]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [list(av[1])]
    if op == getattr(C, "ATOMIC_GROUP", None):
        return [list(av)]
    if op == C.GROUPREF_EXISTS:
        return [list(b) for b in av[1:] if b is not None]
    return []
