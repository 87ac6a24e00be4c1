"""Report -> PDF gap report via WeasyPrint, written atomically.

The HTML comes from the same template as render_html, without a stylesheet
link: templates/gap_report.css is parsed once per process and applied as a
user stylesheet (checker.render.weasy holds what is set up once). Only our
own CSS can be fetched (checker.render.fetcher). A character that no
installed font covers stops the render (RenderError) instead of shipping a
tofu box.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import RenderError
from ..model import Report
from . import fonts, weasy
from .fetcher import make_fetcher
from .files import atomic_open
from .html import CSS_FILE, TEMPLATES_DIR, render_html_unstyled


def render_html_document(html: str, stylesheet: str = CSS_FILE, fetcher=None):
    """Lay out one of our templates' HTML (weasyprint.Document), nothing written yet."""
    base = TEMPLATES_DIR.resolve().as_uri() + "/"
    doc = weasy.report_html_class()(string=html, base_url=base, url_fetcher=fetcher or make_fetcher())
    with weasy.gc_paused():
        return doc.render(stylesheets=[weasy.stylesheet(stylesheet)], font_config=weasy.font_config())


def render_document(report: Report, fetcher=None):
    """Lay out the gap report, nothing written yet."""
    return render_html_document(render_html_unstyled(report), fetcher=fetcher)


def write_html_pdf(
    html: str,
    out_path: Path,
    *,
    stylesheet: str = CSS_FILE,
    subject: str = "",
    where: Callable[[dict], str] = lambda missing: "",
) -> Path:
    """Render our HTML and write the PDF to `out_path` atomically; a character
    no font covers stops it (RenderError naming `subject` and `where`)."""
    out_path = Path(out_path)
    fonts.warn_if_slow_subsetting()
    with fonts.watch_missing_glyphs() as missing:
        document = render_html_document(html, stylesheet)
        with atomic_open(out_path) as f, weasy.gc_paused():
            document.write_pdf(target=f)  # glyphs are drawn (and missing ones logged) here
            if missing:  # raising inside atomic_open discards the temporary file
                raise RenderError(subject or str(out_path), fonts.describe_missing(missing, where(missing)))
    return out_path


def write_pdf(report: Report, out_path: Path) -> Path:
    """Render the gap report and write it to `out_path` atomically."""
    return write_html_pdf(
        render_html_unstyled(report), out_path, subject=report.file, where=lambda missing: locate(report, missing)
    )


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
