"""checker/rx.py: a pattern built from the kept program is the pattern
re.compile builds (equal code, flags, groups, and the same matches), in the
process that compiled it and in the next one; a damaged, foreign or
tampered cache file is never used."""

from __future__ import annotations

import re

import pytest

from checker import rx
from checker.rulebook import national

TEXT = "一、总体情况\n（一）2023年，某县人民政府 聘请法律顾问12名。Ab ab AB 😀 ★ 二〇二三年三月一日 x-y"

PATTERNS = [
    (r"(?<!\d)(20\d{2}|19\d{2})\s*年", 0),
    (r"(?P<who>.+?)(?:关于|(?<!\d)(?:19|20)\d{2}\s*年)", 0),
    (r"[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}", 0),
    (r"(?<=[\u4e00-\u9fff])[\u2300-\u25ca\U0001f000-\U0001faff]+(?=[\u4e00-\u9fff])", 0),
    (r"ab", re.IGNORECASE),
    (r"(?i)ab", 0),
    (r"^ a b # comment\n", re.VERBOSE | re.MULTILINE),
    (r"(a)?(?(1)b|c)", 0),
    (r"(?P<x>a)(?P=x)", 0),
    (r"\bx\b|y$", re.ASCII),
    (r"", 0),
]


def _rulebook_patterns() -> list[tuple[str, int]]:
    from checker.match.patterns import expand

    out = set()

    def walk(node):
        if isinstance(node, str):
            try:
                re.compile(expand(node, 2024))
                out.add((expand(node, 2024), 0))
            except (re.error, TypeError):
                pass
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                walk(v)

    for book in national():
        for rule in book.rules:
            walk(rule.params)
    return sorted(out)


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LAWCHECK_CACHE", raising=False)
    monkeypatch.setattr(rx, "_state", None)
    monkeypatch.setattr(rx, "_new", {})
    return tmp_path / "lawcheck"


def _same(pat: re.Pattern, pattern: str, flags: int) -> None:
    ref = re.compile(pattern, flags)
    assert pat == ref  # re compares flags, pattern text and the program
    assert (pat.flags, pat.groups, dict(pat.groupindex)) == (ref.flags, ref.groups, dict(ref.groupindex))
    assert [m.span() for m in pat.finditer(TEXT)] == [m.span() for m in ref.finditer(TEXT)]


def _new_process(monkeypatch) -> None:
    rx.save()
    monkeypatch.setattr(rx, "_state", None)
    monkeypatch.setattr(rx, "_new", {})


def test_kept_programs_build_the_same_patterns(cache, monkeypatch):
    patterns = PATTERNS + _rulebook_patterns()
    assert len(patterns) > 200
    for p, f in patterns:
        _same(rx.compile(p, f), p, f)
    _new_process(monkeypatch)
    assert len(list(cache.glob("regex-*.bin"))) == 1
    assert len(rx._load()[1]) >= len(set(patterns))
    calls = []
    real = rx._C._code
    monkeypatch.setattr(rx._C, "_code", lambda *a: calls.append(a) or real(*a))
    built = [rx.compile(p, f) for p, f in patterns]
    assert calls == []  # every one built from the kept program
    for pat, (p, f) in zip(built, patterns):
        _same(pat, p, f)


def _entry(cache):
    (path,) = cache.glob("regex-*.bin")
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[: len(b) // 2],
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),
        lambda b: b"",
        lambda b: b"lawcheck-rx 2\n" + b"\0" * 32 + b"garbage",
    ],
)
def test_damaged_file_is_not_used(cache, monkeypatch, damage):
    for p, f in PATTERNS:
        rx.compile(p, f)
    _new_process(monkeypatch)
    path = _entry(cache)
    path.write_bytes(damage(path.read_bytes()))
    monkeypatch.setattr(rx, "_state", None)
    for p, f in PATTERNS:
        _same(rx.compile(p, f), p, f)
    assert rx._new  # compiled again, to be written again
    _new_process(monkeypatch)
    assert rx._load()[1]


def test_wrong_program_with_a_valid_checksum_is_refused(cache, monkeypatch):
    rx.compile("ab", 0)
    _new_process(monkeypatch)
    path = _entry(cache)
    store = rx._decode(path.read_bytes())
    flags, code, groups, gi, ig = store[("ab", 0)]
    store[("ab", 0)] = (flags, rx._pack([99999] + rx._unpack(code)[1:]), groups, gi, ig)  # a program the engine rejects
    path.write_bytes(rx._encode(store))
    monkeypatch.setattr(rx, "_state", None)
    _same(rx.compile("ab", 0), "ab", 0)


def test_another_python_does_not_read_it(cache, monkeypatch):
    rx.compile("ab", 0)
    _new_process(monkeypatch)
    path = _entry(cache)
    monkeypatch.setattr(rx, "_FORMAT", rx._FORMAT + "-other")
    with pytest.raises(ValueError):
        rx._decode(path.read_bytes())


def test_switched_off(cache, monkeypatch):
    monkeypatch.setenv("LAWCHECK_CACHE", "0")
    _same(rx.compile("ab", 0), "ab", 0)
    rx.save()
    assert not cache.exists() or not list(cache.glob("regex-*.bin"))


def test_bad_pattern_raises_what_re_raises(cache):
    with pytest.raises(re.error) as ours:
        rx.compile("[未闭合")
    with pytest.raises(re.error) as std:
        re.compile("[未闭合")
    assert str(ours.value) == str(std.value)


def test_other_internals_fall_back_to_re(cache, monkeypatch):
    def changed(*args):
        raise TypeError("another signature")

    seen = []
    monkeypatch.setattr(rx._C, "_code", changed)
    monkeypatch.setattr(rx.re, "compile", lambda p, f=0: seen.append((p, f)) or "re.compile's pattern")
    assert rx.compile("法治(政府)?", 0) == "re.compile's pattern"
    assert seen == [("法治(政府)?", 0)]
    assert not rx._new  # nothing kept
