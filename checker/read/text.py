"""Plain text: decode bytes by evidence in the bytes, never by a guess.

Order: BOM (UTF-8, UTF-16 LE/BE, UTF-32) -> strict UTF-8 -> UTF-16 without BOM
(recognised by its NUL-byte pattern) -> strict GB18030 (a superset of GBK and
GB2312). A decoding is accepted only if the result is plausible text (few
control characters). Anything else is refused with a message, not mangled.
"""
from __future__ import annotations

import codecs

from ..errors import ReadError
from ..model import SourceText
from .sniff import looks_binary, plausible_text

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text has NUL in every other byte for ASCII, and CJK never has
    NUL in both bytes. Decide LE/BE by where the NULs sit."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.2 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.2 and odd < half * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise ReadError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + (" (BOM)" if enc == "utf-8" else "")
            except UnicodeDecodeError:
                raise ReadError(path, f"文件以 {enc} 字节序标记开头，但内容无法按 {enc} 解码")
    try:
        text = data.decode("utf-8")
        if plausible_text(text):
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    enc16 = _utf16_without_bom(data)
    if enc16:
        try:
            text = data.decode(enc16)
            if plausible_text(text):
                return text, enc16
        except UnicodeDecodeError:
            pass
    if looks_binary(data):
        raise ReadError(path, "这是二进制文件，不是文本报告（如为 Word/PDF，请使用 .docx/.pdf 扩展名）")
    try:
        text = data.decode("gb18030")
        if plausible_text(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    raise ReadError(path, "无法识别文本编码（已尝试 UTF-8、UTF-16、GB18030/GBK），请另存为 UTF-8 文本")


def read_text(data: bytes, path: str) -> SourceText:
    text, enc = decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path=path, format="txt", lines=text.split("\n"), encoding=enc)
