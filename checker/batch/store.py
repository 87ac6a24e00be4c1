"""The batch's store: one SQLite database (stdlib sqlite3, WAL) in the output
folder, `lawcheck.db`. Per input file: path, size and mtime, content hash,
the run key (rulebook digest + lawcheck version + options), the rulebook id
and version used, the lawcheck version, and either the lawcheck/1 JSON (with
the derived facts) or the error. Beside the full JSON each result keeps its
slim record (`slim`: the lawcheck/1 object without texts — ids, names,
statuses, scores — what the tables and the overview read) and its
similar-report fingerprint in columns of their own, so the outputs are
rebuilt without parsing every full report again.

Every result is committed as soon as it arrives, so a run killed at any
moment (Ctrl-C, SIGTERM, SIGKILL) loses only the reports in flight. It is
the cache of `--resume`, and every output is rebuilt from it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import LawcheckError

DB_NAME = "lawcheck.db"
SCHEMA = 2

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS results (
    path TEXT PRIMARY KEY,
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    run_key TEXT NOT NULL,
    rulebook TEXT, rulebook_version TEXT, lawcheck_version TEXT,
    status TEXT NOT NULL CHECK (status IN ('ok', 'failed', 'skipped')),
    report TEXT, facts TEXT, error TEXT,
    slim TEXT, fingerprint TEXT
);
CREATE TABLE IF NOT EXISTS inputs (
    seq INTEGER PRIMARY KEY, path TEXT NOT NULL, mirror TEXT, region TEXT, refused TEXT,
    size INTEGER, mtime_ns INTEGER
);
"""


@dataclass
class Result:
    path: str
    status: str  # ok | failed | skipped
    run_key: str
    size: int = 0
    mtime_ns: int = 0
    sha256: str | None = None
    rulebook: str | None = None
    rulebook_version: str | None = None
    lawcheck_version: str | None = None
    report: str | None = None  # lawcheck/1 JSON text
    facts: str | None = None  # JSON text
    error: str | None = None
    slim: str | None = None  # JSON text of slim_record(report); made from `report` when None
    fingerprint: str | None = None  # JSON text; taken out of `facts` when None and facts hold one


_SLIM_DROP = ("elements", "coverage", "findings", "notices", "schema")


def slim_record(d: dict) -> dict:
    """A lawcheck/1 dict without its texts (evidence, suggestions, findings):
    its top-level fields and each element's and coverage area's id, name and
    status. Made in the worker, stored beside the full JSON."""
    out = {k: v for k, v in d.items() if k not in _SLIM_DROP}
    out["elements"] = [{"id": e["id"], "name": e["name"], "status": e["status"]} for e in d.get("elements", [])]
    out["coverage"] = [{"id": c["id"], "name": c["name"], "status": c["status"]} for c in d.get("coverage", [])]
    return out


def _complete(r: Result) -> Result:
    """A result from elsewhere (the web batch) without the slim record or a
    separate fingerprint: both derived here."""
    if r.slim is None and r.report:
        r.slim = json.dumps(slim_record(json.loads(r.report)), ensure_ascii=False)
    if r.fingerprint is None and r.facts and '"fingerprint"' in r.facts:
        f = json.loads(r.facts)
        fp = f.pop("fingerprint", None)
        if fp is not None:
            r.fingerprint = json.dumps(fp)
            r.facts = json.dumps(f, ensure_ascii=False)
    return r


@dataclass
class Row:
    """One input with its stored result (if any), in input order."""

    seq: int
    path: str
    mirror: str
    region: str | None
    refused: str | None
    status: str | None
    report: str | None
    facts: str | None
    error: str | None
    slim: str | None = None
    fingerprint: str | None = None

    def report_dict(self) -> dict:
        return json.loads(self.report) if self.report else {}

    def facts_dict(self) -> dict:
        return json.loads(self.facts) if self.facts else {}

    def slim_dict(self) -> dict:
        return json.loads(self.slim) if self.slim else {}


