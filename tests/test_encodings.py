"""Real re-encoded copies of a seed give the same result as the UTF-8 file."""

from __future__ import annotations

import codecs

import pytest
from conftest import SEED_NAMES, seed_path, seed_text, statuses

from checker.errors import ReadError
from checker.pipeline import check_path
from checker.read import read_path

NAME = "003_d63e53787c8bf399.txt"


def _variants(text: str) -> dict[str, bytes]:
    crlf = text.replace("\n", "\r\n")
    return {
        "gb18030": text.encode("gb18030"),
        "gbk": text.encode("gbk", errors="strict") if _encodable(text) else text.encode("gb18030"),
        "utf-16": text.encode("utf-16"),  # with BOM
        "utf-16-le-nobom": text.encode("utf-16-le"),
        "utf-16-be-nobom": text.encode("utf-16-be"),
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "crlf": crlf.encode("utf-8"),
        "gb18030-crlf": crlf.encode("gb18030"),
    }


def _encodable(text: str, encoding: str = "gbk") -> bool:
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("variant", ["gb18030", "utf-16", "utf-16-le-nobom", "utf-8-bom", "crlf", "gb18030-crlf"])
def test_reencoded_seed_same_result(tmp_path, name, variant):
    base = check_path(str(seed_path(name)))
    path = tmp_path / name
    path.write_bytes(_variants(seed_text(name))[variant])
    other = check_path(str(path))
    assert statuses(other) == statuses(base)
    assert other.to_dict()["published"] == base.to_dict()["published"]
    assert other.meta.title == base.meta.title
    assert [e.evidence[0].line for e in other.elements if e.evidence] == [
        e.evidence[0].line for e in base.elements if e.evidence
    ]


def test_encoding_is_detected_not_guessed(tmp_path):
    text = seed_text(NAME)
    for variant, expected in [
        ("gb18030", "gb18030"),
        ("utf-16-be-nobom", "utf-16-be"),
        ("utf-8-bom", "utf-8 (BOM)"),
        ("crlf", "utf-8"),
    ]:
        p = tmp_path / f"{variant}.txt"
        p.write_bytes(_variants(text)[variant])
        assert read_path(p).encoding == expected


def test_gbk_bytes_that_are_not_gbk_text_are_refused(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes(bytes(range(0x80, 0x100)) * 40)  # high bytes without structure
    with pytest.raises(ReadError):
        read_path(p)


def test_traditional_characters_mirror(tmp_path):
    """A traditional-character mirror of a seed gives the same statuses."""
    import opencc

    name = "003_d63e53787c8bf399.txt"
    trad = opencc.OpenCC("s2t").convert(seed_text(name))
    assert "責任" in trad
    p = tmp_path / "trad.txt"
    p.write_text(trad, encoding="utf-8")
    assert statuses(check_path(str(p))) == statuses(check_path(str(seed_path(name))))


def test_pinyin_annotations_dropped(tmp_path):
    from checker.normalize import normalize_line

    assert normalize_line("機(jī)關(guān)法治") == "機關法治"


def _big5(text: str) -> bytes:
    """Real Big5 bytes (Windows code page 950) of a traditional text; the few
    characters Big5 lacks (• and the like) become a plain dot."""
    return "".join(c if _encodable(c, "cp950") else "." for c in text).encode("cp950")


@pytest.mark.parametrize("name", SEED_NAMES)
def test_big5_traditional_seed_reads_as_the_mirror_does(tmp_path, name):
    """A seed converted to traditional characters and saved as Big5 (as an
    office in Hong Kong or a Taiwanese mirror saves it) reads as the same
    text as its UTF-8 traditional mirror: same title, year, issuer, statuses."""
    import opencc

    trad = opencc.OpenCC("s2t").convert(seed_text(name))
    utf8, big5 = tmp_path / "utf8.txt", tmp_path / "big5.txt"
    raw = _big5(trad)
    utf8.write_text(raw.decode("cp950"), encoding="utf-8")
    big5.write_bytes(raw)
    assert raw.decode("gb18030")  # the trap: Big5 bytes are valid GB18030 too
    src = read_path(big5)
    assert src.encoding == "big5"
    a, b = check_path(str(big5)), check_path(str(utf8))
    assert (a.meta.title, a.meta.year, a.meta.issuer, a.meta.published) == (
        b.meta.title,
        b.meta.year,
        b.meta.issuer,
        b.meta.published,
    )
    assert statuses(a) == statuses(b)
    assert a.meta.year == check_path(str(seed_path(name))).meta.year


def test_big5_real_traditional_page(tmp_path):
    """A real traditional-character page (a Hong Kong news page of the
    corpus) saved as Big5 keeps its labelled year and kind."""
    page = seed_path(SEED_NAMES[0]).parent.parent / "tests" / "realpages" / "pages"
    name = "rn2_news_hk_shizhengbaogao_trad_2025.txt"
    text = (page / name).read_text(encoding="utf-8")
    p = tmp_path / name
    p.write_bytes(_big5(text))
    assert read_path(p).encoding == "big5"
    a = check_path(str(p)).to_dict()
    b = check_path(str(page / name)).to_dict()
    assert (a["year"], a["title"], a["findings"][0]["rule"]) == (b["year"], b["title"], b["findings"][0]["rule"])


def test_gb2312_text_that_is_also_valid_big5_stays_gb(tmp_path):
    """Simplified text of GB2312's common characters only: every byte pair
    is valid Big5 as well. The GB reading is full of common simplified
    characters, so it is kept."""
    text = seed_text("002_df0ba27d3289336d.txt")
    kept = "".join(c for c in text if c.isascii() or _gb_and_big5(c))
    data = kept.encode("gb2312")
    data.decode("cp950")  # the trap holds: valid Big5 bytes
    p = tmp_path / "gb2312.txt"
    p.write_bytes(data)
    src = read_path(p)
    assert src.encoding == "gb18030" and "法治政府" in "".join(src.lines)


def _gb_and_big5(ch: str) -> bool:
    try:
        ch.encode("gb2312").decode("cp950")
        return "\u4e00" <= ch <= "\u9fff"
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


def test_bad_chars_counts_as_the_class_regex():
    """sniff.bad_chars (C loops) gives the count of sniff._BAD_CHAR's
    findall on random texts of Chinese, ASCII, C0 controls, U+FFFD,
    characters beyond the BMP and lone surrogates, and on the seeds."""
    import random

    from checker.read.sniff import _BAD_CHAR, bad_chars

    rnd = random.Random(3)
    alphabet = (
        list("法治政府建设年度报告,。;: \t\n\r\x0b\x0cabcXYZ019")
        + [chr(c) for c in range(0x20)]
        + [
            "\ufffd",
            "\x7f",
            "\x85",
            "\u3000",
            "𠀀",
            "\ud800",
        ]
    )
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 200))) for _ in range(3000)]
    texts += [seed_text(name) for name in SEED_NAMES]
    bad = 0
    for text in texts:
        want = len(_BAD_CHAR.findall(text))
        assert bad_chars(text) == want, repr(text)
        bad += want > 0
    assert bad > 1000  # most random texts hold some
