"""The region overview (checker/batch/overview.py): overview.html and
overview.pdf from a summary built by the real checker on the seeds."""

from __future__ import annotations

import re
import subprocess
from urllib.parse import quote

import pytest
from batch_inputs import SEED_003, SEEDS, check, fingerprint_input, perturb_figures, shift_years

from checker.batch.deadline_view import publication
from checker.batch.overview import overview_html, overview_view, write_overview
from checker.batch.rulesinfo import rules_of
from checker.batch.similar import fingerprint, similar_pairs
from checker.batch.trends import year_over_year

REGIONS = ["湖北", "江苏", "湖南", "江西", "河南"]
EVIL = "<script>alert('x')</script>"


@pytest.fixture(scope="module")
def summary(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("overview")
    older = tmp / "南昌高新区2022年报告.txt"
    older.write_text(perturb_figures(shift_years(SEED_003.read_text(encoding="utf-8"), -1)), encoding="utf-8")
    files = [*SEEDS, older]
    reports = [check(p, region) for p, region in zip(files, [*REGIONS, "江西"])]
    reports[0]["title"] = EVIL + reports[0]["title"]  # report text reaches the page only escaped
    fps = [(str(p), fingerprint(*fingerprint_input(p))) for p in files]
    return {
        "schema": "lawcheck-batch/1",
        "reports": reports,
        "failed": [{"file": f"全市/{EVIL}.docx", "error": f"全市/{EVIL}.docx: 不是有效的 .docx 文件"}],
        "similar_pairs": similar_pairs(fps),
        "year_over_year": year_over_year(reports),
    }


@pytest.fixture(scope="module")
def written(summary, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    links = {r["file"]: f"reports/{r['region']} 区/{i}#.pdf" for i, r in enumerate(summary["reports"])}
    paths = write_overview(summary, out, links)
    return out, paths, links


def pdftext(path) -> str:
    """The PDF's text after the table of contents on its first page."""
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text[text.index("八、逐年对比") + len("八、逐年对比") :]


def section(text: str, title: str, following: str | None) -> str:
    start = text.index(title)
    return text[start : text.index(following, start)] if following else text[start:]


def test_writes_both_files(written):
    out, paths, _ = written
    assert [p.name for p in paths] == ["overview.html", "overview.pdf"]
    assert (out / "overview.pdf").read_bytes().startswith(b"%PDF")
    assert not [p for p in out.iterdir() if p.name not in ("overview.html", "overview.pdf")]  # no temp files


def test_pdf_holds_ranking_and_heatmap(written, summary):
    out, _, _ = written
    text = pdftext(out / "overview.pdf")
    rank_block = section(text, "一、得分排名", "二、区域 × 要素")
    ranked = sorted(summary["reports"], key=lambda r: (-r["score"], r["file"]))
    # each row ends "<逾期天数> <得分> <未具备>" (pdftotext -layout puts the other cells on nearby lines)
    ends = re.findall(r"(按时|\d+ 天|不明|—)\s+(\d{1,3})\s+(\d)\s*$", rank_block, flags=re.MULTILINE)
    assert [int(score) for _, score, _ in ends] == [r["score"] for r in ranked]
    for r in summary["reports"]:
        assert r["issuer"][:5] in rank_block
    assert "58 天" in rank_block  # seed 001 published 2021-05-28, due before 2021-04-01
    # heatmap: every region, every element column (the rules' short names), the coverage column
    heat = section(text, "二、区域 × 要素", "三、得分分布")
    for region in REGIONS:
        assert region in heat
    r0 = summary["reports"][0]
    for e in r0["elements"]:
        rule = rules_of(r0)[e["id"]]
        assert (rule.short or rule.name) in heat
    assert "纲要覆盖" in heat
    for title in ("三、得分分布", "四、逾期和无日期", "五、最常见的缺口", "六、无法检查的文件"):
        assert title in text


def test_pdf_lists_similar_and_year_over_year(written):
    out, _, _ = written
    text = pdftext(out / "overview.pdf")
    similar = section(text, "七、相似报告", "八、逐年对比")
    assert "没有发现相似的报告" not in similar and re.search(r"\b(9\d|100)%", similar)
    yoy = section(text, "八、逐年对比", None)
    assert "2022" in yoy and "2023" in yoy and "没有同一单位" not in yoy


def test_html_escapes_report_text_and_has_no_script(written):
    out, _, links = written
    html = (out / "overview.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<details" in html and "<style>" in html and 'rel="stylesheet"' not in html
    for path in links.values():
        assert f'href="{quote(path)}"' in html
    assert any(quote(p).endswith("%20%E5%8C%BA/0%23.pdf") for p in links.values())  # space, Chinese, # encoded


def test_view_counts(summary):
    v = overview_view(summary)
    assert v["checked"] == len(summary["reports"]) and v["failed_count"] == 1
    assert sum(b["count"] for b in v["hist"]) == v["checked"]
    assert [r["score"] for r in v["ranking"]] == sorted((r["score"] for r in summary["reports"]), reverse=True)
    assert {h["name"] for h in v["heat"]} == set(REGIONS)
    assert sum(h["count"] for h in v["heat"]) == v["checked"]
    assert v["late_count"] == sum(publication(r)["state"] == "late" for r in summary["reports"]) >= 1
    shares = [g["count"] for g in v["gaps"]]
    assert shares == sorted(shares, reverse=True)


def test_pdf_variant_has_no_links_or_details(summary):
    html = overview_html(summary, {r["file"]: "reports/x.pdf" for r in summary["reports"]}, pdf=True)
    assert "<details" not in html and "<a " not in html


def test_empty_batch(tmp_path):
    paths = write_overview(
        {
            "schema": "lawcheck-batch/1",
            "reports": [],
            "failed": [{"file": "a.doc", "error": "旧版"}],
            "similar_pairs": [],
            "year_over_year": [],
        },
        tmp_path,
        {},
    )
    text = pdftext(paths[1])
    assert "没有已检查的报告" in text and "a.doc" in text and "旧版" in text
