"""A web page saved as one file (.mht/.mhtml: Internet Explorer's and Edge's
"网页，单个文件", Word's "单个文件网页"): a MIME message whose first HTML part
is the page. That part is decoded by its own transfer encoding and charset
and read as any saved page (checker.read.html)."""

from __future__ import annotations

import email
import email.policy

from ..errors import ReadError
from ..model import SourceText
from .html import declared_text, read_html


def _html_part(data: bytes):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return part
    return None


def read_mhtml(data: bytes, path: str) -> SourceText:
    try:
        part = _html_part(data)
    except Exception:  # noqa: BLE001 - a damaged message: said below
        part = None
    if part is None:
        raise ReadError(path, "单文件网页（.mht）中没有找到网页正文，请在浏览器中打开后另存为 .html")
    raw = part.get_payload(decode=True) or b""
    charset = part.get_content_charset()
    return read_html(raw, path, text=declared_text(raw, charset) if charset else None)
