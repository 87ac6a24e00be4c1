"""Dates as real reports write them.

2024年2月28日 · 二〇二四年二月二十八日 · 2024-02-28 / 2024/2/28 / 2024.02.28 ·
"2022- 02- 28" (spaces inside) · "12月 24, 2021" · and, for a line that holds
nothing but a date, digits whose separators were lost ("2024228"), resolved
only when exactly one reading is a valid date.
"""
from __future__ import annotations

import datetime as dt
import re

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_YMD_CN = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_YMD_HAN = re.compile(r"([〇○零O一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                      r"\s*([一二三四五六七八九十]{1,3})\s*日")
_YMD_SEP = re.compile(r"(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_MDY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[,]\s*(\d{4})(?!\d)")
_ONLY_DIGITS = re.compile(r"^\s*(\d{4})(\d{2,4})\s*$")

YEAR_MIN, YEAR_MAX = 1990, 2100


def _make(y: int, m: int, d: int) -> dt.date | None:
    if not (YEAR_MIN <= y <= YEAR_MAX):
        return None
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _han_number(s: str) -> int:
    """一..九, 十, 十一..十九, 二十..三十一."""
    if "十" not in s:
        return _CN_DIGIT.get(s, 0)
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + (_CN_DIGIT.get(ones, 0) if ones else 0)


def find_dates(text: str) -> list[tuple[dt.date, int, int]]:
    """All dates in a text as (date, start, end), in order of position."""
    found: list[tuple[dt.date, int, int]] = []
    for m in _YMD_CN.finditer(text):
        d = _make(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _YMD_HAN.finditer(text):
        y = int("".join(str(_CN_DIGIT[c]) for c in m[1]))
        d = _make(y, _han_number(m[2]), _han_number(m[3]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _YMD_SEP.finditer(text):
        d = _make(int(m[1]), int(m[3]), int(m[4]))
        if d:
            found.append((d, m.start(), m.end()))
    for m in _MDY.finditer(text):
        d = _make(int(m[3]), int(m[1]), int(m[2]))
        if d:
            found.append((d, m.start(), m.end()))
    found.sort(key=lambda t: t[1])
    # drop matches nested in an earlier one
    out: list[tuple[dt.date, int, int]] = []
    for item in found:
        if not out or item[1] >= out[-1][2]:
            out.append(item)
    return out


def digits_only_date(text: str) -> dt.date | None:
    """A line of bare digits: "20240228", "2024228", "202437". Only an
    unambiguous reading counts ("2024111" could be 1-11 or 11-1: None)."""
    m = _ONLY_DIGITS.match(text)
    if not m:
        return None
    y, rest = int(m[1]), m[2]
    readings = set()
    for cut in range(1, len(rest)):
        ms, ds = rest[:cut], rest[cut:]
        if len(ms) > 2 or len(ds) > 2:
            continue
        if (len(ms) == 2 and ms[0] == "0") or (len(ds) == 2 and ds[0] == "0"):
            # zero-padded parts only in the full 8-digit form
            if len(rest) != 4:
                continue
        d = _make(y, int(ms), int(ds))
        if d:
            readings.add(d)
    return readings.pop() if len(readings) == 1 else None


def line_date(text: str) -> dt.date | None:
    """The date of a line that holds a date and (almost) nothing else."""
    stripped = text.strip()
    d = digits_only_date(stripped)
    if d:
        return d
    dates = find_dates(stripped)
    if len(dates) == 1:
        date, s, e = dates[0]
        rest = (stripped[:s] + stripped[e:]).strip(" ()")
        if len(rest) <= 2:
            return date
    return None
