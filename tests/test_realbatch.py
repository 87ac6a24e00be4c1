"""`lawcheck batch` over tests/realbatch (63 real pages of 14 multi-year issuers and look-alike units, in region
folders): the labelled issuer grouping, year over year and similar pairs (labels.yaml, written before running)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent / "realbatch"
sys.path.insert(0, str(HERE))

import measure  # noqa: E402

from checker.batch.issuers import issuer_key, placeless  # noqa: E402

LABELS = yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
# pages whose issuer the reader does not get (no title before the text; a page-head line taken as the title):
# their pairs may be split, never wrongly grouped. A reader that gets them later only shrinks this set.
UNREAD = {"rb_tongliang_2022", "rb_zhuhai_gx_2022", "rb_zhuhai_gx_2023"}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    summary = measure.run_batch(tmp_path_factory.mktemp("realbatch") / "out")
    return summary, measure.measure(summary, LABELS)


def test_every_page_checked(run):
    summary, _ = run
    stems = {Path(r["file"]).stem for r in summary["reports"]}
    assert stems == set(LABELS["pages"]) and not summary["failed"]


def test_no_two_units_grouped(run):
    _, res = run
    assert res["wrongly_grouped"] == []
    assert res["yoy_mixed"] == []


def test_one_unit_split_only_where_its_issuer_is_unread(run):
    _, res = run
    unread = {s for s, k in res["keys"].items() if k is None}
    assert unread <= UNREAD
    assert all(set(pair) & unread for pair in res["wrongly_split"]), res["wrongly_split"]
    assert len(res["grouped"]) >= 35


def test_year_over_year_entries_hold_one_unit_each(run):
    summary, res = run
    pages = LABELS["pages"]
    assert summary["year_over_year"]
    for e in summary["year_over_year"]:
        units = {pages[Path(y["file"]).stem]["unit"] for y in e["years"]}
        assert len(units) == 1, (e["issuer"], units)
    whole = set(res["yoy_whole"])
    readable = {pages[s]["unit"] for s in pages if s not in UNREAD}
    assert {u for u in res["yoy_units"] if u in readable and not any(pages[s]["unit"] == u for s in UNREAD)} <= whole


def test_copies_found_and_nothing_else(run):
    summary, res = run
    assert res["copies_missed"] == [] and res["false_pairs"] == []
    listed = {frozenset((Path(p["a"]).stem, Path(p["b"]).stem)) for p in summary["similar_pairs"]}
    for a, b in LABELS["similar_only"]:  # consecutive years sharing boilerplate are not copies
        assert frozenset((a, b)) not in listed


def test_two_regions_zones_named_without_a_place_stay_apart(run):
    """云南 曲靖's "经济技术开发区管理委员会" (2022) and 天津 宁河's "经济开发区" (2024) both fold to 经开区:
    a name naming no place is one unit only within one region."""
    summary, res = run
    assert issuer_key("经济技术开发区管理委员会") == issuer_key("经济开发区") == "经开区"
    assert placeless("经开区") and placeless("市水务局") and placeless("高新区综治局")
    assert res["keys"]["rn14_rep_qujing_jkq_space_2022"] != res["keys"]["rn2_rep_ninghe_jkq_2024"]


@pytest.mark.parametrize(
    "name,key",
    [
        ("高新区(新市区)人民政府", "新市区"),  # a zone and a district under one government: keyed by the place
        ("新市区人民政府", "新市区"),
        ("南昌高新区（南昌高新技术产业开发区）", "南昌高新区"),  # the zone names its place: bracket is an aside
        ("杭州市农业农村局(杭州市乡村振兴局)", "杭州市农业农村局"),
        ("市中区人力资源和社会保障局", "市中区人社局"),  # department short name (unit_short_names.txt)
    ],
)
def test_bracketed_place_of_a_placeless_zone(name, key):
    assert issuer_key(name) == key
    assert not placeless(key)
