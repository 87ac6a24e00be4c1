"""The same report as an .ofd laid out as a 公文 system lays it out (tests/ofd_build.py: type area of
GB/T 9704, justified lines, first-line indents, numbers in text objects of their own, "— N —" page
numbers) gives the .txt's title, issuer, year, publication date and element statuses, and its text:
every paragraph's words in order, headings on lines of their own, no page number in the text."""

from __future__ import annotations

import re

import pytest
from conftest import SEED_NAMES, seed_path, seed_text, statuses
from ofd_build import build_ofd

from checker.pipeline import check_path
from checker.read import read_path

_HEADING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])")


def _lines(name: str) -> list[str]:
    return [l.strip() for l in seed_text(name).split("\n") if l.strip()]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_ofd_reads_as_the_text(tmp_path, name):
    path = tmp_path / (name[:-4] + ".ofd")
    want = _lines(name)
    build_ofd(want, path)
    got = [l for l in read_path(path).lines if l.strip()]
    squeeze = re.compile(r"\s+")
    assert squeeze.sub("", "".join(got)) == squeeze.sub("", "".join(want))
    for line in want:
        if _HEADING.match(line) and len(line) < 28:
            assert line in got, line  # a short heading is a line of its own
    assert not any(re.fullmatch(r"—\s*\d+\s*—", l) for l in got)
    # a paragraph that wraps over lines of the page is one line again
    # (a space where the line wrapped hangs in the margin, unseen: spaces are not compared)
    long_paras = {squeeze.sub("", l) for l in want if len(l) > 60 and "\xa0" not in l}
    assert long_paras <= {squeeze.sub("", l) for l in got}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_ofd_same_results(tmp_path, name):
    path = tmp_path / (name[:-4] + ".ofd")
    build_ofd(_lines(name), path)
    txt, ofd = check_path(str(seed_path(name))), check_path(str(path))
    assert statuses(ofd) == statuses(txt)
    for field in ("title", "issuer", "year", "published"):
        assert getattr(ofd.meta, field) == getattr(txt.meta, field), field


@pytest.mark.parametrize(
    "data",
    [b"junk\n", "二、存在的问题\n不是 OFD 的文字".encode("gbk"), b"%!PS-Adobe-3.0\n"],
    ids=["ascii", "gbk-text", "postscript"],
)
def test_an_ofd_that_is_no_zip_is_named_broken_not_read_as_text(tmp_path, data):
    from checker.errors import ReadError

    path = tmp_path / "报告.ofd"
    path.write_bytes(data)
    with pytest.raises(ReadError, match="OFD 文件损坏"):
        read_path(path)
