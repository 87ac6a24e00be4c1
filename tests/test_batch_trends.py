"""Year over year (checker/batch/trends.py) on real reports: seed 003
(南昌高新区, 2023) and edited earlier-year copies checked by the pipeline."""

from __future__ import annotations

import pytest
from batch_inputs import SEED_003, SEEDS, check, shift_years

from checker.batch.trends import year_over_year

ADVISER_WORDS = ("法律顾问", "公职律师")


def without(text: str, words) -> str:
    return "\n".join(ln for ln in text.splitlines() if not any(w in ln for w in words))


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trends")
    text = SEED_003.read_text(encoding="utf-8")
    older = tmp / "2022" / "南昌高新技术产业开发区2022年报告.txt"  # the full name: one issuer with 南昌高新区
    older.parent.mkdir()
    older.write_text(
        without(shift_years(text, -1), ADVISER_WORDS).replace("南昌高新区", "南昌高新技术产业开发区"), encoding="utf-8"
    )
    out = [check(p, "全市") for p in SEEDS] + [check(older, "全市")]
    return out, str(older)


def test_preconditions(reports):
    out, older = reports
    old = next(r for r in out if r["file"] == older)
    new = next(r for r in out if r["file"] == str(SEED_003))
    assert (old["year"], new["year"]) == (2022, 2023)
    assert old["issuer"] != new["issuer"]
    adv = {r["file"]: {e["id"]: e["status"] for e in r["elements"]} for r in (old, new)}
    changed = [eid for eid in adv[older] if adv[older][eid] != adv[str(SEED_003)][eid]]
    assert changed and all(adv[older][e] != "present" and adv[str(SEED_003)][e] == "present" for e in changed)


def test_fixed_between_years(reports):
    out, older = reports
    entries = year_over_year(out)
    assert len(entries) == 1  # only 南昌高新区 has two years; the other seeds one each
    e = entries[0]
    assert e["issuer"] in ("南昌高新区", "南昌高新技术产业开发区")
    assert [y["year"] for y in e["years"]] == [2022, 2023]
    assert [y["file"] for y in e["years"]] == [older, str(SEED_003)]
    old, new = e["years"]
    assert e["fixed"] == [
        eid for eid in new["elements"] if new["elements"][eid] == "present" and old["elements"][eid] != "present"
    ]
    assert e["fixed"] and e["regressed"] == []
    assert new["score"] > old["score"]


def test_regressed_when_years_swap(reports):
    out, older = reports
    swapped = []
    for r in out:
        if r["file"] in (older, str(SEED_003)):
            r = {**r, "year": 2023 if r["file"] == older else 2022}
        swapped.append(r)
    e = year_over_year(swapped)[0]
    assert e["regressed"] and e["fixed"] == []
    assert e["regressed"] == year_over_year(out)[0]["fixed"]


def test_one_year_only_and_duplicates(reports):
    out, _ = reports
    assert year_over_year([r for r in out if r["year"] != 2022]) == []
    dup = {**next(r for r in out if r["file"] == str(SEED_003)), "file": "z/copy.txt", "score": 1}
    entries = year_over_year(out + [dup])
    assert [y["file"] for y in entries[0]["years"]][-1] == str(SEED_003)  # higher score stands for the year
    assert year_over_year(list(reversed(out + [dup]))) == entries


def _report(file: str, issuer: str, year: int, region: str, score: int = 50) -> dict:
    return {"file": file, "issuer": issuer, "year": year, "region": region, "score": score, "elements": []}


def test_a_county_renamed_a_district_is_one_unit():
    """县改区: 铜梁县 (2013, 2014) became 铜梁区 (2015 on); 赣县 became 赣县区."""
    out = year_over_year(
        [
            _report("a/2013.txt", "重庆市铜梁县人民政府", 2013, "重庆"),
            _report("a/2014.txt", "铜梁县政府", 2014, "重庆"),
            _report("a/2016.txt", "重庆市铜梁区人民政府", 2016, "重庆"),
            _report("b/2015.txt", "赣县人民政府", 2015, "江西"),
            _report("b/2017.txt", "赣州市赣县区人民政府", 2017, "江西"),
        ]
    )
    years = {e["issuer"]: [y["year"] for y in e["years"]] for e in out}
    assert years == {"重庆市铜梁区人民政府": [2013, 2014, 2016], "赣州市赣县区人民政府": [2015, 2017]}


@pytest.mark.parametrize(
    "reports",
    [
        # a county and a district of the same stem in two regions (辽宁 朝阳县, 北京 朝阳区)
        [("朝阳县人民政府", 2019, "辽宁"), ("朝阳县人民政府", 2020, "辽宁"), ("朝阳区人民政府", 2022, "北京")],
        # years that overlap: two units, not one renamed
        [("某某县人民政府", 2021, "甲"), ("某某区人民政府", 2021, "甲"), ("某某区人民政府", 2022, "甲")],
        # 县 -> 市 is no renaming rule: 南昌县 and 南昌市 are two units
        [("南昌县人民政府", 2019, "江西"), ("南昌市人民政府", 2020, "江西"), ("南昌市人民政府", 2021, "江西")],
    ],
)
def test_county_and_district_kept_apart(reports):
    rows = [_report(f"{i}.txt", n, y, reg) for i, (n, y, reg) in enumerate(reports)]
    name = {r["file"]: r["issuer"] for r in rows}
    for e in year_over_year(rows):
        assert len({name[y["file"]] for y in e["years"]}) == 1, e


def test_zones_named_without_a_place_are_one_unit_only_within_a_region():
    out = year_over_year(
        [
            _report("云南/a.txt", "经济技术开发区管理委员会", 2022, "云南"),
            _report("天津/b.txt", "经济开发区", 2024, "天津"),
            _report("天津/c.txt", "经济开发区", 2023, "天津"),
            _report("湖北/d.txt", "珠海国家高新技术产业开发区管理委员会", 2022, "广东"),
            _report("湖北/e.txt", "珠海高新区管委会", 2023, "广东"),
        ]
    )
    assert sorted([y["file"] for y in e["years"]] for e in out) == [
        ["天津/c.txt", "天津/b.txt"],
        ["湖北/d.txt", "湖北/e.txt"],
    ]
    assert next(e["issuer"] for e in out if e["years"][0]["file"].startswith("天津")) == "经济开发区"
