"""What a saved page holds besides one whole article, for checker.read.html:

* `pager(doc, article)`: the article split over several pages (a "共3页 上一页 1 2 3 下一页" bar under the text,
  or TRS WCM's `createPageHTML(3, 0, …)` call that draws it): (this part, number of parts, the bar's element),
  so the reader can say the file holds one part only — the missing parts would otherwise read as missing
  elements;
* `framed_text(doc)`: the text a page keeps in an <iframe srcdoc> (an editor's preview, some CMS detail
  pages), read in place of the empty outer page;
* `attachment_only(doc)`: the page only shows a PDF/Word file in an embedded viewer; `link_only(doc, …)`:
  the article's container holds nothing but links to such files;
  `framed(doc)`: the text is in frames the saved file does not hold (<frameset>, <iframe src>) — each as a
  Chinese message naming what to open instead."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlparse

_HAN = re.compile(r"[\u4e00-\u9fff]")
# TRS WCM: createPageHTML(countPage, currentPage (0-based), prefix, suffix)
_TRS_PAGER = re.compile(r"createPageHTML\s*\(\s*['\"]?(\d{1,3})['\"]?\s*,\s*['\"]?(\d{1,3})")
_NEXT = re.compile(r"下一?页|下页")
_TOTAL = re.compile(r"共\s*(\d{1,3})\s*页")
_NOW = re.compile(r"第\s*(\d{1,3})\s*页|(\d{1,3})\s*/\s*(\d{1,3})\s*页")
_PAGER_MAX = 80  # a page bar is short: "共3页 首页 上一页 1 2 3 下一页 尾页"
_DOC_FILE = re.compile(r"[^/\\?#=&]+\.(?:pdf|docx?|wps|ofd)\b", re.I)
_DOC_HINT = re.compile(r"\.(?:pdf|docx?|wps|ofd)|%2e(?:pdf|docx?|wps|ofd)", re.I)  # before parsing a URL at all


def _text(el) -> str:
    return re.sub(r"\s+", " ", el.text_content()).strip()


def pager(doc, article) -> tuple[int, int, object | None] | None:
    """(part, parts, bar element or None) when the article is one page of several."""
    for s in doc.iter("script"):
        m = _TRS_PAGER.search(s.text or "")
        if m and int(m[1]) > 1:
            return int(m[2]) + 1, int(m[1]), None
    if article is None:
        return None
    # the bar sits in the article or just after it, inside the article's container
    # (not the whole <body>: a list's or a comment box's page bar elsewhere on the page is not the article's)
    parent = article.getparent()
    scope = parent if parent is not None and parent.tag != "body" else article
    if not _NEXT.search(scope.text_content()):
        return None
    for el in scope.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        text = _text(el)
        if not text or len(text) > _PAGER_MAX or not _NEXT.search(text):
            continue
        if any(_NEXT.search(_text(c)) for c in el if isinstance(c.tag, str) and c.tag != "a"):
            continue  # a smaller element holds the bar
        links = list(el.iter("a"))
        numbers = [int(_text(a)) for a in links if _text(a).isdigit()]
        total = _TOTAL.search(text)
        now = _NOW.search(text)
        parts = max(([int(total[1])] if total else []) + numbers + [0])
        if now and now[3]:
            part, parts = int(now[2]), max(parts, int(now[3]))
        elif now:
            part = int(now[1])
        else:  # the page's own number is the one not linked
            plain = [int(n) for n in re.findall(r"(?<!\d)(\d{1,3})(?!\d)", text) if int(n) not in numbers]
            part = plain[0] if plain and plain[0] <= max(parts, 1) else 1
        parts = max(parts, part)
        if parts > 1:
            return part, parts, el
        if any(_NEXT.search(_text(a)) for a in links):
            return part, 0, el  # a linked "下一页", the number of pages not shown
    return None


def pager_notice(part: int, parts: int) -> str:
    """parts 0: the page links a next page without saying how many there are."""
    whole = f"全文 {parts} 页中的第 {part} 页" if parts else f"分页显示的全文中的第 {part} 页（页面有“下一页”）"
    return (
        f"这个网页只是{whole}：其余各页的内容不在本文件中，"
        "据此判断的“缺失”可能只是在其他页；请把各页正文合并后（或取得全文的 .docx/.pdf）再检查"
    )


def framed_text(doc) -> str | None:
    """The <iframe srcdoc> document holding the most Chinese text, if any does."""
    best, best_n = None, 0
    for el in doc.iter("iframe"):
        src = el.get("srcdoc")
        n = len(_HAN.findall(src or ""))
        if n > best_n:
            best, best_n = src, n
    return best if best_n else None


def _doc_name(url: str) -> str | None:
    """The document a viewer or link points at: x.pdf in the path or in a ?file= parameter (pdf.js)."""
    if not url or not _DOC_HINT.search(url):
        return None
    parsed = urlparse(url)
    for values in parse_qs(parsed.query).values():
        for v in values:
            m = _DOC_FILE.search(unquote(v))
            if m:
                return m[0]
    m = _DOC_FILE.search(unquote(parsed.path))
    return m[0] if m else None


# a viewer's own block holding fewer Chinese characters than this is the whole article
_VIEWER_TEXT = 200


def attachment_only(doc) -> str | None:
    """A Chinese reason when the article is only an embedded PDF/Word viewer (pdf.js `?file=`, <embed>,
    <object>, <iframe src=x.pdf>) in a block with (almost) no text of its own, on a page without a paragraph
    of running text (a report page showing its PDF under the text is read). A page that explains its
    attachment ("现将《…报告》予以公开。附件：….pdf") is read: the attachment_notice kind tells that page
    apart; a lone download link: `link_only`."""
    for tag, attr in (("embed", "src"), ("object", "data"), ("iframe", "src")):
        for el in doc.iter(tag):
            name = _doc_name(el.get(attr) or "")
            block = el.getparent()
            if (
                name
                and block is not None
                and len(_HAN.findall(block.text_content())) < _VIEWER_TEXT
                and not _has_paragraph(doc)
            ):
                return (
                    f"网页正文是嵌入显示的附件文件（{name}），另存的网页中没有报告文字："
                    "请下载该附件后直接检查它（.pdf/.docx 都可以）"
                )
    return None


# an article container holding fewer Chinese characters than this beside its attachment links holds only them
_LINK_ONLY = 20


def link_only(doc, article_name) -> str | None:
    """A Chinese reason when a container named like the article (`article_name`: html's _ARTICLE) holds
    nothing but links to PDF/Word files ("附件：某县2023年法治政府建设年度报告.pdf"). A page that explains
    its attachment ("现将《…报告》予以公开。附件：….pdf") has more words than that and is read: the
    attachment_notice kind tells it apart."""
    paragraph = None  # whether the page has a paragraph of running text, found once when first needed
    for a in doc.iter("a"):
        name = _doc_name(a.get("href") or "")
        if not name:
            continue
        for box in a.iterancestors():
            attrs = " ".join(filter(None, [box.get("id"), box.get("class")]))
            if not (attrs and article_name.search(attrs)):
                continue
            links = [x for x in box.iter("a") if _doc_name(x.get("href") or "")]
            beside = len(_HAN.findall(box.text_content())) - sum(len(_HAN.findall(x.text_content())) for x in links)
            if beside < _LINK_ONLY and paragraph is None:
                paragraph = _has_paragraph(doc)
            if beside < _LINK_ONLY and not paragraph:
                shown = _text(a) if _HAN.search(_text(a)) else name
                return (
                    f"网页正文只有附件链接（{shown}），另存的网页中没有报告文字："
                    "请下载该附件后直接检查它（.pdf/.docx 都可以）"
                )
            break
    return None


_LEAF_BLOCKS = ("p", "div", "td", "li", "section", "article", "blockquote", "dd")


def _has_paragraph(doc) -> bool:
    """Somewhere on the page a paragraph of running text: a block with no blocks inside it holding at least
    _PARAGRAPH Chinese characters outside links (a Word-pasted paragraph split into <span> runs counts
    whole). The page carries text of its own, and its attachment links are only a list under it; site
    chrome (footers, menus, source lines) is written in short blocks."""
    for el in doc.iter(*_LEAF_BLOCKS):
        if any(True for _ in el.iterdescendants(*_LEAF_BLOCKS)):
            continue
        own = len(_HAN.findall(el.text_content())) - sum(len(_HAN.findall(a.text_content())) for a in el.iter("a"))
        if own >= _PARAGRAPH:
            return True
    return False


_PARAGRAPH = 80


def framed(doc) -> str | None:
    """A Chinese reason when the page's text is in frames the saved file does not hold."""
    frames = [el.get("src") or "" for el in doc.iter("frame", "iframe") if not el.get("srcdoc")]
    if any(True for _ in doc.iter("frameset")) or frames:
        named = [f for f in frames if f and not f.startswith(("about:", "javascript:"))]
        where = named[-1] if named else ""  # the last frame: a top bar first, the text's frame after it
        return (
            "网页正文在框架（frame/iframe）中"
            + (f"（{where}）" if where else "")
            + "，另存的文件里没有正文文字：请在浏览器中单独打开框架页面另存，或把正文复制为 .txt 再检查"
        )
    return None
