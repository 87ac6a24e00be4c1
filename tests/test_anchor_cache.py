"""checker/match/anchorcache.py: the anchor sets kept between processes are
the ones a fresh analysis gives, for every pattern of every shipped rulebook;
a damaged or tampered file is never used; LAWCHECK_CACHE=0 writes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.match import anchorcache
from checker.match import index as I
from checker.rulebook import national

ROOT = Path(__file__).resolve().parent.parent


def _strings() -> list[str]:
    out: list[str] = []
    for book in national():
        out.extend(I.rulebook_strings(book))
    return sorted(set(out))


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("LAWCHECK_CACHE", raising=False)
    monkeypatch.setattr(anchorcache, "_state", None)
    yield tmp_path / "lawcheck"
    anchorcache._state = None


def _reload() -> None:
    anchorcache._state = None


def test_stored_sets_equal_fresh_analysis(cache):
    strings = _strings()
    assert len(strings) > 500
    first = anchorcache.anchors_of(strings, I.anchors)
    files = list(cache.glob("anchors-*.json"))
    assert len(files) == 1
    _reload()
    calls = []

    def analyse(s):
        calls.append(s)
        return I.anchors(s)

    again = anchorcache.anchors_of(strings, analyse)
    assert calls == []  # every set came from the file
    assert again == first == [I.anchors(s) for s in strings]
    assert any(a is None for a in again) and any(a for a in again)


@pytest.mark.parametrize(
    "damage",
    [
        lambda b: b[:-5],  # cut short
        lambda b: b.replace("政".encode(), "攻".encode(), 1),  # content changed, checksum not
        lambda b: b"not a cache file\n" + b,
    ],
)
def test_damaged_file_is_not_used(cache, damage):
    strings = _strings()[:200]
    anchorcache.anchors_of(strings, I.anchors)
    (path,) = cache.glob("anchors-*.json")
    path.write_bytes(damage(path.read_bytes()))
    _reload()
    calls = []

    def analyse(s):
        calls.append(s)
        return I.anchors(s)

    got = anchorcache.anchors_of(strings, analyse)
    assert calls == strings  # nothing trusted: all analysed again
    assert got == [I.anchors(s) for s in strings]


def test_wrong_shape_with_valid_checksum_is_not_used(cache):
    strings = ["依法行政", "(?:法治|法制)政府"]
    anchorcache.anchors_of(strings, I.anchors)
    (path,) = cache.glob("anchors-*.json")
    payload = b'{"\xe4\xbe\x9d\xe6\xb3\x95\xe8\xa1\x8c\xe6\x94\xbf": 5}'

    path.write_bytes(b"lawcheck-anchors 1\n" + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    _reload()
    assert anchorcache.known("依法行政") is anchorcache.MISSING


def test_switched_off_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv("LAWCHECK_CACHE", "0")
    got = anchorcache.anchors_of(["依法行政"], I.anchors)
    assert got == [I.anchors("依法行政")]
    assert not cache.exists() or not list(cache.glob("anchors-*"))


def test_next_process_reads_the_file_and_matches_the_same(tmp_path):
    """A second process builds its index from the file (no pattern parsed for
    anchors) and checks the seeds with the same JSON as the plain path."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    env.pop("LAWCHECK_CACHE", None)
    env.pop("LAWCHECK_PLAIN", None)
    code = r"""
import glob, json, sys
from checker.match import index as I
from checker.pipeline import check_path
from checker.render.json_out import render_json
calls = []
real = I.anchors
I.anchors = lambda s: calls.append(s) or real(s)
seeds = sorted(glob.glob("seeds/*.txt"))
out = [render_json([check_path(p)], True) for p in seeds + seeds]
print(json.dumps({"parsed": len(calls), "out": out}))
"""
    runs = [
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    first, second = (json.loads(r.stdout.strip().splitlines()[-1]) for r in runs)
    assert first["parsed"] > 500  # the first process analysed the rulebook
    assert second["parsed"] < 50  # the next one read it (only patterns outside the rulebooks, if any)
    assert first["out"] == second["out"]
    plain = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=dict(env, LAWCHECK_PLAIN="1"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(plain.stdout.strip().splitlines()[-1])["out"] == second["out"]
