"""`lawcheck batch`: a real tree of reports (regions, a duplicate, an edited
copy under another issuer, two years of one unit, a gap report lawcheck
wrote, a zip bomb, bad files) gives the right rows, failure list and exit
code; a batch killed with SIGKILL and resumed writes the same summaries as
an uninterrupted one; CSV and XLSX keep Chinese text and neutralise
spreadsheet formulas."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import ROOT, SEED_NAMES, run_cli, seed_path, seed_text

SEED_A, SEED_B, SEED_C = SEED_NAMES[0], SEED_NAMES[1], SEED_NAMES[3]  # 随州高新区, 常州经开区, 南昌高新区
LIMITS = {"LAWCHECK_WORKER_MEMORY_MB": "1024", "LAWCHECK_FILE_TIMEOUT": "120"}


def make_bomb(path: Path, mb: int = 800) -> None:
    """A real .docx whose document.xml inflates to `mb` MB of paragraphs
    (the file itself is ~3 MB)."""
    d = docx.Document()
    d.add_paragraph("某县2023年法治政府建设年度报告")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    para = b"<w:p><w:r><w:t>" + "法治政府建设年度报告".encode() * 5 + b"</w:t></w:r></w:p>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename != "word/document.xml":
                z.writestr(info, data)
                continue
            head, tail = data.split(b"<w:body>")
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                f.write(head + b"<w:body>")
                chunk = para * 10000
                for _ in range(mb * 1024 * 1024 // len(chunk)):
                    f.write(chunk)
                f.write(tail)


def shift_years(text: str, by: int) -> str:
    for y in (2025, 2024, 2023, 2022, 2021, 2020) if by > 0 else (2020, 2021, 2022, 2023, 2024, 2025):
        text = text.replace(str(y), str(y + by))
    return text


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    root = tmp_path_factory.mktemp("batch") / "全市"
    for region in ("甲县", "乙县", "丙县", "丁县", "坏文件"):
        (root / region).mkdir(parents=True)
    (root / "甲县" / "随州.txt").write_text(seed_text(SEED_A), encoding="utf-8")
    (root / "乙县" / "随州副本.txt").write_bytes((root / "甲县" / "随州.txt").read_bytes())  # a duplicate
    (root / "乙县" / "常州.txt").write_text(seed_text(SEED_B), encoding="utf-8")
    # an edited copy under another issuer
    edited = seed_text(SEED_C).replace("南昌高新区", "赣州经开区").replace("高新区", "经开区")
    (root / "丙县" / "赣州.txt").write_text(edited, encoding="utf-8")
    # two years of one unit (GBK bytes for the older one)
    (root / "丁县" / "南昌2023.txt").write_text(seed_text(SEED_C), encoding="utf-8")
    (root / "丁县" / "南昌2022.txt").write_bytes(shift_years(seed_text(SEED_C), -1).encode("gb18030"))
    # a gap report lawcheck wrote, left among the reports (PDF and HTML)
    res = run_cli(str(seed_path(SEED_A)), "--html", "--out", str(root / "甲县"))
    assert res.returncode in (0, 1), res.stderr
    # bad files
    bad = root / "坏文件"
    (bad / "空白.txt").write_bytes(b"")
    (bad / "二进制.txt").write_bytes(bytes(range(256)) * 40)
    (bad / "旧版.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)
    (bad / "损坏.docx").write_bytes(b"PK\x03\x04 not really a zip")
    make_bomb(bad / "炸弹.docx")
    os.mkfifo(bad / "管道.txt")
    os.symlink(root, bad / "回环")  # a folder that links back to an ancestor
    os.symlink(bad / "链接乙.txt", bad / "链接甲.txt")
    os.symlink(bad / "链接甲.txt", bad / "链接乙.txt")
    return root


@pytest.fixture(scope="module")
def audited(tree, tmp_path_factory):
    out = tmp_path_factory.mktemp("audit")
    res = run_cli("batch", str(tree), "--out", str(out), "--no-pdf", "--jobs", "2", env=LIMITS)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return res, out, summary


def test_rows_failures_and_exit_code(tree, audited):
    res, _out, summary = audited
    assert res.returncode == 2, res.stderr  # files could not be checked
    assert "Traceback" not in res.stderr
    assert summary["schema"] == "lawcheck-batch/1"
    files = {Path(r["file"]).name: r for r in summary["reports"]}
    assert set(files) == {"随州.txt", "随州副本.txt", "常州.txt", "赣州.txt", "南昌2023.txt", "南昌2022.txt"}
    # the region is the first folder level below the PATH given
    assert {n: r["region"] for n, r in files.items()} == {
        "随州.txt": "甲县",
        "随州副本.txt": "乙县",
        "常州.txt": "乙县",
        "赣州.txt": "丙县",
        "南昌2023.txt": "丁县",
        "南昌2022.txt": "丁县",
    }
    assert files["随州.txt"]["elements"] == files["随州副本.txt"]["elements"]
    assert files["赣州.txt"]["issuer"] and "赣州" in files["赣州.txt"]["issuer"]
    assert files["南昌2022.txt"]["year"] == 2022 and files["南昌2023.txt"]["year"] == 2023
    late = files["常州.txt"]
    assert late["on_time"] == "否" and late["days_late"] > 0
    assert files["南昌2023.txt"]["on_time"] == "是" and files["南昌2023.txt"]["days_late"] == 0
    # unreadable files: one row each, with a reason; the batch went on past them
    failed = {Path(f["file"]).name: f["error"] for f in summary["failed"]}
    assert set(failed) == {
        "空白.txt",
        "二进制.txt",
        "旧版.doc",
        "损坏.docx",
        "炸弹.docx",
        "管道.txt",
        "回环",
        "链接甲.txt",
        "链接乙.txt",
    }
    assert "另存为 .docx" in failed["旧版.doc"]
    assert "命名管道" in failed["管道.txt"]
    assert "循环" in failed["回环"] and "循环" in failed["链接甲.txt"]
    assert "为空" in failed["空白.txt"]
    # lawcheck's own gap reports are recognised by content and skipped
    skipped = {Path(s["file"]).name for s in summary["skipped"]}
    assert skipped == {f"{SEED_A[:-4]}.pdf", f"{SEED_A[:-4]}.html"}
    # the end says totals and names each unreadable file with its reason
    assert "无法检查 9 个" in res.stderr and "跳过 lawcheck 生成的文件 2 个" in res.stderr
    for name in failed:
        assert name in res.stderr
    assert "summary.csv" in res.stderr


def test_zip_bomb_costs_only_its_file(audited):
    _res, _out, summary = audited
    bomb = [f for f in summary["failed"] if f["file"].endswith("炸弹.docx")]
    assert len(bomb) == 1 and bomb[0]["error"]
    assert len(summary["reports"]) == 6  # its neighbours were checked


def test_csv_rows_follow_the_json(audited):
    _res, out, summary = audited
    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    head, body = rows[0], rows[1:]
    assert head[:10] == [
        "文件",
        "地区",
        "发布单位",
        "标题",
        "报告年度",
        "发布日期",
        "按时公开",
        "逾期天数",
        "得分",
        "纲要覆盖",
    ]
    assert len(body) == len(summary["reports"]) + len(summary["failed"])
    by_file = {r[0]: r for r in body}
    for rep in summary["reports"]:
        row = by_file[rep["file"]]
        assert row[1] == rep["region"] and int(row[8]) == rep["score"]
        assert row[10:16] == [
            {"present": "具备", "partial": "部分", "missing": "缺失"}[e["status"]] for e in rep["elements"][:6]
        ]
    for f in summary["failed"]:
        assert by_file[f["file"]][-1] == f["error"]
    # rows in the inputs' order: folder by folder, names sorted
    assert [r[0] for r in body] == sorted((r[0] for r in body), key=lambda p: Path(p).parts)


def test_resume_reuses_and_rechecks_changed_files(tree, audited, tmp_path):
    _res, out, _summary = audited
    import shutil

    out2 = tmp_path / "out"
    shutil.copytree(out, out2)
    again = run_cli("batch", str(tree), "--out", str(out2), "--no-pdf", "--jobs", "1", "--resume", env=LIMITS)
    assert again.returncode == 2
    assert "本次检查 0 个" in again.stderr, again.stderr  # failed files are not retried unchanged
    assert (out2 / "summary.json").read_bytes() == (out / "summary.json").read_bytes()
    # a changed rulebook re-checks everything
    book = tmp_path / "省规则.yaml"
    book.write_text(
        (ROOT / "rulebooks" / "overlays" / "example-province.yaml")
        .read_text(encoding="utf-8")
        .replace("extends: ../outline-2021-2025.yaml", f"extends: {ROOT}/rulebooks/outline-2021-2025.yaml"),
        encoding="utf-8",
    )
    third = run_cli(
        "batch",
        str(tree),
        "--out",
        str(out2),
        "--no-pdf",
        "--jobs",
        "2",
        "--resume",
        "--rulebook",
        str(book),
        env=LIMITS,
    )
    assert "沿用已存结果 0 个" in third.stderr, third.stderr
    data = json.loads((out2 / "summary.json").read_text(encoding="utf-8"))
    assert {r["rulebook"] for r in data["reports"]} == {"example-province"}


def test_exit_codes(tmp_path):
    good, gaps = seed_path(SEED_C), seed_path(SEED_A)  # 003: nothing required missing; 000: gaps
    assert run_cli("batch", str(good), "--out", str(tmp_path / "a"), "--no-pdf").returncode == 0
    assert run_cli("batch", str(good), str(gaps), "--out", str(tmp_path / "b"), "--no-pdf").returncode == 1
    res = run_cli("batch", str(tmp_path / "没有这个文件.txt"), str(good), "--out", str(tmp_path / "c"), "--no-pdf")
    assert res.returncode == 2 and "没有这个文件.txt: 文件不存在" in res.stderr
    data = json.loads((tmp_path / "c" / "summary.json").read_text(encoding="utf-8"))
    assert len(data["reports"]) == 1 and len(data["failed"]) == 1  # one failed row, not a stop


def test_devices_are_refused_by_type(tmp_path):
    res = run_cli("batch", "/dev/zero", str(seed_path(SEED_C)), "--out", str(tmp_path / "o"), "--no-pdf")
    assert res.returncode == 2 and "/dev/zero: 这是设备文件" in res.stderr


def test_time_limit_costs_only_its_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "正常.txt").write_text(seed_text(SEED_C), encoding="utf-8")
    text = seed_text(SEED_B)
    (src / "超大.txt").write_text(text * (40_000_000 // len(text.encode())), encoding="utf-8")
    res = run_cli(
        "batch", str(src), "--out", str(tmp_path / "o"), "--no-pdf", "--jobs", "2", env={"LAWCHECK_FILE_TIMEOUT": "3"}
    )
    assert res.returncode == 2, res.stderr
    data = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert [Path(r["file"]).name for r in data["reports"]] == ["正常.txt"]
    assert "时间上限（3 秒）" in data["failed"][0]["error"]
    # --resume tries a file that ran over again (more time may be given), reuses the rest
    again = run_cli(
        "batch", str(src), "--out", str(tmp_path / "o"), "--no-pdf", "--resume", env={"LAWCHECK_FILE_TIMEOUT": "3"}
    )
    assert "本次检查 1 个，沿用已存结果 1 个" in again.stderr, again.stderr


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG are Linux's")
def test_sigkill_then_resume_equals_an_uninterrupted_run(tmp_path):
    src = tmp_path / "全市"
    for n in range(12):
        region = src / f"区{n % 3}"
        region.mkdir(parents=True, exist_ok=True)
        name = SEED_NAMES[n % len(SEED_NAMES)]
        text = seed_text(name).replace("法治", "法治", 1) + f"\n（第{n}份）\n"
        (region / f"报告{n:02d}.txt").write_text(text, encoding="utf-8")
    killed, whole = tmp_path / "killed", tmp_path / "whole"
    cmd = [sys.executable, "-m", "checker.cli", "batch", str(src), "--out", str(killed), "--jobs", "2"]
    env = {**os.environ, **LIMITS}
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = killed / "lawcheck.db"
    done = 0
    workers: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid) or workers
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as con:
                    done = con.execute("SELECT count(*) FROM results").fetchone()[0]
            except sqlite3.Error:
                done = 0
        if done >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    workers = _children(proc.pid) or workers
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert workers
    end = time.monotonic() + 10
    while time.monotonic() < end and any(_alive(p) for p in workers):
        time.sleep(0.1)
    assert not any(_alive(p) for p in workers), "workers outlived the killed batch"
    assert not (killed / "summary.csv").exists()
    stale = killed / "reports" / "区0" / ".报告99.pdf.abc123.tmp"
    stale.parent.mkdir(parents=True, exist_ok=True)
    stale.write_bytes(b"half a pdf")

    resumed = run_cli("batch", str(src), "--out", str(killed), "--jobs", "2", "--resume", env=LIMITS)
    assert resumed.returncode in (0, 1), resumed.stderr
    assert "沿用已存结果 0 个" not in resumed.stderr
    # ours, and maybe the ones the two workers were writing when they were killed
    assert re.search(r"已清理上次中断留下的临时文件 [123] 个", resumed.stderr), resumed.stderr
    assert not stale.exists()
    fresh = run_cli("batch", str(src), "--out", str(whole), "--jobs", "1", env=LIMITS)
    assert fresh.returncode == resumed.returncode, fresh.stderr
    for name in ("summary.csv", "summary.json", "summary.xlsx"):
        assert (killed / name).read_bytes() == (whole / name).read_bytes(), name
    pdfs = sorted(p.relative_to(whole) for p in (whole / "reports").rglob("*.pdf"))
    assert len(pdfs) == 12 and pdfs == sorted(p.relative_to(killed) for p in (killed / "reports").rglob("*.pdf"))
    # a second run over the tree, output folder inside it, takes no gap report for a report
    inside = run_cli("batch", str(src), "--out", str(src / "审查结果"), "--no-pdf", env=LIMITS)
    data = json.loads((src / "审查结果" / "summary.json").read_text(encoding="utf-8"))
    assert len(data["reports"]) == 12, inside.stderr


INJECTIONS = ["=1+2", "+SUM(A1)", "-3+4", "@区", "\t区"]


def test_csv_and_xlsx_round_trip_chinese_and_formulas(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    src = tmp_path / "全市"
    for n, region in enumerate(INJECTIONS):
        (src / region).mkdir(parents=True)
        (src / region / f"报告{n}.txt").write_text(seed_text(SEED_NAMES[n]), encoding="utf-8")
    out = tmp_path / "out"
    res = run_cli("batch", str(src), "--out", str(out), "--no-pdf", "--jobs", "2")
    assert res.returncode in (0, 1), res.stderr
    data = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    reports = {r["file"]: r for r in data["reports"]}
    rows = list(csv.reader(io.StringIO((out / "summary.csv").read_bytes().decode("utf-8-sig"))))[1:]
    assert len(rows) == len(INJECTIONS)
    for row in rows:
        rep = reports[row[0]]
        assert row[1] == "'" + rep["region"]  # neutralised: Excel and WPS show it as text
        assert row[2] == rep["issuer"] and row[3] == (rep["title"] or "")  # Chinese intact
    wb = openpyxl.load_workbook(out / "summary.xlsx")
    assert wb.sheetnames == ["报告", "地区×要素", "逾期公开"]
    ws = wb["报告"]
    assert ws.freeze_panes == "B2" and ws.auto_filter.ref
    assert ws.conditional_formatting  # status cells coloured by rule
    got = list(ws.iter_rows(min_row=2, values_only=True))
    assert len(got) == len(INJECTIONS)
    for values in got:
        rep = reports[values[0]]
        assert values[1].lstrip("'") == rep["region"] and values[2] == rep["issuer"]
        assert values[8] == rep["score"]
    for row in ws.iter_rows(min_row=2):
        assert all(c.data_type != "f" for c in row)  # no cell is a formula
    regions = [r[0] for r in wb["地区×要素"].iter_rows(min_row=2, values_only=True)]
    assert sorted(regions) == sorted(INJECTIONS)


def test_catastrophic_pattern_is_refused_when_the_rulebook_loads(tmp_path):
    book = tmp_path / "回溯.yaml"
    book.write_text(
        f"""schema: 1
