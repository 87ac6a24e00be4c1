"""The region overview of a batch: overview.html and overview.pdf.

`overview_view(summary, links)` turns the lawcheck-batch/1 summary dict
({"reports": [lawcheck/1 + "region"], "failed", "similar_pairs",
"year_over_year"}) into display-ready rows for templates/overview.html.j2;
`write_overview(summary, out_dir, links)` writes both files atomically.

Sections: (a) ranking by score; (b) region × element heatmap (rows regions,
expandable to units; a cell's status as symbol + word + shade, so it reads
in black and white); (c) the score distribution as an SVG bar chart drawn by
the template; (d) late and undated publications; (e) the most common gaps;
(f) unreadable files; (g) similar reports; (h) year over year; (i) files that
are another kind of document (a news item, a 信息公开 annual report…: the
batch's "document_kind"): they stay in the region counts, marked, and follow
the ranked annual reports without a rank; the mean, median, distribution,
late and undated lists and most common gaps are the annual reports'.

Element columns come from the reports' own elements (ids, names) and the
rulebook's short names (checker/batch/rulesinfo.py); nothing here names an
element. `links` maps a report's file to its gap report's path relative to
out_dir (a plain path, percent-encoded here), used in the HTML only (the PDF has no place to resolve relative links against).
"""

from __future__ import annotations

import statistics
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from ..render.cjkpunct import fullwidth_punct
from ..render.files import atomic_open
from ..render.html import TEMPLATES_DIR, clean, jinja_env, trim, trim_head
from ..render.labels import STATUS_SYMBOL, STATUS_WORD
from .deadline_view import publication
from .issuers import batch_keys, display_names, issuer_key
from .rulesinfo import rules_of

TEMPLATE = "overview.html.j2"
CSS_FILE = "overview.css"
NO_REGION = "（未分区）"
CREDIT = {"present": 1.0, "partial": 0.5, "missing": 0.0}
# overview.pdf stays a few pages however big the batch (its typesetting is the one step of a batch's
# end that does not shrink with more workers); overview.html and summary.xlsx keep every row.
PDF_MAX_ROWS = 150  # more reports than this: the PDF ranks the first and last PDF_RANK_EACH, lists regions only
PDF_RANK_EACH = 30  # ... the first 30 and the last 30 of the ranking
PDF_MAX_LIST = 30  # the PDF lists at most this many late reports, unreadable files, similar pairs, issuers
TOP_GAPS = 12
BINS = 10  # score histogram: 0–9, 10–19, …, 90–100


def _label(report: dict, element: dict) -> str:
    rule = rules_of(report).get(element["id"])
    return clean((rule.short if rule and rule.short else "") or element.get("name") or element["id"])


def _level(credit: float | None) -> str:
    """A region cell's shade: how far its units are from having the element."""
    if credit is None:
        return "none"
    if credit >= 0.999:
        return "present"
    if credit >= 0.5:
        return "partial"
    return "missing"


def _cov_level(score) -> str:
    if score is None:
        return "none"
    return "present" if score >= 80 else "partial" if score >= 50 else "missing"


