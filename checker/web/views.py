"""Display data for the web pages.

The result page shows what the HTML gap report shows, from the same view
(checker.render.html.build_view), plus for each element, finding and
outline area the line numbers of all its evidence, so that the page can
point at them in the report's text shown beside it.
"""

from __future__ import annotations

from ..render.html import build_view
from ..render.labels import STATUS_SYMBOL
from ..render.summary import summary_view
from .store import Batch, Result


def _nos(items) -> list[int]:
    return sorted({ev.line for ev in items if ev.line})


def result_view(result: Result, annotate: bool) -> dict:
    report = result.report
    v = build_view(report)
    by_id = {e.id: e for e in report.elements}
    status_of_line: dict[int, str] = {}
    rank = {"present": 0, "partial": 1, "missing": 2}
    for e, el in zip(report.elements, v["elements"]):
        el["lines"] = _nos(e.evidence)
        el["near_lines"] = _nos(e.near_misses)
        for no in el["lines"]:  # a line that is evidence for two elements shows the weaker status
            if no not in status_of_line or rank.get(e.status, 0) > rank.get(status_of_line[no], 0):
                status_of_line[no] = e.status
    for gap in v["gaps"]:
        e = by_id.get(gap["id"])
        gap["lines"] = _nos(e.evidence) if e else []
        gap["near_lines"] = _nos(e.near_misses) if e else []
    for f in v["findings"]:
        f["lines"] = [f["line"]] if f["line"] else []
    for c_rep, c in zip(report.coverage, v["coverage"]):
        c["lines"] = _nos(c_rep.evidence)
        c["id"] = c_rep.id
    flagged = {f.line for f in report.findings if f.line}
    lines = []
    for no, text, chrome in result.lines:
        lines.append(
            {"no": no, "text": text, "chrome": chrome, "status": status_of_line.get(no), "flag": no in flagged}
        )
    return {
        "v": v,
        "rid": result.id,
        "display": result.display,
        "format": result.format.upper(),
        "lines": lines,
        "lines_cut": result.lines_cut,
        "annotate": annotate and result.annotated is not None,
        "batch": result.batch,
    }


def batch_view(batch: Batch, results: dict[str, Result]) -> dict:
    """Progress of a batch and, once done, the summary table's view
    (checker.render.summary.summary_view) with a link to each unit's result."""
    from ..render.summary import Item

    units = [
        {"no": u.no, "display": u.display, "state": u.state, "error": u.error, "score": u.score, "result": u.result}
        for u in batch.units
    ]
    finished = batch.finished is not None
    summary = None
    if finished:
        items = []
        for u in batch.units:
            r = results.get(u.result) if u.result else None
            items.append(Item(u.display, r.report if r else None, None if r else (u.error or "无法检查")))
        summary = summary_view(items)
        for row, u in zip(summary["rows"], batch.units):
            row["result"] = u.result if u.result in results else None
    return {
        "bid": batch.id,
        "total": len(batch.units),
        "done": batch.done,
        "failed": batch.failed,
        "finished": finished,
        "units": units,
        "summary": summary,
        "marks": STATUS_SYMBOL,
    }


def batch_status(batch: Batch) -> dict:
    """The JSON the batch page polls."""
    return {
        "id": batch.id,
        "total": len(batch.units),
        "done": batch.done,
        "failed": batch.failed,
        "finished": batch.finished is not None,
        "units": [
            {
                "no": u.no,
                "name": u.display,
                "state": u.state,
                "score": u.score,
                "error": u.error,
                "result": f"/result/{u.result}" if u.result else None,
            }
            for u in batch.units
        ],
    }
