"""year_consistency: the title's year, the body's year and the plan's year
must agree (plan year = report year + 1).

fires  the title names year Y but the body mostly speaks of another year; or
       the next-year plan heading names a year other than Y+1
"""

from __future__ import annotations

import re

from ...model import Finding, Heading
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param
from . import section

KIND = "year_consistency"
SUMMARY = "标题、正文和下一年度安排中的年度应前后一致。"
CATEGORY = "finding"
PARAMS = {
    "plan_rule": Param("str", default="next_year_plan", doc="下一年度安排的规则 id"),
    "measures_rule": Param("str", default="measures", doc="主要举措和成效的规则 id"),
}
_YEAR = re.compile(r"(20\d{2})\s*年")


def _headings(ctx: Context, rule_id: str, any_year: bool) -> dict[int, Heading]:
    rule = ctx.rule(rule_id)
    if rule is None or rule.kind != section.KIND:
        return {}
    return {h.index: h for h in section.heading_hits(ctx, rule, any_year=any_year)}


def _years(heads) -> list[tuple[int, int]]:
    out = []
    for h in heads:
        m = _YEAR.search(h.title)
        if m:
            out.append((int(m.group(1)), h.line.no))
    return out


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    if meta.year is None:
        return []
    out: list[Finding] = []
    y = meta.year
    plan_id = rule.params.get("plan_rule", "next_year_plan")
    measures_id = rule.params.get("measures_rule", "measures")
    # Plan headings of any year that are not measures headings, and measures
    # headings that the plan rule (for this year) does not claim.
    measures_any = _headings(ctx, measures_id, any_year=True)
    plan_any = _headings(ctx, plan_id, any_year=True)
    plan_now = _headings(ctx, plan_id, any_year=False)
    plans = [h for k, h in plan_any.items() if k not in measures_any]
    measures = [h for k, h in measures_any.items() if k not in plan_now]
    for year, line in _years(plans):
        if year != y + 1:
            out.append(
                Finding(
                    rule.id, rule.severity, f"下一年度安排写的是 {year} 年，报告年度为 {y} 年，应为 {y + 1} 年", line
                )
            )
    for year, line in _years(measures):
        if year != y:
            out.append(Finding(rule.id, rule.severity, f"工作成效部分写的是 {year} 年，与报告年度 {y} 年不一致", line))
    if meta.year_source == "title" and meta.body_years:
        top, n = max(meta.body_years.items(), key=lambda kv: (kv[1], -abs(kv[0] - y)))
        if top not in (y, y + 1) and n >= 3 and n > 2 * meta.body_years.get(y, 0):
            out.append(
                Finding(
                    rule.id,
                    rule.severity,
                    f"标题年度为 {y} 年，但正文主要写的是 {top} 年（出现 {n} 次）",
                    meta.title_line,
                )
            )
    return out
