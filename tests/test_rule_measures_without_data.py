"""measures_without_data: a measures part of slogans without counts, amounts
or rates gets a hint; the seeds (3 to 29 figures per 1000 characters) do not."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report

SLOGANS = (
    "全面加强组织领导，持续深化放管服改革，不断提升依法行政水平，切实规范行政执法行为，积极推进政务公开，"
    "全面加强法治宣传教育，努力化解矛盾纠纷，着力优化营商环境。"
) * 6


def test_slogans_only(tmp_path):
    r = check_text(
        tmp_path,
        "XX县2023年法治政府建设年度报告\n一、2023年主要举措和成效\n"
        + SLOGANS
        + "\n二、存在的不足和原因\n人员不足，原因是编制有限。",
    )
    hits = found(r, "measures_without_data")
    assert len(hits) == 1 and hits[0].severity == "info" and "0 处数据" in hits[0].message


def test_with_figures_quiet(tmp_path):
    data = "全年审查规范性文件12件，办理复议案件35件，纠错率8.6%，培训执法人员420人次，出庭应诉率100%。"
    r = check_text(
        tmp_path,
        "XX县2023年法治政府建设年度报告\n一、2023年主要举措和成效\n"
        + data
        + SLOGANS
        + "\n二、存在的不足和原因\n人员不足，原因是编制有限。",
    )
    assert found(r, "measures_without_data") == []


def test_seeds_quiet():
    for name in SEEDS:
        assert found(seed_report(name), "measures_without_data") == [], name
