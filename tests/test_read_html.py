"""The web-page reader on page shapes real sites produce: an XHTML page with
its XML declaration, a page saved under another name, a page whose article
container has no telling name (menus, a dated link list and a footer around
it), a Word "save as web page" file."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from checker.pipeline import check_path
from checker.read import detect_format, read_path
from checker.read.html import read_html

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BODY = "<p>2023年，我县法治政府建设工作取得新进展。</p><p>一、主要举措和成效</p><p>（一）加强组织领导。</p>"


def _squeeze(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()


def _seed_lines(name: str) -> list[str]:
    path = next(SEEDS.glob(name + "_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _portal(lines: list[str], article_class: str, *, title_in_div: bool = True, column: str | None = None) -> str:
    """A county portal's page: a menu, a breadcrumb, a column of dated links
    (other years, other topics), the article in a container named
    `article_class`, print links and a footer."""
    title, body = lines[0], lines[1:]
    menu = "".join(f"<li><a href='#'>{x}</a></li>" for x in ["首页", "政务公开", "政务服务", "互动交流", "走进本县"])
    links = "".join(
        f"<li><a href='#'>关于开展2024年度安全生产大检查工作的通知</a><span>2024-03-{day:02d}</span></li>"
        for day in range(1, 12)
    )
    paras = "".join(f"<p style='text-indent:2em'>&nbsp;&nbsp;{html.escape(line)}</p>" for line in body)
    head = f"<div class='bt'>{html.escape(title)}</div>" if title_in_div else ""
    col = f"<div class='lmmc'>{column}</div>" if column else ""
    return (
        "<html><head><meta charset='utf-8'><title>某县人民政府</title></head><body>"
        f"<div class='dh'><ul>{menu}</ul></div><div class='wz'>您现在的位置：<a>首页</a> &gt; <a>政务公开</a></div>"
        f"<div class='left'><div class='lm'>最新动态</div><ul>{links}</ul></div>"
        f"<div class='right'>{col}{head}<div class='{article_class}'>{paras}</div>"
        "<div class='dy'>【打印本页】【关闭窗口】</div></div>"
        "<div class='db'>版权所有：某县人民政府办公室　主办：某县人民政府　网站标识码：1234567890</div>"
        "</body></html>"
    )


def test_xhtml_with_xml_declaration_is_read(tmp_path):
    page = (
        '<?xml version="1.0" encoding="{enc}"?>\n'
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset={enc}" />'
        "<title>某县2023年法治政府建设年度报告_某县人民政府</title></head>"
        '<body><div class="content">' + BODY + "</div></body></html>"
    )
    utf8 = tmp_path / "utf8.html"
    utf8.write_bytes(page.format(enc="utf-8").encode("utf-8"))
    gbk = tmp_path / "gbk.htm"
    gbk.write_bytes(page.format(enc="gb2312").encode("gbk"))
    for path in (utf8, gbk):
        src = read_path(str(path))
        assert src.format == "html"
        assert src.hints["title"] == "某县2023年法治政府建设年度报告"
        assert "一、主要举措和成效" in src.lines


@pytest.mark.parametrize(
    "start",
    [
        b"\xef\xbb\xbf<!DOCTYPE html>",
        b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">',
        b"<!-- saved from url=(0049)http://www.example.gov.cn/art/2024/3/1/art_1.html -->\n<html>",
    ],
)
def test_saved_page_under_another_name_is_sniffed_as_html(start):
    data = start + b"<html><body><div class='content'>" + BODY.encode() + b"</div></body></html>"
    assert detect_format("report.dat", data) == "html"
    assert detect_format("report.dat", "2023年法治政府建设情况报告\n<html>".encode()) == "txt"


@pytest.mark.parametrize("article_class", ["xl_con", "newsCon", "zw"])
def test_unnamed_article_container_is_found_by_its_text(tmp_path, article_class):
    lines = _seed_lines("004")
    page = tmp_path / "page.html"
    page.write_text(_portal(lines, article_class), encoding="utf-8")
    src = read_path(str(page))
    assert src.hints["title"] == lines[0]
    assert src.lines[0] == lines[0]
    assert [_squeeze(line) for line in src.lines[1:]] == [_squeeze(line) for line in lines[1:]]
    assert not any("安全生产大检查" in line or "版权所有" in line or "首页" in line for line in src.lines)
    txt = tmp_path / "page.txt"
    txt.write_text("\n".join(lines), encoding="utf-8")
    from_page, from_txt = check_path(str(page)).to_dict(), check_path(str(txt)).to_dict()
    assert from_page["title"] == lines[0]
    for field in ("title", "issuer", "year", "published", "outline_cited", "score"):
        assert from_page[field] == from_txt[field], field
    assert [e["status"] for e in from_page["elements"]] == [e["status"] for e in from_txt["elements"]]


def test_column_name_above_the_article_is_not_a_title(tmp_path):
    lines = ["某县人民政府2023年法治政府建设情况的报告"] + _seed_lines("004")[1:]
    page = tmp_path / "page.html"
    page.write_text(_portal(lines, "zw", title_in_div=False, column="法治政府建设年度报告"), encoding="utf-8")
    assert "title" not in read_path(str(page)).hints
    page.write_text(_portal(lines, "zw", column="法治政府建设年度报告"), encoding="utf-8")
    assert read_path(str(page)).hints["title"] == lines[0]


def test_a_link_list_above_the_article_gives_no_title():
    page = (
        "<html><body><div class='dh'><ul><li><a>某县2022年法治政府建设年度报告</a></li></ul></div>"
        "<div class='zw'>" + BODY * 5 + "</div></body></html>"
    )
    assert "title" not in read_html(page.encode(), "p.html").hints


def test_word_saved_web_page_keeps_its_numbering():
    page = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>'
        '<meta http-equiv=Content-Type content="text/html; charset=gb2312">'
        "<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>admin</o:Author></o:DocumentProperties></xml>"
        "<![endif]--><style><!-- p.MsoNormal {margin:0cm} --></style></head>"
        "<body lang=ZH-CN><div class=WordSection1>"
        "<p class=MsoNormal align=center><b><span style='font-size:22.0pt'>"
        "某县人民政府关于2023年法治政府建设情况的报告<o:p></o:p></span></b></p>"
        "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:黑体'>一、<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp; </span></span>"
        "<![endif]><span style='font-family:黑体'>主要举措和成效<o:p></o:p></span></p>"
        "<p class=MsoNormal><span>2023年，我县法治政府建设工作取得新进展。<o:p></o:p></span></p>"
        "</div></body></html>"
    ).encode("gbk")
    src = read_html(page, "word.htm")
    assert src.lines[0] == "某县人民政府关于2023年法治政府建设情况的报告"
    assert src.lines[1].startswith("一、") and src.lines[1].endswith("主要举措和成效")
    assert "admin" not in " ".join(src.lines)


def test_hidden_text_is_left_out_unless_it_is_the_article():
    page = (
        "<html><body><div class='content'><p>2023年，我县<span style='display: none'>x干扰字</span>法治政府建设"
        "工作取得新进展。</p><p hidden>打印版：一、主要举措和成效</p><p>一、主要举措和成效</p></div>"
        "<div style='visibility:hidden'>分享到微信朋友圈</div></body></html>"
    )
    src = read_html(page.encode(), "p.html")
    assert src.lines == ["2023年，我县法治政府建设工作取得新进展。", "一、主要举措和成效"]
    # an article a script reveals: kept, it is the page's text
    shown_by_script = "<html><body><div id='zoom' style='display:none'>" + BODY + "</div></body></html>"
    assert "一、主要举措和成效" in read_html(shown_by_script.encode(), "p.html").lines


def test_government_page_metadata_gives_title_and_published_day():
    head = (
        "<meta name='SiteName' content='某县人民政府'><meta name='ColumnName' content='法治政府建设'>"
        "<meta name='ArticleTitle' content='某县2023年法治政府建设年度报告'>"
        "<meta name='PubDate' content='2024-03-26 16:08'><title>某县人民政府</title>"
    )
    page = f"<html><head>{head}</head><body><div class='zw'>{BODY}</div></body></html>"
    src = read_html(page.encode(), "p.html")
    assert src.hints == {"title": "某县2023年法治政府建设年度报告", "published": "2024-03-26"}
    # a label on the page itself wins; a column's name or a broken date is not taken
    labelled = page.replace("<div class='zw'>", "<div class='info'>发布时间：2024-03-28</div><div class='zw'>")
    assert read_html(labelled.encode(), "p.html").hints["published"] == "2024-03-28"
    broken = head.replace("某县2023年法治政府建设年度报告", "法治政府").replace("2024-03-26", "2024-13-40")
    bare = f"<html><head>{broken}</head><body><div class='zw'>{BODY}</div></body></html>"
    assert read_html(bare.encode(), "p.html").hints == {}


def test_the_date_above_the_article_wins_over_a_column_of_other_dates():
    column = "".join(f"<li><a>关于某事项的通知</a><span>发布时间：2023-0{m}-01</span></li>" for m in range(1, 6))
    page = (
        f"<html><body><div class='list'><ul>{column}</ul></div><div class='right'>"
        "<div class='bt'>某县2023年法治政府建设年度报告</div><div class='info'>发布时间：2024-03-29　来源：司法局</div>"
        f"<div class='zw'>{BODY * 4}</div></div></body></html>"
    )
    assert read_html(page.encode(), "p.html").hints["published"] == "2024-03-29"


def _mht(html_text: str, charset: str, cte: str, *, name: str = "page.htm") -> bytes:
    """A page saved as one file, the way Internet Explorer / Word write it:
    MIME headers, a multipart/related body, the page in quoted-printable or
    base64 in its own charset, an image part after it."""
    import base64
    import quopri

    raw = html_text.encode(charset)
    body = quopri.encodestring(raw) if cte == "quoted-printable" else base64.encodebytes(raw)
    boundary = "----=_NextPart_000_0000_01DA1234.56789ABC"
    head = (
        "From: <由 Windows Internet Explorer 保存>\r\n"
        "Subject: =?gb2312?B?xLPPwjIwMjPE6re90M7V/rao?=\r\n"
        "Date: Fri, 29 Mar 2024 10:15:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n\r\n"
        f"--{boundary}\r\n"
        f'Content-Type: text/html;\r\n\tcharset="{charset}"\r\n'
        f"Content-Transfer-Encoding: {cte}\r\n"
        f"Content-Location: http://www.example.gov.cn/art/2024/3/29/{name}\r\n\r\n"
    ).encode("gbk")  # IE writes its "saved by" line in the system's code page
    image = (
        f"\r\n--{boundary}\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: http://www.example.gov.cn/images/logo.gif\r\n\r\nR0lGODlhAQABAAAAACw=\r\n\r\n--{boundary}--\r\n"
    ).encode("ascii")
    return head + body.replace(b"\n", b"\r\n") + image


@pytest.mark.parametrize(("charset", "cte"), [("gb2312", "quoted-printable"), ("utf-8", "base64")])
def test_single_file_web_page_is_read(tmp_path, charset, cte):
    lines = _seed_lines("004")
    page = _portal(lines, "zw").replace("charset='utf-8'", f"charset='{charset}'")
    path = tmp_path / "报告.mht"
    path.write_bytes(_mht(page, "gb18030" if charset == "gb2312" else charset, cte))
    src = read_path(str(path))
    assert src.hints["title"] == lines[0]
    assert [_squeeze(line) for line in src.lines[1:]] == [_squeeze(line) for line in lines[1:]]
    # the same file without its .mht name is still recognised by its MIME headers
    plain = tmp_path / "报告"
    plain.write_bytes(path.read_bytes())
    assert read_path(str(plain)).lines == src.lines
    from_txt = tmp_path / "报告.txt"
    from_txt.write_text("\n".join(lines), encoding="utf-8")
    a, b = check_path(str(path)).to_dict(), check_path(str(from_txt)).to_dict()
    assert (a["title"], a["year"], a["published"], a["score"]) == (b["title"], b["year"], b["published"], b["score"])


def test_single_file_web_page_without_a_page_says_so(tmp_path):
    from checker.errors import ReadError

    path = tmp_path / "空.mht"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/gif\r\n\r\nGIF\r\n--b--\r\n"
    )
    with pytest.raises(ReadError, match="单文件网页"):
        read_path(str(path))


def test_folders_take_saved_page_names(tmp_path):
    from checker.read.discover import expand

    for name in ("a.shtml", "b.mht", "c.mhtml", "d.xhtml", "e.jpg"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    files, _ = expand([str(tmp_path)])
    assert sorted(Path(f).name for f in files) == ["a.shtml", "b.mht", "c.mhtml", "d.xhtml"]


def test_article_wrapped_in_a_form_is_read():
    """博达/VSB sites (many 司法局 and university sites) put every article inside
    <form name="_newscontent_fromname">; forms were dropped as search boxes, and the page gave
    "网页中没有找到正文文字". A search box is still left out."""
    lines = _seed_lines("004")
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
    page = (
        "<html><head><meta charset='utf-8'><title>某区司法局</title></head><body>"
        "<div class='nav'><ul><li><a>首页</a></li><li><a>政务公开</a></li></ul></div>"
        "<form action='/search' name='dataForm'><input name='q'><span>站内搜索</span><button>搜索</button></form>"
        f"<form name='_newscontent_fromname'><div align='center'><h1>{html.escape(lines[0])}</h1></div>"
        "<div>发布时间：2024-03-01 作者：管委会</div>"
        f"<div id='vsb_content'><div class='v_news_content'>{paras}</div></div></form>"
        "<div class='foot'>版权所有</div></body></html>"
    )
    src = read_html(page.encode(), "vsb.html")
    assert src.lines[0] == lines[0] and src.hints["published"] == "2024-03-01"
    assert [_squeeze(x) for x in src.lines[2:]] == [_squeeze(x) for x in lines[1:]]
    assert not any("站内搜索" in x for x in src.lines)


def test_html5_article_keeps_its_own_header():
    """<header> inside <article> is the article's headline and date line, not the site's banner."""
    page = (
        "<html><body><header><div class='logo'>某市人民政府</div><nav><a>首页</a></nav></header><main><article>"
        "<header><h1>某市卫健委关于2023年度法治政府建设工作情况的报告</h1><p>来源：市卫健委 发布日期：2024-03-20</p></header>"
        f"<section class='text'>{BODY * 3}</section><footer>责任编辑：张三</footer></article></main>"
        "<footer>版权所有：某市人民政府办公室</footer></body></html>"
    )
    src = read_html(page.encode(), "h5.html")
    assert src.lines[:2] == ["某市卫健委关于2023年度法治政府建设工作情况的报告", "来源：市卫健委 发布日期：2024-03-20"]
    assert not any("版权所有" in x or x == "某市人民政府" for x in src.lines)


def test_named_wrapper_around_menus_is_searched_inside():
    """A container named like an article ("main-content") that wraps the whole page, menus and a column of
    dated links included: the article is looked for inside it, so the column's years and dates stay out."""
    lines = _seed_lines("004")
    page = _portal(lines, "zw").replace("<div class='dh'>", "<div class='main-content'><div class='dh'>")
    page = page.replace("<div class='db'>", "</div><div class='db'>")
    src = read_html(page.encode(), "wrapped.html")
    assert src.hints["title"] == lines[0] and src.lines[0] == lines[0]
    assert not any("首页" in x or "安全生产大检查" in x for x in src.lines)


