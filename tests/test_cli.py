"""The CLI contract: JSON shape (public interface), exit codes, text output."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ELEMENT_IDS, ROOT, run_cli, seed_path

S003 = str(seed_path("003_d63e53787c8bf399.txt"))
S000 = str(seed_path("000_c9bd385b88e6491a.txt"))


def test_json_single_file_contract():
    res = run_cli(S003, "--format", "json", "--no-pdf")
    assert res.returncode in (0, 1), res.stderr
    d = json.loads(res.stdout)
    assert d["schema"] == "lawcheck/1"
    for key in (
        "file",
        "title",
        "issuer",
        "year",
        "published",
        "outline_cited",
        "rulebook",
        "score",
        "elements",
        "findings",
    ):
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
    text = (
        seed_path("003_d63e53787c8bf399.txt")
        .read_text(encoding="utf-8")
        .replace(
            "行政执法“三项制度”等业务内容", "行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度等业务内容"
        )
    )
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
    assert a == b


def test_help_and_version():
    assert "lawcheck" in run_cli("--help").stdout
    assert run_cli("--version").returncode == 0


def _no_leftovers(folder):
    """Only finished PDFs: no temporary file, every PDF complete."""
    names = sorted(p.name for p in folder.iterdir())
    assert all(n.endswith(".pdf") and not n.startswith(".") for n in names), names
    for p in folder.iterdir():
        data = p.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), p.name
    return names


def test_parallel_batch_renders_pdfs_and_goes_past_bad_files(tmp_path):
    (tmp_path / "甲县").mkdir()
    twin = tmp_path / "甲县" / "003_d63e53787c8bf399.txt"  # same stem as a seed, other folder
    twin.write_bytes(seed_path("003_d63e53787c8bf399.txt").read_bytes())
    empty = tmp_path / "空白.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "图片.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    out = tmp_path / "out"
    res = run_cli(S000, str(empty), S003, str(binary), str(twin), "--jobs", "2", "--out", str(out))
    assert res.returncode == 2
    assert "Traceback" not in res.stderr
    assert "空白.txt" in res.stderr and "图片.txt" in res.stderr
    names = _no_leftovers(out)
    assert names == sorted(["000_c9bd385b88e6491a.pdf", "003_d63e53787c8bf399.pdf", "甲县_003_d63e53787c8bf399.pdf"])
    # results are printed in input order, each with its own PDF line
    said = [l for l in res.stderr.splitlines() if l.startswith("已生成 PDF")]
    assert [Path(l.split("：", 1)[1]).name for l in said] == [
        "000_c9bd385b88e6491a.pdf",
        "003_d63e53787c8bf399.pdf",
        "甲县_003_d63e53787c8bf399.pdf",
    ]
    assert res.stdout.index("000_c9bd385b88e6491a") < res.stdout.index("/003_d63e53787c8bf399")


@pytest.mark.parametrize(
    "sig, code, jobs", [(signal.SIGTERM, 143, "2"), (signal.SIGINT, 130, "2"), (signal.SIGTERM, 143, "1")]
)
def test_stopped_batch_leaves_no_half_written_file(tmp_path, sig, code, jobs):
    inputs = []
    for k in range(40):
        p = tmp_path / "in" / f"r{k:02d}.txt"
        p.parent.mkdir(exist_ok=True)
        p.write_bytes(seed_path("004_5198beffa2de79c3.txt").read_bytes())
        inputs.append(str(p))
    out = tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "LAWCHECK_DEBUG"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", *inputs, "--jobs", jobs, "--out", str(out)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (out.is_dir() and list(out.glob("*.pdf"))):
        time.sleep(0.05)
    time.sleep(0.15)  # now in the middle of a render
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    if sig == signal.SIGINT:
        assert "已中断" in err
    else:  # QA N4: SIGTERM said nothing
        assert "已终止" in err and err.count("已终止") == 1, err
    names = _no_leftovers(out)
    assert 1 <= len(names) < len(inputs)  # stopped early, what was written is whole


@pytest.mark.parametrize(
    "args, words",
    [
        (["--bogus"], ["没有这个选项", "--bogus"]),
        (["explain"], ["缺少参数", "规则ID"]),  # click's English metavar in Chinese
        ([S003, "--jobs", "99"], ["--jobs", "0–64 之间的整数"]),
        ([S003, "--format", "xml"], ["--format", "只能是：text、json"]),
        ([S003, "--fail-under", "abc"], ["--fail-under", "0–100 之间的整数"]),
        (["rules", "--rulebook"], ["--rulebook", "要给一个值"]),
    ],
)
def test_command_line_mistakes_are_one_chinese_line(args, words):
    res = run_cli(*args)
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lawcheck: "), res.stderr
    assert all(w in lines[0] for w in words), lines[0]
    assert "--help" in lines[0] and "Usage:" not in res.stderr and "Error:" not in res.stderr


def test_folder_stands_for_the_reports_below_it(tmp_path):
    """`lawcheck 全市/`: every report file below, in name order; hidden folders,
    the output folder and other files are left out; an old .doc gets its message."""
    root = tmp_path / "全市"
    for sub, seed in (
        ("甲县", "000_c9bd385b88e6491a.txt"),
        ("乙县", "003_d63e53787c8bf399.txt"),
        ("乙县/.backup", "001_be30819666d1b380.txt"),
    ):
        (root / sub).mkdir(parents=True, exist_ok=True)
        (root / sub / seed).write_bytes(seed_path(seed).read_bytes())
    (root / "乙县" / "旧.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    (root / "说明.md").write_text("not a report", encoding="utf-8")
    out = root / "reports_out"
    out.mkdir()
    (out / "old.pdf").write_bytes(b"%PDF-1.7 from an earlier run")
    res = run_cli(str(root), "--out", str(out), "--no-pdf", "--format", "json")
    assert res.returncode == 2  # the .doc
    files = [d["file"] for d in json.loads(res.stdout)]
    assert [Path(f).name for f in files] == ["003_d63e53787c8bf399.txt", "旧.doc", "000_c9bd385b88e6491a.txt"]
    assert "另存为 .docx" in res.stderr and "Traceback" not in res.stderr


def test_text_batch_ends_with_a_tally(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    seeds = [str(p) for p in sorted(seed_path("").glob("*.txt"))]
    res = run_cli(*seeds, str(empty), "--no-pdf")
    last = res.stdout.strip().splitlines()[-1]
    failing = sum(run_cli(s, "--no-pdf").returncode == 1 for s in seeds)
    assert last.startswith(f"共 {len(seeds) + 1} 份：已检查 {len(seeds)} 份（其中 {failing} 份")
    assert "无法检查 1 份" in last
