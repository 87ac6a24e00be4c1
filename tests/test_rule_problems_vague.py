"""problems_vague: a problems part that says only 仍存在一些问题和不足 fires;
enumerated or concrete problems (every seed) stay quiet."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report

BASE = "XX县2023年法治政府建设年度报告\n一、2023年主要举措和成效\n全年审查规范性文件12件。\n"


def test_only_stock_phrases_fire(tmp_path):
    r = check_text(
        tmp_path,
        BASE + "二、存在的不足和原因\n2023年，我县法治政府建设取得了一定成效，但与人民群众的期待相比，"
        "仍存在一些问题和不足。\n三、2024年工作安排\n一是继续加强培训。",
    )
    hits = found(r, "problems_vague")
    assert len(hits) == 1 and hits[0].line == 4 and hits[0].severity == "warning"  # the part's heading


def test_concrete_problem_is_quiet(tmp_path):
    r = check_text(
        tmp_path,
        BASE + "二、存在的不足和原因\n仍存在一些不足，乡镇执法人员持证率不高。\n三、2024年工作安排\n一是继续加强培训。",
    )
    assert found(r, "problems_vague") == []


def test_seeds_quiet():
    for name in SEEDS:
        assert found(seed_report(name), "problems_vague") == [], name
