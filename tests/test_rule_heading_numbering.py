"""heading_numbering on the seeds: seed 002 mixes "1." and "2、", writes its
part (五)'s first item as "一、" and its plan's fourth item as "(4)"; the other
seeds are numbered cleanly."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report


def test_seed_002():
    hits = found(seed_report("002_df0ba27d3289336d.txt"), "heading_numbering")
    assert [f.line for f in hits] == [5, 22, 34]
    assert "标点不统一" in hits[0].message
    assert "“一、”" in hits[1].message and "应为“1.”" in hits[1].message
    assert "“(4)”" in hits[2].message and "应为“(四)”" in hits[2].message
    assert all(f.severity == "warning" for f in hits)


def test_other_seeds_quiet():
    for name in SEEDS:
        if not name.startswith("002"):
            assert found(seed_report(name), "heading_numbering") == [], name


def test_skipped_part_fires_without_changing_the_score(tmp_path):
    good = "XX县2023年法治政府建设年度报告\n一、主要举措和成效\n全年开展培训5次。\n二、存在的不足和原因\n人员不足，原因是编制有限。\n"
    a = check_text(tmp_path, good + "三、2024年工作安排\n继续培训。", name="a.txt")
    b = check_text(tmp_path, good + "四、2024年工作安排\n继续培训。", name="b.txt")
    assert found(a, "heading_numbering") == [] and len(found(b, "heading_numbering")) == 1
    assert a.score == b.score  # weight 0: a hint for the drafter, not a deduction
