"""A web page saved from a government site: keep the article, drop menus,
breadcrumbs, related links, headers and footers.

In order (`read_html`):

1. decode: the declared charset (a gb2312 declaration over UTF-8 bytes is
   read as UTF-8), else the text reader's detection; an XHTML page's XML
   declaration is removed (lxml refuses it on a str);
2. hints from the page itself: the government page metadata (ArticleTitle,
   PubDate), a report-shaped <h1>/<title>, a "发布时间" label;
3. drop what is never the article: scripts, styles, frames, menus, the site's
   <header>/<footer> (an HTML5 <article>'s own stay), search forms (a form
   holding the text, as 博达/VSB sites write every article, stays), hidden
   text, and blocks whose id/class name them as chrome — unless they hold
   most of the page's text; the second copy of an article laid out twice
   (desktop and mobile, `_drop_copies`);
4. the article: the deepest container named like one (content, zoom,
   TRS_Editor …) that holds half the page's text, refined — or found, when
   none is named — by going down to the child holding most of the text
   outside links (`_densest`);
5. what a reader sees right above the article — headline, date line,
   信息公开 box — up to the first block of links (`_header_lines`), and a
   report-shaped title with a year in a plain block above it as the title
   hint; the labelled date nearest above the article as the published date
   (without any label or page metadata: a day with its clock time right
   above the article, `_stamp_above`, else an element holding only a day,
   `_lone_day_above`); a "时间：/日期：" day shown right above the article
   wins over PubDate metadata naming another day (`_shown_date`); a title
   found nowhere else is taken from a dropped header block or hidden field
   (`_title_set_aside`).

Pages with no text of the report are refused in Chinese before all this
(checker.read.html_parts): an embedded viewer, a lone download link, an
<iframe src> in place of the article, a <frameset>.

A page saved as one file (.mht) is read by checker.read.mhtml through this
module."""

from __future__ import annotations

import re

from ..errors import ReadError
from ..model import SourceText
from . import html_parts
from .html_parts import HAN, han, hidden
from .text import decode

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "select",
    "button",
    "svg",
)
_OWN_PARTS = ("header", "footer")
# a <form> holding at least this many Chinese characters is the page's text (博达/VSB sites wrap every article in
# <form name="_newscontent_fromname">), not a search box
_FORM_TEXT = 100
_CHROME = re.compile(
    r"nav|menu|breadcrumb|crumb|position|location|share|footer|foot|header|top|sidebar|"
    r"related|links|copyright|bottom|banner|toolbar",
    re.I,
)
_ARTICLE = re.compile(r"content|article|zoom|trs_editor|custom_unionstyle|view|detail|main-?text|\bcon\b|text", re.I)
_BLOCK = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "td",
}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
# an XHTML page's XML declaration: lxml refuses a str that still carries one (its encoding is already applied)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_DATE = re.compile(r"(?:发布日期|发布时间|信息时间)\s*[:：]?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# a bare "时间：" / "日期：" label (an old CMS's line under the title), read only above the article
_BARE_DATE = re.compile(
    r"(?<![\u4e00-\u9fff])(?:时间|日期|更新时间|更新日期|发表时间|发表日期|公开日期|发稿时间)\s*[:：]\s*"
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)


# a publication stamp without a label: a day with its clock time ("2020年02月18日 09:15", "2024-03-12 15:35:47",
# "2020年09月15日09时32分")
_STAMP = re.compile(
    r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*\d{1,2}\s*(?:[:：]|时)\s*\d{2}(?!\d)"
)
# at most this many Chinese characters between the stamp and the article (a 来源 line, 打印/纠错 buttons)
_STAMP_GAP = 40


def _stamp_above(above: str):
    """The page's own publication stamp when it carries no label (news-client and 网信办-style pages put the
    bare date and time under the headline): the last day-with-clock-time above the article, close to it."""
    stamps = list(_STAMP.finditer(above))
    if stamps and len(HAN.findall(above[stamps[-1].end() :])) <= _STAMP_GAP:
        return stamps[-1]
    return None


def _shown_date(above: str):
    """A page with PubDate metadata that shows another day under its headline ("时间：2023年11月14日",
    "日期：2024-05-30 10:10"; a republished or migrated page's metadata carries the day it was regenerated):
    the last bare-labelled day close above the article, unless labelled as an update ("更新时间")."""
    shown = [x for x in _BARE_DATE.finditer(above) if not x[0].startswith("更新")]
    if shown and len(HAN.findall(above[shown[-1].end() :])) <= _STAMP_GAP:
        return shown[-1]
    return None


