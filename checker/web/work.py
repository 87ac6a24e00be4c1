"""What the worker processes do: check one stored upload, render a PDF.

Everything here is a plain function of picklable arguments, run in the
process pool (checker/web/pool.py), so a slow PDF or a large file never
holds up the server or another user's check.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import shutil
import signal
from dataclasses import dataclass, field
from pathlib import Path

from ..batch.own import own_output
from ..errors import LawcheckError
from ..model import Report
from ..pipeline import check_source_full
from ..read import read_bytes
from .limits import SUFFIX, Refused, sniff

WORKER_MEMORY = 4 * 1024**3  # address-space cap of a worker (bytes)
MAX_TEXT_LINES = 20000  # lines shown beside the result (a report has a few hundred)
ANNOTATE_MODULE = "checker.render.annotate"


@dataclass
class Outcome:
    report: Report | None = None
    # the report's text as the pipeline sees it: (line number, text, is site chrome)
    lines: list[tuple[int, str, bool]] = field(default_factory=list)
    lines_cut: int = 0  # lines not shown (past MAX_TEXT_LINES)
    format: str = ""
    error: str | None = None
    status: int = 200  # HTTP status for the error
    annotated: str | None = None  # path of the annotated .docx, when made
    facts: dict | None = None  # for a batch: what checker.batch stores beside the report (run.report_facts)
    # a file lawcheck wrote (checker.batch.own): why it is not checked, in the words of `lawcheck batch`
    skipped: str | None = None


def init() -> None:
    """Worker start: Ctrl-C and SIGTERM are the server's business; a memory
    cap, so that one monstrous file ends as MemoryError in its own job
    ("内存不足") instead of taking the machine down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft == resource.RLIM_INFINITY:
            cap = WORKER_MEMORY if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY, hard)
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass


def warm() -> int:
    """Load the rulebooks once, so the first user's check is not the slow one."""
    from ..rulebook import national

    return len(national())


def annotate_available() -> bool:
    try:
        return importlib.util.find_spec(ANNOTATE_MODULE) is not None
    except (ImportError, ValueError):
        return False


def check_upload(
    path: str,
    display: str,
    rulebook: str | None = None,
    out_dir: str | None = None,
    want_lines: bool = True,
    batch_facts: bool = False,
) -> Outcome:
    """Check the upload stored at `path` (a server-made name); the report's
    `file` is the client's display name. The reader is chosen by the sniffed
    type, never by the client's name. batch_facts: also what the region
    overview needs of it (checker.batch.run.report_facts)."""
    out = Outcome()
    try:
        fmt = sniff(Path(path))
        if fmt == "zip":
            raise Refused(415, "这是压缩包，不是报告文本；多份报告请用“批量检查”上传")
        data = Path(path).read_bytes()
        own = own_output(data)
        if own:  # a gap report / summary / overview lawcheck wrote is no report (as `lawcheck batch` skips it)
            out.skipped = f"lawcheck 生成的文件（{own}），不是报告，已跳过"
            raise Refused(415, f"这是 lawcheck 生成的文件（{own}：差距报告、汇总表或总览），不是报告；请上传报告原文")
        src = read_bytes("upload" + SUFFIX[fmt], data)
        del data
        src = dataclasses.replace(src, path=display)
        out.format = fmt
        doc, book, out.report = check_source_full(src, rulebook)
        if batch_facts:
            from ..batch.run import report_facts

            out.facts = report_facts(doc, book, out.report)
        if want_lines:
            chrome = {(line.no, line.text) for line in doc.chrome}
            norm_lines = [*doc.lines, *doc.chrome]
            norm_lines.sort(key=lambda line: line.no)
            out.lines_cut = max(0, len(norm_lines) - MAX_TEXT_LINES)
            out.lines = [(line.no, line.text, (line.no, line.text) in chrome) for line in norm_lines[:MAX_TEXT_LINES]]
    except Refused as exc:
        out.error, out.status = exc.message, exc.status
        return out
    except LawcheckError as exc:
        out.error, out.status = exc.message, 400
        return out
    except MemoryError:
        out.error, out.status = "内存不足，文件过大，请拆分后再检查", 413
        return out
    except Exception as exc:  # a bug: one line for the user, not a traceback
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        out.error, out.status = f"内部错误（{type(exc).__name__}: {exc}）；请将此文件提交给维护者", 500
        return out
    if out_dir and annotate_available():
        out.annotated = _annotate(out.report, path, out.format, Path(out_dir))
    return out


