"""coverage: does the report speak to one area of the outline?

Evidence must be text *about* the area, from the part of the report that tells
what was done:
  * sentences in the sections of `skip_elements` (by default the problems and
    next-year-plan parts, read from those elements' results in the match
    context) are never evidence: a shortcoming or a plan is not work done;
  * a heading (any level) matching `headings` names the area: its section is
    about the area, and the heading itself is the first evidence;
  * elsewhere a sentence is about the area when it is a heading itself (一、（一）1.) or
    holds at least `cooccur` distinct terms of the area; a lone term in an
    unrelated sentence (a person's title "工业和信息化厅原党委书记", a list of a
    legal adviser's cases) is not evidence.

present  at least `min_present` distinct terms in text about the area, or a
         heading naming the area with at least one term in its section
partial  some term in text about the area, or only a heading naming it
missing  neither

Options:
  terms          patterns: the area's key terms (required)
  exclude        patterns: look-alikes blanked before matching
  min_present    distinct terms for "present" (default 2)
  headings       patterns: headings that name the area (default none)
  skip_elements  element rule ids whose sections are not evidence (default [problems, next_year_plan])
  cooccur        distinct terms a sentence outside the area's sections needs (default 2)

Example:
  - id: ol21_disputes
    kind: coverage
    params:
      terms: [行政复议, 人民调解, 矛盾纠纷, 信访]
      headings: [矛盾|纠纷|复议|应诉|调解|信访]
"""

from __future__ import annotations

import re

from ...model import CoverageResult
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context, evidence
from ..params import Param
from . import section

KIND = "coverage"
SUMMARY = "报告是否覆盖纲要的某一领域：在谈这个领域的文字中出现足够多的该领域关键词为覆盖。"
CATEGORY = "coverage"
PARAMS = {
    "terms": Param("patterns", required=True, doc="该领域的关键词（正则）"),
    "exclude": Param("patterns", default=[], doc="形似而非的写法"),
    "min_present": Param("int", default=2, doc="不同关键词达到此数计为覆盖"),
    "headings": Param("patterns", default=[], doc="点明该领域的标题（任一层级）：其下的文字都是在谈这个领域"),
    "skip_elements": Param(
        "ids",
        default=["problems", "next_year_plan"],
        doc="这些要素所在部分的文字不作为证据（不足和计划不是已做的工作）",
    ),
    "cooccur": Param("int", default=2, doc="不在点明该领域的标题下时，一句中至少要有几个不同关键词"),
}
MAX_EVIDENCE = 3
HEADING_LEVEL = 3  # a heading down to "1." naming a term is about it; an "一是" lead-in is a sentence
# a term right before an organ's suffix is part of the organ's name, not the work ("工业和信息化厅")
_ORGAN_AFTER = re.compile(r"(?:厅|局|部|委员会|委|办公室|办)(?![公事理])")
DEFAULT_SKIP = ("problems", "next_year_plan")


def _skipped(ctx: Context, rule: Rule) -> set[int]:
    """Line indices in the sections of the skipped elements (their results in
    the match context; the section kind's heading finder when a result is not
    there yet)."""
    results = getattr(ctx, "results", None) or {}
    skip = rule.params.get("skip_elements")
    skip = DEFAULT_SKIP if skip is None else tuple(skip)
    # the same for every coverage rule of a document while those results stay the same
    key = ("coverage.skipped", skip, tuple(map(id, map(results.get, skip))))
    got = ctx.memo.get(key)
    if got is None:
        got = ctx.memo[key] = _find_skipped(ctx, skip, results)
    return got


def _find_skipped(ctx: Context, skip: tuple, results: dict) -> set[int]:
    out: set[int] = set()
    for rid in skip:
        other = ctx.rule(rid)
        if other is None or not other.enabled:
            continue
        res = results.get(rid)
        if res is not None:
            if res.status != "present":
                continue
            lines = {e.line for e in res.evidence}
            heads = [h for h in ctx.doc.headings if h.line.no in lines]
        elif other.kind == section.KIND:
            heads = section.heading_hits(ctx, other)
        else:
            continue
        for h in heads:
            out.update(range(h.index, h.end))
    return out


def _prepare(ctx: Context, rule: Rule):
    p = rule.params
    return (
        ctx.compile(p["terms"]),
        ctx.compile(p.get("exclude")),
        ctx.compile(p.get("headings")),
        p.get("min_present") or 2,
        p.get("cooccur") or 2,
    )


def _index_of(ctx: Context) -> dict[int, int]:
    """Line number -> index in doc.lines (per document, shared by every coverage rule)."""
    got = ctx.memo.get("coverage.index_of")
    if got is None:
        got = ctx.memo["coverage.index_of"] = {line.no: i for i, line in enumerate(ctx.doc.lines)}
    return got


def evaluate(ctx: Context, rule: Rule) -> CoverageResult:
    terms, excl, head_pats, need, cooccur = ctx.prepare(rule, _prepare)
    skipped = _skipped(ctx, rule)
    index_of = _index_of(ctx)
    # a heading where no heading pattern's anchor occurs cannot match: only the others are tried
    part_heads = [
        h
        for h in ctx.heading_candidates(head_pats)
        if h.index not in skipped and P.any_match(P.blank(h.title, excl), head_pats)
    ]
    about: set[int] = set()
    for h in part_heads:
        about.update(range(h.index, h.end))

    # only sentences where some term can match, and only those terms (checker/match/index.py)
    candidates = ctx.candidates_each(terms)
    strong: dict[int, tuple] = {}  # term index -> (sentence, match, rank): text about the area
    weak: dict[int, tuple] = {}  # a lone term in a sentence on something else: partial at most
    for s, ks in candidates:
        i = index_of.get(s.line.no)
        if i is None or i in skipped:
            continue
        text = P.blank(s.text, excl) if excl else s.text
        found = {}
        for k in ks:
            m = terms[k].search(text)
            if m and not _ORGAN_AFTER.match(text, m.end()):  # "工业和信息化厅": a body's name
                found[k] = m
        if not found:
            continue
        rank = (
            0
            if i in about
            else 1
            if s.heading is not None and s.heading.level <= HEADING_LEVEL
            else 2
            if len(found) >= cooccur
            else None
        )
        for k, m in found.items():
            if rank is None:
                weak.setdefault(k, (s, m, 3))
            elif k not in strong or rank < strong[k][2]:
                strong[k] = (s, m, rank)

    if len(strong) >= need or (part_heads and strong):
        status = "present"
    elif strong or weak or part_heads:
        status = "partial"
    else:
        status = "missing"
    ev = [evidence(h.line, h.line.text) for h in part_heads[:1]]
    used = {h.line.no for h in part_heads[:1]}
    picks = sorted(strong.values(), key=lambda t: (t[2], t[0].line.no)) or sorted(
        weak.values(), key=lambda t: t[0].line.no
    )
    for s, m, _rank in picks:
        if len(ev) >= MAX_EVIDENCE:
            break
        if s.heading is not None and s.line.no in used:
            continue
        e = evidence(s.line, s.text, m)
        if any(e.line == x.line and e.text == x.text for x in ev):
            continue
        ev.append(e)
    return CoverageResult(id=rule.id, name=rule.name, status=status, evidence=ev[:MAX_EVIDENCE], weight=rule.weight)
