"""Parsed YAML files kept between processes (rulebooks, term dictionaries,
lawcheck.yaml), so that a start does not import and run the YAML parser.

One file per parsed text in the user's cache folder, next to the cache of
validated patterns (checker/match/patterns.py): `$XDG_CACHE_HOME/lawcheck/`
(else `~/.cache/lawcheck/`), named by a hash of

* the file's text (a changed rulebook is a new key: it is parsed again),
* lawcheck's version, the Python version, the source of the module that
  builds the parse (checker/rulebook/yamlfile.py) and the installed PyYAML
  (its path, size and modification time),

so an entry is never read for anything but the same text parsed by the same
code. The entry is a pickle read back with an unpickler that only knows the
line-numbered mapping and the date/time types YAML produces: a damaged or
foreign file cannot run code; it is treated as absent (any error), the file
is parsed as YAML and the entry written again. Writes go to a temporary file
and are renamed into place (another process never sees half a file).
`LAWCHECK_CACHE=0` switches it off. At most MAX_ENTRIES files are kept (the
oldest go when a new one is written).
"""

from __future__ import annotations

import datetime
import hashlib
import io
import os
import pickle
import sys

from .. import usercache

MAX_ENTRIES = 64
_PREFIX = "yaml-"
_SUFFIX = ".pickle"
_SAFE = {
    ("datetime", "date"): datetime.date,
    ("datetime", "datetime"): datetime.datetime,
    ("datetime", "timedelta"): datetime.timedelta,
    ("datetime", "timezone"): datetime.timezone,
}


def cache_dir() -> str | None:
    return usercache.folder()


_CODE: dict[str, str] = {}


def _code_stamp(builder: str) -> str:
    """What the parse depends on besides the text (computed once a process)."""
    got = _CODE.get(builder)
    if got is None:
        from .. import __version__

        parts = [__version__, sys.version, builder]
        try:
            with open(builder, "rb") as fh:
                parts.append(hashlib.sha256(fh.read()).hexdigest())
        except OSError:
            parts.append("?")
        parts.append(_yaml_stamp())
        got = _CODE[builder] = "\0".join(parts)
    return got


def _yaml_stamp() -> str:
    import importlib.util

    try:
        spec = importlib.util.find_spec("yaml")
        origin = spec.origin if spec else None
        st = os.stat(origin) if origin else None
    except (ImportError, ValueError, OSError):
        return "no-yaml"
    if st is None:
        return "no-yaml"
    return f"{origin}\0{st.st_size}\0{st.st_mtime_ns}"


def key(text: str, builder: str) -> str | None:
    """The entry's name for `text` parsed by the module at path `builder`;
    None when the cache is off."""
    if cache_dir() is None:
        return None
    h = hashlib.sha256(_code_stamp(builder).encode("utf-8", "surrogatepass"))
    h.update(b"\0\0")
    h.update(text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, allowed: dict):
        super().__init__(io.BytesIO(data))
        self.allowed = {**_SAFE, **allowed}

    def find_class(self, module, name):
        try:
            return self.allowed[(module, name)]
        except KeyError:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed here") from None


def get(key_: str | None, allowed: dict) -> tuple[object, bytes] | None:
    """(the value, its pickle) stored under key_, or None (absent, unreadable,
    damaged, cache off). `allowed`: {(module, name): class} besides dates."""
    folder = cache_dir()
    if key_ is None or folder is None:
        return None
    try:
        with open(os.path.join(folder, _PREFIX + key_ + _SUFFIX), "rb") as fh:
            blob = fh.read()
        return _Unpickler(blob, allowed).load(), blob
    except Exception:  # absent or damaged: parse again
        return None


def put(key_: str | None, blob: bytes | None) -> None:
    """Store a pickle under key_ (atomic rename; failures only mean the file
    is parsed again next time)."""
    folder = cache_dir()
    if key_ is None or folder is None or blob is None:
        return
    try:
        usercache.write_atomic(os.path.join(folder, _PREFIX + key_ + _SUFFIX), blob)
        _prune(folder)
    except OSError:
        pass


def _prune(folder: str) -> None:
    entries = []
    with os.scandir(folder) as it:
        for e in it:
            if e.name.startswith(_PREFIX) and e.name.endswith(_SUFFIX):
                try:
                    entries.append((e.stat().st_mtime_ns, e.path))
                except OSError:
                    pass
    for _, path in sorted(entries)[: max(0, len(entries) - MAX_ENTRIES)]:
        try:
            os.unlink(path)
        except OSError:
            pass
