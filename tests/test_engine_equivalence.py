"""The fast engine gives exactly the JSON of the plain reference path.

Fast: the rulebook index (literal anchors, one Aho-Corasick pass, regexes run
only on candidate sentences), normalization of the whole text at once, the
exact quick test in front of OpenCC. Plain (LAWCHECK_PLAIN=1): every pattern
over every sentence, normalization line by line, OpenCC over every line.
Compared on every rule example of every shipped rulebook, every seed, every
edited seed of test_section_edits, every format copy of
test_formats_same_result, traditional-character copies and noisy copies.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from conftest import ROOT, SEED_NAMES, seed_path, seed_text
from test_formats_same_result import _docx, _html, _pdf
from test_section_edits import CASES as EDITS
from test_section_edits import FULL

from checker import rulebook as rb
from checker.match import index as I
from checker.match import match
from checker.match import patterns as P
from checker.match.context import make_context
from checker.model import SourceText
from checker.normalize import normalize, normalize_block, normalize_line
from checker.read import read_path
from checker.score import score
from checker.structure import build

SHIPPED = sorted(
    p for p in (ROOT / "rulebooks").rglob("*.yaml") if "schema:" in p.read_text(encoding="utf-8")
)  # not the term dictionaries rules name


def _json(src: SourceText, monkeypatch, plain: bool, ref: str | None = None) -> str:
    monkeypatch.setenv("LAWCHECK_PLAIN", "1" if plain else "0")
    doc = build(normalize(src))
    book, notices = rb.choose(doc.meta.year, ref)
    report = score(doc, match(doc, book, plain=plain), book, notices)
    return json.dumps(report.to_dict(), ensure_ascii=False, sort_keys=True, indent=1)


def _assert_same(src: SourceText, monkeypatch, ref: str | None = None) -> None:
    plain = _json(src, monkeypatch, True, ref)
    fast = _json(src, monkeypatch, False, ref)
    assert fast == plain, src.path


def _src(text: str, path: str = "x.txt") -> SourceText:
    return SourceText(path=path, format="txt", lines=text.split("\n"))


def _examples():
    for path in SHIPPED:
        book = rb.load(str(path))
        if not book.rules:
            continue
        for rule in book.rules:
            for k, ex in enumerate(rule.examples):
                yield pytest.param(str(path), ex.text, id=f"{path.stem}:{rule.id}:{k}")


@pytest.mark.parametrize("ref,text", list(_examples()))
def test_rule_examples(monkeypatch, ref, text):
    _assert_same(_src(text, "<例子>"), monkeypatch, ref)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seeds_with_every_rulebook(monkeypatch, name):
    src = read_path(seed_path(name))
    _assert_same(src, monkeypatch)
    for path in SHIPPED:
        if "abstract: true" not in path.read_text(encoding="utf-8"):
            _assert_same(src, monkeypatch, str(path))


@pytest.mark.parametrize("desc,edit", [(c[0], c[1]) for c in EDITS], ids=[c[0] for c in EDITS])
def test_edited_seeds(monkeypatch, desc, edit):
    _assert_same(_src(edit(seed_text(FULL)), "edited.txt"), monkeypatch)


@pytest.fixture(scope="module")
def format_copies(tmp_path_factory) -> list[Path]:
    out = []
    folder = tmp_path_factory.mktemp("formats")
    for name in SEED_NAMES:
        stem = name[:-4]
        h = folder / f"{stem}.html"
        h.write_text(_html(name), encoding="utf-8")
        d = folder / f"{stem}.docx"
        _docx(name, d)
        p = folder / f"{stem}.pdf"
        _pdf(name, p)
        out += [h, d, p]
    return out


def test_format_copies(monkeypatch, format_copies):
    for path in format_copies:
        _assert_same(read_path(path), monkeypatch)


def test_traditional_copies(monkeypatch):
    """Mirror sites in traditional characters: the OpenCC path, line by line."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    for name in SEED_NAMES:
        text = seed_text(name)
        _assert_same(_src(s2t.convert(text), "trad.txt"), monkeypatch)
        lines = text.split("\n")  # a few traditional lines in a simplified text (under the 1 % share, or not)
        for k in (1, 5):
            mixed = [s2t.convert(x) if i % 40 < k else x for i, x in enumerate(lines)]
            _assert_same(_src("\n".join(mixed), "mixed.txt"), monkeypatch)


NOISE = [
    "\u200b",
    "\u00ad",
    "\u3000",
    "\u00a0",
    "  ",
    "   ",
    "★",
    "🙂",
    "\ue000",
    "(jī)",
    "—",
    "－",
    "\t",
    "○",
    "二〇二三年",
    "二○二四年三月一日",
    "十二月三十一日",
    " 法 治 政 府 ",
    "。二、存在的问题",
    "(三)",
    "\ufeff",
    "（一）",
    "：",
    "，",
    "a",
    "１２",
    "年",
    "\u2028",
    "\x85",
]


