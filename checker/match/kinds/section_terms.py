"""section_terms: a part that exists must also say something specific,
e.g. the problems part must give causes (不足 *和原因*).

fires  the element `element` is present or partial, and none of `terms`
       appears in its section (or, when it has no section, in its evidence
       sentences)
"""

from __future__ import annotations

from ...model import Finding
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context
from ..params import Param

KIND = "section_terms"
SUMMARY = "某一部分存在时，还必须写到特定内容（如不足部分须分析原因）。"
CATEGORY = "finding"
NEEDS_PARAMS = ("element",)  # the rule ids this kind reads from the match context
PARAMS = {
    "element": Param("str", required=True, doc="所检查部分的规则 id（section 类）"),
    "terms": Param("patterns", required=True, doc="该部分必须出现的表述"),
    "exclude": Param("patterns", default=[], doc="形似而非的写法"),
    "message": Param("str", required=True, doc="触发时的提示"),
}


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    """Reads the element's result and part from the match context (the
    element runs first: it is this rule's `element`, hence one of its needs)."""
    res = ctx.results.get(rule.params["element"])
    if res is None or getattr(res, "status", "missing") == "missing":
        return []
    terms = ctx.compile(rule.params["terms"])
    excl = ctx.compile(rule.params.get("exclude"))
    lines = ctx.part_lines(rule.params["element"])
    if not lines or any(P.any_match(P.blank(line.text, excl), terms) for line in lines):
        return []
    line = res.evidence[0].line if res.evidence else None
    return [Finding(rule.id, rule.severity, rule.params["message"], line)]
