"""Similar reports: pairs of reports in a batch that share most of their
sentences once unit names, years and figures are masked — one unit copying
another's report, or a unit reusing last year's.

`fingerprint(lines, issuer)` runs in the worker, on the Document's body
lines, and returns a small JSON-able dict {"v", "n", "h"}: the number of
distinct kept sentences and their sorted 63-bit hashes (blake2b). A sentence
is a piece of a line between 。！？；; it is normalised by

* deleting the issuer's own name in every spelling (issuers.name_variants);
* masking other unit names — 2–3 characters before 自治县/自治州/街道/开发区/
  高新区/新区/市/县/区/局/镇/乡 — and folding the bare unit words
  (我县/我区, 县委/区委) to one placeholder;
* masking digits (years, dates, figures, percentages) and dropping
  punctuation and white space;
* dropping sentences shorter than MIN_CHARS characters afterwards.

`similar_pairs(items, threshold)` lists pairs with share ≥ threshold, where
share = shared sentences / sentences of the shorter report, that share at
least MIN_SHARED sentences (a page of one or two sentences copies nothing),
or — two short pages, such as the first 1–2 KB of two mirrors of one web page —
at least MIN_SHARED_EXCERPT sentences of which MIN_BODY are body sentences in
both (a piece ended by 。！？； and at least BODY_CHARS characters after
masking; the fingerprint of a page of at most SHORT_MAX sentences lists them,
"b"). Headings and titles alone never make two short pages a copy: two years
of one unit, or two units of one city, often share a title that masks alike
and the outline's headings ("一、深入学习贯彻习近平法治思想…"). It never
compares all pairs: an inverted index over the sentence hashes proposes a
pair only when the two reports share a sentence that at most `max_df`
reports of the batch hold (sentences in more reports are boilerplate such as
"深入学习贯彻习近平法治思想" and propose nothing). A proposed pair is kept
for the exact count only if it can still reach the threshold (shared rare
sentences + the smaller number of boilerplate sentences ≥ threshold × the
shorter report), then its hash sets are intersected exactly. The work is
Σ over rare sentences of (reports holding it)², at most
(total sentences × max_df): linear in the number of reports for a fixed
max_df. Memory: one array of 8-byte hashes per report plus one sorted list
of all hashes while the index is built.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from itertools import chain

from .issuers import name_variants

VERSION = 1  # bump when the normalisation changes: stored fingerprints are then recomputed
MIN_CHARS = 10  # a kept sentence has at least this many characters after masking
MAX_DF = 50  # a sentence held by more reports than this is boilerplate (proposes no pairs)
DEFAULT_THRESHOLD = 0.5
# a pair shares at least this many sentences: two pages of one or two sentences (a title that masks to
# "U关于#年度法治政府建设情况的报告", a translated page keeping only its Chinese title) copy nothing
MIN_SHARED = 5
# short pages: a pair sharing fewer than MIN_SHARED sentences is a copy when it shares MIN_SHARED_EXCERPT, MIN_BODY
# of them body sentences of at least BODY_CHARS characters in both (measured on tests/realaudit, tests/realaudit2 and
# every report page of tests/realpages: the mirrors of one 司法部 page share 3–4 sentences, 2–4 of them body
# sentences; the false pairs at that size share only a title and the outline's headings)
MIN_SHARED_EXCERPT = 3
MIN_BODY = 2
BODY_CHARS = 20
SHORT_MAX = 16  # a fingerprint lists its body sentences ("b") only for a page of at most this many sentences

_SPLIT = re.compile(r"[。!?;！？；\n]+")
_PIECE = re.compile(r"([^。!?;！？；\n]*)([。!?;！？；\n]+|$)")  # a piece and the separators after it (_SPLIT)
_ENDS = re.compile(r"[。!?;！？；]")  # a sentence's end (a line end alone ends a heading or a title)
_UNIT_SUFFIX = "自治县|自治州|自治旗|街道|开发区|高新区|经开区|新区|示范区|市|县|区|局|镇|乡|旗"
_UNIT_NAME = re.compile(
    rf"[\u4e00-\u9fff]{{2,3}}?(?:{_UNIT_SUFFIX})(?=(?:委|政府|人民|管委|党|司法|法院|检察|$|[^\u4e00-\u9fff]))"
)
# a unit name's suffix starts at its 3rd or 4th character: _mask_units tries _UNIT_NAME only there
_SUFFIX_START = re.compile("[" + "".join(sorted({x[0] for x in _UNIT_SUFFIX.split("|")})) + "]")
_BARE_UNIT = re.compile(r"[省市县区镇乡旗州]")
_DIGITS = re.compile(r"[0-9０-９]+(?:[.,][0-9]+)*")
_DROP = re.compile(r"[^\u4e00-\u9fff#U]+")
_DROP_KEEP_ENDS = re.compile(r"[^\u4e00-\u9fff#U。!?;！？；\n]+")  # _DROP, keeping what _SPLIT splits at


def normalise_sentence(sentence: str, names: list[str]) -> str:
    s = unicodedata.normalize("NFKC", sentence)
    for name in names:
        if name in s:
            s = s.replace(name, "U")
    s = _UNIT_NAME.sub("U", s)
    s = _BARE_UNIT.sub("U", s)
    s = _DIGITS.sub("#", s)
    return _DROP.sub("", s)


def sentences(lines: Iterable[str], issuer: str | None) -> list[str]:
    """The kept, normalised sentences of a text (in order, repeats kept).

    The same as `normalise_sentence` on each piece, done once over the whole
    text: no mask reaches over a sentence's end (names and unit names are
    Chinese characters, figures digits, and every separator is neither)."""
    return [piece for piece, _ in _pieces(lines, issuer)]


def _pieces(lines: Iterable[str], issuer: str | None) -> list[tuple[str, bool]]:
    """(sentence, body) for each kept sentence of `sentences`, in order; body: ended by 。！？； (not a heading)."""
    s = unicodedata.normalize("NFKC", "\n".join(lines))
    for name in name_variants(issuer):
        if name in s:
            s = s.replace(name, "U")
    s = _DROP_KEEP_ENDS.sub("", _DIGITS.sub("#", _BARE_UNIT.sub("U", _mask_units(s))))
    return [(m[1], bool(_ENDS.search(m[2]))) for m in _PIECE.finditer(s) if len(m[1]) >= MIN_CHARS]


def _mask_units(s: str) -> str:
    """_UNIT_NAME.sub("U", s), trying the pattern only where it can match: 2
    or 3 characters before a suffix's first character (re.sub tries every
    position of the text; this is the same left-to-right scan, ~2x faster)."""
    out: list[str] = []
    last, tried = 0, -1
    match = _UNIT_NAME.match
    for m in _SUFFIX_START.finditer(s):
        q = m.start()
        for p in (q - 3, q - 2):  # the lazy {2,3}?: the nearer start first, as the scan meets it
            if p < last or p <= tried:
                continue
            tried = p
            hit = match(s, p)
            if hit:
                out.append(s[last:p])
                out.append("U")
                last = hit.end()
                break
    if not out:
        return s
    out.append(s[last:])
    return "".join(out)


def _hash(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big") >> 1


def fingerprint(lines: list[str], issuer: str | None) -> dict:
    """{"v": VERSION, "n": distinct sentences, "h": sorted 63-bit hashes}; a page of at most SHORT_MAX
    sentences also has "b": the sorted hashes of its body sentences of at least BODY_CHARS characters."""
    pieces = _pieces(lines, issuer)
    hashes = sorted({_hash(s) for s, _ in pieces})
    out = {"v": VERSION, "n": len(hashes), "h": hashes}
    if len(hashes) <= SHORT_MAX:
        out["b"] = sorted({_hash(s) for s, body in pieces if body and len(s) >= BODY_CHARS})
    return out


def similar_pairs(
    items: Iterable[tuple[str, dict]], threshold: float = DEFAULT_THRESHOLD, max_df: int = MAX_DF
) -> list[dict]:
    """[{"a", "b", "share"}] with share ≥ threshold, by share (desc), a, b."""
    return find_similar(items, threshold, max_df)[0]


def find_similar(
    items: Iterable[tuple[str, dict]], threshold: float = DEFAULT_THRESHOLD, max_df: int = MAX_DF
) -> tuple[list[dict], dict]:
    """(pairs, stats): stats counts reports, sentences, boilerplate sentences,
    proposed pairs (`candidates`) and pairs intersected exactly (`verified`)."""
    files: list[str] = []
    sets: list[array] = []
    bodies: dict[int, frozenset[int]] = {}  # short pages: their body sentences
    for file, fp in items:
        if not fp or not fp.get("h") or fp.get("v") != VERSION:
            continue
        if isinstance(fp.get("b"), list) and fp["b"]:
            bodies[len(files)] = frozenset(fp["b"])
        files.append(file)
        sets.append(array("Q", sorted(fp["h"])))
    stats = {
        "reports": len(files),
        "sentences": sum(len(a) for a in sets),
        "boilerplate": 0,
        "candidates": 0,
        "verified": 0,
    }

    # document frequency of each hash, from sorted runs over all of them: one
    # slice of the hash range at a time (each report's hashes are sorted, so
    # its part of a slice is found by bisection), never all hashes at once
    rare: set[int] = set()
    common: set[int] = set()
    for lo, hi in _slices(SLICES):
        run_value, run_len = None, 0
        part = chain.from_iterable(a[bisect_left(a, lo) : bisect_left(a, hi)] for a in sets)
        for h in sorted(part):
            if h == run_value:
                run_len += 1
                continue
            if run_value is not None and run_len > 1:
                (rare if run_len <= max_df else common).add(run_value)
            run_value, run_len = h, 1
        if run_value is not None and run_len > 1:
            (rare if run_len <= max_df else common).add(run_value)
    stats["boilerplate"] = len(common)

    postings: dict[int, list[int]] = {}
    boiler = array("l", [0]) * len(sets)
    for i, a in enumerate(sets):
        for h in a:
            if h in rare:
                postings.setdefault(h, []).append(i)
            elif h in common:
                boiler[i] += 1
    del rare

    counts: dict[int, int] = {}
    n = len(sets)
    for docs in postings.values():
        for x in range(len(docs)):
            base = docs[x] * n
            for y in range(x + 1, len(docs)):
                key = base + docs[y]
                counts[key] = counts.get(key, 0) + 1
    del postings
    stats["candidates"] = len(counts)

    pairs = []
    for key, shared_rare in counts.items():
        i, j = divmod(key, n)
        shorter = min(len(sets[i]), len(sets[j]))
        excerpts = i in bodies and j in bodies
        least = MIN_SHARED_EXCERPT if excerpts else MIN_SHARED
        if shared_rare + min(boiler[i], boiler[j]) < max(threshold * shorter, least):
            continue  # cannot reach the threshold even if every boilerplate sentence were shared
        stats["verified"] += 1
        shared = len(set(sets[i]).intersection(sets[j]))
        share = shared / shorter
        if share >= threshold and (
            shared >= MIN_SHARED or (excerpts and shared >= least and len(bodies[i] & bodies[j]) >= MIN_BODY)
        ):
            a, b = sorted((files[i], files[j]))
            pairs.append({"a": a, "b": b, "share": round(share, 3)})
    pairs.sort(key=lambda p: (-p["share"], p["a"], p["b"]))
    return pairs, stats


SLICES = 16  # the hash range is sorted in this many parts: the largest transient list is 1/16 of all hashes


def _slices(n: int) -> list[tuple[int, int]]:
    """n consecutive [lo, hi) ranges covering the hashes (63-bit, below 2**64)."""
    step = (1 << 64) // n
    return [(k * step, (k + 1) * step if k < n - 1 else 1 << 64) for k in range(n)]
