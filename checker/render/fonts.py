"""Font checks around a WeasyPrint render.

* Missing glyphs: WeasyPrint draws .notdef (a tofu box) for a character no
  installed font covers and logs, on the "weasyprint" logger (draw/text.py):
      '.notdef glyph rendered for Unicode string unsupported by fonts: "%s" (U+%04X)'
  `watch_missing_glyphs()` collects those characters so that the caller can
  refuse to ship the PDF.
* Subsetting speed: WeasyPrint subsets embedded fonts with HarfBuzz when
  libharfbuzz-subset >= 4.1 is loadable, else with fontTools (pdf/fonts.py,
  Font.subset), which takes seconds for a CJK font. We say so once.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator

NOTDEF_MARK = ".notdef glyph"
MAX_NAMED = 8

_warned_slow = False


def harfbuzz_subsetting() -> bool:
    """True when WeasyPrint will subset fonts with HarfBuzz (the fast path)."""
    from weasyprint.pdf import fonts as wp_fonts
    from weasyprint.text.ffi import harfbuzz

    return bool(wp_fonts.harfbuzz_subset) and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def warn_if_slow_subsetting() -> None:
    """Once per process: tell the user that PDF output will be slow."""
    global _warned_slow
    if _warned_slow or harfbuzz_subsetting():
        return
    _warned_slow = True
    print(
        "lawcheck: 提示：未找到 HarfBuzz 字体子集库（libharfbuzz-subset0 4.1 以上），"
        "PDF 改用 fontTools 处理字体，每份约慢数秒；"
        "可用 apt-get install libharfbuzz-subset0 安装后加快。",
        file=sys.stderr,
    )


class _GlyphHandler(logging.Handler):
    """Collects the characters of WeasyPrint's missing-glyph warnings emitted
    by this thread (another thread's render is not ours)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.missing: dict[str, None] = {}  # ordered set

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread or not str(record.msg).startswith(NOTDEF_MARK):
            return
        args = record.args if isinstance(record.args, tuple) else ()
        if args and isinstance(args[0], str):
            self.missing.setdefault(args[0], None)
        else:  # message format changed: keep something to report
            self.missing.setdefault("\ufffd", None)


@contextlib.contextmanager
def watch_missing_glyphs() -> Iterator[dict[str, None]]:
    """Yield an (ordered) dict that fills with characters rendered as .notdef."""
    logger = logging.getLogger("weasyprint")
    handler = _GlyphHandler()
    old_level = logger.level
    if logger.getEffectiveLevel() > logging.WARNING:  # someone silenced it: we still need to hear
        logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield handler.missing
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def describe_missing(chars, where: str = "") -> str:
    """Chinese message naming the characters no font covers (and where they are)."""
    chars = list(chars)
    named = "、".join(f"U+{ord(c):04X}" for c in chars[:MAX_NAMED])
    more = f"等 {len(chars)} 个字符" if len(chars) > MAX_NAMED else ""
    at = f"，见原文{where}" if where else ""
    return (
        f"报告中有字符没有任何已安装的字体能够显示（{named}{more}{at}），为避免 PDF 中出现方框，未生成 PDF；"
        "请删除或替换这些字符（私用区、未分配的码位等）；如缺少的是常用汉字，"
        "请安装中文字体（Debian：apt-get install fonts-noto-cjk）"
    )
