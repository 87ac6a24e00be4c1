"""year_refs: the plan part planning for the report year or earlier, and
今年 / 明年 / 去年 naming a year outside their offsets; long-term targets,
"在2023年基础上" and the plan heading itself are left alone."""

from __future__ import annotations

import pytest
from quality_helpers import check_text, found, rulebook

RULE = """
- id: years
  kind: year_refs
  name: 年份（测试）
  source: 测试
  weight: 0
  severity: warning
  fix: 改年份
  needs: [next_year_plan]
  params: {plan_rule: next_year_plan, relative: {今年: [0, 1], 去年: [-1, 0]}}
  examples:
    - {text: "XX县2023年法治政府建设年度报告\\n一、主要举措\\n培训。\\n二、下一步安排\\n2022年我县将继续培训。", expect: fires}
    - {text: "XX县2023年法治政府建设年度报告\\n一、主要举措\\n培训。\\n二、下一步安排\\n2024年我县将继续培训。", expect: quiet}
"""
HEAD = "XX县2023年法治政府建设年度报告\n一、2023年主要举措\n全年开展培训5次。\n"


@pytest.mark.parametrize(
    "text, line, words",
    [
        (HEAD + "二、下一步工作安排\n2023年，我县将继续加强执法培训。", 5, "应是 2024 年"),
        (HEAD + "二、下一步工作安排\n2021年要抓好三项重点工作。", 5, "2021年"),
        (HEAD + "今年即2022年，我县开展培训。", 4, "应指 2023或2024 年"),
        (HEAD + "去年(2020年)完成改革。", 4, "去年"),
    ],
)
def test_fires(tmp_path, text, line, words):
    hits = found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "years")
    assert len(hits) == 1 and hits[0].line == line and words in hits[0].message, [f.message for f in hits]


@pytest.mark.parametrize(
    "tail",
    [
        "二、2024年工作安排\n2024年，我县将在2023年基础上继续加强执法培训，到2025年基本建成法治政府。",
        "二、下一步工作安排\n对照《2023年工作要点》要求，继续培训。",
        "今年是2024年，我县将继续培训。",
        "二、2023年工作安排\n继续培训。",  # the heading: year_mismatch's business
    ],
)
def test_quiet(tmp_path, tail):
    assert found(check_text(tmp_path, HEAD + tail, rulebook(tmp_path, RULE)), "years") == []


def test_year_guessed_from_the_body_does_not_judge_the_plan(tmp_path):
    text = "一、主要举措\n全年开展培训。\n二、下一步工作安排\n2023年我县将继续培训。"
    assert found(check_text(tmp_path, text, rulebook(tmp_path, RULE)), "years") == []


def test_year_pattern_and_word_lines_as_first_written():
    """_YEAR, its look-behind after the first character, finds what its first
    form finds; _lines_with gives the lines a test of every line gives."""
    import random
    import re

    from checker.match.context import make_context
    from checker.match.kinds import year_refs
    from checker.model import Document, Line, Metadata

    first = re.compile(r"(?<![\d.-])(20\d{2})\s*年(?!度?(以来|底前|前|基础|的基础|相比|同期|来))")
    rnd = random.Random(6)
    texts = ["2023年", "12023年", "-2023年", ".2023 年", "x2023年度以来", "2023年2024年", "20230年"]
    texts += ["".join(rnd.choice("2023年度.-x 今去") for _ in range(rnd.randrange(0, 20))) for _ in range(5000)]
    for text in texts:
        got = [(m.span(), m.groups()) for m in year_refs._YEAR.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in first.finditer(text)], text
    lines = [Line(i + 1, "".join(rnd.choice("今年去年x") for _ in range(rnd.randrange(0, 12)))) for i in range(60)]
    doc = Document(path="x", format="txt", lines=lines, headings=[], meta=Metadata())
    ctx = make_context(doc, None, plain=True)
    for word in ["今年", "去年", "年", "今年去", "x"]:
        expected = [line for line in lines if word in line.text]
        assert year_refs._lines_with(ctx, ctx.full_text, word) == expected


def test_relative_word_pattern_as_first_written():
    """The relative-year pattern without a group in front of its second
    alternative finds the same matches and years as its first form."""
    import random
    import re

    from checker.match.kinds import year_refs
    from checker.rulebook.model import Rule

    rule = Rule(
        id="y",
        name="y",
        kind="year_refs",
        category="finding",
        source="",
        weight=0,
        severity="info",
        fix="",
        params={"relative": {"今年": [0], "本年度": [0]}},
    )
    rnd = random.Random(8)
    for word, _offs, pat in year_refs._relative(None, rule):
        w = re.escape(word)
        first = re.compile(
            rf"{w}\s*(?:即|是|为|也就是)?\s*[(]?(20\d{{2}})\s*年|(20\d{{2}})\s*年\s*[(]?(?:即|是|也就是)?{w}"
        )
        pieces = [word, "2023", "2024年", "年", " ", "(", "即", "也就是", "x", "2"]
        for _ in range(4000):
            text = "".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12)))
            got = [(m.span(), int(m.group(1) or m.group(0)[:4])) for m in pat.finditer(text)]
            assert got == [(m.span(), int(m.group(1) or m.group(2))) for m in first.finditer(text)], text
