"""year_refs: years in the text must fit the report year — the plan is for
the next year, and 今年 / 明年 / 去年 cannot name a year they are not.

ID
    year_refs
Options
    plan_rule   id of the next-year plan element (list it in `needs`); its
                part's sentences are read
    future      patterns of a sentence that plans ahead, right after a year
                ("2023年我区将…", "2023年要…"; 要点/要求 are not plans)
    relative    word -> the offsets from the report year it may stand for
                (今年: [0, 1]: a report written early in the next year may call
                that year 今年)
Defaults
    headings are not read (year_mismatch judges the plan heading); a year
    after the next one in the plan is a longer-term goal ("到2025年…") and fine;
    the plan is not judged when the report year was only guessed from the body
fires
    the plan part says "<year> 年…将/要…" of the report year or an earlier year;
    anywhere, "今年(是)2022年" in a 2023 report (a year outside the offsets)
Examples
    2023 report: "四、下一步安排\n2023年我区将继续…" fires; "2024年我区将…" and
    "在2023年基础上…" are quiet; "今年即2022年" fires.
"""

from __future__ import annotations

import re

from ...model import Finding
from ...rulebook.model import Rule
from .. import patterns as P
from ..context import Context
from ..params import Param

KIND = "year_refs"
SUMMARY = "文中年份要与报告年度相符：下一年度安排写的是下一年，“今年”“明年”“去年”指的年份正确。"
CATEGORY = "finding"
NEEDS_PARAMS = ("plan_rule",)  # the rule ids this kind reads from the match context
PARAMS = {
    "plan_rule": Param("str", default="next_year_plan", doc="下一年度安排的规则 id（写入 needs）"),
    "future": Param(
        "patterns",
        default=["^,?\\s*[^。;,]{0,8}(将|要(?![点求素])|计划|拟|力争)"],
        doc="年份之后表示安排的写法（正则，作用于年份后面的文字）",
    ),
    "relative": Param(
        "map",
        default={"今年": [0, 1], "明年": [1, 2], "去年": [-1, 0]},
        doc="相对年份的词 -> 可以指的年份（相对报告年度的偏移）",
    ),
}
# (?<![\d.-])20\d{2} with the look-behind after the first character: the pattern then starts with the
# literal "2" and re skips to it instead of trying the look-behind at every position
_YEAR = re.compile(r"(2(?<![\d.-]2)0\d{2})\s*年(?!度?(以来|底前|前|基础|的基础|相比|同期|来))")


def _plan_findings(ctx: Context, rule: Rule, y: int) -> list[Finding]:
    plan = rule.params.get("plan_rule") or "next_year_plan"
    heads = {h.index for h in ctx.doc.headings}
    future = ctx.compile(rule.params.get("future"))
    out: list[Finding] = []
    for start, end in sorted(ctx.spans.get(plan, [])):
        for i in range(start, end):
            line = ctx.doc.lines[i]
            if i in heads and i == start and end - start > 1:
                continue  # the plan's own heading: year_mismatch's business
            for m in _YEAR.finditer(line.text):
                year = int(m.group(1))
                if year > y or not P.any_match(line.text[m.end() :], future):
                    continue
                said = re.split(r"[。;]", line.text[m.start() : m.end() + 10])[0]
                out.append(
                    Finding(
                        rule.id,
                        rule.severity,
                        f"下一年度安排中写“{said}…”：报告年度为 {y} 年，安排应是 {y + 1} 年的",
                        line.no,
                    )
                )
                break
    return out


def _relative(ctx: Context, rule: Rule) -> list[tuple[str, list[int], re.Pattern]]:
    """(word, offsets, pattern) for each relative-year word of the rule."""
    out = []
    for word, offsets in (rule.params.get("relative") or {}).items():
        offs = [int(o) for o in (offsets if isinstance(offsets, list) else [offsets])]
        # (the second alternative's year is the first four characters of its match: no group in front, so
        # both alternatives start with a literal and re skips to those characters)
        pat = re.compile(
            rf"{re.escape(str(word))}\s*(?:即|是|为|也就是)?\s*[(]?(20\d{{2}})\s*年|"
            rf"20\d{{2}}\s*年\s*[(]?(?:即|是|也就是)?{re.escape(str(word))}"
        )
        out.append((str(word), offs, pat))
    return out


def _relative_findings(ctx: Context, rule: Rule, y: int) -> list[Finding]:
    out: list[Finding] = []
    text = ctx.full_text
    for word, offs, pat in ctx.prepare(rule, _relative):
        for line in _lines_with(ctx, text, word):  # both alternatives hold the word itself
            for m in pat.finditer(line.text):
                year = int(m.group(1) or m.group(0)[:4])
                if year - y not in offs:
                    allowed = "或".join(str(y + o) for o in offs)
                    out.append(
                        Finding(
                            rule.id,
                            rule.severity,
                            f"“{m.group(0)}”：{y} 年度报告中的“{word}”应指 {allowed} 年",
                            line.no,
                        )
                    )
    return out


def _lines_with(ctx: Context, text: str, word: str) -> list:
    """The lines holding `word`, in order: found from its occurrences in the
    full text (a word holds no line break), not by a test of every line."""
    if not word:
        return list(ctx.doc.lines)
    out: list = []
    first = word[0]  # (str.find of one character is a memchr; of two, ~10x slower on Chinese text)
    at = text.find(first)
    while at >= 0:
        if text.startswith(word, at):
            line = ctx.line_at(at)
            if not out or line is not out[-1]:
                out.append(line)
        at = text.find(first, at + 1)
    return out


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    y = ctx.year
    if y is None:
        return []
    # a year guessed from the body may come from the plan itself: not a measure for it
    plan = _plan_findings(ctx, rule, y) if ctx.doc.meta.year_source != "body" else []
    out = plan + _relative_findings(ctx, rule, y)
    return sorted(out, key=lambda f: f.line or 0)
