"""QA qa2-O3: in overview.pdf a December date (“2021年12月24日”, seed 002) broke
after 24 — “2021年12月24 / 日” — in the ranking's 发布日期 column; the column now
holds the longest date on one line. Read back from the real PDF with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_NAMES, seed_text

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils not installed")


def test_longest_dates_stay_on_one_line(tmp_path):
    tree = tmp_path / "全市" / "甲县"
    tree.mkdir(parents=True)
    for n in SEED_NAMES:
        (tree / n).write_text(seed_text(n), encoding="utf-8")
    out = tmp_path / "out"
    res = subprocess.run(
        [sys.executable, "-m", "checker.cli", "batch", str(tree.parent), "--out", str(out), "--no-pdf"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode in (0, 1), res.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "1", str(out / "overview.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "2021年12月24" in text  # seed 002's publication date is on the first page
    assert "2021年12月24日" in text, [l for l in text.splitlines() if "2021年12月24" in l]
