"""WeasyPrint, set up once per process for many gap reports.

Each piece was measured with bench/bench_render.py (per seed, one core):
* `stylesheet()`: templates' CSS parsed once (~20 ms per report saved);
* `report_html_class()`: our small user-agent stylesheet (templates/print_ua.css)
  instead of WeasyPrint's full HTML one (~20 ms);
* `font_config()`: one Pango font map, whose font and shaping caches then
  serve every report (~20% of the layout time);
* `gc_paused()`: no cyclic garbage collection inside a render (~10%);
* deflate level 6 instead of pydyf's 9: a PDF within 0.5% of the size (~10 ms).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import zlib

from .fetcher import make_fetcher
from .html import CSS_FILE, TEMPLATES_DIR

UA_FILE = "print_ua.css"  # the user-agent stylesheet for our template (see that file)
DEFLATE_LEVEL = 6


def weasyprint():
    import weasyprint as wp  # slow import (Pango, fontconfig): only when a PDF is wanted

    _deflate_at(DEFLATE_LEVEL)
    return wp


class Deflate:
    """zlib as pydyf sees it, with streams compressed at `level`."""

    def __init__(self, level: int):
        self.level = level

    def __getattr__(self, name):
        return getattr(zlib, name)

    def compressobj(self, level=None, *args, **kwargs):  # pydyf asks for 9
        return zlib.compressobj(self.level, *args, **kwargs)


@functools.lru_cache(maxsize=1)
def _deflate_at(level: int) -> None:
    """pydyf (WeasyPrint's PDF writer) deflates every stream at level 9; on our
    reports, mostly the embedded CJK font, level 6 is as small and faster.
    pydyf looks zlib up as a module attribute; if a future pydyf stops doing
    so this changes nothing."""
    import pydyf

    if getattr(pydyf, "zlib", None) is zlib:
        pydyf.zlib = Deflate(level)


@functools.cache
def stylesheet(name: str = CSS_FILE):
    """A stylesheet of templates/, parsed once (WeasyPrint CSS objects can be reused)."""
    path = TEMPLATES_DIR.resolve() / name
    return weasyprint().CSS(url=path.as_uri(), url_fetcher=make_fetcher())


@functools.lru_cache(maxsize=1)
def report_html_class():
    """weasyprint.HTML with our small user-agent stylesheet. `_ua_stylesheets`
    is the hook WeasyPrint's own HTML class uses; were it renamed, the full
    stylesheet would apply again and the report would look the same, only
    slower (tests/test_render.py says so)."""
    wp = weasyprint()

    class ReportHTML(wp.HTML):
        def _ua_stylesheets(self, forms=False):
            return [stylesheet(UA_FILE)]

    return ReportHTML


@functools.lru_cache(maxsize=1)
def font_config():
    """One FontConfiguration (Pango font map) per process. Our stylesheet has
    no @font-face, so nothing from one report's render leaks into the next."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@contextlib.contextmanager
def gc_paused():
    """No cyclic garbage collection while WeasyPrint allocates its hundreds
    of thousands of objects; collection resumes (if it was on) afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
