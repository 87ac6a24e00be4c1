"""Wires the stages: read -> normalize -> structure -> (choose rulebook) ->
match -> score. Pure apart from reading the input file and rulebooks."""
from __future__ import annotations

from . import rulebook as rb
from .match import match
from .model import Report, SourceText
from .normalize import normalize
from .read import read_path
from .score import score
from .structure import build


def check_source(src: SourceText, rulebook_ref: str | None = None) -> Report:
    doc = build(normalize(src))
    book, notices = rb.choose(doc.meta.year, rulebook_ref)
    return score(doc, match(doc, book), book, notices)


def check_path(path: str, rulebook_ref: str | None = None) -> Report:
    return check_source(read_path(path), rulebook_ref)
