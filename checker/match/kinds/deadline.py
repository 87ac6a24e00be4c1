"""deadline: the report must be public by a date in the year after the one
it reports on (national rule: before 1 April; some provinces: 1 March).

fires (rule severity)  published on or after the deadline (on it only when
                       `inclusive` is false)
fires (info)           no publication date known: nothing to check
"""
from __future__ import annotations

import datetime as dt

from ...model import Finding
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param

KIND = "deadline"
SUMMARY = "报告必须在报告年度次年的规定日期前向社会公开。"
CATEGORY = "finding"
PARAMS = {
    "month": Param("int", default=4, doc="截止月份"),
    "day": Param("int", default=1, doc="截止日"),
    "inclusive": Param("bool", default=False, doc="true=截止日当天发布仍算按时"),
    "year_offset": Param("int", default=1, doc="截止日所在年 = 报告年度 + 此值"),
}


def deadline_for(rule: Rule, year: int) -> dt.date:
    p = rule.params
    return dt.date(year + p.get("year_offset", 1), p.get("month", 4), p.get("day", 1))


def days_late(rule: Rule, year: int, published: dt.date) -> int:
    """Days after the last on-time day (0 = on time). Before 1 April: published on
    1 April is 1 day late; with `inclusive`, 1 April itself is on time."""
    due = deadline_for(rule, year)
    last_ok = due if rule.params.get("inclusive") else due - dt.timedelta(days=1)
    return max(0, (published - last_ok).days)


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    if meta.year is None:
        return [Finding(rule.id, "info", "报告年度不明，无法核对公开时限", None)]
    due = deadline_for(rule, meta.year)
    if meta.published is None:
        return [Finding(rule.id, "info",
                        f"未找到发布日期，无法核对是否在 {due.isoformat()} 前公开", None)]
    days = days_late(rule, meta.year, meta.published)
    if not days:
        return []
    return [Finding(rule.id, rule.severity,
                    f"{meta.published.isoformat()} 发布，晚于 {meta.year} 年度报告的公开时限"
                    f"（{due.month}月{due.day}日{'（含）' if rule.params.get('inclusive') else '前'}），逾期 {days} 天",
                    meta.published_line)]
