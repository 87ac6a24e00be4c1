"""The user's cache folder, shared by lawcheck's caches (validated patterns,
parsed rulebooks, compiled regex programs): `$XDG_CACHE_HOME/lawcheck/`, else
`~/.cache/lawcheck/`; none at all when `LAWCHECK_CACHE=0`.

A cache is never needed for a correct result: every reader treats a missing
or damaged file as absent, and every writer goes through `write_atomic`, so
another process never sees half a file."""

from __future__ import annotations

import os


def folder() -> str | None:
    """The cache folder, or None when caching is switched off."""
    if os.environ.get("LAWCHECK_CACHE") == "0":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lawcheck")


def read(path: str | os.PathLike, decode, damaged: tuple[type[BaseException], ...] = (OSError, ValueError)):
    """decode(the file's bytes), or None when the file is absent or `decode`
    finds it damaged (raises one of `damaged`)."""
    try:
        with open(path, "rb") as fh:
            return decode(fh.read())
    except damaged:
        return None


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder renamed
    into place (the folder is made if need be). Raises OSError; the temporary
    file never stays behind."""
    import tempfile

    path = os.fspath(path)
    parent = os.path.dirname(path)
    os.makedirs(parent, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=parent, prefix="." + os.path.basename(path) + "-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
