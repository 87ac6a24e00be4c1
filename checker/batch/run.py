"""The batch's worker pool: isolated, limited, restartable.

Each worker is a process of its own, handed one file at a time through a
pipe, so the main process always knows which file each worker holds:
* a memory cap (RLIMIT_AS) in every worker: a file that inflates beyond it
  fails with MemoryError, or kills only its worker;
* a time limit per file: a worker over it is killed;
* a worker that dies or runs over costs only its file (a failed row with
  the reason); a new worker takes its place and the batch goes on;
* workers never outlive the main process, however it ends: on Linux the
  kernel kills them when it dies (prctl PR_SET_PDEATHSIG), elsewhere a
  watchdog thread in the worker checks its parent once a second.

`check_one(task)` is what a worker does with a file; it is a pure function of
the task apart from reading the file and writing its gap report, and can run
in-process too (`jobs=1` still uses one worker for the isolation).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import wait

from ..errors import LawcheckError

MEMORY_ENV = "LAWCHECK_WORKER_MEMORY_MB"
TIMEOUT_ENV = "LAWCHECK_FILE_TIMEOUT"
DEFAULT_MEMORY_MB = 3072
DEFAULT_TIMEOUT_S = 120.0
PR_SET_PDEATHSIG = 1


@dataclass(frozen=True, slots=True)
class Task:
    seq: int
    path: str
    rulebook: str | None
    run_key: str
    pdf_path: str | None  # absolute path of the gap report to write, or None
    pdf_rel: str | None  # the same, relative to the output folder (stored)
    known_sha: str | None = None  # the stored hash: unchanged content needs no new check
    size: int = 0
    mtime_ns: int = 0
    settings: dict | None = None  # select / ignore / params for the pipeline
    source: str | None = None  # the path to open when `path` is its decoded name (checker.pathtext)


@dataclass
class Outcome:
    task: Task
    status: str  # ok | failed | skipped | same
    sha256: str | None = None
    report: str | None = None  # lawcheck/1 JSON
    facts: str | None = None
    error: str | None = None
    rulebook: str | None = None
    rulebook_version: str | None = None
    slim: str | None = None  # JSON of store.slim_record(report): made here, not in the main process
    fingerprint: str | None = None  # JSON of the similar-report fingerprint
    retry: bool = False  # the worker died or ran over: --resume tries the file again


def limits() -> tuple[int, float]:
    """(memory cap in MB, time limit per file in seconds), from the environment."""

    def num(name, default, cast):
        try:
            value = cast(os.environ.get(name, default))
            return value if value > 0 else default
        except ValueError:
            return default

    return num(MEMORY_ENV, DEFAULT_MEMORY_MB, int), num(TIMEOUT_ENV, DEFAULT_TIMEOUT_S, float)


# ---------------------------------------------------------------- one file


def _message(exc: LawcheckError, path: str) -> str:
    text = str(exc)
    return text[len(path) + 1 :].strip() if text.startswith(f"{path}:") else text


def check_one(task: Task) -> Outcome:
    """Read, check and (optionally) render one file; never raises for a bad file."""
    from ..read import load_bytes, read_bytes

    try:
        data = load_bytes(task.source or task.path)
    except LawcheckError as exc:
        return Outcome(task, "failed", error=_message(exc, task.path))
    sha = hashlib.sha256(data).hexdigest()
    if task.known_sha and sha == task.known_sha:
        return Outcome(task, "same", sha256=sha)
    from .own import own_output

    kind = own_output(data)
    if kind:
        return Outcome(task, "skipped", sha256=sha, error=f"lawcheck 生成的文件（{kind}），不是报告，已跳过")
    try:
        from ..pipeline import check_source_full

        src = read_bytes(task.path, data)
        del data
        doc, book, report = check_source_full(src, task.rulebook, **(task.settings or {}))
        facts = report_facts(doc, book, report)
        del doc, src
    except LawcheckError as exc:
        return Outcome(task, "failed", sha256=sha, error=_message(exc, task.path))
    except MemoryError:
        return Outcome(
            task, "failed", sha256=sha, error="内存不足（超过单个文件的内存上限），文件过大或异常，请拆分或检查文件"
        )
    except RecursionError:
        return Outcome(task, "failed", sha256=sha, error="文件结构嵌套过深，无法检查")
    except Exception as exc:  # a bug: one line, the batch goes on
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        return Outcome(
            task, "failed", sha256=sha, error=f"内部错误（{type(exc).__name__}: {exc}）；请将此文件提交给维护者"
        )
    if task.pdf_path:
        try:
            from ..render.pdf import write_pdf

            write_pdf(report, task.pdf_path)
            facts["gap_report"] = task.pdf_rel
        except LawcheckError as exc:
            facts["gap_report_error"] = _message(exc, report.file)
        except MemoryError:
            facts["gap_report_error"] = "生成差距报告时内存不足"
        except Exception as exc:
            if os.environ.get("LAWCHECK_DEBUG"):
                raise
            facts["gap_report_error"] = f"生成差距报告失败（{type(exc).__name__}: {exc}）"
    from .store import slim_record

    d = report.to_dict()
    fp = facts.pop("fingerprint", None)
    return Outcome(
        task,
        "ok",
        sha256=sha,
        report=json.dumps(d, ensure_ascii=False),
        facts=json.dumps(facts, ensure_ascii=False),
        slim=json.dumps(slim_record(d), ensure_ascii=False),
        fingerprint=json.dumps(fp) if fp is not None else None,
        rulebook=report.rulebook,
        rulebook_version=report.rulebook_version,
    )


def report_facts(doc, book, report) -> dict:
    """What a batch stores beside a report's lawcheck/1 JSON (on time, days
    late, gaps, counts, column names, the similar-report fingerprint); made
    where the document is at hand: in the worker. The web batch uses it too."""
    from .rows import facts as make_facts

    facts = make_facts(report, book)
    lines = [line.text for line in doc.lines]
    place = _unit_place(lines, report.meta.issuer)
    if place is not None:
        facts["unit_place"] = place
    fp = _fingerprint(lines, report.meta.issuer)
    if fp is not None:
        facts["fingerprint"] = fp
    return facts


def _unit_place(lines: list[str], issuer: str | None) -> str | None:
    """The place a report with a place-less issuer names its unit with (issuers.unit_place)."""
    try:
        from .issuers import unit_place
    except ImportError:  # built without issuer normalisation
        return None
    return unit_place(lines, issuer)


def _fingerprint(lines: list[str], issuer: str | None):
    try:
        from .similar import fingerprint
    except ImportError:  # built on another branch (similar-report detection)
        return None
    return fingerprint(lines, issuer)


# ---------------------------------------------------------------- workers


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the prctl
        os._exit(1)

    def watch():  # every platform: the prctl may be missing or refused
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _worker_main(conn, parent: int, memory_mb: int) -> None:
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's business
    signal.signal(signal.SIGTERM, lambda s, f: sys.exit(128 + s))  # clean temp files on the way out
    try:
        import resource

        cap = memory_mb * 1024 * 1024
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ImportError, ValueError, OSError):
        pass
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(_pack(check_one(Task(*task))))


# Through the pipes go plain tuples, not the dataclasses: a task is sent as
# its fields, and an outcome without its task (the main process knows which
# task each worker holds), so less is pickled and unpickled per report.
_OUTCOME_FIELDS = (
    "status",
    "sha256",
    "report",
    "facts",
    "error",
    "rulebook",
    "rulebook_version",
    "slim",
    "fingerprint",
)


def _pack(o: Outcome) -> tuple:
    return tuple(getattr(o, name) for name in _OUTCOME_FIELDS)


def _unpack(task: Task, fields: tuple) -> Outcome:
    return Outcome(task, *fields)


def _task_fields(t: Task) -> tuple:
    return (
        t.seq,
        t.path,
        t.rulebook,
        t.run_key,
        t.pdf_path,
        t.pdf_rel,
        t.known_sha,
        t.size,
        t.mtime_ns,
        t.settings,
        t.source,
    )


class _Worker:
    """A worker process and the files it holds, in order: it works on the
    first and the next is already in its pipe (so it never waits for the main
    process between two files). `started`: when it began the first one."""

    def __init__(self, ctx, memory_mb: int):
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.proc = ctx.Process(target=_worker_main, args=(child_conn, os.getpid(), memory_mb), daemon=True)
        self.proc.start()
        child_conn.close()
        self.conn = parent_conn
        self.held: deque[Task] = deque()
        self.started = 0.0
        self.broken = False  # a file could not be sent: it gets no more

    @property
    def task(self) -> Task | None:
        """The file it is working on, or None when idle."""
        return self.held[0] if self.held else None

    def give(self, task: Task) -> None:
        self.conn.send(_task_fields(task))
        if not self.held:
            self.started = time.monotonic()
        self.held.append(task)

    def done(self) -> Task:
        """The first file's outcome arrived: it starts the next one now."""
        task = self.held.popleft()
        self.started = time.monotonic()
        return task

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


