"""Fourth QA pass (qa4): what a city office reads in the region audit is true.
Real published pages (tests/realbatch), real bad files, a real gap report
written by lawcheck; see tests/QA-FINDINGS.md "Fourth pass (qa4)"."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import run_cli
from webserver import Server, wait_batch

PAGES = Path(__file__).parent / "realbatch" / "pages"


def _tree(tmp: Path) -> Path:
    """Two regions of real pages, an empty .txt and a .docx of random bytes."""
    tree = tmp / "全市"
    for region, stem in (("海南", "rp_023"), ("广西", "rb_liuzhou_cgj_2025"), ("江西", "rb_nanchangxian_2019")):
        (tree / region).mkdir(parents=True, exist_ok=True)
        shutil.copy(PAGES / region / f"{stem}.txt", tree / region / f"{stem}.txt")
    (tree / "海南" / "空白.txt").write_bytes(b"")
    (tree / "广西" / "坏文件.docx").write_bytes(os.urandom(4096))
    return tree


def _csv(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_reason_of_an_unreadable_file_sits_under_its_own_column(tmp_path):
    """Q1: a failed row had one cell too few, so its reason stood under 差距报告 (CSV, XLSX and the quick path)."""
    import openpyxl

    tree = _tree(tmp_path)
    out = tmp_path / "o"
    res = run_cli("batch", str(tree), "--out", str(out), "--no-pdf")
    assert res.returncode == 2, res.stderr
    rows = _csv(out / "summary.csv")
    header = rows[0]
    assert {len(r) for r in rows} == {len(header)}
    failed = {Path(r[0]).name: dict(zip(header, r)) for r in rows[1:] if r[header.index("无法检查的原因")]}
    assert set(failed) == {"空白.txt", "坏文件.docx"}
    assert failed["空白.txt"]["无法检查的原因"] == "文件为空（没有任何文字）"
    assert all(r["差距报告"] == "" for r in failed.values())
    sheet = openpyxl.load_workbook(out / "summary.xlsx")["报告"]
    xrows = [[("" if v is None else str(v)) for v in row] for row in sheet.iter_rows(values_only=True)]
    for row in xrows[1:]:
        row += [""] * (len(header) - len(row))
    assert [r[: len(header)] for r in xrows] == rows

    quick = tmp_path / "q.csv"
    run_cli(str(tree), "--no-pdf", "-q", "--summary", str(quick))
    qrows = _csv(quick)
    assert {len(r) for r in qrows} == {len(qrows[0])}
    reasons = {Path(r[1]).name: r[-1] for r in qrows[1:] if r[-1]}
    assert reasons["空白.txt"] == "文件为空（没有任何文字）" and set(reasons) == {"空白.txt", "坏文件.docx"}


@pytest.mark.parametrize(
    "issuer, region",
    [
        ("中共海南省委 海南省人民政府", "海南省"),
        ("中共海南省委、海南省人民政府", "海南省"),
        ("中共南昌县委员会", "南昌县"),
        ("中共南昌市青山湖区委 南昌市青山湖区人民政府", "青山湖区"),
        ("柳州市城市管理局", "柳州市"),
        ("南昌市城市管理委员会", "南昌市"),
        ("重庆市渝北区城市管理局", "渝北区"),
        ("大同市城区人民政府", "城区"),  # 城区 is a district of 大同
        ("南昌市青山湖区司法局", "青山湖区"),
        ("海关总署党委 海关总署", "海关总署"),
    ],
)
def test_region_from_issuer_of_joint_issuers_and_city_departments(issuer, region):
    """Q2: 中共海南省委 海南省人民政府 was region “中共海南省”, 柳州市城市管理局 region “城市”."""
    from checker.batch.region import region_of_issuer

    assert region_of_issuer(issuer) == region


def test_region_from_issuer_on_real_pages(tmp_path):
    tree = _tree(tmp_path)
    out = tmp_path / "o"
    run_cli("batch", str(tree), "--out", str(out), "--no-pdf", "--region-from", "issuer")
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    regions = {Path(r["file"]).stem: r["region"] for r in data["reports"]}
    assert regions == {"rp_023": "海南省", "rb_liuzhou_cgj_2025": "柳州市", "rb_nanchangxian_2019": "南昌县"}


def test_common_gaps_say_how_many_reports_each_share_is_of(tmp_path):
    """Q3: outline areas are checked only in the reports of their outline (a 2019 report has the 2015–2020
    outline's areas), so “58 份 100%” next to “82 份 100%” read as a contradiction under “占已检查报告”."""
    from lxml import html as lh

    tree = _tree(tmp_path)
    out = tmp_path / "o"
    run_cli("batch", str(tree), "--out", str(out), "--no-pdf")
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    by_book: dict[str, int] = {}
    for r in data["reports"]:
        by_book[r["rulebook"]] = by_book.get(r["rulebook"], 0) + 1
    assert len(by_book) == 2, by_book  # the 2019 page and the 2024/2025 pages use different outlines
    doc = lh.parse(str(out / "overview.html")).getroot()
    head = [th.text_content() for th in doc.xpath('//section[@id="gaps"]//thead//th')]
    assert "适用报告" in head and "占已检查报告" not in head
    rows = [
        [td.text_content().strip() for td in tr.xpath("./td")] for tr in doc.xpath('//section[@id="gaps"]//tbody/tr')
    ]
    col = dict(zip(head, range(len(head))))
    seen_bases = set()
    for row in rows:
        base = int(row[col["适用报告"]])
        count = int(row[col["合计"]])
        assert row[col["占适用报告"]].endswith(f"{round(100 * count / base)}%")
        if row[col["类别"]] == "必需要素":
            assert base == len(data["reports"])
        else:
            assert base in by_book.values()
        seen_bases.add(base)
    assert len(seen_bases) > 1


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve"), jobs=2)
    yield s
    s.stop()


def test_web_batch_skips_gap_reports_lawcheck_wrote(server, tmp_path):
    """Q4: a region's .zip holding an earlier gap report: the web batch checked the gap report as a report —
    “法治政府建设年度报告合规检查差距报告”, 100 分, all six elements 具备, first in the ranking."""
    import zipfile

    page = PAGES / "广西" / "rb_liuzhou_cgj_2025.txt"
    res = run_cli(str(page), "--out", str(tmp_path / "gap"))
    [gap] = (tmp_path / "gap").glob("*.pdf")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.write(page, "全市/广西/rb_liuzhou_cgj_2025.txt")
        z.write(gap, "全市/广西/差距报告.pdf")
    r = server.post("/batch", [("files", "全市.zip", buf.getvalue())])
    assert r.status == 303, r.text
    status = wait_batch(server, r.headers["location"])
    states = {Path(u["name"]).name: u["state"] for u in status["units"]}
    assert states == {"rb_liuzhou_cgj_2025.txt": "done", "差距报告.pdf": "skipped"}, (states, res.stderr)
    assert status["failed"] == 0 and status["done"] == 2
    summary = server.get(r.headers["location"] + "/summary.json").json()
    assert [Path(x["file"]).name for x in summary["reports"]] == ["rb_liuzhou_cgj_2025.txt"]
    assert [Path(x["file"]).name for x in summary["skipped"]] == ["差距报告.pdf"]
    page = server.get(r.headers["location"])
    assert "另跳过 lawcheck 生成的文件 1 个" in page.text
    one = server.post("/check", [("file", "差距报告.pdf", gap.read_bytes())])
    assert one.status == 415 and "lawcheck 生成的文件" in one.text


def test_a_units_change_line_stays_on_the_page_of_its_years(tmp_path):
    """Q5: overview.pdf's year-over-year table broke between a unit's years and its “改进：…；退步：…” line, so the
    next page opened with a change line whose unit stood on the page before (62 held-out pages + 5 regions)."""
    import subprocess

    tree = tmp_path / "全市"
    shutil.copytree(Path(__file__).parent / "realaudit" / "pages", tree)
    for region in ("辽宁", "江西", "广西", "海南", "四川"):
        shutil.copytree(PAGES / region, tree / region)
    out = tmp_path / "o"
    run_cli("batch", str(tree), "--out", str(out), "--no-pdf")
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert len(data["year_over_year"]) >= 10
    text = subprocess.run(["pdftotext", "-layout", str(out / "overview.pdf"), "-"], capture_output=True, text=True)
    pages = text.stdout.split("\f")
    changes = 0
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if "单位" in (lines[0] if lines else "") and len(lines) > 1:  # a continued table: header, then its first row
            assert not lines[1].startswith("改进："), lines[:3]
        changes += sum(line.startswith("改进：") for line in lines)
    assert changes == len(data["year_over_year"])


@pytest.fixture(scope="module")
def held_out_run(tmp_path_factory):
    """tests/realaudit (62 held-out pages: 32 undated, 6 late) plus a report that names no year and no date and
    a news item about a county's 法治政府 work published long after the deadline — as an office's folder has."""
    tmp = tmp_path_factory.mktemp("held")
    tree = tmp / "全市"
    shutil.copytree(Path(__file__).parent / "realaudit" / "pages", tree)
    real = Path(__file__).parent / "realpages" / "pages"
    (tree / "河南").mkdir()
    shutil.copy(real / "rn15_rep_shanwei_ybj_noyear.txt", tree / "广东" / "rn15_rep_shanwei_ybj_noyear.txt")
    shutil.copy(real / "lk_ho_news_xiayi_2023.txt", tree / "河南" / "lk_ho_news_xiayi_2023.txt")
    out = tmp / "o"
    run_cli("batch", str(tree), "--out", str(out), "--no-pdf")
    return out, json.loads((out / "summary.json").read_text(encoding="utf-8"))


def _pdf_text(path: Path) -> str:
    import subprocess

    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout


def test_undated_list_in_the_pdf_is_capped_like_every_other_list(held_out_run):
    """Q6: the PDF capped the undated list only when 30 reports were late: a region with 5 late and 600 undated
    pages got 16 pages of “无法核对” (README: every list at most 30 rows, the PDF about 10 pages)."""
    out, data = held_out_run
    annual = [r for r in data["reports"] if not r["document_kind"]]
    undated = [r for r in annual if not r["published"]]
    late = [r for r in annual if (r["days_late"] or 0) > 0]
    assert len(undated) > 30 and len(late) < 30
    text = _pdf_text(out / "overview.pdf")
    section = text[text.rindex("四、逾期和无日期的公开") : text.rindex("五、最常见的缺口")]
    assert section.count("无法核对") == 30
    assert f"另有 {len(undated) - 30} 条，PDF 中从略" in section
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert html.count('class="st-undated"') == len(undated)  # overview.html keeps every row


def test_a_report_without_year_or_date_is_listed_as_undated(held_out_run):
    """Q7: a report naming neither its year nor a date was 不明 in summary.csv but missing from the overview's
    undated list and count (“未找到发布日期 N 份” was less than the csv's undated rows)."""
    out, data = held_out_run
    noyear = [r for r in data["reports"] if r["year"] is None and not r["published"] and not r["document_kind"]]
    assert [Path(r["file"]).name for r in noyear] == ["rn15_rep_shanwei_ybj_noyear.txt"]
    undated = [r for r in data["reports"] if not r["published"] and not r["document_kind"]]
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert f"未找到发布日期 <b>{len(undated)}</b> 份" in html
    assert "—（年度不明）" in html and "rn15_rep_shanwei_ybj_noyear" in html


def test_late_sheet_of_the_workbook_holds_the_annual_reports_the_overview_counts(held_out_run):
    """Q8: summary.xlsx's 逾期公开 sheet listed a news item (another kind of document) as 逾期 237 天 while the
    overview, by design, counts only annual reports: the sheet and the overview gave different late counts."""
    import openpyxl

    out, data = held_out_run
    news = [r for r in data["reports"] if r["document_kind"]]
    assert any((r["days_late"] or 0) > 0 for r in news), [(r["file"], r["days_late"]) for r in news]
    sheet = openpyxl.load_workbook(out / "summary.xlsx")["逾期公开"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    annual = [r for r in data["reports"] if not r["document_kind"]]
    assert sorted(r[0] for r in rows) == sorted(r["file"] for r in annual if r["on_time"] in ("否", "不明"))
    late_rows = sum(1 for r in rows if r[5] == "逾期")
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert f"逾期公开 <b>{late_rows}</b> 份" in html


def test_overview_says_how_many_of_lawchecks_own_files_it_skipped(tmp_path):
    """Q9: the terminal said “跳过 lawcheck 生成的文件 1 个” but overview.html/.pdf counted 86 of the folder's 87 files
    with no word on the one left out."""
    tree = _tree(tmp_path)
    res = run_cli(str(tree / "广西" / "rb_liuzhou_cgj_2025.txt"), "--out", str(tree / "广西"))
    assert list((tree / "广西").glob("*.pdf")), res.stderr
    out = tmp_path / "o"
    res = run_cli("batch", str(tree), "--out", str(out), "--no-pdf")
    assert "跳过 lawcheck 生成的文件 1 个" in res.stderr
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert "另跳过 lawcheck 生成的文件 1 个，不计入" in html
