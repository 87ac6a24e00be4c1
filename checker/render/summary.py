"""The batch summary: one row per checked file, for a city office that
audits every report of its region (`lawcheck 全市/* --summary 汇总.pdf`).

`summary_view(items)` turns (file, Report | None, error | None) triples into
display-ready rows; `write_summary(path, items)` writes them as CSV (UTF-8
with BOM, so that Excel opens it as Chinese), standalone HTML or an A4
landscape PDF, chosen by the file's suffix, atomically.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import astuple, dataclass, replace
from pathlib import Path

from ..batch.rows import cell_text, on_time
from ..errors import RenderError
from ..model import ROLE_DEADLINE, Report
from .cjkpunct import fullwidth_punct
from .files import atomic_open, atomic_write_text
from .html import TEMPLATES_DIR, clean, jinja_env, trim, trim_head, zh_date
from .labels import STATUS_SYMBOL, STATUS_WORD

TEMPLATE = "summary.html.j2"
CSS_FILE = "summary.css"
SUFFIXES = (".csv", ".html", ".htm", ".pdf")
ON_TIME_KEY = {"是": "yes", "否": "no", "不明": "unknown", "—": "na"}


@dataclass(frozen=True)
class Item:
    file: str
    report: Report | None = None
    error: str | None = None


_SHARED: dict[tuple, object] = {}  # equal parts of slimmed reports, stored once per batch


def _shared(key: tuple, make):
    got = _SHARED.get(key)
    if got is None:
        if len(_SHARED) > 50000:
            _SHARED.clear()
        got = _SHARED[key] = make()
    return got


class _SlimMeta:
    __slots__ = ("title", "issuer", "year", "published")

    def __init__(self, m):
        self.title, self.issuer, self.year, self.published = m.title, m.issuer, m.year, m.published


class _SlimReport:
    """What summary_view reads of a Report, in slots."""

    __slots__ = ("file", "meta", "elements", "findings", "rules", "score", "coverage_score", "rulebook")


def slim(report: Report):
    """A stand-in for the report with only what summary_view reads (metadata,
    element statuses, finding severities, the rules of elements and
    deadlines), so that a batch of 10,000 keeps a few hundred bytes per
    report: equal element results, findings and rule tables are shared."""
    rules = {}
    for rid, info in report.rules.items():
        if info.category == "element" or info.role == ROLE_DEADLINE:
            rules[rid] = _shared(("rule", astuple(info)), lambda info=info: info)
    out = _SlimReport()
    out.rules = _shared(("rules", tuple((rid, id(info)) for rid, info in rules.items())), lambda: rules)
    out.elements = _shared(
        ("elements",) + tuple((e.id, e.name, e.status, e.score, e.weight) for e in report.elements),
        lambda: tuple(replace(e, evidence=[], near_misses=[], how="", suggestion="") for e in report.elements),
    )
    out.findings = _shared(
        ("findings",) + tuple((f.rule, f.severity) for f in report.findings),
        lambda: tuple(replace(f, message="", fix="", source="", line=None) for f in report.findings),
    )
    out.meta = _SlimMeta(report.meta)
    out.file, out.score, out.coverage_score, out.rulebook = (
        report.file,
        report.score,
        report.coverage_score,
        report.rulebook,
    )
    return out


def _deadline(report: Report) -> str:
    """是 / 否 / 不明 / —: the batch's row model says (checker.batch.rows)."""
    return on_time(report)


def _columns(items: list[Item]) -> dict[str, str]:
    """Element id -> column heading, for the elements of every rulebook used, in order of first use."""
    columns: dict[str, str] = {}
    for it in items:
        if it.report is not None:
            for e in it.report.elements:
                if e.id not in columns:
                    info = it.report.rules.get(e.id)
                    columns[e.id] = clean((info.short if info and info.short else "") or e.name)
    return columns


