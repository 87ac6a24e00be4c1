"""outline: the report should cite the national outline in force for its year.

fires (rule severity)  cites an outline whose years do not fit the report year
fires (`none_severity`) cites none of the outlines
"""
from __future__ import annotations

from ...model import Finding
from ...rulebook.model import Rule
from ..context import Context
from ..params import Param

KIND = "outline"
SUMMARY = "报告应依据与报告年度相符的法治政府建设实施纲要。"
CATEGORY = "finding"
PARAMS = {
    "outlines": Param("map", required=True,
                      doc="纲要 -> [适用的首个报告年度, 最后一个报告年度]，如 {\"2021-2025\": [2021, 2025]}"),
    "none_severity": Param("str", default="warning", doc="完全未引用纲要时的严重程度"),
}
_NAMES = {"2021-2025": "《法治政府建设实施纲要（2021－2025年）》",
          "2015-2020": "《法治政府建设实施纲要（2015－2020年）》"}


def expected(rule: Rule, year: int | None) -> str | None:
    if year is None:
        return None
    for name, (lo, hi) in rule.params["outlines"].items():
        if lo <= year <= hi:
            return name
    return None


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    want = expected(rule, meta.year)
    label = _NAMES.get(want, want or "适用的法治政府建设实施纲要")
    if meta.outline_cited is None:
        return [Finding(rule.id, rule.params.get("none_severity", "warning"),
                        f"未引用{label}（报告年度 {meta.year or '不明'}）", None)]
    if want and meta.outline_cited != want:
        return [Finding(rule.id, rule.severity,
                        f"引用的是 {meta.outline_cited} 年纲要，{meta.year} 年度报告应依据{label}",
                        meta.outline_line)]
    return []
