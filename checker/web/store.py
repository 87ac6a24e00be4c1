"""Results and batches kept by the server, each under a random id.

Everything lives in one private temporary folder (mode 0700) made at start
and removed at shutdown. A single upload's folder is removed as soon as its
response is made; what a result needs for its downloads (the report in
memory, a PDF rendered on request, the annotated .docx) is kept for
RESULT_TTL seconds; a batch's folder (its uploads are removed as each one
is checked) for BATCH_TTL seconds after it finished.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import tempfile
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Report

RESULT_TTL = 3600.0
BATCH_TTL = 3600.0
MAX_RESULTS = 2000  # the oldest are dropped past this


def new_id() -> str:
    return secrets.token_urlsafe(18)


@dataclass
class Result:
    id: str
    display: str
    report: Report
    lines: list[tuple[int, str, bool]]
    lines_cut: int
    format: str
    folder: Path
    created: float = field(default_factory=time.monotonic)
    annotated: Path | None = None
    pdf: Path | None = None
    pdf_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    batch: str | None = None  # the batch it belongs to


@dataclass
class Unit:
    no: int
    display: str
    path: Path | None
    state: str = "queued"  # queued | running | done | failed | skipped (a file lawcheck wrote)
    result: str | None = None  # result id
    error: str | None = None
    score: int | None = None
    zip: str | None = None  # the archive it came from (display name), None for a file uploaded on its own
    folders: tuple[str, ...] = ()  # its folders inside that archive (display-safe)
    facts: dict | None = None  # what the region overview needs beside its report (checker.batch)


@dataclass
class Batch:
    id: str
    folder: Path
    units: list[Unit]
    created: float = field(default_factory=time.monotonic)
    finished: float | None = None
    summary_pdf: Path | None = None
    pdf_lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    task: asyncio.Task | None = None
    stage: str = "check"  # check | overview (the region overview is being written) | done
    out_dir: Path | None = None  # summary.csv/.xlsx/.json, overview.html/.pdf (checker.batch)
    overview: dict | None = None  # the lawcheck-batch/1 summary the overview is drawn from
    overview_error: str | None = None

    @property
    def done(self) -> int:
        return sum(u.state in ("done", "failed", "skipped") for u in self.units)

    @property
    def failed(self) -> int:
        return sum(u.state == "failed" for u in self.units)


ROOT_PREFIX = "lawcheck-serve-"


def clean_stale(tmp: Path | None = None) -> int:
    """Remove the temporary folders of servers that were killed (their pid is gone)."""
    removed = 0
    for folder in Path(tmp or tempfile.gettempdir()).glob(ROOT_PREFIX + "*"):
        try:
            pid = int((folder / "pid").read_text())
        except (OSError, ValueError):
            continue
        if not _alive(pid):
            _remove(folder)
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Store:
    def __init__(self, root: Path | None = None):
        clean_stale()
        self.root = Path(root or tempfile.mkdtemp(prefix=ROOT_PREFIX))
        self.root.chmod(0o700)
        (self.root / "pid").write_text(str(os.getpid()))
        self.results: OrderedDict[str, Result] = OrderedDict()
        self.batches: dict[str, Batch] = {}

    def folder(self, prefix: str) -> Path:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=self.root))

    def add(self, result: Result) -> None:
        self.results[result.id] = result
        while len(self.results) > MAX_RESULTS:
            _, old = self.results.popitem(last=False)
            _remove(old.folder)

    def result(self, rid: str) -> Result | None:
        r = self.results.get(rid)
        if r is not None and time.monotonic() - r.created > RESULT_TTL:
            self.results.pop(rid, None)
            _remove(r.folder)
            return None
        return r

    def batch(self, bid: str) -> Batch | None:
        return self.batches.get(bid)

    def sweep(self) -> None:
        """Drop what has expired (called every minute)."""
        now = time.monotonic()
        for rid in [rid for rid, r in self.results.items() if now - r.created > RESULT_TTL]:
            _remove(self.results.pop(rid).folder)
        for bid, b in list(self.batches.items()):
            if b.finished is not None and now - b.finished > BATCH_TTL:
                del self.batches[bid]
                _remove(b.folder)

    def close(self) -> None:
        for b in self.batches.values():
            if b.task is not None:
                b.task.cancel()
        self.results.clear()
        self.batches.clear()
        _remove(self.root)


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
