"""deadline: the report must be public by a date in the year after the one
it reports on (national rule: 每年4月1日之前; some provinces: 3月1日).

fires (rule severity)       published after the deadline day ("逾期 N 天", N >= 1)
fires (`boundary_severity`) published on the deadline day itself while `inclusive`
                            is false (the strict reading of "4月1日之前"): never an
                            error by default and never "逾期 0 天"
fires (info)                no publication date known: nothing to check

The date checked is the one the public could see the report on: the page's own
date stamp, else the signed date (metadata says which, `published_source`).

Options:
  month, day         the deadline day (default 4, 1)
  inclusive          true = publication on the deadline day is on time (default true)
  boundary_severity  severity for publication on the day when inclusive is false (default warning)
  year_offset        the deadline's year = report year + this (default 1)

Checked when the rulebook loads (`validate`): the day must exist every year
(month 1–12, no 29 February), year_offset 0–5, boundary_severity one of error / warning /
info.

Role: ``deadline`` (ROLE): summaries and the batch read these params for
"on time" and "days late"; no other code names this kind.

Example (a province whose departments publish by 1 March, strictly before it):
  overrides:
    publish_deadline: {params: {month: 3, day: 1, inclusive: false}}
"""

from __future__ import annotations

import datetime as dt

from ...model import ROLE_DEADLINE, SEVERITIES, Finding
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param

KIND = "deadline"
SUMMARY = "报告必须在报告年度次年的规定日期前向社会公开。"
CATEGORY = "finding"
ROLE = ROLE_DEADLINE  # later stages read its params (month, day, inclusive) for on time / days late
PARAMS = {
    "month": Param("int", default=4, doc="截止月份"),
    "day": Param("int", default=1, doc="截止日"),
    "inclusive": Param("bool", default=True, doc="true=截止日当天发布仍算按时"),
    "boundary_severity": Param("str", default="warning", doc="inclusive 为 false 时，恰在截止日当天发布的严重程度"),
    "year_offset": Param("int", default=1, doc="截止日所在年 = 报告年度 + 此值"),
}


def validate(params: dict) -> str | None:
    """The options together (after overrides and lawcheck.yaml): a day every year has, a known severity.
    A Chinese message for the rulebook author, or None."""
    month, day = params.get("month", 4), params.get("day", 1)
    try:
        dt.date(2023, month, day)  # a year without 29 February: the deadline must exist every year
    except (TypeError, ValueError):
        return f"截止日 {month}月{day}日 不是每年都有的日期；month 为 1–12，day 为该月的日子（如 month: 3, day: 31）"
    if not 0 <= params.get("year_offset", 1) <= 5:
        return "year_offset 是截止日所在年与报告年度之差，应为 0–5（次年为 1）"
    if params.get("boundary_severity", "warning") not in SEVERITIES:
        return f"boundary_severity 应为 {' / '.join(SEVERITIES)}"
    return None


def deadline_for(rule: Rule, year: int) -> dt.date:
    p = rule.params
    return dt.date(year + p.get("year_offset", 1), p.get("month", 4), p.get("day", 1))


def days_late(rule: Rule, year: int, published: dt.date) -> int:
    """Days after the last on-time day (0 = on time). With `inclusive` (the
    default) 1 April itself is on time and 2 April is 1 day late; read strictly,
    31 March is the last on-time day and 1 April counts as 1 day late."""
    due = deadline_for(rule, year)
    last_ok = due if rule.params.get("inclusive", True) else due - dt.timedelta(days=1)
    return max(0, (published - last_ok).days)


def on_time(rule: Rule, published: dt.date, due: dt.date) -> bool:
    inclusive = rule.params.get("inclusive", True)
    return published <= due if inclusive else published < due


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    if meta.year is None:
        return [Finding(rule.id, "info", "报告年度不明，无法核对公开时限", None)]
    due = deadline_for(rule, meta.year)
    inclusive = rule.params.get("inclusive", True)
    when = f"{due.month}月{due.day}日{'（含当天）' if inclusive else '之前'}"
    if meta.published is None:
        return [Finding(rule.id, "info", f"未找到发布日期，无法核对是否在 {due.year}年{when} 公开", None)]
    if on_time(rule, meta.published, due):
        return []
    note = f"（{meta.published_note}）" if getattr(meta, "published_note", None) else ""
    if meta.published == due:  # only reachable when inclusive is false
        return [
            Finding(
                rule.id,
                rule.params.get("boundary_severity", "warning"),
                f"{meta.published.isoformat()} 恰在截止日当天发布；按“{due.month}月{due.day}日之前”的严格读法"
                f"不算按时，宜提前公开{note}",
                meta.published_line,
            )
        ]
    days = days_late(rule, meta.year, meta.published)
    return [
        Finding(
            rule.id,
            rule.severity,
            f"{meta.published.isoformat()} 发布，晚于 {meta.year} 年度报告的公开时限"
            f"（{due.year}年{when}），逾期 {days} 天{note}",
            meta.published_line,
        )
    ]
