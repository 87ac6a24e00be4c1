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
