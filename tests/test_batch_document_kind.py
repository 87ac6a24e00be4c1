"""A batch names the files that are another kind of document (real pages).

A city office's folder holds, beside the annual reports, what units sent by
mistake: their 政府信息公开工作年度报告, a news item about the report. The
batch keeps them in the ranking (they lack the elements) but says what they
are: summary.json's `document_kind`, the overview's section 九, a mark in the
ranking; and it never compares them with the unit's real reports year over
year. Inputs are real published pages (tests/realpages/pages): 重庆市铜梁区司法局's
2019 rule-of-law report and its 2024 信息公开 annual report (one issuer, two
years), a 2023 news page about a county's report, and seed 003.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "realpages" / "pages"
REPORT_2019 = "rn_tongliang_sfj_2019.txt"  # 重庆市铜梁区司法局 2019年法治政府建设情况报告
GOV_INFO_2024 = "lk_gi_tongliang_sfj_2024.txt"  # the same unit's 2024 政府信息公开工作年度报告
SEED = ROOT / "seeds" / "003_d63e53787c8bf399.txt"


def _news_page() -> str:
    """A real news page about a report (labelled kind: news)."""
    import yaml

    for label in sorted((ROOT / "tests" / "realpages" / "labels").glob("*.yaml")):
        data = yaml.safe_load(label.read_text(encoding="utf-8"))
        page = PAGES / (label.stem + ".txt")
        if data.get("kind") == "news" and page.exists():
            return page.name
    pytest.skip("no news page in the real-page set")


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dockind")
    src = tmp / "全市"
    news = _news_page()
    for region, names in {"铜梁区": [REPORT_2019, GOV_INFO_2024], "其他": [news]}.items():
        (src / region).mkdir(parents=True)
        for name in names:
            shutil.copy(PAGES / name, src / region / name)
    shutil.copy(SEED, src / "其他" / SEED.name)
    out = tmp / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "checker.cli", "batch", str(src), "--out", str(out), "--no-pdf", "--jobs", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr  # reports with gaps, nothing unreadable
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return out, summary, news


def _by_name(summary: dict) -> dict:
    return {Path(r["file"]).name: r for r in summary["reports"]}


def test_each_file_says_whether_it_is_a_report(batch):
    _out, summary, news = batch
    reports = _by_name(summary)
    assert len(reports) == 4
    assert reports[REPORT_2019]["document_kind"] is None
    assert reports[SEED.name]["document_kind"] is None
    info = reports[GOV_INFO_2024]["document_kind"]
    assert info is not None and "政府信息公开" in info["name"] and info["kind"]
    assert reports[news]["document_kind"] is not None
    assert "新闻" in reports[news]["document_kind"]["name"]
    # the kind named is the one the single-report check found (findings[].detail)
    found = [f["detail"] for f in reports[GOV_INFO_2024]["findings"] if f.get("detail", {}).get("kind")]
    assert found and found[0]["kind"] == info["kind"] and found[0]["name"] == info["name"]


def test_no_year_over_year_with_another_kind_of_document(batch):
    _out, summary, _news = batch
    reports = _by_name(summary)
    a, b = reports[REPORT_2019], reports[GOV_INFO_2024]
    assert (a["issuer"], a["year"], b["issuer"], b["year"]) == ("重庆市铜梁区司法局", 2019, "重庆市铜梁区司法局", 2024)
    files = {Path(y["file"]).name for e in summary["year_over_year"] for y in e["years"]}
    assert GOV_INFO_2024 not in files and REPORT_2019 not in files  # one real year only: no comparison
    assert summary["year_over_year"] == []


def test_still_ranked_and_counted(batch):
    out, summary, _news = batch
    rows = (out / "summary.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + 4  # every checked file keeps its row
    assert any(GOV_INFO_2024 in row for row in rows)


def test_overview_lists_them(batch):
    out, _summary, news = batch
    html = (out / "overview.html").read_text(encoding="utf-8")
    section = html[html.index('id="others"') :]
    assert "九、不是年度报告的文件" in section and "政府信息公开" in section
    assert GOV_INFO_2024 in section and news in section
    assert REPORT_2019 not in section and SEED.name not in section
    ranking = html[html.index('id="ranking"') : html.index('id="heatmap"')]
    assert ranking.count("不是年度报告：") == 2
    assert "不是年度报告 <b>2</b> 份" in html
    pdf_text = subprocess.run(
        ["pdftotext", "-layout", str(out / "overview.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "九、不是年度报告的文件" in pdf_text and "政府信息公开" in pdf_text


def test_an_all_report_batch_says_so(tmp_path):
    from checker.batch.overview import overview_html

    html = overview_html({"reports": [{"file": "a.txt", "score": 50, "elements": [], "document_kind": None}]})
    assert "所有已检查的文件都是年度报告" in html and "不是年度报告 <b>" not in html


def test_ranking_puts_reports_first_and_others_unranked(batch):
    """A document that is not an annual report never heads the ranking, even
    when it scores above the reports; the statistics are the reports'."""
    from checker.batch.overview import overview_view

    out, summary, news = batch
    html = (out / "overview.html").read_text(encoding="utf-8")
    ranking = html[html.index('id="ranking"') : html.index('id="heatmap"')]
    ranks = re.findall(r'<td class="r-no">([^<]*)</td>', ranking)
    assert ranks == ["1", "2", "—", "—"]
    # the two unranked rows are the other kinds of document
    rows = ranking.split("<tr>")[2:]
    assert all("不是年度报告：" in row for row in rows[2:]) and not any("不是年度报告：" in r for r in rows[:2])

    def rep(name, score, kind=None, **more):
        return {"file": name, "score": score, "elements": [], "document_kind": kind, **more}

    other = {"kind": "news", "name": "新闻报道"}
    v = overview_view({"reports": [rep("a.txt", 40), rep("b.txt", 60), rep("n.txt", 90, other)]})
    assert [(r["file"], r["rank"]) for r in v["ranking"]] == [("b.txt", 1), ("a.txt", 2), ("n.txt", None)]
    assert (v["mean"], v["median"]) == (50, 50)
    assert sum(b["count"] for b in v["hist"]) == 2
    # the PDF of a large batch ranks the reports' first and last 30 and leaves the others to section 九
    many = [rep(f"r{k:03d}.txt", k % 100) for k in range(200)] + [rep(f"n{k}.txt", 99, other) for k in range(5)]
    v = overview_view({"reports": many}, pdf=True)
    assert v["ranking_cut"] and len(v["ranking"]) == 60 and all(r["rank"] for r in v["ranking"])
    assert (v["ranking_left"], v["ranking_others_left"]) == (140, 5)


def test_late_and_gap_lists_are_the_reports():
    """An article from 2001 published in 2024 owes no deadline: the late list,
    its count and the most common gaps are the annual reports'."""
    from checker.batch.overview import overview_view

    book = {"rulebook": "outline-2021-2025"}
    missing = [{"id": "measures", "name": "主要举措和成效", "status": "missing"}]
    present = [{"id": "measures", "name": "主要举措和成效", "status": "present"}]
    late = {"year": 2023, "published": "2024-06-01", **book}
    summary = {
        "reports": [
            {"file": "r.txt", "score": 50, "elements": missing, "document_kind": None, **late},
            {
                "file": "ok.txt",
                "score": 70,
                "elements": present,
                "document_kind": None,
                "year": 2023,
                "published": "2024-03-01",
                **book,
            },
            {
                "file": "art.txt",
                "score": 30,
                "elements": missing * 1,
                "year": 2001,
                "published": "2024-01-05",
                "document_kind": {"kind": "academic", "name": "学术文章"},
                **book,
            },
        ]
    }
    v = overview_view(summary)
    assert [r["file"] for r in v["late"]] == ["r.txt"] and v["late_count"] == 1
    assert [(g["count"], g["share"]) for g in v["gaps"]] == [(1, 50)]
