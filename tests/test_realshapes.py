"""Real saved article pages of government sites and news sites (tests/realshapes/shapes: their chrome kept —
navigation, 信息公开 boxes, share bars, hidden text-to-speech copies, footers of ministries' links, a
UTF-16 "Unicode" save — with the article made a slot; SOURCES.md names each page's repository) filled with
real reports: the page gives the same title, issuer, year, published date, outline, kind and element
statuses as the report's plain text (headline, 发布日期 line, text). RESULTS.md has the held-out first runs.

Page families built on the real shapes (tests/realshapes/variants.py): an article split over pages gives a
Chinese notice "part k of N"; an <iframe srcdoc> page is read; a frameset page and a page that only embeds
the report's PDF are refused with a Chinese message naming what to open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "realshapes"))
import shapes  # noqa: E402
import variants  # noqa: E402

from checker.errors import ReadError  # noqa: E402
from checker.pipeline import check_path  # noqa: E402


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return shapes.build(tmp_path_factory.mktemp("shapes"))


@pytest.fixture(scope="module")
def plain(built):
    return {r: shapes.observed(built["txt", r]) for r in shapes.REPORTS}


def test_enough_real_shapes():
    sources = (shapes.HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert len(shapes.SHAPES) >= 15
    for s in shapes.SHAPES:
        assert f"`{s}`" in sources, f"{s} has no row in SOURCES.md"


@pytest.mark.parametrize("report", shapes.REPORTS)
@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_page_reads_as_its_plain_text(built, plain, shape, report):
    got = shapes.observed(built[shape, report])
    want = plain[report]
    assert want["title"] and want["published"]  # the comparison has something to compare
    assert {k: got[k] for k in want} == want


@pytest.mark.parametrize("report", shapes.REPORTS)
@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_every_line_of_the_report_is_read_once(built, shape, report):
    """Nothing of the article lost, nothing read twice (pages laying the article out twice, for desktop and
    mobile, and a hidden text-to-speech copy included)."""
    import re

    from checker.read import read_path

    norm = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
    lines = [norm(line) for line in read_path(str(built[shape, report])).lines]
    counts = {line: lines.count(norm(line)) for line in shapes.report(report).lines}
    assert set(counts.values()) == {1}, {k[:20]: v for k, v in counts.items() if v != 1}


@pytest.mark.parametrize("form", ["gbk", "mht"])
@pytest.mark.parametrize("shape", [s for s in shapes.SHAPES if s not in shapes.ENCODING])
def test_gbk_and_mht_forms_of_a_real_page(tmp_path, plain, shape, form):
    rep = shapes.report("xuchang_2023")
    data = variants.as_gbk(shape, rep) if form == "gbk" else variants.as_mht(shape, rep)
    path = tmp_path / f"{shape}.{'html' if form == 'gbk' else 'mht'}"
    path.write_bytes(data)
    got = shapes.observed(path)
    assert {k: got[k] for k in plain["xuchang_2023"]} == plain["xuchang_2023"]


# (shape): why its page, without the date metadata, does not give the day the page shows
# pages that show no publication day at all: without their metadata there is no day to read
NO_DAY_SHOWN = {"beijing_shouduzhichuang"}  # an event page: only the event's 开始时间/结束时间 fields


@pytest.mark.parametrize(
    "shape",
    [s for s in shapes.SHAPES if s not in NO_DAY_SHOWN],
)
def test_real_page_without_date_metadata(tmp_path, plain, shape):
    rep = shapes.report("xuchang_2023")
    got = shapes.observed(Path(_write(tmp_path, shape, variants.without_date_meta(shape, rep))))
    assert got["published"] == plain["xuchang_2023"]["published"]
    assert {k: got[k] for k in plain["xuchang_2023"]} == plain["xuchang_2023"]


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_real_page_whose_title_tag_is_the_site_name(tmp_path, plain, shape):
    rep = shapes.report("xuchang_2023")
    got = shapes.observed(Path(_write(tmp_path, shape, variants.site_name_title(shape, rep))))
    assert {k: got[k] for k in plain["xuchang_2023"]} == plain["xuchang_2023"]


def test_a_table_field_holding_a_day_is_not_the_page_date(tmp_path, plain):
    """An event page without a date of its own: its "结束时间：" <dd>2024-05-10</dd> is not the page's day."""
    rep = shapes.report("xuchang_2023")
    page = variants.without_date_meta("beijing_shouduzhichuang", rep)
    assert b"2024-05-10" in page
    got = shapes.observed(Path(_write(tmp_path, "event", page)))
    assert got["published"] not in ("2024-05-08", "2024-05-10")
    assert {k: got[k] for k in plain["xuchang_2023"] if k != "published"} == {
        k: v for k, v in plain["xuchang_2023"].items() if k != "published"
    }


