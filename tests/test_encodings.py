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
        "gbk": text.encode("gbk", errors="strict") if _gbk_ok(text) else text.encode("gb18030"),
        "utf-16": text.encode("utf-16"),  # with BOM
        "utf-16-le-nobom": text.encode("utf-16-le"),
        "utf-16-be-nobom": text.encode("utf-16-be"),
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "crlf": crlf.encode("utf-8"),
        "gb18030-crlf": crlf.encode("gb18030"),
    }


def _gbk_ok(text: str) -> bool:
    try:
        text.encode("gbk")
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
