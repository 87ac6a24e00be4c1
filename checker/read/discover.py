"""Input discovery: a folder given on the command line stands for the report
files below it (`lawcheck 全市/`), as linters take a folder."""

from __future__ import annotations

import os
from pathlib import Path

# what a report may come as; .doc/.wps are listed so that each gets its own
# "save it as .docx" message instead of being passed over in silence
REPORT_SUFFIXES = (".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".wps")
_MARKED = (".pdf", ".html", ".htm", ".docx")  # formats lawcheck writes (and marks) itself


def _ours(path: str) -> bool:
    from ..batch.own import own_output_file

    return own_output_file(path) is not None


def expand(args: list[str], skip: list[str] | None = None, own: list[str] | None = None) -> tuple[list[str], list[str]]:
    """(files, empty folders): each folder in `args` replaced by the report
    files below it, in name order; hidden files and folders, and the folders
    in `skip` (the output folder), are left out. Files are kept as given.
    With `own` (a list), files in folders that lawcheck itself wrote (gap
    reports, summaries: checker.batch.own) are left out and listed there."""
    skipped = {os.path.realpath(s) for s in (skip or [])}
    files: list[str] = []
    empty: list[str] = []
    for arg in args:
        if not os.path.isdir(arg):
            files.append(arg)
            continue
        found = []
        for root, dirs, names in os.walk(arg):
            dirs[:] = sorted(
                d for d in dirs if not d.startswith(".") and os.path.realpath(os.path.join(root, d)) not in skipped
            )
            for name in sorted(names):
                if not name.startswith(".") and Path(name).suffix.lower() in REPORT_SUFFIXES:
                    path = os.path.join(root, name)
                    if own is not None and Path(name).suffix.lower() in _MARKED and _ours(path):
                        own.append(path)
                        continue
                    found.append(path)
        if found:
            files.extend(found)
        else:
            empty.append(arg)
    return files, empty