def test_noisy_copies(monkeypatch):
    rnd = random.Random(13)
    for name in SEED_NAMES:
        text = seed_text(name)
        for _ in range(4):
            chars = list(text)
            for _ in range(len(chars) // 40):
                chars.insert(rnd.randrange(len(chars) + 1), rnd.choice(NOISE))
            noisy = "".join(chars)
            assert normalize_block(noisy.split("\n")) == [normalize_line(x) for x in noisy.split("\n")]
            _assert_same(_src(noisy, "noisy.txt"), monkeypatch)


def test_the_index_filters(monkeypatch):
    """Not a vacuous comparison: the fast path really skips sentences, and
    nearly every rulebook pattern has literal anchors."""
    monkeypatch.setenv("LAWCHECK_PLAIN", "0")
    doc = build(normalize(read_path(seed_path(SEED_NAMES[0]))))
    book, _ = rb.choose(doc.meta.year)
    rule = next(r for r in book.active() if r.kind == "coverage")
    first = make_context(doc, book, plain=False)
    terms = first.compile(rule.params["terms"])
    first.candidates(terms)  # the automaton learns which anchors are asked about
    ctx = make_context(doc, book, plain=False)
    assert 0 < len(ctx.candidates(terms)) < len(ctx.sentences) / 2
    strings = I.rulebook_strings(book)
    anchored = [s for s in strings if I.anchors(s)]
    assert len(anchored) >= 0.9 * len(strings)


@pytest.mark.parametrize(
    "pattern,expected",
    [
        ("(?:法律顾问|公职律师)", {"法律顾问", "公职律师"}),
        ("聘请.{0,6}法律顾问", {"法律顾问"}),
        ("<YEAR>年度?工作要点", {"工作要点"}),
        ("(?<!定期)公示", {"公示"}),
        ("主要负责人(?:履行|履职)", {"主要负责人履行", "主要负责人履职"}),
        ("三项 制度", {"三项"}),  # a space is never an anchor character (blanking writes spaces)
        (r"\d+件", {"件"}),
        ("(?i)abc", None),
        ("x?", None),
        (r"\d+", None),
        ("(a)\\1", {"a"}),
    ],
)
def test_anchors(pattern, expected):
    got = I.anchors(pattern)
    assert (set(got) if got is not None else None) == expected


def _occurrences(literals, text):
    """Every (literal number, start, end) by str.find: what a scan must report."""
    out = set()
    for k, lit in enumerate(literals):
        at = text.find(lit)
        while at >= 0:
            out.add((k, at, at + len(lit)))
            at = text.find(lit, at + 1)
    return out


def _scanned(scanner, text):
    matches, step, odd = scanner.hits(text)
    return {(k, s // step, e // step) for k, s, e in matches if not s & odd}


def test_scanner_finds_what_find_finds():
    """The UTF-16 automaton (index.Scanner) reports exactly the occurrences,
    at character offsets: none straddling two characters (a literal whose
    bytes sit across a character boundary), and the same with characters
    beyond the BMP (searched as str)."""
    straddler = "\u4142"  # UTF-16-LE bytes 42 41
    literals = ["法治", "依法行政", "法", straddler, "A", "、", "𠀀法"]
    sc = I.Scanner(literals)
    tricky = "\u4200A\u4200A"  # bytes 00 42 41 00 00 42 41 00: 42 41 at odd offsets only
    assert _scanned(sc, tricky) == _occurrences(literals, tricky)
    assert not any(k == 3 for k, _s, _e in _scanned(sc, tricky))
    rnd = random.Random(7)
    alphabet = list("法治依行政、A\n") + [straddler, "\u4200", "𠀀"]
    for n in range(200):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        if n % 2:
            text = text.replace("𠀀", "")  # half of them on the UTF-16 path
        assert _scanned(sc, text) == _occurrences(literals, text), text
    assert _scanned(sc, seed_text(SEED_NAMES[0])) == _occurrences(literals, seed_text(SEED_NAMES[0]))


def test_scanner_found_is_what_the_overlapping_pass_finds():
    """Scanner.found (leftmost-first, then the overlapping automaton in a
    window around each match) names exactly the literals that occur: those
    hidden under an overlapping match, those straddling characters left out,
    across merged windows, the many-matches fallback and the str path."""
    straddler = "\u4142"  # UTF-16-LE bytes 42 41
    literals = [
        "法治政府",
        "政府建设",
        "府建",
        "建设",
        "设年度",
        "年度报告",
        "报",
        "依法行",
        "行政机关",
        straddler,
        "A",
        "𠀀法",
    ]
    sc = I.Scanner(literals)
    # leftmost-first reports 依法行 only: 行政机关 is found in the window around it
    assert sc.found("的" * 2000 + "依法行政机关" + "的" * 2000) == {7, 8}
    rnd = random.Random(11)
    filler = list("的了在和是") + ["\u4200"]
    words = ["法治政府建设年度报告", "政府建", "设年", "报告", "依法行政机关", "A", "\u4200A", straddler, "𠀀法"]
    for n in range(600):
        parts = [rnd.choice(filler) for _ in range(rnd.randrange(0, 3000 if n % 5 == 0 else 200))]
        for _ in range(rnd.randrange(0, 90 if n % 7 == 0 else 6)):  # > _FOUND_MAX matches: the fallback
            parts.insert(rnd.randrange(0, len(parts) + 1), rnd.choice(words))
        text = "".join(parts)
        if n % 3:
            text = text.replace("𠀀", "")  # most of them on the UTF-16 path
        want = {k for k, lit in enumerate(literals) if lit in text}
        assert sc.found(text) == want == {k for k, _s, _e in _scanned(sc, text)}, text
    seed = seed_text(SEED_NAMES[0])
    assert sc.found(seed) == {k for k, lit in enumerate(literals) if lit in seed}


def test_index_scan_maps_hits_to_their_texts():
    """RulebookIndex.scan tells, per anchor, exactly the texts that hold it
    (the texts are joined by newlines and a match is placed by the separators
    found before it): against `in` on random texts, on the UTF-16 path, with
    characters beyond the BMP (str automaton) and with straddling byte pairs."""
    straddler = "\u4142"  # UTF-16-LE bytes 42 41
    literals = ["法治", "依法行政", "法", straddler, "A", "、", "𠀀法", "政"]
    idx = I.RulebookIndex(literals)
    idx.wanted.update(idx.ids[lit] for lit in literals if lit != "政")  # one anchor not asked about
    rnd = random.Random(11)
    alphabet = list("法治依行政、A") + [straddler, "\u4200", "𠀀", ""]
    for n in range(600):
        if n == 300:  # texts that hold the separator themselves: placed by their offsets
            alphabet.append("\n")
        texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 12))) for _ in range(rnd.randrange(0, 7))]
        if n % 2:
            texts = [t.replace("𠀀", "") for t in texts]
        hits, scanned = idx.scan(texts)
        assert scanned == frozenset(idx.wanted)
        for lit, lid in idx.ids.items():
            want = {i for i, t in enumerate(texts) if lit in t} if lid in scanned else set()
            assert (hits[lid] or set()) == want, (lit, texts)


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"(?<!\d)\d{1,2}月\d{1,2}日", (("月",), 2)),
        (r"(^|[^A-Za-z])[A-Z*](新时代中国特色|总书记)", (("总书记", "新时代中国特色"), 2)),
        (r"\S篇[一二]$", (("篇",), 1)),
        (r"法治\*", None),  # opens with its literal: re's own prefix search
        (r"[A-Za-z]{3,}( [a-z]{2,}){7,}", None),  # no literal at all
        (r".*法治", None),  # unbounded before it
        (r"(?i)x\d+abc", None),  # no case-sensitive literal
    ],
)
def test_lead(pattern, expected):
    assert I.lead(re.compile(pattern)) == expected


