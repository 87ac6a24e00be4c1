"""Chinese labels shared by every output."""

STATUS_WORD = {"present": "具备", "partial": "部分", "missing": "缺失"}
# full, half, empty circle (as in evaluation tables): shapes that differ in
# black-and-white print, and glyphs that Noto Sans CJK SC itself has
STATUS_SYMBOL = {"present": "●", "partial": "◐", "missing": "○"}
SEVERITY_WORD = {"error": "错误", "warning": "警告", "info": "提示"}


class _OutlineWords:
    """outline_cited -> words: "2021-2025" -> "2021—2025年纲要", None -> "未引用".
    Written from the id itself, so that a new outline (declared in its rulebook)
    needs no change here; `.get(key, default)` as on a dict."""

    def get(self, key, default=None):
        if key is None:
            return "未引用"
        a, sep, b = str(key).partition("-")
        if sep and a.isdigit() and b.isdigit():
            return f"{a}—{b}年纲要"
        return default if default is not None else str(key)

    def __getitem__(self, key):
        return self.get(key)


OUTLINE_WORD = _OutlineWords()
