"""The web batch page is the region audit: a .zip with region folders, uploaded
to a real `lawcheck serve` on 127.0.0.1, gives the same region overview,
summary.csv/.xlsx/.json and overview.pdf as `lawcheck batch` on the same
folders (checker.batch writes them), each unit linked to its result page;
names from the archive are escaped and never used on disk; a zip bomb is
still refused."""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import uuid
import zipfile

import pytest
from conftest import SEED_NAMES, run_cli, seed_path
from webserver import Server, wait_batch

EAST, WEST = "东湖区", "西湖区"
REGION_OF = {n: (EAST if k % 2 == 0 else WEST) for k, n in enumerate(SEED_NAMES)}
BROKEN = "坏文件.docx"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    s = Server(tmp_path_factory.mktemp("serve"), jobs=2)
    yield s
    code, _out, err = s.stop()
    assert code in (0, 143), err
    assert not s.roots(), "the server's temporary folder outlived it"


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


@pytest.fixture(scope="module")
def regions_batch(server, tmp_path_factory):
    """全市.zip holding 全市/东湖区/… and 全市/西湖区/… (the five seeds) and a
    broken .docx; also the same tree on disk for `lawcheck batch`."""
    tree = tmp_path_factory.mktemp("tree") / "全市"
    entries = {}
    for name, region in REGION_OF.items():
        data = seed_path(name).read_bytes()
        entries[f"全市/{region}/{name}"] = data
        (tree / region).mkdir(parents=True, exist_ok=True)
        (tree / region / name).write_bytes(data)
    entries[f"全市/{WEST}/{BROKEN}"] = b"PK\x03\x04not really a docx"
    (tree / WEST / BROKEN).write_bytes(entries[f"全市/{WEST}/{BROKEN}"])
    r = server.post("/batch", [("files", "全市.zip", _zip(entries))])
    assert r.status == 303, r.text
    where = r.headers["location"]
    status = wait_batch(server, where)
    page = server.get(where)
    assert page.status == 200
    return {"where": where, "status": status, "page": page.text, "tree": tree}


def _section(page: str, sid: str) -> str:
    m = re.search(rf'<section id="{sid}">(.*?)</section>', page, re.DOTALL)
    assert m, f"no section {sid}"
    return m.group(1)


def test_batch_page_is_the_region_overview_with_links_to_each_result(server, regions_batch):
    status, page = regions_batch["status"], regions_batch["page"]
    assert status["total"] == len(SEED_NAMES) + 1 and status["failed"] == 1 and status["finished"]
    assert 'id="batch-overview"' in page and "区域总览" in page
    # (a) the ranking: one row per checked report, best first, each linked to its result page
    ranking = _section(page, "ranking")
    scores = [int(x) for x in re.findall(r'<td class="r-score">(\d+)</td>', ranking)]
    assert len(scores) == len(SEED_NAMES) and scores == sorted(scores, reverse=True)
    assert sorted(scores) == sorted(u["score"] for u in status["units"] if u["state"] == "done")
    results = {u["result"] for u in status["units"] if u["result"]}
    assert len(results) == len(SEED_NAMES)
    assert set(re.findall(r'href="(/result/[\w-]+)"', ranking)) == results
    # (b) the region x element heatmap: the archive's region folders (inside its one top folder), units inside
    heat = _section(page, "heatmap")
    counts = dict(re.findall(r'<td class="h-region">([^<]+)</td><td class="h-n">(\d+) 份', heat))
    assert counts == {
        EAST: str(sum(r == EAST for r in REGION_OF.values())),
        WEST: str(sum(r == WEST for r in REGION_OF.values())),
    }
    assert heat.count('<details class="region">') == 2
    assert set(re.findall(r'href="(/result/[\w-]+)"', heat)) == results
    cells = re.findall(r'<td class="h-cell lv-(present|partial|missing|none)">', heat)
    assert cells, "the heatmap has no status cells"
    # the unreadable file is listed with its reason; no inline style or script under the CSP
    assert BROKEN in _section(page, "failed")
    assert " style=" not in page and "<script>" not in page
    one = server.get(min(results))
    assert one.status == 200 and 'id="t-body"' in one.text
    assert server.get(regions_batch["where"] + "/status").json()["stage"] == "done"


def test_downloads_are_the_region_audit_files(server, regions_batch, tmp_path):
    import openpyxl

    where = regions_batch["where"]
    expected = {
        "overview.pdf": "application/pdf",
        "summary.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "summary.json": "application/json",
        "summary.csv": "text/csv",
    }
    got = {}
    for name, ctype in expected.items():
        assert f'href="{where}/{name}"' in regions_batch["page"], name
        a = server.get(f"{where}/{name}")
        assert a.status == 200, (name, a.text[:200])
        assert a.headers["content-type"].split(";")[0] == ctype, name
        assert a.headers["content-disposition"].startswith("attachment;"), name
        got[name] = a.body
    assert got["overview.pdf"].startswith(b"%PDF-")
    (tmp_path / "o.pdf").write_bytes(got["overview.pdf"])
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "o.pdf"), "-"],
        check=False,
        capture_output=True,
        text=True,
    ).stdout
    assert "区域总览" in text and "得分排名" in text and EAST in text and WEST in text
    (tmp_path / "s.xlsx").write_bytes(got["summary.xlsx"])
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx", read_only=True)
    assert wb.sheetnames == ["报告", "地区×要素", "逾期公开"]
    rows = list(wb["报告"].iter_rows(values_only=True))
    assert rows[0][:2] == ("文件", "地区") and len(rows) == 1 + len(SEED_NAMES) + 1
    assert sorted(r[0] for r in list(wb["地区×要素"].iter_rows(values_only=True))[1:]) == sorted([EAST, WEST])
    assert got["summary.csv"].startswith("\ufeff".encode()) and BROKEN in got["summary.csv"].decode("utf-8-sig")
    summary = json.loads(got["summary.json"])
    assert summary["schema"] == "lawcheck-batch/1" and len(summary["reports"]) == len(SEED_NAMES)
    assert [f["file"].rsplit("/", 1)[-1] for f in summary["failed"]] == [BROKEN]
    assert {r["file"].rsplit("/", 1)[-1]: r["region"] for r in summary["reports"]} == REGION_OF
    assert server.get(f"{where}/lawcheck.db").status == 404  # only the named downloads are served
    assert server.get(f"{where}/..%2F..%2Fpid").status == 404


