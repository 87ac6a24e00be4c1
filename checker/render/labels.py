"""Chinese labels shared by every output."""
STATUS_WORD = {"present": "具备", "partial": "部分", "missing": "缺失"}
# full, half, empty circle (as in evaluation tables): shapes that differ in
# black-and-white print, and glyphs that Noto Sans CJK SC itself has
STATUS_SYMBOL = {"present": "●", "partial": "◐", "missing": "○"}
SEVERITY_WORD = {"error": "错误", "warning": "警告", "info": "提示"}
OUTLINE_WORD = {"2021-2025": "2021—2025年纲要", "2015-2020": "2015—2020年纲要", None: "未引用"}
