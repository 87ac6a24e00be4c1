"""The web server's parts on their own: type sniffing from bytes, display
names, safe .zip expansion, the loopback warning, a taken port, and a process
pool that survives a dying or stuck job."""

from __future__ import annotations

import asyncio
import io
import os
import socket
import struct
import time
import zipfile

import pytest
from conftest import SEED_NAMES, run_cli, seed_path

from checker.web import limits, work
from checker.web.limits import Refused, display_name, expand_zip, sniff
from checker.web.pool import JobFailed, Pool
from checker.web.serve import is_loopback, warning_for


def _write(tmp_path, data: bytes, name="upload.bin"):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_sniff_by_content_not_name(tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("一、主要举措")
    buf = io.BytesIO()
    d.save(buf)
    assert sniff(_write(tmp_path, buf.getvalue())) == "docx"
    assert sniff(_write(tmp_path, b"%PDF-1.7\n...")) == "pdf"
    assert sniff(_write(tmp_path, "<!DOCTYPE html><html><body><p>报告</p></body></html>".encode())) == "html"
    assert sniff(_write(tmp_path, "某县2023年法治政府建设年度报告\n一、主要举措".encode("gbk"))) == "txt"
    assert sniff(_write(tmp_path, "报告".encode("utf-16"))) == "txt"
    with pytest.raises(Refused) as e:
        sniff(_write(tmp_path, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600))
    assert e.value.status == 415 and ".docx" in e.value.message
    with pytest.raises(Refused) as e:
        sniff(_write(tmp_path, b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8))
    assert e.value.status == 415
    with pytest.raises(Refused) as e:
        sniff(_write(tmp_path, b"  \n "))
    assert e.value.status == 400
    z = io.BytesIO()
    with zipfile.ZipFile(z, "w") as f:
        f.writestr("a.txt", "x")
    assert sniff(_write(tmp_path, z.getvalue())) == "zip"


def test_display_names_are_plain_text():
    assert display_name("../../etc/passwd") == "passwd"
    assert display_name("C:\\Users\\a\\报告.docx") == "报告.docx"
    assert display_name("a\u202egpj.exe") == "agpj.exe"  # no direction overrides
    assert display_name("") == "上传的文件" and display_name("..") == "上传的文件"
    assert len(display_name("长" * 500)) == limits.DISPLAY_CHARS


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_expand_zip_uses_server_names_only(tmp_path):
    dest = tmp_path / "dest"
    dest.mkdir()
    data = _zip(
        {
            "../../escape.txt": b"a",
            "/abs.txt": b"b",
            "sub/../../x.txt": b"c",
            "__MACOSX/._a": b"d",
            ".hidden": b"e",
            "县/报告.txt": "报告".encode(),
        }
    )
    members = expand_zip(_write(tmp_path, data, "u.zip"), dest)
    assert [m.display for m in members] == ["escape.txt", "abs.txt", "sub/x.txt", "县/报告.txt"]
    assert sorted(p.name for p in dest.iterdir()) == ["0001.bin", "0002.bin", "0003.bin", "0004.bin"]
    assert not (tmp_path / "escape.txt").exists() and not list(tmp_path.rglob("x.txt"))
    assert (dest / "0004.bin").read_bytes() == "报告".encode()


def test_expand_zip_counts_real_bytes_when_the_header_lies(tmp_path):
    """A zip whose directory claims tiny sizes: what is written stops at the
    declared size (zipfile checks it), and the CRC check names it as broken."""
    big = b"0" * (3 * 1024 * 1024)
    data = bytearray(_zip({"a.txt": big}))
    # patch the uncompressed size in the central directory (offset 24) and the local header (offset 22)
    cd = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, cd + 24, 10)
    struct.pack_into("<I", data, 22, 10)
    dest = tmp_path / "d"
    dest.mkdir()
    members = expand_zip(_write(tmp_path, bytes(data), "lie.zip"), dest)
    assert len(members) == 1
    m = members[0]
    assert m.error or m.path.stat().st_size <= 10


def test_expand_zip_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ZIP_ENTRIES", 3)
    with pytest.raises(Refused) as e:
        expand_zip(_write(tmp_path, _zip({f"{i}.txt": b"x" for i in range(4)}), "m.zip"), tmp_path)
    assert e.value.status == 413
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL", 1000)
    with pytest.raises(Refused) as e:
        expand_zip(_write(tmp_path, _zip({"a.txt": b"0" * 2000}), "b.zip"), tmp_path)
    assert e.value.status == 413 and "MB" in e.value.message


