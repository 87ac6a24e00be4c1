"""Stage 2: SourceText -> NormText.

* NFKC (full-width ASCII and punctuation to half width: （一） -> (一), ：-> :),
  U+2002/U+3000/U+00A0 and other spaces to a plain space, zero-width marks
  and BOMs removed, CR/CRLF already split by the readers.
* Dashes unified to "-" (－ — – ― ‒ ~ 〜 between digits), so "2021—2025" and
  "2021－2025" read alike.
* Letter-spaced Chinese ("琼 海 市 人 民 政 府") closed up: in a run of three
  or more Han characters each followed by one space, the spaces go.
* Traditional characters (mirror sites) converted to simplified with OpenCC
  when they are more than a trace of the text; pinyin after each character
  ("機(jī)關(guān)") dropped.
* Years and dates in Chinese numerals ("二〇二三年", "二〇二四年三月一日") written
  in Arabic digits, as the 公文 standard does since 2012, so that year
  patterns and the deadline check read them.
* Junk that spam mirrors inject between two Chinese characters ("第一责★任人")
  dropped: technical symbols, shapes, dingbats, emoji and private-use
  characters, but not ○/◯, which stand for zero in "二○二三年", nor ☆/★/△ right
  before a measure word or a unit, which stand for a number on 范文 pages ("☆个部门").
* The page's own dashes and Chinese-numeral years of the first lines are kept beside
  the normalized text (hints["shown"], see shown.py), for the title a reader sees.
* Lines whose breaks were lost ("…成效。二、存在的问题 …") are split before
  an embedded first- or second-level heading number; every piece keeps the
  line number of the line it came from, so evidence still points at the file.
"""

from __future__ import annotations

import os
import re
import unicodedata

from ..cnnum import cn_value
from ..model import Line, NormText, SourceText
from . import t2s

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# Three or more Han characters each followed by one space: letter-spaced.
_LETTER_SPACED = re.compile(rf"[{_HAN}](?: [{_HAN}]){{2,}}")
_MULTISPACE = re.compile(r" {2,}")
_CN_DIGIT = {
    "〇": "0",
    "○": "0",
    "零": "0",
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
}
_CN_YEAR = re.compile(r"(一九|二[〇○零])([〇○零一二三四五六七八九]{2})(?=\s*年)")
# the same on a whole text (lines joined by "\n"): the gap before 年 stays on its line
_CN_YEAR_BLOCK = re.compile(r"(一九|二[〇○零])([〇○零一二三四五六七八九]{2})(?=[^\S\n]*年)")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# Cheap necessary conditions (a literal first: the regex engine skips ahead) in
# front of the patterns that start with a look-behind or a Han class, which
# cost ~30 ns at every character of a Chinese text even when nothing matches.
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_PINYIN_PRE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
_JUNK_PRE = re.compile(r"[\u2300-\u25ca\u25cc-\u25ee\u25f0-\u2bff\ue000-\uf8ff\ufe00-\ufe0f\U0001f000-\U0001faff]")
_MONTH_DAY_PRE = re.compile(r"年(?:十|[一二三四五六七八九])")
_LETTER_SPACED_PRE = re.compile(rf" [{_HAN}] ")
_CN_MONTH_DAY = re.compile(
    r"(?<=\d年)(十[一二]?|[一二三四五六七八九])月(三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
_JUNK_BETWEEN_HAN = re.compile(
    rf"(?<=[{_HAN}])[\u2300-\u25ca\u25cc-\u25ee\u25f0-\u2bff\ue000-\uf8ff\ufe00-\ufe0f\U0001f000-\U0001faff]+(?=[{_HAN}])"
)
# ☆/★/△ standing for a number on a template page ("列出☆个市直部门☆项", "☆多个重点领域"): kept before a
# measure word or a unit, so that the page still shows its placeholders; spam symbols elsewhere go
_PLACEHOLDER = re.compile(r"[☆★△]{1,3}")
_MEASURE = frozenset("个项次件名家所场批篇份余多万亿条户座处类种支届")


def _drop_junk(m: re.Match) -> str:
    junk = m.group(0)
    nxt = m.string[m.end() : m.end() + 1]
    return junk if nxt in _MEASURE and _PLACEHOLDER.fullmatch(junk) else ""


# An embedded heading after a sentence end: "。二、" / "。(三)" (also after ；! ?).
_EMBEDDED_HEADING = re.compile(r"(?<=[。;!?])\s*(?=(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)))")
_SPLIT_MIN = 200  # only long lines are candidates for splitting
_PINYIN = re.compile(rf"(?<=[{_HAN}])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}\)")
TRADITIONAL_SHARE = 0.01  # converted when at least this share of Han characters changes


def plain_path() -> bool:
    """LAWCHECK_PLAIN=1: the reference path (line by line, OpenCC over every
    line), kept to prove the fast path gives the same result."""
    return os.environ.get("LAWCHECK_PLAIN") == "1"


def to_simplified(lines: list[str], plain: bool = False) -> list[str]:
    """Convert a traditional-character text; leave a simplified one as it is
    (so that quotes stay the file's own characters). Only lines holding a
    character OpenCC may change are converted (t2s.may_change is exact);
    the Han characters are counted only when something changed."""
    if plain:
        han = sum(1 for line in lines for ch in line if "\u4e00" <= ch <= "\u9fff")
        if not han:
            return lines
        out = [t2s.convert(line) for line in lines]
    else:
        text = "\n".join(lines)
        if not t2s.may_change(text):
            return lines
        # at most count() characters change: too few for the share, whatever OpenCC does (seen in
        # simplified texts: 覆 of 覆盖, which t2s changes only in phrases such as 答覆)
        if t2s.count(text) < (len(text) - len(_HAN_RUN.sub("", text))) * TRADITIONAL_SHARE:  # Han count
            return lines
        out = [t2s.convert(line) if t2s.may_change(line) else line for line in lines]
    changed = sum(sum(1 for a, b in zip(x, y) if a != b) for x, y in zip(lines, out) if x is not y)
    if not changed:
        return lines
    han = sum(len(_HAN_CHAR.findall(line)) for line in lines)
    return out if han and changed >= han * TRADITIONAL_SHARE else lines


def arabic_dates(text: str, _year: re.Pattern = _CN_YEAR, _fast: bool = False) -> str:
    if "年" not in text:
        return text
    text = _year.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)
    if _fast and not _MONTH_DAY_PRE.search(text):
        return text
    return _CN_MONTH_DAY.sub(lambda m: f"{cn_value(m.group(1))}月{cn_value(m.group(2))}日", text)


