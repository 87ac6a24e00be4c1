"""Publication timeliness of a lawcheck/1 report dict, for the batch outputs
(summary.csv, summary.xlsx, overview): days late and an on-time state.

The deadline is the one the report's own rulebook sets (its rules of kind
`deadline`: month, day, year_offset, inclusive), computed with the kind's
own `days_late` (checker/match/kinds/deadline.py), so that the gap report's
finding ("逾期 N 天") and the batch views agree. No element or rule id is
named here.
"""

from __future__ import annotations

import datetime as dt

from ..match.kinds import deadline as deadline_kind
from ..model import ROLE_DEADLINE
from .rulesinfo import rules_of

# state -> the words a table shows
STATE_WORD = {"on_time": "是", "late": "否", "undated": "不明", "unknown": "—"}


def _published(report: dict) -> dt.date | None:
    try:
        return dt.date.fromisoformat(report.get("published") or "")
    except (TypeError, ValueError):
        return None


def publication(report: dict) -> dict:
    """{"state": on_time|late|undated|unknown, "due": "YYYY-MM-DD"|None, "days_late": int|None}.

    unknown: no deadline rule (rulebook not found or rule disabled), or a date but no report year;
    undated: no publication date found (with or without a year: 不明 in the tables, so listed as undated too);
    due is the first deadline of the rulebook's deadline rules, None without a year."""
    rules = [r for r in rules_of(report).values() if r.role == ROLE_DEADLINE]
    year = report.get("year")
    if not rules:
        return {"state": "unknown", "due": None, "days_late": None}
    due = min(deadline_kind.deadline_for(r, year) for r in rules) if isinstance(year, int) else None
    published = _published(report)
    if published is None:
        return {"state": "undated", "due": due.isoformat() if due else None, "days_late": None}
    if due is None:
        return {"state": "unknown", "due": None, "days_late": None}
    days = max(deadline_kind.days_late(r, year, published) for r in rules)
    return {"state": "late" if days else "on_time", "due": due.isoformat(), "days_late": days}


def days_late(report: dict) -> int | None:
    """Days after the last on-time day (0 = on time); None when there is no
    publication date, no report year or no deadline rule."""
    return publication(report)["days_late"]
