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


class _Segmenter:
    """One dictionary (with a vocabulary) ready for cutting: frequencies,
    and by first character the words with the log probability jieba adds up
    for each (where no word begins, the only word is the character itself,
    an unknown one: log(1) - log(total), the same float jieba uses)."""

    def __init__(self, vocabulary: tuple[str, ...]):
        self.freq, self.logtotal = _dictionary(vocabulary)
        self.unknown = log(1) - self.logtotal
        # first character -> (word, length, log probability) of each word with a frequency, shortest first:
        # the ends jieba's DAG finds at a position (every prefix of a word is in freq, so its walk reaches each)
        by_char: dict[str, list[tuple[str, int, float]]] = {}
        for w, n in self.freq.items():
            if n:
                by_char.setdefault(w[0], []).append((w, len(w), log(n) - self.logtotal))
        self.by_char = {c: tuple(sorted(ws, key=lambda t: t[1])) for c, ws in by_char.items()}

    def route(self, sentence: str) -> list[int]:
        """For each position, where the first word of the best route from
        there ends (jieba's DAG and route: the same floats, added in the
        same order, ties to the longer word)."""
        by_char = self.by_char
        unknown = self.unknown
        n = len(sentence)
        value = [0.0] * (n + 1)  # best log probability from here
        end = list(range(n + 1))  # a character alone unless a longer word wins
        v = 0.0  # value[idx + 1]
        for idx in range(n - 1, -1, -1):
            words = by_char.get(sentence[idx])
            best_v = None
            best_x = idx
            if words is not None:
                for w, length, lp in words:
                    if sentence.startswith(w, idx):
                        x = idx + length - 1
                        c = lp + value[x + 1]
                        if best_v is None or c > best_v or (c == best_v and x > best_x):  # as tuples (v, x) compare
                            best_v, best_x = c, x
            if best_v is None:  # no dictionary word begins here: the character alone (log(1) - logtotal)
                v = unknown + v
            else:
                v = best_v
                end[idx] = best_x
            value[idx] = v
        return end

    def block(self, sentence: str):
        """The words of one block (jieba's __cut_DAG_NO_HMM)."""
        end = self.route(sentence)
        n = len(sentence)
        x = 0
        buf = ""
        while x < n:
            y = end[x] + 1
            word = sentence[x:y]
            if y - x == 1 and _RE_ENG.match(word):
                buf += word
            else:
                if buf:
                    yield buf
                    buf = ""
                yield word
            x = y
        if buf:
            yield buf

    def long_words(self, sentence: str) -> list[str]:
        """The words of block() with two or more characters, except runs of
        ASCII letters and digits, in order."""
        end = self.route(sentence)
        n = len(sentence)
        out = []
        x = 0
        while x < n:
            y = end[x] + 1
            if y - x > 1:
                out.append(sentence[x:y])
            x = y
        return out


_SEGMENTERS: dict[tuple[str, ...], _Segmenter] = {}


def _segmenter(vocabulary: tuple[str, ...]) -> _Segmenter:
    got = _SEGMENTERS.get(vocabulary)
    if got is None:
        if len(_SEGMENTERS) > 8:
            _SEGMENTERS.clear()
        got = _SEGMENTERS[vocabulary] = _Segmenter(vocabulary)
    return got


def _cut_block(sentence: str, vocabulary: tuple[str, ...] = ()):
    return _segmenter(vocabulary).block(sentence)


def cut(text: str, vocabulary: tuple[str, ...] = ()):
    """The words of `text`, as jieba.Tokenizer(DICT).cut(text, HMM=False)
    (after tk.add_word(w, freq=1000) for each word of `vocabulary`)."""
    seg = _segmenter(vocabulary)
    for blk in _RE_HAN.split(text):
        if not blk:
            continue
        if _RE_HAN.match(blk):
            yield from seg.block(blk)
        else:
            for x in _RE_SKIP.split(blk):
                if _RE_SKIP.match(x):
                    yield x
                else:
                    yield from x


def cut_for_search(text: str, vocabulary: tuple[str, ...] = ()):
    """As jieba's cut_for_search(text, HMM=False): each word, preceded by its
    dictionary 2- and 3-character parts."""
    freq = _segmenter(vocabulary).freq
    for w in cut(text, vocabulary):
        if len(w) > 2:
            yield from _parts(w, freq)
        yield w


def _parts(w: str, freq: dict) -> list[str]:
    """A long word's dictionary 2-character parts, then (over 3 characters)
    its 3-character parts, in jieba's cut_for_search order."""
    out = [w[i : i + 2] for i in range(len(w) - 1) if freq.get(w[i : i + 2])]
    if len(w) > 3:
        out += [w[i : i + 3] for i in range(len(w) - 2) if freq.get(w[i : i + 3])]
    return out


def search_terms(text: str, vocabulary: tuple[str, ...] = ()):
    """The words of cut_for_search(text, vocabulary) that have two or more
    characters and are not all ASCII (and maybe a few that are), in the
    same order: what cross_section's key terms are chosen from, without
    the single characters (most of a text) going through the generators."""
    seg = _segmenter(vocabulary)
    freq = seg.freq
    for blk in _RE_HAN.split(text):
        if not blk or not _RE_HAN.match(blk):
            continue  # punctuation and spaces: single characters, or "\r\n"
        for w in seg.long_words(blk):
            if len(w) > 2:
                yield from _parts(w, freq)
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
