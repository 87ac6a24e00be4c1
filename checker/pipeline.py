"""Wires the stages: read -> normalize -> structure -> (choose rulebook) ->
match -> score. Pure apart from reading the input file and rulebooks."""
from __future__ import annotations

from . import rulebook as rb
from .match import match
from .model import Document, Report, SourceText
from .normalize import normalize
from .read import read_path
from .rulebook.model import Rulebook
from .score import score
from .structure import build


def check_source_full(src: SourceText, rulebook_ref: str | None = None) -> tuple[Document, Rulebook, Report]:
    """The report with what it was made from: the document (its body lines)
    and the rulebook chosen for it (a batch derives its columns from both)."""
    doc = build(normalize(src))
    book, notices = rb.choose(doc.meta.year, rulebook_ref)
    return doc, book, score(doc, match(doc, book), book, notices)


def check_source(src: SourceText, rulebook_ref: str | None = None) -> Report:
    return check_source_full(src, rulebook_ref)[2]


def check_path(path: str, rulebook_ref: str | None = None) -> Report:
    return check_source(read_path(path), rulebook_ref)
