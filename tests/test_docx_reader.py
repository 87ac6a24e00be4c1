"""The .docx reader on files as offices make them: style numbering, heading
styles and outline levels, multi-level lists, tables and text boxes, tracked
changes, comments and footnotes, files written as WPS writes them, and
zip bombs."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import SEED_NAMES, seed_text, statuses
from docx_build import body_docx, para, style_numbered

from checker.errors import ReadError
from checker.pipeline import check_path
from checker.read import read_path


def _lines(path) -> list[str]:
    return [l for l in read_path(str(path)).lines if l]


def _seed_lines(name: str) -> list[str]:
    return [l.strip() for l in seed_text(name).split("\n") if l.strip()]


def _typed(lines, path):
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(path)


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("derived", [False, True], ids=["heading-style", "basedOn"])
def test_style_numbered_headings_give_the_typed_statuses(tmp_path, name, derived):
    typed, numbered = tmp_path / "typed.docx", tmp_path / "numbered.docx"
    _typed(_seed_lines(name), typed)
    style_numbered(_seed_lines(name), numbered, derived=derived)
    a, b = check_path(str(typed)), check_path(str(numbered))
    assert statuses(b) == statuses(a)
    assert b.score == a.score


def test_style_numbering_is_written_out(tmp_path):
    p = tmp_path / "s.docx"
    style_numbered(
        [
            "某县2023年法治政府建设情况报告",
            "一、主要举措和成效",
            "（一）加强领导",
            "正文。",
            "（二）深化改革",
            "二、存在的不足和原因",
            "（一）执法力量不足",
        ],
        p,
    )
    assert _lines(p) == [
        "某县2023年法治政府建设情况报告",
        "一、主要举措和成效",
        "（一）加强领导",
        "正文。",
        "（二）深化改革",
        "二、存在的不足和原因",
        "（一）执法力量不足",
    ]
    levels = read_path(str(p)).hints["heading_levels"]
    assert sorted(levels.values()) == [1, 1, 2, 2, 2]


def test_level_found_through_the_lists_pstyle(tmp_path):
    """A style's numPr names only the list; the level that names the style (w:pStyle) gives the number."""
    styles = (
        '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:numFmt w:val="chineseCounting"/>'
        '<w:pStyle w:val="H1"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1">'
        '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="H2"/><w:lvlText w:val="（%2）"/></w:lvl>'
        '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="9"/></w:num>'
    )
    body = "".join(
        [
            para("主要举措", '<w:pStyle w:val="H1"/>'),
            para("加强领导", '<w:pStyle w:val="H2"/>'),
            para("深化改革", '<w:pStyle w:val="H2"/>'),
            para("存在问题", '<w:pStyle w:val="H1"/>'),
            para("执法力量", '<w:pStyle w:val="H2"/>'),
        ]
    )
    p = tmp_path / "p.docx"
    body_docx(body, p, styles_xml=styles, numbering_xml=numbering)
    assert _lines(p) == ["一、主要举措", "（一）加强领导", "（二）深化改革", "二、存在问题", "（一）执法力量"]


_NUMBERING = (
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%3"/></w:lvl>'
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
)


def _num(ilvl: int) -> str:
    return f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'


def test_multi_level_list(tmp_path):
    p = tmp_path / "m.docx"
    body = "".join(
        [
            para("总体情况", _num(0)),
            para("组织", _num(1)),
            para("制度", _num(1)),
            para("甲", _num(2)),
            para("乙", _num(2)),
            para("问题", _num(0)),
            para("原因", _num(1)),
        ]
    )
    body_docx(body, p, numbering_xml=_NUMBERING)
    assert _lines(p) == ["1.总体情况", "1.1 组织", "1.2 制度", "①甲", "②乙", "2.问题", "2.1 原因"]


def test_outline_level_on_paragraph_and_style(tmp_path):
    styles = (
        '<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="报告大标题"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="a2"><w:name w:val="报告小标题"/><w:basedOn w:val="a1"/>'
        '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>'
    )
    body = "".join(
        [
            para("总体情况", '<w:pStyle w:val="a1"/>'),
            para("具体做法", '<w:pStyle w:val="a2"/>'),
            para("存在问题", '<w:outlineLvl w:val="0"/>'),
            para("正文一段。"),
            para("不是标题", '<w:pStyle w:val="a1"/><w:outlineLvl w:val="9"/>'),
        ]
    )
    p = tmp_path / "o.docx"
    body_docx(body, p, styles_xml=styles)
    src = read_path(str(p))
    assert src.hints["heading_levels"] == {1: 1, 2: 2, 3: 1}


def test_tables_and_text_boxes_once(tmp_path):
    box = "<w:txbxContent><w:p><w:r><w:t>文本框中的第一责任人履职情况</w:t></w:r></w:p></w:txbxContent>"
    body = (
        para("一、主要举措") + "<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>{box}'
        "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>聘请法律顾问</w:t></w:r></w:p></w:tc>"
        "<w:tc><w:p><w:r><w:t>3名</w:t></w:r></w:p></w:tc></w:tr>"
        "<w:tr><w:tc><w:p><w:r><w:t>审查合同</w:t></w:r></w:p><w:p><w:r><w:t>120件</w:t></w:r></w:p></w:tc>"
        "</w:tr></w:tbl>"
    )
    p = tmp_path / "t.docx"
    body_docx(body, p)
    lines = _lines(p)
    assert lines == ["一、主要举措", "锚定段落", "文本框中的第一责任人履职情况", "聘请法律顾问  3名", "审查合同 120件"]
    assert read_path(str(p)).hints["paragraphs"] == [1, 2, 3, 4, 5]


