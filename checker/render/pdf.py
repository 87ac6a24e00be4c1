"""Report -> PDF gap report via WeasyPrint, written atomically.

The HTML comes from the same template as render_html, without a stylesheet
link: templates/gap_report.css is parsed once per process and applied as a
user stylesheet (parsing it took ~20 ms per report). `LocalFetcher` serves
only stylesheet files from templates/ and refuses every other URL (http,
https, data, any other file), so the renderer never touches the network even
if markup slipped through escaping. A character that no installed font
covers stops the render (RenderError) instead of shipping a tofu box.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import mimetypes
import zlib
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from ..errors import RenderError
from ..model import Report
from . import fonts
from .files import atomic_open
from .html import CSS_FILE, TEMPLATES_DIR, render_html_unstyled

SERVED_SUFFIXES = (".css",)
UA_FILE = "print_ua.css"  # the user-agent stylesheet for our template (see that file)


DEFLATE_LEVEL = 6


def _weasyprint():
    import weasyprint  # slow import (Pango, fontconfig): only when a PDF is wanted

    _deflate_at(DEFLATE_LEVEL)
    return weasyprint


class _Deflate:
    """zlib as pydyf sees it, with streams compressed at `level`."""

    def __init__(self, level: int):
        self.level = level

    def __getattr__(self, name):
        return getattr(zlib, name)

    def compressobj(self, level=None, *args, **kwargs):  # pydyf asks for 9
        return zlib.compressobj(self.level, *args, **kwargs)


@functools.lru_cache(maxsize=1)
def _deflate_at(level: int) -> None:
    """pydyf (WeasyPrint's PDF writer) deflates every stream at level 9. On our
    reports, mostly the embedded CJK font, level 6 gives a PDF within 0.5% of
    the size in ~10 ms less per report (bench/bench_render.py). pydyf looks
    zlib up as a module attribute; if a future pydyf stops doing so this
    changes nothing."""
    import pydyf

    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = _Deflate(level)


def make_fetcher():
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LocalFetcher(URLFetcher):
        """Serves only the stylesheet files in templates/; refuses the rest.

        `refused` lists what was asked for and refused (for tests)."""

        def __init__(self):
            super().__init__(allowed_protocols=("file",), allow_redirects=False)
            self.root = TEMPLATES_DIR.resolve()
            self.refused: list[str] = []

        def _local(self, url: str) -> Path | None:
            parts = urlsplit(url)
            if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
                return None
            path = Path(url2pathname(unquote(parts.path))).resolve()
            if path.parent != self.root or path.suffix not in SERVED_SUFFIXES or not path.is_file():
                return None
            return path

        def fetch(self, url, headers=None):
            path = self._local(url)
            if path is None:
                self.refused.append(url)
                raise ValueError(f"lawcheck refuses to fetch {url[:200]}")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(), {"Content-Type": mime})

    return LocalFetcher()


@functools.lru_cache(maxsize=None)
def _stylesheet(name: str = CSS_FILE):
    """A stylesheet of templates/, parsed once (WeasyPrint CSS objects can be reused)."""
    path = TEMPLATES_DIR.resolve() / name
    return _weasyprint().CSS(url=path.as_uri(), url_fetcher=make_fetcher())


@functools.lru_cache(maxsize=1)
def _report_html_class():
    """weasyprint.HTML with our small user-agent stylesheet (templates/print_ua.css)
    instead of WeasyPrint's full HTML one. `_ua_stylesheets` is the hook
    WeasyPrint's own HTML class uses; were it renamed, the full stylesheet
    would apply again and the report would look the same, only slower."""
    wp = _weasyprint()

    class ReportHTML(wp.HTML):
        def _ua_stylesheets(self, forms=False):
            return [_stylesheet(UA_FILE)]

    return ReportHTML


@functools.lru_cache(maxsize=1)
def _font_config():
    """One FontConfiguration (Pango font map) per process: Pango keeps its
    fonts and shaping caches in the font map, so reusing it took ~20% off
    each render after the first. Our stylesheet has no @font-face, so
    nothing from one report's render can leak into the next."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@contextlib.contextmanager
def _gc_paused():
    """No cyclic garbage collection during a render: WeasyPrint allocates
    hundreds of thousands of objects per report, and the collections they
    trigger took ~10% of the render time. Collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def render_document(report: Report, fetcher=None):
    """Lay out the gap report (weasyprint.Document), nothing written yet."""
    html = render_html_unstyled(report)
    base = TEMPLATES_DIR.resolve().as_uri() + "/"
    doc = _report_html_class()(string=html, base_url=base, url_fetcher=fetcher or make_fetcher())
    with _gc_paused():
        return doc.render(stylesheets=[_stylesheet()], font_config=_font_config())


def write_pdf(report: Report, out_path: Path) -> Path:
    """Render the gap report and write it to `out_path` atomically."""
    out_path = Path(out_path)
    fonts.warn_if_slow_subsetting()
    with fonts.watch_missing_glyphs() as missing:
        document = render_document(report)
        with atomic_open(out_path) as f, _gc_paused():
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
