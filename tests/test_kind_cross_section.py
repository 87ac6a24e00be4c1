"""cross_section: items of one part (一是…, 1., (一), else sentences) must meet
a key term (jieba over the domain dictionary plus the rule's vocabulary) or
a synonym in the other part; causes after 原因 are not items; lines shared by
both parts count for the source only."""

from __future__ import annotations

from quality_helpers import check_text, found, rulebook

from checker.match.kinds.cross_section import key_terms, split_items
from checker.match.patterns import compile_all

RULE = """
- id: answered
  kind: cross_section
  name: 回应（测试）
  source: 测试
  weight: 0
  severity: info
  fix: 回应
  needs: [problems, next_year_plan]
  params:
    source: problems
    target: next_year_plan
    stop_at: ['原因']
    vocabulary: [执法人员, 规范性文件, 备案审查, 创新]
    stopwords: [问题]
    synonyms: {创新: [探索]}
    message: '未回应：{items}'
  examples:
    - {text: "一、主要工作\\n开展培训。\\n二、存在的问题\\n一是执法人员不足。\\n三、下一步安排\\n加强普法。", expect: fires}
    - {text: "一、主要工作\\n开展培训。\\n二、存在的问题\\n一是执法人员不足。\\n三、下一步安排\\n充实执法人员。", expect: quiet}
"""
HEAD = "XX县2023年法治政府建设年度报告\n一、主要举措\n办理案件3件。\n二、存在的问题\n"


def test_unanswered_items_listed(tmp_path):
    text = HEAD + (
        "一是执法人员不足。二是规范性文件备案审查不及时。三是工作创新不够。究其原因，一是编制有限。\n"
        "三、2024年工作安排\n充实执法人员，积极探索新办法。"
    )
    hits = found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "answered")
    assert len(hits) == 1 and hits[0].message == "未回应：“规范性文件备案审查不及时”" and hits[0].line == 4


def test_all_answered_or_missing_plan_is_quiet(tmp_path):
    book = rulebook(tmp_path, RULE)
    text = HEAD + "一是执法人员不足。二是规范性文件备案不及时。\n三、2024年工作安排\n培训执法人员，清理规范性文件。"
    assert found(check_text(tmp_path, text, book), "answered") == []
    assert found(check_text(tmp_path, HEAD + "一是执法人员不足。", book), "answered") == []


def test_problem_and_plan_in_one_paragraph_not_judged(tmp_path):
    text = (
        "XX县2023年法治政府建设年度报告\n一、主要举措\n办理案件3件。\n"
        "但仍存在执法人员不足等问题，2024年我县将加强普法宣传。"
    )
    assert found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "answered") == []


def test_items_and_terms():
    starts = compile_all(["[一二三四五六七八九十]是"], None)
    stop = compile_all(["原因"], None)
    assert split_items("总体较好。一是甲不足。二是乙不足。究其原因，一是丙。", starts, stop) == [
        "一是甲不足",
        "二是乙不足",
    ]
    assert split_items("甲不足。乙不足。", starts, stop) == ["甲不足", "乙不足"]
    terms = key_terms("二是规范性文件备案审查不及时", ("规范性文件", "备案审查"), frozenset())
    assert "规范性文件" in terms and "备案审查" in terms


def test_items_with_too_few_terms_not_judged(tmp_path):
    """min_terms: an unanswered item is listed only with that many key terms."""
    text = HEAD + "一是执法人员不足。二是规范性文件备案审查不及时。\n三、2024年工作安排\n充实执法人员。"
    listed = found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "answered")
    assert len(listed) == 1 and "规范性文件备案审查不及时" in listed[0].message
    many = RULE.replace("    message:", "    min_terms: 50\n    message:")
    assert found(check_text(tmp_path, text, rulebook(tmp_path, many)), "answered") == []


def test_default_item_number_matches_as_the_look_behind_first_form():
    """The default "1." item pattern is written with its look-behind after the
    first digit (re then tries it only at digits): every match, on random text
    and on the seeds, is the same as the plain form's."""
    import random
    import re
    from pathlib import Path

    from checker.match.kinds.cross_section import PARAMS

    plain = re.compile(r"(?<![\d.])\d{1,2}[.、](?!\d)")
    fast = re.compile(next(p for p in PARAMS["items"].default if p.startswith("\\d")))
    rnd = random.Random(7)
    texts = ["".join(rnd.choice("12.、a 3x.9一") for _ in range(rnd.randint(0, 14))) for _ in range(20000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path("seeds").glob("*.txt"))]
    for text in texts:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], text
    assert any(plain.search(t) for t in texts) and any(not plain.search(t) for t in texts)
