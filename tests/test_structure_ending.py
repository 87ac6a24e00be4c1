"""The notice for a text that stops short (checker/structure/ending.py), on
real pages of the real-page set: one cut in the middle of a sentence, one that
ends on a heading, the seeds (whole reports) and the same page completed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from checker.pipeline import check_bytes, check_path

HERE = Path(__file__).parent
PAGES = HERE / "realpages" / "pages"
SEEDS = sorted((HERE.parent / "seeds").glob("*.txt"))
assert len(SEEDS) == 5, "the five seeds are in seeds/"
CUT_SENTENCE = PAGES / "rn11_rep_taian_scjg_2024.txt"  # stops at "…免除罚款3550.25万元,"
CUT_HEADING = PAGES / "rn14_rep_nc_xihu_wgl_table_2023.txt"  # stops on "一、…主要举措和成效"


def _cut(report) -> list[str]:
    return [n for n in report.notices if n.startswith("正文在")]


def test_a_page_cut_in_a_sentence_gets_the_notice_with_its_last_words():
    notes = _cut(check_path(str(CUT_SENTENCE)))
    assert len(notes) == 1
    assert "句子中间" in notes[0] and "3550.25万元," in notes[0] and "判为缺失" in notes[0]


def test_a_page_ending_on_an_empty_heading_names_the_heading():
    notes = _cut(check_path(str(CUT_HEADING)))
    assert notes == [n for n in notes if "一、2023年度推进法治政府建设的主要举措和成效" in n] and len(notes) == 1
    assert "标题下没有内容" in notes[0]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_whole_reports_get_no_notice(seed):
    assert _cut(check_path(str(seed))) == []


@pytest.mark.parametrize(
    "ending",
    [
        "为各类市场主体免除罚款3550.25万元。",  # a full stop
        "为各类市场主体免除罚款3550.25万元。\n特此报告",  # a closing phrase
        "为各类市场主体免除罚款3550.25万元。\n泰安市市场监督管理局\n2025年3月20日",  # signature and date
        "为各类市场主体免除罚款3550.25万元。\n行政处罚案件  2246件  免除罚款  3550.25万元",  # a table row
        "为各类市场主体免除罚款3550.25万元;",  # a semicolon (NFKC of "；")
        "为各类市场主体免除罚款3550.25万元。 第2页 共2页",  # a page footer
    ],
)
def test_finished_endings_get_no_notice(ending):
    text = CUT_SENTENCE.read_text(encoding="utf-8").rstrip()
    assert text.endswith("3550.25万元,")
    whole = text[: -len("为各类市场主体免除罚款3550.25万元,")] + ending
    assert _cut(check_bytes("page.txt", whole.encode("utf-8"))) == []


def test_gbk_bytes_of_the_cut_page_get_the_same_notice():
    data = CUT_SENTENCE.read_text(encoding="utf-8").encode("gbk")
    assert _cut(check_bytes("page.txt", data)) == _cut(check_path(str(CUT_SENTENCE)))


def test_the_notice_reaches_the_terminal_and_the_json():
    runner = CliRunner()
    text = runner.invoke(main, [str(CUT_SENTENCE), "--no-pdf"])
    assert "正文在句子中间结束" in text.output
    out = runner.invoke(main, [str(CUT_SENTENCE), "--no-pdf", "--format", "json"])
    data = json.loads(out.output)
    assert any(n.startswith("正文在句子中间结束") for n in data["notices"])
    statuses = {e["id"]: e["status"] for e in data["elements"]}
    assert statuses["measures"] == "present"  # the notice changes no status
