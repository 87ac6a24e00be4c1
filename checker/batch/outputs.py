"""The batch's outputs, rebuilt from the store: summary.csv, summary.xlsx,
summary.json (and, through checker.batch.overview, overview.html/.pdf).

No timestamps and a stable order (the inputs' order), so an interrupted and
resumed run writes the same bytes as an uninterrupted one. Reports are
streamed from the store one at a time; only small per-report facts (scores,
statuses) are held for the cross-report views; fingerprints are streamed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..render.files import atomic_open, atomic_write_text
from .rows import STATUS_WORD, cell_text, report_row
from .store import Row, Store

SCHEMA = "lawcheck-batch/1"
FIXED_TIME = dt.datetime(2000, 1, 1)  # workbook properties: no run time in the file


@dataclass
class Collected:
    """What one pass over the store gathers for the cross-report views."""

    columns: dict[str, str] = field(default_factory=dict)  # element id -> column name
    slim: list[dict] = field(default_factory=list)  # reports without texts (for views); kept on request
    regions: dict[str, dict] = field(default_factory=dict)  # per region: counts and sums (xlsx 地区×要素)
    late: list[tuple] = field(default_factory=list)  # late and undated reports: (sort key, xlsx row)
    failed: list[dict] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # file -> gap report; kept with the slim records
    gap_reports: int = 0
    checked: int = 0
    with_gaps: int = 0
    similar_pairs: list = field(default_factory=list)  # set by write_all
    year_over_year: list = field(default_factory=list)  # set by write_all
    # --region-from issuer: region names two cities' districts share, shown with their city (region.ambiguous_regions)
    qualify: frozenset = frozenset()


def region_for(row: Row, report: dict, region_from: str, qualify: frozenset = frozenset()) -> str | None:
    if region_from == "issuer":
        from .region import region_of_issuer

        return region_of_issuer(report.get("issuer"), qualify)
    return row.region


def _slim(rec: dict, region: str | None, f: dict) -> dict:
    """A report's slim record (checker.batch.store.slim_record: no evidence,
    suggestions or findings) with the batch's fields: what the overview,
    ranking and year-over-year views read. Ids, names and statuses repeat
    across thousands of reports: interned, held once."""
    out = dict(rec) if rec.get(_COMPACT) else _compact(rec)
    out.pop(_COMPACT, None)
    out.update(_extra(region, f))
    return out


_COMPACT = "\0compact"  # the key a compacted record (held by Prefetch) carries; never in a report


def _compact(rec: dict) -> dict:
    """A slim record with its element and coverage parts shared (interned)."""
    out = dict(rec)
    out["elements"] = [_part(e) for e in rec.get("elements", [])]
    out["coverage"] = [_part(c) for c in rec.get("coverage", [])]
    for key in ("rulebook", "rulebook_version", "outline_cited"):
        if isinstance(out.get(key), str):
            out[key] = _i(out[key])
    return out


_PARTS: dict[tuple, dict] = {}


def _part(item: dict) -> dict:
    """{"id", "name", "status"} of an element or coverage area; equal ones
    are one shared dict (read-only for the views)."""
    key = (item["id"], item["name"], item["status"])
    part = _PARTS.get(key)
    if part is None:
        part = _PARTS[key] = {"id": _i(key[0]), "name": _i(key[1]), "status": _i(key[2])}
    return part


def _i(text):
    return sys.intern(text) if isinstance(text, str) else text


def _extra(region: str | None, f: dict) -> dict:
    """Fields a batch adds to each lawcheck/1 object (additive)."""
    return {
        "region": _i(region),
        "on_time": _i(f.get("on_time")),
        "days_late": f.get("days_late"),
        "gap_report": f.get("gap_report"),
        "document_kind": _document(f.get("document")),
        # the place named in the text of a report whose issuer names none (issuers.unit_place), else null
        "unit_place": _i(f.get("unit_place")),
    }


def _document(doc) -> dict | None:
    """{"kind", "name"} of a text that is another kind of document (rows.document_kind), interned."""
    return {"kind": _i(doc.get("kind")), "name": _i(doc.get("name"))} if isinstance(doc, dict) else None


def _failed_entry(row: Row) -> dict:
    return {"file": row.path, "error": row.refused or row.error or "未检查（运行被中断）"}


def collect(store: Store, region_from: str, keep: bool = True, prefetch: Prefetch | None = None) -> Collected:
    """One pass over the slim records (never the full JSON). `keep`: hold
    every report's slim record (for the overview and year over year);
    without it only counts, per-region sums and the late reports are held.
    `prefetch`: records already parsed while the checks ran (taken when the
    stored text is still the one parsed)."""
    c = Collected()
    if region_from == "issuer":
        from .region import ambiguous_regions

        c.qualify = ambiguous_regions(store.issuers())
    for row in store.rows():
        if row.refused or row.status in (None, "failed"):
            c.failed.append(_failed_entry(row))
            continue
        if row.status == "skipped":
            c.skipped.append({"file": row.path, "reason": row.error})
            continue
        d = prefetch.slim(row) if prefetch is not None else row.slim_dict()
        f = row.facts_dict()
        for eid, short in f.get("short", {}).items():
            c.columns.setdefault(eid, short)
        region = region_for(row, d, region_from, c.qualify)
        slim = _slim(d, region, f)
        _tally(c, slim)
        if keep:
            c.slim.append(slim)
        if f.get("gap_report"):
            c.gap_reports += 1
            if keep:
                c.links[row.path] = f["gap_report"]
        c.checked += 1
        c.with_gaps += bool(f.get("gaps"))
    return c


def _tally(c: Collected, d: dict) -> None:
    """What the xlsx's 地区×要素 and 逾期公开 sheets need of one report."""
    g = c.regions.setdefault(
        d.get("region") or "（未分地区）", {"n": 0, "score": 0, "cov": 0, "cov_n": 0, "present": {}, "missing": {}}
    )
    g["n"] += 1
    g["score"] += d.get("score") or 0
    if d.get("coverage_score") is not None:
        g["cov"] += d["coverage_score"]
        g["cov_n"] += 1
    for e in d["elements"]:
        g["present"][e["id"]] = g["present"].get(e["id"], 0) + (e["status"] == "present")
        g["missing"][e["id"]] = g["missing"].get(e["id"], 0) + (e["status"] == "missing")
    if d.get("on_time") in ("否", "不明") and not d.get("document_kind"):  # as the overview: annual reports only
        late = d.get("on_time") == "否"
        c.late.append(
            (
                (not late, -(d.get("days_late") or 0), d["file"]),
                (
                    d["file"],
                    d.get("region"),
                    d.get("issuer"),
                    d.get("year"),
                    d.get("published"),
                    "逾期" if late else "未找到发布日期或年度",
                    d.get("days_late") if late else None,
                ),
            )
        )