def test_same_result_as_lawcheck_batch_on_the_same_folders(regions_batch, tmp_path):
    """The web batch and `lawcheck batch 全市/ --no-pdf` give the same regions, scores and statuses."""
    out = tmp_path / "out"
    res = run_cli(
        "batch",
        str(regions_batch["tree"]),
        "--out",
        str(out),
        "--no-pdf",
        "--jobs",
        "1",
    )
    assert res.returncode == 2, res.stderr  # the broken .docx
    cli = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    status = regions_batch["status"]
    web_results = {u["name"].rsplit("/", 1)[-1]: u["score"] for u in status["units"] if u["state"] == "done"}

    def key(r):
        return r["file"].replace("\\", "/").rsplit("/", 1)[-1]

    assert {key(r): (r["region"], r["score"]) for r in cli["reports"]} == {
        n: (REGION_OF[n], web_results[n]) for n in SEED_NAMES
    }


def test_archive_names_are_escaped_and_never_paths(server):
    marker = f"lc-evil-{uuid.uuid4().hex}"
    data = seed_path(SEED_NAMES[0]).read_bytes()
    r = server.post(
        "/batch",
        [
            (
                "files",
                "r.zip",
                _zip(
                    {
                        f"../../../../../../tmp/{marker}/a.txt": data,
                        f"<img src=x onerror=alert(1)>{marker}/b.txt": seed_path(SEED_NAMES[1]).read_bytes(),
                    }
                ),
            )
        ],
    )
    assert r.status == 303, r.text
    status = wait_batch(server, r.headers["location"])
    assert status["failed"] == 0
    page = server.get(r.headers["location"]).text
    heat = _section(page, "heatmap")
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" + marker in heat  # a region name
    import pathlib

    # "../../../../../../tmp/<marker>" would land in /tmp/<marker> from any depth; the rest lies under the server's
    # own temp folder (walking all of /tmp would race other programs' vanishing temp files)
    assert not (pathlib.Path("/tmp") / marker).exists(), "a client-given path was used on disk"
    assert not list(pathlib.Path(server.tmp).rglob(f"*{marker}*")), "a client-given name was used on disk"


def test_zip_bomb_is_still_refused(server):
    buf = io.BytesIO()
    with (
        zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z,
        z.open("全市/东湖区/bomb.txt", "w") as f,
    ):
        block = b"0" * (1 << 20)
        for _ in range(310):
            f.write(block)
    r = server.post("/batch", [("files", "bomb.zip", buf.getvalue())])
    assert r.status == 413 and "MB" in html.unescape(r.text)
    [root] = server.roots()
    assert not [p for p in root.glob("batch-*") if p.is_dir() and not (p / "out").exists()], (
        "a refused batch left files"
    )
    assert server.get("/healthz").status == 200


def test_files_uploaded_on_their_own_take_their_issuers_region(server):
    files = [("files", n, seed_path(n).read_bytes()) for n in SEED_NAMES[:2]]
    r = server.post("/batch", files)
    assert r.status == 303
    wait_batch(server, r.headers["location"])
    summary = json.loads(server.get(r.headers["location"] + "/summary.json").body)
    from checker.batch.region import region_of_issuer

    assert [r_["region"] for r_ in summary["reports"]] == [region_of_issuer(r_["issuer"]) for r_ in summary["reports"]]
    assert all(r_["region"] for r_ in summary["reports"])


def test_a_file_that_is_another_document_is_named_on_the_page(server):
    """A unit's 政府信息公开工作年度报告 sent with the reports (a real page):
    the batch page counts it in its header, links section 九 from its
    contents and lists it there with what it is."""
    page_dir = seed_path(SEED_NAMES[0]).parent.parent / "tests" / "realpages" / "pages"
    other = "lk_gi_tongliang_sfj_2024.txt"
    files = [
        ("files", other, (page_dir / other).read_bytes()),
        ("files", SEED_NAMES[3], seed_path(SEED_NAMES[3]).read_bytes()),
    ]
    r = server.post("/batch", files)
    assert r.status == 303
    wait_batch(server, r.headers["location"])
    page = server.get(r.headers["location"]).text
    assert "不是年度报告 <b>1</b> 份" in page and 'href="#others"' in page
    others = _section(page, "others")
    assert "政府信息公开工作年度报告" in others and other in others and SEED_NAMES[3] not in others
    summary = json.loads(server.get(r.headers["location"] + "/summary.json").body)
    kinds = {r_["file"].rsplit("/", 1)[-1]: r_["document_kind"] for r_ in summary["reports"]}
    assert kinds[SEED_NAMES[3]] is None and "政府信息公开" in kinds[other]["name"]
