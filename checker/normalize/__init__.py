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

from .. import rx
from ..cnnum import cn_value
from ..lazyre import LazyPattern
from ..model import Line, NormText, SourceText
from . import t2s
from .onechar import rejoin

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = rx.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]")
_DASHES = rx.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# Three or more Han characters each followed by one space: letter-spaced.
_LETTER_SPACED = LazyPattern(rf"[{_HAN}](?: [{_HAN}]){{2,}}")
_MULTISPACE = rx.compile(r" {2,}")
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
_CN_YEAR = rx.compile(r"(一九|二[〇○零])([〇○零一二三四五六七八九]{2})(?=\s*年)")
# the same on a whole text (lines joined by "\n"): the gap before 年 stays on its line
_CN_YEAR_BLOCK = rx.compile(r"(一九|二[〇○零])([〇○零一二三四五六七八九]{2})(?=[^\S\n]*年)")
_HAN_CHAR = LazyPattern(r"[\u4e00-\u9fff]")
_HAN_RUN = rx.compile(r"[\u4e00-\u9fff]+")
# Cheap necessary conditions (a literal first: the regex engine skips ahead) in
# front of the patterns that start with a look-behind or a Han class, which
# cost ~30 ns at every character of a Chinese text even when nothing matches.
_ZERO_WIDTH_RE = rx.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_PINYIN_PRE = rx.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]")
_MONTH_DAY_PRE = rx.compile(r"年(?:十|[一二三四五六七八九])")
# Every character the zero-width, space, dash and junk steps act on, in one class: one scan of
# the text tells which of those steps can change anything (most texts need one or two of them).
_ZW_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACE_CHARS = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t"
_DASH_CHARS = "\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
_JUNK_CHARS = "\u2300-\u25ca\u25cc-\u25ee\u25f0-\u2bff\ue000-\uf8ff\ufe00-\ufe0f\U0001f000-\U0001faff"
# a year in Chinese numerals holds one of these (一九.. or 二〇/二○/二零..): none, no year to rewrite
_YEAR_CHARS = "九〇○零"
_RARE = rx.compile(f"[{_ZW_CHARS}{_SPACE_CHARS}{_DASH_CHARS}{_JUNK_CHARS}{_YEAR_CHARS}]")


def _chars(spec: str) -> frozenset[str]:
    """The characters of a class body made of characters and a-b ranges."""
    out, i = set(), 0
    while i < len(spec):
        if i + 2 < len(spec) and spec[i + 1] == "-":
            out.update(map(chr, range(ord(spec[i]), ord(spec[i + 2]) + 1)))
            i += 3
        else:
            out.add(spec[i])
            i += 1
    return frozenset(out)


