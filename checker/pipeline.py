"""Wires the stages: read -> normalize -> structure -> (choose rulebook) ->
match -> score. Pure apart from reading the input file and rulebooks."""

from __future__ import annotations

from . import rulebook as rb
from .config import tailor
from .match import match
from .model import Document, Report, SourceText
from .normalize import normalize
from .read import read_bytes, read_path
from .rulebook.model import Rulebook
from .score import score
from .structure import build


def check_source_full(
    src: SourceText, rulebook_ref: str | None = None, select=(), ignore=(), params: dict | None = None
) -> tuple[Document, Rulebook, Report]:
    """The report with what it was made from: the document (its body lines)
    and the rulebook chosen for it (a batch derives its columns from both).
    select / ignore / params: a team's settings (checker/config.py)."""
    with rb.held():  # the rulebook folder is read once per check (structure, choose, the outline rule)
        doc = build(normalize(src))
        book, notices = rb.choose(doc.meta.year, rulebook_ref)
        # the reader's (a web page that is one part of several), the structure's (a text that stops short)
        notices = [*src.hints.get("notices", ()), *doc.notices, *notices]
        book = tailor(book, select, ignore, params)
        return doc, book, score(doc, match(doc, book), book, notices)


def check_source(src: SourceText, rulebook_ref: str | None = None, **settings) -> Report:
    return check_source_full(src, rulebook_ref, **settings)[2]


def check_path(path: str, rulebook_ref: str | None = None, **settings) -> Report:
    return check_source(read_path(path), rulebook_ref, **settings)


def check_bytes(name: str, data: bytes, rulebook_ref: str | None = None, **settings) -> Report:
    """Bytes from standard input: the same format and encoding detection as a file."""
    return check_source(read_bytes(name, data), rulebook_ref, **settings)
