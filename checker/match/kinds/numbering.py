"""numbering: the heading numbers must run in order, in one style per level
(GB/T 9704—2012: 一、 / （一） / 1. / （1）).

ID
    numbering
Options
    levels      heading levels to check (default 1–4: 一、 (一) 1. (1); 5 = 一是
                lead-ins, off by default)
    separators  also report numbers of one level written with different
                punctuation ("1." and "2、"), once per report (default true)
Defaults
    a group is the headings of one level under one parent; a group that starts
    again at 1 begins a new list (two lists under one heading are common)
fires
    skipped   一、二、四 — a number is missing and no line in between carries it
    mixed     the missing number is there in another style: "(4)" among
              (一)…(五), "一、" among 2、3.…; or (一) under 1. (levels inverted)
    repeated  the same number twice in a row
    separators  "1." and "1、" mixed at one level; "一、" and "二," (a comma for 、)
Examples
    "一、…\n二、…\n四、…" fires (skipped 三、); "(一)…(二)…(三)…\n(4)…\n(五)…"
    fires (mixed: (4) should be (四)); "一、…(一)…1.…(1)…二、…" is quiet.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...cnnum import cn_value
from ...model import Finding, Heading
from ...rulebook.model import Rule
from ...structure.headings import parse_heading
from ..context import Context
from ..params import Param

KIND = "numbering"
SUMMARY = "各级标题的序号应连续、不重复，同一级使用同一种序号（一、（一）1.（1））。"
CATEGORY = "finding"
PARAMS = {
    "levels": Param("levels", default=[1, 2, 3, 4], doc="检查的标题层级：1=一、 2=(一) 3=1. 4=(1) 5=一是"),
    "separators": Param("bool", default=True, doc="同一级序号后的标点（“.”或“、”）是否必须一致"),
}
STYLE = {1: "一、", 2: "(一)", 3: "1.", 4: "(1)", 5: "一是"}
_CN = "一二三四五六七八九十"
_DIGITS = re.compile(rf"[{_CN}\d]+")
_SEP = re.compile(r"[、.,]")  # "," after a first-level number ("二,存在的问题") is read as a heading too
MAX_GAP = 3  # more missing numbers than this are reported as one gap


@lru_cache(maxsize=1024)
def value(number: str) -> int:
    """The number a heading's numbering stands for ("(三)" -> 3); numberings are a small set of short strings."""
    m = _DIGITS.search(number)
    return cn_value(m.group(0)) if m else 0


def _cn(n: int) -> str:
    if n <= 10:
        return _CN[n - 1]
    tens, ones = divmod(n, 10)
    return (_CN[tens - 1] if tens > 1 else "") + "十" + (_CN[ones - 1] if ones else "")


def _written(n: int, level: int) -> str:
    """The number n in the style of `level` (for messages)."""
    return {1: f"{_cn(n)}、", 2: f"({_cn(n)})", 3: f"{n}.", 4: f"({n})", 5: f"{_cn(n)}是"}[level]


def _other_style(ctx: Context, start: int, end: int, n: int, level: int) -> tuple[int, str] | None:
    """A line in [start, end) numbered n in another style: (line no, number)."""
    for i in range(start, end):
        h = parse_heading(ctx.doc.lines[i], i)
        if h is not None and h.level != level and value(h.number) == n and h.number:
            return ctx.doc.lines[i].no, h.number
    return None


