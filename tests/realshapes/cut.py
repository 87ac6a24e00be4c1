"""Cut a saved article page into a shape template (the page's chrome kept, its article made a slot).

    .venv/bin/python tests/realshapes/cut.py RAW.html NAME [--article XPATH ...] [--title TEXT] [--date YYYY-MM-DD]
        [--date-cn TEXT] [--source TEXT]

Writes tests/realshapes/shapes/NAME.html. In the template:
  {{TITLE}}   every place the page's own headline was (the <title>, ArticleTitle meta, <h1>, the text-to-speech copy)
  {{DATE}}    every place the page's own publication day was, as YYYY-MM-DD ({{DATE_CN}}: YYYY年MM月DD日)
  {{SOURCE}}  the page's own source / issuer (来源, ContentSource)
  --blank TEXT: the original article's own words left outside its container (a subtitle) are removed
  {{FLAT}}    a hidden copy of the headline and text as one run (--flat XPATH)
  one paragraph element of the article holding {{PARA}}: fill() repeats it once per line of the report
Scripts longer than 1,500 characters are cut to a comment (the page keeps its <script> tags), style sheets over
20,000 characters to their first 2,000, inline images' data: URLs emptied; nothing else changes.
The raw pages themselves are not kept (SOURCES.md says where each came from)."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
HAN = re.compile(r"[\u4e00-\u9fff]")


def _p_han(el) -> int:
    return len(HAN.findall(el.text_content()))


def _auto_article(doc):
    """The element with the most Han text in its child <p>s and direct text: the article's paragraphs' parent."""
    best, best_n = None, 0
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        n = sum(_p_han(c) for c in el if isinstance(c.tag, str) and c.tag == "p")
        n += len(HAN.findall(el.text or "")) + sum(len(HAN.findall(c.tail or "")) for c in el)
        if n > best_n:
            best, best_n = el, n
    return best


def cut(
    raw: str,
    articles: list[str],
    title: str | None,
    dates: list[str],
    dates_cn: list[str],
    sources: list[str],
    flats: list[str] = (),
    blanks: list[str] = (),
):
    doc = lxml.html.document_fromstring(raw)
    for xp in flats:  # a hidden copy of headline + text in one run (a text-to-speech widget's source)
        for el in doc.xpath(xp):
            for c in list(el):
                el.remove(c)
            el.text = "{{FLAT}}"
    for s in doc.iter("script"):
        if s.text and len(s.text) > 1500:
            s.text = "/* (long script cut by tests/realshapes/cut.py) */"
    for s in doc.iter("style"):
        if s.text and len(s.text) > 20000:
            s.text = s.text[:2000] + "\n/* (long style sheet cut by tests/realshapes/cut.py) */"
    for el in doc.iter():
        for key, value in el.attrib.items() if isinstance(el.tag, str) else ():
            if value.startswith("data:") and len(value) > 200:
                el.set(key, "data:,")  # an inline image's bytes
    targets = [el for xp in articles for el in doc.xpath(xp)] if articles else [_auto_article(doc)]
    if not targets or any(t is None for t in targets):
        raise SystemExit(f"no article element for {articles}")
    for art in targets:
        para = next((c for c in art.iter("p") if _p_han(c) > 10), None)
        attrs = dict(para.attrib) if para is not None else {}
        for c in list(art):
            art.remove(c)
        art.text = None
        p = lxml.html.Element("p", attrs)
        p.text = "{{PARA}}"
        art.append(p)
    html = lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>")

    def sub_all(text, old, new):
        if not old:
            return text
        esc = lxml.html.tostring(lxml.html.fragment_fromstring(old, create_parent="x"), encoding="unicode")[3:-4]
        for form in {old, esc}:
            text = text.replace(form, new)
        return text

    if title:
        html = sub_all(html, title, "{{TITLE}}")
    for d in dates:
        html = html.replace(d, "{{DATE}}")
    for d in dates_cn:
        html = html.replace(d, "{{DATE_CN}}")
    for s in sources:
        html = sub_all(html, s, "{{SOURCE}}")
    for b in blanks:  # the original article's own words outside its container (a subtitle)
        html = sub_all(html, b, "")
    return html


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("name")
    ap.add_argument("--article", action="append", default=[])
    ap.add_argument("--title")
    ap.add_argument("--date", action="append", default=[])
    ap.add_argument("--date-cn", action="append", default=[])
    ap.add_argument("--source", action="append", default=[])
    ap.add_argument("--flat", action="append", default=[])
    ap.add_argument("--blank", action="append", default=[])
    a = ap.parse_args(argv)
    raw = Path(a.raw).read_bytes().decode("utf-8")
    html = cut(raw, a.article, a.title, a.date, a.date_cn, a.source, a.flat, a.blank)
    out = HERE / "shapes" / f"{a.name}.html"
    out.write_text(html, encoding="utf-8")
    print(
        out,
        len(html),
        "title slots",
        html.count("{{TITLE}}"),
        "date slots",
        html.count("{{DATE"),
        "para",
        html.count("{{PARA}}"),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
