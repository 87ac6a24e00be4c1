"""The rules behind a lawcheck/1 report dict, looked up by its rulebook id.

A lawcheck/1 object names its rulebook ("rulebook", "rulebook_version") but
carries neither rule kinds nor short column names; views that need them
(which finding is a deadline, an element's short name) load the rulebook
once per id. A rulebook that can no longer be found gives {} and the views
fall back to what the report itself holds (element names; no days late).
"""

from __future__ import annotations

import functools

from ..errors import LawcheckError
from ..rulebook.model import Rule


@functools.lru_cache(maxsize=32)
def rulebook_rules(rulebook_id: str | None) -> dict[str, Rule]:
    if not rulebook_id:
        return {}
    from .. import rulebook as rb

    try:
        book = rb.load(rulebook_id)
    except (LawcheckError, OSError):
        return {}
    return {r.id: r for r in book.rules if r.enabled}


def rules_of(report: dict) -> dict[str, Rule]:
    return rulebook_rules(report.get("rulebook"))
