"""The CLI contract: JSON shape (public interface), exit codes, text output."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from conftest import ELEMENT_IDS, run_cli, seed_path

S003 = str(seed_path("003_d63e53787c8bf399.txt"))
S000 = str(seed_path("000_c9bd385b88e6491a.txt"))


def test_json_single_file_contract():
    res = run_cli(S003, "--format", "json", "--no-pdf")
    assert res.returncode in (0, 1), res.stderr
    d = json.loads(res.stdout)
    assert d["schema"] == "lawcheck/1"
    for key in ("file", "title", "issuer", "year", "published", "outline_cited", "rulebook", "score",
                "elements", "findings"):
        assert key in d
    assert isinstance(d["year"], int)
    dt.date.fromisoformat(d["published"])
    assert d["outline_cited"] in ("2021-2025", "2015-2020", None)
    assert 0 <= d["score"] <= 100 and isinstance(d["score"], int)
    assert [e["id"] for e in d["elements"]][:6] == ELEMENT_IDS
    for e in d["elements"]:
        assert set(e) >= {"id", "name", "status", "score", "evidence", "suggestion"}
        assert e["status"] in ("present", "partial", "missing")
        for ev in e["evidence"]:
            assert isinstance(ev["line"], int) and isinstance(ev["text"], str)
    for f in d["findings"]:
        assert set(f) >= {"rule", "severity", "message", "line"}
        assert f["severity"] in ("error", "warning", "info")
    assert {c["id"] for c in d["coverage"]} >= {"ol21_functions", "ol21_digital", "ol21_leadership"}


def test_json_several_files_is_a_list():
    res = run_cli(S003, S000, "--format", "json", "--no-pdf")
    d = json.loads(res.stdout)
    assert isinstance(d, list) and [x["file"] for x in d] == [S003, S000]


def test_null_fields_when_report_lacks_them():
    d = json.loads(run_cli(str(seed_path("002_df0ba27d3289336d.txt")), "--format", "json", "--no-pdf").stdout)
    assert d["title"] is None


def test_exit_codes(tmp_path):
    assert run_cli(S000, "--no-pdf").returncode == 1  # leader duty and three systems missing
    full = tmp_path / "full.txt"
    text = seed_path("003_d63e53787c8bf399.txt").read_text(encoding="utf-8").replace(
        "行政执法“三项制度”等业务内容", "行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度等业务内容")
    full.write_text(text, encoding="utf-8")
    assert run_cli(str(full), "--no-pdf").returncode == 0
    assert run_cli(str(full), "--no-pdf", "--fail-under", "100").returncode == 1
    assert run_cli(str(tmp_path / "nope.txt"), "--no-pdf").returncode == 2


def test_text_output_is_chinese_and_plain_when_piped():
    res = run_cli(S000, "--no-pdf")
    out = res.stdout
    assert "\x1b[" not in out  # colour only on a terminal
    for word in ("得分", "主要举措和成效", "缺失", "具备", "首要修改"):
        assert word in out
    assert re.search(r"第\d+行", out)


def test_parallel_batch_equals_serial():
    seeds = [str(p) for p in sorted(seed_path("").glob("*.txt"))]
    a = json.loads(run_cli(*seeds, "--format", "json", "--no-pdf").stdout)
    b = json.loads(run_cli(*seeds, "--format", "json", "--no-pdf", "--jobs", "2").stdout)
    strip = lambda xs: [{k: v for k, v in x.items()} for x in xs]
    assert strip(a) == strip(b)


def test_help_and_version():
    assert "lawcheck" in run_cli("--help").stdout
    assert run_cli("--version").returncode == 0
