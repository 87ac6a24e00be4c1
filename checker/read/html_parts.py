"""What a saved page holds besides one whole article, for checker.read.html:

* `pager(doc, article)`: the article split over several pages (a "共3页 上一页 1 2 3 下一页" bar under the text,
  or TRS WCM's `createPageHTML(3, 0, …)` call that draws it): (this part, number of parts, the bar's element),
  so the reader can say the file holds one part only — the missing parts would otherwise read as missing
  elements;
* `framed_text(doc)`: the text a page keeps in an <iframe srcdoc> (an editor's preview, some CMS detail
  pages), read in place of the empty outer page;
* `attachment_only(doc)`: the page only shows a PDF/Word file in an embedded viewer; `link_only(doc, …)`:
  the article's container holds nothing but links to such files;
  `framed(doc)`: the text is in frames the saved file does not hold (<frameset>, <iframe src>);
  `framed_slot(doc, chrome, article)`: the article itself is an <iframe src> on a page without running text — each
  as a Chinese message naming what to open instead."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlparse

HAN = re.compile(r"[\u4e00-\u9fff]")
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
        n = len(HAN.findall(src or ""))
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


def attachment_only(doc, chrome=None, article=None) -> str | None:
    """A Chinese reason when the article is only an embedded PDF/Word viewer (pdf.js `?file=`, <embed>,
    <object>, <iframe src=x.pdf>) in a block with (almost) no text of its own, on a page without a paragraph
    of running text (a report page showing its PDF under the text is read). A page that explains its
    attachment ("现将《…报告》予以公开。附件：….pdf") is read: the attachment_notice kind tells that page
    apart; a lone download link: `link_only`. With `chrome`/`article` (html's names), a paragraph in the
    site's own blocks or in hidden text (a login notice, a share summary) is not the page's text."""
    for tag, attr in (("embed", "src"), ("object", "data"), ("iframe", "src")):
        for el in doc.iter(tag):
            name = _doc_name(el.get(attr) or "")
            block = el.getparent()
            if (
                name
                and block is not None
                and len(HAN.findall(block.text_content())) < _VIEWER_TEXT
                and not _has_paragraph(doc, chrome, article)
            ):
                return (
                    f"网页正文是嵌入显示的附件文件（{name}），另存的网页中没有报告文字："
                    "请下载该附件后直接检查它（.pdf/.docx 都可以）"
                )
    return None


# an article container holding fewer Chinese characters than this beside its attachment links holds only them
_LINK_ONLY = 20


def link_only(doc, article_name, chrome=None) -> str | None:
    """A Chinese reason when a container named like the article (`article_name`: html's _ARTICLE) holds
    nothing but links to PDF/Word files ("附件：某县2023年法治政府建设年度报告.pdf"). A page that explains
    its attachment ("现将《…报告》予以公开。附件：….pdf") has more words than that and is read: the
    attachment_notice kind tells it apart. An article box without a telling name (`div.p3`, `zw_cont_c`,
    `conN`): `_unnamed_link_box` (`chrome`: html's _CHROME, the site's own blocks)."""
    paragraph = None  # whether the page has a paragraph of running text, found once when first needed
    files = False
    for a in doc.iter("a"):
        name = _doc_name(a.get("href") or "")
        if not name:
            continue
        files = True
        for box in a.iterancestors():
            attrs = " ".join(filter(None, [box.get("id"), box.get("class")]))
            if not (attrs and article_name.search(attrs)):
                continue
            links = [x for x in box.iter("a") if _doc_name(x.get("href") or "")]
            beside = len(HAN.findall(box.text_content())) - sum(len(HAN.findall(x.text_content())) for x in links)
            if beside < _LINK_ONLY and paragraph is None:
                paragraph = _has_paragraph(doc)
            if beside < _LINK_ONLY and not paragraph:
                return _link_reason(a, name)
            break
    if files and chrome is not None and not _has_paragraph(doc, chrome, article_name):
        return _unnamed_link_box(doc, chrome, article_name)
    return None


def _link_reason(a, name: str) -> str:
    shown = _text(a) if HAN.search(_text(a)) else name
    return f"网页正文只有附件链接（{shown}），另存的网页中没有报告文字：请下载该附件后直接检查它（.pdf/.docx 都可以）"


# what a page explaining its attachment says around the link ("现将《…报告》予以公开。"): a sentence
_EXPLAINS = re.compile(r"现将|现予|予以公开|予以公布|公布如下|发布如下|印发|详见附件|见附件|特此")


def _in_chrome(el, chrome, article, whole: int) -> bool:
    """Inside a block html drops as the site's own — named like chrome, not also like an article, holding
    less than half of the page's text (`whole` Chinese characters) — before any block named like an
    article; or inside hidden text holding less than half of it (html's rule for hidden text)."""
    for x in el.iterancestors():
        if hidden(x) and 2 * han(x) < whole:
            return True  # (a WeChat page keeps its whole article in a hidden #js_content until a script runs)
        attrs = " ".join(filter(None, [x.get("id"), x.get("class")]))
        if attrs and article.search(attrs):
            return False  # inside the article's box first (a site may wrap it in a "menu_con" cell)
        if attrs and chrome.search(attrs) and 2 * han(x) < whole:
            return True
    return False


HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)  # an inline style that hides


def hidden(el) -> bool:
    """An element hidden by its own attribute or inline style (not by a stylesheet)."""
    return el.get("hidden") is not None or bool(HIDDEN.search(el.get("style") or ""))


def han(el) -> int:
    """Chinese characters in an element's text, links included."""
    return len(HAN.findall(el.text_content()))


def _unnamed_link_box(doc, chrome, article) -> str | None:
    """On a page without a paragraph of running text, a link to a PDF/Word file outside the site's own
    blocks (menus, footers, hidden text) whose surroundings hold no sentence: going up from the link, the
    first block with words of its own beside the file links (the link's "附件：" label, then the headline,
    the date and source line, 字号 buttons) says nothing like "现将…予以公开。" — the page only links the
    report. Links in page order; the first whose surroundings explain it makes the page one to read."""
    whole = han(doc)
    for a in doc.iter("a"):
        name = _doc_name(a.get("href") or "")
        if not name or _in_chrome(a, chrome, article, whole):
            continue
        return None if _explained(a, chrome, article) else _link_reason(a, name)
    return None


def _explained(el, chrome, article) -> bool:
    """Going up from a file link or a frame, the first block with words of its own (`_words`) says something
    like "现将…予以公开。" (or there is no such block)."""
    for box in el.iterancestors():
        text = _words(box, chrome, article)
        if len(HAN.findall(text)) >= _LINK_ONLY:
            return bool(_EXPLAINS.search(text))
    return True


def _words(box, chrome, article) -> str:
    """The words a reader sees in `box` outside links (a menu's, a file's): no scripts or styles, no hidden
    text (a share pop-up), no block named like the site's own."""
    out: list[str] = []

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        attrs = " ".join(filter(None, [el.get("id"), el.get("class")])) if tag else ""
        skip = (
            not tag
            or tag in ("script", "style")
            or tag == "a"
            or HIDDEN.search(el.get("style") or "")
            or (attrs and chrome.search(attrs) and not article.search(attrs))
        )
        if not skip:
            out.append(el.text or "")
            for c in el:
                walk(c)
        if el is not box:
            out.append(el.tail or "")

    walk(box)
    return "".join(out)


def _height(el) -> int:
    h = re.match(r"\s*(\d+)", el.get("height") or "")
    return int(h[1]) if h else 0


def framed_slot(doc, chrome, article) -> str | None:
    """A Chinese reason when the article is an <iframe src> (an old CMS's detail page, a page built around a
    preview frame): a page without a paragraph of running text holding a frame outside the site's own
    blocks (a weather widget in the top bar, a 纠错 form in the footer are not the text's frame) and
    saying nowhere what it publishes (a page saying "现将…予以公开。" beside a 纠错 frame is read)."""
    whole = han(doc)
    frames = [
        el
        for el in doc.iter("iframe")
        if (el.get("src") or "").strip()
        and not el.get("src").startswith(("about:", "javascript:"))
        and not el.get("srcdoc")
        and not _doc_name(el.get("src"))
        and not _in_chrome(el, chrome, article, whole)
    ]
    if not frames or framed_text(doc) is not None or _has_paragraph(doc, chrome, article):
        return None  # (an <iframe srcdoc> holding the text is read)
    body = doc.find(".//body")
    if _EXPLAINS.search(_words(body if body is not None else doc, chrome, article)):
        return None  # the page says what it publishes ("现将…予以公开。附件：…"): the attachment_notice kind's

    def in_article(el) -> bool:
        return any(article.search(" ".join(filter(None, [x.get("id"), x.get("class")]))) for x in el.iterancestors())

    # the text's frame: inside a block named like an article, else the tallest (widgets and 纠错 forms are short)
    src = max(frames, key=lambda el: (in_article(el), _height(el))).get("src")
    return (
        f"网页正文在框架（iframe）中（{src}），另存的文件里没有正文文字："
        "请在浏览器中单独打开框架页面另存，或把正文复制为 .txt 再检查"
    )


_LEAF_BLOCKS = ("p", "div", "td", "li", "section", "article", "blockquote", "dd")


def _has_paragraph(doc, chrome=None, article=None) -> bool:
    """Somewhere on the page a paragraph of running text: a block with no blocks inside it holding at least
    _PARAGRAPH Chinese characters outside links (a Word-pasted paragraph split into <span> runs counts
    whole). The page carries text of its own, and its attachment links are only a list under it; site
    chrome (footers, menus, source lines) is written in short blocks. With `chrome`/`article` (html's
    names), a paragraph in a block html drops (a login notice, a hidden share summary) does not count."""
    whole = han(doc) if chrome is not None else 0
    for el in doc.iter(*_LEAF_BLOCKS):
        if any(True for _ in el.iterdescendants(*_LEAF_BLOCKS)):
            continue
        own = len(HAN.findall(el.text_content())) - sum(len(HAN.findall(a.text_content())) for a in el.iter("a"))
        if own < _PARAGRAPH:
            continue
        styled_out = HIDDEN.search(el.get("style") or "") and 2 * own < whole
        if chrome is None or not (styled_out or _in_chrome(el, chrome, article, whole)):
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
