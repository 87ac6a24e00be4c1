"""Errors a user can act on. Messages are Simplified Chinese and name the file."""

from __future__ import annotations


class LawcheckError(Exception):
    """Base: `str(err)` is the one line shown to the user."""

    def __init__(self, path: str, message: str, line: int | None = None):
        super().__init__(message)
        self.path = str(path)
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class ReadError(LawcheckError):
    """The file could not be read as a report (missing, empty, binary, corrupt …)."""


class RulebookError(LawcheckError):
    """A rulebook is broken: bad YAML, unknown key or kind, failing example …"""


class RenderError(LawcheckError):
    """An output could not be written (font missing, folder not writable …)."""