def test_a_chrome_like_name_on_the_texts_container_does_not_drop_it():
    """Class names are free text: "maintop" holds "top", "con_foot" holds "foot". The container of most of the
    page's text is never dropped for its name (the page gave 网页中没有找到正文文字)."""
    page = "<html><body><div class='dh'><a>首页</a></div><div class='maintop'>" + BODY * 4 + "</div></body></html>"
    assert "一、主要举措和成效" in read_html(page.encode(), "p.html").lines


def test_page_declaring_gb2312_but_written_in_utf8_is_decoded_as_utf8():
    """Lines whose UTF-8 bytes happen to pair up as GB18030 ("法治政府建设年度报告" -> "娉曟不鏀垮簻…") decoded
    without an error into nonsense when the page declared gb2312."""
    page = "<html><head><meta http-equiv='Content-Type' content='text/html; charset=gb2312'></head><body>"
    page += "<div class='content'><p>法治政府建设年度报告</p><p>依法行政</p></div></body></html>"
    assert read_html(page.encode("utf-8"), "p.html").lines == ["法治政府建设年度报告", "依法行政"]
    page = page.replace("<p>依法行政</p>", BODY)
    assert "一、主要举措和成效" in read_html(page.encode("gbk"), "p.html").lines  # and real GBK still reads