# -------------------------------------------------------------------- CSV


def csv_header(columns: dict[str, str]) -> list[str]:
    return [
        "文件",
        "地区",
        "发布单位",
        "标题",
        "报告年度",
        "发布日期",
        "按时公开",
        "逾期天数",
        "得分",
        "纲要覆盖",
        *columns.values(),
        "错误",
        "警告",
        "差距报告",
        "无法检查的原因",
    ]


def csv_rows(store: Store, c: Collected, region_from: str):
    """The rows of summary.csv (and the xlsx's 报告 sheet), from the slim records."""
    blank = len(csv_header(c.columns)) - 3  # a failed row: file, region, blanks, then the reason in the last column
    for row in store.rows():
        if row.status == "skipped" and not row.refused:
            continue
        if row.refused or row.status in (None, "failed"):
            yield [row.path, row.region or "", *[""] * blank, _failed_entry(row)["error"]]
            continue
        d, f = row.slim_dict(), row.facts_dict()
        r = report_row(d, f, region_for(row, d, region_from, c.qualify), f.get("gap_report"))
        yield [
            r["file"],
            r["region"],
            r["issuer"],
            r["title"],
            r["year"],
            r["published"],
            r["on_time"],
            r["days_late"],
            r["score"],
            r["coverage"],
            *[STATUS_WORD.get(r["status"].get(eid), "—") for eid in c.columns],
            r["errors"],
            r["warnings"],
            r["gap_report"],
            f.get("gap_report_error", ""),
        ]


