"""The whole-text normalization skips the steps that cannot change a text
(checker/normalize/__init__.py: one scan for the rare characters, a literal
test before the run-of-spaces step, a literal-first test before splitting a
line at an embedded heading, a prefix count of Han characters before the
full count). Each kind of noise alone, and two kinds together, inserted into
each seed: the result is what the line-by-line reference path gives."""

from __future__ import annotations

import itertools
import random
import re

from conftest import SEED_NAMES, seed_text

from checker.model import SourceText
from checker.normalize import _HAN_RUN, TRADITIONAL_SHARE, _han_count, normalize, normalize_block, normalize_line

NOISE = {
    "zero-width": ["\u200b", "\ufeff", "\u00ad"],
    "spaces": ["\u00a0", "\u2002", "\t", "\u3000"],
    "run of spaces": ["  ", "   "],
    "dashes": ["—", "－", "\u2212"],
    "junk": ["★", "🙂", "\ue000", "\ufe0f"],
    "pinyin": ["(jī)"],
    "embedded heading": ["。二、存在的问题", "；(三)加强"],
    "years in Chinese numerals": ["二〇二三年", "一九九九年", "二○二四年三月一日", "二零二二 年"],
    "months and days in Chinese numerals": [
        "5年十二月三十一日",
        "今年三月一日",
        "2023年十月",
        "年年十月一日",
        "٣年二月九日",
    ],
    "runs of spaces": ["  ", "   ", "    "],
    "letter-spaced": [" 法 治 政 府 ", "琼 海 市", " 一 ", "甲 乙"],
}


