"""concept: a system or duty the report must describe, found by groups of terms.

Each group is one thing to name (e.g. the publicity, recording and legal-review
systems). A term counts in a sentence after the group's `exclude` look-alikes
are blanked, and only where the group's `context` (if any) is in the same
sentence.

present  `require: all` groups (or `any` one group) are found; with
         `substance` patterns, a found group also needs one sentence that
         says what was done (a substance cue), or a heading of any level
         naming it
partial  some group or an `umbrella` term (e.g. 三项制度) is found
missing  nothing found
"""

from __future__ import annotations

from ...model import ElementResult
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context, evidence
from ..params import Param

KIND = "concept"
SUMMARY = "报告必须写明的制度或职责，按分组关键词识别：各组都写明为具备，只写部分或只有统称为部分具备。"
CATEGORY = "element"
PARAMS = {
    "groups": Param("groups", required=True, doc="要点分组：每组 {id, name, terms, exclude, context}"),
    "require": Param("str", default="all", doc="all=每组都要出现；any=任一组出现即可"),
    "umbrella": Param("groups", default=[], doc="统称（只出现统称计为部分具备）"),
    "substance": Param("patterns", default=[], doc="实质内容的线索（有则计为具备）"),
}


def _hits(ctx: Context, group: dict):
    """The group's hits in sentence order, found as they are asked for."""
    terms = ctx.compile(group.get("terms"))
    excl = ctx.compile(group.get("exclude"))
    context = ctx.compile(group.get("context"))
    for s, ks in ctx.candidates_each(terms):
        text = P.blank(s.text, excl)
        m = P.first_match(text, [terms[k] for k in ks])  # only the terms that can match here
        if m and (not context or P.any_match(text, context)):
            yield s, m


def evaluate(ctx: Context, rule: Rule) -> ElementResult:
    p = rule.params
    result = ElementResult(id=rule.id, name=rule.name, status="missing")
    substance = ctx.compile(p.get("substance"))
    found, named, thin = [], [], []
    for g in p["groups"]:
        first = good = None  # the first hit, and the first that says what was done
        for s, m in _hits(ctx, g):
            if first is None:
                first = (s, m)
            if not substance or s.heading is not None or P.any_match(s.text, substance):
                good = (s, m)
                break
        if first is None:
            continue
        named.append(g.get("name", g["id"]))
        if good:
            found.append((g, good))
        else:
            thin.append((g, first))
    need_all = p.get("require", "all") == "all"
    complete = len(found) == len(p["groups"]) if need_all else bool(found)
    for _, (s, m) in found + thin:
        result.evidence.append(evidence(s.line, s.text, m))
    if complete:
        result.status = "present"
        result.how = "已写明：" + "、".join(named)
        return result
    if found or thin:
        result.status = "partial"
        missing = [g.get("name", g["id"]) for g in p["groups"] if g.get("name", g["id"]) not in named]
        result.how = ("只提到：" + "、".join(named)) + (
            ("；缺少：" + "、".join(missing)) if need_all and missing else "；未写实际做法"
        )
        return result
    for g in p.get("umbrella") or []:
        hit = next(_hits(ctx, g), None)
        if hit:
            s, m = hit
            result.status = "partial"
            result.evidence.append(evidence(s.line, s.text, m))
            result.how = "只有统称“" + g.get("name", g["id"]) + "”，未分别写明各项制度"
            return result
    result.how = "未找到相关表述"
    return result
