"""Outputs stream (the same bytes as before), the summary keeps slim reports
(the same table), and the rulebook is chosen once but never stale."""

from __future__ import annotations

import json
import shutil

from conftest import ROOT, SEED_NAMES, run_cli, seed_path

from checker import rulebook as rb
from checker.pipeline import check_path
from checker.render.json_out import JsonList, error_entry, render_json
from checker.render.summary import Item, slim, summary_csv, summary_html


def _reports():
    return [check_path(str(seed_path(n))) for n in SEED_NAMES]


def test_json_list_streams_the_same_text():
    items = _reports() + [error_entry("坏.txt", "坏.txt: 文件为空（没有任何文字）")]
    for single in (True, False):
        for n in range(len(items) + 1):
            out: list[str] = []
            w = JsonList(out.append, single=single)
            for it in items[:n]:
                w.add(it)
            w.close()
            assert "".join(out) == render_json(items[:n], single=single) + "\n"
            if n > 1:
                assert len(json.loads("".join(out))) == n


def test_cli_json_list_for_a_folder(tmp_path):
    for n in SEED_NAMES[:3]:
        shutil.copy(seed_path(n), tmp_path / n)
    (tmp_path / "空.txt").write_text("", encoding="utf-8")
    res = run_cli(str(tmp_path), "--no-pdf", "--format", "json")
    data = json.loads(res.stdout)
    assert [d.get("error") is not None for d in data] == [False, False, False, True]
    assert res.returncode == 2


def test_slim_reports_give_the_same_summary():
    reports = _reports()
    full = [Item(f"f{i}.txt", r) for i, r in enumerate(reports)] + [Item("x.txt", None, "x.txt: 坏")]
    thin = [Item(f"f{i}.txt", slim(r)) for i, r in enumerate(reports)] + [Item("x.txt", None, "x.txt: 坏")]
    assert summary_csv(thin) == summary_csv(full)
    assert summary_html(thin) == summary_html(full)
    assert all(not e.evidence for it in thin[:-1] for e in it.report.elements)


def test_rulebook_chosen_once_and_reloaded_after_an_edit(tmp_path, monkeypatch):
    books = tmp_path / "rulebooks"
    shutil.copytree(ROOT / "rulebooks", books)
    monkeypatch.setenv("LAWCHECK_RULEBOOKS", str(books))
    first, _ = rb.choose(2023)
    again, _ = rb.choose(2023)
    assert again is first
    path = books / "outline-2021-2025.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name:", "name: 改过的", 1), encoding="utf-8")
    import os

    st = os.stat(path)
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a later modification time, surely
    edited, _ = rb.choose(2023)
    assert edited is not first and edited.name.startswith("改过的")


def test_csv_summary_file_is_written_row_by_row_with_the_same_bytes(tmp_path):
    from checker.render.summary import write_summary

    items = [Item(f"f{i}.txt", slim(r)) for i, r in enumerate(_reports())] + [Item("x.txt", None, "x.txt: 坏")]
    out = write_summary(tmp_path / "汇总.csv", items)
    assert out.read_bytes() == summary_csv(items).encode("utf-8")
    assert out.read_bytes().startswith("\ufeff序号".encode("utf-8"))
