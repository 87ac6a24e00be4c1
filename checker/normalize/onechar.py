"""Text laid out one character per line, rejoined.

A page copied character by character (an exam-prep or spam site that wraps
every character in its own tag) reaches the reader as a column of lines of one
Han character each, with stray pieces of tags between them ("< br>键", "p>",
"</p>"). A person reads the column as the paragraph it was; so does the
checker after this step: a run of at least RUN_MIN short lines, at least
HAN_SHARE of them a single Han character, becomes one line (at the place of
its first line, so that evidence points at the file), the tag pieces inside
it dropped.

A report's lines are never so: a PDF's or a .docx's line holds words, and a
table's vertical label ("序" / "号") is two or three lines, far below RUN_MIN.
"""

from __future__ import annotations

from .. import rx

RUN_MIN = 12  # consecutive short lines, blank lines not counted
HAN_SHARE = 0.7  # share of the run's lines that are one Han character
_SHORT = 4  # a line in a run: at most this many characters ("2011", "< br>键" after its tag is dropped)
# a piece of an HTML tag the copy left in the text ("< br>", "p>", "</p>", "<" / "/p>" over two lines)
_TAG_PIECE = rx.compile(r"<\s*/?\s*(?:br|p)\s*/?\s*>|(?<![A-Za-z])/?\s*(?:br|p)\s*/?\s*>|<\s*/?\s*$")


# a labelled field of a paper's page ("【摘要】", "【关键词】"): a paragraph of its own
_FIELD = rx.compile(r"【[^】]{1,6}】")


def _bare(text: str) -> str:
    return _TAG_PIECE.sub("", text).strip()


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def rejoin(texts: list[str]) -> list[str]:
    """`texts` (normalized lines, blank ones "") with every run of one-character
    lines joined into its first line and the others left blank (same length)."""
    # cheap gate: a text with fewer than RUN_MIN single-Han-character lines has no run
    singles = 0
    for t in texts:
        if len(t) == 1 and _is_han(t):
            singles += 1
            if singles >= RUN_MIN * HAN_SHARE:
                break
    else:
        return texts
    out = list(texts)
    i, n = 0, len(texts)
    while i < n:
        if not texts[i] or len(_bare(texts[i])) > _SHORT:
            i += 1
            continue
        run = []  # indices of the run's non-blank lines
        j = i
        while j < n and (not texts[j] or len(_bare(texts[j])) <= _SHORT):
            if texts[j]:
                run.append(j)
            j += 1
        han = sum(1 for k in run if len(_bare(texts[k])) == 1 and _is_han(_bare(texts[k])))
        if len(run) >= RUN_MIN and han >= HAN_SHARE * len(run):
            for k in run:
                out[k] = ""
            # the paragraphs of the run: a new one before each labelled field ("【摘要】"), each kept at
            # the line its first character came from
            pieces = [_bare(texts[k]) for k in run]
            start = 0
            for m in range(1, len(pieces) + 1):
                if m == len(pieces) or (_FIELD.match("".join(pieces[m : m + 8])) and "".join(pieces[start:m])):
                    text = "".join(pieces[start:m]).strip()
                    if text:
                        out[run[start]] = text
                    start = m
        i = j
    return out