def test_tracked_changes_read_as_accepted(tmp_path):
    body = (
        '<w:p><w:r><w:t>全年办理</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>行政复议</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="a"><w:r><w:delText>信访</w:delText></w:r></w:del>'
        '<w:r><w:t>案件</w:t></w:r><w:moveFrom w:id="3" w:author="a"><w:r><w:t>移走的话</w:t></w:r></w:moveFrom>'
        '<w:moveTo w:id="4" w:author="a"><w:r><w:t>12件。</w:t></w:r></w:moveTo></w:p>'
    )
    p = tmp_path / "c.docx"
    body_docx(body, p)
    assert _lines(p) == ["全年办理行政复议案件12件。"]


def test_comments_and_footnotes_ignored(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("一、主要举措和成效")
    par = d.add_paragraph("全年审查规范性文件12件。")
    d.add_comment(par.runs, text="批注：数字请核实", author="审核人")
    d.save(tmp_path / "base.docx")
    # a footnote: python-docx has no API, add the part and the reference by hand
    src = zipfile.ZipFile(tmp_path / "base.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(
                    "12件。</w:t></w:r>".encode(),
                    '12件。</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>'.encode(),
                )
            z.writestr(info, data)
        z.writestr(
            "word/footnotes.xml",
            '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/'
            'wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>脚注：数据来源统计局</w:t>'
            "</w:r></w:p></w:footnote></w:footnotes>",
        )
    p = tmp_path / "f.docx"
    p.write_bytes(out.getvalue())
    assert _lines(p) == ["一、主要举措和成效", "全年审查规范性文件12件。"]


def test_wps_style_file(tmp_path):
    """As WPS writes it: numeric style ids, the built-in name "heading 1",
    a multi-level list linked to the styles, the number only in numbering.xml."""
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="1"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="1"/>'
        '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>'
    )
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="%1、"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="3"/>'
        '<w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = "".join(
        [
            para("主要举措", '<w:pStyle w:val="2"/>'),
            para("加强领导", '<w:pStyle w:val="3"/>'),
            para("正文。", '<w:pStyle w:val="1"/>'),
            para("存在问题", '<w:pStyle w:val="2"/>'),
            para("不列入编号", '<w:pStyle w:val="2"/><w:numPr><w:numId w:val="0"/></w:numPr>'),
        ]
    )
    p = tmp_path / "wps.docx"
    body_docx(
        body,
        p,
        styles_xml=styles,
        numbering_xml=numbering,
        extra={
            "docProps/custom.xml": '<Properties><property name="KSOProductBuildVer">'
            '<vt:lpwstr xmlns:vt="x">2052-12.1.0</vt:lpwstr></property></Properties>'
        },
    )
    assert _lines(p) == ["一、主要举措", "（一）加强领导", "正文。", "二、存在问题", "不列入编号"]


def _bomb(path, size: int, name: str = "word/document.xml") -> None:
    """A .docx whose document.xml inflates to `size` bytes from a few hundred KB."""
    chunk = ("<w:p><w:r><w:t>" + "法" * 1000 + "</w:t></w:r></w:p>").encode() * 256
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open(name, "w", force_zip64=True) as f:
            f.write(b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            written = 0
            while written < size:
                f.write(chunk)
                written += len(chunk)
            f.write(b"</w:body></w:document>")


def test_zip_bomb_refused_by_its_header(tmp_path):
    p = tmp_path / "炸弹.docx"
    _bomb(p, 300 * 1024 * 1024)
    assert p.stat().st_size < 5 * 1024 * 1024
    with pytest.raises(ReadError) as err:
        read_path(str(p))
    assert "炸弹.docx" in str(err.value) and "可能是压缩炸弹" in str(err.value) and "解压后超过" in str(err.value)


def test_zip_bomb_stopped_while_reading(tmp_path, monkeypatch):
    """The counter on the inflating stream stops reading by itself (here the
    total of the parts is lowered after the header check passed; zipfile
    already cuts a member at its header size, so a lying header yields a
    damaged part, never more bytes)."""
    from checker.read import docx as reader

    p = tmp_path / "b.docx"
    _bomb(p, 3 * 1024 * 1024)
    pkg_init = reader.Package.__init__

    def after_header_check(self, data, path):
        pkg_init(self, data, path)
        monkeypatch.setattr(reader, "MAX_TOTAL_BYTES", 2 * 1024 * 1024)

    monkeypatch.setattr(reader.Package, "__init__", after_header_check)
    with pytest.raises(ReadError) as err:
        read_path(str(p))
    assert "b.docx" in str(err.value) and "可能是压缩炸弹" in str(err.value)


def test_many_paragraphs_each_style_resolved_once(tmp_path):
    """A long file with styled paragraphs: the styles table is looked up per
    paragraph, but each style is resolved through basedOn only once."""
    from checker.read import docx as reader

    body = "".join(para(f"第{i}段。", '<w:pStyle w:val="s2"/>') for i in range(3000))
    styles = (
        '<w:style w:type="paragraph" w:styleId="s1"><w:name w:val="base"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="s2"><w:name w:val="body"/><w:basedOn w:val="s1"/></w:style>'
    )
    p = tmp_path / "long.docx"
    body_docx(body, p, styles_xml=styles)
    calls = []
    real_init = reader.StyleInfo.__init__

    def count(self, *a, **k):
        calls.append(1)
        real_init(self, *a, **k)

    reader.StyleInfo.__init__ = count
    try:
        assert len(_lines(p)) == 3000
    finally:
        reader.StyleInfo.__init__ = real_init
    assert len(calls) <= 2
