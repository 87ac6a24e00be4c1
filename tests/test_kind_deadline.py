"""deadline kind: the national 4月1日 reading, the strict reading as a setting,
and no "逾期 0 天"."""

from __future__ import annotations

import pytest
from conftest import ROOT

from checker.pipeline import check_path

OVERLAY = str(ROOT / "rulebooks" / "overlays" / "example-province.yaml")
TEXT = (
    "某某县2023年度法治政府建设情况报告\n发布日期:{d}\n一、2023年主要举措和成效\n全年开展培训5次。\n"
    "二、存在的不足和原因\n执法力量不足,原因是编制少。\n"
)


def _late(tmp_path, date, ref=None):
    p = tmp_path / "d.txt"
    p.write_text(TEXT.format(d=date), encoding="utf-8")
    return [f for f in check_path(str(p), ref).findings if f.rule == "publish_deadline"]


@pytest.mark.parametrize("date", ["2024-03-31", "2024-04-01"])
def test_national_deadline_day_is_on_time(tmp_path, date):
    assert _late(tmp_path, date) == []


def test_day_after_is_late_by_one_day(tmp_path):
    f = _late(tmp_path, "2024-04-02")
    assert f and f[0].severity == "error" and "逾期 1 天" in f[0].message


def test_strict_reading_flags_the_day_itself_without_an_error(tmp_path):
    """The example province reads 3月1日前 strictly: 1 March is flagged, as a warning."""
    f = _late(tmp_path, "2024-03-01", OVERLAY)
    assert f and f[0].severity == "warning"
    assert "0 天" not in f[0].message and "当天" in f[0].message
    f = _late(tmp_path, "2024-03-02", OVERLAY)  # read strictly, 29 February was the last on-time day
    assert f and f[0].severity == "error" and "逾期 2 天" in f[0].message
    assert _late(tmp_path, "2024-02-29", OVERLAY) == []


def test_no_date_is_only_info(tmp_path):
    p = tmp_path / "n.txt"
    p.write_text(TEXT.replace("发布日期:{d}\n", ""), encoding="utf-8")
    f = [f for f in check_path(str(p)).findings if f.rule == "publish_deadline"]
    assert f and f[0].severity == "info"


def test_inclusive_is_a_rulebook_setting():
    from checker.rulebook import load

    base = load("annual-report").get("publish_deadline")
    over = load(OVERLAY).get("publish_deadline")
    assert base.params["inclusive"] is True and over.params["inclusive"] is False
    assert "4月1日当天" in base.source  # the decision and its reasons are in the rule


@pytest.mark.parametrize(
    "params,expected",
    [
        ("{month: 2, day: 30}", "截止日 2月30日 不是每年都有的日期"),
        ("{month: 13, day: 1}", "截止日 13月1日 不是每年都有的日期"),
        ("{month: 2, day: 29}", "截止日 2月29日 不是每年都有的日期"),
        ("{boundary_severity: 严重}", "boundary_severity 应为 error / warning / info"),
        ("{year_offset: 1000000000}", "year_offset 是截止日所在年与报告年度之差，应为 0–5"),
    ],
)
def test_deadline_that_no_year_has_is_a_rulebook_error(tmp_path, params, expected):
    # QA qa3-R9: a deadline day that does not exist (2月30日, month 13) loaded fine and every check then failed with
    # "内部错误（ValueError: day is out of range for month）"
    from conftest import run_cli, seed_path

    book = tmp_path / "省规则.yaml"
    book.write_text(
        'schema: 1\nid: p\nname: 省\nversion: "1"\nextends: outline-2021-2025\n'
        f"overrides:\n  publish_deadline:\n    params: {params}\n",
        encoding="utf-8",
    )
    seed = seed_path("003_d63e53787c8bf399.txt")
    for args in (("rules", "--check", str(book)), (str(seed), "--no-pdf", "--rulebook", str(book))):
        res = run_cli(*args)
        assert res.returncode == 2 and "内部错误" not in res.stderr, res.stderr
        assert f"{book}:8: 规则 publish_deadline 的参数：{expected}" in res.stderr, res.stderr
    # the same through lawcheck.yaml (deadline: / params:), without any overlay
    (tmp_path / "lawcheck.yaml").write_text(f"params: {{publish_deadline: {params}}}\n", encoding="utf-8")
    res = run_cli(str(seed), "--no-pdf", cwd=tmp_path)
    assert res.returncode == 2 and f"lawcheck.yaml: 规则 publish_deadline 的参数：{expected}" in res.stderr, res.stderr
