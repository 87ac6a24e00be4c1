"""Upload limits, type sniffing and .zip expansion for the web server.

Nothing a client sends is used as a path: uploads are stored under names the
server makes up (`0001.bin`), and a client's file name is kept only as a
display string (escaped wherever it is shown). The type of an upload is
sniffed from its bytes; the name's extension is never trusted.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..read import ENCRYPTED_MARK, ENCRYPTED_MESSAGE, MAX_BYTES
from ..read.discover import REPORT_SUFFIXES
from ..read.sniff import looks_binary

MAX_FILE_BYTES = MAX_BYTES  # one report: the same 50 MB as the command line
MULTIPART_SLACK = 256 * 1024  # form boundaries and fields around the file
MAX_BATCH_BYTES = 200 * 1024 * 1024  # one batch request in total
MAX_BATCH_FILES = 200  # files in one batch request
MAX_ZIP_ENTRIES = 500  # files inside one uploaded .zip
MAX_ZIP_TOTAL = 300 * 1024 * 1024  # their uncompressed size in total
MAX_DOCX_INFLATED = 200 * 1024 * 1024  # what one .docx may inflate to (all its parts)
MAX_DOCX_ENTRIES = 5000
DISPLAY_CHARS = 120

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MARKUP = re.compile(
    rb"<\s*(?:!doctype\s+html|html|head|body|meta|title|p|div|br|table|span|article)[\s>/]", re.IGNORECASE
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")

SUFFIX = {"txt": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf", "ofd": ".ofd"}
LABEL = {"txt": "TXT", "html": "HTML", "docx": "DOCX", "pdf": "PDF", "ofd": "OFD"}


class Refused(Exception):
    """An upload the server will not check: `status` is the HTTP status
    (400 unreadable, 413 too large, 415 unsupported), `message` Chinese."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def display_name(name: object, default: str = "上传的文件") -> str:
    """A client's file name reduced to something safe to show: the last path
    part, no control or direction characters, at most DISPLAY_CHARS."""
    text = _CONTROL.sub("", str(name or ""))
    text = re.split(r"[\\/]", text)[-1].strip().lstrip(".").strip()
    if len(text) > DISPLAY_CHARS:
        text = "…" + text[-(DISPLAY_CHARS - 1) :]
    return text or default


def sniff(path: Path) -> str:
    """ "pdf" | "docx" | "ofd" | "html" | "txt" | "zip" from the file's bytes; raises
    Refused(415) for anything else (old Word, images, executables …)."""
    with open(path, "rb") as f:
        head = f.read(65536)
    if not head.strip():
        raise Refused(400, "文件为空（没有任何文字）")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(_OLE_MAGIC):
        if ENCRYPTED_MARK in path.read_bytes():  # a .docx with an opening password
            raise Refused(415, ENCRYPTED_MESSAGE)
        raise Refused(415, "这是旧版 Word/WPS 文件（.doc/.wps），请在 Word 或 WPS 中另存为 .docx 后再检查")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if looks_binary(head) and not _utf16(head):
        raise Refused(415, "不支持的文件类型：只能检查 txt、docx、pdf、ofd、html 格式的报告")
    return "html" if _MARKUP.search(head) else "txt"


