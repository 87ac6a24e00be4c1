"""Plain text: decode bytes by evidence in the bytes, never by a guess.

Order: BOM (UTF-8, UTF-16 LE/BE, UTF-32) -> strict UTF-8 -> UTF-16 without BOM
(recognised by its NUL-byte pattern) -> strict GB18030 (a superset of GBK and
GB2312) or Big5 (traditional characters, e.g. a Hong Kong or Taiwan mirror).
A decoding is accepted only if the result is plausible text (few control
characters). Anything else is refused with a message, not mangled.

GB18030 and Big5 overlap: Big5 bytes nearly always decode as GB18030 too,
into rare characters and symbols. Both are tried only when the bytes are
valid Big5 (GBK text almost never is: its characters outside GB2312 use
bytes Big5 has not); then the share of common characters decides: GB2312's
first level (the 3,755 most used simplified characters) for the GB reading,
Big5's first level (the 5,401 most used traditional ones) for the Big5
reading. Real GB text reads >= 0.55 common (traditional text in GBK ~0.55,
simplified ~0.9); Big5 text read as GB <= 0.65, read as Big5 >= 0.98.
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


def _texty(ch: str) -> bool:
    o = ord(ch)
    return (
        0x20 <= o < 0x7F
        or ch in "\n\r\t"
        or 0x4E00 <= o <= 0x9FFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2000 <= o <= 0x206F
        or 0x3400 <= o <= 0x4DBF
    )


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: decode both byte orders and keep the one that
    reads as Chinese/ASCII text. GBK or UTF-8 bytes read as UTF-16 land in
    Yi, Hangul, surrogate or private-use ranges instead, so they fail."""
    sample = data[:65536]
    if len(sample) < 4 or len(data) % 2:
        return None
    best, best_score = None, 0.0
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = sample.decode(enc)
        except UnicodeDecodeError:
            # a cut surrogate pair at the sample's end is fine
            try:
                text = sample[:-2].decode(enc)
            except UnicodeDecodeError:
                continue
        if not text:
            continue
        score = sum(map(_texty, text)) / len(text)
        if score > best_score:
            best, best_score = enc, score
    return best if best_score >= 0.9 else None


_BIG5 = ("cp950", "big5hkscs")  # Big5 as Windows writes it, then with the Hong Kong additions
_SAMPLE = 20000  # characters scored


def _common_share(text: str, encoding: str, lead_low: int, lead_high: int) -> float | None:
    """Share of the Chinese characters (in a sample) whose `encoding` bytes
    start in lead_low..lead_high (the encoding's common-character level)."""
    han = [c for c in text[:_SAMPLE] if "\u4e00" <= c <= "\u9fff"]
    if len(han) < 20:
        return None
    n = 0
    for c in han:
        try:
            n += lead_low <= c.encode(encoding)[0] <= lead_high
        except UnicodeEncodeError:
            pass
    return n / len(han)


def _big5_rather_than_gb(data: bytes, gb_text: str) -> tuple[str, str] | None:
    """(text, encoding) when the bytes read better as Big5 than as GB18030."""
    for enc in _BIG5:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        gb = _common_share(gb_text, "gb2312", 0xB0, 0xD7)
        b5 = _common_share(text, "big5", 0xA4, 0xC6)
        if gb is not None and b5 is not None and b5 >= 0.9 and gb < 0.7 and plausible_text(text):
            return text, "big5"
        return None
    return None


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding name) or raise ReadError."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc), enc + (" (BOM)" if enc == "utf-8" else "")
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
            return _big5_rather_than_gb(data, text) or (text, "gb18030")
    except UnicodeDecodeError:
        pass
    for enc in _BIG5:  # not GB18030 at all (e.g. Big5 with bytes GB18030 refuses)
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if plausible_text(text) and (_common_share(text, "big5", 0xA4, 0xC6) or 0) >= 0.9:
            return text, "big5"
    raise ReadError(path, "无法识别文本编码（已尝试 UTF-8、UTF-16、GB18030/GBK、Big5），请另存为 UTF-8 文本")


def read_text(data: bytes, path: str) -> SourceText:
    text, enc = decode(data, path)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return SourceText(path=path, format="txt", lines=text.split("\n"), encoding=enc)