def _row(n: int, it: Item, columns: dict[str, str]) -> dict:
    if it.report is None:
        error = clean(it.error)
        if error.startswith(f"{it.file}:"):  # "path: message" -> the message; the path has its column
            error = error[len(it.file) + 1 :].strip()
        return {"no": n, "file": trim_head(it.file, 60), "error": error, "cells": []}
    r = it.report
    status = {e.id: e.status for e in r.elements}
    sev = {s: sum(f.severity == s for f in r.findings) for s in ("error", "warning", "info")}
    on_time = _deadline(r)
    return {
        "no": n,
        "file": trim_head(it.file, 60),
        "error": None,
        "title": trim(fullwidth_punct(r.meta.title), 60) if r.meta.title else "",
        "issuer": trim(r.meta.issuer, 24) if r.meta.issuer else "",
        "year": r.meta.year,
        "published": zh_date(r.meta.published) or "",
        "published_iso": r.meta.published.isoformat() if r.meta.published else "",
        "on_time": on_time,
        "on_time_key": ON_TIME_KEY[on_time],
        "score": int(r.score),
        "coverage": "" if r.coverage_score is None else int(r.coverage_score),
        "errors": sev["error"],
        "warnings": sev["warning"],
        "rulebook": clean(r.rulebook),
        "cells": [
            (status.get(eid), STATUS_SYMBOL.get(status.get(eid), ""), STATUS_WORD.get(status.get(eid), "—"))
            for eid in columns
        ],
        "gaps": sum(st != "present" for st in status.values()),
    }


def summary_view(items: list[Item]) -> dict:
    """Columns (the elements of every rulebook used, in order of first use)
    and one row per item."""
    columns = _columns(items)
    rows = []
    scores = []
    missing = {eid: 0 for eid in columns}
    partial = {eid: 0 for eid in columns}
    for n, it in enumerate(items, 1):
        if it.report is not None:
            for eid, st in {e.id: e.status for e in it.report.elements}.items():
                missing[eid] += st == "missing"
                partial[eid] += st == "partial"
            scores.append(it.report.score)
        rows.append(_row(n, it, columns))
    checked = len(scores)
    return {
        "columns": list(columns.values()),
        "column_ids": list(columns),
        "rows": rows,
        "count": len(items),
        "checked": checked,
        "failed": len(items) - checked,
        "mean_score": round(sum(scores) / checked) if checked else None,
        "complete": sum(1 for row in rows if not row["error"] and row["gaps"] == 0),
        "missing": [missing[eid] for eid in columns],
        "partial": [partial[eid] for eid in columns],
        "marks": STATUS_SYMBOL,
        "date": zh_date(dt.date.today()),
    }


def summary_csv(items: list[Item]) -> str:
    buf = io.StringIO()
    buf.write("\ufeff")
    _write_csv(items, buf)
    return buf.getvalue()


def _write_csv(items: list[Item], out) -> None:
    """The CSV rows written to `out` one at a time: a batch of 10,000 never holds them all."""
    columns = _columns(items)
    w = csv.writer(out, lineterminator="\r\n")
    header = [
        "序号",
        "文件",
        "标题",
        "发布单位",
        "报告年度",
        "发布日期",
        "按时公开",
        "得分",
        *columns.values(),
        "未具备要素数",
        "错误",
        "警告",
        "纲要覆盖",
        "规则库",
        "无法检查的原因",
    ]
    w.writerow(header)
    for n, it in enumerate(items, 1):
        row = _row(n, it, columns)
        if row["error"]:  # number, file, blanks, then the reason under its own (last) column
            w.writerow([cell_text(x) for x in [row["no"], row["file"], *[""] * (len(header) - 3), row["error"]]])
            continue
        w.writerow(
            [
                cell_text(x)
                for x in [
                    row["no"],
                    row["file"],
                    row["title"],
                    row["issuer"],
                    row["year"] or "",
                    row["published_iso"],
                    row["on_time"],
                    row["score"],
                    *[c[2] for c in row["cells"]],
                    row["gaps"],
                    row["errors"],
                    row["warnings"],
                    row["coverage"],
                    row["rulebook"],
                    "",
                ]
            ]
        )


def summary_html(items: list[Item], *, standalone: bool = True) -> str:
    css = (TEMPLATES_DIR / CSS_FILE).read_text(encoding="utf-8") if standalone else None
    return jinja_env().get_template(TEMPLATE).render(v=summary_view(items), css=css)


def write_summary(path: str | Path, items: list[Item]) -> Path:
    """Write the summary in the format the suffix names (.csv/.html/.pdf)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise RenderError(str(path), "汇总文件的扩展名应为 .csv、.html 或 .pdf")
    if suffix == ".csv":
        with atomic_open(path) as fh:  # streamed into the temporary file, same bytes as summary_csv()
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
            text.write("\ufeff")
            _write_csv(items, text)
            text.flush()
            text.detach()
    elif suffix in (".html", ".htm"):
        atomic_write_text(path, summary_html(items, standalone=True))
    else:
        _write_pdf(path, items)
    return path


def _write_pdf(path: Path, items: list[Item]) -> None:
    from .pdf import write_html_pdf

    write_html_pdf(summary_html(items, standalone=False), path, stylesheet=CSS_FILE)
