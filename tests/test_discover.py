"""The quick path `lawcheck FOLDER` and `lawcheck batch` take the same files
by the same rules: checker.read.discover.expand is a view over
checker.batch.walk.walk (hidden files, the output folder, FIFOs, symlink
loops, lawcheck's own outputs)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import run_cli, seed_path

from checker.batch.walk import walk
from checker.read.discover import expand

S000, S003 = "000_c9bd385b88e6491a.txt", "003_d63e53787c8bf399.txt"


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """全市/ with reports in two counties, a hidden backup, a .doc, a FIFO named
    like a report, a folder symlink back to its parent, and a gap report
    (HTML) that lawcheck itself wrote from one of the reports."""
    root = tmp_path_factory.mktemp("discover") / "全市"
    (root / "甲县" / "乡镇").mkdir(parents=True)
    (root / "乙县" / ".backup").mkdir(parents=True)
    (root / "甲县" / S000).write_bytes(seed_path(S000).read_bytes())
    (root / "甲县" / "乡镇" / S003).write_bytes(seed_path(S003).read_bytes())
    (root / "乙县" / ".backup" / S003).write_bytes(seed_path(S003).read_bytes())
    (root / "乙县" / "旧.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    os.mkfifo(root / "乙县" / "管道.txt")
    os.symlink("..", root / "甲县" / "乡镇" / "回环")
    made = root.parent / "made"
    res = run_cli(str(seed_path(S003)), "--no-pdf", "--html", "--out", str(made))
    assert res.returncode in (0, 1), res.stderr
    (html,) = made.glob("*.html")
    (root / "乙县" / "差距报告.html").write_bytes(html.read_bytes())
    return root


def test_expand_is_a_view_over_walk(tree):
    entries = walk([str(tree)])
    own: list[str] = []
    refused: dict[str, str] = {}
    files, empty = expand([str(tree)], own=own, refused=refused)
    assert empty == []
    assert [Path(p).name for p in own] == ["差距报告.html"]
    assert files == [e.path for e in entries if e.path not in own]  # same files, same order
    assert refused == {e.path: e.refused for e in entries if e.refused}
    names = {Path(p).name: why for p, why in refused.items()}
    assert "命名管道" in names["管道.txt"] and "符号链接循环" in names["回环"]
    assert not any(".backup" in f for f in files)


def test_quick_path_gives_the_walkers_rows(tree):
    """`lawcheck 全市/ --format json`: a row per report, the FIFO and the loop
    as unreadable rows with the walker's reasons (nothing hangs), the gap
    report skipped and said."""
    res = run_cli(str(tree), "--no-pdf", "--format", "json", "--out", str(tree.parent / "out"))
    assert res.returncode == 2, res.stderr
    rows = {Path(d["file"]).name: d for d in json.loads(res.stdout)}
    assert set(rows) == {S000, S003, "旧.doc", "管道.txt", "回环"}
    assert rows[S000]["schema"] == "lawcheck/1" and "score" in rows[S000]
    assert "命名管道" in rows["管道.txt"]["error"]
    assert "符号链接循环" in rows["回环"]["error"]
    assert "另存为 .docx" in rows["旧.doc"]["error"]
    assert "跳过 lawcheck 生成的文件 1 个" in res.stderr and "Traceback" not in res.stderr


def test_empty_and_missing(tmp_path):
    (tmp_path / "空").mkdir()
    (tmp_path / "空" / "notes.md").write_text("x", encoding="utf-8")
    refused: dict[str, str] = {}
    files, empty = expand([str(tmp_path / "空"), str(tmp_path / "无.txt")], refused=refused)
    assert empty == [str(tmp_path / "空")]
    assert files == [str(tmp_path / "无.txt")] and refused == {str(tmp_path / "无.txt"): "文件不存在"}