def test_search_from_the_lead_finds_the_same_match():
    """index.search starts near the first leading literal: the same match
    (span and groups) as pat.search, on random texts and on the opening
    lines of the seeds for every doc_type signal pattern."""
    pats = [
        r"(?<!\d)\d{1,2}月\d{1,2}日(上午|下午)?,.{0,40}(召开|开幕|举行)",
        r"(^|[^A-Za-z])[A-Z*](新时代中国特色|总书记)",
        r"(?<=法)\d?治",
        r"\d{0,3}(元|%)",
        r"[^月]{2}月",
    ]
    rnd = random.Random(5)
    alphabet = list("0123456789月日,召开举行总书记新时代中国特色AZaz*元%法治 ")
    for p in pats:
        pat = re.compile(p)
        for _ in range(2000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 90)))
            a, b = pat.search(text), I.search(pat, text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p, text)
    doc = build(normalize(read_path(seed_path(SEED_NAMES[0]))))
    book, _ = rb.choose(doc.meta.year)
    rule = next(r for r in book.active() if r.kind == "doc_type")
    texts = [line.text for name in SEED_NAMES for line in build(normalize(read_path(seed_path(name)))).lines[:40]]
    tried = 0
    for spec in rule.params["kinds"].values():
        for sig in spec["signals"]:
            for raw in sig["patterns"]:
                pat = P.compile_one(raw, 2023)
                if I.lead(pat) is None:
                    continue
                tried += 1
                for text in texts:
                    a, b = pat.search(text), I.search(pat, text)
                    assert (a and a.span()) == (b and b.span()), (raw, text)
    assert tried >= 5


