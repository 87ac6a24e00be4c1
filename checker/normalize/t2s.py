"""Traditional -> simplified conversion, paid only by texts that need it.

`convert(lines)` uses one OpenCC "t2s" converter per process (its
dictionaries take ~1.5 ms to load). `may_change(text)` is the cheap test in
front of it: OpenCC's t2s can only change a text that contains one of the
characters in checker/data/t2s_chars.txt, i.e. every character that its
dictionaries (TSPhrases, TSCharactersExt, TSCharacters and the
CJK-compatibility normalization) map to something else, alone or at its
place in a phrase. A text without any of them converts to itself, so the
test is exact, not a guess.

The list is generated from the installed OpenCC's own dictionaries:

    .venv/bin/python -m checker.normalize.t2s > checker/data/t2s_chars.txt

(tests/test_normalize_fast.py checks that the shipped list still matches).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import rx

DICTS = ("CJK_Compatibility_Ideographs", "TSPhrases", "TSCharactersExt", "TSCharacters")
_DATA = Path(__file__).resolve().parent.parent / "data" / "t2s_chars.txt"


@lru_cache(maxsize=1)
def trigger_chars() -> frozenset[str]:
    return frozenset("".join(_DATA.read_text(encoding="utf-8").split()))


@lru_cache(maxsize=1)
def _tests() -> tuple[re.Pattern, frozenset[str]]:
    """A regex class of the BMP trigger characters (compiled to a bitmap:
    ~2 ns a character) and a set of the few astral ones (a class holding
    astral characters is a list of ranges that re scans one by one)."""
    chars = trigger_chars()
    bmp = sorted(c for c in chars if ord(c) < 0x10000)
    return rx.compile("[" + "".join(re.escape(c) for c in bmp) + "]"), frozenset(c for c in chars if ord(c) >= 0x10000)


_calls = 0
# The class costs ~2 ms to build (its program comes from the rx cache; ~10 ms without it), the set
# ~0.4 ms a seed-sized text (~25 ns a character for may_change and count) against ~0.03 ms for the
# class: a one-file check uses the set, a batch switches after a few texts.
REGEX_AFTER = 4


def count(text: str) -> int:
    """How many characters of `text` OpenCC t2s may change: an upper bound
    on how many it changes (its dictionaries keep lengths: one character
    for one, phrase for phrase of the same length)."""
    if _calls < REGEX_AFTER:
        chars = trigger_chars()
        return sum(1 for ch in text if ch in chars)
    bmp, astral = _tests()
    n = len(bmp.findall(text))
    if astral and _has_astral(text):
        n += sum(1 for ch in text if ch in astral)
    return n


def changeable(text: str) -> int:
    """count(text), 0 exactly when may_change(text) is False, in one pass
    (may_change's search, then count's, read a text with such characters
    twice). Advances the switch to the regex as may_change does."""
    global _calls
    if _calls < REGEX_AFTER:
        _calls += 1
        if trigger_chars().isdisjoint(text):  # (a set: counting would read every character in Python)
            return 0
    return count(text)


def may_change(text: str) -> bool:
    """False when OpenCC t2s would return `text` unchanged."""
    global _calls
    if _calls < REGEX_AFTER:
        _calls += 1
        return not trigger_chars().isdisjoint(text)
    bmp, astral = _tests()
    if bmp.search(text):
        return True
    return bool(astral) and _has_astral(text) and not astral.isdisjoint(text)


def _has_astral(text: str) -> bool:
    """Whether `text` holds a character beyond the BMP ([\U00010000-\U0010ffff]): such a character takes
    two UTF-16 code units (encoding is a C loop over the text, ~3x cheaper than that regex class)."""
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


@lru_cache(maxsize=1)
def converter():
    import opencc  # imported only when a text needs it

    return opencc.OpenCC("t2s")


def convert(line: str) -> str:
    return converter().convert(line)


def trigger_chars_from_dicts() -> set[str]:
    """Every character OpenCC's t2s dictionaries may change (see above),
    read from the installed package's .ocd2 files with its opencc_dict tool."""
    import os
    import subprocess
    import tempfile

    from opencc import clib

    base = Path(clib.__file__).resolve().parent
    tool = base / "bin" / "opencc_dict"
    env = dict(os.environ, LD_LIBRARY_PATH=str(base / "lib64"))
    out: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        for name in DICTS:
            dump = Path(tmp) / f"{name}.txt"
            subprocess.run(
                [
                    str(tool),
                    "-i",
                    str(base / "share" / "opencc" / f"{name}.ocd2"),
                    "-o",
                    str(dump),
                    "-f",
                    "ocd2",
                    "-t",
                    "text",
                ],
                check=True,
                env=env,
                capture_output=True,
            )
            for line in dump.read_text(encoding="utf-8").splitlines():
                key, _, values = line.partition("\t")
                value = values.split(" ")[0]
                if key == value:
                    continue
                if len(key) != len(value):
                    out.update(key)
                else:
                    out.update(a for a, b in zip(key, value) if a != b)
    return out


if __name__ == "__main__":
    chars = sorted(trigger_chars_from_dicts())
    for i in range(0, len(chars), 80):
        print("".join(chars[i : i + 80]))
