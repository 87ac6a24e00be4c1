"""Declarations of rule-kind parameters, checked when a rulebook loads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# Parameter types:
#   patterns  list of regular expressions (may use <YEAR>, <NEXT_YEAR>, <PREV_YEAR>)
#   levels    list of heading levels 1..5
#   ids       list of rule ids
#   groups    list of {id, name, terms: patterns, exclude: patterns, context: patterns}
#   labels    mapping label -> patterns
#   words     list of plain words (no regular expressions)
#   dictionary  path of a term dictionary (YAML, relative to the rulebook), loaded and
#               checked with the rulebook (checker/rulebook/dictionary.py)
#   int, float, bool, str, map
TYPES = ("patterns", "levels", "ids", "groups", "labels", "int", "float", "bool", "str", "map", "dictionary", "words")


@dataclass(frozen=True)
class Param:
    type: str
    required: bool = False
    default: Any = None
    doc: str = ""
    # optional deeper check of a structured value (type "map"): check(value, fail)
    # returns the value to keep; fail(message, line=None) stops loading with
    # "file:line: 规则 X 的参数 Y：message"
    check: Callable[..., Any] | None = None