def _annotate(report: Report, upload: str, fmt: str, out_dir: Path) -> str | None:
    """The annotated .docx (checker.render.annotate, when installed); a
    failure there only costs that download. The annotator gets a copy of the
    upload named by its sniffed type (source.docx, source.pdf …), a name the
    server makes up, removed afterwards."""
    source = out_dir / ("source" + SUFFIX[fmt])
    try:
        from importlib import import_module

        write_annotated = import_module(ANNOTATE_MODULE).write_annotated
        shutil.copyfile(upload, source)
        written = Path(write_annotated(report, str(source), out_dir / "annotated.docx"))
        return str(written) if written.is_file() else None
    except Exception:
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        return None
    finally:
        source.unlink(missing_ok=True)


def _pdf_error(write, *args) -> str | None:
    """Run a PDF writer; its failure as one Chinese message, or None."""
    try:
        write(*args)
    except LawcheckError as exc:
        return exc.message
    except Exception as exc:
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        return f"生成 PDF 失败（{type(exc).__name__}: {exc}）"
    return None


def render_pdf(report: Report, out_path: str) -> str | None:
    """The PDF gap report; returns an error message or None."""
    from ..render.pdf import write_pdf

    return _pdf_error(write_pdf, report, Path(out_path))


def render_summary_pdf(items: list, out_path: str) -> str | None:
    """The batch summary table as PDF; returns an error message or None."""
    from ..render.summary import write_summary

    return _pdf_error(write_summary, out_path, items)


def batch_outputs(out_dir: str, items: list[dict]) -> dict:
    """A finished web batch's region overview, made by the code of `lawcheck
    batch` (checker.batch): its store filled with the results the server
    already has, then checker.batch.outputs.write_all writes summary.csv,
    summary.xlsx, summary.json, overview.html and overview.pdf into out_dir.
    items, in upload order: {"file", "region", "report" (lawcheck/1 dict),
    "facts"} or {"file", "region", "error"}. Returns {"summary": the
    lawcheck-batch/1 summary the overview was drawn from, "notes": [...]}
    or {"error": message}."""
    import json

    from ..batch.outputs import overview_summary, write_all
    from ..batch.region import ambiguous_regions, region_of_issuer
    from ..batch.store import Result as Stored
    from ..batch.store import Store as BatchStore
    from ..batch.walk import Entry

    try:
        store = BatchStore(Path(out_dir), fresh=True)
        try:
            entries = []
            # two cities' same-named districts among the files uploaded on their own: shown with their city
            qualify = ambiguous_regions(
                it["report"].get("issuer") for it in items if it.get("region") is None and it.get("report")
            )
            for n, it in enumerate(items):
                report = it.get("report")
                region = it.get("region")
                if region is None and report:  # a file uploaded on its own: the region its issuer names
                    region = region_of_issuer(report.get("issuer"), qualify)
                entries.append(Entry(it["file"], f"{n:04d}", region, None, 0, 0))
            store.set_inputs(entries)
            for it in items:
                if it.get("report") is not None:
                    store.put(
                        Stored(
                            it["file"],
                            "ok",
                            "web",
                            rulebook=it["report"].get("rulebook"),
                            rulebook_version=it["report"].get("rulebook_version"),
                            report=json.dumps(it["report"], ensure_ascii=False),
                            facts=json.dumps(it.get("facts") or {}, ensure_ascii=False),
                        )
                    )
                elif it.get("skipped"):  # a file lawcheck wrote: listed as skipped, as `lawcheck batch` lists it
                    store.put(Stored(it["file"], "skipped", "web", error=it["skipped"]))
                else:
                    store.put(Stored(it["file"], "failed", "web", error=it.get("error") or "无法检查"))
            _written, c, notes = write_all(Path(out_dir), store, "dir")
            summary = overview_summary(c, c.similar_pairs, c.year_over_year)
        finally:
            store.close()
    except LawcheckError as exc:
        return {"error": exc.message}
    except MemoryError:
        return {"error": "内存不足，无法生成区域总览"}
    except Exception as exc:
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        return {"error": f"生成区域总览失败（{type(exc).__name__}: {exc}）"}
    return {"summary": summary, "notes": notes}
