"""The rules behind a lawcheck/1 report dict, looked up by its rulebook id.

A lawcheck/1 object names its rulebook ("rulebook", "rulebook_version") but
carries neither rule kinds nor short column names; views that need them
(which finding is a deadline, an element's short name) load the rulebook
once per id: a rulebook given to the batch by path (`remember(ref)`), one in
rulebooks/ (by id), or the one a lawcheck.yaml in the working folder names.
A rulebook that cannot be found gives {} and the views fall back to what
the report itself holds (element names; no days late).
"""

from __future__ import annotations

import functools

from ..errors import LawcheckError
from ..rulebook.model import Rule, Rulebook

_remembered: dict[str, Rulebook] = {}


def remember(ref: str | None) -> None:
    """Make a rulebook given by path or name (e.g. `--rulebook 省规则.yaml`) known
    to the views by its id. Errors are left to the check itself."""
    if not ref:
        return
    from .. import rulebook as rb

    try:
        book = rb.load(ref)
    except (LawcheckError, OSError):
        return
    _remembered[book.id] = book
    rulebook_rules.cache_clear()


def _find(rulebook_id: str) -> Rulebook | None:
    from .. import rulebook as rb

    if rulebook_id in _remembered:
        return _remembered[rulebook_id]
    for ref in (rulebook_id, _config_ref()):
        if not ref:
            continue
        try:
            book = rb.load(ref)
        except (LawcheckError, OSError):
            continue
        if book.id == rulebook_id:
            return book
    return None


def _config_ref() -> str | None:
    from .. import rulebook as rb

    try:
        return rb.config_rulebook()
    except (LawcheckError, OSError):
        return None


@functools.lru_cache(maxsize=32)
def rulebook_rules(rulebook_id: str | None) -> dict[str, Rule]:
    book = _find(rulebook_id) if rulebook_id else None
    return {r.id: r for r in book.rules if r.enabled} if book else {}


def rules_of(report: dict) -> dict[str, Rule]:
    return rulebook_rules(report.get("rulebook"))
