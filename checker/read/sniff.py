"""Byte-level checks shared by readers: binary or not, plausible text or not."""

from __future__ import annotations

from .. import rx

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
# C0 controls other than those above, and the replacement character
_BAD_CHAR = rx.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 control bytes in the first 8 KiB mean binary."""
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 11, 27))
    return ctrl / len(sample) > 0.05


# the C0 controls _BAD_CHAR counts (all ASCII)
_BAD_CONTROLS = bytes(range(0x00, 0x09)) + bytes(range(0x0E, 0x20))


def plausible_text(text: str) -> bool:
    """Decoded text is plausible when control characters are rare."""
    sample = text[:20000]
    if not sample:
        return True
    return bad_chars(sample) / len(sample) < 0.01


def bad_chars(text: str) -> int:
    """len(_BAD_CHAR.findall(text)), counted by C loops: the controls are
    ASCII, so they are the bytes dropped from the text's ASCII part by
    translate(); U+FFFD by str.count (the class scan took ~2x as long)."""
    ascii_part = text.encode("ascii", "ignore")
    return len(ascii_part) - len(ascii_part.translate(None, _BAD_CONTROLS)) + text.count("\ufffd")