id: backtrack
name: 回溯测试
version: "1"
extends: {ROOT}/rulebooks/outline-2021-2025.yaml
rules:
  - id: slow_rule
    kind: concept
    name: 慢规则
    source: 测试
    weight: 1
    severity: info
    fix: 无
    params: {{groups: [{{id: g, terms: ["(a+)+$"]}}]}}
    examples:
      - {{text: "一、主要举措\\naaaa", expect: present}}
      - {{text: "一、主要举措\\nb", expect: missing}}
""",
        encoding="utf-8",
    )
    res = run_cli("rules", "--check", str(book))
    assert res.returncode == 2 and "嵌套的重复" in res.stderr and "(a+)+" in res.stderr
    res = run_cli("batch", str(seed_path(SEED_C)), "--out", str(tmp_path / "o"), "--rulebook", str(book))
    assert res.returncode == 2 and "嵌套的重复" in res.stderr and not (tmp_path / "o" / "summary.csv").exists()


def test_similar_pairs_and_year_over_year(audited):
    pytest.importorskip("checker.batch.similar")
    pytest.importorskip("checker.batch.trends")
    _res, _out, summary = audited
    pairs = {frozenset((Path(p["a"]).name, Path(p["b"]).name)): p["share"] for p in summary["similar_pairs"]}
    assert pairs.get(frozenset(("随州.txt", "随州副本.txt")), 0) > 0.95
    assert pairs.get(frozenset(("赣州.txt", "南昌2023.txt")), 0) >= 0.5
    assert frozenset(("随州.txt", "常州.txt")) not in pairs  # distinct seeds are not similar
    nanchang = [y for y in summary["year_over_year"] if len(y["years"]) >= 2 and "南昌" in (y["issuer"] or "")]
    assert nanchang and [e["year"] for e in nanchang[0]["years"]] == [2022, 2023]


def test_progress_bar_on_a_terminal_and_plain_lines_otherwise(monkeypatch):
    from checker.batch import progress

    tty = io.StringIO()
    bar = progress.Progress(4, tty, tty=True)
    for n in range(4):
        bar.step(failed=n == 1)
    bar.close()
    text = tty.getvalue()
    assert "\r" in text and "4/4 份，无法检查 1" in text and "份/秒" in text and "预计还需" in text
    log = io.StringIO()
    monkeypatch.setattr(progress, "PLAIN_EVERY_S", 0.0)
    plain = progress.Progress(3, log, tty=False)
    for _ in range(3):
        plain.step()
    lines = log.getvalue().splitlines()
    assert len(lines) == 3 and lines[-1].startswith("进度：3/3 份") and "\r" not in log.getvalue()
    quiet = io.StringIO()
    monkeypatch.setattr(progress, "PLAIN_EVERY_S", 3600.0)
    slow = progress.Progress(3, quiet, tty=False)
    for _ in range(3):
        slow.step()
    assert quiet.getvalue() == ""  # not a line per file


@pytest.mark.parametrize(
    "issuer, region",
    [
        ("南昌市青山湖区司法局", "青山湖区"),
        ("南昌市公安局", "南昌市"),
        ("南昌高新区管委会", "南昌高新区"),
        ("荆州苗侗族自治县人民政府", "荆州苗侗族自治县"),
        ("江西省司法厅", "江西省"),
        ("湖南省城步苗族自治县人民政府", "城步苗族自治县"),
        ("恩施土家族苗族自治州来凤县", "来凤县"),
        # QA F13: a city X州 written without 市 before its zone was cut off: 随州高新区 → 高新区 (every city's 高新区
        # became one region of the overview)
        ("随州高新区", "随州高新区"),
        ("常州经开区管委会", "常州经开区"),
        ("苏州工业园区管委会", "苏州工业园区"),
        ("杭州市高新区司法局", "高新区"),
        ("广州天河区司法局", "天河区"),
        ("恩施州来凤县", "来凤县"),
        # and a city X州市 was cut after 州: 杭州市西湖区司法局 → 市西湖区, 杭州市公安局 → 杭州
        ("杭州市西湖区司法局", "西湖区"),
        ("杭州市公安局", "杭州市"),
        ("随州市曾都区人民政府", "曾都区"),
        ("广州市人民政府", "广州市"),
    ],
)
def test_region_from_issuer(issuer, region):
    from checker.batch.region import region_of_issuer

    assert region_of_issuer(issuer) == region


def test_region_from_issuer_keeps_the_city_of_same_named_districts():
    """--region-from issuer: 西湖区 of 杭州 and of 南昌 in one batch are two regions (the city before them, without
    市); one city's district written with and without 市 or its province is one region; a batch with one 西湖区
    (or a name without its city) keeps the short region."""
    from checker.batch.region import ambiguous_regions, region_of_issuer

    issuers = [
        "杭州市西湖区人民政府",
        "杭州西湖区司法局",
        "南昌市西湖区",
        "西湖区人民政府",
        "江苏省南京市鼓楼区",
        "南京市鼓楼区司法局",
    ]
    qualify = ambiguous_regions([*issuers, None, ""])
    assert qualify == {"西湖区"}
    assert [region_of_issuer(i, qualify) for i in issuers] == [
        "杭州西湖区",
        "杭州西湖区",
        "南昌西湖区",
        "西湖区",
        "鼓楼区",
        "鼓楼区",
    ]
    assert ambiguous_regions(["杭州市西湖区人民政府", "浙江省杭州市西湖区司法局", "杭州西湖区"]) == frozenset()
    assert [region_of_issuer(i) for i in issuers[:3]] == ["西湖区"] * 3  # no batch given: as before
    # a city bureau's district branch: the city above the district (issuers.police_branch)
    assert ambiguous_regions(["广州市公安局增城区分局", "某市增城区人民政府"]) == {"增城区"}


def test_quick_summary_path_skips_lawcheck_outputs_too(tree, tmp_path):
    out = tmp_path / "s.csv"
    res = run_cli(str(tree / "甲县"), "--no-pdf", "--summary", str(out))
    assert "跳过 lawcheck 生成的文件 2 个" in res.stderr, res.stderr
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))[1:]
    assert [Path(r[1]).name for r in rows] == ["随州.txt"]


def test_region_from_issuer_on_the_command_line(tmp_path):
    res = run_cli("batch", str(seed_path(SEED_C)), "--out", str(tmp_path / "o"), "--no-pdf", "--region-from", "issuer")
    assert res.returncode == 0, res.stderr
    data = json.loads((tmp_path / "o" / "summary.json").read_text(encoding="utf-8"))
    assert data["reports"][0]["region"] == "南昌高新区"


def test_a_worker_killed_mid_file_costs_only_that_file(tmp_path):
    import threading

    from checker.batch.run import Task, run_tasks

    big, good = tmp_path / "超大.txt", tmp_path / "正常.txt"
    text = seed_text(SEED_B)
    big.write_text(text * (40_000_000 // len(text.encode())), encoding="utf-8")
    good.write_text(seed_text(SEED_C), encoding="utf-8")
    killed: list[int] = []

    def kill_the_worker():
        for _ in range(100):
            kids = _children(os.getpid())
            if kids:
                os.kill(kids[0], signal.SIGKILL)
                killed.append(kids[0])
                return
            time.sleep(0.05)

    timer = threading.Timer(1.0, kill_the_worker)
    timer.start()
    outcomes = {
        Path(o.task.path).name: o
        for o in run_tasks([Task(0, str(big), None, "k", None, None), Task(1, str(good), None, "k", None, None)], 1)
    }
    timer.join()
    assert killed
    assert outcomes["超大.txt"].status == "failed" and "意外终止" in outcomes["超大.txt"].error
    assert "SIGKILL" in outcomes["超大.txt"].error and outcomes["超大.txt"].retry
    assert outcomes["正常.txt"].status == "ok"  # a new worker took the next file
    assert json.loads(outcomes["正常.txt"].report)["issuer"] == "南昌高新区"


def test_annotated_copies_are_recognised_by_their_properties(tmp_path):
    from checker.batch.own import own_output, own_output_file

    marked, plain = tmp_path / "批注.docx", tmp_path / "报告.docx"
    for path, keywords in ((marked, "lawcheck-output"), (plain, "")):
        d = docx.Document()
        d.add_paragraph("某县2023年法治政府建设年度报告")
        d.core_properties.keywords = keywords
        d.save(path)
    assert own_output(marked.read_bytes()) == "Word" and own_output_file(str(marked)) == "Word"
    assert own_output(plain.read_bytes()) is None and own_output_file(str(plain)) is None
    assert own_output(b"<html><head><meta name=generator content='lawcheck 1'></head>") == "HTML"
    assert own_output(b"<html><head><meta name='generator' content='WordPress'></head>") is None


def test_xlsx_late_sheet_and_region_sheet(audited):
    openpyxl = pytest.importorskip("openpyxl")
    _res, out, summary = audited
    wb = openpyxl.load_workbook(out / "summary.xlsx")
    late = {Path(r[0]).name: r for r in wb["逾期公开"].iter_rows(min_row=2, values_only=True)}
    expected = {Path(r["file"]).name: r for r in summary["reports"] if r["on_time"] in ("否", "不明")}
    assert set(late) == set(expected) and "常州.txt" in late
    assert late["常州.txt"][5] == "逾期" and late["常州.txt"][6] == expected["常州.txt"]["days_late"]
    regions = {r[0]: r for r in wb["地区×要素"].iter_rows(min_row=2, values_only=True)}
    assert set(regions) == {"甲县", "乙县", "丙县", "丁县"}
    assert regions["丁县"][1] == 2 and regions["乙县"][1] == 2


def test_batch_honours_the_team_settings(tmp_path):
    """lawcheck.yaml in the working folder (ignore, select, params) applies to a
    batch as to a single check, and a change of it re-checks on --resume."""
    import shutil

    root = tmp_path / "市"
    root.mkdir()
    shutil.copy(seed_path(SEED_NAMES[2]), root / "a.txt")
    out = tmp_path / "out"
    run_cli("batch", str(root), "--out", str(out), "--no-pdf", "--jobs", "1", cwd=str(tmp_path))
    before = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert any(f["rule"] == "term_form" for f in before["reports"][0]["findings"])
    (tmp_path / "lawcheck.yaml").write_text("ignore: [term_form]\n", encoding="utf-8")
    res = run_cli("batch", str(root), "--out", str(out), "--no-pdf", "--jobs", "1", "--resume", cwd=str(tmp_path))
    after = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert not any(f["rule"] == "term_form" for f in after["reports"][0]["findings"])
    assert "本次检查 1 个" in res.stderr


def test_a_file_over_time_costs_only_itself_with_files_queued_behind_it(tmp_path, monkeypatch):
    """One worker holds two files at once (run.DEPTH): when the first runs
    over, the one queued behind it is checked by the new worker, and its own
    time limit starts only when it starts."""
    from checker.batch import run

    big, good, other = tmp_path / "超大.txt", tmp_path / "正常.txt", tmp_path / "另一份.txt"
    text = seed_text(SEED_B)
    big.write_text(text * (40_000_000 // len(text.encode())), encoding="utf-8")
    good.write_text(seed_text(SEED_C), encoding="utf-8")
    other.write_text(seed_text(SEED_B), encoding="utf-8")
    monkeypatch.setenv(run.TIMEOUT_ENV, "2")
    assert run.DEPTH >= 2
    tasks = [run.Task(n, str(p), None, "k", None, None) for n, p in enumerate((big, good, other))]
    outcomes = {Path(o.task.path).name: o for o in run.run_tasks(tasks, 1)}
    assert set(outcomes) == {"超大.txt", "正常.txt", "另一份.txt"}
    assert outcomes["超大.txt"].status == "failed" and "时间上限（2 秒）" in outcomes["超大.txt"].error
    assert outcomes["正常.txt"].status == "ok" and outcomes["另一份.txt"].status == "ok"
