"""Where a reader of the original finds a quote: "第4页第12行" in a PDF,
"第12段（“三、存在的不足和原因”下）" in a .docx, "第34行" in a text or web page."""

from __future__ import annotations

from .cjkpunct import fullwidth_punct


def place_text(obj, *, under: bool = True) -> str:
    """obj: an Evidence or a Finding (anything with line/page/page_line/paragraph/under)."""
    page, paragraph = getattr(obj, "page", None), getattr(obj, "paragraph", None)
    if page:
        text = f"第{page}页第{obj.page_line}行" if getattr(obj, "page_line", None) else f"第{page}页"
    elif paragraph:
        text = f"第{paragraph}段"
        if under and getattr(obj, "under", None):
            text += f"（“{fullwidth_punct(obj.under)}”下）"
    elif getattr(obj, "line", None):
        text = f"第{obj.line}行"
    else:
        text = ""
    return text
