"""Page families built on the real shapes, each the way such sites save them:

* `paged(shape, rep, part, parts, trs=False)`: the article split over `parts` pages, this file holding page
  `part`: a "共N页 上一页 1 2 3 下一页" bar under the text (the bar of 大汉/VSB/most CMSs), or TRS WCM's
  `createPageHTML(N, k, …)` script that draws it;
* `srcdoc(shape, rep)`: the report inside an <iframe srcdoc> of an otherwise empty page;
* `frameset(rep)`: an old two-frame page (the text is in the frame's own file, not saved with it);
* `viewer(shape, rep, kind)`: the article slot holds only an embedded PDF viewer (pdf.js `?file=`, <embed>,
  <object>) or a download link; `iframe_src(shape, rep)`: only an <iframe src>; `notice(shape, rep)`: a
  sentence publishing the report as an attachment and the link;
* `as_gbk(shape, rep)`, `as_mht(shape, rep)`: the real page served as GB2312 bytes, or saved as one .mht file."""

from __future__ import annotations

import html
import quopri
import re

import shapes

_BAR = (
    "<div class='page-bar' style='text-align:center'>共{parts}页&nbsp;&nbsp;<a href='index_{prev}.html'>上一页</a>"
    "{numbers}<a href='index_{next}.html'>下一页</a></div>"
)


def _slot(shape: str, rep: shapes.Report, article_html: str, text_elsewhere: bool = True) -> bytes:
    """`text_elsewhere` False: a hidden text-to-speech copy of the page ({{FLAT}}) holds the headline only (the
    page has no text of the report anywhere)."""
    text = (shapes.HERE / "shapes" / f"{shape}.html").read_text(encoding="utf-8")
    if not text_elsewhere:
        text = text.replace("{{FLAT}}", "{{TITLE}}")
    text = shapes._PARA.sub(lambda m: article_html, text)
    return shapes.fill_text(text, rep).encode("utf-8")


def paged(shape: str, rep: shapes.Report, part: int, parts: int, trs: bool = False) -> bytes:
    n = len(rep.lines)
    lo, hi = n * (part - 1) // parts, n * part // parts
    paras = "\n".join(f"<p>{html.escape(l)}</p>" for l in rep.lines[lo:hi])
    if trs:
        bar = f'<script>createPageHTML({parts}, {part - 1}, "t20240301_{part}", "html");</script>'
    else:
        numbers = "".join(
            f"&nbsp;{k}&nbsp;" if k == part else f"&nbsp;<a href='index_{k}.html'>{k}</a>&nbsp;"
            for k in range(1, parts + 1)
        )
        bar = _BAR.format(parts=parts, prev=max(part - 1, 1), next=min(part + 1, parts), numbers=numbers)
    return _slot(shape, rep, paras + bar)


def srcdoc(shape: str, rep: shapes.Report) -> bytes:
    inner = "<html><body>" + "".join(f"<p>{html.escape(l)}</p>" for l in rep.lines) + "</body></html>"
    return _slot(shape, rep, f"<iframe srcdoc=\"{html.escape(inner, quote=True)}\" width='100%'></iframe>")


def iframe_src(shape: str, rep: shapes.Report) -> bytes:
    """The article slot holds only an <iframe src> pointing at the text's own page (older CMS detail pages,
    a page built around an editor's preview frame): the saved file holds no text of the report."""
    frame = "<iframe src='content_2024.htm' width='100%' height='1200' frameborder='0'></iframe>"
    return _slot(shape, rep, frame, text_elsewhere=False)


def frameset(rep: shapes.Report) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>" + html.escape(rep.title) + "</title></head>"
        "<frameset rows='120,*'><frame src='top.htm' name='top'><frame src='content_2024.htm' name='main'>"
        "<noframes><body>您的浏览器不支持框架</body></noframes></frameset></html>"
    ).encode("utf-8")


def viewer(shape: str, rep: shapes.Report, kind: str) -> bytes:
    name = f"{rep.title}.pdf"
    src = {
        "pdfjs": f"<iframe src='/pdfjs/web/viewer.html?file=/attach/2024/{html.escape(name)}' width='100%' height='800'>"
        "</iframe>",
        "embed": f"<embed src='/attach/2024/{html.escape(name)}' type='application/pdf' width='100%' height='800'>",
        "object": f"<object data='/attach/2024/{html.escape(name)}' type='application/pdf'></object>",
        "link": f"<p>附件：<a href='/attach/2024/P020240301.pdf'>{html.escape(name)}</a></p>",
    }[kind]
    return _slot(shape, rep, src, text_elsewhere=False)


