"""Stage 5: MatchResult -> Report (weighted score, suggestions, ordering).

score = round(100 x sum(weight x credit) / sum(weight)) over element rules,
        credit: present 1, partial 0.5, missing 0;
        minus the weight of every finding rule that fired at severity error or
        warning (once per rule, however often it fired);
        clamped to 0..100.
coverage_score = the same weighted credit over coverage rules (None if none).
"""

from __future__ import annotations

import datetime as dt

from ..model import ROLE_DOCUMENT, Document, ElementResult, MatchResult, Report, RuleInfo
from ..rulebook.model import Rulebook
from ..yeartext import fill_years
from .placement import fit
from .places import Locator, fill_places

CREDIT = {"present": 1.0, "partial": 0.5, "missing": 0.0}
PENALISED = ("error", "warning")
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def _weighted(items) -> int | None:
    total = sum(i.weight for i in items)
    if not total:
        return None
    return round(100 * sum(i.weight * CREDIT[i.status] for i in items) / total)


def rule_infos(rulebook: Rulebook) -> dict[str, RuleInfo]:
    """What the report says about each active rule: a new dict for every
    report, of RuleInfo objects made once per rulebook (no stage or renderer
    changes a RuleInfo: they are shared by the reports of a rulebook, as
    the rulebook's rules are)."""
    return dict(_tables(rulebook)[3])


_TABLES: dict[int, tuple] = {}


def _tables(rulebook: Rulebook) -> tuple:
    """Per rulebook object (rulebooks are not changed once loaded; a tailored
    one is another object): (the RuleInfo fields of each active rule, the
    active rules by id, their roles by id, their RuleInfo by id)."""
    hit = _TABLES.get(id(rulebook))
    if hit is not None and hit[0] is rulebook:
        return hit[1]
    active = rulebook.active()
    fields = tuple(
        (
            r.id,
            (
                r.id,
                r.name,
                r.kind,
                r.category,
                r.source,
                r.weight,
                r.severity,
                r.fix,
                r.where,
                r.heading,
                r.short,
                r.role,
            ),
        )
        for r in active
    )
    infos = {rid: RuleInfo(*f) for rid, f in fields}
    got = (fields, {r.id: r for r in active}, {r.id: r.role for r in active}, infos)
    if len(_TABLES) > 64:
        _TABLES.clear()
    _TABLES[id(rulebook)] = (rulebook, got)  # holds the rulebook: its id is not reused while the entry lives
    return got


def suggestion(status: str, info: RuleInfo, year: int | None = None, element: ElementResult | None = None) -> str:
    """The fix; with `element` fitted by placement.fit, the heading continues
    the report's numbering and the place names the report's own headings."""
    if status == "present":
        return ""
    heading = element.heading if element is not None else fill_years(info.heading, year)
    head = f"建议标题：“{heading}”。" if heading else ""
    if element is not None and element.where and element.where != info.where:
        head += f"位置：{element.where}。"
    lead = "只在其他部分提及，建议单列并写实。" if status == "partial" else ""
    return lead + fill_years(info.fix, year) + (" " + head if head else "")


def arithmetic(elements: list[ElementResult], findings, infos: dict[str, RuleInfo], base: int | None) -> dict:
    """How the score was reached, for the gap report's first page."""
    deductions, seen = [], set()
    for f in findings:
        if f.severity in PENALISED and f.rule not in seen and infos[f.rule].weight:
            seen.add(f.rule)
            deductions.append(
                {
                    "rule": f.rule,
                    "name": infos[f.rule].name,
                    "value": infos[f.rule].weight,
                    "message": f.message,
                    "severity": f.severity,
                }
            )
    deductions.sort(key=lambda d: (_SEVERITY_ORDER[d["severity"]], -d["value"]))
    total_weight = sum(e.weight for e in elements)
    return {
        "base": base,
        "total_weight": total_weight,
        "points": sum(e.score for e in elements),
        "deductions": deductions,
    }


def score(doc: Document, result: MatchResult, rulebook: Rulebook, notices: list[str]) -> Report:
    infos = rule_infos(rulebook)
    _fields, rules, roles, _infos = _tables(rulebook)
    loc = Locator(doc)
    fill_places(doc, result, loc)
    fit(doc, result.elements, rules, doc.meta.year, loc)
    for e in result.elements:
        info = infos[e.id]
        e.weight = info.weight
        e.score = info.weight * CREDIT[e.status]
        e.suggestion = suggestion(e.status, info, doc.meta.year, e)
    base = _weighted(result.elements)
    # each fired rule deducts its weight once, however many times it fired
    penalty = sum(infos[r].weight for r in {f.rule for f in result.findings if f.severity in PENALISED})
    # no element rule active (e.g. --select of checks only): the checks alone count from 100
    total = max(0, min(100, (base if base is not None else 100) - round(penalty)))
    findings = sorted(
        result.findings, key=lambda f: (roles.get(f.rule) != ROLE_DOCUMENT, _SEVERITY_ORDER[f.severity], f.line or 0)
    )
    return Report(
        file=doc.path,
        format=doc.format,
        encoding=doc.encoding,
        meta=doc.meta,
        rulebook=rulebook.id,
        rulebook_name=rulebook.name,
        rulebook_version=rulebook.version,
        score=total,
        coverage_score=_weighted(result.coverage),
        elements=result.elements,
        coverage=result.coverage,
        findings=findings,
        rules=infos,
        checked_at=dt.datetime.now().isoformat(timespec="seconds"),
        line_count=len(doc.lines),
        notices=list(notices),
        arithmetic=arithmetic(result.elements, findings, infos, base),
    )


def has_gaps(report: Report) -> bool:
    """Required elements missing, or an error-level finding."""
    return any(e.status == "missing" and report.rules[e.id].severity == "error" for e in report.elements) or any(
        f.severity == "error" for f in report.findings
    )
