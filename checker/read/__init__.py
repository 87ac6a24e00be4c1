"""Stage 1: bytes -> SourceText, one module per format.

`read_path(path)` picks the reader from the file's leading bytes first and its
extension second, and raises ReadError (one Chinese line naming the file) for
anything it cannot read: missing, a folder, empty, too large, binary, corrupt,
a scanned PDF, an old .doc/.wps.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from ..errors import ReadError
from ..model import SourceText
from ..pathtext import shown

# Refuse inputs above this size (bytes): a report is ~10–100 KB of text; 50 MB
# is far beyond any real report and keeps time and memory bounded.
MAX_BYTES = 50 * 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc / .wps (OLE2 compound file)
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")  # the stream name of an encrypted OOXML file
ENCRYPTED_MESSAGE = "文件设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码后另存为 .docx 再检查"


# a page saved without an .html name: a BOM, an XML declaration, the browser's "saved from url" comment may come first
_HTML_START = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html)", re.I | re.S
)


# a page saved as one file (.mht): MIME headers, then the parts of the page
_MHTML_START = re.compile(
    rb"(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)*?MIME-Version:[^\n]*\n(?s:.*?)multipart/related", re.I
)


def detect_format(path: str, data: bytes) -> str:
    suffix = Path(path).suffix.lower()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(_OLE_MAGIC) or suffix in (".doc", ".wps", ".et"):
        return "ole"
    if suffix in (".docx", ".docm"):
        return "docx"
    if data.startswith(b"PK\x03\x04"):
        if suffix == ".ofd" or (b"OFD.xml" in data[-65536:] and b"word/" not in data[-65536:]):
            return "ofd"  # an OFD package (GB/T 33190): its central directory names OFD.xml
        return "docx" if suffix not in (".txt", ".html", ".htm") else "zip"
    if suffix == ".ofd":
        return "ofd"  # not a zip at all: the OFD reader names the file as broken, never reads it as text
    if suffix in (".mht", ".mhtml") or _MHTML_START.match(data[:4096]):
        return "mhtml"
    if suffix in (".html", ".htm", ".shtml", ".xhtml"):
        return "html"
    if suffix == ".pdf":
        return "pdf"
    if _HTML_START.match(data[:4096]):
        return "html"
    return "txt"


def read_bytes(path: str, data: bytes) -> SourceText:
    if not data.strip():
        raise ReadError(path, "文件为空（没有任何文字）")
    fmt = detect_format(path, data)
    if fmt == "ole":
        if ENCRYPTED_MARK in data:  # Office keeps a password-protected .docx in an OLE2 file as "EncryptedPackage"
            raise ReadError(path, ENCRYPTED_MESSAGE)
        raise ReadError(path, "这是旧版 Word/WPS 文件（.doc/.wps），请在 Word 或 WPS 中另存为 .docx 后再检查")
    if fmt == "zip":
        raise ReadError(path, "这是压缩包，不是报告文本")
    if fmt == "docx":
        from .docx import read_docx

        src = read_docx(data, path)
    elif fmt == "ofd":
        from .ofd import read_ofd

        src = read_ofd(data, path)
    elif fmt == "pdf":
        from .pdf import read_pdf

        src = read_pdf(data, path)
    elif fmt == "html":
        from .html import read_html

        src = read_html(data, path)
    elif fmt == "mhtml":
        from .mhtml import read_mhtml

        src = read_mhtml(data, path)
    else:
        from .text import read_text

        src = read_text(data, path)
    if not any(line.strip() for line in src.lines):
        raise ReadError(path, "文件没有可检查的文字（只有空白）")
    return src


def file_kind(mode: int) -> str | None:
    """None for a regular file, else what it is (Chinese): only regular files
    are read — a FIFO would block, a device (/dev/zero) never ends."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "这是一个文件夹，请给出报告文件（可用 通配符 如 文件夹/*.txt）"
    if stat.S_ISFIFO(mode):
        return "这是命名管道（FIFO），不是普通文件，不读取"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "这是设备文件，不是普通文件，不读取"
    if stat.S_ISSOCK(mode):
        return "这是套接字（socket），不是普通文件，不读取"
    return "不是普通文件，不读取"


_URL = re.compile(r"^(?:https?:/?/|www\.)", re.I)  # a page's address pasted where a file was expected


def stat_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "符号链接循环（链接最终指回自己），无法读取"
    if exc.errno == errno.ENOENT:
        if _URL.match(os.fsdecode(exc.filename or "")):
            return "这是网址，不是文件：lawcheck 不下载网页，请在浏览器中把网页另存为 .html（或把正文复制存为 .txt）后再检查"
        return "文件不存在" if not exc.filename or not os.path.islink(exc.filename) else "符号链接指向的文件不存在"
    if isinstance(exc, PermissionError):
        return "没有读取权限"
    return f"无法读取文件（{exc.strerror or exc}）"


def read_path(path: str | os.PathLike) -> SourceText:
    """Read the file at `path`; the SourceText (and every message) names it
    as text (checker.pathtext: a GBK file name from a Windows zip is decoded)."""
    return read_bytes(shown(path), load_bytes(path))


def load_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of one report file. Its type is checked before it is opened
    (and again on the open descriptor): only regular files are read."""
    name = shown(path)
    try:
        kind = file_kind(os.stat(path).st_mode)
    except OSError as exc:
        raise ReadError(name, stat_problem(exc)) from None
    if kind:
        raise ReadError(name, kind)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise ReadError(name, stat_problem(exc)) from None
    try:
        st = os.fstat(fd)
        kind = file_kind(st.st_mode)  # swapped between the stat and the open
        if kind:
            raise ReadError(name, kind)
        if st.st_size > MAX_BYTES:
            raise ReadError(
                name,
                f"文件过大（{st.st_size // 1024 // 1024} MB），超过上限 {MAX_BYTES // 1024 // 1024} MB；请拆分后再检查",
            )
        # read what fstat says is there plus one byte (EOF in the second call), in chunks of at most the cap
        # plus one: a buffered read(MAX_BYTES + 1) would allocate 50 MB for every 10 KB report
        chunks: list[bytes] = []
        total, want = 0, min(st.st_size, MAX_BYTES) + 1
        while total <= MAX_BYTES:
            chunk = os.read(fd, min(want, MAX_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            want = max(want, 1 << 20)  # a file that grew since fstat: go on in 1 MB steps
        data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
        if len(data) > MAX_BYTES:
            raise ReadError(name, f"文件过大，超过上限 {MAX_BYTES // 1024 // 1024} MB；请拆分后再检查")
    except PermissionError:
        raise ReadError(name, "没有读取权限") from None
    except OSError as exc:
        raise ReadError(name, f"无法读取文件（{exc.strerror or exc}）") from None
    finally:
        os.close(fd)
    return data
