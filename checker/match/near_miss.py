"""Near misses: for a section element that is not present, headings that
share a distinctive word with the element's name or standard heading
("二、美中不足" for 存在的不足和原因). A hint for the reader and for whoever
maintains the rulebook (a wording to add); it never changes a status.

Words are cut over a small domain dictionary (checker/data/domain_words.txt)
by jieba's own algorithm without HMM (a DAG of dictionary words, the route of
highest log frequency; single ASCII letters and digits run together), written
out here so that a check never imports jieba (~0.2 s of imports: its HMM
tables load with the package). tests/test_near_miss_cut.py runs jieba's
Tokenizer over the same dictionary and asserts the same cuts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import log
from pathlib import Path

from ..model import ElementResult, Evidence
from ..rulebook.model import Rule
from .context import Context, quote

DICT = Path(__file__).resolve().parent.parent / "data" / "domain_words.txt"
# Words every part of a report shares: they tell nothing about which part it is.
GENERIC = {
    "法治",
    "政府",
    "建设",
    "推进",
    "年度",
    "情况",
    "主要",
    "工作",
    "报告",
    "加强",
    "全面",
    "深入",
    "有关",
    "存在",
    "履行",
    "责任",
    "重点",
    "党政",
}
MAX_HINTS = 2
# jieba's block and skip patterns and its test for a one-character "English" piece
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]")


@lru_cache(maxsize=8)
def _dictionary(vocabulary: tuple[str, ...] = ()) -> tuple[dict[str, int], float]:
    """(frequency of every word and 0 for every word prefix, log of the total),
    with `vocabulary` added as jieba's Tokenizer.add_word(word, freq=1000) does."""
    freq: dict[str, int] = {}
    total = 0
    words = [raw.strip().decode("utf-8").split(" ")[:2] for raw in DICT.read_bytes().splitlines()]
    words += [[w, "1000"] for w in vocabulary]
    for word, n in words:
        freq[word] = int(n)
        total += int(n)
        for i in range(len(word)):
            freq.setdefault(word[: i + 1], 0)
    return freq, log(total)


_LOGP: dict[tuple[str, ...], dict[str, float]] = {}


def _cut_block(sentence: str, vocabulary: tuple[str, ...] = ()):
    freq, logtotal = _dictionary(vocabulary)
    logp = _LOGP.get(vocabulary)  # word -> log(freq or 1) - logtotal, the same float jieba adds up
    if logp is None:
        if len(_LOGP) > 8:
            _LOGP.clear()
        logp = _LOGP[vocabulary] = {}
    n = len(sentence)
    dag: list[list[int]] = []
    for k in range(n):
        ends = []
        i = k
        frag = sentence[k]
        while i < n and frag in freq:
            if freq[frag]:
                ends.append(i)
            i += 1
            frag = sentence[k : i + 1]
        dag.append(ends or [k])
    route: list[tuple[float, int]] = [(0, 0)] * (n + 1)
    for idx in range(n - 1, -1, -1):
        best = None
        for x in dag[idx]:
            w = sentence[idx : x + 1]
            lp = logp.get(w)
            if lp is None:
                lp = logp[w] = log(freq.get(w) or 1) - logtotal
            cand = (lp + route[x + 1][0], x)
            if best is None or cand > best:
                best = cand
        route[idx] = best
    x = 0
    buf = ""
    while x < n:
        y = route[x][1] + 1
        word = sentence[x:y]
        if _RE_ENG.match(word) and len(word) == 1:
            buf += word
        else:
            if buf:
                yield buf
                buf = ""
            yield word
        x = y
    if buf:
        yield buf


def cut(text: str, vocabulary: tuple[str, ...] = ()):
    """The words of `text`, as jieba.Tokenizer(DICT).cut(text, HMM=False)
    (after tk.add_word(w, freq=1000) for each word of `vocabulary`)."""
    for blk in _RE_HAN.split(text):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            yield from _cut_block(blk, vocabulary)
        else:
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    yield x
                else:
                    yield from x


def cut_for_search(text: str, vocabulary: tuple[str, ...] = ()):
    """As jieba's cut_for_search(text, HMM=False): each word, preceded by its
    dictionary 2- and 3-character parts."""
    freq, _ = _dictionary(vocabulary)
    for w in cut(text, vocabulary):
        if len(w) > 2:
            for i in range(len(w) - 1):
                if freq.get(w[i : i + 2]):
                    yield w[i : i + 2]
        if len(w) > 3:
            for i in range(len(w) - 2):
                if freq.get(w[i : i + 3]):
                    yield w[i : i + 3]
        yield w


@lru_cache(maxsize=4096)
def words(text: str) -> frozenset[str]:
    return frozenset(w for w in cut(text) if len(w) >= 2 and w not in GENERIC)


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
