"""Region audit: `lawcheck batch PATH... --out DIR` (no click in here; the
command line only wires).

A batch walks the PATHs (checker.batch.walk), checks every file in isolated
worker processes (checker.batch.run), commits each result to a SQLite store
in DIR as it arrives (checker.batch.store) and rebuilds every output from
that store (checker.batch.outputs): summary.csv/.xlsx/.json, the gap reports
under reports/ (written by the workers), overview.html/.pdf, similar reports
and year over year (checker.batch.overview/similar/trends/issuers).

Processes: the workers do everything done per report (check, gap report,
the slim record and fingerprint the outputs read); the main process
dispatches, stores, then streams summary.csv/.xlsx/.json holding no report;
an overview process, forked at the start (it loads WeasyPrint meanwhile),
reads the finished store itself and writes overview.pdf while a child of it
writes overview.html (checker.batch.outputs.OverviewProcess).

`--resume` reuses every stored result whose file (size and modification
time, or else content hash), rulebooks, lawcheck version and options are
unchanged; a run killed at any moment loses only the reports in flight.

Exit policy (`exit_code`): 2 when any file could not be checked, else 1 when
any report has gaps (a required element missing or an error-level finding),
else 0.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2
REGION_FROM = ("dir", "issuer")
REPORTS_DIR = "reports"
MAX_LISTED_FAILURES = 200
RETRY = "retry"  # the run key of a result --resume does not reuse


@dataclass
class Options:
    paths: list[str]
    out_dir: Path
    jobs: int = 0  # 0: every core
    resume: bool = False
    pdf: bool = True
    rulebook: str | None = None
    region_from: str = "dir"
    settings: dict = field(default_factory=dict)  # select / ignore / params (checker/config.py)


@dataclass
class Outcome:
    total: int = 0
    checked: int = 0
    with_gaps: int = 0
    failed: list[dict] = field(default_factory=list)
    skipped: int = 0
    checked_now: int = 0
    reused: int = 0
    removed_temp: int = 0
    written: list[Path] = field(default_factory=list)
    pdfs: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.failed:
            return EXIT_ERROR
        return EXIT_GAPS if self.with_gaps else EXIT_OK


def lawcheck_version() -> str:
    try:
        from importlib.metadata import version

        return version("lawcheck")
    except Exception:  # not installed (running from a source tree)
        return "0+source"


def run_key(rulebook: str | None, pdf: bool, settings: dict | None = None) -> str:
    """What a stored result depends on besides its file: the rulebooks (every
    YAML that could be chosen, by content), the configuration file, the
    lawcheck version and whether a gap report was written."""
    from ..config import CONFIG_NAMES
    from ..rulebook import rulebook_dir

    h = hashlib.sha256()
    h.update(f"lawcheck {lawcheck_version()}\0rulebook {rulebook}\0pdf {pdf}\0".encode())
    h.update(json.dumps(settings or {}, sort_keys=True, ensure_ascii=False, default=list).encode() + b"\0")
    roots = [Path(rulebook_dir())]
    if rulebook and (Path(rulebook).suffix in (".yaml", ".yml") or Path(rulebook).exists()):
        roots.append(Path(rulebook).resolve().parent)
    files = sorted({p.resolve() for root in roots if root.is_dir() for p in root.rglob("*.y*ml")})
    files += [Path(n) for n in CONFIG_NAMES if Path(n).is_file()]
    for p in files:
        try:
            h.update(str(p).encode("utf-8", "surrogatepass") + b"\0" + p.read_bytes() + b"\0")
        except OSError:
            h.update(f"{p}\0unreadable\0".encode())
    return h.hexdigest()[:32]


def run_batch(opts: Options, progress: TextIO | None = None, tty: bool | None = None) -> Outcome:
    """Check, store, write the outputs. A broken rulebook or an unwritable
    output folder raises LawcheckError before any file is read; Ctrl-C and
    SIGTERM propagate after the workers are stopped (the store keeps every
    finished report: run again with --resume)."""
    from ..render.files import prepare_writable_folder
    from ..rulebook import load as load_rulebook
    from .outputs import clean_stale_temp, start_overview_process, write_all
    from .progress import Progress
    from .run import Task, run_tasks
    from .store import Result, Store
    from .walk import walk

    if opts.rulebook:
        load_rulebook(opts.rulebook)
        try:  # the views look rulebooks up by id: make one given by path known to them
            from .rulesinfo import remember
        except ImportError:
            pass
        else:
            remember(opts.rulebook)
    out_dir = Path(opts.out_dir)
    prepare_writable_folder(out_dir)  # a read-only folder: one message, before the result store is opened
    result = Outcome(removed_temp=clean_stale_temp(out_dir))
    # warm the parent once: forked workers inherit the imported pipeline and parsed rulebooks
    from .. import pipeline  # noqa: F401
    from ..rulebook import national

    national()

    entries = walk(opts.paths, skip=[str(out_dir)])
    result.total = len(entries)
    key = run_key(opts.rulebook, opts.pdf, opts.settings)
    version = lawcheck_version()
    typesetter = start_overview_process()  # forked before the store opens; loads WeasyPrint while the pool checks
    try:
        store = Store(out_dir, fresh=not opts.resume)
    except BaseException:
        if typesetter is not None:
            typesetter.stop()
        raise
    if typesetter is not None:
        typesetter.watch(out_dir)  # it reads the results as they are stored
    try:
        store.set_inputs(entries)
        todo = []  # indexes only: the tasks themselves are made as the workers ask for them
        for n, e in enumerate(entries):
            if e.refused:
                continue
            if opts.resume and store.cached(e.path, e.size, e.mtime_ns, key):
                result.reused += 1
                continue
            todo.append(n)

        # a gap report never replaces an input: with `--out .` and the reports in ./reports/, reports/甲.pdf is both
        inputs = {os.path.abspath(e.source or e.path) for e in entries if not e.refused} if opts.pdf else set()

        def gap_rel(mirror: str) -> str:
            rel = f"{REPORTS_DIR}/{mirror}.pdf"
            n = 1
            while os.path.abspath(out_dir / rel) in inputs:
                rel = f"{REPORTS_DIR}/{mirror}_差距报告{'' if n == 1 else n}.pdf"
                n += 1
            return rel

        def tasks():
            for n in todo:
                e = entries[n]
                known = None
                if opts.resume:
                    row = store.db.execute("SELECT sha256, run_key FROM results WHERE path=?", (e.path,)).fetchone()
                    known = row[0] if row and row[1] == key else None
                pdf_rel = gap_rel(e.mirror) if opts.pdf else None
                yield Task(
                    n,
                    e.path,
                    opts.rulebook,
                    key,
                    str(out_dir / pdf_rel) if pdf_rel else None,
                    pdf_rel,
                    known,
                    e.size,
                    e.mtime_ns,
                    opts.settings,
                    e.source,
                )

        bar = Progress(len(todo), progress, tty) if todo else None
        workers = max(1, min(opts.jobs or os.cpu_count() or 1, len(todo) or 1))
        for out in run_tasks(tasks(), workers):
            t = out.task
            size, mtime = t.size, t.mtime_ns
            if out.status == "same":
                store.touch(t.path, size, mtime)
                result.reused += 1
            else:
                # a worker that died or ran over may do better with more time or memory: not cached
                store.put(
                    Result(
                        t.path,
                        out.status,
                        RETRY if out.retry else key,
                        size,
                        mtime,
                        out.sha256,
                        out.rulebook,
                        out.rulebook_version,
                        version,
                        out.report,
                        out.facts,
                        out.error,
                        out.slim,
                        out.fingerprint,
                    )
                )
                result.checked_now += 1
            if bar:
                bar.step(failed=out.status == "failed")
        if bar:
            bar.close()
        written, c, notes = write_all(out_dir, store, opts.region_from, typesetter)
    finally:
        if typesetter is not None:
            typesetter.stop()
        store.close()
    result.written = written
    result.notes = notes
    result.checked, result.with_gaps = c.checked, c.with_gaps
    result.failed = c.failed
    result.skipped = len(c.skipped)
    result.pdfs = c.gap_reports
    return result


def final_lines(r: Outcome, out_dir: Path) -> list[str]:
    """The end of a batch on stderr: totals, the unreadable files by name
    with their reasons, where the outputs are."""
    lines = [
        f"共 {r.total} 个文件：已检查 {r.checked} 份（其中 {r.with_gaps} 份缺少必需要素或有错误级问题）"
        + (f"，无法检查 {len(r.failed)} 个" if r.failed else "")
        + (f"，跳过 lawcheck 生成的文件 {r.skipped} 个" if r.skipped else "")
        + f"；本次检查 {r.checked_now} 个，沿用已存结果 {r.reused} 个。"
    ]
    if r.removed_temp:
        lines.append(f"已清理上次中断留下的临时文件 {r.removed_temp} 个。")
    if r.failed:
        lines.append("无法检查的文件：")
        for f in r.failed[:MAX_LISTED_FAILURES]:
            lines.append(f"  {f['file']}: {f['error']}")
        if len(r.failed) > MAX_LISTED_FAILURES:
            lines.append(f"  ……另有 {len(r.failed) - MAX_LISTED_FAILURES} 个，见 summary.csv 的“无法检查的原因”列")
    lines.extend(r.notes)
    names = "、".join(p.name for p in r.written)
    lines.append(
        f"输出在 {out_dir}/：{names}" + (f"；差距报告 {r.pdfs} 份在 {out_dir}/{REPORTS_DIR}/" if r.pdfs else "")
    )
    return lines