def test_check_upload_in_process_matches_the_cli(tmp_path):
    path = _write(tmp_path, seed_path(SEED_NAMES[4]).read_bytes())
    out = work.check_upload(str(path), "报告.txt")
    assert out.error is None and out.report.file == "报告.txt"
    nos = {no for no, _, _ in out.lines}
    for e in out.report.elements:  # every evidence line is a line of the text shown beside the result
        assert {ev.line for ev in e.evidence} <= nos
    bad = work.check_upload(str(_write(tmp_path, b"PK\x03\x04broken", "b.bin")), "坏.docx")
    assert bad.report is None and bad.status == 400 and bad.error


def test_loopback_and_warning():
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost") and is_loopback("127.8.0.1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")
    assert warning_for("127.0.0.1") is None
    text = warning_for("0.0.0.0")
    assert "任何能访问" in text and "上传" in text


def test_taken_port_is_one_chinese_line():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        res = run_cli("serve", "--port", str(port))
    assert res.returncode == 2
    assert "端口已被占用" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.parametrize("host", ["999.1.1.1", "no-such-host.invalid", "192.0.2.1"])
def test_unusable_host_is_said_in_chinese(host):
    # QA F12: "无法在 999.1.1.1:8765 上启动网页服务：Name or service not known；可用 --port 换一个端口"
    res = run_cli("serve", "--host", host, "--port", "0")
    assert res.returncode == 2
    assert res.stderr.strip() == (
        f"lawcheck: 无法在 {host}:0 上启动网页服务：本机没有这个地址；"
        "--host 应为本机的 IP 地址，如 127.0.0.1（只允许本机访问）或 0.0.0.0（所有网卡）"
    )


def test_serve_help_is_chinese():
    res = run_cli("serve", "--help")
    assert res.returncode == 0 and "监听地址" in res.stdout and "--jobs" in res.stdout


def test_pool_survives_a_dying_and_a_stuck_job():
    async def go():
        pool = Pool(1)
        try:
            t = time.monotonic()
            with pytest.raises(JobFailed):
                await pool.run(os._exit, 3, timeout=30)
            with pytest.raises(JobFailed) as e:
                await pool.run(time.sleep, 30, timeout=1)
            assert "超时" in e.value.message and time.monotonic() - t < 25
            assert await pool.run(work.warm, timeout=60) >= 1  # a new pool took over
        finally:
            pool.shutdown()

    asyncio.run(go())


