"""Fixes that fit the report: for an element that is not present, the
heading to add continues the report's own numbering and "where" names the
report's own headings.

* A rule whose `heading` starts with a first-level number ("二、…") is a part
  of the report. The parts' order is the rules' order in the rulebook. A
  missing part goes after the report's part of the nearest earlier present
  element and before the part of the nearest later one, and takes that later
  part's number ("其后各部分编号顺延"); with no later part, it follows the
  report's last part and takes the next number (a report using 一–五 gets 六、).
* A rule whose heading starts with "（X）" belongs inside a part: under the
  report's own heading that matches the rule's `place_under` patterns (e.g.
  the report's section about 执法), else generic. Parts owned by the later
  elements of the order (the problems, the plan) are not its place: a
  "（二）行政执法水平有待提升" under the problems is no place for the
  three systems.
* `anchor`: the paragraph where the new text belongs (the annotated copy puts
  its comment there).
Nothing here knows a rule id or kind: the rulebook's heading and
place_under say it all.
"""

from __future__ import annotations

import re

from ..cnnum import cn_value
from ..model import Document, ElementResult, Evidence, Heading
from ..rulebook.model import Rule
from ..yeartext import fill_years
from .places import Locator

_PART = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}部分[、:：]?)\s*")
_SUB = re.compile(r"^\s*[（(](?:[一二三四五六七八九十]{1,3}|X|x)[)）]\s*")
_CN = "一二三四五六七八九"
UNDER_LEVELS = (1, 2)  # report headings that can hold an element's new sub-part


def cn(n: int) -> str:
    if n <= 0:
        return str(n)
    if n < 10:
        return _CN[n - 1]
    if n < 20:
        return "十" + (_CN[n - 11] if n > 10 else "")
    return _CN[n // 10 - 1] + "十" + (_CN[n % 10 - 1] if n % 10 else "")


def rule_level(heading: str) -> int | None:
    if _PART.match(heading):
        return 1
    if _SUB.match(heading):
        return 2
    return None


def _anchor(doc: Document, loc: Locator, idx: int) -> Evidence:
    line = doc.lines[idx]
    ev = Evidence(line=line.no, text=line.text)
    loc.fill(ev)
    return ev


_NUMBER = re.compile(r"[一二三四五六七八九十]+|\d+")


def _number_of(h: Heading) -> int:
    m = _NUMBER.search(h.number)
    return cn_value(m.group(0)) if m else 0


def fit(
    doc: Document, elements: list[ElementResult], rules: dict[str, Rule], year: int | None, loc: Locator | None = None
) -> None:
    """Fill heading / where / anchor of every element that is not present."""
    loc = loc or Locator(doc)
    at = loc.index  # line number -> index of its first line
    parts = [h for h in doc.headings if h.level == 1]
    numbered = [h for h in parts if h.number]
    own: dict[str, list[Heading]] = {}  # element id -> the report's parts it has (present elements)
    for e in elements:
        if e.status != "present":
            continue
        for ev in e.evidence:
            i = at.get(ev.line)
            p = loc.part_at(i) if i is not None else None
            if p is not None and p not in own.setdefault(e.id, []):
                own[e.id].append(p)
    order = [e.id for e in elements if rule_level(fill_years(rules[e.id].heading, year)) == 1]
    shift = [0, {}]  # parts inserted so far (later numbers move up), and the last one per gap
    for e in elements:
        rule = rules[e.id]
        heading = fill_years(rule.heading, year)
        e.heading, e.where = heading, rule.where
        if e.status == "present":
            continue
        level = rule_level(heading)
        if level == 1 and e.id in order and parts:
            _fit_part(doc, loc, e, heading, order, own, numbered or parts, shift)
        elif level == 2:
            owner = next((i for i in order if own.get(i)), None)
            later = {p.index for i in order if i != owner for p in own.get(i, [])}
            later -= {p.index for p in own.get(owner, [])}
            _fit_sub(doc, loc, e, heading, rule, later)


def _fit_part(doc, loc, e, heading, order, own, parts, shift: list[int]) -> None:
    k = order.index(e.id)
    before = [p for i in order[:k] for p in own.get(i, [])]
    prev = max(before, key=lambda h: h.index) if before else None
    after = [p for i in order[k + 1 :] for p in own.get(i, []) if prev is None or p.index > prev.index]
    nxt = min(after, key=lambda h: h.index) if after else None
    title = _PART.sub("", heading)
    numbered = all(p.number for p in parts)
    if nxt is not None:
        number = _number_of(nxt) + shift[0] if nxt.number else 0
        e.heading = f"{cn(number)}、{title}" if number and numbered else heading
        added = shift[1].get(nxt.index)
        first = (
            f"在新增的“{added}”之后、" if added else f"在“{loc.label(prev)}”部分之后、" if prev is not None else "在"
        )
        e.where = f"{first}“{loc.label(nxt)}”之前" + ("（其后各部分编号顺延）" if number else "")
        e.anchor = _anchor(doc, loc, nxt.index)
        shift[1][nxt.index] = _short(e.heading)
    else:
        last = parts[-1]
        number = _number_of(last) + 1 + shift[0] if last.number else 0
        e.heading = f"{cn(number)}、{title}" if number > 1 and numbered else heading
        added = shift[1].get("end")
        e.where = (f"在新增的“{added}”之后" if added else f"在“{loc.label(last)}”部分之后") + "（报告末尾、落款之前）"
        shift[1]["end"] = _short(e.heading)
        e.anchor = _anchor(doc, loc, _last_body_line(doc, last))
    shift[0] += 1


SIGNATURE_MAX = 30  # trailing short lines without a sentence end: the issuer and date under the text


def _last_body_line(doc: Document, part: Heading) -> int:
    """The last paragraph of a part before the closing signature."""
    i = max(part.index, part.end - 1)
    while i > part.index and len(doc.lines[i].text) <= SIGNATURE_MAX and doc.lines[i].text[-1] not in "。;!?":
        i -= 1
    return i


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fit_sub(doc, loc, e, heading, rule: Rule, later: set[int]) -> None:
    pats = [re.compile(p) for p in rule.place_under]
    if not pats:
        return
    title = _SUB.sub("", heading)
    for h in doc.headings:
        part = loc.part_at(h.index)
        if h.level not in UNDER_LEVELS or (part is not None and part.index in later):
            continue
        if any(p.search(h.title) for p in pats):
            if h.level == 1:
                subs = [c for c in doc.headings if c.level == 2 and h.index < c.index < h.end]
                e.heading = f"（{cn(len(subs) + 1)}）{title}"
                e.where = f"在本报告“{loc.label(h)}”部分中，作为第{cn(len(subs) + 1)}个小标题"
                e.anchor = _anchor(doc, loc, _last_body_line(doc, h))
            else:
                e.heading = ""
                e.where = f"在本报告“{loc.label(h)}”一节中写明"
                e.anchor = _anchor(doc, loc, h.index)
            return
