"""section: a required part of the report, found by its heading.

present  a heading at one of `levels` matches `headings` (after `exclude`
         look-alikes are blanked); or a heading at one of `levels` matches
         `body_headings` (a wording that names the part only by allusion, such
         as 关键少数 or 主体责任) and the section's own opening text — the rest
         of the heading line and the lines before its first sub-heading —
         matches `body_confirms` (after `mention_exclude` look-alikes are
         blanked) — a section that opens at once with a run-in item two levels
         down ("(一)强化……" / "一是认真落实……") has that item as its opening;
         an allusive heading is confirmed as well by an item further down in
         its own section whose heading names the part (`headings`): "(一)强化
         政治引领,压实法治建设责任" holding "二是压实第一责任人职责,……" on a
         line of its own counts as it does when that item runs on in the
         opening paragraph (below the first level only: a whole first part
         holding such an item is a measures part); `sub_body_headings` are such allusions that count below the first
         level only (a whole part "一、加强党对法治政府建设的领导" is a measures
         part holding the duty among other items, its "(一)……" may be the
         duty's own section); `shared_body_headings` count at every level but
         a first-level part found by them is not taken from the rules that list
         this one in `claimed_by` ("一、加强党对法治政府建设的领导" opening with the
         principal leader's duty is the duty's part and still a measures part); or, with `fallback_unclaimed: N`, the report has at least N
         first-level parts that no rule in `claimed_by` claims (thematic parts
         that together are the measures; N=1 lets a cut opening that shows
         only its first thematic part count); or, with `fallback_sub_parts: N`,
         at least N second-level headings that no rule in `claimed_by` claims
         stand above the first first-level heading, or on a page without one
         (a page cut in the middle of its first part, a mirror that lost the
         parts' numbers), unless a sentence
         matches `fallback_sub_parts_unless` (a plan's 责任单位 / 牵头单位 lines)
partial  no such heading, but a sentence anywhere matches `mentions`
missing  neither
"""

from __future__ import annotations

from ...model import ElementResult, Heading
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context, evidence
from ..params import Param

KIND = "section"
SUMMARY = "必须有的报告组成部分，按标题识别：有独立标题为具备，只在其他部分提及为部分具备，都没有为缺失。"
CATEGORY = "element"
PARAMS = {
    "headings": Param("patterns", required=True, doc="标题的写法（正则）"),
    "exclude": Param("patterns", default=[], doc="形似而非的写法，匹配前先去除"),
    "levels": Param("levels", default=[1, 2], doc="计为独立部分的标题层级：1=一、 2=(一) 3=1. 4=(1) 5=一是"),
    "mentions": Param("patterns", default=[], doc="正文中提及（计为部分具备）"),
    "mention_exclude": Param("patterns", default=[], doc="提及的形似而非写法"),
    "claimed_by": Param("ids", default=[], doc="被这些规则认领的标题不计入本规则"),
    "fallback_unclaimed": Param("int", default=0, doc="未被认领的一级标题达到此数即视为具备（0=不启用）"),
    "fallback_sub_parts": Param(
        "int",
        default=0,
        doc="第一个一级标题之前（或全文没有一级标题时）未被认领的二级标题达到此数即视为具备（从第一部分中间截起的页面、一级序号丢失；0=不启用）",
    ),
    "fallback_sub_parts_unless": Param(
        "patterns", default=[], doc="正文有这些写法时不用 fallback_sub_parts（方案、分工方案的“责任单位:”“牵头单位:”）"
    ),
    "body_headings": Param(
        "patterns", default=[], doc="只是暗指本部分的标题写法（如“关键少数”“主体责任”），须本节开头的正文印证"
    ),
    "body_confirms": Param(
        "patterns", default=[], doc="印证 body_headings 的正文写法（本节标题行余下的文字和第一个下级标题之前的各行）"
    ),
    "sub_body_headings": Param(
        "patterns", default=[], doc="同 body_headings，但只在二级及以下标题计数（一级标题是整个部分，不算）"
    ),
    "shared_body_headings": Param(
        "patterns",
        default=[],
        doc="同 body_headings，各层级都计数，但认出的一级标题不从别的规则认领（它同时仍是主要举措一类的部分）",
    ),
}
MAX_EVIDENCE = 3


