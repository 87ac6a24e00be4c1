"""File names as text: a path the file system gave as bytes that are not
UTF-8 (a zip made on Windows and unpacked on Linux keeps its GBK names)
reaches Python with surrogate escapes, which no UTF-8 output (JSON, CSV,
SQLite, a PDF) can hold. `shown(path)` is the name a person reads: each
part decoded as UTF-8, else GB18030 (GBK, GB2312), else with its bytes
written as \\xNN. The file itself is always opened by its own path."""

from __future__ import annotations

import os

_FALLBACKS = ("gb18030",)


def _part(part: str) -> str:
    try:
        part.encode("utf-8")
        return part
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(part)
    for enc in _FALLBACKS:
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "backslashreplace")


def shown(path: str | os.PathLike) -> str:
    """`path` as text that every output can hold (the same string when it already is)."""
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "/".join(_part(p) for p in text.split("/"))


def escaped(path: str) -> str:
    """`path` with every byte that is not UTF-8 written as \\xNN: unique where
    decoding could make two names alike (报告.txt in UTF-8 and in GBK)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")
