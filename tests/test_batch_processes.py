"""How `lawcheck batch` splits the end of its work between processes
(checker/batch/outputs.py): the overview process writes overview.html/.pdf
from its own read-only connection while the main process streams the
summaries; a failed overview process changes nothing in the outputs. And the
PDF's caps: a big batch's overview.pdf ranks the first and last 30 and says
so, while overview.html keeps every report."""

from __future__ import annotations

import copy
import os
import signal
import subprocess
from pathlib import Path

import pytest
from batch_inputs import SEEDS, check

from checker.batch import Options, run_batch
from checker.batch.outputs import OverviewProcess, Prefetch, collect, fingerprints, similar_and_trends, write_all
from checker.batch.overview import PDF_MAX_ROWS, PDF_RANK_EACH, overview_html, overview_view
from checker.batch.store import Store

OUTPUTS = ("summary.csv", "summary.xlsx", "summary.json", "overview.html")


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    tree = tmp_path_factory.mktemp("tree") / "全市"
    for n, seed in enumerate(SEEDS):
        folder = tree / ("东区" if n % 2 else "西区")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path_factory.mktemp("out")
    run_batch(Options([str(tree)], out, jobs=1, pdf=False), progress=open(os.devnull, "w"))
    return out


def _bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def test_overview_process_output_equals_one_process(batch):
    """The same store written once by write_all alone (the web service's way)
    gives the same bytes as the batch with its overview process."""
    before = _bytes(batch)
    store = Store(batch, fresh=False)
    try:
        written, c, _notes = write_all(batch, store, "dir")
    finally:
        store.close()
    assert _bytes(batch) == before
    assert [p.name for p in written] == [*OUTPUTS, "overview.pdf"]
    assert c.checked == len(SEEDS) and len(c.slim) == len(SEEDS)


def test_main_process_holds_no_report(batch):
    store = Store(batch, fresh=False)
    try:
        c = collect(store, "dir", keep=False)
    finally:
        store.close()
    assert c.slim == [] and c.links == {} and c.checked == len(SEEDS)
    assert sum(g["n"] for g in c.regions.values()) == len(SEEDS)


def test_a_killed_overview_process_changes_nothing(batch):
    """The overview process dies (SIGKILL) before it gets its work: the main
    process writes everything itself, byte for byte the same."""
    before = _bytes(batch)
    (batch / "overview.pdf").unlink()
    store = Store(batch, fresh=False)
    typesetter = OverviewProcess()
    try:
        os.kill(typesetter.proc.pid, signal.SIGKILL)
        typesetter.proc.join(10)
        written, _c, _notes = write_all(batch, store, "dir", typesetter)
    finally:
        typesetter.stop()
        store.close()
    assert _bytes(batch) == before
    assert (batch / "overview.pdf").read_bytes().startswith(b"%PDF")
    assert not typesetter.proc.is_alive()
    assert not [p for p in batch.iterdir() if p.name.endswith(".tmp")]


def test_prefetched_records_give_the_same_views(batch, tmp_path):
    """What the overview process parses while the checks run (Prefetch) makes
    the same collected records, fingerprints and views as parsing after the
    checks; a result replaced after it was read ahead is parsed again, never
    taken stale; the overview process watching the store writes the same bytes."""
    store = Store(batch, fresh=False)
    try:
        plain = collect(store, "dir")
        plain_fps = list(fingerprints(store))
        ahead = Prefetch()
        ahead.read(store)
        assert len(ahead.slims) == len(SEEDS) and len(ahead.fps) == len(SEEDS)
        got = collect(store, "dir", prefetch=ahead)
        assert got.slim == plain.slim and got.regions == plain.regions and got.columns == plain.columns
        assert not ahead.slims  # given away as taken
        assert [(f, list(fp["h"])) for f, fp in fingerprints(store, ahead)] == [(f, fp["h"]) for f, fp in plain_fps]
        ahead = Prefetch()
        ahead.read(store)
        assert similar_and_trends(store, collect(store, "dir", prefetch=ahead), ahead) == similar_and_trends(
            store, plain
        )
        # a result replaced after the read ahead (as --resume re-checks a changed file)
        ahead = Prefetch()
        ahead.read(store)
        path, slim = store.db.execute("SELECT path, slim FROM results WHERE status='ok' ORDER BY path").fetchone()
        changed = slim.replace('"score": ', '"score": 1', 1)
        assert changed != slim
        store.db.execute("UPDATE results SET slim=? WHERE path=?", (changed, path))
        try:
            again = collect(store, "dir", prefetch=ahead)
            assert [d["score"] for d in again.slim if d["file"] == path] != [
                d["score"] for d in plain.slim if d["file"] == path
            ]
            assert again.slim == collect(store, "dir").slim
        finally:
            store.db.execute("UPDATE results SET slim=? WHERE path=?", (slim, path))
    finally:
        store.close()
    before = _bytes(batch)
    store = Store(batch, fresh=False)
    typesetter = OverviewProcess()
    try:
        typesetter.watch(batch)
        import time

        time.sleep(1.2)  # at least one read ahead (every PREFETCH_EVERY_S)
        write_all(batch, store, "dir", typesetter)
    finally:
        typesetter.stop()
        store.close()
    assert _bytes(batch) == before