def heading_hits(ctx: Context, rule: Rule, any_year: bool = False) -> tuple[Heading, ...]:
    key = (KIND, "heading_hits", rule.id, any_year)  # asked again by claimed_by, section_terms, year_consistency
    got = ctx.memo.get(key)
    if got is not None:
        return got
    pats = ctx.compile(rule.params["headings"], any_year)
    excl = ctx.compile(rule.params.get("exclude"))
    levels = set(rule.params.get("levels") or [1, 2])
    got = ctx.memo[key] = tuple(  # only headings where a pattern's anchor occurs (ctx.heading_candidates)
        h for h in ctx.heading_candidates(pats) if h.level in levels and P.any_match(P.blank(h.title, excl), pats)
    )
    return got


def _opening_text(ctx: Context, h: Heading) -> str:
    """The section's own opening: the rest of the heading line after its title
    (a run-in body) and the lines before its first sub-heading; when the section
    opens at once with a run-in item ("(一)强化……" under a part, "1.坚持……" /
    "一是认真落实……,局长带头……" under a part or a sub-part: a level of 3 or more, below the section's own), that
    first item's line is its opening."""
    starts = ctx.memo.get((KIND, "heading_starts"))
    if starts is None:
        starts = ctx.memo[(KIND, "heading_starts")] = {x.index: x.level for x in ctx.doc.headings}
    rest = h.line.text.split(h.title, 1)[1] if h.title and h.title in h.line.text else ""
    body = [rest]
    for i in range(h.index + 1, max(h.end, h.index + 1)):
        if i in starts:
            if i == h.index + 1 and starts[i] >= max(h.level + 1, 3):
                body.append(ctx.doc.lines[i].text)
            break
        body.append(ctx.doc.lines[i].text)
    return "\n".join(body)


def _item_names_part(ctx: Context, h: Heading, named, excl) -> bool:
    """An item further down inside h's own section whose heading names the part."""
    return any(
        h.index < x.index < h.end and x.level > h.level and P.first_match(P.blank(x.title, excl), named)
        for x in ctx.doc.headings
    )


def confirmed_hits(ctx: Context, rule: Rule, claiming: bool = False) -> tuple[Heading, ...]:
    """Headings matching `body_headings` whose opening text matches `body_confirms`;
    `claiming`: only those that take their heading from other rules (not `shared_body_headings`' first level).
    One pass gives both readings: they differ only by the first-level headings that
    `shared_body_headings` alone found (asked by the rule itself and by the rules it is `claimed_by` of)."""
    key = (KIND, "confirmed_hits", rule.id, claiming)
    got = ctx.memo.get(key)
    if got is not None:
        return got
    weak = ctx.compile(rule.params.get("body_headings"))
    sub = ctx.compile(rule.params.get("sub_body_headings"))
    shared = ctx.compile(rule.params.get("shared_body_headings"))
    confirm = ctx.compile(rule.params.get("body_confirms"))
    excl = ctx.compile(rule.params.get("mention_exclude"))
    named = ctx.compile(rule.params.get("headings"))
    levels = set(rule.params.get("levels") or [1, 2])
    got: dict[int, Heading] = {}
    shared_only: set[int] = set()  # first-level headings found by shared_body_headings alone: not claiming ones
    above = {x for x in levels if x > 1}
    for n, (pats, lv) in enumerate(((weak, levels), (sub, above), (shared, levels))):
        if not (pats and confirm):
            continue
        for h in ctx.heading_candidates(pats):
            if (
                h.index not in got
                and h.level in lv
                and P.first_match(h.title, pats)
                and (
                    P.first_match(P.blank(_opening_text(ctx, h), excl), confirm)
                    or (h.level > 1 and _item_names_part(ctx, h, named, excl))
                )
            ):
                got[h.index] = h
                if n == 2 and h.level == 1:
                    shared_only.add(h.index)
    every = tuple(sorted(got.values(), key=lambda h: h.index))
    ctx.memo[(KIND, "confirmed_hits", rule.id, False)] = every
    own = tuple(h for h in every if h.index not in shared_only) if shared_only else every
    ctx.memo[(KIND, "confirmed_hits", rule.id, True)] = own
    return own if claiming else every


