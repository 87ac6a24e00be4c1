"""Chinese numerals as numbers, shared by the normalizer (dates written
二〇二四年三月一日) and the heading tree (the sequence 一、二、三…)."""

from __future__ import annotations

CN_DIGITS = "一二三四五六七八九十"
_VALUES = {c: i + 1 for i, c in enumerate(CN_DIGITS)}


def cn_value(num: str) -> int:
    """一..九十九 -> int; arabic digits too; 0 for anything else."""
    if num.isdigit():
        return int(num)
    if "十" not in num:
        return _VALUES.get(num, 0)
    tens, _, ones = num.partition("十")
    return (_VALUES.get(tens, 1) if tens else 1) * 10 + (_VALUES.get(ones, 0) if ones else 0)
