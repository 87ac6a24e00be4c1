"""`lawcheck serve` against a real server on 127.0.0.1: the API answers what
the CLI answers, errors carry the fitting status and a Chinese message, the
limits hold (oversize, zip bomb, traversal names), the report's text is
escaped, 20 concurrent uploads are all answered right, and uploads do not
outlive their response."""

from __future__ import annotations

import html
import io
import json
import re
import uuid
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import SEED_NAMES, run_cli, seed_path, seed_text
from webserver import Server, wait_batch

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve"), jobs=2)
    yield s
    code, _out, err = s.stop()
    assert code in (0, 143), err
    assert not s.roots(), "the server's temporary folder outlived it"


def _docx_bytes(name: str) -> bytes:
    import docx

    d = docx.Document()
    for line in seed_text(name).split("\n"):
        if line.strip():
            d.add_paragraph(line.strip())
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _without_file(report: dict) -> dict:
    return {k: v for k, v in report.items() if k != "file"}


@pytest.fixture(scope="module")
def cli_reports(tmp_path_factory):
    """`lawcheck FILES --format json` for the five seeds and one seed as .docx."""
    tmp = tmp_path_factory.mktemp("cli")
    docx_path = tmp / "seed.docx"
    docx_path.write_bytes(_docx_bytes(SEED_NAMES[0]))
    paths = [str(seed_path(n)) for n in SEED_NAMES] + [str(docx_path)]
    res = run_cli(*paths, "--format", "json", "--no-pdf")
    assert res.returncode in (0, 1), res.stderr
    return dict(zip(paths, json.loads(res.stdout)))


def test_answers_health(server):  # start-up time: bench/bench_web.py
    h = server.get("/healthz")
    assert h.status == 200 and h.json()["status"] == "ok" and h.json()["workers"] == 2


def test_api_check_equals_cli(server, cli_reports):
    for path, expected in cli_reports.items():
        data = Path(path).read_bytes()
        name = path.rsplit("/", 1)[-1]
        r = server.post("/api/check", [("file", name, data)])
        assert r.status == 200, r.text
        got = r.json()
        assert got["schema"] == "lawcheck/1" and got["file"] == name
        assert _without_file(got) == _without_file(expected), name


def test_type_is_sniffed_from_bytes_not_the_name(server, cli_reports):
    docx_path = next(p for p in cli_reports if p.endswith(".docx"))
    r = server.post("/api/check", [("file", "报告.txt", Path(docx_path).read_bytes())])
    assert r.status == 200, r.text
    assert _without_file(r.json()) == _without_file(cli_reports[docx_path])
    txt = str(seed_path(SEED_NAMES[1]))
    r = server.post("/api/check", [("file", "report.pdf", Path(txt).read_bytes())])
    assert r.status == 200, r.text
    assert _without_file(r.json()) == _without_file(cli_reports[txt])


def _error(r, status):
    assert r.status == status, (r.status, r.text)
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert CJK.search(body["error"]) and "Traceback" not in body["error"], body
    return body["error"]


def test_api_errors_have_fitting_status_and_chinese_message(server):
    _error(server.post("/api/check", [("file", "empty.txt", b"")]), 400)
    _error(server.post("/api/check", [], {"other": "x"}), 400)
    _error(server.request("POST", "/api/check", b"{}", {"Content-Type": "application/json"}), 400)
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    assert "txt" in _error(server.post("/api/check", [("file", "scan.docx", png)]), 415)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000
    assert ".docx" in _error(server.post("/api/check", [("file", "old.txt", ole)]), 415)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", seed_text(SEED_NAMES[0]))
    assert "批量" in _error(server.post("/api/check", [("file", "reports.zip", buf.getvalue())]), 415)
    _error(server.post("/api/check", [("file", "broken.docx", b"PK\x03\x04" + b"\x00garbage" * 50)]), 400)
    _error(server.post("/api/check", [("file", "gbk.txt", b"\xff\xfe\x00" + b"\x81" * 500)]), 400)
    not_found = server.get("/api/nothing")
    assert not_found.status == 404 and CJK.search(not_found.json()["error"])


