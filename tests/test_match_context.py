"""Rules that depend on other rules declare `needs`: those run first, and
their results and parts are in the match context; the loader refuses unknown
or circular needs."""

from __future__ import annotations

import pytest
from quality_helpers import rulebook

from checker import rulebook as rb
from checker.errors import RulebookError
from checker.match import match, run_rule
from checker.match.context import make_context
from checker.model import SourceText
from checker.normalize import normalize
from checker.structure import build

TEXT = "XX县2023年法治政府建设年度报告\n一、主要举措\n全年开展培训5次。\n二、存在的问题\n仍存在一些不足。\n三、2024年工作安排\n继续培训。"


def _doc(text):
    return build(normalize(SourceText(path="t.txt", format="txt", lines=text.split("\n"))))


def test_dependency_runs_first_and_its_part_is_in_the_context():
    book = rb.load("outline-2021-2025")
    ctx = make_context(_doc(TEXT), book)
    run_rule(ctx, book.get("problems_vague"))  # needs problems: evaluated first
    assert ctx.results["problems"].status == "present"
    assert [line.text for line in ctx.part_lines("problems")] == ["二、存在的问题", "仍存在一些不足。"]
    assert ctx.results["problems_vague"] and ctx.results["problems_vague"][0].rule == "problems_vague"


def test_rule_listed_before_its_dependency_still_sees_it(tmp_path):
    """Order in the file does not matter: the rulebook lists the dependent rule
    first, and it still reads the element's result."""
    path = rulebook(
        tmp_path,
        """
        - id: vague_again
          kind: section_substance
          name: 不足具体（测试）
          source: 测试
          weight: 0
          severity: info
          fix: 写具体
          needs: [problems]
          params: {element: problems, cues: ['一是'], message: 笼统}
        """,
    )
    book = rb.load(path)
    book.rules.insert(0, book.rules.pop())  # the dependent rule first
    result = match(_doc(TEXT), book)
    assert [f.rule for f in result.findings if f.rule == "vague_again"] == ["vague_again"]


def test_switched_off_dependency_still_feeds_its_dependents():
    """--ignore problems (or an overlay's disable) drops the element from the
    output and the score, but problems_vague still reads what it found."""
    from checker.config import tailor

    book = tailor(rb.load("outline-2021-2025"), ignore=("problems",))
    result = match(_doc(TEXT), book)
    assert "problems" not in [e.id for e in result.elements]
    assert [f.rule for f in result.findings if f.rule == "problems_vague"] == ["problems_vague"]


@pytest.mark.parametrize("needs, words", [("[nowhere]", "不存在的规则"), ("[loop_b]", "循环")])
def test_bad_needs_refused(tmp_path, needs, words):
    path = rulebook(
        tmp_path,
        f"""
        - id: loop_a
          kind: section_substance
          name: 甲
          source: 测试
          weight: 0
          severity: info
          fix: 改
          needs: {needs}
          params: {{element: problems, cues: ['一是'], message: 笼统}}
        - id: loop_b
          kind: section_substance
          name: 乙
          source: 测试
          weight: 0
          severity: info
          fix: 改
          needs: [loop_a]
          params: {{element: problems, cues: ['一是'], message: 笼统}}
        """,
    )
    with pytest.raises(RulebookError) as err:
        rb.load(path)
    assert words in str(err.value)


def test_needs_implied_by_the_kinds_parameters(tmp_path):
    """A kind that reads an element named in its parameters (section_terms'
    `element`) gets that need without `needs:` in the YAML; a wrong name there
    is refused like any unknown rule."""
    path = rulebook(
        tmp_path,
        """
        - id: causes_again
          kind: section_terms
          name: 原因（测试）
          source: 测试
          weight: 0
          severity: info
          fix: 写原因
          params: {element: problems, terms: ['原因'], message: 没有原因}
        """,
    )
    rule = rb.load(path).get("causes_again")
    assert rule.needs == ["problems"]
    ctx = make_context(_doc(TEXT), rb.load(path))
    assert [f.message for f in run_rule(ctx, rule)] == ["没有原因"] and ctx.results["problems"].status == "present"
    bad = rulebook(
        tmp_path,
        """
        - id: causes_again
          kind: section_terms
          name: 原因（测试）
          source: 测试
          weight: 0
          severity: info
          fix: 写原因
          params: {element: nowhere, terms: ['原因'], message: 没有原因}
        """,
        name="bad.yaml",
    )
    with pytest.raises(RulebookError) as err:
        rb.load(bad)
    assert "nowhere" in str(err.value)