class Store:
    def __init__(self, out_dir: Path, fresh: bool):
        path = Path(out_dir) / DB_NAME
        try:
            self.db = sqlite3.connect(path, isolation_level=None, timeout=30)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")  # WAL: durable against a killed process
            self.db.executescript(_DDL)
            row = self.db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row and int(row[0]) != SCHEMA:
                fresh = True  # a store of another format is not reused: its table is made anew
                self.db.execute("DROP TABLE results")
                self.db.executescript(_DDL)
            if fresh:
                self.db.execute("DELETE FROM results")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA),))
        except sqlite3.DatabaseError as exc:
            raise LawcheckError(
                str(path), f"结果数据库无法打开或已损坏（{exc}）；删除它后重新运行（不加 --resume）"
            ) from None
        self.path = path

    @classmethod
    def reader(cls, out_dir: Path) -> Store:
        """A read-only connection to the store in out_dir (another process
        reads while the main one writes the summaries)."""
        path = Path(out_dir) / DB_NAME
        self = cls.__new__(cls)
        try:
            self.db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=30)
        except sqlite3.DatabaseError as exc:
            raise LawcheckError(str(path), f"结果数据库无法打开（{exc}）") from None
        self.path = path
        self.read_only = True
        return self

    def close(self) -> None:
        if getattr(self, "read_only", False):
            self.db.close()
            return
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass
        self.db.close()

    # -------------------------------------------------------------- inputs
    def set_inputs(self, entries) -> None:
        """This run's inputs (replacing the last run's), in one transaction."""
        with self._tx():
            self.db.execute("DELETE FROM inputs")
            self.db.executemany(
                "INSERT INTO inputs (seq, path, mirror, region, refused, size, mtime_ns) VALUES (?,?,?,?,?,?,?)",
                ((n, e.path, e.mirror, e.region, e.refused, e.size, e.mtime_ns) for n, e in enumerate(entries)),
            )

    def cached(self, path: str, size: int, mtime_ns: int, run_key: str) -> bool:
        """A result for this very file (same size and modification time) made
        with the same rulebooks, lawcheck version and options."""
        row = self.db.execute("SELECT size, mtime_ns, run_key FROM results WHERE path=?", (path,)).fetchone()
        return row is not None and tuple(row) == (size, mtime_ns, run_key)

    def put(self, r: Result) -> None:
        """Store one result and commit it at once."""
        r = _complete(r)
        self.db.execute(
            "INSERT OR REPLACE INTO results (path, size, mtime_ns, sha256, run_key, rulebook, rulebook_version,"
            " lawcheck_version, status, report, facts, error, slim, fingerprint) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                r.path,
                r.size,
                r.mtime_ns,
                r.sha256,
                r.run_key,
                r.rulebook,
                r.rulebook_version,
                r.lawcheck_version,
                r.status,
                r.report,
                r.facts,
                r.error,
                r.slim,
                r.fingerprint,
            ),
        )

    def same_content(self, path: str, sha256: str, run_key: str) -> bool:
        row = self.db.execute("SELECT sha256, run_key, status FROM results WHERE path=?", (path,)).fetchone()
        return row is not None and row[0] == sha256 and row[1] == run_key

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        self.db.execute("UPDATE results SET size=?, mtime_ns=? WHERE path=?", (size, mtime_ns, path))

    # -------------------------------------------------------------- reading
    def rows(self, with_report: bool = False, slim: bool = True, fingerprint: bool = False) -> Iterator[Row]:
        """This run's inputs with their results, in input order, streamed;
        the full JSON, the slim record and the fingerprint only when asked for."""
        cols = ", ".join(
            [
                "r.report" if with_report else "NULL",
                "r.facts, r.error",
                "r.slim" if slim else "NULL",
                "r.fingerprint" if fingerprint else "NULL",
            ]
        )
        cur = self.db.execute(
            f"SELECT i.seq, i.path, i.mirror, i.region, i.refused, r.status, {cols}"
            " FROM inputs i LEFT JOIN results r ON r.path = i.path ORDER BY i.seq"
        )
        for rec in cur:
            yield Row(*rec)

    def issuers(self) -> Iterator[str | None]:
        """The issuer of every report this run checked, from the slim records (not parsed in Python)."""
        cur = self.db.execute(
            "SELECT json_extract(r.slim, '$.issuer') FROM inputs i JOIN results r ON r.path = i.path"
            " WHERE i.refused IS NULL AND r.status = 'ok' AND r.slim IS NOT NULL ORDER BY i.seq"
        )
        for (issuer,) in cur:
            yield issuer if isinstance(issuer, str) else None

    def counts(self) -> dict[str, int]:
        out = {"ok": 0, "failed": 0, "skipped": 0, "missing": 0}
        for refused, status in self.db.execute(
            "SELECT i.refused, r.status FROM inputs i LEFT JOIN results r ON r.path = i.path"
        ):
            out["failed" if refused else (status or "missing")] += 1
        return out

    def _tx(self):
        db = self.db

        class _T:
            def __enter__(self):
                db.execute("BEGIN")

            def __exit__(self, et, ev, tb):
                db.execute("COMMIT" if et is None else "ROLLBACK")

        return _T()