_ZW_SET, _SPACE_SET, _DASH_SET = _chars(_ZW_CHARS), _chars(_SPACE_CHARS), _chars(_DASH_CHARS)
_YEAR_SET = frozenset(_YEAR_CHARS)
_LETTER_SPACED_PRE = rx.compile(rf" [{_HAN}] ")
# the same found from its 年 (a literal: the engine jumps from 年 to 年 instead of trying the look-behind at
# every position); a match not after a digit is left as it is (no 年 inside a match: none is skipped)
_CN_MONTH_DAY_AT = LazyPattern(
    r"年(十[一二]?|[一二三四五六七八九])月(三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
_CN_MONTH_DAY = LazyPattern(
    r"(?<=\d年)(十[一二]?|[一二三四五六七八九])月(三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日"
)
_JUNK_BETWEEN_HAN = LazyPattern(
    rf"(?<=[{_HAN}])[\u2300-\u25ca\u25cc-\u25ee\u25f0-\u2bff\ue000-\uf8ff\ufe00-\ufe0f\U0001f000-\U0001faff]+(?=[{_HAN}])"
)
# ☆/★/△ standing for a number on a template page ("列出☆个市直部门☆项", "☆多个重点领域"): kept before a
# measure word or a unit, so that the page still shows its placeholders; spam symbols elsewhere go
_PLACEHOLDER = rx.compile(r"[☆★△]{1,3}")
_MEASURE = frozenset("个项次件名家所场批篇份余多万亿条户座处类种支届")


# Ideographic spaces that a mirror's wrong encoding turned into question marks, at the start of
# each paragraph ("??2020年,我州……", "????11月7日,……"): two or more before a Han character, a
# digit or an opening bracket are the paragraph's indent, never text (a literal gate: "??"). One
# pattern for a line and for a block of lines (at the start of each).
_LEAD_QMARKS = rx.compile(r"(?m)^ *\?{2,} *(?=[\u4e00-\u9fff\d(])")


def drop_lead_qmarks(text: str) -> str:
    """A line, or each line of a block, without its question-mark indent (see _LEAD_QMARKS)."""
    return _LEAD_QMARKS.sub("", text) if "??" in text else text


def _drop_junk(m: re.Match) -> str:
    junk = m.group(0)
    nxt = m.string[m.end() : m.end() + 1]
    return junk if nxt in _MEASURE and _PLACEHOLDER.fullmatch(junk) else ""


# An embedded heading after a sentence end: "。二、" / "。(三)" (also after ；! ?).
_EMBEDDED_HEADING = LazyPattern(r"(?<=[。;!?])\s*(?=(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)))")
# the same with the sentence end as its first character (the look-behind above makes the regex
# engine try every position of a line: ~3 us a long line): no match, no split
_EMBEDDED_PRE = rx.compile(r"[。;!?]\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\))")
_SPLIT_MIN = 200  # only long lines are candidates for splitting
_PINYIN = LazyPattern(rf"(?<=[{_HAN}])(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{{1,6}}\))+")
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
        # at most count() characters change (none: OpenCC returns the text as it is); too few for the
        # share, whatever OpenCC does (seen in simplified texts: 覆 of 覆盖, which t2s changes only in
        # phrases such as 答覆)
        may = t2s.changeable(text)
        if not may or may < _han_count(text, may) * TRADITIONAL_SHARE:
            return lines
        out = [t2s.convert(line) if t2s.may_change(line) else line for line in lines]
    changed = sum(sum(1 for a, b in zip(x, y) if a != b) for x, y in zip(lines, out) if x is not y)
    if not changed:
        return lines
    han = sum(len(_HAN_CHAR.findall(line)) for line in lines)
    return out if han and changed >= han * TRADITIONAL_SHARE else lines


def _han_count(text: str, may: int) -> int:
    """The number of Han characters in `text`, or a lower bound of it that is
    already large enough: `may` changeable characters are too few for the
    conversion share when the Han characters of a prefix alone outnumber
    them by the share (counting the whole text costs ~75 us)."""
    need = may / TRADITIONAL_SHARE
    size = int(need * 1.5) + 64
    while size < len(text):
        head = text[:size]
        han = len(head) - len(_HAN_RUN.sub("", head))
        if may < han * TRADITIONAL_SHARE:
            return han
        size *= 4
    return len(text) - len(_HAN_RUN.sub("", text))


def arabic_dates(text: str, _year: re.Pattern = _CN_YEAR, _fast: bool = False, _years: bool = True) -> str:
    """_years=False: the caller knows no year in Chinese numerals can be there."""
    if "年" not in text:
        return text
    if _years:
        text = _year.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(0)), text)
    if _fast:
        if not _MONTH_DAY_PRE.search(text):
            return text
        return _CN_MONTH_DAY_AT.sub(_month_day_at, text)
    return _CN_MONTH_DAY.sub(lambda m: f"{cn_value(m.group(1))}月{cn_value(m.group(2))}日", text)


def _month_day_at(m: re.Match) -> str:
    """_CN_MONTH_DAY's replacement, for a match of _CN_MONTH_DAY_AT (its 年 included)."""
    start = m.start()
    if start and m.string[start - 1].isdecimal():  # (?<=\d年): re's \d is str.isdecimal()
        return f"年{cn_value(m.group(1))}月{cn_value(m.group(2))}日"
    return m.group(0)


