"""--statistics: how many problems each rule found over the whole run, like
flake8 --statistics; and --quiet: one line per problem, file:line first."""

from __future__ import annotations

from collections import Counter

from ..model import Report
from .labels import SEVERITY_WORD, STATUS_WORD


def tally(reports: list[Report]) -> list[tuple[int, str, str]]:
    """(count, rule id, rule name), most frequent first: findings, and
    elements that are partial or missing."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for r in reports:
        for e in r.elements:
            if e.status != "present":
                counts[e.id] += 1
                names[e.id] = e.name
        for f in r.findings:
            counts[f.rule] += 1
            info = r.rules.get(f.rule)
            names[f.rule] = info.name if info else f.rule
    return sorted(((n, rid, names[rid]) for rid, n in counts.items()), key=lambda t: (-t[0], t[1]))


def render_statistics(reports: list[Report]) -> str:
    rows = tally(reports)
    if not rows:
        return "统计：没有发现问题"
    width = max(len(rid) for _, rid, _ in rows) + 2
    lines = [f"统计（{len(reports)} 份报告，各规则的问题数）："]
    lines += [f"{n:<6}{rid:<{width}}{name}" for n, rid, name in rows]
    return "\n".join(lines)


def render_quiet(report: Report) -> str:
    """Only the problems, one per line: "文件:行: 级别 规则 说明"."""
    rows = []
    for e in report.elements:
        if e.status != "present":
            line = e.evidence[0].line if e.evidence else None
            rows.append((line or 0, f"{STATUS_WORD[e.status]} {e.id} {e.name}"))
    for f in report.findings:
        rows.append((f.line or 0, f"{SEVERITY_WORD[f.severity]} {f.rule} {f.message}"))
    rows.sort(key=lambda t: t[0])
    return "\n".join(f"{report.file}:{line}: {text}" if line else f"{report.file}: {text}" for line, text in rows)