def _zh_iso(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        y, m, d = (int(x) for x in iso.split("-"))
    except ValueError:
        return clean(iso)
    return f"{y}年{m}月{d}日"


def _axis_top(peak: int) -> int:
    """The histogram's top value: a multiple of 4 (four whole-number gridlines) at or above the peak."""
    return max(4, -(-peak // 4) * 4)


def overview_view(summary: dict, links: dict[str, str] | None = None, *, pdf: bool = False) -> dict:
    links = links or {}

    def href(file: str) -> str | None:
        """The gap report's link: `links` holds plain relative paths (not URLs); percent-encoded here."""
        target = links.get(file)
        return quote(target.replace("\\", "/"), safe="/") if target else None

    reports = [r for r in summary.get("reports") or [] if not r.get("error")]
    failed = list(summary.get("failed") or [])
    unit_keys = batch_keys(r.get("issuer") for r in reports)
    shown_names = display_names((r.get("issuer") for r in reports), unit_keys)

    columns: dict[str, str] = {}
    for r in reports:
        for e in r.get("elements") or []:
            if e.get("id") and e["id"] not in columns:
                columns[e["id"]] = _label(r, e)
    col_ids = list(columns)

    def issuer_of(r: dict) -> str:
        key = issuer_key(r.get("issuer"))
        key = unit_keys.get(key, key) if key else None
        return clean(shown_names.get(key, r.get("issuer") or "")) if key else ""

    rows = []
    for r in reports:
        pub = publication(r)
        status = {e["id"]: e["status"] for e in r.get("elements") or []}
        file = str(r.get("file") or "")
        rows.append(
            {
                "file": file,
                "file_short": trim_head(file, 44),
                "href": href(file),
                "title": trim(fullwidth_punct(r.get("title")), 24) if r.get("title") else "",
                "issuer": trim(issuer_of(r), 20) or "（未识别单位）",
                "region": clean(r.get("region")) or NO_REGION,
                "year": r.get("year"),
                "published": _zh_iso(r.get("published")),
                "state": pub["state"],
                "days_late": pub["days_late"],
                "due": _zh_iso(pub["due"]),
                "score": r.get("score") or 0,
                "coverage": r.get("coverage_score"),
                "status": status,
                "cells": [
                    (
                        status.get(eid) or "none",
                        STATUS_SYMBOL.get(status.get(eid), "—"),
                        STATUS_WORD.get(status.get(eid), "未查"),
                    )
                    for eid in col_ids
                ],
                "cov_level": _cov_level(r.get("coverage_score")),
                "gaps": sum(st != "present" for st in status.values()),
                "document": clean((r.get("document_kind") or {}).get("name")),
            }
        )
    # annual reports ranked by score; another kind of document follows them unranked ("—"), so a news item
    # or a plan never heads a region's ranking
    ranking = sorted(rows, key=lambda x: (bool(x["document"]), -x["score"], x["issuer"], x["file"]))
    ranked = [row for row in ranking if not row["document"]]
    for n, row in enumerate(ranking, 1):
        row["rank"] = None if row["document"] else n
    by_file = {row["file"]: row for row in rows}

    # (b) heatmap
    regions: dict[str, list[dict]] = {}
    for row in ranking:
        regions.setdefault(row["region"], []).append(row)
    heat = []
    for name in sorted(regions, key=lambda x: (x == NO_REGION, x)):
        units = sorted(regions[name], key=lambda x: (x["issuer"], x["year"] or 0, x["file"]))
        cells = []
        for eid in col_ids:
            sts = [u["status"][eid] for u in units if eid in u["status"]]
            credit = sum(CREDIT.get(s, 0) for s in sts) / len(sts) if sts else None
            level = _level(credit)
            cells.append(
                {
                    "level": level,
                    "mark": STATUS_SYMBOL.get(level, "—"),
                    "present": sum(s == "present" for s in sts),
                    "total": len(sts),
                }
            )
        covs = [u["coverage"] for u in units if u["coverage"] is not None]
        cov = round(sum(covs) / len(covs)) if covs else None
        heat.append(
            {
                "name": name,
                "count": len(units),
                "cells": cells,
                "coverage": cov,
                "cov_level": _cov_level(cov),
                "units": units,
                "mean": round(sum(u["score"] for u in units) / len(units)),
            }
        )

    # (c) score distribution: bins of 10 points, the last one 90–100
    bins = [0] * BINS
    for row in ranked or rows:
        bins[min(BINS - 1, max(0, int(row["score"]) // 10))] += 1
    hist = [{"label": f"{i * 10}–{i * 10 + 9 if i < BINS - 1 else 100}", "count": c} for i, c in enumerate(bins)]

    # (d) late and undated: annual reports only (a news item's or an article's date owes no deadline)
    late = sorted((r for r in ranked if r["state"] == "late"), key=lambda x: (-(x["days_late"] or 0), x["file"]))
    undated = sorted((r for r in ranked if r["state"] == "undated"), key=lambda x: x["file"])

    # (e) most common gaps of the annual reports: elements missing / partial, outline areas not covered
    n = len(rows)
    gaps = []
    for eid in col_ids:
        sts = [row["status"][eid] for row in ranked if eid in row["status"]]
        miss, part = sts.count("missing"), sts.count("partial")
        if miss or part:
            gaps.append(
                {
                    "name": columns[eid],
                    "kind": "必需要素",
                    "missing": miss,
                    "partial": part,
                    "count": miss + part,
                    "base": len(sts),
                    "share": round(100 * (miss + part) / len(sts)) if sts else 0,
                }
            )
    cov_missing: Counter = Counter()
    cov_total: Counter = Counter()
    cov_names: dict[str, str] = {}
    for r in reports:
        if r.get("document_kind"):
            continue
        for c in r.get("coverage") or []:
            cov_total[c["id"]] += 1
            cov_names.setdefault(c["id"], clean(c.get("name") or c["id"]))
            if c.get("status") != "present":
                cov_missing[c["id"]] += 1
    for cid, cnt in cov_missing.items():
        gaps.append(
            {
                "name": cov_names[cid],
                "kind": "纲要领域",
                "missing": cnt,
                "partial": 0,
                "count": cnt,
                "base": cov_total[cid],
                "share": round(100 * cnt / cov_total[cid]),
            }
        )
    gaps.sort(key=lambda g: (-g["count"], -g["missing"], g["kind"], g["name"]))
    gaps = gaps[:TOP_GAPS]

    # (f) unreadable
    fails = []
    for f in sorted(failed, key=lambda x: str(x.get("file"))):
        file, error = str(f.get("file") or ""), clean(f.get("error"))
        if error.startswith(f"{file}:"):
            error = error[len(file) + 1 :].strip()
        fails.append({"file": trim_head(file, 70), "error": trim(error, 120)})

    # (g) similar reports
    def ref(file: str) -> dict:
        row = by_file.get(file)
        return {
            "file": trim_head(file, 40),
            "href": href(file),
            "issuer": row["issuer"] if row else "",
            "year": row["year"] if row else None,
        }

    similar = [
        {"a": ref(p["a"]), "b": ref(p["b"]), "share": round(100 * float(p["share"]))}
        for p in summary.get("similar_pairs") or []
    ]

    # (h) year over year
    yoy = []
    for entry in summary.get("year_over_year") or []:
        yoy.append(
            {
                "issuer": clean(entry.get("issuer")),
                "years": [
                    {
                        "year": y.get("year"),
                        "score": y.get("score"),
                        "href": href(str(y.get("file"))),
                        "cells": [
                            (y["elements"].get(eid) or "none", STATUS_SYMBOL.get(y["elements"].get(eid), "—"))
                            for eid in col_ids
                        ],
                    }
                    for y in entry.get("years") or []
                ],
                "fixed": [columns.get(eid, eid) for eid in entry.get("fixed") or []],
                "regressed": [columns.get(eid, eid) for eid in entry.get("regressed") or []],
            }
        )

    # (i) another kind of document
    others = sorted((row for row in rows if row["document"]), key=lambda x: x["file"])

    # mean, median and distribution of the annual reports (of every file when none is one)
    scores = [row["score"] for row in (ranked or rows)]
    cut = pdf and len(ranking) > PDF_MAX_ROWS
    shown = ranked[:PDF_RANK_EACH] + ranked[-PDF_RANK_EACH:] if len(ranked) > 2 * PDF_RANK_EACH else ranked
    return {
        "pdf": pdf,
        "web": False,  # the web batch page sets it (checker/web/views.py): SVG bars instead of inline styles
        "columns": [columns[eid] for eid in col_ids],
        "count": n + len(failed),
        "checked": n,
        "failed_count": len(failed),
        "skipped_count": len(summary.get("skipped") or []),  # lawcheck's own outputs in the folder: not counted
        "mean": round(sum(scores) / len(scores)) if scores else None,
        "median": round(statistics.median(scores)) if scores else None,
        "complete": sum(1 for row in rows if row["gaps"] == 0),
        "region_count": len(heat),
        "late_count": len(late),
        "undated_count": len(undated),
        "others_count": len(others),
        "ranking": shown if cut else ranking,
        "ranking_cut": cut,
        "ranking_each": PDF_RANK_EACH,
        "ranking_left": len(ranked) - len(shown) if cut else 0,
        "ranking_others_left": len(ranking) - len(ranked) if cut else 0,
        "list_units": not cut,
        "heat": heat,
        "hist": hist,
        "hist_max": _axis_top(max(bins) if n else 0),
        "gaps": gaps,
        **_capped("late", late, pdf),
        **_capped("undated", undated, pdf),  # its own cap: a region of 600 undated pages is not 16 pages of PDF
        **_capped("fails", fails, pdf),
        **_capped("similar", similar, pdf),
        **_capped("yoy", yoy, pdf),
        **_capped("others", others, pdf),
        "marks": STATUS_SYMBOL,
        "words": STATUS_WORD,
        "pdf_max": PDF_MAX_ROWS,
    }


def _capped(name: str, items: list, cap: bool) -> dict:
    """{name: the items shown, name_more: how many the PDF leaves to overview.html}."""
    if not cap or len(items) <= PDF_MAX_LIST:
        return {name: items, f"{name}_more": 0}
    return {name: items[:PDF_MAX_LIST], f"{name}_more": len(items) - PDF_MAX_LIST}


def overview_html(summary: dict, links: dict[str, str] | None = None, *, pdf: bool = False) -> str:
    css = None if pdf else (TEMPLATES_DIR / CSS_FILE).read_text(encoding="utf-8")
    return jinja_env().get_template(TEMPLATE).render(v=overview_view(summary, links, pdf=pdf), css=css)


def write_overview_html(summary: dict, out_dir: Path, links: dict[str, str]) -> Path:
    """out_dir/overview.html (atomically), streamed from the template: the
    page (every report, ~3 KB each) is never one string in memory."""
    import io

    css = (TEMPLATES_DIR / CSS_FILE).read_text(encoding="utf-8")
    path = Path(out_dir) / "overview.html"
    with atomic_open(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        for chunk in jinja_env().get_template(TEMPLATE).generate(v=overview_view(summary, links), css=css):
            out.write(chunk)
        out.flush()
        out.detach()
    return path


def write_overview_pdf(summary: dict, out_dir: Path, links: dict[str, str]) -> Path:
    """out_dir/overview.pdf (atomically)."""
    from ..render.pdf import write_html_pdf

    pdf_path = Path(out_dir) / "overview.pdf"
    write_html_pdf(
        overview_html(summary, links, pdf=True),
        pdf_path,
        stylesheet=CSS_FILE,
        subject=str(pdf_path),
        where=lambda missing: "汇总中的报告标题、单位或文件名",
    )
    return pdf_path


def write_overview(summary: dict, out_dir: Path, links: dict[str, str]) -> list[Path]:
    """Write out_dir/overview.html and out_dir/overview.pdf (atomically); return their paths."""
    return [write_overview_html(summary, out_dir, links), write_overview_pdf(summary, out_dir, links)]


def warm_up() -> None:
    """Load WeasyPrint, the fonts, the overview's stylesheet and the PDF
    writer (what the first PDF of a process costs, ~0.5–1 s) by typesetting
    an empty overview into memory."""
    import io

    from ..render.pdf import render_html_document

    render_html_document(overview_html({}, pdf=True), CSS_FILE).write_pdf(target=io.BytesIO())
