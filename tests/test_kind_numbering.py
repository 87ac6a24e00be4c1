"""numbering: skipped, repeated and misstyled heading numbers, inverted
levels, and mixed punctuation after the numbers; lists that start again at
1 and Word documents with consistent numbering stay quiet."""

from __future__ import annotations

import pytest
from quality_helpers import check_text, found, rulebook

RULE = """
- id: numbers
  kind: numbering
  name: 序号（测试）
  source: 测试
  weight: 0
  severity: warning
  fix: 重新编号
  params: {levels: [1, 2, 3, 4], separators: true}
  examples:
    - {text: "一、甲\\n正文。\\n三、乙\\n正文。", expect: fires}
    - {text: "一、甲\\n正文。\\n二、乙\\n正文。", expect: quiet}
"""


def _findings(tmp_path, text):
    return found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "numbers")


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("一、主要举措\n正文。\n二、存在的不足\n正文。\n四、下一步安排\n正文。", 5, "跳过了“三、”"),
        ("一、主要举措\n(一)甲\n正文。\n(一)乙\n正文。", 4, "重复"),
        ("一、主要举措\n(一)甲\n正文。\n(二)乙\n正文。\n(3)丙\n正文。\n(四)丁\n正文。", 6, "应为“(三)”"),
        ("一、主要举措\n1.甲\n正文。\n2.乙\n正文。\n(一)丙\n正文。", 6, "层次颠倒"),
        ("一、主要举措\n(一)甲\n1.子项一\n2、子项二\n3.子项三\n(二)乙\n1.子项一", 4, "标点不统一"),
        # a comma for 、 after a first-level number (the structure stage reads "二，存在的不足" as a heading)
        ("一、主要举措\n正文。\n二，存在的不足\n正文。\n三、下一步安排\n正文。", 3, "标点不统一"),
    ],
)
def test_fires(tmp_path, text, line, words):
    hits = _findings(tmp_path, text)
    assert len(hits) == 1, [f.message for f in hits]
    assert hits[0].line == line and words in hits[0].message


def test_misstyled_first_item_inside_a_run_in_paragraph(tmp_path):
    """ "一、…" as the first item of a list numbered 2、3. is a misstyled 1. (seed 002's part (五))."""
    long = (
        "坚持发扬新时代经验，不断完善矛盾纠纷多元化解机制，逐步形成以人民调解、行政调解、司法调解为依托的多元化解体系。"
        * 2
    )
    text = (
        "一、主要举措\n(一)甲\n1.子项一\n2.子项二\n(二)乙\n一、完善多元化解机制。"
        + long
        + "\n2.积极化解行政争议\n3.加强诉源治理"
    )
    hits = _findings(tmp_path, text)
    assert [(f.line, "应为“1.”" in f.message) for f in hits] == [(6, True)]


def test_quiet_for_a_well_numbered_report_and_restarted_lists(tmp_path):
    text = (
        "一、主要举措\n(一)加强领导\n1.学法\n正文。\n2.述法\n正文。\n(二)规范执法\n1.公示\n正文。\n"
        "二、存在的不足\n一是人员不足。\n二是经费不足。\n三、下一步安排\n(一)培训\n正文。\n(二)评查\n正文。"
    )
    assert _findings(tmp_path, text) == []


def test_docx_with_typed_numbers(tmp_path):
    from docx import Document

    from checker.pipeline import check_path

    d = Document()
    for text in [
        "一、主要举措和成效",
        "全年开展培训5次。",
        "二、存在的不足和原因",
        "人员不足，原因是编制有限。",
        "二、下一年度工作安排",
        "继续加强培训。",
    ]:
        d.add_paragraph(text)
    path = tmp_path / "r.docx"
    d.save(path)
    hits = found(check_path(str(path), rulebook(tmp_path, RULE)), "numbers")
    assert len(hits) == 1 and hits[0].line == 5 and "重复" in hits[0].message


def test_far_gap_is_one_finding(tmp_path):
    hits = _findings(tmp_path, "一、主要举措\n正文。\n二、存在的不足\n正文。\n九、下一步安排\n正文。")
    assert len(hits) == 1 and hits[0].line == 5 and "不连续" in hits[0].message and "“二、”之后" in hits[0].message
