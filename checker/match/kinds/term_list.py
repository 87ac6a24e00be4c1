"""term_list: fixed official terms written wrongly, from a term dictionary
(YAML, in the spirit of prh / textlint-rule-prh: wrong form -> correct form,
reason, report years).

ID
    term_list
Options
    dictionary    path of the term dictionary, relative to the rulebook file
                  (required; format in checker/rulebook/dictionary.py)
    max_per_term  at most this many findings per dictionary entry (default 3;
                  the last one says how many more there are)
Defaults
    an entry applies to every report year unless it gives `years: [from, to]`;
    an entry with years is skipped when the report year is unknown
fires
    a line contains one of an entry's `patterns` (after its `exclude` spans
    are blanked): "“风桥经验”应为“枫桥经验”（理由）"
Examples
    rulebooks/dictionaries/terms.yaml: 习近平法治思想 (word order, 法制),
    枫桥经验, 法治政府 (not 法制政府), 法制审核 (not 法治审核), the full titles
    of the outlines, 司法局 (not 法制办) in reports after the 2018 reform.
    Each entry's specs (a wrong sentence and its correction) and ok texts run
    with the rulebook's examples (`lawcheck rules --check`).
"""

from __future__ import annotations

from ...model import Finding
from ...rulebook.model import Rule
from .. import index as I
from .. import patterns as P
from ..context import Context
from ..params import Param

KIND = "term_list"
SUMMARY = "固定的规范用语（重要思想、制度、文件和机构的名称）应写对：按术语词典查出错写、倒序、旧称。"
CATEGORY = "finding"
PARAMS = {
    "dictionary": Param("dictionary", required=True, doc="术语词典 YAML 文件（相对于规则库文件的路径）"),
    "max_per_term": Param("int", default=3, doc="每个词条最多报出几处"),
}


def applies(entry: dict, year: int | None) -> bool:
    lo, hi = entry["years"]
    if lo is None and hi is None:
        return True
    if year is None:
        return False
    return (lo is None or year >= lo) and (hi is None or year <= hi)


def entry_hits(entry: dict, text: str, year: int | None, prefilter: bool = False):
    """The matches of one entry in one text (after its exclusions).
    prefilter: first test that some pattern's literal anchors occur."""
    pats = P.compile_all(entry["patterns"], year)
    if prefilter and not I.may_match(pats, text):  # none of the patterns' literal anchors occurs: no match
        return []
    return _matches(pats, P.compile_all(entry["exclude"], year), text)


def _matches(pats, excl, text: str):
    text = P.blank(text, excl)
    out = []
    for pat in pats:
        out.extend(m for m in pat.finditer(text) if m.group(0) and "\n" not in m.group(0))
    return sorted(out, key=lambda m: m.start())


def _prepare(ctx: Context, rule: Rule):
    """The entries for the report year with their compiled patterns and
    exclusions, and the entries' pattern groups (for ctx.candidates_in)."""
    entries = [
        (e, ctx.compile(e["patterns"]), ctx.compile(e["exclude"]))
        for e in rule.params["dictionary"]
        if applies(e, ctx.year)
    ]
    return entries, tuple(pats for _e, pats, _x in entries)


def evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    cap = max(1, rule.params.get("max_per_term") or 3)
    text = ctx.full_text  # one search per pattern, not one per line
    entries, groups = ctx.prepare(rule, _prepare)
    # one pass over the text finds the entries whose patterns' anchors occur (index.BlockFilter)
    may = ctx.candidates_in(groups, (text,))
    out: list[Finding] = []
    for (entry, pats, excl), where in zip(entries, may):
        if not where:
            continue
        hits = [(ctx.line_at(m.start()), m.group(0)) for m in _matches(pats, excl, text)]
        for k, (line, wrong) in enumerate(hits[:cap]):
            more = f"（另有 {len(hits) - cap} 处）" if k == cap - 1 and len(hits) > cap else ""
            out.append(
                Finding(rule.id, rule.severity, f"“{wrong}”应为“{entry['expected']}”：{entry['reason']}{more}", line.no)
            )
    return out


def explain(rule: Rule) -> list[str]:
    """Lines for `lawcheck explain`: each entry, wrong forms -> correct form."""
    out = []
    for e in rule.params["dictionary"]:
        lo, hi = e["years"]
        years = "" if lo is None and hi is None else f"（{lo or '不限'}–{hi or '不限'} 年度报告）"
        wrong = "、".join(s["from"] for s in e["specs"][:2]) or "、".join(e["patterns"])
        out.append(f"  词条：“{e['expected']}”{years}：如 {wrong}")
    return out


def check_examples(rule: Rule, context_of=None) -> list[tuple[str, str, str, str]]:
    """The dictionary's own specs (run with the rulebook's examples): each
    wrong sentence is caught, its correction and every ok text are not.
    Returns (where, expected, got, text) for each failure; entries are
    checked on single normalized lines, so ``context_of`` is not needed."""
    from ...normalize import normalize_line as prepare

    fails = []
    for entry in rule.params["dictionary"]:
        lo, hi = entry["years"]
        year = lo if lo is not None else hi
        where = f"{entry['file']}:{entry['line']}"
        for spec in entry["specs"]:
            if not entry_hits(entry, prepare(spec["from"]), year):
                fails.append((where, "查出错误写法", "没有查出", spec["from"]))
            if entry_hits(entry, prepare(spec["to"]), year):
                fails.append((where, "改正后的句子不报", "报出", spec["to"]))
        for text in entry["ok"]:
            if entry_hits(entry, prepare(text), year):
                fails.append((where, "正确写法不报", "报出", text))
        if not entry["specs"]:
            fails.append((where, "有 specs（错误写法和改正后的例句）", "没有 specs", entry["expected"]))
    return fails