def _claimed(ctx: Context, rule: Rule) -> set[int]:
    taken: set[int] = set()
    for other_id in rule.params.get("claimed_by") or []:
        other = ctx.rule(other_id)
        if other is not None and other.kind == KIND:
            taken |= {h.index for h in heading_hits(ctx, other)}
            taken |= {h.index for h in confirmed_hits(ctx, other, claiming=True)}
    return taken


def _plan_marked(ctx: Context, rule: Rule) -> bool:
    """A sentence matches `fallback_sub_parts_unless`: the page's sub-parts are a plan's tasks, not work done."""
    pats = ctx.compile(rule.params.get("fallback_sub_parts_unless"))
    return bool(pats) and any(P.first_match(s.text, pats) for s in ctx.candidates(pats))


def _present_by(result, ctx, rule, parts, how: str):
    """The element told by several headings none of which names it (a fallback): present, spans and evidence from them."""
    ctx.spans[rule.id] = [(h.index, h.end) for h in parts]
    result.status = "present"
    result.evidence = _heading_evidence(ctx, parts)
    result.how = how
    return result


def _heading_evidence(ctx: Context, heads: list[Heading]):
    out = []
    for h in heads[:MAX_EVIDENCE]:
        out.append(evidence(h.line, h.line.text))
    return out


def evaluate(ctx: Context, rule: Rule) -> ElementResult:
    p = rule.params
    result = ElementResult(id=rule.id, name=rule.name, status="missing")
    claimed = _claimed(ctx, rule)
    hits = [h for h in heading_hits(ctx, rule) if h.index not in claimed]
    if not hits:
        hits = [h for h in confirmed_hits(ctx, rule) if h.index not in claimed]
    if hits:
        ctx.spans[rule.id] = [(h.index, h.end) for h in hits]
        result.status = "present"
        result.evidence = _heading_evidence(ctx, hits)
        result.how = f"有独立标题（第{hits[0].line.no}行）"
        return result
    n = p.get("fallback_unclaimed") or 0
    if n:
        free = [h for h in ctx.doc.headings if h.level == 1 and h.index not in claimed]
        if len(free) >= n:
            return _present_by(result, ctx, rule, free, f"由{len(free)}个专题一级标题分述")
    n = p.get("fallback_sub_parts") or 0
    if n and not _plan_marked(ctx, rule):
        # the sub-parts above the first first-level heading (all of them on a page without one): the cut first part's
        first = next((h.index for h in ctx.doc.headings if h.level == 1), len(ctx.doc.lines))
        free = [h for h in ctx.doc.headings if h.level == 2 and h.index < first and h.title and h.index not in claimed]
        if len(free) >= n:
            how = f"由第一部分的{len(free)}个专题二级标题分述（页面截断或一级序号丢失）"
            return _present_by(result, ctx, rule, free, how)
    pats = ctx.compile(p.get("mentions"))
    excl = ctx.compile(p.get("mention_exclude"))
    if pats:
        for s in ctx.candidates(pats):
            m = P.first_match(P.blank(s.text, excl), pats)
            if m:
                result.evidence.append(evidence(s.line, s.text, m))
                if len(result.evidence) >= MAX_EVIDENCE:
                    break
    if result.evidence:
        idx = [ctx.line_index(e.line) for e in result.evidence]
        ctx.spans[rule.id] = [(i, i + 1) for i in idx if i is not None]
        result.status = "partial"
        result.how = "无独立标题，仅在其他部分中提及"
    else:
        result.how = "未找到相关标题或表述"
    return result
