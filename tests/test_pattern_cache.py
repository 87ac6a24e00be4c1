"""The cache of validated rulebook patterns (checker/match/patterns.py):
a pattern that passed is not parsed again in the next process, a bad pattern
is never cached, and a broken cache file is ignored."""

from __future__ import annotations

import pytest

from checker.match import patterns as P


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LAWCHECK_CACHE", raising=False)
    monkeypatch.setattr(P, "_CHECKED", None)
    monkeypatch.setattr(P, "_NEW", set())
    return tmp_path


def _files(root):
    return sorted((root / "lawcheck").glob("patterns-ok-*.txt"))


def test_passes_are_written_and_reused(fresh, monkeypatch):
    assert P.check_pattern("聘请.{0,6}法律顾问") is None
    P.save_checked()
    (path,) = _files(fresh)
    assert "聘请.{0,6}法律顾问" in path.read_text(encoding="utf-8").split("\n\x00\n")
    # a new process: read from the file, the pattern is not checked again
    monkeypatch.setattr(P, "_CHECKED", None)
    calls = []
    real = P._check_pattern
    monkeypatch.setattr(P, "_check_pattern", lambda p: calls.append(p) or real(p))
    assert P.check_pattern("聘请.{0,6}法律顾问") is None
    assert calls == []
    assert P.check_pattern("公职律师") is None
    assert calls == ["公职律师"]


def test_bad_patterns_are_never_cached(fresh):
    assert P.check_pattern("(a+)+b") is not None
    assert P.check_pattern("[未闭合") is not None
    P.save_checked()
    assert _files(fresh) == []  # nothing passed: nothing written
    assert P.check_pattern("(a+)+b") is not None  # checked again, still refused


def test_broken_cache_file_is_ignored(fresh, monkeypatch):
    assert P.check_pattern("法治") is None
    P.save_checked()
    (path,) = _files(fresh)
    path.write_bytes(b"\xff\xfe\x00 not utf-8")
    monkeypatch.setattr(P, "_CHECKED", None)
    assert P.check_pattern("(a*)*c") is not None
    assert P.check_pattern("法治") is None


def test_switched_off(fresh, monkeypatch):
    monkeypatch.setenv("LAWCHECK_CACHE", "0")
    assert P.check_pattern("法治") is None
    P.save_checked()
    assert _files(fresh) == []


def test_rulebooks_load_the_same_with_the_cache(fresh, monkeypatch):
    import checker.rulebook as R

    def rules():
        R._load_cached.cache_clear()
        R._national.cache_clear()
        return [(r.id, r.kind, repr(r.params)) for b in R.national() for r in b.rules]

    first = rules()  # validates every pattern, writes the cache
    assert _files(fresh)
    monkeypatch.setattr(P, "_CHECKED", None)
    assert rules() == first  # from the cache
