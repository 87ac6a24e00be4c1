"""Quotes from a report are taken from the normalized text, where NFKC has
made the report's full-width punctuation half-width ("12次,组织"). For
display, punctuation touching a Chinese character is turned back into the
full-width form a Chinese document uses ("12次，组织")."""

from __future__ import annotations

from .. import rx

_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_HAN = r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef“”‘’]"
_NEAR_HAN = rx.compile(  # a one-file check prints through it: kept compiled (checker/rx.py)
    rf"(?<={_HAN})[,;:!?()]|[,;:!?()](?={_HAN})"
)


def fullwidth_punct(text: str) -> str:
    if not text:
        return text
    return _NEAR_HAN.sub(lambda m: _FULL[m.group()], text)
