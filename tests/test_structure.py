"""Structure stage on real lines: dates, headings, chrome, metadata."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import seed_path

from checker.model import Line, SourceText
from checker.normalize import normalize, normalize_line
from checker.structure import build
from checker.structure.dates import digits_only_date, find_dates, line_date
from checker.structure.headings import build_tree


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2024年2月28日", "2024-02-28"),
        ("二〇二四年二月二十八日", "2024-02-28"),
        ("二〇二一年十二月三十一日", "2021-12-31"),
        ("2024-02-28", "2024-02-28"),
        ("2024/2/8", "2024-02-08"),
        ("发布日期: 2022- 02- 28", "2022-02-28"),
        ("12月 24, 2021", "2021-12-24"),
    ],
)
def test_date_forms(text, expected):
    assert find_dates(normalize_line(text))[0][0].isoformat() == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2024228", "2024-02-28"),
        ("20240228", "2024-02-28"),
        ("2024111", None),
        ("2024131", "2024-01-31"),
        ("2024011", None),
        ("123", None),
    ],
)
def test_dates_without_separators_only_when_unambiguous(text, expected):
    d = digits_only_date(text)
    assert (d.isoformat() if d else None) == expected


def test_line_date_needs_a_date_only_line():
    assert line_date("2024年2月28日") == dt.date(2024, 2, 28)
    assert line_date("2024年2月28日，区政府召开常务会议研究部署法治政府建设") is None


def _lines(*texts):
    return [Line(no=i + 1, text=t) for i, t in enumerate(texts)]


def test_heading_levels_and_run_in_titles():
    heads = build_tree(
        _lines(
            "一、主要举措和成效",
            "(一)加强领导。全年召开会议3次。",
            "1.完善制度。制定办法2件。",
            "(1)细化规则",
            "一是强化学法。组织学法4次。",
            "二、存在的问题",
        )
    )
    assert [(h.level, h.title) for h in heads] == [
        (1, "主要举措和成效"),
        (2, "加强领导"),
        (3, "完善制度"),
        (4, "细化规则"),
        (5, "强化学法"),
        (1, "存在的问题"),
    ]
    assert heads[0].end == 5 and heads[1].parent == 0


def test_long_out_of_sequence_first_level_paragraph_is_body():
    """Seed 002: a long paragraph starting with 一、 inside part (五) is not a part."""
    doc = build(
        normalize(
            SourceText(
                str(seed_path("002_df0ba27d3289336d.txt")),
                "txt",
                seed_path("002_df0ba27d3289336d.txt").read_text(encoding="utf-8").split("\n"),
            )
        )
    )
    level1 = [h.title for h in doc.headings if h.level == 1]
    assert level1 == ["开展的主要工作", "推进2022年法治政府建设的规划"]


def test_lost_line_breaks_are_split():
    text = (
        "一、主要举措和成效 "
        + "全年开展培训十次，办理复议案件十二件。" * 12
        + "二、存在的问题 队伍力量薄弱。"
        + "三、2024年工作安排 继续加强培训。"
    )
    norm = normalize(SourceText("x", "txt", ["XX县2023年法治政府建设年度报告", text]))
    doc = build(norm)
    assert [h.title for h in doc.headings if h.level == 1][1:] == [
        "存在的问题 队伍力量薄弱",
        "2024年工作安排 继续加强培训",
    ] or len([h for h in doc.headings if h.level == 1]) == 3
    assert all(l.no == 2 for l in norm.lines[1:])  # pieces keep the file's line number


def test_site_chrome_is_not_body():
    doc = build(
        normalize(
            SourceText(
                str(seed_path("001_be30819666d1b380.txt")),
                "txt",
                seed_path("001_be30819666d1b380.txt").read_text(encoding="utf-8").split("\n"),
            )
        )
    )
    body = "\n".join(l.text for l in doc.lines)
    for chrome in ("索引号", "主办单位", "公网安备", "打印本页", "网站标识码"):
        assert chrome not in body
    assert doc.meta.published == dt.date(2021, 5, 28)


def test_normalize_widths_and_spaces():
    assert normalize_line("（一）\u3000加强\u00a0领导：") == "(一) 加强 领导:"
    assert normalize_line("琼 海 市 人 民 政 府") == "琼海市人民政府"
    assert normalize_line("《纲要（2021—2025年）》") == "《纲要(2021-2025年)》"


def test_outline_name_forms():
    from checker.structure.metadata import find_outline

    for text in (
        "《法治政府建设实施纲要(2021—2025年)》",
        "法治政府建设实施纲要(20212025年)",
        "《法治政府建设实施纲要(2021--2025年)》",
        "认真落实一规划两纲要",
    ):
        assert find_outline([Line(1, normalize_line(text))], 2022)[0] == "2021-2025", text
    assert find_outline([Line(1, "《法治社会建设实施纲要(2020-2035年)》")], 2022)[0] is None
    # a province's, city's or district's plan for the same years is not the national outline
    # (family: local 实施方案/实施意见/规划/纲要 cited beside or instead of the national one)
    for text in (
        "省法治政府建设实施方案(2021-2025年)",
        "《静海区法治政府建设实施纲要(20212025年)》",
        "《海口市法治政府建设实施方案(2021—2025年)》",
        "《重庆市法治政府建设实施意见(2021-2025年)》",
    ):
        assert find_outline([Line(1, normalize_line(text))], 2022)[0] is None, text


@pytest.mark.parametrize(
    "first, title",
    [
        ("西宁经济技术开发区2022年政府信息公开工作年度报告", "西宁经济技术开发区2022年政府信息公开工作年度报告"),
        ("北京市卫生健康委2023年度绩效任务完成情况报告", "北京市卫生健康委2023年度绩效任务完成情况报告"),
        ("XX县2023年法治政府建设年度报告", "XX县2023年法治政府建设年度报告"),
        ("2023年，我县深入推进各项工作，现将有关情况报告", None),  # a sentence, not a title
        ("首页 > 政务公开 > 年度报告", None),
    ],
)
def test_title_on_another_topic_is_still_shown(first, title):
    lines = [first, "一、总体情况", "全年主动公开信息120条。"]
    doc = build(normalize(SourceText("x.txt", "txt", lines)))
    assert doc.meta.title == title


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("二、主要负★责人履行推进法治建设第一责◆任人职责情况", "二、主要负责人履行推进法治建设第一责任人职责情况"),
        ("法治☆️政府建设", "法治政府建设"),
        ("县长🔥主持召开会议", "县长主持召开会议"),
        ("编号二○二三", "编号二○二三"),  # ○ stands for zero, not junk
        ("●加强培训", "●加强培训"),  # a bullet, not between two characters
        ("培训→考核", "培训→考核"),
    ],
)
def test_junk_between_chinese_characters_is_dropped(raw, clean):
    assert normalize_line(raw) == clean


def test_spam_mirror_with_junk_still_finds_the_leader_section():
    from checker.pipeline import check_source

    lines = [
        "XX县2023年法治政府建设年度报告",
        "一、主要举措和成效",
        "全年开展培训10次。",
        "二、主要负★责人履行推进法治建设第一责◆任人职责情况",
        "县长主持召开常务会议研究法治工作4次。",
        "三、存在的不足和原因",
        "执法力量不足，原因是编制有限。",
        "四、2024年工作安排",
        "继续加强培训。",
    ]
    report = check_source(SourceText("spam.txt", "txt", lines))
    leader = next(e for e in report.elements if e.id == "leader_duty")
    assert leader.status == "present" and leader.evidence[0].line == 4


def test_year_of_an_untitled_excerpt_is_not_taken_from_the_plan_heading():
    """An excerpt that starts at 一、 (no title): "三、2024年工作安排" is next year's plan."""
    lines = [
        "一、主要举措和成效",
        "全年开展培训10次。",
        "二、存在的不足和原因",
        "人员不足，原因是编制少。",
        "三、2024年工作安排",
        "一是加强培训。",
    ]
    doc = build(normalize(SourceText("x.txt", "txt", lines)))
    assert doc.meta.title is None and doc.meta.year == 2023


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("XX县人民政府二〇二三年法治政府建设工作报告", "XX县人民政府2023年法治政府建设工作报告"),
        ("二○二四年三月一日", "2024年3月1日"),
        ("二零二三年十二月三十一日", "2023年12月31日"),
        ("二〇二一年以来", "2021年以来"),
        ("三年来", "三年来"),
        ("一二三四年", "一二三四年"),  # not a year of this or the last century
        ("“十四五”规划", "“十四五”规划"),
    ],
)
def test_years_in_chinese_numerals_become_digits(raw, clean):
    assert normalize_line(raw) == clean