def _noisy(text: str, kinds: tuple[str, ...], rnd: random.Random) -> str:
    chars = list(text)
    for _ in range(max(1, len(chars) // 200)):
        chars.insert(rnd.randrange(len(chars) + 1), rnd.choice([x for k in kinds for x in NOISE[k]]))
    return "".join(chars)


def _lines(text: str, plain: bool, monkeypatch) -> list[tuple[int, str]]:
    monkeypatch.setenv("LAWCHECK_PLAIN", "1" if plain else "0")
    src = SourceText(path="x.txt", format="txt", lines=text.split("\n"), encoding="utf-8")
    return [(line.no, line.text) for line in normalize(src).lines]


def test_each_kind_of_noise_alone_and_in_pairs(monkeypatch):
    rnd = random.Random(5)
    kinds = [(k,) for k in NOISE] + list(itertools.combinations(NOISE, 2))
    for name in SEED_NAMES:
        text = seed_text(name)
        assert _lines(text, False, monkeypatch) == _lines(text, True, monkeypatch)
        for combo in kinds:
            noisy = _noisy(text, combo, rnd)
            lines = noisy.split("\n")
            assert normalize_block(lines) == [normalize_line(x) for x in lines], combo
            assert _lines(noisy, False, monkeypatch) == _lines(noisy, True, monkeypatch), combo


def test_prefix_count_decides_as_the_full_count():
    rnd = random.Random(7)
    for name in SEED_NAMES:
        text = seed_text(name)
        full = len(text) - len(_HAN_RUN.sub("", text))
        for may in [0, 1, 2, 5, 20, 50, 100, 1000, rnd.randrange(5000)]:
            got = _han_count(text, may)
            assert got <= full
            assert (may < got * TRADITIONAL_SHARE) == (may < full * TRADITIONAL_SHARE)


def test_character_sets_are_the_regex_classes():
    """The sets that tell which steps a text needs hold exactly the characters
    of the steps' own regex classes; the rare-character class is their union
    with the junk class."""
    import checker.normalize as N

    junk = re.compile(f"[{N._JUNK_CHARS}]")
    for code in range(0x110000):
        ch = chr(code)
        assert (ch in N._ZW_SET) == bool(N._ZERO_WIDTH_RE.match(ch))
        assert (ch in N._SPACE_SET) == bool(N._SPACES.match(ch))
        assert (ch in N._DASH_SET) == bool(N._DASHES.match(ch))
        assert bool(N._RARE.match(ch)) == (
            ch in N._ZW_SET or ch in N._SPACE_SET or ch in N._DASH_SET or ch in N._YEAR_SET or bool(junk.match(ch))
        )


def _shown_reference(simple: list[str], texts: list[str]) -> dict[int, list[str]]:
    """shown_lines as it was written first: both regexes on every line."""
    from checker.normalize import _CN_YEAR, _DASHES
    from checker.normalize.shown import HEAD_LINES, _aligned, _shown_line

    out: dict[int, list[str]] = {}
    for no, (raw, norm) in enumerate(zip(simple[:HEAD_LINES], texts[:HEAD_LINES]), start=1):
        if not norm or not (_DASHES.search(raw) or _CN_YEAR.search(raw)):
            continue
        shown = _shown_line(raw)
        if _aligned(norm, shown):
            out[no] = [norm, shown]
    return out


def test_shown_lines_finds_the_lines_as_a_search_of_each_line():
    """shown_lines looks for dashes and Chinese-numeral years in the first
    lines joined (single-character scans first): the same lines as both
    regexes run on every line, also for a year whose 年 is on the next line
    and for dashes and years at line starts and ends."""
    from checker.normalize.shown import _DASH_CHARS, shown_lines

    rnd = random.Random(11)
    pieces = [*_DASH_CHARS, "二〇二三年", "二〇二三", "年", "一九九九 年", "二○二四年", "二零", "零", "九", "一", "\n"]
    for name in SEED_NAMES:
        base = seed_text(name).split("\n")[:30]
        for _ in range(40):
            lines = list(base)
            for _ in range(rnd.randrange(0, 4)):
                k = rnd.randrange(len(lines))
                at = rnd.choice([0, len(lines[k]), rnd.randrange(len(lines[k]) + 1)])
                lines[k] = lines[k][:at] + rnd.choice(pieces) + lines[k][at:]
            lines = "\n".join(lines).split("\n")
            texts = normalize_block(lines)
            assert shown_lines(lines, texts) == _shown_reference(lines, texts)
    assert shown_lines(["标题二〇二三", "年度报告"], ["标题2023", "年度报告"]) == _shown_reference(
        ["标题二〇二三", "年度报告"], ["标题2023", "年度报告"]
    )


def test_astral_test_is_the_regex_class():
    """t2s._has_astral says what a search for [\\U00010000-\\U0010ffff] says (a lone surrogate is no
    astral character)."""
    import re

    from checker.normalize.t2s import _has_astral

    astral = re.compile("[\U00010000-\U0010ffff]")
    for text in ["", "abc", "法治政府", "a\U0001f600", "\U00020000", "x\ud800y", "\udbff\udfff", "法\U0010ffff"]:
        assert _has_astral(text) == (astral.search(text) is not None), text


def test_changeable_is_zero_exactly_when_nothing_may_change(monkeypatch):
    """t2s.changeable (one pass, as to_simplified uses it) is count(), and 0 exactly when may_change() is
    False, in both of its modes (the set for a process's first texts, then the regex class), on seeds,
    traditional and mixed text and texts without any Han character."""
    from checker.normalize import t2s

    texts = [seed_text(n) for n in SEED_NAMES] + ["", "abc 123", "法治政府建设", "覆盖全面", "國務院關於", "答覆"]
    texts += [t.replace("法治", "法治國") for t in texts[:2]] + ["\U00020000覆", "x\ud800y"]
    for calls in (0, t2s.REGEX_AFTER):  # the set mode, the regex mode
        for text in texts:
            monkeypatch.setattr(t2s, "_calls", calls)
            n = t2s.changeable(text)
            assert n == t2s.count(text), text[:20]
            monkeypatch.setattr(t2s, "_calls", calls)
            assert (n > 0) == t2s.may_change(text), text[:20]
    assert any(t2s.changeable(t) == 0 for t in texts) and any(t2s.changeable(t) > 0 for t in texts)