@pytest.mark.parametrize(
    "pattern,expected",
    [
        (r"(^|[^A-Za-z])[A-Z*](新时代中国特色|总书记)", 9),
        (r"(?<!\d)\d{1,2}月\d{1,2}日(上午|下午)?", 8),  # a look-behind reads only what is before
        (r"\S篇[一二]$", None),  # $ reads the end of the text
        (r"年(?=度)", None),  # a look-ahead reads past the match
        (r"\d+年\b", None),  # \b reads the next character
        (r"(a)\1", None),  # a back-reference
        (r"月.{0,3}日", 5),
        (r"月.*日", None),  # unbounded
    ],
)
def test_reach(pattern, expected):
    assert I.reach(re.compile(pattern)) == expected


def test_bounded_search_finds_the_same_match():
    """index.search stops where no match can end any more (after the last
    leading literal plus reach()): the same match (span and groups) as
    pat.search on random long texts, with the literal early, late, several
    times or not at all."""
    pats = [
        r"(^|[^A-Za-z])[A-Z*](新时代中国特色|总书记)",
        r"(?<!\d)\d{1,2}月\d{1,2}日(上午|下午)?,.{0,12}(召开|举行)",
        r"(?<![二三四五六七八九十])[二三四五六七八九十]年(来)?(法治|工作)",
        r"(\d月|近日),[^,。]{2,8}(发布|公布)",
    ]
    rnd = random.Random(13)
    # single characters and whole (or cut) pieces of matches, so that matches, near misses and
    # several occurrences of the literals, anywhere in the text, are common
    pieces = list("0123456789月日,。召开举行总书记AZaz*二三九十年来法治工作近发布公 ") + [
        "12月3日,召开",
        "12月3日上午,在县里举行",
        "1月2日,",
        "A总书记",
        "*新时代中国特色",
        "三年来法治",
        "九年工作",
        "近日,县政府发布",
        "5月,区里公布",
    ]
    found = 0
    for p in pats:
        pat = re.compile(p)
        assert I.reach(pat) is not None and I.lead(pat) is not None, p
        for _ in range(3000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(20, 160)))
            a, b = pat.search(text), I.search(pat, text)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p, text)
            found += a is not None and a.end() > len(text) // 2
    assert found > 1000  # many matches, many of them late in the text


def test_block_filter_finds_each_texts_patterns():
    """BlockFilter.candidates: for each group, the texts where an anchor of
    one of its patterns occurs and those patterns, against `in`; a group with
    an anchorless pattern gets every text and every pattern."""
    groups = (
        tuple(re.compile(p) for p in ("法治政府", "依法(行政|治国)")),
        (re.compile("年度报告"),),
        tuple(re.compile(p) for p in ("报告", r"\d+")),  # anchorless: every text
    )
    bf = I.BlockFilter(groups)
    rnd = random.Random(13)
    alphabet = ["法治政府", "依法行政", "依法治国", "年度报告", "法", "报", "告", "A", "\u4142", "𠀀", "1"]
    for n in range(400):
        texts = tuple(
            "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 6))) for _ in range(rnd.randrange(1, 6))
        )
        if n % 2:
            texts = tuple(t.replace("𠀀", "") for t in texts)
        if n % 3 == 0:
            texts = tuple(t.replace("A", "\n") for t in texts)  # some texts hold the separator
        got = bf.candidates(texts)
        for g, pats in enumerate(groups):
            anchors = [I.pattern_anchors(p) for p in pats]
            if any(a is None for a in anchors):
                want = [(j, tuple(range(len(pats)))) for j in range(len(texts))]
            else:
                want = []
                for j, t in enumerate(texts):
                    ks = tuple(k for k, a in enumerate(anchors) if any(lit in t for lit in a))
                    if ks:
                        want.append((j, ks))
            assert list(got[g]) == want, (g, texts)


def test_sentence_pieces_by_split_are_the_class_regex_pieces():
    """make_context cuts a line without "!" or "?" by str.split at 。 and ;
    (context._pieces): after strip(" 。;") and dropping empty pieces, the
    sentences are those of _PIECE.findall, on random text and on the seeds."""
    from checker.match.context import _PIECE, _pieces

    def cut(pieces):
        return [p for p in (x.strip(" 。;") for x in pieces) if p]

    rnd = random.Random(5)
    texts = ["".join(rnd.choice("ab 。;!?c 。;") for _ in range(rnd.randint(0, 12))) for _ in range(50000)]
    texts += [line for name in SEED_NAMES for line in seed_text(name).split("\n")]
    for text in texts:
        assert cut(_pieces(text)) == cut(_PIECE.findall(text)), text
    assert sum(1 for t in texts if "!" not in t and "?" not in t and "。" in t) > 100