def write_csv(path: Path, header: list[str], rows) -> Path:
    """UTF-8 with BOM (Excel and WPS open it as Chinese), CRLF, formulas neutralised."""
    with atomic_open(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        w = csv.writer(text, lineterminator="\r\n")
        w.writerow([cell_text(h) for h in header])
        for row in rows:
            w.writerow([cell_text(v) for v in row])
        text.flush()
        text.detach()
    return path


# -------------------------------------------------------------------- JSON


def write_json(path: Path, store: Store, c: Collected, region_from: str, similar: list, yoy: list) -> Path:
    """lawcheck-batch/1, streamed: each report is read from the store, written
    and dropped; one report per line between the brackets. The stored JSON
    text is not parsed again: the batch's fields are appended to it."""
    with atomic_open(path) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        out.write(f'{{"schema": "{SCHEMA}",\n"reports": [')
        first = True
        for row in store.rows(with_report=True):
            if row.refused or row.status != "ok":
                continue
            f = row.facts_dict()
            out.write(("\n" if first else ",\n") + _report_line(row, f, region_from, c.qualify))
            first = False

        def dump(v):
            return json.dumps(v, ensure_ascii=False)

        out.write("\n],\n")
        out.write('"failed": ' + _lines(c.failed, dump) + ",\n")
        out.write('"skipped": ' + _lines(c.skipped, dump) + ",\n")
        out.write('"similar_pairs": ' + _lines(similar, dump) + ",\n")
        out.write('"year_over_year": ' + _lines(yoy, dump) + "\n}\n")
        out.flush()
        out.detach()
    return path


_EXTRA_KEYS = tuple(f'"{k}": ' for k in _extra(None, {}))


def _report_line(row: Row, f: dict, region_from: str, qualify: frozenset = frozenset()) -> str:
    """json.dumps(report + the batch's fields), made by appending the fields
    to the stored text (json.dumps of the report with the same separators)
    when it cannot hold them already; else parsed and dumped again."""
    text = row.report or "{}"
    if text.endswith("}") and len(text) > 2 and not any(k in text for k in _EXTRA_KEYS):
        region = region_for(row, row.slim_dict() if region_from == "issuer" else {}, region_from, qualify)
        return text[:-1] + ", " + json.dumps(_extra(region, f), ensure_ascii=False)[1:]
    d = row.report_dict()
    d.update(_extra(region_for(row, d, region_from, qualify), f))
    return json.dumps(d, ensure_ascii=False)


def _lines(items: list, dump) -> str:
    if not items:
        return "[]"
    return "[\n" + ",\n".join(dump(i) for i in items) + "\n]"


# -------------------------------------------------------------------- XLSX


def write_xlsx(path: Path, store: Store, c: Collected, region_from: str) -> Path:
    """A workbook (XlsxWriter, constant-memory mode: rows are streamed to disk):
    报告 (frozen header, filters, status cells coloured by conditional
    formatting), 地区×要素 (share of reports with each element, per region),
    逾期公开 (late and undated publications)."""
    import xlsxwriter

    with atomic_open(path) as raw:
        wb = xlsxwriter.Workbook(
            raw,
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        wb.set_properties(
            {
                "title": "法治政府建设年度报告合规检查汇总",
                "author": "lawcheck",
                "comments": "lawcheck-output",
                "keywords": "lawcheck-output",
                "created": FIXED_TIME,
            }
        )
        bold = wb.add_format({"bold": True, "bg_color": "#DDE4EE", "border": 1, "text_wrap": True})
        fmts = {
            "缺失": wb.add_format({"bg_color": "#F4C7C3", "font_color": "#8B1A10"}),
            "部分": wb.add_format({"bg_color": "#FCE8B2", "font_color": "#7A4F01"}),
            "具备": wb.add_format({"bg_color": "#D9EAD3", "font_color": "#274E13"}),
        }
        pct = wb.add_format({"num_format": "0%"})
        _reports_sheet(wb, store, c, region_from, bold, fmts)
        _region_sheet(wb, c, bold, pct)
        _late_sheet(wb, c, bold)
        wb.close()
    return path


def _put(ws, r: int, col: int, value) -> None:
    if value is None or value == "":
        return
    if isinstance(value, bool):
        ws.write_string(r, col, "是" if value else "否")
    elif isinstance(value, (int, float)):
        ws.write_number(r, col, value)
    else:
        ws.write_string(r, col, str(value))  # a string is never a formula here


_MAX_WIDTH = 30  # characters (a CJK character counts two); longer cells wrap off the column as in any sheet


def _width(value) -> int:
    """Display width of a cell in Excel's character units: CJK and full-width characters (three bytes in
    UTF-8) count two, ASCII one — computed from the UTF-8 length, no per-character loop over big batches."""
    text = ("是" if value else "否") if isinstance(value, bool) else str(value)
    return (len(text.encode("utf-8")) + len(text)) // 2


def _write_row(ws, r: int, values, widths: list[int]) -> None:
    """One row of cells (`_put`), widening `widths` to what each column holds."""
    for col, v in enumerate(values):
        _put(ws, r, col, v)
        if v is not None and col < len(widths):
            widths[col] = max(widths[col], _width(v) + 1)


def _fit_columns(ws, widths: list[int], fixed: dict[int, int]) -> None:
    """Each column as wide as its widest cell (the header with room for the filter button), at most
    _MAX_WIDTH; `fixed` columns (file paths, titles) keep their set width."""
    for col, w in enumerate(widths):
        ws.set_column(col, col, fixed.get(col, min(w, _MAX_WIDTH)))


def _reports_sheet(wb, store: Store, c: Collected, region_from: str, bold, fmts) -> None:
    ws = wb.add_worksheet("报告")
    header = csv_header(c.columns)
    widths = [_width(h) + 3 for h in header]
    for col, h in enumerate(header):
        ws.write_string(0, col, h, bold)
    n = 0
    for n, values in enumerate(csv_rows(store, c, region_from), 1):
        _write_row(ws, n, values, widths)
    ws.freeze_panes(1, 1)
    ws.autofilter(0, 0, max(n, 1), len(header) - 1)
    _fit_columns(ws, widths, {0: 40, 3: 36, len(header) - 2: 30, len(header) - 1: 30})
    first, last = 10, 10 + len(c.columns) - 1
    if c.columns and n:
        for word, fmt in fmts.items():
            ws.conditional_format(
                1, first, n, last, {"type": "cell", "criteria": "==", "value": f'"{word}"', "format": fmt}
            )


def _region_sheet(wb, c: Collected, bold, pct) -> None:
    ws = wb.add_worksheet("地区×要素")
    ids = list(c.columns)
    header = [
        "地区",
        "报告数",
        "平均得分",
        *[f"{c.columns[i]}具备率" for i in ids],
        *[f"{c.columns[i]}缺失数" for i in ids],
        "平均纲要覆盖",
    ]
    for col, h in enumerate(header):
        ws.write_string(0, col, h, bold)
    regions = c.regions
    r = 0
    for r, (name, g) in enumerate(sorted(regions.items()), 1):
        ws.write_string(r, 0, name)
        ws.write_number(r, 1, g["n"])
        ws.write_number(r, 2, round(g["score"] / g["n"], 1))
        for k, eid in enumerate(ids):
            ws.write_number(r, 3 + k, g["present"].get(eid, 0) / g["n"], pct)
            ws.write_number(r, 3 + len(ids) + k, g["missing"].get(eid, 0))
        if g["cov_n"]:
            ws.write_number(r, 3 + 2 * len(ids), round(g["cov"] / g["cov_n"], 1))
    ws.freeze_panes(1, 1)
    ws.set_column(0, 0, 20)
    ws.set_column(1, len(header) - 1, 11)
    if r and ids:
        ws.conditional_format(
            1,
            3,
            r,
            2 + len(ids),
            {
                "type": "3_color_scale",
                "min_color": "#F4C7C3",
                "mid_color": "#FCE8B2",
                "max_color": "#D9EAD3",
                "min_type": "num",
                "min_value": 0,
                "mid_type": "num",
                "mid_value": 0.5,
                "max_type": "num",
                "max_value": 1,
            },
        )
        ws.autofilter(0, 0, r, len(header) - 1)


def _late_sheet(wb, c: Collected, bold) -> None:
    ws = wb.add_worksheet("逾期公开")
    header = ["文件", "地区", "发布单位", "报告年度", "发布日期", "按时公开", "逾期天数"]
    for col, h in enumerate(header):
        ws.write_string(0, col, h, bold)
    late = [row for _key, row in sorted(c.late, key=lambda x: x[0])]
    widths = [_width(h) + 3 for h in header]
    for r, values in enumerate(late, 1):
        _write_row(ws, r, values, widths)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(late), 1), len(header) - 1)
    _fit_columns(ws, widths, {0: 40})