def test_oversize_is_refused_with_413_and_the_server_lives_on(server):
    big = b"a" * (50 * 1024 * 1024 + 10)
    r = server.post("/api/check", [("file", "big.txt", big)])
    assert "50 MB" in _error(r, 413)
    # a body without Content-Length (chunked) is cut off while it streams
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    conn.putrequest("POST", "/api/check")
    conn.putheader("Content-Type", "multipart/form-data; boundary=b")
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    head = b'--b\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\n'
    try:
        conn.send(b"%x\r\n%s\r\n" % (len(head), head))
        chunk = b"a" * (1 << 20)
        for _ in range(60):
            conn.send(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    except OSError:
        pass  # the server stopped reading
    resp = conn.getresponse()
    assert resp.status == 413
    conn.close()
    ok = server.post("/api/check", [("file", "a.txt", seed_path(SEED_NAMES[0]).read_bytes())])
    assert ok.status == 200 and server.get("/healthz").status == 200


def test_docx_that_inflates_past_the_limit_is_refused(server):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w") as f:
            block = b" " * (1 << 20)
            for _ in range(210):
                f.write(block)
    assert len(buf.getvalue()) < 2 * 1024 * 1024
    assert "解压" in _error(server.post("/api/check", [("file", "bomb.docx", buf.getvalue())]), 413)
    assert server.get("/healthz").status == 200


def test_twenty_concurrent_uploads_are_all_answered_right(server, cli_reports):
    paths = [p for p in cli_reports]
    jobs = [paths[i % len(paths)] for i in range(20)]

    def one(path):
        return path, server.post("/api/check", [("file", path.rsplit("/", 1)[-1], Path(path).read_bytes())])

    with ThreadPoolExecutor(20) as ex:
        answers = list(ex.map(one, jobs))
    assert len(answers) == 20
    for path, r in answers:
        assert r.status == 200, r.text
        assert _without_file(r.json()) == _without_file(cli_reports[path])


def test_api_rules(server):
    r = server.get("/api/rules")
    assert r.status == 200
    books = r.json()["rulebooks"]
    ids = {b["id"] for b in books}
    assert "outline-2021-2025" in ids
    rules = {rule["id"] for b in books for rule in b["rules"]}
    assert {"measures", "problems", "leader_duty", "next_year_plan", "three_systems", "legal_advisers"} <= rules
    assert all(rule["source"] and rule["fix"] for b in books for rule in b["rules"])


def test_api_check_with_a_named_rulebook(server):
    data = seed_path(SEED_NAMES[0]).read_bytes()
    r = server.post("/api/check", [("file", "a.txt", data)], {"rulebook": "outline-2015-2020"})
    assert r.status == 200 and r.json()["rulebook"] == "outline-2015-2020"
    assert "规则库" in _error(server.post("/api/check", [("file", "a.txt", data)], {"rulebook": "/etc/passwd"}), 400)


SCRIPT = "<script>alert('x')</script>"


def test_report_and_name_are_escaped_and_no_inline_script(server):
    text = (
        f"{SCRIPT}某县2023年法治政府建设年度报告\n"
        f"一、主要举措<img src=x onerror=alert(1)>\n聘请法律顾问参与审查合同12件。{SCRIPT}\n"
        "二、存在的不足和原因\n原因是<b onclick=alert(2)>学习不够</b>。\n"
    )
    name = "<b onmouseover=alert(1)>报告.txt"  # a client's name is data too (a "/" would cut it to its last part)
    r = server.post("/check", [("file", name, text.encode("utf-8"))])
    assert r.status == 200, r.text
    page = r.text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b onclick" not in page
    assert "&lt;script&gt;alert(" in page and "&lt;b onmouseover=alert(1)&gt;报告.txt" in page
    # every script is ours, from /static/, and no element carries an inline handler
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts and all('src="/static/' in s for s in scripts)
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", page)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    # the same in the JSON download: data, never markup
    rid = re.search(r"/result/([\w-]+)/report\.json", page).group(1)
    j = server.get(f"/result/{rid}/report.json")
    assert j.status == 200 and j.json()["file"] == name


def test_client_names_are_never_paths(server):
    marker = f"lc-evil-{uuid.uuid4().hex}.txt"
    data = seed_path(SEED_NAMES[2]).read_bytes()
    r = server.post("/api/check", [("file", f"../../../../../../../../tmp/{marker}", data)])
    assert r.status == 200 and r.json()["file"] == marker  # the name is shown, not followed
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(f"../../../../../../../../tmp/{marker}", data)
        z.writestr(f"/tmp/abs-{marker}", data)
        z.writestr("..\\..\\win-" + marker, data)
        z.writestr("好/报告.txt", data)
    r = server.post("/batch", [("files", "地区.zip", buf.getvalue())])
    assert r.status == 303, r.text
    status = wait_batch(server, r.headers["location"])
    assert status["total"] == 4 and status["failed"] == 0
    import os

    for root in ["/tmp", str(server.tmp)]:
        # os.walk, not Path.rglob: other processes' temporary folders may vanish while /tmp is walked
        found = [n for _dir, _subdirs, files in os.walk(root) for n in files if n.endswith(marker)]
        assert not found, "a client-given name was used on disk"
    names = [u["name"] for u in status["units"]]
    assert names[3] == "地区.zip/好/报告.txt"


def test_zip_bomb_and_too_many_files_are_refused(server):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z, z.open("bomb.txt", "w") as f:
        block = b"0" * (1 << 20)
        for _ in range(310):
            f.write(block)
    r = server.post("/batch", [("files", "bomb.zip", buf.getvalue())])
    assert r.status == 413 and "MB" in html.unescape(r.text)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i in range(501):
            z.writestr(f"r{i}.txt", "x")
    r = server.post("/batch", [("files", "many.zip", buf.getvalue())])
    assert r.status == 413 and "501" in r.text
    assert server.get("/healthz").status == 200


def test_batch_progress_summary_and_links(server):
    files = [("files", n, seed_path(n).read_bytes()) for n in SEED_NAMES[:2]]
    files.append(("files", "坏文件.docx", b"PK\x03\x04not really"))
    r = server.post("/batch", files)
    assert r.status == 303
    where = r.headers["location"]
    status = wait_batch(server, where)
    assert status["total"] == 3 and status["done"] == 3 and status["failed"] == 1
    page = server.get(where)
    assert page.status == 200
    assert 'id="batch-overview"' in page.text and "无法检查" in page.text
    links = sorted(set(re.findall(r'href="(/result/[\w-]+)"', page.text)))
    assert len(links) == 2
    one = server.get(links[0])
    assert one.status == 200 and 'id="t-body"' in one.text
    csv = server.get(where + "/summary.csv")
    assert csv.status == 200 and csv.body.startswith("\ufeff".encode()) and "坏文件.docx" in csv.text
    pdf = server.get(where + "/summary.pdf")
    assert pdf.status == 200 and pdf.body.startswith(b"%PDF-")
    [root] = server.roots()
    assert not list(root.glob("batch-*/*.bin")), "a batch's uploads outlived their checks"


def test_result_page_downloads_and_expiry_of_uploads(server):
    data = _docx_bytes(SEED_NAMES[3])
    r = server.post("/check", [("file", "报告.docx", data)])
    assert r.status == 200
    rid = re.search(r"/result/([\w-]+)/gap-report\.pdf", r.text).group(1)
    pdf = server.get(f"/result/{rid}/gap-report.pdf")
    assert pdf.status == 200 and pdf.body.startswith(b"%PDF-")
    assert "filename*=UTF-8''" in pdf.headers["content-disposition"]
    assert server.get(f"/result/{rid}/report.json").json()["schema"] == "lawcheck/1"
    assert server.get("/result/not-a-result").status == 404
    # no upload is left once its response has been made
    [root] = server.roots()
    assert not [p for p in root.glob("up-*/*")]


def test_pasted_text_is_checked(server):
    text = seed_text(SEED_NAMES[3])
    r = server.post("/check", [], {"text": text})
    assert r.status == 200, r.text
    assert 'id="t-body"' in r.text and "粘贴的文本" in r.text
    rid = re.search(r"/result/([\w-]+)/report\.json", r.text).group(1)
    got = server.get(f"/result/{rid}/report.json").json()
    expected = server.post("/api/check", [("file", "x.txt", seed_path(SEED_NAMES[3]).read_bytes())]).json()
    assert [e["status"] for e in got["elements"]] == [e["status"] for e in expected["elements"]]
    empty = server.post("/check", [], {"text": "   "})
    assert empty.status == 400 and "没有收到报告" in empty.text


def test_home_pages_are_chinese(server):
    for path in ("/", "/batch"):
        r = server.get(path)
        assert r.status == 200 and 'lang="zh-CN"' in r.text and CJK.search(r.text)
    css = server.get("/static/app.css")
    assert css.status == 200 and css.headers["content-type"].startswith("text/css")
    assert server.get("/static/../pyproject.toml").status == 404
    assert server.get("/static/gap_report.html.j2").status == 404


def test_file_pickers_offer_every_readable_format(server):
    # QA F5: the pickers' accept list left out .ofd (and .mht, .xhtml …) which the server reads: a browser's file
    # dialog hid a government .ofd attachment from the user
    from checker.read.discover import REPORT_SUFFIXES

    for path in ("/", "/batch"):
        accept = re.search(r'<input type="file"[^>]*accept="([^"]*)"', server.get(path).text, re.S).group(1)
        assert set(REPORT_SUFFIXES) <= set(html.unescape(accept).split(","))
    ofd = Path(__file__).parent / "realfiles" / "ofdrw_gongwen_han.ofd"
    r = server.post("/check", [("file", ofd.name, ofd.read_bytes())])
    assert r.status == 200 and "/report.json" in r.text
