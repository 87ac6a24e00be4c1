"""A regular expression compiled on first use.

Compiling a class of Han characters ([\\u4e00-\\u9fff]) costs ~1 ms (re's
compiler walks the range one code point at a time) and Python cannot keep
compiled patterns between processes; a pattern that a run may never need
(pinyin after characters, letter-spaced names, junk between characters) is
compiled when it is first used, so a one-file check does not pay for it.
"""

from __future__ import annotations

import re

from . import rx


class LazyPattern:
    """Stands for re.compile(pattern, flags): any attribute of the compiled
    pattern (search, sub, findall, pattern, …) compiles it once."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        pat = self._compiled
        if pat is None:
            pat = self._compiled = rx.compile(*self._args)
        return pat

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r})"
