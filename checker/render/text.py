"""Terminal summary in Chinese: one line per element with status and the
evidence line, the score, findings, the first fixes. Colour only when asked
(the CLI asks when stdout is a terminal)."""

from __future__ import annotations

import click

from ..model import ROLE_DOCUMENT, Report
from .cjkpunct import fullwidth_punct
from .labels import OUTLINE_WORD, SEVERITY_WORD, STATUS_SYMBOL, STATUS_WORD
from .places import place_text

_COLOURS = {
    "present": "green",
    "partial": "yellow",
    "missing": "red",
    "error": "red",
    "warning": "yellow",
    "info": "cyan",
}
MAX_FIXES = 3
NAME_WIDTH = 34


def _pad(text: str, width: int) -> str:
    """Pad by display width (CJK characters count double)."""
    w = sum(2 if ord(c) > 0x2E7F else 1 for c in text)
    return text + " " * max(1, width - w)


def render_text(report: Report, color: bool = False) -> str:
    def style(text: str, key: str, bold: bool = False) -> str:
        return click.style(text, fg=_COLOURS.get(key), bold=bold) if color else text

    m = report.meta
    out = [style(f"■ {report.file}", "info", bold=True)]
    for f in report.findings:
        if report.rules.get(f.rule) and report.rules[f.rule].role == ROLE_DOCUMENT:
            out.append(style(f"  ！{f.message}", "error", bold=True))
    for n in report.notices:
        out.append(style(f"  ！{n}", "warning"))
    out.append(f"  标题：{m.title or '（未找到）'}    发布单位：{m.issuer or '（未找到）'}")
    published = m.published.isoformat() if m.published else "（未找到）"
    out.append(
        f"  报告年度：{m.year or '（不明）'}    发布日期：{published}    引用纲要：{OUTLINE_WORD.get(m.outline_cited, m.outline_cited)}"
    )
    out.append(f"  规则库：{report.rulebook_name}（{report.rulebook} {report.rulebook_version}）")
    cov = f"    纲要覆盖：{report.coverage_score}/100" if report.coverage_score is not None else ""
    out.append("  " + style(f"得分：{report.score}/100", "info", bold=True) + cov)
    out.append("  要素：")
    for e in report.elements:
        mark = style(f"{STATUS_SYMBOL[e.status]} {STATUS_WORD[e.status]}", e.status)
        ev = f"{place_text(e.evidence[0])} “{fullwidth_punct(e.evidence[0].text[:40])}”" if e.evidence else "—"
        out.append(f"    {mark}  {_pad(e.name, NAME_WIDTH)}{ev}")
        for nm in e.near_misses:
            out.append(
                f"          可能相关：{place_text(nm)} “{fullwidth_punct(nm.text[:40])}”（写法不在规则库中，请核对）"
            )
    shown = [
        f for f in report.findings if report.rules.get(f.rule) is None or report.rules[f.rule].role != ROLE_DOCUMENT
    ]
    if shown:
        out.append("  发现：")
        for f in shown:
            where = f"{place_text(f)} " if f.line else ""
            out.append(f"    [{style(SEVERITY_WORD[f.severity], f.severity)}] {where}{f.message}（{f.rule}）")
    gaps = [e for e in report.elements if e.status != "present"]
    if gaps:
        out.append("  首要修改：")
        for k, e in enumerate(gaps[:MAX_FIXES], 1):
            out.append(f"    {k}. {e.name}：{e.suggestion}")
        if len(gaps) > MAX_FIXES:
            out.append(f"    ……另有 {len(gaps) - MAX_FIXES} 项，见 PDF/JSON 报告")
    return "\n".join(out)
