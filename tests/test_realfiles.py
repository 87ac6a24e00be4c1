"""Real files made by other people (tests/realfiles/, sources and licences in its README.md): each is read
without a traceback, its text is what a person sees on the page, and the facts a reader must keep
(title, issuer, a sentence from the middle, headings and numbers on their own lines, no page-number line)
hold. These are the OFD files real 公文 systems, invoice systems and OFD libraries wrote; our own tests
elsewhere build their files themselves."""

from __future__ import annotations

import json
import re
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import run_cli
from lxml import etree

from checker.read import detect_format, read_path
from checker.read.discover import REPORT_SUFFIXES, expand

HERE = Path(__file__).parent / "realfiles"
FILES = sorted(p.name for p in HERE.iterdir() if p.suffix == ".ofd")
DOCX = sorted(p.name for p in HERE.iterdir() if p.suffix == ".docx")
PDFS = sorted(p.name for p in HERE.iterdir() if p.suffix == ".pdf")
_PAGE_NO_LINE = re.compile(r"^[\s\-—–·]*(第\s*)?\d{1,4}(\s*页)?[\s\-—–·]*$")


def _lines(name: str) -> list[str]:
    return read_path(HERE / name).lines


def _raw_chars(name: str) -> Counter:
    """Every character the pages' TextCodes hold (the page content and the templates it is drawn on),
    counted straight from the XML: a second opinion that needs no layout."""
    out: Counter = Counter()
    with zipfile.ZipFile(HERE / name) as z:
        for n in z.namelist():
            if n.endswith("Content.xml"):  # pages and template pages (annotations are Annotation_N.xml)
                for el in etree.fromstring(z.read(n)).iter():
                    if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "TextCode":
                        out.update(c for c in el.text or "" if not c.isspace())
    return out


def test_every_real_file_is_listed_with_its_source():
    readme = (HERE / "README.md").read_text(encoding="utf-8")
    assert FILES and PDFS and DOCX, "no real files"
    for name in FILES + PDFS + DOCX:
        assert f"`{name}`" in readme, name
        assert (HERE / name).stat().st_size < 1024 * 1024, name


@pytest.mark.parametrize("name", [f for f in FILES if f != "ofdrw_outlined_no_text.ofd"])
def test_no_page_number_line_and_every_character_once(name):
    lines = _lines(name)
    assert lines and all(not _PAGE_NO_LINE.match(l) for l in lines if l.strip()), lines
    read = Counter(c for l in lines for c in l if not c.isspace())
    raw = _raw_chars(name)
    if name == "ofdrw_invoice_template.ofd":
        # its list pages repeat a running header ("销售方名称：…"), which is removed: nothing else is lost
        assert not read - raw and sum((raw - read).values()) < sum(raw.values()) * 0.2
    else:
        # nothing made up; only page numbers ("— 1 —") left out
        lost = raw - read
        assert not read - raw and set(lost) <= set("—-–0123456789第页共/"), lost
        assert sum(lost.values()) <= 8 * len({p for p, _ in read_path(HERE / name).hints["pages"]}), lost


def test_gongwen_pifu_red_header_document_number_and_paragraphs():
    """A 批复 from an OFD 公文 system: red 版头, 文号 on its own line, title, wrapped paragraphs joined."""
    lines = _lines("ofdrw_gongwen_pifu.ofd")
    assert lines[:4] == ["测试符路桥区卫生局文件", "路卫发〔2011〕76号", "关于同意张阿三同志辞职的批复", "区中医院："]
    # a paragraph of four lines on the page is one line, from its first words to its last
    para = next(l for l in lines if l.startswith("该同志由于家庭、籍贯等原因"))
    assert "（浙人才〔1993〕73号）文件精神，经研究，同意张阿三同志辞职。" in para
    assert para.endswith("同意张阿三同志辞职。")
    assert "2011年3月10日" in lines


def test_gongwen_pifu_report_fields_and_page_line():
    res = run_cli(str(HERE / "ofdrw_gongwen_pifu.ofd"), "--format", "json", "--no-pdf")
    assert res.returncode in (0, 1), res.stderr
    assert "Traceback" not in res.stderr
    data = json.loads(res.stdout)
    assert data["title"] == "关于同意张阿三同志辞职的批复"
    assert data["issuer"] == "测试符路桥区卫生局办公室"
    assert data["published"] == "2011-03-10"
    text = run_cli(str(HERE / "ofdrw_gongwen_pifu.ofd"), "--no-pdf")
    assert "第1页第3行" in text.stdout  # evidence is placed by page and line, as for a PDF


