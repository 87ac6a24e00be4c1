"""The page's own form of its first lines, for the title a reader sees.

normalize unifies dashes ("——" and "—" become "-") and writes years in Chinese
numerals in Arabic digits ("二〇二三年" becomes "2023年"), so that patterns read
them alike. A title shown to the user should keep the page's own characters
("……实证研究——以2017年广东省为例", "子洲县二〇二三年……统计公报"), so for the
first lines of a text whose normalized form changed only those characters, the
page's form is kept beside it (hints["shown"] = {line no: [normalized, shown]});
the structure stage puts the page's characters back into the title it found.
The two strings are aligned character for character: both steps replace one
character by one character, and every other step of normalize is applied alike.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from itertools import accumulate

from . import (
    _CN_YEAR,
    _DASHES,
    _JUNK_BETWEEN_HAN,
    _LETTER_SPACED,
    _MULTISPACE,
    _PINYIN,
    _SPACES,
    _ZERO_WIDTH,
    _drop_junk,
    drop_lead_qmarks,
)

HEAD_LINES = 80  # the title is looked for among the first lines only
_DASH_CHARS = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_CN_DIGITS = frozenset("〇○零一二三四五六七八九")
# every match of _CN_YEAR opens with one of these pairs
_YEAR_OPENINGS = (("二", "〇"), ("二", "○"), ("二", "零"), ("一", "九"))


def _pair_in(text: str, first: str, second: str) -> bool:
    """(first + second) in text, found from the rarer second character (str.find of one character is a
    memchr; a two-character search is ~20x slower on Chinese text)."""
    at = text.find(second, 1)
    while at > 0:
        if text[at - 1] == first:
            return True
        at = text.find(second, at + 1)
    return False


def _shown_line(text: str) -> str:
    """normalize_line without the dash and Chinese-year steps."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _SPACES.sub(" ", text)
    text = drop_lead_qmarks(text.replace("\u3000", " ").strip())
    text = _MULTISPACE.sub("  ", text)
    text = _PINYIN.sub("", text)
    text = _JUNK_BETWEEN_HAN.sub(_drop_junk, text)
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _aligned(norm: str, shown: str) -> bool:
    """Whether `shown` differs from `norm` only by dashes and Chinese year digits."""
    if len(norm) != len(shown) or norm == shown:
        return False
    return all(
        a == b or (a == "-" and b in _DASH_CHARS) or (a.isdigit() and b in _CN_DIGITS) for a, b in zip(norm, shown)
    )


def shown_lines(simple: list[str], texts: list[str]) -> dict[int, list[str]]:
    """{line no: [normalized text, the page's text]} for the first lines whose
    dashes or Chinese-numeral years normalize changed."""
    out: dict[int, list[str]] = {}
    head = simple[: min(HEAD_LINES, len(texts))]
    # the lines where a dash or a year can be: found by searching them joined (most hold neither); a
    # year's look-ahead may reach over a line break there, so each such line is tried again on its own
    block = "\n".join(head)
    at: set[int] = set()
    starts = None
    # most texts have neither: a str scan for each character a match needs is ~50x cheaper than a regex's search
    dashes = any(ch in block for ch in _DASH_CHARS)
    years = any(_pair_in(block, first, second) for first, second in _YEAR_OPENINGS)
    for pat in (_DASHES,) * dashes + (_CN_YEAR,) * years:
        for m in pat.finditer(block):
            if starts is None:
                starts = list(accumulate((len(raw) + 1 for raw in head), initial=0))
            at.add(bisect_right(starts, m.start()) - 1)
    for i in sorted(at):
        raw, norm = head[i], texts[i]
        if not norm or not (_DASHES.search(raw) or _CN_YEAR.search(raw)):
            continue
        shown = _shown_line(raw)
        if _aligned(norm, shown):
            out[i + 1] = [norm, shown]
    return out


def restore(title: str, pairs) -> str:
    """`title` (found in normalized lines) with the page's dashes and year digits
    put back: each changed run of a line, with up to four characters around it,
    is looked up in the title."""
    for norm, shown in pairs:
        p = 0
        while p < len(norm):
            if norm[p] == shown[p]:
                p += 1
                continue
            q = p
            while q < len(norm) and norm[q] != shown[q]:
                q += 1
            left, right = norm[max(0, p - 4) : p], norm[q : q + 4]
            # the run with the characters around it; with one side only when the other
            # begins with a mark the title may have dropped (a footnote "*" before a subtitle's ——)
            sides = [(left, right)]
            if p and not norm[p - 1].isalnum() and len(right) >= 3:
                sides.append(("", right))
            if q < len(norm) and not norm[q].isalnum() and len(left) >= 3:
                sides.append((left, ""))
            for lk, rk in sides:
                if len(lk) + len(rk) < 2:
                    continue
                k = title.find(lk + norm[p:q] + rk)
                if k >= 0:
                    at = k + len(lk)
                    title = title[:at] + shown[p:q] + title[at + q - p :]
                    break
            p = q
    return title
