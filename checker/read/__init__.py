"""Stage 1: bytes -> SourceText, one module per format.

`read_path(path)` picks the reader from the file's leading bytes first and its
extension second, and raises ReadError (one Chinese line naming the file) for
anything it cannot read: missing, a folder, empty, too large, binary, corrupt,
a scanned PDF, an old .doc/.wps.
"""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import ReadError
from ..model import SourceText

# Refuse inputs above this size (bytes): a report is ~10–100 KB of text; 50 MB
# is far beyond any real report and keeps time and memory bounded.
MAX_BYTES = 50 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc / .wps (OLE2 compound file)


def detect_format(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_OLE_MAGIC) or suffix in (".doc", ".wps", ".et"):
        return "ole"
    if suffix in (".docx", ".docm"):
        return "docx"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if suffix not in (".txt", ".html", ".htm") else "zip"
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return "html"
    return "txt"


def read_bytes(path: str, data: bytes) -> SourceText:
    if not data.strip():
        raise ReadError(path, "文件为空（没有任何文字）")
    fmt = detect_format(path, data)
    if fmt == "ole":
        raise ReadError(path, "这是旧版 Word/WPS 文件（.doc/.wps），请在 Word 或 WPS 中另存为 .docx 后再检查")
    if fmt == "zip":
        raise ReadError(path, "这是压缩包，不是报告文本")
    if fmt == "docx":
        from .docx import read_docx
        src = read_docx(data, path)
    elif fmt == "pdf":
        from .pdf import read_pdf
        src = read_pdf(data, path)
    elif fmt == "html":
        from .html import read_html
        src = read_html(data, path)
    else:
        from .text import read_text
        src = read_text(data, path)
    if not any(line.strip() for line in src.lines):
        raise ReadError(path, "文件没有可检查的文字（只有空白）")
    return src


def read_path(path: str | os.PathLike) -> SourceText:
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise ReadError(name, "文件不存在")
    if p.is_dir():
        raise ReadError(name, "这是一个文件夹，请给出报告文件（可用 通配符 如 文件夹/*.txt）")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(name, f"文件过大（{size // 1024 // 1024} MB），超过上限 {MAX_BYTES // 1024 // 1024} MB；请拆分后再检查")
        data = p.read_bytes()
    except PermissionError:
        raise ReadError(name, "没有读取权限")
    except OSError as exc:
        raise ReadError(name, f"无法读取文件（{exc.strerror or exc}）")
    return read_bytes(name, data)