def test_gongwen_han_runs_of_digits_join_their_line():
    """A 函 whose numbers are separate text objects ("202" "3" "年房地产…"): one paragraph, no spaces."""
    lines = _lines("ofdrw_gongwen_han.ofd")
    assert lines[0] == "关于加快南货场铁路涵洞下穿建设的函"
    assert lines[1] == "蚌山区政府："
    assert lines[2].startswith("根据我市2023年房地产用地供应计划，蚌山区东海大道北侧")
    assert "审查会2023年第7次会议要求" in lines[2] and lines[2].endswith("并加快工程施工建设。")
    assert lines[3:] == ["此函。", "2023年7月12日"]


def test_prose_paragraphs_break_where_the_page_breaks_them():
    lines = _lines("ofdrw_prose_pages.ofd")
    assert lines[:2] == ["拿来主义", "鲁迅"]
    assert "但我们没有人根据了“礼尚往来”的仪节，说道：拿来！" in lines
    assert "所以我们要运用脑髓，放出眼光，自己来拿！" in lines
    assert lines[-1].startswith("总之，我们要拿来。") and lines[-1].endswith("文艺不能自成为新文艺。")


def test_watermark_annotation_is_not_text_and_paragraphs_cross_pages():
    src = read_path(HERE / "ofdrw_prose_watermark_annot.ofd")
    assert src.lines[:3] == ["拿来主义", "鲁迅", "一"]
    pages = {p for p, _ in src.hints["pages"]}
    assert pages == {1, 2, 3, 4, 5, 6}
    # a paragraph that runs from page 2 onto page 3 is one line
    para = next(l for l in src.lines if l.startswith("在四十余被害的青年之中"))
    assert para.endswith("开除校中六个学生自治会职员的时候。")
    assert src.lines[-1].endswith("但以此记念刘和珍君!四月一日。")


def test_numbered_items_each_on_their_own_line_over_eleven_pages():
    src = read_path(HERE / "ofdrw_numbered_list_signed.ofd")
    assert len(src.lines) == 238
    assert all(re.match(r"^\d+、", l) for l in src.lines)
    assert src.lines[0] == "1、一日不见兮，思之如狂。――《凤求凰·琴歌》"
    assert max(p for p, _ in src.hints["pages"]) == 11


def test_spec_page_numbered_headings_kept():
    lines = _lines("ofdrw_spec_headings.ofd")
    for heading in ("1、一对一", "2、多对一", "3、一对多", "4、多对多", "1）使用非内嵌字型", "2）使用内嵌字型"):
        assert heading in lines


def test_form_pages_keep_their_fields():
    lines = _lines("ofdrw_yongdi_form.ofd")
    assert lines[0] == "临翔区棚户区改造安置房二期（地块二）"
    assert lines[-2:] == ["临沧市临翔区自然资源局", "2022年08月23日"]
    form = _lines("ofdrw_shouwen_form.ofd")
    assert "市委主要领导同志调研后续落实事项的通知" in " ".join(form)
    assert "4、发至市商务局、市农业农村局、市交通运输局、市水利局。" in form


def test_template_page_text_is_read():
    """An invoice drawn on a template page: the template's labels are on the page, so they are read."""
    lines = _lines("ofdrw_invoice_template.ofd")
    assert "发票代码：050001700111" in lines
    assert "价税合计（大写） 壹万零陆佰圆整 （小写）¥10600.00" in lines


@pytest.mark.parametrize("name", ["ofdrw_namespace_no_std.ofd", "ofdrw_pageblock.ofd"])
def test_unusual_packages_read(name):
    """A package whose XML uses another namespace prefix; text inside a PageBlock."""
    assert _lines(name) == ["你好呀，OFD Reader&Writer！"]


def test_two_column_page_reads_each_numbered_rule():
    """A licence printed in two columns: the left column is read, then the right. Before: the right
    column's title went into the middle of rule 七 ("……国家" / "中华人民共和国自然资源部印制" / "规定的税费……")
    and a line of each column on one baseline was one line ("合格，授予探矿权，特发此证。 001,001,…")."""
    lines = _lines("ofdrw_two_column_licence.ofd")
    assert "一、探矿权人应在批准的勘查范围内依法进行勘查活动。" in lines
    assert "二、《矿产资源勘查许可证》不得转借、转让、买卖；《矿产资源勘查许可证》遗矢后必须到原发证机关补办。" in lines
    assert (
        "七、探矿权人每年应当在规定的时间内交纳矿业权占用费，国家规定的税费，按要求填报、公示矿产资源勘查年度信息。"
        in lines
    )
    assert "根据国家法律、法规规定，经审查合格，授予探矿权，特发此证。" in lines
    # the right column after the left: the cover's title after the rules, the coordinates after the fields
    assert lines.index("矿产资源勘查许可证") > lines.index("一、探矿权人应在批准的勘查范围内依法进行勘查活动。")
    assert lines.index("001,001,98°45′53″,23°51′22″\\") > lines.index("探矿权人：test123")