# -------------------------------------------------------------------- views


def fingerprints(store: Store, prefetch: Prefetch | None = None):
    """(file, fingerprint) of every checked report, streamed from the store
    (or taken from `prefetch` when the stored text is the one it parsed)."""
    for row in store.rows(slim=False, fingerprint=True):
        if not row.refused and row.status == "ok" and row.fingerprint:
            yield row.path, prefetch.fingerprint(row) if prefetch is not None else json.loads(row.fingerprint)


class Prefetch:
    """What the overview process reads from the store while the checks run
    (`read`, every PREFETCH_EVERY_S, only the rows stored since the last
    read): each report's slim record (compacted) and fingerprint (an array of
    8-byte hashes), parsed once. After the checks, the pass over the store
    in input order (collect, fingerprints) takes a prefetched record when
    the stored text is still the one parsed (same length and hash: a result
    replaced since, as --resume does, is parsed again), so the end of a
    batch only reads the texts instead of parsing them. Records are given
    away as they are taken (memory: the compact records, ~1–2 KB a report)."""

    def __init__(self):
        self.last = 0  # the highest rowid read
        self.slims: dict[str, tuple[int, dict]] = {}
        self.fps: dict[str, tuple[int, dict]] = {}

    @staticmethod
    def _key(text: str) -> int:
        return hash((len(text), text))

    def read(self, store: Store) -> None:
        from array import array

        rows = store.db.execute(
            "SELECT rowid, path, status, slim, fingerprint FROM results WHERE rowid > ? ORDER BY rowid", (self.last,)
        ).fetchall()
        for rowid, path, status, slim, fp in rows:
            self.last = max(self.last, rowid)
            if status != "ok":
                continue
            if slim:
                self.slims[path] = (self._key(slim), _compact(json.loads(slim)))
            if fp:
                d = json.loads(fp)
                if isinstance(d, dict) and isinstance(d.get("h"), list):
                    d["h"] = array("Q", d["h"])
                self.fps[path] = (self._key(fp), d)

    def slim(self, row: Row) -> dict:
        got = self.slims.pop(row.path, None)
        if got is not None and row.slim and got[0] == self._key(row.slim):
            return got[1] | {_COMPACT: True}
        return row.slim_dict()

    def fingerprint(self, row: Row) -> dict:
        got = self.fps.pop(row.path, None)
        if got is not None and got[0] == self._key(row.fingerprint):
            return got[1]
        return json.loads(row.fingerprint)