def normalize_line(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _SPACES.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = text.replace("\u3000", " ").strip()
    text = _MULTISPACE.sub("  ", text)  # keep a visible gap, drop long runs
    text = _PINYIN.sub("", text)
    text = _JUNK_BETWEEN_HAN.sub(_drop_junk, text)
    text = arabic_dates(text)
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


def _split_run_together(text: str) -> list[str]:
    if len(text) < _SPLIT_MIN:
        return [text]
    parts = [p.strip() for p in _EMBEDDED_HEADING.split(text)]
    return [p for p in parts if p]


def normalize_block(lines: list[str]) -> list[str]:
    """normalize_line over every line at once: the steps run on the text with
    the lines joined by "\n" (none of them reaches over a line break; NFKC
    composes nothing with "\n"), so a report costs a dozen calls, not a dozen
    per line. Same result as [normalize_line(x) for x in lines]."""
    # NFKC line by line: CPython returns a line its quick check passes as it is, and rewrites
    # the whole string otherwise, so one full-width comma would cost the whole text
    nfkc = unicodedata.normalize
    text = "\n".join([nfkc("NFKC", line) for line in lines])
    text = _ZERO_WIDTH_RE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = text.replace("\u3000", " ")
    text = _MULTISPACE.sub("  ", text)
    if _PINYIN_PRE.search(text):
        text = _PINYIN.sub("", text)
    if _JUNK_PRE.search(text):
        text = _JUNK_BETWEEN_HAN.sub(_drop_junk, text)
    text = arabic_dates(text, _CN_YEAR_BLOCK, _fast=True)
    if _LETTER_SPACED_PRE.search(text):
        text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return [line.strip() for line in text.split("\n")]


def normalize(src: SourceText) -> NormText:
    plain = plain_path()
    simple = to_simplified(src.lines, plain)
    texts = [normalize_line(raw) for raw in simple] if plain else normalize_block(simple)
    lines: list[Line] = []
    for no, text in enumerate(texts, start=1):
        if not text:
            continue
        if len(text) < _SPLIT_MIN:
            lines.append(Line(no=no, text=text))
            continue
        for piece in _split_run_together(text):
            lines.append(Line(no=no, text=piece))
    hints = dict(src.hints)
    from .shown import shown_lines  # (a submodule that reads this module's patterns)

    shown = shown_lines(simple, texts)
    if shown:
        hints["shown"] = shown  # the page's own dashes and year digits, for the title (normalize/shown.py)
    return NormText(path=src.path, format=src.format, lines=lines, encoding=src.encoding, hints=hints)