@pytest.fixture(scope="module")
def big_summary():
    """PDF_MAX_ROWS + 50 reports: the seeds' real results under other file names and scores."""
    base = [check(p, "江西") for p in SEEDS]
    reports = []
    for n in range(PDF_MAX_ROWS + 50):
        r = copy.deepcopy(base[n % len(base)])
        r["file"] = f"全市/单位{n:03d}.txt"
        r["issuer"] = f"第{n}县人民政府"
        r["score"] = n % 101
        reports.append(r)
    return {"schema": "lawcheck-batch/1", "reports": reports, "failed": [], "similar_pairs": [], "year_over_year": []}


def test_big_batch_pdf_ranks_first_and_last(big_summary, tmp_path):
    n = len(big_summary["reports"])
    v = overview_view(big_summary, pdf=True)
    scores = sorted((r["score"] for r in big_summary["reports"]), reverse=True)
    assert [r["rank"] for r in v["ranking"]] == [*range(1, PDF_RANK_EACH + 1), *range(n - PDF_RANK_EACH + 1, n + 1)]
    assert [r["score"] for r in v["ranking"]] == scores[:PDF_RANK_EACH] + scores[-PDF_RANK_EACH:]
    assert v["ranking_left"] == n - 2 * PDF_RANK_EACH and not v["list_units"]
    html = overview_view(big_summary)
    assert len(html["ranking"]) == n  # overview.html keeps every report

    from checker.batch.overview import write_overview_pdf

    pdf = write_overview_pdf(big_summary, tmp_path, {})
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert f"PDF 只列前 {PDF_RANK_EACH} 名与后 {PDF_RANK_EACH} 名" in text
    assert f"（{n - 2 * PDF_RANK_EACH}份）从略" in "".join(text.split())
    for title in (
        "二、区域 × 要素",
        "三、得分分布",
        "四、逾期和无日期",
        "五、最常见的缺口",
        "七、相似报告",
        "八、逐年对比",
    ):
        assert title in text
    assert overview_html(big_summary).count('<td class="r-score">') == n


def test_overview_error_is_the_batchs_error(batch, monkeypatch):
    """A PDF the overview process cannot typeset (say, a character no font
    covers) stops the batch with that one message, as in one process;
    overview.html is still written and no temporary file is left."""
    from checker.batch import overview
    from checker.errors import LawcheckError, RenderError

    def no_font(summary, out_dir, links):
        raise RenderError(str(Path(out_dir) / "overview.pdf"), "没有字体能显示字符“𓀀”")

    monkeypatch.setattr(overview, "write_overview_pdf", no_font)  # the forked process has it too
    (batch / "overview.html").unlink()
    store = Store(batch, fresh=False)
    typesetter = OverviewProcess()
    try:
        with pytest.raises(LawcheckError, match="没有字体能显示字符"):
            write_all(batch, store, "dir", typesetter)
    finally:
        typesetter.stop()
        store.close()
    assert not typesetter.proc.is_alive()
    assert (batch / "overview.html").read_bytes().startswith(b"<!DOCTYPE html>")
    assert not [p for p in batch.iterdir() if p.name.endswith(".tmp")]
