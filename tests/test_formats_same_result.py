"""The same report as a real .docx, a web page with site chrome around the
article, and a text PDF gives the same element statuses as the .txt."""

from __future__ import annotations

import html

import pytest
from conftest import SEED_NAMES, seed_path, seed_text, statuses

from checker.pipeline import check_path

NAV = (
    "<header><div class='top'>今天是：2024年3月1日 星期五</div><nav class='menu'><ul>"
    "<li><a href='/'>首页</a></li><li><a href='/zwgk'>政务公开</a></li><li><a>存在的问题曝光台</a></li>"
    "<li><a>第一责任人专栏</a></li><li><a>行政执法公示</a></li><li><a>执法全过程记录</a></li>"
    "<li><a>法制审核</a></li><li><a>下一步工作安排</a></li></ul></nav>"
    "<div class='breadcrumb'>当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div></header>"
)
FOOT = (
    "<div class='related'><h3>相关链接</h3><ul><li><a>关于法律顾问制度的解读</a></li>"
    "<li><a>2024年工作安排</a></li></ul></div>"
    "<footer class='footer'>主办单位：某某县人民政府 ICP备12345678号 网站标识码1234</footer>"
)


def _body_lines(name: str) -> list[str]:
    return [l.strip() for l in seed_text(name).split("\n") if l.strip()]


def _html(name: str) -> str:
    paras = "\n".join(f"<p>{html.escape(l)}</p>" for l in _body_lines(name))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>法治政府建设 - 某某县人民政府网</title></head>"
        f"<body>{NAV}<div class='main'><div id='zoom' class='article-content'>{paras}</div></div>{FOOT}"
        f"</body></html>"
    )


def _docx(name: str, path):
    import docx

    d = docx.Document()
    for line in _body_lines(name):
        d.add_paragraph(line)
    d.save(path)


def _pdf_of_lines(lines: list[str], path) -> None:
    from weasyprint import HTML

    paras = "\n".join(f"<p>{html.escape(l)}</p>" for l in lines)
    HTML(
        string=f"<html><head><meta charset='utf-8'><style>@page {{ size: A4; margin: 2cm }} "
        f"body {{ font-family: 'Noto Serif CJK SC'; font-size: 12pt }}</style></head>"
        f"<body>{paras}</body></html>"
    ).write_pdf(path)


def _pdf(name: str, path):
    _pdf_of_lines(_body_lines(name), path)


@pytest.fixture(scope="module")
def txt_statuses():
    return {n: statuses(check_path(str(seed_path(n)))) for n in SEED_NAMES}


@pytest.mark.parametrize("name", SEED_NAMES)
def test_docx_same_statuses(tmp_path, txt_statuses, name):
    p = tmp_path / (name[:-4] + ".docx")
    _docx(name, p)
    assert statuses(check_path(str(p))) == txt_statuses[name]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_html_same_statuses(tmp_path, txt_statuses, name):
    p = tmp_path / (name[:-4] + ".html")
    p.write_text(_html(name), encoding="utf-8")
    report = check_path(str(p))
    assert statuses(report) == txt_statuses[name]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_pdf_same_statuses(tmp_path, txt_statuses, name):
    p = tmp_path / (name[:-4] + ".pdf")
    _pdf(name, p)
    assert statuses(check_path(str(p))) == txt_statuses[name]


def test_site_menu_words_do_not_count(tmp_path):
    """The menu names every element; the article of seed 000 lacks two of them."""
    name = "000_c9bd385b88e6491a.txt"
    p = tmp_path / "page.html"
    p.write_text(_html(name), encoding="utf-8")
    st = statuses(check_path(str(p)))
    assert st["leader_duty"] == "missing" and st["three_systems"] == "missing"


def test_gbk_html_page(tmp_path):
    name = "003_d63e53787c8bf399.txt"
    page = _html(name).replace("charset='utf-8'", "charset='gbk'")
    p = tmp_path / "gbk.html"
    p.write_bytes(page.encode("gb18030"))
    assert statuses(check_path(str(p))) == statuses(check_path(str(seed_path(name))))


