"""Defects found by using lawcheck as its users do (tests/QA-FINDINGS.md), each
checked through the command line in a fresh process, on real files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, SEED_NAMES, seed_path

NOBODY = 65534


def _run_unprivileged(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """`lawcheck ARGS` as a user for whom a 0555 folder really is read-only
    (as root every folder is writable: drop to nobody with setpriv)."""
    cmd = [sys.executable, "-m", "checker.cli", *args]
    if os.geteuid() == 0:
        cmd = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *cmd]
    env = {k: v for k, v in os.environ.items() if k != "LAWCHECK_DEBUG"}
    env["HOME"] = str(cwd)
    env["PYTHONPATH"] = str(ROOT)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture
def shared_tmp():
    """A folder another user can read (pytest's tmp_path is private to its user)."""
    if os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("running as root without setpriv: cannot make a folder read-only")
    d = Path(tempfile.mkdtemp(prefix="lawcheck-qa-"))
    d.chmod(0o755)
    try:
        yield d
    finally:
        for p in [d, *d.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(d, ignore_errors=True)


def test_batch_into_read_only_folder_says_so(shared_tmp):
    # F3: an existing read-only --out folder was reported as a broken result store, with sqlite's English text and
    # the advice to delete a file that does not exist
    src = shared_tmp / "全市"
    src.mkdir()
    shutil.copy(seed_path(SEED_NAMES[0]), src / "甲县.txt")
    src.chmod(0o755)
    (src / "甲县.txt").chmod(0o644)
    out = shared_tmp / "审查结果"
    out.mkdir()
    out.chmod(0o555)
    r = _run_unprivileged("batch", str(src), "--out", str(out), "--no-pdf", "--jobs", "1", cwd=shared_tmp)
    assert r.returncode == 2, r.stderr
    lines = r.stderr.strip().splitlines()
    assert lines == [f"lawcheck: {out}: 输出文件夹不可写：没有写入权限"]
    assert "Traceback" not in r.stderr and list(out.iterdir()) == []


def test_batch_usage_mistakes_are_all_chinese():
    # F4: `lawcheck batch` without a folder said "缺少参数 PATHS"; its --help showed PATHS... and DIR
    from conftest import run_cli

    r = run_cli("batch")
    assert r.returncode == 2
    assert r.stderr.strip().startswith("lawcheck: 缺少参数 文件或文件夹…；") and "PATHS" not in r.stderr
    h = run_cli("batch", "--help")
    assert h.returncode == 0 and "batch [选项] 文件或文件夹…" in h.stdout
    assert not [w for w in ("PATHS", "DIR", "FILES", "TEXT", "INTEGER") if w in h.stdout]


def test_check_into_read_only_folder_says_so_once(shared_tmp):
    # F9: `lawcheck 全市/ --out 只读文件夹` checked every report and printed "输出文件夹不可写" once per report
    src = shared_tmp / "全市"
    src.mkdir()
    for n in (0, 1, 3):
        shutil.copy(seed_path(SEED_NAMES[n]), src / f"{n}.txt")
        (src / f"{n}.txt").chmod(0o644)
    src.chmod(0o755)
    out = shared_tmp / "只读"
    out.mkdir()
    out.chmod(0o555)
    r = _run_unprivileged(str(src), "--out", str(out), "-q", "--jobs", "2", cwd=shared_tmp)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"lawcheck: {out}: 输出文件夹不可写：没有写入权限"]
    assert list(out.iterdir()) == []
    # a folder below a file: said up front too, and nothing is made
    r = _run_unprivileged(str(src / "0.txt"), "--out", str(src / "0.txt" / "报告"), "-q", cwd=shared_tmp)
    assert r.returncode == 2 and r.stderr.strip().endswith("输出文件夹不可写：路径中的某一级是文件而不是文件夹")
    # --no-pdf writes nothing: the folder is not looked at
    r = _run_unprivileged(str(src / "0.txt"), "--out", str(out), "--no-pdf", "-q", cwd=shared_tmp)
    assert r.returncode == 1 and "不可写" not in r.stderr


def test_unreadable_file_on_the_command_line_is_one_row_not_an_abort(shared_tmp):
    # F10: click's own readability check stopped the whole run before any file was read, in English:
    # "'[文件]…' 的值无效（Path 'x.txt' is not readable.）" — for `lawcheck` and for `lawcheck batch`
    good = shared_tmp / "乙县.txt"
    shutil.copy(seed_path(SEED_NAMES[3]), good)
    good.chmod(0o644)
    locked = shared_tmp / "甲县.txt"
    shutil.copy(seed_path(SEED_NAMES[0]), locked)
    locked.chmod(0o600 if os.geteuid() == 0 else 0o000)  # as root the file stays root's: nobody cannot read it
    r = _run_unprivileged(str(locked), str(good), "--no-pdf", "-q", cwd=shared_tmp)
    assert r.returncode == 2
    assert r.stderr.strip().splitlines() == [f"lawcheck: {locked}: 没有读取权限"]
    assert f"{good}:" in r.stdout and "已检查 1 份" in r.stdout and "无法检查 1 份" in r.stdout
    out = shared_tmp / "结果"
    out.mkdir()
    out.chmod(0o777)
    r = _run_unprivileged("batch", str(locked), str(good), "--out", str(out), "--no-pdf", "--jobs", "1", cwd=shared_tmp)
    assert r.returncode == 2 and "is not readable" not in r.stderr + r.stdout
    said = r.stdout + r.stderr  # the closing lines go to stderr
    assert f"{locked}: 没有读取权限" in said and "已检查 1 份" in said


def test_unreadable_rulebook_is_said_in_chinese(shared_tmp):
    # F11: "无法读取规则库（Permission denied）"; a folder given as --rulebook gave the strerror "Is a directory"
    book = shared_tmp / "省规则.yaml"
    book.write_text("schema: 1\nid: x\nname: x\nversion: '1'\nextends: outline-2021-2025\n", encoding="utf-8")
    book.chmod(0o600 if os.geteuid() == 0 else 0o000)
    report = shared_tmp / "甲县.txt"
    shutil.copy(seed_path(SEED_NAMES[0]), report)
    report.chmod(0o644)
    r = _run_unprivileged(str(report), "--rulebook", str(book), "--no-pdf", "-q", cwd=shared_tmp)
    assert r.returncode == 2 and r.stderr.strip() == f"lawcheck: {book}: 没有读取规则库文件的权限"
    r = _run_unprivileged(str(report), "--rulebook", str(shared_tmp), "--no-pdf", "-q", cwd=shared_tmp)
    assert r.returncode == 2 and r.stderr.strip() == f"lawcheck: {shared_tmp}: 这是文件夹，不是规则库文件"


def test_empty_folder_message_names_the_same_formats_as_batch(tmp_path):
    # F14: `lawcheck 空文件夹/` listed “txt/docx/pdf/html/htm” (no .ofd), `lawcheck batch` “txt/docx/pdf/ofd/html/htm”
    from conftest import run_cli

    from checker.batch.walk import NO_REPORTS

    (tmp_path / "空").mkdir()
    r = run_cli(str(tmp_path / "空"), "--no-pdf")
    assert r.returncode == 2 and r.stderr.strip() == f"lawcheck: {tmp_path / '空'}: {NO_REPORTS}"
    assert "ofd" in NO_REPORTS
    b = run_cli("batch", str(tmp_path / "空"), "--out", str(tmp_path / "o"), "--no-pdf", "--jobs", "1")
    assert b.returncode == 2 and f"{tmp_path / '空'}: {NO_REPORTS}" in b.stdout + b.stderr


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_outputs_never_replace_the_users_files(tmp_path):
    # F15 (data loss): `lawcheck 草稿.pdf --out .` wrote the gap report over 草稿.pdf itself, `--html` over an input
    # .html; `lawcheck 草稿.docx --out .` replaced the 草稿.pdf the office had exported beside it
    import docx
    from conftest import run_cli

    text = seed_path(SEED_NAMES[4]).read_text(encoding="utf-8")
    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    d.save(tmp_path / "草稿.docx")
    conv = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "草稿.docx")],
        capture_output=True,
        timeout=180,
    )
    if conv.returncode != 0 or not (tmp_path / "草稿.pdf").exists():
        pytest.skip("LibreOffice could not convert the .docx")
    page = (
        "<html><head><title>乙县2023年法治政府建设年度报告</title></head><body><h1>乙县2023年法治政府建设年度报告</h1>"
    )
    (tmp_path / "乙县.html").write_text(page + "<p>一、主要举措和成效</p><p>全年开展培训5次。</p></body></html>")
    mine = {p.name: _digest(p) for p in tmp_path.iterdir()}
    r = run_cli("草稿.pdf", "乙县.html", "--out", ".", "--html", "--annotate", cwd=tmp_path)
    assert r.returncode == 1, r.stderr
    assert {n: _digest(tmp_path / n) for n in mine} == mine  # every file the user had is as it was
    made = sorted(set(p.name for p in tmp_path.iterdir()) - set(mine))
    assert len(made) == 6 and all(n.endswith((".pdf", ".html", ".annotated.docx")) for n in made), made
    for line in r.stderr.splitlines():  # and the user is told where each output went
        if line.startswith("已生成"):
            assert (tmp_path / line.split("：", 1)[1]).name in made
    # the .docx beside its exported PDF: the gap report takes another name; a second run replaces only its own
    r = run_cli("草稿.docx", "--out", ".", cwd=tmp_path)
    assert r.returncode == 1 and _digest(tmp_path / "草稿.pdf") == mine["草稿.pdf"]
    said = [line.split("：", 1)[1] for line in r.stderr.splitlines() if line.startswith("已生成 PDF")]
    assert len(said) == 1 and said[0] != "草稿.pdf"
    again = run_cli("草稿.docx", "--out", ".", cwd=tmp_path)
    assert [line for line in again.stderr.splitlines() if line.startswith("已生成 PDF")] == [
        f"已生成 PDF 差距报告：{said[0]}"
    ]


