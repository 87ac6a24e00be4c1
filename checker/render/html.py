"""Report -> HTML gap report (Jinja, autoescape on; CSS in its own file).

`render_html(report, standalone=False)` links templates/gap_report.css (the
PDF renderer serves it through a fetcher that serves nothing else);
`standalone=True` inlines the CSS so that the file can be opened or mailed
on its own. Everything taken from the report is escaped by Jinja; the view
built here only holds plain strings and numbers.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import jinja2

from ..model import ROLE_DOCUMENT, Evidence, Report
from ..resources import data_dir
from ..yeartext import fill_years
from .cjkpunct import fullwidth_punct
from .labels import OUTLINE_WORD, SEVERITY_WORD, STATUS_SYMBOL
from .places import place_text

TEMPLATES_DIR = data_dir("templates")
TEMPLATE = "gap_report.html.j2"
CSS_FILE = "gap_report.css"

STATUS_LONG = {"present": "具备", "partial": "部分具备", "missing": "缺失"}
QUOTE_CHARS = 80  # evidence quotes are trimmed to about this many characters
COVERAGE_QUOTE_CHARS = 34  # … shorter in the coverage table: one quote per area, two lines at most
TABLE_EVIDENCE = 1  # evidence lines per element in the overview table
TABLE_QUOTE_CHARS = 52  # … trimmed to two lines of its column; the gap sections quote longer
GAP_EVIDENCE = 2  # … and in a gap's own section (the rest: "另有 N 处")
FILE_CHARS = 70  # the checked file's path in the page footer
HEADER_CHARS = 40  # the title in the running page header

# C0/C1 controls (but tab/newline) and lone surrogates cannot be shown or encoded
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def clean(text: object) -> str:
    """One display line: controls dropped, runs of white space folded."""
    if text is None:
        return ""
    return _SPACES.sub(" ", _UNPRINTABLE.sub("", str(text))).strip()


def trim(text: object, limit: int = QUOTE_CHARS) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def trim_head(text: object, limit: int = FILE_CHARS) -> str:
    """Keep the end of a long path (the file name matters most)."""
    text = clean(text)
    return text if len(text) <= limit else "…" + text[-(limit - 1) :]


def zh_date(value: dt.date | None) -> str | None:
    return f"{value.year}年{value.month}月{value.day}日" if value else None


def zh_datetime(iso: str) -> str:
    try:
        t = dt.datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return clean(iso)
    return f"{zh_date(t)} {t:%H:%M}"


def _evidence(items: list[Evidence], limit: int, chars: int = QUOTE_CHARS) -> tuple[list[dict], int]:
    """Deduplicated (line, quote) pairs, at most `limit`, and how many more."""
    seen, out = set(), []
    for ev in items:
        key = (ev.line, clean(ev.text))
        if key not in seen:
            seen.add(key)
            out.append({"line": ev.line, "place": clean(place_text(ev)), "text": trim(fullwidth_punct(ev.text), chars)})
    return out[:limit], max(0, len(out) - limit)


def _element(e, rules, year: int | None) -> dict:
    info = rules.get(e.id)
    evidence, more = _evidence(e.evidence, TABLE_EVIDENCE, TABLE_QUOTE_CHARS)
    gap_evidence, gap_more = _evidence(e.evidence, GAP_EVIDENCE)
    near, _ = _evidence(e.near_misses, GAP_EVIDENCE)
    return {
        "id": e.id,
        "name": clean(e.name),
        "status": e.status,
        "word": STATUS_LONG.get(e.status, clean(e.status)),
        "score": _num(e.score),
        "weight": _num(e.weight),
        "how": clean(e.how),
        "evidence": evidence,
        "more": more,
        "gap_evidence": gap_evidence,
        "gap_more": gap_more,
        "near_misses": near,
        "source": clean(info.source) if info else "",
        "fix": fill_years(clean(info.fix) if info else clean(e.suggestion), year),
        "heading": clean(fullwidth_punct(e.heading))
        if e.heading or e.where
        else (fill_years(clean(info.heading), year) if info else ""),
        "where": clean(e.where) if e.where else (clean(info.where) if info else ""),
        "where_rule": clean(info.where) if info and e.where and e.where != info.where else "",
        "anchor": clean(place_text(e.anchor, under=False)) if e.anchor is not None else "",
    }


def _num(x: float) -> str:
    return f"{x:g}"


def _finding(f, rules, year: int | None) -> dict:
    info = rules.get(f.rule)
    return {
        "severity": f.severity,
        "word": SEVERITY_WORD.get(f.severity, clean(f.severity)),
        "line": f.line,
        "place": clean(place_text(f)),
        "message": clean(f.message),
        "name": clean(info.name) if info else clean(f.rule),
        "fix": fill_years(clean(f.fix or (info.fix if info else "")), year),
        "source": clean(f.source or (info.source if info else "")),
    }


def _arithmetic(report: Report, elements: list[dict]) -> dict:
    """Points per element and each deduction with its value (first page)."""
    a = report.arithmetic or {}
    deductions = [
        {"name": clean(d["name"]), "value": _num(d["value"]), "message": clean(d["message"]), "severity": d["severity"]}
        for d in a.get("deductions", [])
    ]
    return {
        "base": a.get("base"),
        "total_weight": _num(a.get("total_weight", 0)),
        "points": _num(a.get("points", 0)),
        "deductions": deductions,
        "elements": [
            {"name": e["name"], "score": e["score"], "weight": e["weight"], "word": e["word"], "status": e["status"]}
            for e in elements
        ],
    }


def _worst(report: Report, arithmetic: dict) -> str:
    """The one problem to read first: the heaviest error-level deduction
    (e.g. published late by N days), else the heaviest missing element."""
    errors = [d for d in arithmetic["deductions"] if d["severity"] == "error"]
    if errors:
        return errors[0]["message"]
    missing = sorted((e for e in report.elements if e.status == "missing"), key=lambda e: -e.weight)
    if missing:
        inner = clean(missing[0].name).replace("“", "‘").replace("”", "’")  # quotes inside quotes are single
        return f"缺少“{inner}”（{_num(missing[0].weight)} 分）"
    return arithmetic["deductions"][0]["message"] if arithmetic["deductions"] else ""


def build_view(report: Report) -> dict:
    """Everything the template shows, as display-ready strings and numbers."""
    m = report.meta
    rules = report.rules
    elements = [_element(e, rules, m.year) for e in report.elements]
    first = [f for f in report.findings if rules.get(f.rule) and rules[f.rule].role == ROLE_DOCUMENT]
    findings = [_finding(f, rules, m.year) for f in report.findings if f not in first]
    coverage = []
    for c in report.coverage:
        evidence, more = _evidence(c.evidence, 1, COVERAGE_QUOTE_CHARS)
        coverage.append(
            {
                "name": clean(c.name),
                "status": c.status,
                "word": STATUS_LONG.get(c.status, clean(c.status)),
                "evidence": evidence,
                "more": more,
            }
        )
    counts = {s: sum(e["status"] == s for e in elements) for s in STATUS_LONG}
    arithmetic = _arithmetic(report, elements)
    severity_counts = {s: sum(f["severity"] == s for f in findings) for s in SEVERITY_WORD}
    return {
        "title": clean(fullwidth_punct(m.title)),
        "title_short": trim(fullwidth_punct(m.title), HEADER_CHARS),
        "issuer": clean(m.issuer),
        "year": m.year,
        "published": zh_date(m.published),
        "outline": OUTLINE_WORD.get(m.outline_cited, clean(m.outline_cited)),
        "rulebook_name": clean(report.rulebook_name),
        "rulebook": clean(report.rulebook),
        "rulebook_version": clean(report.rulebook_version),
        "checked": zh_datetime(report.checked_at),
        "file": clean(report.file),
        "file_short": trim_head(report.file),
        "file_name": clean(Path(str(report.file)).name),
        "format": clean(report.format).upper(),
        "line_count": report.line_count,
        "score": max(0, min(100, int(report.score))),
        "coverage_score": (None if report.coverage_score is None else max(0, min(100, int(report.coverage_score)))),
        "alerts": [clean(f.message) for f in first] + [clean(n) for n in report.notices],
        "elements": elements,
        "gaps": [e for e in elements if e["status"] != "present"],
        "counts": counts,
        "findings": findings,
        "severity_counts": severity_counts,
        "coverage": coverage,
        "marks": STATUS_SYMBOL,
        "arithmetic": arithmetic,
        "worst": _worst(report, arithmetic),
    }


@functools.lru_cache(maxsize=1)
def jinja_env() -> jinja2.Environment:
    """Our templates, autoescaped (the gap report and the batch summary)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@functools.lru_cache(maxsize=1)
def _css() -> str:
    return (TEMPLATES_DIR / CSS_FILE).read_text(encoding="utf-8")


def render_html(report: Report, *, standalone: bool = False) -> str:
    """HTML of the gap report. standalone=True: CSS inlined, nothing linked;
    else the CSS is linked as gap_report.css (relative to templates/)."""
    css = _css() if standalone else None
    if css is not None and "</" in css:
        raise ValueError("gap_report.css must not contain '</'")  # would end <style>
    return _render(report, css=css, link=not standalone, standalone=standalone)


def render_html_unstyled(report: Report) -> str:
    """The same HTML without any stylesheet: the PDF renderer applies a
    parsed copy of gap_report.css that it keeps between reports."""
    return _render(report, css=None, link=False, standalone=False)


def _render(report: Report, *, css: str | None, link: bool, standalone: bool) -> str:
    return (
        jinja_env()
        .get_template(TEMPLATE)
        .render(v=build_view(report), css=css, css_href=CSS_FILE if link else None, standalone=standalone)
    )
