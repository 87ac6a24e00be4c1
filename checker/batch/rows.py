"""The row model shared by every table of checked reports: the quick
`lawcheck FILES --summary x.csv` and the batch's summary.csv/.xlsx/.json.

`facts(report, book)` is computed where the report is made (in a batch
worker) and stored beside the lawcheck/1 JSON: what a table needs that the
JSON does not say directly (on time or not, days late, gaps, column names).
`report_row(report_dict, facts, region)` is the display row every writer
reads. `cell_text()` neutralises spreadsheet formulas (OWASP CSV injection).
"""

from __future__ import annotations

import datetime as dt

from ..model import ROLE_DEADLINE, ROLE_DOCUMENT, Report
from ..rulebook.model import Rulebook

STATUS_WORD = {"present": "具备", "partial": "部分", "missing": "缺失"}
ON_TIME_KEY = {"是": "yes", "否": "no", "不明": "unknown", "—": "na"}


def on_time(report: Report) -> str:
    """是 / 否 / 不明 / —: from the findings of the rulebook's deadline rules."""
    roles = {rid: info.role for rid, info in report.rules.items()}
    if not any(r == ROLE_DEADLINE for r in roles.values()):
        return "—"
    fired = [f for f in report.findings if roles.get(f.rule) == ROLE_DEADLINE]
    if any(f.severity in ("error", "warning") for f in fired):
        return "否"
    if fired:  # an info: no date found, or no year
        return "不明"
    return "是"


def days_late(report: Report, book: Rulebook) -> int | None:
    """Days after the last on-time day (0 when on time: published before
    1 April, or on it with `inclusive`), the most over the rulebook's
    deadline rules; None when the year or the publication date is unknown
    or the rulebook sets no deadline."""
    from ..match.kinds.deadline import deadline_for

    meta = report.meta
    rules = [r for r in book.active() if r.role == ROLE_DEADLINE]
    if not rules or meta.year is None or meta.published is None:
        return None
    days = 0
    for rule in rules:
        due = deadline_for(rule, meta.year)
        last_ok = due if rule.params.get("inclusive") else due - dt.timedelta(days=1)
        days = max(days, (meta.published - last_ok).days)
    return days


def document_kind(report: Report) -> dict | None:
    """{"kind", "name"} when a rule whose kind judges what the document is
    (role "document") found the text to be another kind of document (a news
    item, a 信息公开 annual report, a plan…); None for the document the
    rulebook checks."""
    for f in report.findings:
        info = report.rules.get(f.rule)
        if info is not None and info.role == ROLE_DOCUMENT and f.detail and f.detail.get("name"):
            return {"kind": f.detail.get("kind"), "name": f.detail["name"]}
    return None


def facts(report: Report, book: Rulebook) -> dict:
    from ..score import has_gaps

    sev = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning")}
    return {
        "on_time": on_time(report),
        "days_late": days_late(report, book),
        "gaps": bool(has_gaps(report)),
        "errors": sev["error"],
        "warnings": sev["warning"],
        "document": document_kind(report),
        "short": {
            e.id: (report.rules[e.id].short or e.name) if e.id in report.rules else e.name for e in report.elements
        },
    }


def report_row(d: dict, f: dict, region: str | None, gap_report: str | None) -> dict:
    """One display row from a lawcheck/1 dict and its facts."""
    return {
        "file": d["file"],
        "region": region or "",
        "title": d.get("title") or "",
        "issuer": d.get("issuer") or "",
        "year": d.get("year"),
        "published": d.get("published") or "",
        "on_time": f.get("on_time", ""),
        "days_late": f.get("days_late"),
        "score": d.get("score"),
        "coverage": d.get("coverage_score"),
        "status": {e["id"]: e["status"] for e in d.get("elements", [])},
        "errors": f.get("errors", 0),
        "warnings": f.get("warnings", 0),
        "gap_report": gap_report or "",
        "gaps": f.get("gaps", False),
    }


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell_text(value) -> str | int | float:
    """A CSV cell: numbers as they are; text that a spreadsheet would take as
    a formula (starting with = + - @, a tab or a carriage return) gets a
    leading apostrophe, as the OWASP CSV-injection guidance says."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
