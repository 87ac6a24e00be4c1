"""Whether the text stops short of its end: the body's last line breaks off in
the middle of a sentence ("……审查合同247份,重大行政决策"), or the body ends on a
heading with nothing under it. Both are what a scraped page cut at a length
limit, page 1 of a paged article or a half-copied text look like.

It changes no finding and no element's status (what the text does not hold is
missing from it either way); it gives the reader of the result one notice
saying why parts may be missing and what to check. A finished report ends on
a full stop, a closing phrase ("特此报告"), a signature or a date, or a table;
none of those gives the notice.
"""

from __future__ import annotations

import re

from ..model import Heading, Line

# sentence ends as the normalize stage leaves them (NFKC: "；" -> ";", "）" -> ")")
_ENDS = frozenset("。!?;….”’\"')）】》」』]")
# a line long enough to be a sentence of the body (signatures, "特此报告", "返回列表" are shorter)
_SENTENCE_CHARS = 20
_DATE_END = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$|\d{4}[-./]\d{1,2}[-./]\d{1,2}$")
_PAGE_FOOTER = re.compile(r"第\s*\d+\s*页\s*[,/]?\s*共\s*\d+\s*页$")
_TAIL = 16  # characters of the last line quoted in the notice


def cut_short(lines: list[Line], headings: list[Heading]) -> str | None:
    """A Chinese notice when the body stops short, else None."""
    if not lines:
        return None
    last = lines[-1].text.strip()
    if not last or last[-1] in _ENDS:
        return None
    if "|" in last or "  " in last or _DATE_END.search(last) or _PAGE_FOOTER.search(last):
        return None  # a table row, a signature's date, a page footer
    head = headings[-1] if headings and headings[-1].index == len(lines) - 1 else None
    if head is not None and len(head.number) + len(head.title) >= len(last) - 1:  # a heading line, no run-in text
        return (
            f"正文在标题“{last}”处结束，标题下没有内容：这份文字可能不全（网页只保存了一部分、分页文章的一页或复制不全）。"
            "原文后面的部分若写有某个要素，这里会判为缺失，请用完整的原文再检查一次。"
        )
    if len(last) < _SENTENCE_CHARS:
        return None
    tail = last[-_TAIL:]
    return (
        f"正文在句子中间结束（最后一行止于“……{tail}”）：这份文字可能不全（网页只保存了一部分、分页文章的一页或复制不全）。"
        "原文后面的部分若写有某个要素，这里会判为缺失，请用完整的原文再检查一次。"
    )
