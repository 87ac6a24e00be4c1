"""Near misses: for a section element that is not present, headings that
share a distinctive word with the element's name or standard heading
("二、美中不足" for 存在的不足和原因). A hint for the reader and for whoever
maintains the rulebook (a wording to add); it never changes a status.

Words are cut with jieba, using a private Tokenizer over a small domain
dictionary (checker/data/domain_words.txt): it loads in milliseconds,
unlike jieba's 5 MB general dictionary, and the cut is deterministic.
"""
from __future__ import annotations

import logging
import tempfile
from functools import lru_cache
from pathlib import Path

from ..model import ElementResult, Evidence
from ..rulebook.model import Rule
from .context import Context, quote

DICT = Path(__file__).resolve().parent.parent / "data" / "domain_words.txt"
# Words every part of a report shares: they tell nothing about which part it is.
GENERIC = {"法治", "政府", "建设", "推进", "年度", "情况", "主要", "工作", "报告", "加强", "全面", "深入",
           "有关", "存在", "履行", "责任", "重点", "党政"}
MAX_HINTS = 2


@lru_cache(maxsize=1)
def _tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer(dictionary=str(DICT))
    tk.tmp_dir = tempfile.gettempdir()
    return tk


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    return frozenset(w for w in _tokenizer().cut(text, HMM=False) if len(w) >= 2 and w not in GENERIC)


def hints(ctx: Context, rule: Rule, result: ElementResult) -> list[Evidence]:
    if result.status == "present" or rule.kind != "section":
        return []
    target = words(rule.name) | words(rule.heading)
    seen = {e.line for e in result.evidence}
    out: list[Evidence] = []
    for h in ctx.doc.headings:
        if h.level > 4 or h.line.no in seen:
            continue
        if words(h.title) & target:
            out.append(Evidence(line=h.line.no, text=quote(h.line.text)))
            if len(out) >= MAX_HINTS:
                break
    return out
