"""name_variants: spellings of the issuer's name that share its head and
level word but differ in the middle are reported once; the bare short form
(head + level word) and other places are not."""

from __future__ import annotations

from quality_helpers import check_text, found, rulebook

RULE = """
- id: names
  kind: name_variants
  name: 名称（测试）
  source: 测试
  weight: 0
  severity: warning
  fix: 统一
  params: {suffixes: [自治县, 县, 高新区, 区], min_overlap: 0.5}
  examples:
    - {text: "一、主要举措\\n甲乙苗族自治县开展培训。\\n甲乙苗佤族自治县开展培训。\\n甲乙苗族自治县人民政府", expect: fires}
    - {text: "一、主要举措\\n甲乙苗族自治县开展培训。\\n甲乙县开展培训。\\n甲乙苗族自治县人民政府", expect: quiet}
"""


def test_variants_listed_with_counts_and_first_lines(tmp_path):
    text = (
        "一、主要举措\n甲乙苗族侗族自治县开展培训。\n甲乙苗侗族自治县制定办法。\n甲乙苗侗族自治县再次制定。\n"
        "甲乙县开展评查。\n邻近的甲乙丙丁县来访。\n中共甲乙苗族侗族自治县委、甲乙苗族侗族自治县人民政府\n2024年2月1日"
    )
    hits = found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "names")
    assert len(hits) == 1
    msg = hits[0].message
    assert (
        "2 种写法" in msg
        and "“甲乙苗族侗族自治县”（第2行等 3 处）" in msg
        and "“甲乙苗侗族自治县”（第3行等 2 处）" in msg
    )
    assert "甲乙县" not in msg and "丙丁" not in msg and hits[0].line == 3


def test_issuer_without_middle_part_is_not_judged(tmp_path):
    text = "随州高新区2021年法治政府建设年度报告\n一、主要举措\n随州市高新区开展培训。\n随州高新区开展评查。"
    assert found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "names") == []


def test_no_issuer_no_finding(tmp_path):
    text = "一、主要举措\n甲乙苗族自治县开展培训。\n甲乙苗佤族自治县开展培训。"
    assert found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "names") == []