def test_batch_gap_reports_never_replace_an_input(tmp_path):
    # F15 in `lawcheck batch reports --out .`: the gap report of reports/甲.pdf is reports/甲.pdf
    from conftest import run_cli

    src = tmp_path / "reports"
    src.mkdir()
    shutil.copy(seed_path(SEED_NAMES[0]), src / "乙.txt")
    shutil.copy(Path(__file__).parent / "realfiles" / "ofdrw_print_to_pdf.pdf", src / "甲.pdf")  # made by others
    from checker.batch.own import own_output_file

    assert own_output_file(str(src / "甲.pdf")) is None
    before = {p.name: _digest(p) for p in src.iterdir()}
    r = run_cli("batch", "reports", "--out", ".", "--jobs", "1", cwd=tmp_path)
    assert r.returncode in (0, 1), r.stderr
    assert {n: _digest(src / n) for n in before} == before
    rows = (tmp_path / "summary.csv").read_text(encoding="utf-8-sig").splitlines()
    assert any(row.startswith("reports/甲.pdf,") and "reports/甲_差距报告.pdf" in row for row in rows), rows
    assert (src / "甲_差距报告.pdf").exists() and (src / "乙.pdf").exists()


def test_a_gap_report_named_on_the_command_line_is_skipped_as_in_batch(tmp_path):
    # N1: `lawcheck reports_out/甲.pdf` checked lawcheck's own gap report as a report (a folder skipped it)
    from conftest import run_cli

    seed = seed_path(SEED_NAMES[0])
    first = run_cli(str(seed), "--out", str(tmp_path / "out"), "-q")
    assert first.returncode == 1
    (gap,) = (tmp_path / "out").glob("*.pdf")
    alone = run_cli(str(gap), "--no-pdf", "--format", "json")
    assert alone.returncode == 0 and alone.stdout.strip() in ("", "[]")
    assert "跳过 lawcheck 生成的文件 1 个" in alone.stderr and gap.name in alone.stderr
    both = run_cli(str(gap), str(seed_path(SEED_NAMES[1])), "--no-pdf", "--format", "json")
    assert both.returncode == 1 and "跳过 lawcheck 生成的文件 1 个" in both.stderr
    assert '"file"' in both.stdout and gap.name not in both.stdout
    b = run_cli("batch", str(gap), "--out", str(tmp_path / "b"), "--no-pdf", "--jobs", "1")
    assert b.returncode == 0 and "跳过 lawcheck 生成的文件 1 个" in b.stdout + b.stderr
