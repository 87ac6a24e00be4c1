"""Regular expressions whose compiled form is kept between processes.

`re.compile` parses a pattern and translates it into the regex engine's
program in Python (a class of Han characters alone walks ~21,000 code points:
~1 ms), and Python keeps none of it between processes: a one-file check spent
~40 ms of its ~120 ms compiling the same few hundred patterns at every start.
`rx.compile(pattern, flags)` gives the same compiled pattern as re.compile
(the same program handed to the same constructor, `_sre.compile`, that
re.compile itself ends with), and keeps the program in one file in the user's
cache folder (`$XDG_CACHE_HOME/lawcheck/`, else `~/.cache/lawcheck/`), next to
the caches of validated patterns and parsed rulebooks, so the next process
builds the pattern from it without parsing and translating again.

Safe by construction:
* the file is named by the exact Python build (sys.version) and the regex
  engine's format number (re's MAGIC and CODESIZE): another Python never
  reads it;
* its content carries a SHA-256 of itself: a damaged or partly written file is
  not read (it is rewritten); the regex engine checks every program it is
  given as well (`invalid SRE code`), and any error means "compile as usual";
* it is written at exit, only when new patterns were compiled, to a temporary
  file renamed into place; at most MAX_ENTRIES programs are kept;
* `LAWCHECK_CACHE=0` (or a Python without these internals) turns it off:
  rx.compile is then re.compile.
tests/test_rx_cache.py compares every cached pattern with re.compile's.
"""

from __future__ import annotations

import os
import re
import sys
from array import array

from . import usercache

try:  # CPython's regex internals (3.11+: re._compiler / re._parser)
    import _sre
    from re import _compiler as _C
    from re import _constants as _K
    from re import _parser as _P

    _WORD = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    _FORMAT = f"{sys.version}|{_K.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}|{_WORD}"
except (ImportError, StopIteration):  # pragma: no cover - another Python: plain re.compile
    _sre = None
    _FORMAT = ""

MAX_ENTRIES = 20000
_HEADER = b"lawcheck-rx 2\n"
_state: tuple | None = None  # (environment it was read under, file path or None, programs)
_new: dict[tuple[str, int], tuple] = {}
_registered = False


def _env() -> tuple:
    return (os.environ.get("LAWCHECK_CACHE"), os.environ.get("XDG_CACHE_HOME"), os.environ.get("HOME"))


def _path() -> str | None:
    base = usercache.folder()
    if _sre is None or base is None:
        return None
    import hashlib

    tag = hashlib.sha256(_FORMAT.encode()).hexdigest()[:16]
    return os.path.join(base, f"regex-{tag}.bin")


def _load() -> tuple[str | None, dict]:
    """(cache file or None when off, the programs read from it), read once
    per process (again if the cache settings change, as in tests)."""
    global _state
    env = _env()
    if _state is None or _state[0] != env:
        path = _path()
        # absent, damaged, foreign: compile as usual (and write it again)
        store = (usercache.read(path, _decode, damaged=(Exception,)) if path is not None else None) or {}
        _state = (env, path, store)
        _new.clear()
    return _state[1], _state[2]


def _pack(code: list[int]) -> bytes:
    """The program as machine words (what the engine stores): loading the file
    is then a copy of bytes, not hundreds of thousands of int objects."""
    return array(_WORD, code).tobytes()


def _unpack(data: bytes) -> list[int]:
    words = array(_WORD)
    words.frombytes(data)
    return words.tolist()


def _decode(blob: bytes) -> dict:
    import hashlib
    import marshal

    if not blob.startswith(_HEADER):
        raise ValueError("not a regex cache")
    digest, payload = blob[len(_HEADER) : len(_HEADER) + 32], blob[len(_HEADER) + 32 :]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("damaged")
    fmt, entries = marshal.loads(payload)
    if fmt != _FORMAT:
        raise ValueError("another Python")
    return {(p, f): rest for p, f, *rest in entries}


def _encode(store: dict) -> bytes:
    import hashlib
    import marshal

    payload = marshal.dumps((_FORMAT, [(p, f, *rest) for (p, f), rest in store.items()]))
    return _HEADER + hashlib.sha256(payload).digest() + payload


def compile(pattern: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the name re uses
    """re.compile(pattern, flags) for a str pattern, from the cache when the
    program is there."""
    if _sre is None or not isinstance(pattern, str) or (flags & re.DEBUG):
        return re.compile(pattern, flags)
    flags = int(flags)
    key = (pattern, flags)
    path, store = _load()
    got = store.get(key) if path is not None else None
    if got is not None:
        try:
            return _sre.compile(pattern, got[0], _unpack(got[1]), got[2], got[3], got[4])
        except Exception:
            store.pop(key, None)
    try:  # what re._compiler.compile does, keeping the pieces
        tree = _P.parse(pattern, flags)
        code = _C._code(tree, flags)
        groupindex = dict(tree.state.groupdict)
        indexgroup = [None] * tree.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (flags | tree.state.flags, _pack(code), tree.state.groups - 1, groupindex, tuple(indexgroup))
        pat = _sre.compile(pattern, entry[0], code, entry[2], groupindex, entry[4])
    except re.error:
        raise
    except Exception:  # the internals differ in this Python: re.compile itself, nothing kept
        return re.compile(pattern, flags)
    if path is not None:
        store[key] = entry
        _new[key] = entry
        _register()
    return pat


def _register() -> None:
    global _registered
    if not _registered:
        import atexit

        atexit.register(save)
        _registered = True


def save() -> None:
    """Write the programs compiled in this process to the cache file (atomic
    rename; any failure only means they are compiled again next time)."""
    if not _new or _state is None or _state[1] is None:
        return
    path, store = _state[1], dict(_state[2])
    _new.clear()
    try:
        # entries another process wrote meanwhile are kept
        store = {**(usercache.read(path, _decode, damaged=(Exception,)) or {}), **store}
        if len(store) > MAX_ENTRIES:  # keep the newest (dicts keep insertion order)
            store = dict(list(store.items())[-MAX_ENTRIES:])
        usercache.write_atomic(path, _encode(store))
    except Exception:
        pass