def _groups(heads: list[Heading], levels: set[int]) -> list[list[Heading]]:
    by_parent: dict[tuple, list[Heading]] = {}
    for h in heads:
        if h.number and h.level in levels:
            by_parent.setdefault((h.parent, h.level), []).append(h)
    out = []
    for group in by_parent.values():  # split where a list starts again at 1
        run: list[Heading] = []
        for h in group:
            if run and value(h.number) == 1 and len(run) >= 2:  # "1. 1." is a repeat, not a new list
                out.append(run)
                run = []
            run.append(h)
        out.append(run)
    return out


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    levels = set(rule.params.get("levels") or [1, 2, 3, 4])
    heads = ctx.doc.headings
    out: list[Finding] = []

    def say(line: int, text: str) -> None:
        out.append(Finding(rule.id, rule.severity, text, line))

    skipped: list[tuple[int, str]] = []  # said only when the line is not a misstyled number
    mixed: set[int] = set()
    for group in _groups(heads, levels):
        level = group[0].level
        parent = heads[group[0].parent] if group[0].parent is not None else None
        prev_n, prev_index = 0, (parent.index + 1 if parent else 0)
        prev_label = parent.number if parent else ""
        for h in group:
            n = value(h.number)
            if n == prev_n:
                say(h.line.no, f"标题序号“{h.number}”与上一个同级标题重复（第{h.line.no}行）")
            elif n > prev_n + 1 + MAX_GAP:  # far apart: one finding, no search line by line
                after = f"“{prev_label}”之后" if prev_n else "开头"
                say(h.line.no, f"标题序号不连续：{after}直接是“{h.number}”")
            elif n > prev_n + 1:
                for k in range(prev_n + 1, n):
                    other = _other_style(ctx, prev_index, h.index, k, level)
                    if other:
                        mixed.add(other[0])
                        say(other[0], f"序号“{other[1]}”与同级的“{h.number}”等样式不一致，应为“{_written(k, level)}”")
                    else:
                        after = f"“{prev_label}”之后" if prev_n else "开头"
                        skipped.append((h.line.no, f"标题序号跳过了“{_written(k, level)}”：{after}直接是“{h.number}”"))
            prev_n, prev_index, prev_label = max(n, prev_n), h.index + 1, h.number
    for line, text in skipped:
        if line not in mixed:
            say(line, text)
        # a heading of the missing number written in a deeper style sits *inside* the
        # previous sibling (the tree made it a child): "(4)" under "(三)" before "(五)"
    first_at: dict[int | None, dict[int, Heading]] = {}  # parent -> level -> its first numbered child
    for h in heads:  # one pass: a long document has many headings
        if not h.number or h.level == 5:
            continue
        seen = first_at.setdefault(h.parent, {})
        deeper = [seen[lv] for lv in sorted(seen) if lv > h.level]
        if h.level in levels and h.level != 1 and deeper and h.level not in seen and value(h.number) == 1:
            say(
                h.line.no,
                f"“{h.number}”出现在同一部分的“{deeper[0].number}”之后，层次颠倒：各级序号依次为 一、 (一) 1. (1)",
            )
        seen.setdefault(h.level, h)
    if rule.params.get("separators", True):
        out.extend(_separators(ctx, rule, heads, levels))
    return sorted(out, key=lambda f: f.line or 0)


def _separators(ctx: Context, rule: Rule, heads: list[Heading], levels: set[int]) -> list[Finding]:
    by_level: dict[int, dict[str, list[int]]] = {}
    for h in heads:
        if h.level in levels and h.level in (1, 3):
            m = _SEP.search(h.number)
            if m:
                by_level.setdefault(h.level, {}).setdefault(m.group(0), []).append(h.line.no)
    out = []
    for level, seps in sorted(by_level.items()):
        if len(seps) < 2:
            continue
        major = max(seps, key=lambda s: len(seps[s]))
        minor = sorted(no for s, nos in seps.items() if s != major for no in nos)
        shown = "、".join(map(str, minor[:6])) + ("等" if len(minor) > 6 else "")
        other = "、".join(f"“{s}”" for s in seps if s != major)
        out.append(
            Finding(
                rule.id,
                rule.severity,
                f"同一级标题序号后的标点不统一：多数用“{major}”，第{shown}行用{other}（“{STYLE[level]}”这一级应统一）",
                minor[0],
            )
        )
    return out