def test_shown_day_wins_over_metadata_naming_another_day(tmp_path, plain):
    """A republished page's PubDate metadata names another day than the "日期：" line under its headline;
    in an <iframe srcdoc> page too."""
    rep = shapes.report("xuchang_2023")
    for shape in ("beijing_fengtai", "beijing_zhb", "neac_gov"):
        page = shapes.fill(shape, rep)
        assert b'name="PubDate" content="2024-03-01' not in page  # the metadata names another day
        for data in (page, variants.srcdoc(shape, rep)):
            got = shapes.observed(Path(_write(tmp_path, shape, data)))
            assert got["published"] == plain["xuchang_2023"]["published"] == "2024-03-01"


def _write(tmp_path, name, data: bytes) -> str:
    p = tmp_path / f"{name}.html"
    p.write_bytes(data)
    return str(p)


@pytest.mark.parametrize(
    "shape,part,parts,trs",
    [("jinan_hanweb", 1, 3, False), ("yunnan_trs", 2, 3, False), ("guangxi_trs", 1, 2, True)],
)
def test_one_page_of_several_says_so(tmp_path, shape, part, parts, trs):
    rep = shapes.report("xuchang_2023")
    r = check_path(_write(tmp_path, shape, variants.paged(shape, rep, part, parts, trs)))
    assert r.notices and f"全文 {parts} 页中的第 {part} 页" in r.notices[0]
    assert r.to_dict()["notices"] == r.notices
    # the page bar is not read as the report's text
    whole = check_path(_write(tmp_path, "whole", shapes.fill(shape, rep)))
    assert whole.notices == []


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_whole_real_pages_carry_no_page_notice(built, shape):
    """The real pages' "上一篇/下一篇" links, share bars and empty page-bar containers are not a page bar."""
    assert check_path(str(built[shape, "nanchang_gxq_2023"])).notices == []


def test_next_page_link_without_a_count(tmp_path):
    rep = shapes.report("taoyuan_2017")
    page = variants.paged("henan_gov", rep, 1, 2).replace("共2页".encode(), b"")
    page = page.replace(b"<a href='index_2.html'>2</a>", b"")  # only "上一页 1 下一页" is left
    assert "共2页".encode() not in page
    notices = check_path(_write(tmp_path, "next", page)).notices
    assert notices and "分页显示的全文中的第 1 页" in notices[0]


def test_srcdoc_page_is_read(tmp_path, built, plain):
    rep = shapes.report("xuchang_2023")
    got = shapes.observed(Path(_write(tmp_path, "srcdoc", variants.srcdoc("henan_gov", rep))))
    assert {k: got[k] for k in plain["xuchang_2023"]} == plain["xuchang_2023"]


def test_frameset_page_is_refused_in_chinese(tmp_path):
    with pytest.raises(ReadError, match="框架.*content_2024.htm"):
        check_path(_write(tmp_path, "frames", variants.frameset(shapes.report("taoyuan_2017"))))


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_link_only_page_names_the_attachment(tmp_path, shape):
    rep = shapes.report("nanchang_gxq_2023")
    with pytest.raises(ReadError, match=r"网页正文只有附件链接（南昌高新区2023年法治政府建设工作报告\.pdf）"):
        check_path(_write(tmp_path, shape, variants.viewer(shape, rep, "link")))


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_report_with_an_attachment_box_is_read(tmp_path, plain, shape):
    got = shapes.observed(
        Path(_write(tmp_path, shape, variants.with_attachment_box(shape, shapes.report("taoyuan_2017"))))
    )
    assert {k: got[k] for k in plain["taoyuan_2017"]} == plain["taoyuan_2017"]


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_report_with_its_pdf_viewer_below_is_read(tmp_path, plain, shape):
    got = shapes.observed(
        Path(_write(tmp_path, shape, variants.with_viewer_below(shape, shapes.report("taoyuan_2017"))))
    )
    assert {k: got[k] for k in plain["taoyuan_2017"]} == plain["taoyuan_2017"]


