"""outline: the report should cite the national outline in force for its year.

fires (rule severity)   cites a national outline whose years do not fit the report year
                        (also when it cites a provincial or municipal plan for the right
                        years as well: a local plan is not the national outline)
fires (`none_severity`) cites none of the national outlines

Which outlines exist, their names, the report years each governs and how a
citation is recognised are data: each outline rulebook declares them in its
`outline:` block (see rulebooks/outline-2021-2025.yaml). A 2026–2030 outline
is a new rulebook file; this kind needs no change.

Options:
  outlines        optional map  outline id -> [first report year, last report year];
                  when given it replaces the years declared by the rulebooks
  none_severity   severity when no outline is cited (default warning)

Example:
  - id: outline_version
    kind: outline
    params: {none_severity: warning}
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
    "outlines": Param(
        "map",
        default={},
        doc="可选：纲要 -> [适用的首个报告年度, 最后一个报告年度]；默认取各纲要规则库 outline 块中的声明",
    ),
    "none_severity": Param("str", default="warning", doc="完全未引用纲要时的严重程度"),
}


def declared_outlines():
    from ...rulebook import outlines  # late: the rulebook loader imports the kinds

    return outlines()


def _years(rule: Rule, declared=None) -> dict[str, tuple[int, int]]:
    given = rule.params.get("outlines") or {}
    if given:
        return {str(k): (int(v[0]), int(v[1])) for k, v in given.items()}
    return {o.id: o.report_years for o in (declared_outlines() if declared is None else declared)}


def expected(rule: Rule, year: int | None, declared=None) -> str | None:
    """declared: the outlines of declared_outlines(), when the caller has them."""
    if year is None:
        return None
    for name, (lo, hi) in _years(rule, declared).items():
        if lo <= year <= hi:
            return name
    return None


def _name(outline_id: str | None, declared=None) -> str:
    for o in declared_outlines() if declared is None else declared:
        if o.id == outline_id:
            return o.name
    return f"适用的法治政府建设实施纲要（{outline_id}）" if outline_id else "适用的法治政府建设实施纲要"


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    meta = ctx.doc.meta
    declared = declared_outlines()
    want = expected(rule, meta.year, declared)
    label = _name(want, declared)
    if meta.outline_cited is None:
        return [
            Finding(
                rule.id,
                rule.params.get("none_severity", "warning"),
                f"未引用{label}（报告年度 {meta.year or '不明'}）",
                None,
            )
        ]
    if want and meta.outline_cited != want:
        return [
            Finding(
                rule.id,
                rule.severity,
                f"引用的是 {meta.outline_cited} 年纲要{_name(meta.outline_cited, declared)}，{meta.year} 年度报告应依据{label}",
                meta.outline_line,
            )
        ]
    return []