PREFETCH_EVERY_S = 0.5


def similar_and_trends(store: Store, c: Collected, prefetch: Prefetch | None = None) -> tuple[list, list, list[str]]:
    """Similar pairs and year over year (checker.batch.similar / .trends); a
    module missing from this build is said, not fatal."""
    notes: list[str] = []
    try:
        from .similar import similar_pairs

        pairs = similar_pairs(fingerprints(store, prefetch))
    except ImportError:
        pairs = []
        notes.append("相似报告检测模块（checker.batch.similar）不在本版本中，未检测相似报告")
    try:
        from .trends import year_over_year

        yoy = year_over_year(c.slim)
    except ImportError:
        yoy = []
        notes.append("逐年对比模块（checker.batch.trends）不在本版本中，未做逐年对比")
    return pairs, yoy, notes


def overview_summary(c: Collected, pairs: list, yoy: list) -> dict:
    """The lawcheck-batch/1 summary the overview is drawn from (reports without
    their texts); `lawcheck serve` renders its batch page from the same dict."""
    return {
        "schema": SCHEMA,
        "reports": c.slim,
        "failed": c.failed,
        "skipped": c.skipped,
        "similar_pairs": pairs,
        "year_over_year": yoy,
    }


def write_overview_files(out_dir: Path, c: Collected, pairs: list, yoy: list) -> tuple[list[Path], str | None]:
    try:
        from .overview import write_overview
    except ImportError:
        return [], "总览模块（checker.batch.overview）不在本版本中，未生成 overview.html/overview.pdf"
    return list(write_overview(overview_summary(c, pairs, yoy), out_dir, dict(c.links))), None