# a block's own leading text that is only a day ("2019年10月08日", "2023-08-19"): a headline's date without label
_LONE_DAY = re.compile(r"^\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


def _lone_day_above(body, article, above: str):
    """Without any label, clock time or metadata: an element right above the article whose own text is a
    day and nothing else (a `<span>2019年10月08日</span>` under the headline; `<small>2023-08-19<span>来源：…`),
    close to the article. (A "今天是2023年8月19日 星期六" bar has words around its day, and sits in the
    site's top bar, dropped before.)"""
    found = None
    for el in body.iter():
        if el is article:
            break
        if isinstance(el.tag, str) and el.text and _LONE_DAY.match(el.text):
            found = _LONE_DAY.match(el.text)
    if found is None:
        return None
    at = above.rfind(found[0].strip())
    if at < 0 or above[:at].rstrip().endswith((":", "：")):
        return None  # a field of a table ("结束时间：" <dd>2024-05-10</dd>), not the page's day
    return found if len(HAN.findall(above[at:])) <= _STAMP_GAP + len(HAN.findall(found[0])) else None


def declared_text(data: bytes, charset: str) -> str | None:
    """`data` decoded by a declared charset, or None when it does not decode.
    A gb2312/GBK declaration over bytes that are valid UTF-8 is read as UTF-8:
    sites moved to UTF-8 keep old declarations, and GB18030 decodes almost any
    bytes (into nonsense) while GBK text is practically never valid UTF-8."""
    enc = charset.strip().lower()
    if enc in ("gbk", "gb2312", "gb-2312", "x-gbk", "gb18030"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            enc = "gb18030"
    try:
        return data.decode(enc)
    except (LookupError, UnicodeDecodeError):
        return None


def _decode(data: bytes, path: str) -> str:
    m = _CHARSET.search(data[:4096])
    text = declared_text(data, m.group(1).decode("ascii", "ignore")) if m else None
    return text if text is not None else decode(data, path)[0]


# "<报告标题>_XX县人民政府" / "<报告标题> - XX市政府门户网站": the site's name goes
_SITE_SEP = re.compile(r"\s*[_|｜]\s*|\s+[-–—]+\s+")
_SITE_TAIL = re.compile(r"\s*[-–—]+\s*[^-–—]{2,30}(政府|门户|网站|网|局|委员会|办公室|厅)$")
# how a report's title ends, in simplified or traditional characters ("……情况及2016年工作打算")
_REPORT_END = re.compile(r"(报告|報告|汇报|匯報|总结|總結|情况|情況|年报|年報|打算|安排|计划|計劃|思路)$")


def _page_title(doc) -> str | None:
    """The report's title from the page's <h1>s or <title>: the first that is
    shaped like a report title once the site's name is cut off (an <h1> is
    often the site's logo, a <title> carries the site's name)."""
    texts = []
    for h in list(doc.iter("h1", "h2"))[:6]:
        texts.append(h.text_content())
        if h.text and h.text.strip() and len(h):  # its own words: the date and source set inside the headline
            texts.append(h.text)  # (<h2>标题<small>2023-08-19 10:08</small></h2>) are not the title
    title_el = doc.find(".//title")
    if title_el is not None:
        texts.append(title_el.text_content())
    for text in texts:
        text = re.sub(r"\s+", " ", text).strip()
        if not text:
            continue
        head = _SITE_SEP.split(text)[0]
        head = _SITE_TAIL.sub("", head) if not _REPORT_END.search(head) else head
        if 6 <= len(head) <= 80 and _REPORT_END.search(head):
            return head
    return None


# the page metadata government sites carry (政府网站发展指引, 2017: ArticleTitle, PubDate ...) and OpenGraph's
_META_TITLE = ("articletitle",)
_META_DATE = ("pubdate", "publishdate", "article:published_time")
_ISO_DAY = re.compile(r"^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def _page_meta(doc) -> dict:
    """{"title", "published"} from the page's <meta> tags: the article's title
    when it is shaped like a report's, the day it was published."""
    import datetime as dt

    out = {}
    for el in doc.iter("meta"):
        name = (el.get("name") or el.get("property") or "").strip().lower()
        content = re.sub(r"\s+", " ", el.get("content") or "").strip()
        if not content:
            continue
        if name in _META_TITLE and "title" not in out and 6 <= len(content) <= 80 and _REPORT_END.search(content):
            out["title"] = content
        elif name in _META_DATE and "published" not in out:
            m = _ISO_DAY.match(content)
            try:
                out["published"] = dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat() if m else None
            except ValueError:
                out["published"] = None
            if not out["published"]:
                del out["published"]
    return out


def _own_han(el) -> dict:
    """Han characters of each element's text outside links, summed over its subtree."""
    own: dict = {}

    def walk(node, in_link: bool) -> int:
        tag = node.tag if isinstance(node.tag, str) else ""
        link = in_link or tag == "a"
        n = len(HAN.findall(node.text or "")) if (tag and not link) else 0
        for child in node:
            n += walk(child, link)
            if child.tail and not in_link:
                n += len(HAN.findall(child.tail))
        own[node] = n
        return n

    walk(el, False)
    return own


# a block of at least this many Chinese characters (outside links) that the page carries twice is one article
# laid out twice
_COPY_MIN = 200


def _drop_copies(body) -> dict:
    """A page that carries its article twice — a desktop and a mobile layout in one file (a PC_warp and a
    Mobile_warp, Amaze UI's am-hide-sm-only / am-show-sm-only), both shown or hidden only by style sheets
    the reader does not apply — keeps the first copy: a later block with the same text (not the first's own
    wrapper) goes. Candidates are told by their size and opening words; only those are compared whole.
    Returns each element's Chinese characters outside links (`_own_han`) for what is left."""
    from itertools import islice

    own = _own_han(body)
    dropped = False
    seen: dict[tuple, list] = {}
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or own.get(el, 0) < _COPY_MIN or el.getparent() is None:
            continue
        key = (own[el], re.sub(r"\s+", "", "".join(islice(el.itertext(), 40)))[:60])
        earlier = seen.setdefault(key, [])
        ancestors = set(el.iterancestors())
        text = None
        for first in earlier:
            if first in ancestors:
                continue  # a wrapper and the block it wraps
            text = text if text is not None else re.sub(r"\s+", "", el.text_content())
            if re.sub(r"\s+", "", first.text_content()) == text:
                el.drop_tree()
                dropped = True
                break
        else:
            earlier.append(el)
    return _own_han(body) if dropped else own


# an article's head (headline, date and source line) is short; a menu or a list of links is not kept for holding a date
_HEAD_MAX = 120


def _article_head(el) -> bool:
    """A block named like chrome ("DetialTop", a mobile "mheader", a "share_author" line) that is the article's
    head: short, mostly not links, holding a labelled date or a publication stamp. (Holding the headline is
    not enough: a sticky "正在阅读：…" bar and breadcrumbs hold it too.)"""
    chars = han(el)
    if not chars or chars > _HEAD_MAX or 2 * sum(han(a) for a in el.iter("a")) >= chars:
        return False
    text = el.text_content()
    return bool(_DATE.search(text) or _BARE_DATE.search(text) or _STAMP.search(text))


def _densest(root):
    """The article below `root` (<body>, or a container named like an article):
    going down, the child holding most of the text outside links, as long as
    it holds at least KEEP of its parent's (menus, link lists and the footer
    are left above; a report's own parts are each far below KEEP)."""
    own = _own_han(root)
    node = root
    while True:
        kids = [c for c in node if isinstance(c.tag, str)]
        if not kids:
            return node
        top = max(kids, key=lambda c: own.get(c, 0))
        if own.get(top, 0) < _KEEP * own.get(node, 0) or top.tag in _INLINE:
            return node
        node = top


_KEEP = 0.8
# a title names its year; a column's name above the article ("法治政府建设年度报告") does not
_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}|[〇○零一二][〇○零一二三四五六七八九]{3}")
_INLINE = {"a", "span", "font", "b", "strong", "em", "i", "u", "p", "br"}
_TITLE_TAGS = {"h1", "h2", "h3", "h4", "div", "p", "td", "span", "strong", "b", "font", "li"}


MAX_HEADER_LINES = 12
_SITE_NAME = re.compile(
    r"^[^，。,；;：:]{2,30}(?:门户网站|政府网站|网站|政府网|门户网)$"
)  # a logo's text, not the page's


def _header_lines(body, article) -> list[str]:
    """What a reader sees right above the article, in page order: the
    headline, the line with its date and source, a 信息公开 metadata box —
    the blocks before the article (then before each of its containers) up to
    the first block made of links (a menu, a breadcrumb, a column of other
    articles), at most MAX_HEADER_LINES lines."""
    blocks: list[list[str]] = []
    count = 0
    node = article
    while node is not None and node is not body:
        sib = node.getprevious()
        while sib is not None:
            if isinstance(sib.tag, str):
                chars = han(sib)
                if chars:
                    anchors = list(sib.iter("a"))
                    if len(anchors) >= 3 or 2 * sum(han(a) for a in anchors) >= chars:
                        return [line for block in reversed(blocks) for line in block]
                    found = [line for line in _lines(sib) if not _SITE_NAME.search(line)]
                    if count + len(found) > MAX_HEADER_LINES:
                        return [line for block in reversed(blocks) for line in block]
                    blocks.append(found)
                    count += len(found)
            sib = sib.getprevious()
        node = node.getparent()
    return [line for block in reversed(blocks) for line in block]


def _title_above(body, article) -> str | None:
    """A report-shaped title in the last blocks before the article (a title in a
    plain <div> above the text, with the page's <title> holding only the
    site's name); text inside links (related articles, menus) never counts."""
    found = None
    for el in body.iter():
        if el is article:
            break
        if not isinstance(el.tag, str) or el.tag not in _TITLE_TAGS:
            continue
        if any(True for _ in el.iterancestors("a")) or any(True for _ in el.iter("a")):
            continue
        text = re.sub(r"\s+", " ", el.text_content()).strip()
        if 6 <= len(text) <= 80 and _REPORT_END.search(text) and _TITLE_YEAR.search(text):
            found = text
    return found


def _title_set_aside(dropped: list) -> str | None:
    """A report-shaped title with a year in a block the reader dropped, in page order: a headline set in a
    block named like the site's header (`div.header > p`), or a hidden field that keeps it for scripts
    (TRS's `div#NewsArticleTitle` when a script writes the visible headline). Only when the page shows
    no such title anywhere else; never text in links, nor a labelled line ("正在阅读：…")."""
    for block in dropped:
        for el in block.iter(*_TITLE_TAGS):
            if any(True for _ in el.iter("a")) or any(True for _ in el.iterancestors("a")):
                continue
            text = re.sub(r"\s+", " ", el.text_content()).strip()
            if (
                6 <= len(text) <= 80
                and _REPORT_END.search(text)
                and _TITLE_YEAR.search(text)
                and not re.search(r"[:：]", text)
            ):
                return text
    return None


def _lines(el) -> list[str]:
    out: list[str] = [""]

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _BLOCK:
            out.append("")
        if node.text and tag:
            out[-1] += node.text
        for child in node:
            walk(child)
        if tag in _BLOCK:
            out.append("")
        if node.tail:
            out[-1] += node.tail

    walk(el)
    return [re.sub(r"[ \t\r\n]+", " ", l).strip() for l in out if l.strip()]


def _text_above(body, article) -> str:
    """The page's text before its article (the title and the line under it)."""
    out = []
    for el in body.iter():
        if el is article:
            break
        if isinstance(el.tag, str):
            out.append(el.text or "")
        out.append(el.tail or "" if el is not body else "")
    return " ".join(out)


def read_html(data: bytes, path: str, text: str | None = None) -> SourceText:
    """`text`: the page already decoded (by the charset of the .mht part holding it)."""
    import lxml.html

    text = _XML_DECL.sub("", (_decode(data, path) if text is None else text).lstrip("\ufeff"), count=1)
    try:
        doc = lxml.html.document_fromstring(text)
    except Exception:
        raise ReadError(path, "网页文件无法解析")
    hints = {}
    meta = _page_meta(doc)
    title = meta.get("title") or _page_title(doc)
    if title:
        hints["title"] = title
    m = _DATE.search(doc.text_content())
    if m:
        hints["published"] = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    elif meta.get("published"):
        hints["published"] = meta["published"]
    dated_by_meta = not m and bool(meta.get("published"))
    # before frames and scripts go: a TRS page bar is drawn by a script; the reason a page may have no text
    part_of = html_parts.pager(doc, None)
    framed, in_frames = html_parts.framed_text(doc), html_parts.framed(doc)
    frame_el = next((el for el in doc.iter("iframe") if el.get("srcdoc") == framed), None) if framed else None
    frame_above = _text_above(doc, frame_el) if frame_el is not None else ""  # its headline and date line
    attachment = (
        html_parts.attachment_only(doc, _CHROME, _ARTICLE)
        or html_parts.link_only(doc, _ARTICLE, _CHROME)
        or html_parts.framed_slot(doc, _CHROME, _ARTICLE)
    )
    if attachment or any(True for _ in doc.iter("frameset")):
        raise ReadError(path, attachment or in_frames)
    for el in list(doc.iter(*_DROP_TAGS)):
        if el.tag in _OWN_PARTS and any(True for _ in el.iterancestors("article", "main")):
            continue  # an HTML5 article's own <header> (its headline and date) or <footer>
        el.drop_tree()
    for el in list(doc.iter("form")):  # a search box goes; a CMS that wraps the article in a <form> keeps it
        if el.getparent() is not None and han(el) < _FORM_TEXT:
            el.drop_tree()
    whole = han(doc)
    dropped = []
    for el in list(doc.iter()):  # hidden text: a print copy, a widget's labels, characters planted against copying
        if isinstance(el.tag, str) and el.getparent() is not None and hidden(el) and han(el) * 2 < whole:
            dropped.append(el)
            el.drop_tree()
    for el in list(doc.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        attrs = " ".join(filter(None, [el.get("id"), el.get("class")]))
        # (a name like "maintop" or "con_foot" on the container of the whole text does not make it chrome)
        if attrs and _CHROME.search(attrs) and not _ARTICLE.search(attrs) and han(el) * 2 < whole:
            if not _article_head(el):
                dropped.append(el)
                el.drop_tree()
    body = doc.find(".//body") if doc.find(".//body") is not None else doc
    # text outside links: a block of links (the ministries' links at a provincial site's foot, a column of
    # other articles) can outweigh a short report, and must not decide where the article is
    own = _drop_copies(body)
    total = own.get(body, 0) or 1
    best = None
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        attrs = " ".join(filter(None, [el.get("id"), el.get("class")]))
        if attrs and _ARTICLE.search(attrs) and own.get(el, 0) >= total * 0.5:
            best = el  # deepest known article container holding most text
    # no telling name: found by its text; a named container may still be the page's wrapper ("main-content"
    # around the menus and a column of links): the same search goes on inside it
    best = _densest(best if best is not None else body)
    if best is body:
        best = None
    if "title" not in hints and best is not None:
        above = _title_above(body, best) or _title_set_aside(dropped)
        if above:
            hints["title"] = above
    if part_of is None:
        part_of = html_parts.pager(doc, best)
    if part_of is not None and part_of[2] is not None and part_of[2].getparent() is not None:
        part_of[2].drop_tree()  # the page bar is not the report's text
    lines = _lines(best if best is not None else body)
    header = _header_lines(body, best) if best is not None else []
    if best is not None:
        above = _text_above(body, best)
        # the labelled date nearest above the article: a column of other articles' dates may come first
        labelled = list(_DATE.finditer(above))
        m = labelled[-1] if labelled else (None if "published" in hints else _BARE_DATE.search(above))
        if m is None and dated_by_meta:
            m = _shown_date(above)  # the day the page shows under its headline, over its metadata's
        if m is None and "published" not in hints:
            m = _stamp_above(above) or _lone_day_above(body, best, above)
        if m:
            hints["published"] = f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    if framed and len(HAN.findall(framed)) > len(HAN.findall("".join(lines))):
        inner = read_html(b"", path, text=framed)  # the page's text is an <iframe srcdoc> document
        if dated_by_meta:
            shown = _shown_date(frame_above)
        else:  # the outer page's own date line (labelled, or a day with its clock time) when it has no other
            shown = None if "published" in hints else _BARE_DATE.search(frame_above) or _stamp_above(frame_above)
        if shown:
            hints["published"] = f"{int(shown[1]):04d}-{int(shown[2]):02d}-{int(shown[3]):02d}"
        for key in ("title", "published"):  # the outer page's headline and date, when the frame has none
            if key in hints and key not in inner.hints:
                inner.hints[key] = hints[key]
        return inner
    if not any(HAN.search(l) for l in lines):
        raise ReadError(path, in_frames or "网页中没有找到正文文字")
    if part_of is not None:
        hints["notices"] = [html_parts.pager_notice(part_of[0], part_of[1])]
    # the title above the article, unless the article opens with it (a sentence that quotes the title,
    # "《……报告》是2017年……发布的报告。", does not open with it)
    title = hints.get("title")
    if title and lines and (title not in lines[0] or len(lines[0]) > len(title) + 20):
        if not any(title in line and len(line) <= len(title) + 20 for line in header):
            lines.insert(0, title)
    return SourceText(path=path, format="html", lines=header + lines, hints=hints)