def normalize_line(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)
    text = _SPACES.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = drop_lead_qmarks(text.replace("\u3000", " ").strip())
    text = _MULTISPACE.sub("  ", text)  # keep a visible gap, drop long runs
    text = _PINYIN.sub("", text)
    text = _JUNK_BETWEEN_HAN.sub(_drop_junk, text)
    text = arabic_dates(text)
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return text


def _split_run_together(text: str) -> list[str]:
    if len(text) < _SPLIT_MIN:
        return [text]
    if not _EMBEDDED_PRE.search(text):
        return [p for p in (text.strip(),) if p]
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
    # which of the character steps can change anything (none of them adds a character another
    # one acts on, except spaces for the run-of-spaces step, which is tested after them)
    # Each of those three steps maps single characters to a constant, so it is the same as replacing
    # each of its characters that occurs (str.replace: a C scan, ~5x faster than the class regex).
    rare = set(_RARE.findall(text))
    if rare:
        for ch in rare & _ZW_SET:
            text = text.replace(ch, "")
        for ch in rare & _SPACE_SET:  # U+3000 is one of them
            text = text.replace(ch, " ")
        for ch in rare & _DASH_SET:
            text = text.replace(ch, "-")
    text = drop_lead_qmarks(text)
    while "   " in text:  # = _MULTISPACE.sub("  ", text): runs of 3+ spaces shrink to 2, runs of 2 stay
        text = text.replace("   ", "  ")
    if _PINYIN_PRE.search(text):
        text = _PINYIN.sub("", text)
    if rare - _ZW_SET - _SPACE_SET - _DASH_SET - _YEAR_SET:  # what is left of the rare characters is junk
        text = _JUNK_BETWEEN_HAN.sub(_drop_junk, text)
    # a year in Chinese numerals starts 一九 or 二〇/二○/二零
    years = "〇" in rare or "○" in rare or ("九" in rare and "一九" in text) or ("零" in rare and "二零" in text)
    text = arabic_dates(text, _CN_YEAR_BLOCK, _fast=True, _years=years)
    if _LETTER_SPACED_PRE.search(text):
        # only on the lines that have " X " (the pattern starts with a Han class: over a whole text it
        # tries every character, ~50 ns each); it never reaches over a line break
        pre, spaced = _LETTER_SPACED_PRE.search, _LETTER_SPACED.sub
        return [(spaced(_closed_up, line) if pre(line) else line).strip() for line in text.split("\n")]
    return [line.strip() for line in text.split("\n")]


def _closed_up(m: re.Match) -> str:
    return m.group(0).replace(" ", "")


def _line(no: int, text: str, _new=object.__new__) -> Line:
    """Line(no=no, text=text) without the frozen dataclass's __init__ (one
    object.__setattr__ call per field, ~0.4 us a line): the same object."""
    line = _new(Line)
    d = line.__dict__
    d["no"] = no
    d["text"] = text
    return line


def normalize(src: SourceText) -> NormText:
    plain = plain_path()
    simple = to_simplified(src.lines, plain)
    texts = [normalize_line(raw) for raw in simple] if plain else normalize_block(simple)
    texts = rejoin(texts)  # a text laid out one character per line, read as its paragraphs (onechar.py)
    lines: list[Line] = []
    for no, text in enumerate(texts, start=1):
        if not text:
            continue
        if len(text) < _SPLIT_MIN:
            lines.append(_line(no, text))
            continue
        for piece in _split_run_together(text):
            lines.append(_line(no, piece))
    hints = dict(src.hints)
    from .shown import shown_lines  # (a submodule that reads this module's patterns)

    shown = shown_lines(simple, texts)
    if shown:
        hints["shown"] = shown  # the page's own dashes and year digits, for the title (normalize/shown.py)
    return NormText(path=src.path, format=src.format, lines=lines, encoding=src.encoding, hints=hints)
