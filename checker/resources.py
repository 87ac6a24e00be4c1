"""Where the project's data folders are: templates/ and rulebooks/.

They live at the top of the project (the design card), next to checker/.
From a checkout or an editable install they are read there, so an edit to
a rulebook or a template takes effect at once. A regular (wheel) install
ships copies inside the package as checker/_shipped/<name>/ (pyproject.toml
maps them), which are used when the top-level folder is not there.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """templates/ or rulebooks/ (the checkout's, else the installed copy)."""
    source = _PACKAGE.parent / name
    if source.is_dir():
        return source
    return _PACKAGE / "_shipped" / name