def notice(shape: str, rep: shapes.Report) -> bytes:
    """The article slot explains its attachment: "现将《…报告》予以公开。附件：….pdf" (a page to read; the
    attachment_notice kind tells it apart)."""
    art = (
        f"<p>根据《法治政府建设与责任落实督察工作规定》要求，现将《{html.escape(rep.title)}》予以公开。</p>"
        f"<p>附件：<a href='/attach/2024/P020240301.pdf'>{html.escape(rep.title)}.pdf</a></p>"
    )
    return _slot(shape, rep, art, text_elsewhere=False)


def as_gbk(shape: str, rep: shapes.Report) -> bytes:
    """The page as an older site serves it: declared gb2312, GBK bytes (characters outside GBK as references)."""
    text = shapes.fill(shape, rep).decode(shapes.ENCODING.get(shape, "utf-8"))
    declared = re.sub(r"charset\s*=\s*[\"']?(?:utf-8|gb2312)", "charset=gb2312", text, flags=re.I)
    if declared == text:
        declared = text.replace(
            "<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 1
        )
    return declared.encode("gbk", errors="xmlcharrefreplace")


def as_mht(shape: str, rep: shapes.Report) -> bytes:
    """The page saved by Chromium as one file ("网页，单个文件"): MIME multipart, the page quoted-printable."""
    page = quopri.encodestring(shapes.fill(shape, rep)).decode("ascii")
    b = "----MultipartBoundary--w17shape----"
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/art/2024/3/1/a.html\r\n"
        f"Subject: =?utf-8?Q?report?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\t"
        f'type="text/html";\r\n\tboundary="{b}"\r\n\r\n\r\n--{b}\r\nContent-Type: text/html\r\n'
        "Content-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        f"Content-Location: http://www.example.gov.cn/art/2024/3/1/a.html\r\n\r\n{page}\r\n\r\n--{b}\r\n"
        "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n--{b}--\r\n"
    ).encode("ascii")


def without_date_meta(shape: str, rep: shapes.Report) -> bytes:
    """The page without its PubDate / publishdate / article:published_time metadata (sites outside the
    government-site guideline, pages re-saved by other tools): the day must come from what the page shows."""
    text = shapes.fill(shape, rep).decode(shapes.ENCODING.get(shape, "utf-8"))
    text = re.sub(r"<meta[^>]+(?:pubdate|publishdate|published_time)[^>]*>", "", text, flags=re.I)
    return text.encode("utf-8")


def site_name_title(shape: str, rep: shapes.Report) -> bytes:
    """The page whose <title> holds only the site's name and has no ArticleTitle / og:title metadata: the
    headline must come from the page itself."""
    text = shapes.fill(shape, rep).decode(shapes.ENCODING.get(shape, "utf-8"))
    text = re.sub(r"<meta[^>]+(?:ArticleTitle|og:title)[^>]*>", "", text, flags=re.I)
    text = re.sub(r"<title>.*?</title>", "<title>某某市人民政府门户网站</title>", text, flags=re.I | re.S)
    return text.encode("utf-8")


def with_attachment_box(shape: str, rep: shapes.Report) -> bytes:
    """A report page as Word-pasting sites write it (each paragraph split into <span> runs) with its list of
    attachments in a box whose name looks like the article's ("article-attachment"): a page to read, not an
    attachment-only page."""

    def runs(line: str) -> str:
        k = max(len(line) // 3, 1)
        return "".join(f"<span>{html.escape(part)}</span>" for part in (line[:k], line[k : 2 * k], line[2 * k :]))

    text = (shapes.HERE / "shapes" / f"{shape}.html").read_text(encoding="utf-8")
    paras = "\n".join(f"<p class='MsoNormal'>{runs(line)}</p>" for line in rep.lines)
    box = "<div class='article-attachment'>附件：<a href='/att/P020240301.pdf'>年度行政执法数据统计表.pdf</a></div>"
    return shapes.fill_text(shapes._PARA.sub(lambda m: paras + box, text), rep).encode("utf-8")


def with_viewer_below(shape: str, rep: shapes.Report) -> bytes:
    """A report page that also shows the report's PDF in a viewer under its text: a page to read."""
    text = (shapes.HERE / "shapes" / f"{shape}.html").read_text(encoding="utf-8")
    paras = "\n".join(f"<p>{html.escape(line)}</p>" for line in rep.lines)
    viewer_box = (
        "<div class='pdf-box'><iframe src='/pdfjs/web/viewer.html?file=/att/P020240301.pdf' width='100%'>"
        "</iframe></div>"
    )
    return shapes.fill_text(shapes._PARA.sub(lambda m: paras + viewer_box, text), rep).encode("utf-8")
