"""term_list: a YAML term dictionary (prh-like) read with the rulebook;
entries with years apply only to those report years; the dictionary's specs
run with the rulebook's examples; a broken dictionary names file and line."""

from __future__ import annotations

import textwrap

import pytest
from quality_helpers import check_text, found, rulebook

from checker import rulebook as rb
from checker.errors import RulebookError
from checker.rulecheck import check_rulebook

RULE = """
- id: my_terms
  kind: term_list
  name: 用语（测试）
  source: 测试
  weight: 0
  severity: warning
  fix: 改为规范写法
  params: {dictionary: words.yaml, max_per_term: 2}
  examples:
    - {text: "一、主要举措\\n落实老名称制度。", expect: fires}
    - {text: "一、主要举措\\n落实新名称制度。", expect: quiet}
"""


def _dictionary(tmp_path, body: str):
    (tmp_path / "words.yaml").write_text(textwrap.dedent(body), encoding="utf-8")


GOOD = """
version: 1
terms:
  - expected: 新名称
    patterns: ['老名称']
    exclude: ['原老名称']
    reason: 已改名
    specs: [{from: 落实老名称制度, to: 落实新名称制度}]
    ok: [原老名称已撤销]
  - expected: 现行机构
    patterns: ['旧机构']
    years: [2019, null]
    reason: 2018年改革后撤销
    specs: [{from: 由旧机构审查, to: 由现行机构审查}]
"""


def test_fires_per_line_with_the_correct_form_and_cap(tmp_path):
    _dictionary(tmp_path, GOOD)
    book = rulebook(tmp_path, RULE)
    text = (
        "XX县2023年法治政府建设年度报告\n一、主要举措\n落实老名称制度。\n老名称一。\n老名称二。\n"
        "原老名称已撤销。\n由旧机构审查。"
    )
    hits = found(check_text(tmp_path, text, book), "my_terms")
    assert [f.line for f in hits] == [3, 4, 7]  # cap 2 for the first entry; the excluded 原老名称 not at all
    assert "“老名称”应为“新名称”：已改名" in hits[0].message and "另有 1 处" in hits[1].message
    assert hits[0].severity == "warning"


def test_entry_with_years_only_for_those_report_years(tmp_path):
    _dictionary(tmp_path, GOOD)
    book = rulebook(tmp_path, RULE)
    old = check_text(tmp_path, "XX县2018年法治政府建设年度报告\n一、主要举措\n由旧机构审查。", book)
    new = check_text(tmp_path, "XX县2019年法治政府建设年度报告\n一、主要举措\n由旧机构审查。", book)
    assert not found(old, "my_terms") and len(found(new, "my_terms")) == 1


def test_dictionary_specs_run_with_the_rulebook_examples(tmp_path):
    _dictionary(tmp_path, GOOD.replace("to: 落实新名称制度", "to: 落实老名称制度"))
    failures = check_rulebook(rb.load(rulebook(tmp_path, RULE)))
    assert len(failures) == 1 and (failures[0].expected, failures[0].got) == ("改正后的句子不报", "报出")
    assert failures[0].text == "落实老名称制度"
    assert failures[0].where.endswith("words.yaml:4")  # the entry's first line


@pytest.mark.parametrize(
    "body, words",
    [
        ("version: 1\nterms:\n  - expected: 甲\n    reason: 乙\n", "缺少 patterns"),
        ("version: 1\nterms:\n  - expected: 甲\n    patterns: ['(']\n    reason: 乙\n", "无法编译"),
        ("version: 1\nterms:\n  - expected: 甲\n    patterns: [乙]\n    reason: 丙\n    colour: red\n", "未知的键"),
        ("version: 2\nterms: []\n", "version"),
    ],
)
def test_broken_dictionary_refused_with_file_and_line(tmp_path, body, words):
    _dictionary(tmp_path, body)
    with pytest.raises(RulebookError) as err:
        rb.load(rulebook(tmp_path, RULE))
    assert words in str(err.value) and "words.yaml" in str(err.value)


def test_missing_dictionary_file_refused(tmp_path):
    with pytest.raises(RulebookError) as err:
        rb.load(rulebook(tmp_path, RULE))
    assert "words.yaml" in str(err.value)
