"""Report -> PDF gap report via WeasyPrint, written atomically.

The HTML comes from the same template as render_html, without a stylesheet
link: templates/gap_report.css is parsed once per process and applied as a
user stylesheet (checker.render.weasy holds what is set up once). Only our
own CSS can be fetched (checker.render.fetcher). A character that no
installed font covers stops the render (RenderError) instead of shipping a
tofu box.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import RenderError
from ..model import Report
from . import fonts, weasy
from .fetcher import make_fetcher
from .files import atomic_open
from .html import TEMPLATES_DIR, render_html_unstyled


def render_document(report: Report, fetcher=None):
    """Lay out the gap report (weasyprint.Document), nothing written yet."""
    html = render_html_unstyled(report)
    base = TEMPLATES_DIR.resolve().as_uri() + "/"
    doc = weasy.report_html_class()(string=html, base_url=base, url_fetcher=fetcher or make_fetcher())
    with weasy.gc_paused():
        return doc.render(stylesheets=[weasy.stylesheet()], font_config=weasy.font_config())


def write_pdf(report: Report, out_path: Path) -> Path:
    """Render the gap report and write it to `out_path` atomically."""
    out_path = Path(out_path)
    fonts.warn_if_slow_subsetting()
    with fonts.watch_missing_glyphs() as missing:
        document = render_document(report)
        with atomic_open(out_path) as f, weasy.gc_paused():
            document.write_pdf(target=f)  # glyphs are drawn (and missing ones logged) here
            if missing:  # raising inside atomic_open discards the temporary file
                raise RenderError(report.file, fonts.describe_missing(missing, locate(report, missing)))
    return out_path


def locate(report: Report, chars) -> str:
    """Where the report holds any of `chars`: "标题、第12行、第30行" (may be "")."""
    def has(text) -> bool:
        return bool(text) and any(c in text for c in chars)

    m = report.meta
    places = [label for label, text in (("标题", m.title), ("发布单位", m.issuer)) if has(text)]
    lines: set[int] = set()
    for item in [*report.elements, *report.coverage]:
        for ev in [*item.evidence, *getattr(item, "near_misses", [])]:
            if has(ev.text):
                lines.add(ev.line)
    lines.update(f.line for f in report.findings if f.line and has(f.message))
    places += [f"第{n}行" for n in sorted(lines)[:5]]
    if has(report.file):
        places.append("文件名")
    return "、".join(places)
