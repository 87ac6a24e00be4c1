"""section_substance: a part that is there must also say something concrete —
the problems part names what is wrong (not only 还存在一些不足), the measures
part gives figures (counts, amounts, rates).

ID
    section_substance
Options
    element      id of the element rule whose part is read (required; list it
                 in the rule's `needs` so that it runs first)
    cues         what counts as substance (patterns; each match counts once)
    boilerplate  stock phrases blanked first (years, 取得了一定成效 …)
    min_hits     fewer matches than this fires (default 1)
    per_chars    when > 0, min_hits is per this many characters of the part
                 (a density: 2 figures per 1000 characters)
    min_chars    a part shorter than this (after the heading) is not judged
                 by density (default 0)
    message      the finding's text; {count} and {chars} are filled in
Defaults
    the part is what the element rule found (ctx.spans): its section below the
    heading, or the sentences that mention it when it has no heading; a
    missing element is not judged (the element rule reports it)
fires
    fewer cues than required in the part
Examples
    problems_vague: "二、存在的问题\n仍存在一些不足。" fires; "…一是执法人员不足" is quiet.
    measures_without_data: a measures part of 600 characters without one
    "12件" or "95%" fires.
"""

from __future__ import annotations

import math

from ...model import Finding
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context
from ..params import Param

KIND = "section_substance"
SUMMARY = "某一部分存在时还要写实：列出具体问题、给出数据，而不是只有套话。"
CATEGORY = "finding"
NEEDS_PARAMS = ("element",)  # the rule ids this kind reads from the match context
PARAMS = {
    "element": Param("str", required=True, doc="所检查部分的规则 id（要素规则，写入 needs）"),
    "cues": Param("patterns", required=True, doc="算作写实的内容（正则，每处计一次）"),
    "boilerplate": Param("patterns", default=[], doc="先去除的套话（如年份、“取得了一定成效”）"),
    "min_hits": Param("float", default=1, doc="少于这么多处即触发"),
    "per_chars": Param("int", default=0, doc="大于 0 时 min_hits 按每这么多字计算（密度）"),
    "min_chars": Param("int", default=0, doc="按密度判断时，短于此字数的部分不判断"),
    "message": Param("str", required=True, doc="触发时的提示，可用 {count}、{chars}"),
}


def part_text(ctx: Context, element: str) -> tuple[str, int | None]:
    """The text of the part an element rule found, without its own heading
    titles; and the first line number."""
    heads = {h.index: h for h in ctx.doc.headings}
    pieces, first = [], None
    for start, end in sorted(ctx.spans.get(element, [])):
        for i in range(start, end):
            line = ctx.doc.lines[i]
            text = line.text
            h = heads.get(i)
            if i == start and h is not None and end - start > 1 and h.title in text:
                text = text[text.find(h.title) + len(h.title) :]  # the part's own heading
            pieces.append(text)
            first = first if first is not None else line.no
    return "\n".join(pieces), first


def _count(text: str, cues, need: float) -> int:
    """The matches of the cues in the text (each pattern's non-overlapping
    matches, as findall counts them); counting stops once `need` is reached:
    a part that has enough is not reported, and only a short count is shown."""
    count = 0
    if count >= need:
        return count
    for pat in cues:
        for _m in pat.finditer(text):
            count += 1
            if count >= need:
                return count
    return count


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    p = rule.params
    result = ctx.results.get(p["element"])
    if result is None or getattr(result, "status", "missing") == "missing":
        return []
    text, first = part_text(ctx, p["element"])
    text = P.blank(text, ctx.compile(p.get("boilerplate")))
    chars = len("".join(text.split()))  # non-space characters (str.split() splits on exactly str.isspace)
    need = p.get("min_hits", 1)
    per = p.get("per_chars") or 0
    if per:
        if chars < (p.get("min_chars") or 0):
            return []
        need = math.ceil(need * chars / per)
    count = _count(text, ctx.compile(p["cues"]), need)
    if count >= need:
        return []
    return [Finding(rule.id, rule.severity, p["message"].format(count=count, chars=chars), first)]
