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


def plausible_text(text: str) -> bool:
    """Decoded text is plausible when control characters are rare."""
    sample = text[:20000]
    if not sample:
        return True
    bad = len(_BAD_CHAR.findall(sample))
    return bad / len(sample) < 0.01
