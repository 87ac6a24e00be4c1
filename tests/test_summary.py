"""The batch summary (--summary x.csv|x.html|x.pdf): one row per file, the
statuses of the real pipeline, errors as rows, Excel-ready CSV, a PDF with
one embedded face and no missing glyph."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess

import pytest
from conftest import SEED_NAMES, run_cli, seed_path

from checker.pipeline import check_path
from checker.render.summary import Item, summary_csv, summary_html

SHORT = ["举措成效", "不足原因", "第一责任人", "下年安排", "三项制度", "法律顾问"]
WORD = {"present": "具备", "partial": "部分", "missing": "缺失"}


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("summary")
    empty = tmp / "空白.txt"
    empty.write_bytes(b"")
    files = [str(seed_path(n)) for n in SEED_NAMES] + [str(empty)]
    outs = {}
    for suffix in ("csv", "pdf", "html"):
        out = tmp / f"汇总.{suffix}"
        res = run_cli(*files, "--no-pdf", "--jobs", "2", "--summary", str(out), "--format", "json")
        assert res.returncode == 2, res.stderr  # the empty file
        assert "Traceback" not in res.stderr and f"已生成汇总表：{out}" in res.stderr
        outs[suffix] = out
    reports = {d["file"]: d for d in json.loads(res.stdout) if "error" not in d}
    return files, outs, reports


def test_csv_rows_match_the_reports(batch):
    files, outs, reports = batch
    raw = outs["csv"].read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    head, body = rows[0], rows[1:]
    assert head[:8] == ["序号", "文件", "标题", "发布单位", "报告年度", "发布日期", "按时公开", "得分"]
    assert head[8:14] == SHORT
    assert len(body) == len(files)
    for row, f in zip(body, files):
        assert row[1] == f
        if f not in reports:
            assert row[-1] and "为空" in row[-1] and row[7] == ""
            continue
        d = reports[f]
        assert int(row[7]) == d["score"] and row[4] == str(d["year"])
        assert row[8:14] == [WORD[e["status"]] for e in d["elements"][:6]]
        late = any(x["rule"] == "publish_deadline" and x["severity"] == "error" for x in d["findings"])
        assert row[6] == ("否" if late else "是")


def test_pdf_summary_reads_back(batch):
    files, outs, reports = batch
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils not installed")
    text = subprocess.run(
        ["pdftotext", "-layout", str(outs["pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text)
    assert "汇总表" in flat and f"共{len(files)}份" in flat and "无法检查1份" in flat
    for f, d in reports.items():
        assert re.sub(r"\s+", "", (d["title"] or "（未找到标题）"))[:12] in flat
    assert all(s in flat for s in SHORT) and "第1页共1页" in flat
    fonts = subprocess.run(["pdffonts", str(outs["pdf"])], capture_output=True, text=True, check=True).stdout
    assert len([l for l in fonts.splitlines()[2:] if l.strip()]) == 1 and "CJK" in fonts


def test_html_summary_is_standalone_and_escaped(tmp_path):
    report = check_path(str(seed_path("003_d63e53787c8bf399.txt")))
    report.meta.title = "<script>alert(1)</script>关于2023年度法治政府建设情况的报告"
    html = summary_html([Item(report.file, report), Item("x.txt", None, "x.txt: 文件为空")])
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<link" not in html and "<style>" in html
    assert "文件为空" in html and "无法检查" in html


def test_summary_suffix_is_checked_before_the_work(tmp_path):
    res = run_cli(str(seed_path("003_d63e53787c8bf399.txt")), "--no-pdf", "--summary", str(tmp_path / "x.xlsx"))
    assert res.returncode == 2 and "扩展名" in res.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_summary_columns_follow_the_rulebooks_used():
    """An overlay that adds an element adds its column (its `short` name)."""
    from conftest import ROOT

    a = check_path(str(seed_path("003_d63e53787c8bf399.txt")))
    b = check_path(
        str(seed_path("004_5198beffa2de79c3.txt")), str(ROOT / "rulebooks" / "overlays" / "example-province.yaml")
    )
    head = next(csv.reader(io.StringIO(summary_csv([Item(a.file, a), Item(b.file, b)]).lstrip("\ufeff"))))
    assert head[8:15] == SHORT + ["出庭应诉"]


def test_rule_short_name_is_validated(tmp_path):
    from checker import rulebook as rb
    from checker.errors import RulebookError

    p = tmp_path / "book.yaml"
    p.write_text(
        "schema: 1\nid: t\nname: 测试\nversion: '1'\nrules:\n"
        "  - id: a\n    kind: section\n    name: 测试\n    short: 这是一个过长的汇总列名\n"
        "    source: 某规定\n    weight: 5\n    severity: warning\n    fix: 加上\n"
        "    params:\n      headings: [测试]\n",
        encoding="utf-8",
    )
    with pytest.raises(RulebookError) as err:
        rb.load(str(p))
    assert "short" in str(err.value) and f"{p}:6:" in str(err.value)