class OverviewProcess:
    """The overview written by a process of its own. Started (forked) when the
    batch starts, it loads WeasyPrint and the fonts while the pool checks.
    When the store is complete (`submit`), it reads the slim records from the
    store itself (its own read-only connection), finds the similar pairs and
    year over year and sends them back (`views`: summary.json lists them),
    then writes overview.pdf while a child of its own writes overview.html.
    Meanwhile the main process streams summary.csv/.xlsx/.json holding only
    counts and per-region sums: it never holds every report.

    Typesetting the PDF is the longest step of a batch's end; apart, it runs
    on another core. The processes die with their parent
    (checker.batch.run._die_with_parent) and remove their temporary files on
    SIGTERM. If the process dies or breaks for another reason than a bad
    output folder or font, the main process writes what is missing itself."""

    def __init__(self):
        import multiprocessing as mp

        ctx = mp.get_context("fork")
        self.conn, child = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_overview_child, args=(child, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.job: tuple | None = None
        self.broken = False

    def watch(self, out_dir: Path) -> None:
        """The store exists: read what is stored while the checks run (Prefetch)."""
        try:
            self.conn.send(("watch", str(out_dir)))
        except (OSError, ValueError):
            self.broken = True

    def submit(self, out_dir: Path, region_from: str) -> None:
        self.job = (Path(out_dir), region_from)
        try:
            self.conn.send(self.job)
        except (OSError, ValueError):
            self.broken = True

    def _answer(self):
        from multiprocessing.connection import wait

        from ..errors import LawcheckError

        if self.broken:
            return None
        try:
            wait([self.conn, self.proc.sentinel])
            answer = self.conn.recv() if self.conn.poll() else None
        except (EOFError, OSError):
            answer = None
        if answer is not None and answer[0] == "error":
            self.stop()
            raise LawcheckError(answer[1], answer[2])
        if answer is None or answer[0] == "bug":
            self.broken = True
            return None
        return answer

    def views(self) -> tuple[list, list, list[str]] | None:
        """(similar pairs, year over year, notes), or None: the process failed."""
        answer = self._answer()
        return None if answer is None else answer[1:]

    def finish(self) -> list[Path] | None:
        """[overview.html, overview.pdf], or None: the process failed."""
        answer = self._answer()
        self.stop()
        return None if answer is None else [Path(p) for p in answer[1]]

    def stop(self) -> None:
        if self.proc.is_alive():
            try:
                self.conn.send(None)  # not submitted (an error before the end): nothing to do
            except (OSError, ValueError):
                pass
            self.proc.join(3)
            if self.proc.is_alive():
                self.proc.terminate()
                self.proc.join(3)
            if self.proc.is_alive():
                self.proc.kill()
        self.proc.join()
        self.conn.close()


def _overview_child(conn, parent: int) -> None:
    import signal

    from ..errors import LawcheckError
    from .run import _die_with_parent

    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    signal.signal(signal.SIGTERM, lambda s, f: sys.exit(128 + s))  # temp files removed on the way out
    try:
        from .overview import warm_up

        warm_up()
    except Exception:  # noqa: BLE001 - the real typesetting says what is wrong
        pass
    prefetch, watched = None, None
    try:
        while True:
            if watched is not None and not conn.poll(PREFETCH_EVERY_S):
                try:
                    prefetch.read(watched)
                except Exception:  # noqa: BLE001 - not read ahead: the pass after the checks reads it all
                    watched.close()
                    prefetch, watched = None, None
                continue
            job = conn.recv()
            if job is None:
                return
            if job[0] != "watch":
                break
            try:
                watched, prefetch = Store.reader(Path(job[1])), Prefetch()
            except Exception:  # noqa: BLE001 - as above
                pass
    except (EOFError, OSError):
        return
    out_dir, region_from = job
    try:
        from .overview import write_overview_html, write_overview_pdf

        if watched is not None:
            watched.close()
        store = Store.reader(out_dir)
        try:
            c = collect(store, region_from, prefetch=prefetch)
            pairs, yoy, notes = similar_and_trends(store, c, prefetch)
            prefetch = None
        finally:
            store.close()
    except Exception as exc:  # noqa: BLE001 - the store could not be read here: the parent does it all
        conn.send(("bug", f"{type(exc).__name__}: {exc}"))
        conn.close()
        return
    html_pid, answer = None, None
    try:
        conn.send(("views", pairs, yoy, notes))
        summary, links = overview_summary(c, pairs, yoy), dict(c.links)
        html_pid = _fork_html(summary, out_dir, links)
        pdf = write_overview_pdf(summary, out_dir, links)
        html = out_dir / "overview.html"
        status, html_pid = (os.waitpid(html_pid, 0)[1] if html_pid else 1), None
        if status != 0:  # no child, or it failed: written here
            html = write_overview_html(summary, out_dir, links)
        answer = ("done", [str(html), str(pdf)])
    except LawcheckError as exc:
        answer = ("error", exc.path, exc.message)
    except Exception as exc:  # noqa: BLE001 - said to the parent, which writes the overview itself
        answer = ("bug", f"{type(exc).__name__}: {exc}")
    finally:
        if html_pid:  # the PDF failed: overview.html is finished first
            os.waitpid(html_pid, 0)
        try:
            if answer is not None:
                conn.send(answer)
        except (OSError, ValueError):
            pass
        conn.close()


def _fork_html(summary: dict, out_dir: Path, links: dict) -> int | None:
    """overview.html written by a forked child (it shares the records): the
    pid, or None where fork is not possible."""
    from .overview import write_overview_html
    from .run import _die_with_parent

    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        return None
    if pid:
        return pid
    code = 1
    try:
        _die_with_parent(parent)
        write_overview_html(summary, out_dir, links)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent writes it again and says what is wrong
        code = 1
    finally:
        os._exit(code)


def start_overview_process() -> OverviewProcess | None:
    """An OverviewProcess where processes can be forked (not inside a daemonic
    pool worker, as in the web service), else None: then write_all writes
    the overview itself."""
    return OverviewProcess() if _can_fork() else None


def _can_fork() -> bool:
    import multiprocessing as mp

    return "fork" in mp.get_all_start_methods() and not mp.current_process().daemon


def write_all(
    out_dir: Path, store: Store, region_from: str, typesetter: OverviewProcess | None = None
) -> tuple[list[Path], Collected, list[str]]:
    """Every output from the store; (paths written, what was collected, notes).
    With a `typesetter` (start_overview_process), the overview is written by
    it while this process streams the summary files, holding no report."""
    try:
        from .overview import write_overview_html  # noqa: F401 - a build without the overview
    except ImportError:
        typesetter = None
    if typesetter is not None:
        typesetter.submit(out_dir, region_from)
        c = collect(store, region_from, keep=False)
        written = [
            write_csv(out_dir / "summary.csv", csv_header(c.columns), csv_rows(store, c, region_from)),
            write_xlsx(out_dir / "summary.xlsx", store, c, region_from),
        ]
        views = typesetter.views()
        if views is not None:
            pairs, yoy, notes = views
            written.append(write_json(out_dir / "summary.json", store, c, region_from, pairs, yoy))
            c.similar_pairs, c.year_over_year = pairs, yoy
            done = typesetter.finish()
            if done is not None:
                return written + done, c, notes
        typesetter.stop()  # it failed: everything here, as without it
    c = collect(store, region_from)
    pairs, yoy, notes = similar_and_trends(store, c)
    c.similar_pairs, c.year_over_year = pairs, yoy
    written = [
        write_csv(out_dir / "summary.csv", csv_header(c.columns), csv_rows(store, c, region_from)),
        write_xlsx(out_dir / "summary.xlsx", store, c, region_from),
        write_json(out_dir / "summary.json", store, c, region_from, pairs, yoy),
    ]
    views, note = write_overview_files(out_dir, c, pairs, yoy)
    written += views
    if note:
        notes.append(note)
    return written, c, notes


def clean_stale_temp(out_dir: Path) -> int:
    """Temporary files a killed run left (checker.render.files names them
    .<name>.<random>.tmp) in the output folder and reports/: removed."""
    from ..render.files import TEMP_SUFFIX

    removed = 0
    for root, dirs, names in os.walk(out_dir):
        for name in names:
            if name.startswith(".") and name.endswith(TEMP_SUFFIX):
                try:
                    os.unlink(os.path.join(root, name))
                    removed += 1
                except OSError:
                    pass
    return removed


def write_text(path: Path, text: str) -> Path:
    return atomic_write_text(path, text)
