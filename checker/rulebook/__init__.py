"""Rulebooks: YAML files under rulebooks/, validated on load, chosen by the
report year, a --rulebook NAME|PATH, or a lawcheck.yaml in the working folder.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ..errors import RulebookError
from ..match.patterns import save_checked
from ..resources import data_dir
from .load import load_file, resolve_ref
from .model import OutlineInfo, Rule, Rulebook
from .yamlfile import peek_yaml


class _Hold(threading.local):
    reads: dict | None = None  # while a check (or a run) holds the rulebook folder: what was read of it


_HOLD = _Hold()
_UNREAD = object()


@contextmanager
def held():
    """Within this block the rulebook folder, lawcheck.yaml and the rulebook
    files are listed and stat'ed at most once (the structure stage's outline
    list, choose() and the outline rule all ask): one check sees one state of
    them, and a run that holds them chooses its rulebooks once. Outside it
    every call reads them again (a long-running process sees edits at the
    next check). Nested blocks share the outermost one's reads; per thread."""
    if _HOLD.reads is not None:
        yield
        return
    _HOLD.reads = {}
    try:
        yield
    finally:
        _HOLD.reads = None


def held_read(key, read):
    """read(), or within held() what it gave the first time for this key."""
    reads = _HOLD.reads
    if reads is None:
        return read()
    got = reads.get(key, _UNREAD)
    if got is _UNREAD:
        got = reads[key] = read()
    return got


def rulebook_dir() -> Path:
    env = os.environ.get("LAWCHECK_RULEBOOKS")
    if env:
        return Path(env)
    return _shipped_dir()


@lru_cache(maxsize=1)
def _shipped_dir() -> Path:
    """The checkout's (or the installed) rulebooks/: where the package is does not change while it runs."""
    return data_dir("rulebooks")


@lru_cache(maxsize=8)
def _index(root: str) -> dict[str, str]:
    """rulebook id (and file stem) -> path, for every *.yaml below root."""
    out: dict[str, str] = {}
    for p in sorted(Path(root).rglob("*.yaml")):
        try:
            data = peek_yaml(str(p))  # read only
        except RulebookError:
            continue  # reported when that file itself is asked for
        if "schema" not in data:
            continue  # not a rulebook (e.g. a term dictionary that a rule names)
        if data.get("id"):
            out.setdefault(str(data["id"]), str(p))
        out.setdefault(p.stem, str(p))
    return out


def index() -> dict[str, str]:
    return _index(str(rulebook_dir()))


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime: float) -> Rulebook:
    book = load_file(path, index())
    save_checked()  # the patterns validated now need not be validated again (checker/match/patterns.py)
    return book


def load(ref: str) -> Rulebook:
    """Load by id/name (in rulebooks/) or by path."""
    p = Path(ref)
    if p.suffix in (".yaml", ".yml") or p.exists():
        path = str(p)
    else:
        try:
            path = resolve_ref(ref, str(rulebook_dir()), index())
        except KeyError:
            names = "、".join(sorted(k for k in index() if not k.endswith(".yaml")))
            raise RulebookError(ref, f"找不到这个规则库；可用：{names}")
    try:
        mtime = os.path.getmtime(path)
    except OSError:
        raise RulebookError(path, "规则库文件不存在")
    return _load_cached(os.path.realpath(path), mtime)


def national() -> list[Rulebook]:
    """The selectable rulebooks directly in rulebooks/ (not overlays, not
    abstract), newest first. Cached until a file there changes (one
    directory listing and a stat per file: no glob, no YAML)."""
    root = str(rulebook_dir())
    return _national(held_read(("national", root), lambda: _national_files(root)))


def _national_files(root: str) -> tuple[tuple[str, int], ...]:
    _, books = folder_state(root)
    if any(t is None for _, t in books):  # a file that cannot be stat'ed: as before, the error is raised
        names = [name for name, _ in books]
        return tuple((path, os.stat(path).st_mtime_ns) for path in (os.path.join(root, n) for n in names))
    return tuple((os.path.join(root, name), t) for name, t in books)


def folder_state(root: str) -> tuple[int | None, tuple[tuple[str, int | None], ...]]:
    """(the rulebook folder's mtime, its *.yaml files by name with their
    mtimes), read once per held() block; (None, ()) when it cannot be read
    (a file that cannot be stat'ed: its mtime None)."""
    return held_read(("folder", root), lambda: _folder_state(root))


def _folder_state(root: str) -> tuple[int | None, tuple[tuple[str, int | None], ...]]:
    try:
        folder = os.stat(root).st_mtime_ns
        with os.scandir(root) as it:
            entries = sorted((e.name, e) for e in it if e.name.endswith(".yaml"))
    except OSError:
        return None, ()
    books = []
    for name, e in entries:
        try:
            books.append((name, e.stat().st_mtime_ns))
        except OSError:
            books.append((name, None))
    return folder, tuple(books)


@lru_cache(maxsize=4)
def _national(files: tuple[tuple[str, float], ...]) -> list[Rulebook]:
    out = [load(path) for path, _ in files if not peek_yaml(path).get("abstract")]
    return sorted(out, key=lambda b: -(b.years[1] or 9999))


