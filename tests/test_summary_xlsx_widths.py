"""QA qa2-X1: summary.xlsx opened in LibreOffice Calc (and Excel) cut the
publication dates to “2024-02-2” and long issuers (“上海市宝山区发展和改革委员会”)
at the column edge: only the file, region, issuer, title and last columns had
widths. Every column is now as wide as its widest cell (CJK counts two), up to
30; read back from the workbook's own <cols> (a column without one shows at
Excel's default 8.43)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
from conftest import SEED_NAMES, seed_text
from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cols(xlsx: Path, sheet_no: int) -> dict[int, float]:
    with zipfile.ZipFile(xlsx) as z:
        root = etree.fromstring(z.read(f"xl/worksheets/sheet{sheet_no}.xml"))
    out = {}
    for col in root.iterfind(".//m:cols/m:col", NS):
        for i in range(int(col.get("min")), int(col.get("max")) + 1):
            out[i] = float(col.get("width"))
    return out


def test_every_column_holds_its_widest_cell(tmp_path):
    tree = tmp_path / "全市"
    for k, n in enumerate(SEED_NAMES):
        p = tree / ("甲县" if k % 2 else "乙县") / n
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(seed_text(n), encoding="utf-8")
    out = tmp_path / "out"
    res = subprocess.run(
        [sys.executable, "-m", "checker.cli", "batch", str(tree), "--out", str(out), "--no-pdf"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode in (0, 1), res.stderr
    book = out / "summary.xlsx"
    wb = openpyxl.load_workbook(book)
    for sheet_no, name in ((1, "报告"), (3, "逾期公开")):
        ws = wb[name]
        rows = list(ws.iter_rows(values_only=True))
        assert len(rows) >= 2, name  # seed 001 is published late: the late sheet has a row
        header = rows[0]
        widths = _cols(book, sheet_no)
        for i, h in enumerate(header, 1):
            if h in ("文件", "标题", "差距报告", "无法检查的原因"):
                continue  # long paths and titles keep a set width
            need = max(_width("" if v is None else str(v)) for v in [r[i - 1] for r in rows[1:]])
            assert i in widths, (name, h)
            assert widths[i] >= min(need, 30), (name, h, widths[i], need)
    dates = [r[5] for r in list(wb["报告"].iter_rows(values_only=True))[1:] if r[5]]
    assert dates and all(len(d) == 10 for d in dates)  # 2024-02-26: the column above is as wide as this
