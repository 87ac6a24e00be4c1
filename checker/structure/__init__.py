"""Stage 3: NormText -> Document (body lines without site chrome, heading
tree, metadata)."""

from __future__ import annotations

from ..model import Document, NormText
from .chrome import split_chrome
from .ending import cut_short
from .headings import build_tree
from .metadata import extract
from .runtogether import split_lines


def build(norm: NormText) -> Document:
    body, chrome_lines = split_chrome(norm.lines)
    body = split_lines(body)
    heads = build_tree(body, norm.hints.get("heading_levels"))
    meta = extract(body, heads, chrome_lines, norm.hints)
    return Document(
        path=norm.path,
        format=norm.format,
        lines=body,
        headings=heads,
        meta=meta,
        chrome=chrome_lines,
        encoding=norm.encoding,
        locations={k: norm.hints[k] for k in ("paragraphs", "pages") if k in norm.hints},
        notices=[n for n in (cut_short(body, heads),) if n],
    )