def test_report_dated_in_chinese_numerals():
    from checker.pipeline import check_source

    lines = [
        "XX县人民政府二〇二三年法治政府建设工作报告",
        "一、主要举措和成效",
        "全年开展培训10次。",
        "二、二〇二四年工作安排",
        "加强执法队伍建设。",
        "XX县人民政府",
        "二〇二四年三月一日",
    ]
    report = check_source(SourceText("cn.txt", "txt", lines))
    assert report.meta.year == 2023
    assert report.meta.signed == dt.date(2024, 3, 1)
    assert next(e for e in report.elements if e.id == "next_year_plan").status == "present"


@pytest.mark.parametrize(
    "title, issuer",
    [
        ("中共XX县委、XX县人民政府关于2023年度法治政府建设情况的报告", "中共XX县委、XX县人民政府"),
        ("XX经济技术开发区管委会2023年法治政府建设年度报告", "XX经济技术开发区管委会"),
        ("2023年度XX市司法局法治政府建设情况报告", "XX市司法局"),
        ("关于2023年度法治政府建设情况的报告", "XX县人民政府"),  # from the signature
    ],
)
def test_issuer_from_title_else_signature(title, issuer):
    lines = [title, "一、主要举措和成效", "全年开展培训10次。", "XX县人民政府", "2024年3月1日"]
    assert build(normalize(SourceText("x.txt", "txt", lines))).meta.issuer == issuer
