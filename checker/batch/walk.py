"""Discovery for `lawcheck batch`: the PATHs given become a sorted list of
entries, each a file to check or a refusal (what is wrong with it), with its
region and the place of its gap report under reports/.

Only regular files are ever read: FIFOs, devices and sockets are refused by
their type (from stat, before anything is opened); a symlink loop is named
as one; hidden files and folders, and the output folder, are left out.
Folders are followed through symlinks, but a folder that is its own ancestor
(a loop) is refused instead of walked again.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from ..pathtext import escaped, shown
from ..read import file_kind, stat_problem
from ..read.discover import REPORT_SUFFIXES

NO_REPORTS = "文件夹中没有可检查的报告文件（txt/docx/pdf/ofd/html/htm）"


@dataclass(frozen=True, slots=True)
class Entry:
    path: str  # as the user would write it: PATH joined with the path below it
    mirror: str  # gap report's path below reports/, without ".pdf"
    region: str | None  # first folder level below the PATH given (region-from dir)
    refused: str | None = None  # why it is not read at all (type, loop, missing)
    size: int = 0
    mtime_ns: int = 0
    source: str | None = None  # the path to open, when `path` had to be decoded (checker.pathtext)


def _region_of_file(arg: str) -> str | None:
    parent = Path(shown(os.path.abspath(arg))).parent.name
    return parent or None


def walk(args: list[str], skip: list[str] | None = None) -> list[Entry]:
    """Entries for every PATH, in the order given, each folder in name order."""
    skipped = {os.path.realpath(s) for s in (skip or [])}
    out: list[Entry] = []
    for arg in args:
        try:
            st = os.stat(arg)
        except OSError as exc:
            out.append(Entry(shown(arg), _mirror_name(arg), _region_of_file(arg), stat_problem(exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            found = list(_walk_dir(arg, skipped))
            if found:
                out.extend(found)
            else:
                out.append(Entry(shown(arg), "", None, NO_REPORTS))
            continue
        out.append(_file_entry(arg, st, _mirror_name(arg), _region_of_file(arg)))
    return _unique_mirrors(_unique_paths(out))


def _mirror_name(path: str) -> str:
    path = shown(path)
    return Path(path).stem or Path(path).name


def _file_entry(
    path: str, st: os.stat_result | None, mirror: str, region: str | None, problem: str | None = None
) -> Entry:
    if problem is None and st is not None:
        problem = file_kind(st.st_mode)
    text = shown(path)
    if problem or st is None:
        return Entry(text, mirror, region, problem or "无法读取文件")
    return Entry(text, mirror, region, None, st.st_size, st.st_mtime_ns, path if text != path else None)


def _walk_dir(root: str, skipped: set[str]):
    root_real = os.path.realpath(root)
    root_name = shown(Path(root_real).name or root_real)
    root_st = os.stat(root)
    stack_ids = [(root_st.st_dev, root_st.st_ino)]

    def visit(folder: str, rel: tuple[str, ...]):
        try:
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Entry(shown(folder), "/".join(rel), rel[0] if rel else root_name, stat_problem(exc))
            return
        for item in items:
            if item.name.startswith("."):
                continue
            path = os.path.join(folder, item.name)
            name = shown(item.name)
            region = rel[0] if rel else root_name
            try:
                st = os.stat(path)  # follows symlinks: the target's type counts
            except OSError as exc:
                if Path(item.name).suffix.lower() in REPORT_SUFFIXES or exc.errno == errno.ELOOP:
                    yield Entry(shown(path), "/".join(rel + (Path(name).stem,)), region, stat_problem(exc))
                continue
            if stat.S_ISDIR(st.st_mode):
                if os.path.realpath(path) in skipped:
                    continue
                ident = (st.st_dev, st.st_ino)
                if ident in stack_ids:
                    yield Entry(
                        shown(path),
                        "/".join(rel + (name,)),
                        region,
                        "符号链接循环（文件夹链接回它的上级文件夹），不再进入",
                    )
                    continue
                stack_ids.append(ident)
                yield from visit(path, rel + (name,))
                stack_ids.pop()
                continue
            if Path(item.name).suffix.lower() not in REPORT_SUFFIXES:
                continue
            yield _file_entry(path, st, "/".join(rel + (Path(name).stem,)), region)

    yield from visit(root, ())


def _unique_paths(entries: list[Entry]) -> list[Entry]:
    """A decoded name that another file already has (报告.txt saved in UTF-8
    beside 报告.txt in GBK) keeps its undecodable bytes as \\xNN instead."""
    counts: dict[str, int] = {}
    for e in entries:
        counts[e.path] = counts.get(e.path, 0) + 1
    return [
        Entry(escaped(e.source), e.mirror, e.region, e.refused, e.size, e.mtime_ns, e.source)
        if e.source and counts[e.path] > 1
        else e
        for e in entries
    ]


def _unique_mirrors(entries: list[Entry]) -> list[Entry]:
    """report.txt and report.docx in one folder would both become report.pdf:
    such clashes keep the full file name (report.docx.pdf); names are
    compared case-insensitively (Windows and macOS file systems)."""
    seen: dict[str, int] = {}
    for e in entries:
        if e.mirror and not e.refused:
            seen[e.mirror.casefold()] = seen.get(e.mirror.casefold(), 0) + 1
    out = []
    taken: set[str] = set()
    for e in entries:
        mirror = e.mirror
        if mirror and not e.refused:
            if seen[mirror.casefold()] > 1:
                mirror = str(Path(mirror).parent / Path(e.path).name) if "/" in mirror else Path(e.path).name
            base, n = mirror, 2
            while mirror.casefold() in taken:
                mirror = f"{base}_{n}"
                n += 1
            taken.add(mirror.casefold())
        out.append(Entry(e.path, mirror, e.region, e.refused, e.size, e.mtime_ns, e.source))
    return out