def test_pdf_lines_come_back_as_written(tmp_path):
    """Wrapped lines are joined, but a title or heading that does not fill
    its line is never glued to the paragraph after it."""
    from checker.read import read_path

    lines = [
        "XX县人民政府关于2023年度法治政府建设情况的报告",
        "一、2023年度推进法治政府建设的主要举措和成效",
        "全年开展培训10次，落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，聘请法律顾问3名，"
        "办理行政复议案件12件，审查规范性文件20件，清理规章和规范性文件135件，废止12件、修改23件。",
        "二、党政主要负责人履行推进法治建设第一责任人职责情况",
        "县长主持召开政府常务会议专题研究法治政府建设工作4次，亲自部署重要改革任务，亲自过问重大执法案件。",
        "三、坚持以习近平法治思想为指导，深入推进严格规范公正文明执法，全面提升行政执法质量和效能，"
        "切实维护人民群众合法权益",
        "2023年共办理行政处罚案件1,234件（其中简易程序567件，普通程序667件），罚没款合计8,901.23万元，"
        "同比增长12.5%，行政执法公示率100%，音像记录覆盖率98.6%。",
        "四、2024年度推进法治政府建设的主要安排",
        "一是加强执法队伍建设。",
    ]
    p = tmp_path / "lines.pdf"
    _pdf_of_lines(lines, p)
    got = [l for l in read_path(str(p)).lines if l.strip()]
    assert got == lines
    report = check_path(str(p))
    assert statuses(report)["leader_duty"] == "present" and statuses(report)["measures"] == "present"


