"""The anchor sets of rulebook patterns, kept between processes.

Building a rulebook's index (checker/match/index.py) parses every pattern of
the rulebook with re's parser to find its literal anchors: ~35 ms of CPU, paid
by every process that checks a second document (each worker of a batch, every
in-process run). The result depends only on the pattern text, the analysis
code and the Python build, so it is kept in one file in the user's cache folder
(checker/usercache.py, next to the compiled regex programs), named by the
Python version and a hash of the analysis code (index.py and patterns.py): a
changed analysis or another Python never reads an old file.

Safe by construction: the file carries a SHA-256 of its content (a damaged or
hand-edited file is not read); every entry is checked for shape; it is written
atomically, only when new patterns were analysed, and holds at most
MAX_ENTRIES patterns; `LAWCHECK_CACHE=0` turns it off. A pattern not in the
file is analysed as before. tests/test_anchor_cache.py compares the stored sets
with a fresh analysis.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys

from .. import usercache

MAX_ENTRIES = 20000
_HEADER = b"lawcheck-anchors 1\n"
_MISSING = object()
_state: tuple | None = None  # (file path or None, {pattern: frozenset | None})


def _path() -> str | None:
    base = usercache.folder()
    if base is None:
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    h = hashlib.sha256(sys.version.encode("utf-8"))
    try:
        for name in ("index.py", "patterns.py"):  # the analysis and its placeholders
            with open(os.path.join(here, name), "rb") as fh:
                h.update(fh.read())
    except OSError:
        return None
    return os.path.join(base, f"anchors-{h.hexdigest()[:20]}.json")


def _decode(blob: bytes) -> dict:
    if not blob.startswith(_HEADER):
        return {}
    rest = blob[len(_HEADER) :]
    digest, sep, payload = rest.partition(b"\n")
    if not sep or hashlib.sha256(payload).hexdigest().encode("ascii") != digest:
        return {}
    data = json.loads(payload.decode("utf-8"))
    out: dict = {}
    if not isinstance(data, dict):
        return {}
    for pattern, got in data.items():
        if got is None:
            out[pattern] = None
        elif isinstance(got, list) and got and all(isinstance(s, str) and s for s in got):
            out[pattern] = frozenset(got)
        else:
            return {}  # not written by this module: trust none of it
    return out


def _encode(store: dict) -> bytes:
    data = {p: (None if a is None else sorted(a)) for p, a in store.items()}
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return _HEADER + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def _load() -> tuple:
    global _state
    if _state is None:
        path = _path()
        store = (usercache.read(path, _decode) if path is not None else None) or {}
        _state = (path, store)
    return _state


def anchors_of(strings, analyse) -> list:
    """analyse(s) for each of `strings`, from the file where it holds them;
    the others are analysed now and added to the file."""
    path, store = _load()
    out = []
    new = False
    for s in strings:
        got = store.get(s, _MISSING)
        if got is _MISSING:
            got = analyse(s)
            if len(store) < MAX_ENTRIES:
                store[s] = got
                new = True
        out.append(got)
    if new and path is not None:
        try:
            usercache.write_atomic(path, _encode(store))
        except OSError:
            pass  # only means the analysis is done again next time
    return out


def known(s: str):
    """The stored anchor set of `s` (frozenset or None), or MISSING."""
    return _load()[1].get(s, _MISSING)


MISSING = _MISSING
