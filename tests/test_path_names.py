"""File names that are not UTF-8: a zip made on Windows keeps GBK names,
which Linux hands to Python as surrogate escapes that no UTF-8 output can
hold. Before, `lawcheck batch` stopped with an internal error on the first
such name and checked nothing; `lawcheck FILE --out` did the same. Real GBK
bytes on a real file system."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.pathtext import escaped, shown

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_d63e53787c8bf399.txt"
NAME = "某县2023年法治政府建设年度报告"


def _gbk_tree(root: Path) -> Path:
    """区A/<NAME>.txt with a GBK file name, a folder with a GBK name holding
    报告.txt (GBK), and beside it 报告.txt in UTF-8: the same name decoded."""
    data = SEED.read_bytes()
    base = os.fsencode(root)
    os.makedirs(base + "/区A".encode(), exist_ok=True)
    Path(os.fsdecode(base + "/区A/".encode() + (NAME + ".txt").encode("gbk"))).write_bytes(data)
    folder = base + b"/" + "区B".encode("gbk")
    os.makedirs(folder, exist_ok=True)
    Path(os.fsdecode(folder + b"/" + "报告.txt".encode("gbk"))).write_bytes(data)
    os.makedirs(base + "/区C".encode(), exist_ok=True)
    Path(os.fsdecode(base + "/区C/".encode() + "报告.txt".encode("gbk"))).write_bytes(data)
    (root / "区C" / "报告.txt").write_bytes(data)
    return root


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "checker.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_shown_decodes_each_part():
    raw = os.fsdecode("/tmp/区A/".encode() + "报告.txt".encode("gbk"))
    assert shown(raw) == "/tmp/区A/报告.txt"
    assert shown("/tmp/区A/报告.txt") == "/tmp/区A/报告.txt"
    assert escaped(raw) == "/tmp/区A/" + "".join(f"\\x{b:02x}" for b in "报告".encode("gbk")) + ".txt"
    junk = os.fsdecode(b"/tmp/\xff\xfe.txt")  # neither UTF-8 nor GB18030
    assert shown(junk) == "/tmp/\\xff\\xfe.txt"


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names are a Linux file system's")
def test_batch_reads_gbk_names_and_writes_them_as_text(tmp_path):
    tree = _gbk_tree(tmp_path / "全市")
    out = tmp_path / "out"
    proc = _run("batch", str(tree), "--out", str(out), "--jobs", "2")
    assert proc.returncode in (0, 1), proc.stderr
    assert "内部错误" not in proc.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    files = sorted(r["file"] for r in summary["reports"])
    gbk_c = str(tree / "区C") + "/" + "".join(f"\\x{b:02x}" for b in "报告".encode("gbk")) + ".txt"
    assert files == sorted(
        [str(tree / "区A" / f"{NAME}.txt"), str(tree / "区B" / "报告.txt"), str(tree / "区C" / "报告.txt"), gbk_c]
    )
    assert summary["failed"] == []
    assert {r["region"] for r in summary["reports"]} == {"区A", "区B", "区C"}
    assert (out / "reports" / "区A" / f"{NAME}.pdf").is_file()
    assert (out / "reports" / "区B" / "报告.pdf").is_file()
    assert len(list((out / "reports" / "区C").glob("*.pdf"))) == 2
    csv = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert f"区A/{NAME}.txt" in csv
    again = _run("batch", str(tree), "--out", str(out), "--resume")
    assert "本次检查 0 个，沿用已存结果 4 个" in again.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="byte file names are a Linux file system's")
def test_single_check_names_the_file_as_text(tmp_path):
    tree = _gbk_tree(tmp_path / "全市")
    (path,) = [p for p in (tree / "区A").iterdir()]
    proc = _run(str(path), "--format", "json", "--out", str(tmp_path / "gap"))
    assert proc.returncode in (0, 1), proc.stderr
    assert json.loads(proc.stdout)["file"] == str(tree / "区A" / f"{NAME}.txt")
    assert (tmp_path / "gap" / f"{NAME}.pdf").is_file()
    proc = _run(str(path), "--no-pdf", "--summary", str(tmp_path / "s.csv"))
    assert f"区A/{NAME}.txt" in (tmp_path / "s.csv").read_text(encoding="utf-8-sig")
