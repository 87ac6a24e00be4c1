"""The cache of parsed YAML files (checker/rulebook/parsecache.py): the next
process reads a rulebook's parse back instead of running the YAML parser,
gets exactly what the parser gives (line numbers included), and a damaged,
truncated or foreign cache file is never trusted."""

from __future__ import annotations

import os
import pickle

import pytest

from checker.rulebook import parsecache
from checker.rulebook import yamlfile as Y

RULEBOOK = """\
schema: 1
id: demo
when: 2024-03-01
rules:
  - id: a
    name: 甲
    params:
      patterns: ['聘请.{0,6}法律顾问']
  - id: b
    name: 乙
"""


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("LAWCHECK_CACHE", raising=False)
    Y._parse_cached.cache_clear()
    calls = []
    real = Y._parse_text
    monkeypatch.setattr(Y, "_parse_text", lambda path, text: calls.append(path) or real(path, text))
    book = tmp_path / "demo.yaml"
    book.write_text(RULEBOOK, encoding="utf-8")
    return tmp_path, book, calls


def _entries(root):
    return sorted((root / "cache" / "lawcheck").glob("yaml-*.pickle"))


def _shape(data):
    """The parse with every mapping's line number, to compare two parses."""
    if isinstance(data, dict):
        return ("map", getattr(data, "line", None), type(data).__name__, [(k, _shape(v)) for k, v in data.items()])
    if isinstance(data, list):
        return ["list", *[_shape(v) for v in data]]
    return (type(data).__name__, data)


def test_second_process_reads_the_cache(fresh):
    root, book, calls = fresh
    first = Y.load_yaml(str(book))
    assert calls == [str(book)]
    assert len(_entries(root)) == 1
    Y._parse_cached.cache_clear()  # a new process
    again = Y.load_yaml(str(book))
    assert calls == [str(book)]  # not parsed again
    assert _shape(again) == _shape(first)
    assert again["rules"][1].line == 9 and isinstance(again["rules"][1], Y.LineDict)
    assert str(again["when"]) == "2024-03-01"  # a YAML date comes back as a date


def test_each_caller_gets_its_own_copy(fresh):
    _, book, _ = fresh
    a = Y.load_yaml(str(book))
    a["rules"][0]["name"] = "改了"
    b = Y.load_yaml(str(book))
    assert b["rules"][0]["name"] == "甲"
    assert Y.peek_yaml(str(book))["rules"][0]["name"] == "甲"


def test_changed_file_is_parsed_again(fresh):
    root, book, calls = fresh
    Y.load_yaml(str(book))
    book.write_text(RULEBOOK.replace("乙", "丙"), encoding="utf-8")
    os.utime(book, ns=(1, 1))  # even with an old mtime: the key is the text
    Y._parse_cached.cache_clear()
    assert Y.load_yaml(str(book))["rules"][1]["name"] == "丙"
    assert len(calls) == 2 and len(_entries(root)) == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[: len(blob) // 2],  # a partial write
        lambda blob: b"",
        lambda blob: b"\x80\x05garbage",
        # a pickle that would run code if it were trusted
        lambda blob: pickle.dumps(_Boom()),
    ],
)
def test_damaged_or_foreign_entry_is_ignored(fresh, damage):
    root, book, calls = fresh
    first = Y.load_yaml(str(book))
    (entry,) = _entries(root)
    entry.write_bytes(damage(entry.read_bytes()))
    Y._parse_cached.cache_clear()
    again = Y.load_yaml(str(book))
    assert len(calls) == 2  # parsed from the YAML
    assert _shape(again) == _shape(first)
    assert not (root / "boom").exists()
    Y._parse_cached.cache_clear()
    Y.load_yaml(str(book))
    assert len(calls) == 2  # the entry was written again, whole


class _Boom:
    def __reduce__(self):
        return (open, (os.path.join(os.environ["XDG_CACHE_HOME"], "..", "boom"), "w"))


def test_switched_off(fresh, monkeypatch):
    root, book, calls = fresh
    monkeypatch.setenv("LAWCHECK_CACHE", "0")
    Y.load_yaml(str(book))
    Y._parse_cached.cache_clear()
    Y.load_yaml(str(book))
    assert len(calls) == 2 and _entries(root) == []


def test_errors_are_never_cached(fresh):
    root, book, calls = fresh
    book.write_text("schema: 1\nrules: [\n", encoding="utf-8")
    for _ in range(2):
        Y._parse_cached.cache_clear()
        with pytest.raises(Exception, match="YAML"):
            Y.load_yaml(str(book))
    assert len(calls) == 2 and _entries(root) == []


def test_old_entries_are_pruned(fresh, monkeypatch):
    root, book, _ = fresh
    monkeypatch.setattr(parsecache, "MAX_ENTRIES", 3)
    for i in range(6):
        book.write_text(RULEBOOK.replace("乙", f"乙{i}"), encoding="utf-8")
        Y._parse_cached.cache_clear()
        Y.load_yaml(str(book))
    assert len(_entries(root)) == 3
    assert not list((root / "cache" / "lawcheck").glob(".yaml-*.tmp"))


def test_rulebooks_load_the_same_from_the_cache(fresh, monkeypatch):
    import checker.rulebook as R

    root, _, calls = fresh

    def rules():
        Y._parse_cached.cache_clear()
        R._load_cached.cache_clear()
        R._national.cache_clear()
        R._index.cache_clear()
        return [
            (b.id, b.years, r.id, r.kind, r.origin, repr(r.params), r.examples) for b in R.national() for r in b.rules
        ]

    monkeypatch.setenv("LAWCHECK_CACHE", "0")
    plain = rules()
    monkeypatch.delenv("LAWCHECK_CACHE")
    first = rules()  # parses, writes the entries
    n = len(calls)
    assert n and first == plain
    assert rules() == plain  # from the entries
    assert len(calls) == n
