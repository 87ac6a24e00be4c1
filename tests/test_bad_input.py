"""Bad input: one Chinese line on stderr naming the file and the problem,
exit 2, no traceback; with several files the others are still checked."""

from __future__ import annotations

import zipfile

import pytest
from conftest import run_cli, seed_path

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024


def _make(tmp_path, name: str, data: bytes | None):
    p = tmp_path / name
    if data is not None:
        p.write_bytes(data)
    return p


def _zip_not_word(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "not a word document")


def _assert_clean_failure(res, path, words):
    assert res.returncode == 2, res.stderr
    assert "Traceback" not in res.stderr and "Traceback" not in res.stdout
    lines = [l for l in res.stderr.splitlines() if l.startswith("lawcheck:")]
    assert len(lines) == 1, res.stderr
    assert str(path) in lines[0]
    assert any(w in lines[0] for w in words), lines[0]


CASES = [
    ("missing.txt", None, ["不存在"]),
    ("empty.txt", b"", ["为空"]),
    ("blank.txt", b" \n\t\r\n\xe3\x80\x80\n", ["为空", "只有空白"]),
    ("binary.txt", bytes(range(256)) * 64, ["二进制"]),
    ("latin1.txt", "Café résumé naïve — 报告".encode()[:3] + bytes([0xFF, 0xFE, 0x81]) * 300, ["编码", "二进制"]),
    ("broken.docx", b"this is not a zip archive at all", ["损坏", "Word"]),
    ("old.doc", OLE, [".docx", "另存为"]),
    ("old.wps", OLE, [".docx", "另存为"]),
]


@pytest.mark.parametrize("name,data,words", CASES, ids=[c[0] for c in CASES])
def test_bad_file(tmp_path, name, data, words):
    path = _make(tmp_path, name, data)
    res = run_cli(str(path), "--no-pdf")
    _assert_clean_failure(res, path, words)


def test_folder_without_reports(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    res = run_cli(str(tmp_path), "--no-pdf")
    _assert_clean_failure(res, tmp_path, ["文件夹中没有可检查的报告文件"])


def test_zip_that_is_not_word(tmp_path):
    path = tmp_path / "archive.docx"
    _zip_not_word(path)
    res = run_cli(str(path), "--no-pdf")
    _assert_clean_failure(res, path, ["Word", "损坏", "docx"])


def test_scanned_pdf_without_text(tmp_path):
    from weasyprint import HTML

    path = tmp_path / "scan.pdf"
    HTML(string='<div style="width:10cm;height:10cm;background:#333"></div>').write_pdf(path)
    res = run_cli(str(path), "--no-pdf")
    _assert_clean_failure(res, path, ["OCR", "扫描"])


def test_pdf_with_a_damaged_page(tmp_path):
    """A real PDF whose second page object is damaged: an error naming the page,
    not a report checked without it (which would show false gaps)."""
    import re

    from weasyprint import HTML

    body = "".join(
        f"<p>{l}</p>" for l in seed_path("003_d63e53787c8bf399.txt").read_text(encoding="utf-8").splitlines()
    )
    path = tmp_path / "damaged.pdf"
    HTML(string=f"<html><body style='font-family: Noto Sans CJK SC'>{body}</body></html>").write_pdf(
        path, uncompressed_pdf=True
    )
    data = path.read_bytes()
    second = [m.start() for m in re.finditer(rb"/Type /Page\b", data)][1]
    path.write_bytes(data[:second] + b"/Type /Pxge" + data[second + len(b"/Type /Page") :])
    res = run_cli(str(path), "--no-pdf")
    _assert_clean_failure(res, path, ["第 2 页"])


def test_too_large_is_refused(tmp_path, monkeypatch):
    from checker import read
    from checker.errors import ReadError

    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2048)
    monkeypatch.setattr(read, "MAX_BYTES", 1024)
    with pytest.raises(ReadError, match="过大"):
        read.read_path(p)


def test_batch_goes_on_past_bad_files(tmp_path):
    empty = _make(tmp_path, "empty.txt", b"")
    broken = _make(tmp_path, "broken.docx", b"garbage")
    good = seed_path("003_d63e53787c8bf399.txt")
    res = run_cli(str(empty), str(good), str(broken), "--no-pdf", "--format", "json")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    import json

    data = json.loads(res.stdout)
    assert [d["file"] for d in data] == [str(empty), str(good), str(broken)]
    assert "error" in data[0] and "error" in data[2]
    assert data[1]["score"] > 0 and len(data[1]["elements"]) == 6


def test_text_that_is_no_report_is_checked(tmp_path):
    p = _make(tmp_path, "recipe.txt", "番茄炒蛋的做法：先把鸡蛋打散，再放入番茄翻炒，最后加盐出锅。\n".encode())
    res = run_cli(str(p), "--no-pdf", "--format", "json")
    assert res.returncode == 1
    import json

    data = json.loads(res.stdout)
    assert {e["status"] for e in data["elements"]} == {"missing"}
    assert data["score"] == 0


def test_no_files_given():
    res = run_cli()
    assert res.returncode == 2 and "请给出" in res.stderr


@pytest.mark.parametrize(
    "url", ["https://www.example.gov.cn/art/2024/3/28/art_1.html", "www.example.gov.cn/col/1.html"]
)
def test_a_web_address_is_named_as_one(tmp_path, url):
    """A page's address pasted where a file was expected: said so (lawcheck does not download), not "文件不存在"."""
    res = run_cli(url, "--no-pdf")
    _assert_clean_failure(res, url, ["网址", "另存为 .html"])
    res = run_cli("batch", url, "--out", str(tmp_path / "out"), "--no-pdf")
    assert res.returncode == 2 and "网址" in res.stderr and "Traceback" not in res.stderr