def test_printer_driver_pdf_lines_in_page_order():
    """A PDF from "Microsoft: Print To PDF": its fonts claim 40.96 pt for 6.5-pt text and a bulleted list
    has no line breaks in the text layer. Before: the lines of each paragraph were shuffled together
    character by character ("第生一。章六“个学节…") and the list read as "下面斜常加含含是体规粗…"."""
    lines = _lines("ofdrw_print_to_pdf.pdf")
    assert lines[0] == "竞争性磋商文件"
    assert "下面是字体的测试：" in lines
    items = [l.lstrip("\uf06c ") for l in lines]
    for item in ("常规字体", "加粗字体", "斜体", "含下划线", "含删除线"):
        assert item in items
    body = next(l for l in lines if l.startswith("第一章“节前上我家去补考的，都给我站起来！”一个脸皮松弛的胖神甫"))
    assert "“你们俩坐下。”神甫朝女孩子挥挥手说。她们急忙坐下，松了一口气。" in body
    assert "保尔被赶了出来，坐在门口最下一磴台阶上。" in body


def test_no_text_layer_gives_one_clear_message(tmp_path):
    res = run_cli(str(HERE / "ofdrw_outlined_no_text.ofd"), "--no-pdf")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    msg = [l for l in res.stderr.splitlines() if l.startswith("lawcheck:")]
    assert len(msg) == 1 and "没有文字层" in msg[0] and "OCR" in msg[0] and "ofdrw_outlined_no_text.ofd" in msg[0]


def test_ofd_is_recognised_and_listed(tmp_path):
    data = (HERE / "ofdrw_gongwen_han.ofd").read_bytes()
    assert detect_format("x.ofd", data) == "ofd"
    assert detect_format("附件1", data) == "ofd"  # no extension: the zip's directory names OFD.xml
    assert ".ofd" in REPORT_SUFFIXES
    (tmp_path / "函.ofd").write_bytes(data)
    files, empty = expand([str(tmp_path)])
    assert [Path(f).name for f in files] == ["函.ofd"] and not empty
    res = run_cli("batch", str(tmp_path), "--out", str(tmp_path / "out"), "--no-pdf")
    assert res.returncode in (0, 1), res.stderr
    assert "已检查 1 份" in res.stdout + res.stderr
    assert "函.ofd" in (tmp_path / "out" / "summary.csv").read_text(encoding="utf-8-sig")


def test_damaged_ofd_gives_one_clear_message(tmp_path):
    data = (HERE / "ofdrw_gongwen_han.ofd").read_bytes()
    path = tmp_path / "坏.ofd"
    path.write_bytes(data[: len(data) // 2])
    res = run_cli(str(path), "--no-pdf")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert "OFD" in res.stderr and "坏.ofd" in res.stderr


def test_web_upload_of_an_ofd_is_checked(tmp_path):
    """The web server sniffs an upload's type from its bytes: an OFD is a zip that names OFD.xml."""
    from checker.web.limits import sniff
    from checker.web.work import check_upload

    path = tmp_path / "0001.bin"  # the name the server gives an upload
    path.write_bytes((HERE / "ofdrw_gongwen_pifu.ofd").read_bytes())
    assert sniff(path) == "ofd"
    out = check_upload(str(path), "批复.ofd", want_lines=False)
    assert out.error is None and out.format == "ofd"
    assert out.report.meta.title == "关于同意张阿三同志辞职的批复"


def test_password_protected_docx_is_named_as_such():
    """Word keeps a .docx with an opening password in an OLE2 file ("EncryptedPackage"): before, it was
    called an old .doc/.wps file."""
    res = run_cli(str(HERE / "poi_password_protected.docx"), "--no-pdf")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    msg = [l for l in res.stderr.splitlines() if l.startswith("lawcheck:")]
    assert len(msg) == 1 and "密码" in msg[0] and "旧版" not in msg[0]
    from checker.web.limits import Refused, sniff

    with pytest.raises(Refused) as exc:
        sniff(HERE / "poi_password_protected.docx")
    assert exc.value.status == 415 and "密码" in exc.value.message


def test_web_page_pasted_into_word_reads_paragraph_by_paragraph():
    """A news page saved into Word with its frame tables (Apache POI's drawing.docx): before, each table
    row was one line, whole articles in one line; now each paragraph of a prose cell is a line."""
    lines = _lines("poi_layout_table_news.docx")
    for line in ("Главная / Сибирь", "НОВОСИБИРСК", "У области появится гимн", "Угольщики будут строить жилье"):
        assert line in lines
    assert any(l.startswith("ИНТЕРФАКС-СИБИРЬ") and "Новосибирская область решила обзавестись" in l for l in lines)
    assert max(len(l) for l in lines) < 3000