def config_rulebook(cwd: str | None = None) -> str | None:
    """A lawcheck.yaml in the working folder may name a rulebook or overlay
    (the file's other settings: checker/config.py)."""
    from ..config import load as load_config

    return load_config(cwd).rulebook


_CHOSEN: dict[tuple, tuple] = {}  # (year, ref) -> (stamp, book, notices, file times, files)


def _stamp(ref: str | None) -> tuple:
    """What choose() depends on besides the year, read with a few stat calls
    (no glob, no YAML): the working folder and its lawcheck.yaml, the
    rulebook folder and the modification times of the files in it."""

    def mtime(p: str) -> int | None:
        try:
            return os.stat(p).st_mtime_ns
        except OSError:
            return None

    from ..config import CONFIG_NAMES

    cwd = os.getcwd()
    root = str(rulebook_dir())
    folder, books = folder_state(root)
    ref_stamp = mtime(ref) if ref else None
    return (cwd, tuple(mtime(os.path.join(cwd, n)) for n in CONFIG_NAMES), root, folder, books, ref_stamp)


def choose(year: int | None, ref: str | None = None) -> tuple[Rulebook, list[str]]:
    """(rulebook, notices). An explicit ref wins; then lawcheck.yaml; then the
    national rulebook whose years cover the report year. Remembered per
    (year, ref) for as long as the files it was chosen from stay unchanged,
    so a batch chooses once, not per report."""
    key = (year, ref)
    stamp = held_read(("stamp", ref), lambda: _stamp(ref))
    hit = _CHOSEN.get(key)
    if hit is not None and hit[0] == stamp and hit[3] == held_read(("times", hit[4]), lambda: _file_times(hit[4])):
        return hit[1], list(hit[2])
    book, notices = _choose(year, ref)
    if len(_CHOSEN) > 256:
        _CHOSEN.clear()
    # the *.yaml files right in the rulebook folder have their times in the stamp already
    root, in_root = stamp[2], {name for name, _ in stamp[4]}
    files = tuple(f for f in _files_of(book) if os.path.dirname(f) != root or os.path.basename(f) not in in_root)
    _CHOSEN[key] = (stamp, book, list(notices), _file_times(files), files)
    return book, notices


def _files_of(book: Rulebook) -> tuple[str, ...]:
    """The YAML files a rulebook was read from (itself and what it extends)."""
    return tuple(sorted({book.path} | {r.origin.rsplit(":", 1)[0] for r in book.rules if r.origin}))


def _file_times(files: tuple[str, ...]) -> tuple:
    out = []
    for f in files:
        try:
            out.append(os.stat(f).st_mtime_ns)
        except OSError:
            out.append(None)
    return tuple(out)


def _choose(year: int | None, ref: str | None = None) -> tuple[Rulebook, list[str]]:
    notices: list[str] = []
    ref = ref or config_rulebook()
    if ref:
        book = load(ref)
        if year is not None and book.years != (None, None) and not book.covers(year):
            notices.append(f"指定的规则库“{book.name}”适用于 {_span(book)} 年度，本报告为 {year} 年度")
        return book, notices
    books = national()
    if not books:
        raise RulebookError(str(rulebook_dir()), "规则库目录中没有可用的规则库")
    for book in books:
        if book.covers(year):
            return book, notices
    latest = max(books, key=lambda b: b.years[1] or 9999)
    earliest = min(books, key=lambda b: b.years[0] or 0)
    if year is None:
        notices.append(f"未能确定报告年度，按“{latest.name}”（{_span(latest)} 年度）检查")
        return latest, notices
    pick = latest if year > (latest.years[1] or 9999) else earliest
    notices.append(
        f"没有适用于 {year} 年度报告的规则库，暂按“{pick.name}”（{_span(pick)} 年度）检查；如已有新纲要，请更新规则库"
    )
    return pick, notices


def _span(book: Rulebook) -> str:
    lo, hi = book.years
    return f"{lo or '不限'}–{hi or '不限'}"


__all__ = ["OutlineInfo", "Rule", "Rulebook", "choose", "index", "load", "national", "outlines", "rulebook_dir"]


def outlines() -> list[OutlineInfo]:
    """Every national outline declared by the selectable rulebooks (their
    `outline:` blocks), oldest first. Recognising a citation and naming the
    outline a report year needs are data: a new outline is a new YAML file.
    Worked out once per list of national rulebooks (national() returns the
    same list until a file changes)."""
    books = national()
    hit = _OUTLINES.get(id(books))
    if hit is not None and hit[0] is books:
        return list(hit[1])
    seen: dict[str, OutlineInfo] = {}
    for book in books:
        if book.outline_info and book.outline_info.id not in seen:
            seen[book.outline_info.id] = book.outline_info
    out = sorted(seen.values(), key=lambda o: o.report_years)
    if len(_OUTLINES) > 8:
        _OUTLINES.clear()
    _OUTLINES[id(books)] = (books, tuple(out))  # holds the list: its id is not reused while the entry lives
    return out


_OUTLINES: dict[int, tuple[list[Rulebook], tuple[OutlineInfo, ...]]] = {}