def test_html_title_from_page_title_not_site_logo(tmp_path):
    """<h1> is the site's logo and <title> carries the site's name: the report's
    title is the <title> without the site's name, and the logo is not a line."""
    from checker.read import read_path

    body = "".join(f"<p>{html.escape(l)}</p>" for l in _body_lines("003_d63e53787c8bf399.txt")[1:])
    page = (
        "<html><head><meta charset='utf-8'><title>某县人民政府关于2023年度法治政府建设情况的报告_某县人民政府"
        "</title></head><body><div class='header'><h1>某县人民政府门户网站</h1></div>"
        f"<div class='article-content'>{body}</div></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    src = read_path(str(p))
    assert src.lines[0] == "某县人民政府关于2023年度法治政府建设情况的报告"
    assert not any("门户网站" in l for l in src.lines)
    assert check_path(str(p)).meta.title == "某县人民政府关于2023年度法治政府建设情况的报告"


def _numbered_docx(path) -> None:
    """A real .docx whose part numbers come from Word's automatic numbering
    (一、 and （一） in chineseCounting), with one paragraph inside a content control."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.append(
        parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
            "</w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))

    def para(text, ilvl=None):
        p = d.add_paragraph(text)
        if ilvl is not None:
            p._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>')
            )
        return p

    para("XX县人民政府关于2023年度法治政府建设情况的报告")
    para("2023年度推进法治政府建设的主要举措和成效", 0)
    para("加强组织领导", 1)
    para("全年召开常务会议学法4次，落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。")
    para("深化法律顾问制度", 1)
    para("聘请法律顾问3名。")
    para("党政主要负责人履行推进法治建设第一责任人职责情况", 0)
    p = para("县长主持召开常务会议专题研究法治工作4次。")
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    p._p.addprevious(sdt)
    sdt.find(qn("w:sdtContent")).append(p._p)
    para("存在的不足和原因", 0)
    para("执法力量不足，原因是编制有限。")
    para("2024年度推进法治政府建设的主要安排", 0)
    para("一是加强执法队伍建设。")
    d.save(path)


def test_docx_automatic_numbering_and_content_controls(tmp_path):
    from checker.read import read_path

    p = tmp_path / "numbered.docx"
    _numbered_docx(p)
    lines = [l for l in read_path(str(p)).lines if l]
    assert lines[1] == "一、2023年度推进法治政府建设的主要举措和成效"
    assert lines[2] == "（一）加强组织领导"
    assert lines[4] == "（二）深化法律顾问制度"
    assert lines[6] == "二、党政主要负责人履行推进法治建设第一责任人职责情况"
    assert lines[7] == "县长主持召开常务会议专题研究法治工作4次。"  # inside the content control
    assert lines[8] == "三、存在的不足和原因" and lines[10] == "四、2024年度推进法治政府建设的主要安排"
    report = check_path(str(p))
    assert all(s == "present" for s in statuses(report).values()), statuses(report)


# --- the readers on forms offices make (tests/realpages/FORMATS_RESULTS.md) ---------------------------


def _office_pdf(tmp_path, paragraphs) -> str:
    """A .docx with centred 22-pt title paragraphs and 16-pt body paragraphs with a first-line indent,
    converted by LibreOffice as an office does: (text, "title"|"body"|"plain") items."""
    import shutil
    import subprocess

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is needed: scripts/setup.sh installs it")
    d = docx.Document()
    for text, kind in paragraphs:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(22 if kind == "title" else 16)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
        elif kind == "body":
            p.paragraph_format.first_line_indent = Pt(32)
    src = tmp_path / "office.docx"
    d.save(src)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return str(tmp_path / "office.pdf")


def test_office_pdf_lines_come_back_as_paragraphs(tmp_path):
    """LibreOffice's PDF of an office's .docx: a 22-pt title that wraps is one line and the 16-pt line under
    it is not glued to it; a line of half-width digits is not taken for a full line; a date wrapped at its
    space keeps it; curly quotes stay where they stand; no space between Chinese and digits; a sentence
    ending at the margin inside an indented paragraph does not end it."""
    from checker.read import read_path

    paras = [
        ("某某自治县人力资源和社会保障局2023年度法治政府建设情况报告", "title"),
        ("来源:某某自治县人力资源和社会保障局 时间:2024-02-16 17:34:30", "body"),
        (
            "2023年,我局坚持以习近平新时代中国特色社会主义思想为指导,牢固树立“绿水青山就是金山银山”理念,"
            "紧抓“关键少数”,深入贯彻落实《法治政府建设实施纲要(2021-2025年)》,全面推进依法行政。",
            "body",
        ),
        ("一、2023年度推进法治政府建设的主要举措和成效", "body"),
        (
            "全年办理行政复议案件12件,审查规范性文件20件,清理规章和规范性文件135件,废止12件。落实行政执法"
            "公示制度、执法全过程记录制度、重大执法决定法制审核制度,聘请法律顾问3名,全年组织学法4次。",
            "body",
        ),
    ]
    got = [l for l in read_path(_office_pdf(tmp_path, paras)).lines if l.strip()]
    assert [l.replace(" ", "") for l in got] == [p.replace(" ", "") for p, _ in paras]
    assert got[1].endswith("2024-02-16 17:34:30")
    assert "2023年度" in got[0] and "“关键少数”," in got[2]
    report = check_path(_office_pdf(tmp_path, paras))
    assert report.meta.title == paras[0][0] and str(report.meta.published) == "2024-02-16"


def _page(body: str, head: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>某县人民政府门户网站</title></head><body>"
        "<div class='nav'>首页 政务公开</div><div class='article'>"
        + head
        + f"<div id='zoom'>{body}</div></div><div class='footer'>主办单位:某县人民政府</div></body></html>"
    )


@pytest.mark.parametrize(
    "title",
    [
        "某縣人民政府2023年度法治政府建設年度報告",  # a traditional-character mirror
        "某县人民政府2015年推进依法行政工作情况及2016年工作打算",
    ],
)
def test_html_title_in_h1_of_other_endings(tmp_path, title):
    from checker.read import read_path

    body = "".join(f"<p>{html.escape(l)}</p>" for l in _body_lines("003_d63e53787c8bf399.txt")[1:])
    p = tmp_path / "page.html"
    p.write_text(_page(body, f"<h1>{title}</h1>"), encoding="utf-8")
    assert read_path(str(p)).lines[0] == title
    # a site's logo in <h1> is still no title
    p.write_text(_page(body, "<h1>某县人民政府门户网站</h1>"), encoding="utf-8")
    assert read_path(str(p)).lines[0] != "某县人民政府门户网站"


def test_html_bare_time_line_above_the_article(tmp_path):
    """An old table CMS writes "时间：2024-03-28 来源：……" under the title, outside the article: the page's
    date. A bare 时间 inside the article (a meeting's) is not."""
    from checker.read import read_path

    body = "".join(f"<p>{l}</p>" for l in ("2023年,我局全面推进法治政府建设。", "一、主要举措和成效", "全年培训5次。"))
    p = tmp_path / "page.html"
    p.write_text(_page(body, "<div class='time'>时间：2024-03-28&nbsp;&nbsp;来源：某县司法局</div>"), encoding="utf-8")
    assert read_path(str(p)).hints["published"] == "2024-03-28"
    p.write_text(_page("<p>时间：2024-05-06 地点：三楼会议室</p>" + body), encoding="utf-8")
    assert "published" not in read_path(str(p)).hints


def test_html_title_above_an_article_that_only_quotes_it(tmp_path):
    """An encyclopedia's article opens "《X报告》是2017年……发布的报告。": the <h1> title goes above it."""
    from checker.read import read_path

    title = "保定市人民政府关于2016年度法治政府建设情况的报告"
    body = f"<p>《{title}》是2017年保定市人民政府发布的报告。</p><p>• 中文名:{title}</p>" + "".join(
        f"<p>{html.escape(l)}</p>" for l in _body_lines("003_d63e53787c8bf399.txt")[1:]
    )
    p = tmp_path / "page.html"
    p.write_text(_page(body, f"<h1>{title}</h1>"), encoding="utf-8")
    assert read_path(str(p)).lines[0] == title
    assert check_path(str(p)).meta.title == title