def _death_reason(code: int | None, memory_mb: int) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"信号 {-code}"
        what = f"被 {name} 终止"
    else:
        what = f"退出码 {code}"
    return (
        f"检查此文件的工作进程意外终止（{what}）；文件可能过大、解压后过大或已损坏"
        f"（每个工作进程的内存上限 {memory_mb} MB）"
    )


def _context():
    methods = mp.get_all_start_methods()
    return mp.get_context("fork" if "fork" in methods else "spawn")


DEPTH = 2  # files handed to a worker at once: the one it works on and the next


def run_tasks(tasks: Iterable[Task], workers: int) -> Iterator[Outcome]:
    """Outcomes as they come (not in task order). A worker that dies or runs
    over its time limit yields a failed outcome for the file it was working
    on and is replaced; the file queued behind it goes to another worker.
    Leaving the generator early (an exception, Ctrl-C, SIGTERM) stops every
    worker: SIGTERM first (their temporary files are removed), then SIGKILL."""
    memory_mb, timeout = limits()
    ctx = _context()
    pending = iter(tasks)
    again: deque[Task] = deque()  # held by a worker that died before starting them
    pool: list[_Worker] = []
    exhausted = False

    def next_task() -> Task | None:
        nonlocal exhausted
        if again:
            return again.popleft()
        if exhausted:
            return None
        nxt = next(pending, None)
        exhausted = nxt is None
        return nxt

    def drop(w: _Worker) -> None:
        """w is gone: the files queued behind its first go back to the queue."""
        w.kill()
        pool.remove(w)
        held = list(w.held)[1:]
        again.extendleft(reversed(held))

    try:
        while True:
            lost: list[Outcome] = []
            for w in [w for w in pool if w.broken and not w.held]:  # its files are done: replaced
                w.kill()
                pool.remove(w)
            # every worker gets a first file before any gets a second (small batches spread)
            for depth in range(1, DEPTH + 1):
                while True:
                    w = next((w for w in pool if len(w.held) < depth and not w.broken), None)
                    fresh = w is None and len(pool) < workers
                    if w is None and not fresh:
                        break
                    nxt = next_task()
                    if nxt is None:
                        break
                    if fresh:
                        w = _Worker(ctx, memory_mb)
                        pool.append(w)
                    try:
                        w.give(nxt)
                    except (OSError, ValueError):  # the worker is gone (killed from outside)
                        if w.held:  # it holds files: its death is seen below, the file it was on fails
                            w.broken = True
                            again.appendleft(nxt)
                        else:
                            w.kill()
                            pool.remove(w)
                            if fresh:  # a new worker that cannot take a file: say so, do not loop
                                lost.append(Outcome(nxt, "failed", retry=True, error="无法启动检查用的工作进程"))
                            else:
                                again.appendleft(nxt)
            yield from lost
            busy = [w for w in pool if w.held]
            if not busy:
                if again or not exhausted:
                    continue
                return
            now = time.monotonic()
            deadline = min(w.started + timeout for w in busy)
            ready = wait(
                [w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=max(0.0, min(deadline - now, 1.0))
            )
            for w in list(busy):
                outcomes: list[Outcome] = []
                if w.conn in ready or w.proc.sentinel in ready:
                    try:
                        while w.held and w.conn.poll():
                            fields = w.conn.recv()
                            outcomes.append(_unpack(w.done(), fields))
                    except (EOFError, OSError):
                        pass
                    if w.held and not w.proc.is_alive():
                        w.proc.join()
                        task = w.held[0]
                        outcomes.append(
                            Outcome(task, "failed", error=_death_reason(w.proc.exitcode, memory_mb), retry=True)
                        )
                        drop(w)
                if w in pool and w.held and time.monotonic() - w.started > timeout:
                    task = w.held[0]
                    drop(w)
                    outcomes.append(
                        Outcome(
                            task,
                            "failed",
                            retry=True,
                            error=f"检查超过单个文件的时间上限（{timeout:g} 秒），已停止；文件可能过大或结构异常",
                        )
                    )
                yield from outcomes
    finally:
        _stop(pool)


def _stop(pool: list[_Worker]) -> None:
    for w in pool:
        try:
            if w.task is None:
                w.conn.send(None)
            elif w.proc.is_alive():
                w.proc.terminate()
        except (OSError, ValueError):
            pass
    end = time.monotonic() + 3.0
    for w in pool:
        w.proc.join(max(0.0, end - time.monotonic()))
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(1)
        try:
            w.conn.close()
        except OSError:
            pass
