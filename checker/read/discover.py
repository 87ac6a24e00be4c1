"""Input discovery: a folder given on the command line stands for the report
files below it (`lawcheck 全市/`), as linters take a folder."""

from __future__ import annotations

import os
from pathlib import Path

# what a report may come as; .doc/.wps are listed so that each gets its own
# "save it as .docx" message instead of being passed over in silence
REPORT_SUFFIXES = (
    ".txt",
    ".docx",
    ".pdf",
    ".html",
    ".htm",
    ".doc",
    ".wps",
    ".shtml",
    ".xhtml",
    ".mht",
    ".mhtml",
    ".ofd",
)
_MARKED = (".pdf", ".html", ".htm", ".docx")  # formats lawcheck writes (and marks) itself


def _ours(path: str) -> bool:
    from ..batch.own import own_output_file

    return own_output_file(path) is not None


def expand(
    args: list[str],
    skip: list[str] | None = None,
    own: list[str] | None = None,
    refused: dict[str, str] | None = None,
) -> tuple[list[str], list[str]]:
    """(files, empty folders) for the quick path `lawcheck FILES`: a view over
    the batch's walker (checker.batch.walk.walk), so both take the same files
    with the same rules — each folder in `args` replaced by the report files
    below it in name order; hidden files and folders, and the folders in
    `skip` (the output folder), left out; FIFOs, devices and sockets refused
    by type, symlink loops named. Files are kept as given. With `own` (a
    list), files that lawcheck itself wrote (gap reports, summaries:
    checker.batch.own) are left out and listed there, in a folder or named
    one by one (as `lawcheck batch` does). With `refused` (a
    dict), each path the walker refused gets its reason there (the same one
    `lawcheck batch` gives); the path stays in `files`, as an unreadable row."""
    from ..batch.walk import NO_REPORTS, walk
    from ..pathtext import shown

    files: list[str] = []
    empty: list[str] = []
    for arg in args:
        found = []
        folder = os.path.isdir(arg)
        for e in walk([arg], skip=skip):
            if e.refused == NO_REPORTS and e.path == shown(arg):
                break
            path = e.source or e.path  # the path to open (e.path is its name as text: checker.pathtext)
            if e.refused is None and own is not None and Path(path).suffix.lower() in _MARKED and _ours(path):
                own.append(e.path)
                continue
            if e.refused is not None and refused is not None:
                refused[path] = e.refused
            found.append(path)
        if found or not folder:
            files.extend(found)
        else:
            empty.append(arg)
    return files, empty