def _utf16(head: bytes) -> bool:
    """UTF-16/32 text has NUL bytes too; the text reader decides it by its BOM or content."""
    return head[:2] in (b"\xff\xfe", b"\xfe\xff") or (len(head) > 64 and head[1::2].count(0) > len(head) // 4)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refused(400, "文件已损坏：不是有效的 .docx 或 .zip 文件") from None
    # a .docx, or an OFD (GB/T 33190, a zip too): its reader inflates it within the same limits
    kind = "docx" if "word/document.xml" in names else "ofd" if "OFD.xml" in names else None
    if kind:
        if len(infos) > MAX_DOCX_ENTRIES or sum(i.file_size for i in infos) > MAX_DOCX_INFLATED:
            raise Refused(
                413, f"这个 .{kind} 解压后超过 {MAX_DOCX_INFLATED // 1024 // 1024} MB，不像一份报告，拒绝检查"
            )
        return kind
    if "[Content_Types].xml" in names or "mimetype" in names:
        raise Refused(
            415, "不支持的文件类型（Excel、PowerPoint 或 ODF 文件）：只能检查 txt、docx、pdf、ofd、html 格式的报告"
        )
    return "zip"


@dataclass
class Member:
    display: str  # the entry's name as shown (never used as a path)
    path: Path | None  # where the server stored it; None when refused
    error: str | None = None
    folders: tuple[str, ...] = ()  # its folders inside the archive (display-safe; for the region overview)


def _entry_name(info: zipfile.ZipInfo) -> str:
    """Zip entry names without the UTF-8 flag are cp437 by the format, but
    Info-ZIP `zip` on Linux and macOS writes UTF-8 bytes without setting the
    flag, and Chinese Windows writes GBK: strict UTF-8 first (GBK names are
    almost never valid UTF-8), then GB18030, else the cp437 reading."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            raw = name.encode("cp437")
        except UnicodeEncodeError:
            return name
        for codec in ("utf-8", "gb18030"):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                pass
    return name


def expand_zip(zip_path: Path, dest: Path, first_no: int = 1) -> list[Member]:
    """Entries of an uploaded .zip written to dest/NNNN.bin (names the server
    makes up: no entry name is used on disk, so none can leave `dest`).
    Raises Refused(413) past the entry count or total uncompressed size."""
    try:
        z = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise Refused(400, "压缩包已损坏，无法打开") from None
    members: list[Member] = []
    with z:
        infos = [i for i in z.infolist() if not i.is_dir() and not _skipped(_entry_name(i))]
        if len(infos) > MAX_ZIP_ENTRIES:
            raise Refused(413, f"压缩包中有 {len(infos)} 个文件，超过上限 {MAX_ZIP_ENTRIES} 个；请分批上传")
        total = sum(i.file_size for i in infos)
        if total > MAX_ZIP_TOTAL:
            raise Refused(
                413,
                f"压缩包解压后共 {total // 1024 // 1024} MB，超过上限 {MAX_ZIP_TOTAL // 1024 // 1024} MB；请分批上传",
            )
        written = 0
        for n, info in enumerate(infos, first_no):
            label = _entry_label(_entry_name(info))
            folders = _entry_folders(_entry_name(info))
            if info.file_size > MAX_FILE_BYTES:
                members.append(Member(label, None, f"文件过大（超过 {MAX_FILE_BYTES // 1024 // 1024} MB）", folders))
                continue
            if info.flag_bits & 0x1:
                members.append(Member(label, None, "文件已加密，无法读取", folders))
                continue
            out = dest / f"{n:04d}.bin"
            try:
                written += _copy_entry(z, info, out, MAX_ZIP_TOTAL - written)
            except Refused:
                raise
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError) as exc:
                out.unlink(missing_ok=True)
                members.append(
                    Member(label, None, f"压缩包中的这个文件已损坏，无法解压（{type(exc).__name__}）", folders)
                )
                continue
            members.append(Member(label, out, None, folders))
    return members


def _parts(name: str) -> list[str]:
    return [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]


def _entry_label(name: str) -> str:
    """The entry's path inside the archive, for display only ("../" and "/" dropped)."""
    parts = [display_name(p, "") for p in _parts(name)]
    label = "/".join(p for p in parts if p)
    return label if len(label) <= DISPLAY_CHARS else "…" + label[-(DISPLAY_CHARS - 1) :]


def _entry_folders(name: str) -> tuple[str, ...]:
    """The folders an entry sits in, each reduced as a display name (never used as a path)."""
    return tuple(f for f in (display_name(p, "") for p in _parts(name)[:-1]) if f)


def _skipped(name: str) -> bool:
    """Folders' metadata that archivers add (__MACOSX, .DS_Store, hidden files), and, as `lawcheck batch` does
    for a folder (checker.batch.walk), files that are no report by their name: the attachments a region's
    folder holds beside its reports (.xlsx tables, .jpg scans) are left out, not listed as 无法检查."""
    parts = _parts(name)
    if not parts or parts[0] == "__MACOSX" or any(p.startswith(".") for p in parts):
        return True
    return PurePosixPath(parts[-1]).suffix.lower() not in REPORT_SUFFIXES


def _copy_entry(z: zipfile.ZipFile, info: zipfile.ZipInfo, out: Path, budget: int) -> int:
    """Copy one entry, counting what is really inflated (a lying header
    cannot make it write more than its budget)."""
    n = 0
    with z.open(info) as src, open(out, "wb") as dst:
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            n += len(chunk)
            if n > MAX_FILE_BYTES or n > budget:
                raise Refused(413, "压缩包解压后超过上限；请分批上传")
            dst.write(chunk)
    return n
