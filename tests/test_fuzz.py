"""Damaged and odd input never ends in an internal error: every real file
format, cut short or with bytes changed at random (fixed seed), either reads
or fails with a LawcheckError; random mixtures of real report lines and odd
characters always give a report that renders to HTML."""

from __future__ import annotations

import io
import random

import pytest
from conftest import SEED_NAMES, seed_path

from checker.errors import LawcheckError
from checker.model import SourceText
from checker.pipeline import check_source
from checker.read import read_bytes
from checker.render.html import render_html

ODD = "一二三四五六七八九十、（）()。，；：“”《》0123456789年月日法治政府建设报告第一责任人存在问题原因下一步安排 \t-—·●○◐★■\u3000\u200b\ue000\ufffdabc%"


def _seed_text(name: str) -> str:
    return seed_path(name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def samples() -> dict[str, bytes]:
    import docx
    from weasyprint import HTML

    text = _seed_text("003_d63e53787c8bf399.txt")
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    paras = "".join(f"<p>{line}</p>" for line in text.splitlines())
    page = f"<html><head><meta charset='utf-8'></head><body><div class='content'>{paras}</div></body></html>"
    return {
        "r.txt": text.encode("utf-8"),
        "r.gbk.txt": text.encode("gb18030"),
        "r.utf16.txt": text.encode("utf-16"),
        "r.docx": buf.getvalue(),
        "r.pdf": HTML(string=f"<html><body style='font-family: Noto Sans CJK SC'>{paras}</body></html>").write_pdf(),
        "r.html": page.encode("utf-8"),
    }


def test_damaged_files_read_or_fail_cleanly(samples):
    rng = random.Random(20261124)
    names = list(samples)
    for i in range(400):
        name = names[i % len(names)]
        data = bytearray(samples[name])
        op = rng.random()
        if op < 0.35:
            data = data[: rng.randint(0, len(data))]
        elif op < 0.85:
            for _ in range(rng.randint(1, 40)):
                if data:
                    data[rng.randrange(len(data))] = rng.randrange(256)
        else:
            data = bytearray(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
        try:
            read_bytes(name, bytes(data))
        except LawcheckError:
            pass  # a clear, one-line message: what we want for a damaged file


def test_odd_texts_always_give_a_report():
    rng = random.Random(7)
    lines = [l for n in SEED_NAMES for l in _seed_text(n).splitlines()]
    for i in range(300):
        kind = rng.random()
        if kind < 0.4:
            doc = rng.sample(lines, k=rng.randint(0, 60))
        elif kind < 0.7:
            doc = ["".join(rng.choice(ODD) for _ in range(rng.randint(0, 120))) for _ in range(rng.randint(0, 40))]
        else:
            doc = [
                l[: rng.randint(0, len(l))] + "".join(rng.choice(ODD) for _ in range(rng.randint(0, 8)))
                for l in rng.sample(lines, k=rng.randint(1, 40))
            ]
        report = check_source(SourceText(f"f{i}.txt", "txt", doc))
        assert 0 <= report.score <= 100
        assert len(report.elements) >= 6
        if i % 15 == 0:
            assert "差距报告" in render_html(report, standalone=True)
