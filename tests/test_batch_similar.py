"""Similar reports (checker/batch/similar.py) on real files: the seeds,
an edited copy under another issuer (.docx), a copy reused a year later."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from batch_inputs import SEED_003, SEEDS, edited_copy, fingerprint_input, perturb_figures, shift_years, write_docx

from checker.batch.similar import find_similar, fingerprint, normalise_sentence, sentences, similar_pairs


def fp(path):
    return fingerprint(*fingerprint_input(path))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("similar")
    text = SEED_003.read_text(encoding="utf-8")
    copy = write_docx(
        tmp / "赣州经开区2023年报告.docx",
        edited_copy(text, ["南昌高新技术产业开发区", "南昌高新区", "高新区"], "赣州经开区"),
    )
    reused = tmp / "南昌高新区2024年报告.txt"
    reused.write_text(perturb_figures(shift_years(text, 1), seed=11), encoding="utf-8")
    items = {str(p): fp(p) for p in [*SEEDS, copy, reused]}
    return items, str(copy), str(reused)


def test_fingerprint_is_small_and_json(batch):
    items, _, _ = batch
    for file, f in items.items():
        assert json.loads(json.dumps(f)) == f
        assert f["n"] == len(f["h"]) > 30, file
        assert f["h"] == sorted(set(f["h"]))
        assert all(0 <= h < 2**63 for h in f["h"])
        assert len(json.dumps(f)) < 20_000


def test_masks_names_years_figures():
    names = ["南昌高新区", "南昌"]
    a = normalise_sentence("2023年南昌高新区共办理行政复议案件117件,同比增长12.5%。", names)
    b = normalise_sentence("2022年赣州经开区共办理行政复议案件96件,同比增长3%。", ["赣州经开区", "赣州"])
    assert a == b
    assert normalise_sentence("我县深入推进依法行政", []) == normalise_sentence("我区深入推进依法行政", [])
    assert normalise_sentence("加强行政执法监督", []) != normalise_sentence("加强法律顾问工作", [])
    assert sentences(["短句。", "这一句足够长,包含实际的工作内容和做法。"], None) == [
        "这一句足够长包含实际的工作内容和做法"
    ]


def test_edited_copy_under_another_issuer_is_found(batch):
    items, copy, _ = batch
    assert fingerprint_input(copy)[1] != fingerprint_input(SEED_003)[1]  # another issuer
    pairs = similar_pairs(items.items())
    hit = [p for p in pairs if {p["a"], p["b"]} == {copy, str(SEED_003)}]
    assert hit and 0.5 <= hit[0]["share"] < 1.0


def test_reused_last_year_is_found(batch):
    items, _, reused = batch
    pairs = similar_pairs(items.items())
    hit = [p for p in pairs if {p["a"], p["b"]} == {reused, str(SEED_003)}]
    assert hit and hit[0]["share"] >= 0.9


def test_distinct_seeds_give_no_pair(batch):
    items, _, _ = batch
    seeds = [(str(p), items[str(p)]) for p in SEEDS]
    assert similar_pairs(seeds) == []
    low = similar_pairs(seeds, threshold=0.0)
    assert all(p["share"] < 0.2 for p in low)


def test_order_and_shape(batch):
    items, _, _ = batch
    pairs = similar_pairs(reversed(list(items.items())))
    assert pairs == similar_pairs(items.items())
    assert pairs == sorted(pairs, key=lambda p: (-p["share"], p["a"], p["b"]))
    for p in pairs:
        assert set(p) == {"a", "b", "share"} and p["a"] < p["b"] and 0.5 <= p["share"] <= 1
        assert round(p["share"], 3) == p["share"]


def test_scaling_guard_2000_reports():
    """2,000 distinct synthetic reports sharing boilerplate, with 40 copies:
    all copies found, the proposed pairs far below n²/2."""
    rng = random.Random(5)
    pool = [chr(c) for c in range(0x4E00, 0x9FA5, 11)]
    boiler = [
        "深入学习贯彻习近平法治思想全面推进依法行政工作",
        "坚持以人民为中心推进法治政府建设取得新成效",
        "健全依法决策机制严格落实重大行政决策程序规定",
        "全面推行行政执法公示制度执法全过程记录制度",
    ]

    def report() -> list[str]:
        own = ["".join(rng.choice(pool) for _ in range(14)) + "。" for _ in range(30)]
        return own + [b + "。" for b in boiler]

    n, items, texts, copies = 2000, [], {}, set()
    for k in range(n):
        if k % 50 == 49:
            src = rng.choice(list(texts))
            lines = list(texts[src])
            rng.shuffle(lines)
            lines[:8] = ["".join(rng.choice(pool) for _ in range(14)) + "。" for _ in range(8)]
            copies.add((f"r{src:04d}", f"r{k:04d}"))
        else:
            lines = texts[k] = report()
        items.append((f"r{k:04d}", fingerprint(lines, None)))
    pairs, stats = find_similar(items)
    assert {(p["a"], p["b"]) for p in pairs} == copies
    assert stats["boilerplate"] == len(boiler)
    assert stats["candidates"] < n * (n - 1) / 2 / 100


def test_pages_sharing_only_a_title_are_not_similar():
    """Real shapes: a translated page that kept only its Chinese title, and two
    short report openings whose titles mask to the same sentence
    ("U关于#年度法治政府建设情况的报告"); a copy needs MIN_SHARED sentences."""
    from checker.batch.similar import MIN_SHARED

    translated = ["河南省人民政府关于2024年度法治政府建设情况的报告", "Henan Provincial People's Government Report."]
    opening = [
        "古丈县司法局关于2024年度法治政府建设情况的报告",
        "2024年，在县委县政府的坚强领导下，我局高效推进法治政府建设，为全县高质量发展提供法治保障。",
        "现将工作情况报告如下。",
    ]
    other = ["重庆市梁平区人民政府关于2024年度法治政府建设情况的报告", "一、主要举措和成效"]
    items = [
        ("translated", fingerprint(translated, "河南省人民政府")),
        ("opening", fingerprint(opening, "古丈县司法局")),
        ("other", fingerprint(other, "重庆市梁平区人民政府")),
    ]
    assert items[0][1]["h"][0] in items[1][1]["h"]  # the one shared sentence is there
    assert similar_pairs(items) == []
    # MIN_SHARED identical sentences are a copy again
    body = ["".join(chr(0x4E00 + 97 * k + 7 * j) for j in range(14)) + "。" for k in range(MIN_SHARED)]
    pairs = similar_pairs([("a", fingerprint(translated + body, None)), ("b", fingerprint(opening + body, None))])
    assert [(p["a"], p["b"]) for p in pairs] == [("a", "b")]


def test_unit_masking_tries_only_before_suffixes_and_equals_the_full_scan():
    """_mask_units tries _UNIT_NAME only 2–3 characters before a suffix's first
    character; it must give what re.sub over every position gives, on the seeds
    and on texts made of suffixes packed together (adjacent, overlapping, at the
    start and end, before the lookahead's words)."""
    import unicodedata

    from checker.batch.similar import _UNIT_NAME, _mask_units

    texts = [unicodedata.normalize("NFKC", p.read_text(encoding="utf-8")) for p in SEEDS]
    pieces = "市 县 区 新区 自治县 街道 高新区 委 政府 人民 我 某 甲乙 ， 1 局长".split() + ["\n"]
    rng = random.Random(5)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    texts += ["甲乙市", "甲乙丙县委", "甲乙丙丁区", "市县区", "甲乙市丙丁县政府", ""]
    changed = 0
    for text in texts:
        want = _UNIT_NAME.sub("U", text)
        assert _mask_units(text) == want, text
        changed += want != text
    assert changed > 100  # the texts do hold unit names


REAL = Path(__file__).resolve().parent


def test_short_mirrors_sharing_body_sentences_are_copies():
    """Real pages: two mirrors of one 司法部 report, each the first 1–2 KB of its web page (one in traditional
    characters with pinyin glosses), share 3–4 sentences, fewer than MIN_SHARED: a copy, because at least MIN_BODY
    of them are body sentences in both (not headings)."""
    from checker.batch.similar import MIN_BODY, MIN_SHARED, MIN_SHARED_EXCERPT

    pages = REAL / "realaudit" / "pages" / "国家"
    for a, b in (("rn2_rep_sifabu_trad_2021", "rp_017"), ("rn2_rep_sifabu_trad_2022", "rp_016")):
        fa, fb = fp(pages / f"{a}.txt"), fp(pages / f"{b}.txt")
        shared = set(fa["h"]) & set(fb["h"])
        assert MIN_SHARED_EXCERPT <= len(shared) < MIN_SHARED
        assert len(set(fa["b"]) & set(fb["b"])) >= MIN_BODY
        assert [(p["a"], p["b"]) for p in similar_pairs([(a, fa), (b, fb)])] == [(a, b)]
        # without the body sentences listed (a fingerprint stored before "b"), the old rule: no pair
        assert similar_pairs([(a, fa | {"b": []}), (b, fb | {"b": []})]) == []


def test_short_pages_sharing_only_title_and_headings_are_not_copies():
    """Real pages: 上海市司法局's reports of two years (tests/realbatch) share 3 sentences of ≥ half of the shorter
    page — the title, which masks alike, and two outline headings: no body sentence, no pair."""
    pages = REAL / "realbatch" / "pages" / "上海"
    fa, fb = fp(pages / "rp_030.txt"), fp(pages / "rp_032.txt")
    shared = set(fa["h"]) & set(fb["h"])
    assert len(shared) >= 3 and len(shared) / min(fa["n"], fb["n"]) >= 0.5
    assert not set(fa["b"]) & set(fb["b"])
    assert similar_pairs([("rp_030", fa), ("rp_032", fb)]) == []


def test_body_sentences_are_listed_only_for_short_pages():
    from checker.batch.similar import BODY_CHARS, SHORT_MAX

    heading = "一、深入学习贯彻习近平法治思想切实履行推进法治政府建设职责"
    body = "区司法局牵头完成全区行政规范性文件的合法性审核和备案工作，并向社会公开审核结果。"
    short = fingerprint([heading, body, "短句也是正文。"], None)
    assert len(short["b"]) == 1 and short["n"] == 2  # the heading is no body sentence; the short one is dropped
    assert len("".join(ch for ch in body if "\u4e00" <= ch <= "\u9fff")) >= BODY_CHARS
    seed = fp(SEED_003)
    assert seed["n"] > SHORT_MAX and "b" not in seed