def test_annotated_docx_is_offered_when_the_annotator_is_installed(tmp_path, monkeypatch):
    """checker.render.annotate is another helper's module: with a stand-in of the
    same interface, the worker writes annotated.docx and the page offers it."""
    import sys

    (tmp_path / "fake_annotate.py").write_text(
        "import docx, pathlib\n"
        "def write_annotated(report, source_path, out_path):\n"
        "    assert pathlib.Path(source_path).suffix == '.txt' and pathlib.Path(source_path).is_file()\n"
        "    d = docx.Document(); d.add_paragraph(report.meta.title or ''); d.save(out_path)\n"
        "    return pathlib.Path(out_path)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(work, "ANNOTATE_MODULE", "fake_annotate")
    out_dir = tmp_path / "res"
    out_dir.mkdir()
    upload = _write(tmp_path, seed_path(SEED_NAMES[3]).read_bytes())
    out = work.check_upload(str(upload), "报告.txt", out_dir=str(out_dir))
    assert out.annotated and (out_dir / "annotated.docx").is_file()
    assert sorted(p.name for p in out_dir.iterdir()) == ["annotated.docx"]  # the source copy is gone
    sys.modules.pop("fake_annotate", None)

    from checker.render.html import jinja_env
    from checker.web.store import Result
    from checker.web.views import result_view

    result = Result(
        "rid", "报告.txt", out.report, out.lines, 0, out.format, out_dir, annotated=out_dir / "annotated.docx"
    )
    page = jinja_env().get_template("web/result.html.j2").render(**result_view(result, True))
    assert "/result/rid/annotated.docx" in page
    result.annotated = None
    page = jinja_env().get_template("web/result.html.j2").render(**result_view(result, False))
    assert "annotated.docx" not in page


def test_workers_run_under_a_memory_cap():
    import resource

    async def go():
        pool = Pool(1)
        try:
            return await pool.run(resource.getrlimit, resource.RLIMIT_AS, timeout=60)
        finally:
            pool.shutdown()

    soft, _ = asyncio.run(go())
    assert soft == work.WORKER_MEMORY or resource.getrlimit(resource.RLIMIT_AS)[0] != resource.RLIM_INFINITY


def test_non_loopback_host_prints_the_warning(tmp_path):
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "serve", "--host", "0.0.0.0", "--port", str(port), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = proc.stderr.readline()
        started = proc.stdout.readline()
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:  # a server that ignored SIGTERM fails the test, never outlives it
            proc.kill()
            proc.communicate()
            raise
    assert "警告" in first and "任何能访问" in first
    assert "网页服务已启动" in started and str(port) in started


def test_folders_of_killed_servers_are_cleaned(tmp_path, monkeypatch):
    import subprocess
    import tempfile

    from checker.web.store import Store, clean_stale

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen(["true"])  # a pid that is gone once it has been waited for
    dead.wait()
    stale = tmp_path / "lawcheck-serve-old"
    (stale / "up-x").mkdir(parents=True)
    (stale / "pid").write_text(str(dead.pid))
    alive = tmp_path / "lawcheck-serve-alive"
    alive.mkdir()
    (alive / "pid").write_text(str(os.getpid()))
    store = Store()
    try:
        assert not stale.exists() and alive.exists() and store.root.exists()
        assert clean_stale() == 0
    finally:
        store.close()
    assert not store.root.exists()


def _zip_raw_names(entries: dict[bytes, bytes]) -> bytes:
    """A zip whose entry names are the given bytes with the UTF-8 flag clear,
    as Info-ZIP `zip` on Linux (UTF-8 bytes) and Chinese Windows (GBK bytes)
    write them: written with ASCII stand-ins of the same length, then patched."""
    stand = {raw: "QWXZ"[n].encode() * len(raw) for n, raw in enumerate(entries)}
    data = _zip({s.decode(): entries[raw] for raw, s in stand.items()})
    for raw, s in stand.items():
        assert data.count(s) == 2  # local header and central directory
        data = data.replace(s, raw)
    return data


def test_zip_names_without_the_utf8_flag_read_as_utf8_then_gbk(tmp_path):
    # QA F6: `zip -r 全市.zip 全市/` on Linux stores UTF-8 names without the flag; they were shown as cp437
    # mojibake ("ΦÑ┐µ╣ûσî║/…") or, when the bytes happened to be valid GBK, as GBK mojibake ("闈掑北婀栧尯/…"),
    # and the regions of the overview were named after them
    names = ["西湖区/子目录/004.txt", "青山湖区/某县 司法局 2023年 报告.txt"]
    entries = {names[0].encode(): b"a", names[1].encode(): b"b", "东湖区/报告.txt".encode("gbk"): b"c"}
    dest = tmp_path / "dest"
    dest.mkdir()
    members = expand_zip(_write(tmp_path, _zip_raw_names(entries), "u.zip"), dest)
    assert [m.display for m in members] == [*names, "东湖区/报告.txt"]
    assert [m.folders[:1] for m in members] == [("西湖区",), ("青山湖区",), ("东湖区",)]


def test_zip_attachments_that_are_no_reports_are_left_out_as_batch_does(tmp_path):
    # QA qa2-W3: a region's zip held the reports beside their attachments (a real .xlsx table, a real .png scan);
    # the web listed every attachment as 无法检查 ("共 3 份：已检查 1 份，无法检查 2 份") where `lawcheck batch`
    # over the same folder leaves them out
    import docx
    import openpyxl

    doc = tmp_path / "报告.docx"
    d = docx.Document()
    d.add_paragraph("某县2023年法治政府建设年度报告")
    d.save(doc)
    book = tmp_path / "统计表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "行政复议案件"
    wb.save(book)
    png = tmp_path / "附图.png"  # a real 1x1 PNG
    png.write_bytes(
        bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")
        + bytes.fromhex("1f15c4890000000d49444154789c6360000000000500010d0a2db40000000049454e44ae426082")
    )
    data = _zip(
        {
            "甲县/报告.docx": doc.read_bytes(),
            "甲县/统计表.xlsx": book.read_bytes(),
            "甲县/附图.png": png.read_bytes(),
            "甲县/说明": b"no suffix",
            "乙县/旧报告.doc": b"\xd0\xcf\x11\xe0" + b"\0" * 60,  # a .doc still gets its own message, as in batch
        }
    )
    dest = tmp_path / "dest"
    dest.mkdir()
    members = expand_zip(_write(tmp_path, data, "u.zip"), dest)
    assert [m.display for m in members] == ["甲县/报告.docx", "乙县/旧报告.doc"]
    assert sorted(p.name for p in dest.iterdir()) == ["0001.bin", "0002.bin"]