@pytest.mark.parametrize("kind", ["pdfjs", "embed", "object"])
@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_viewer_only_page_names_the_attachment(tmp_path, kind, shape):
    rep = shapes.report("nanchang_gxq_2023")
    with pytest.raises(ReadError, match=r"附件文件（南昌高新区2023年法治政府建设工作报告\.pdf）"):
        check_path(_write(tmp_path, kind, variants.viewer(shape, rep, kind)))


@pytest.mark.parametrize("shape", shapes.SHAPES)
def test_iframe_src_page_is_refused_in_chinese(tmp_path, shape):
    """The article is an <iframe src>: the saved file has no text of the report; the frame named is the
    article's, not the page's weather widget or 纠错 form."""
    with pytest.raises(ReadError, match=r"框架（iframe）中（content_2024\.htm）"):
        check_path(_write(tmp_path, shape, variants.iframe_src(shape, shapes.report("xuchang_2023"))))


NOTICE_KNOWN = {
    "guangxi_trs": "the 1,888-character footer of ministries' links outweighs a two-line page: the whole page is "
    "read (295 lines) and the notice is not recognised",
}


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(s, marks=[pytest.mark.xfail(strict=True, reason=NOTICE_KNOWN[s])]) if s in NOTICE_KNOWN else s
        for s in shapes.SHAPES
    ],
)
def test_page_explaining_its_attachment_is_read(tmp_path, shape):
    """A page saying "现将《…报告》予以公开。附件：….pdf" beside the page's widgets and 纠错 frames: read, and told apart by the
    attachment_notice kind (not refused as a link-only or framed page)."""
    r = check_path(_write(tmp_path, shape, variants.notice(shape, shapes.report("nanchang_gxq_2023"))))
    found = [f for f in r.findings if f.rule == "not_annual_report"]
    assert found and found[0].detail["kind"] == "attachment_notice"


def test_wechat_article_kept_hidden_until_a_script_runs_is_read(tmp_path, plain):
    """A 微信公众号 article page as the server sends it (and as "save page" keeps it before scripts ran): the
    whole article in `div#js_content` styled `visibility: hidden; opacity: 0;`, a video frame inside it, the
    account's QR-code frame outside: read as its plain text, not refused as a framed or link-only page."""
    import html

    rep = shapes.report("xuchang_2023")
    y, m, d = rep.date.split("-")
    paras = "".join(f"<p style='text-indent: 2em;'>{html.escape(line)}</p>" for line in rep.lines)
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{html.escape(rep.title)}'><title>{html.escape(rep.title)}</title>"
        "</head><body><div id='js_article' class='rich_media'><div class='rich_media_inner'>"
        f"<h1 class='rich_media_title' id='activity-name'>{html.escape(rep.title)}</h1>"
        "<div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta rich_media_meta_nickname'>"
        f"<a id='js_name'>{html.escape(rep.source)}</a></span>"
        f"<em id='publish_time' class='rich_media_meta rich_media_meta_text'>{y}年{m}月{d}日 10:30</em></div>"
        "<div class='rich_media_content' id='js_content' style='visibility: hidden; opacity: 0;'>"
        f"{paras}<iframe class='video_iframe' src='https://v.qq.com/txp/iframe/player.html?vid=x' "
        "height='375'></iframe></div></div>"
        "<iframe src='https://mp.weixin.qq.com/mp/qrcode?scene=10000004' height='200'></iframe></div></body></html>"
    )
    got = shapes.observed(Path(_write(tmp_path, "wechat", page.encode("utf-8"))))
    assert {k: got[k] for k in plain["xuchang_2023"]} == plain["xuchang_2023"]
