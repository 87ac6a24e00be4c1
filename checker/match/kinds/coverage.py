"""coverage: does the report speak to one area of the outline?

present  at least `min_present` distinct terms of the area are found
partial  at least one
missing  none
"""
from __future__ import annotations

from ...model import CoverageResult
from ...rulebook.model import Rule
from ..context import Context, evidence
from ..params import Param
from .. import patterns as P

KIND = "coverage"
SUMMARY = "报告是否覆盖纲要的某一领域：出现足够多的该领域关键词为覆盖。"
CATEGORY = "coverage"
PARAMS = {
    "terms": Param("patterns", required=True, doc="该领域的关键词（正则）"),
    "exclude": Param("patterns", default=[], doc="形似而非的写法"),
    "min_present": Param("int", default=2, doc="不同关键词达到此数计为覆盖"),
}
MAX_EVIDENCE = 3


def evaluate(ctx: Context, rule: Rule) -> CoverageResult:
    terms = ctx.compile(rule.params["terms"])
    excl = ctx.compile(rule.params.get("exclude"))
    seen: dict[int, tuple] = {}
    for s, ks in ctx.candidates_each(terms):
        text = P.blank(s.text, excl)
        for k in ks:  # the terms that can match here (all of them without the index)
            if k in seen:
                continue
            m = terms[k].search(text)
            if m:
                seen[k] = (s, m)
        if len(seen) == len(terms):
            break
    need = rule.params.get("min_present") or 2
    status = "present" if len(seen) >= need else "partial" if seen else "missing"
    ev = [evidence(s.line, s.text, m) for s, m in sorted(seen.values(), key=lambda t: t[0].line.no)]
    return CoverageResult(id=rule.id, name=rule.name, status=status, evidence=ev[:MAX_EVIDENCE],
                          weight=rule.weight)
