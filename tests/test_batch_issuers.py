"""Issuer names -> one key per unit (checker/batch/issuers.py)."""

from __future__ import annotations

import pytest
from batch_inputs import SEEDS, check

from checker.batch.issuers import display_names, issuer_key, name_variants

SAME = [
    [
        "南昌高新区",
        "南昌高新技术产业开发区",
        "南昌高新区管委会",
        "南昌高新技术产业开发区管理委员会",
        " 南昌 高新区 ",
        "南昌高新区（南昌高新技术产业开发区）",
        "中共南昌高新区工委、南昌高新区管委会",
    ],
    ["荆州苗族侗族自治县", "荆州苗侗族自治县", "荆州苗侗族自治县人民政府", "荆州自治县"],
    [
        "某某县",
        "某某县人民政府",
        "中共某某县委 某某县人民政府",
        "中共某某县委某某县人民政府",
        "中共某某县委员会",
        "某某县委员会 某某县人民政府",
    ],
    ["许昌市城乡一体化示范区管委会", "许昌城乡一体化示范区", "中共许昌市城乡一体化示范区工作委员会"],
    ["常州经开区", "常州经济技术开发区", "常州经济开发区管委会", "常州市经开区"],
    ["湘西土家族苗族自治州人民政府", "湘西自治州"],
    # written so on real pages (tests/realaudit, tests/realpages): one unit each
    ["海关总署党委 海关总署", "海关总署党委、海关总署", "海关总署"],
    ["广州市公安局增城区分局", "广州市公安局增城区公安分局", "广州市增城区公安分局"],
    ["中共青岛市交通运输局党组", "青岛市交通运输局"],
    ["元谋县县卫生健康局", "元谋县卫生健康局", "元谋县卫健局"],
    ["廉江市民政局民政局", "廉江市民政局"],
    ["原环境保护部", "环境保护部"],
    ["北京市卫生健康委员会", "北京市卫健委", "北京市卫生健康委"],
    ["杭州市市场监管局", "杭州市市场监督管理局"],
    ["天津市交通运输委员会", "天津市交通委"],
    ["重庆市长寿区人力资源和社会保障局", "重庆市长寿区人社局"],
]
DIFFERENT = ["南昌高新区", "南昌经开区", "南昌县", "南昌市", "某某县", "某某区", "某某县司法局", "某某县人民政府办公室"]
# look-alikes on real pages that must stay apart (tests/realaudit): one district's bureaus, places starting with 原
DIFFERENT_REAL = [
    "重庆市长寿区交通局",
    "重庆市长寿区司法局",
    "重庆市长寿区卫生健康委员会",
    "重庆市长寿区教育委员会",
    "长寿区",
    "原阳县司法局",
    "阳县司法局",
    "张店区房镇镇",
    "张店区房镇",
    "广州市公安局海珠区分局",
    "广州市公安局增城区分局",
    "广州市公安局",
]


@pytest.mark.parametrize("names", SAME, ids=lambda ns: ns[0])
def test_spellings_of_one_unit_share_a_key(names):
    keys = {issuer_key(n) for n in names}
    assert len(keys) == 1 and None not in keys


def test_different_units_keep_different_keys():
    keys = [issuer_key(n) for n in DIFFERENT]
    assert len(set(keys)) == len(DIFFERENT)


def test_nothing_left_is_none():
    assert issuer_key(None) is None
    assert issuer_key("") is None
    assert issuer_key("  ") is None


def test_display_name_is_most_frequent_then_longest():
    shown = display_names(["南昌高新区", "南昌高新技术产业开发区", "南昌高新区", None])
    assert shown == {issuer_key("南昌高新区"): "南昌高新区"}
    shown = display_names(["南昌高新区", "南昌高新技术产业开发区"])
    assert shown[issuer_key("南昌高新区")] == "南昌高新技术产业开发区"


def test_variants_for_masking():
    v = name_variants("南昌高新区管委会")
    assert {"南昌高新区管委会", "南昌高新区", "南昌高新技术产业开发区"} <= set(v)
    assert v == sorted(v, key=lambda s: (-len(s), s))
    assert name_variants(None) == []


def test_seed_issuers_have_keys_and_are_distinct():
    keys = [issuer_key(check(p)["issuer"]) for p in SEEDS]
    assert None not in keys and len(set(keys)) == len(SEEDS)


@pytest.mark.parametrize(
    "key, shorter",
    [
        ("重庆市铜梁区司法局", ("铜梁区司法局",)),
        ("江苏省南京市鼓楼区", ("南京市鼓楼区", "鼓楼区")),
        ("内蒙古自治区呼和浩特市新城区", ("呼和浩特市新城区", "新城区")),
        ("长沙县黄兴镇", ("黄兴镇",)),
        ("湖州市南浔区", ("南浔区",)),
        ("上海市司法局", ()),  # no place between the city and the unit: nothing to take off
        ("苏州市市场监督管理局", ()),  # 市场 is no place
        ("海口市", ()),
        ("国家税务总局上海市税务局", ()),
    ],
)
def test_shorter_names_take_off_the_places_above(key, shorter):
    from checker.batch.issuers import shorter_names

    assert shorter_names(key) == shorter


def test_batch_joins_a_unit_named_with_and_without_its_city():
    from checker.batch.issuers import batch_keys

    names = [
        "重庆市铜梁区司法局",
        "铜梁区司法局",
        "北京市朝阳区人民政府",
        "朝阳区政府",
        "长沙县黄兴镇人民政府",
        "黄兴镇",
    ]
    keys = batch_keys(names)
    unit = {n: keys[issuer_key(n)] for n in names}
    assert unit["铜梁区司法局"] == unit["重庆市铜梁区司法局"] == "重庆市铜梁区司法局"
    assert unit["朝阳区政府"] == unit["北京市朝阳区人民政府"] == "北京市朝阳区"
    assert unit["黄兴镇"] == unit["长沙县黄兴镇人民政府"]
    assert len(set(unit.values())) == 3


def test_batch_keeps_a_short_name_apart_when_two_units_could_own_it():
    """A province's batch with 南京市鼓楼区 and 徐州市鼓楼区: a report signed only
    鼓楼区 could be either, so it joins neither; the two stay two."""
    from checker.batch.issuers import batch_keys

    keys = batch_keys(["江苏省南京市鼓楼区人民政府", "南京市鼓楼区人民政府", "徐州市鼓楼区人民政府", "鼓楼区人民政府"])
    assert keys["南京市鼓楼区"] == keys["江苏省南京市鼓楼区"] == "江苏省南京市鼓楼区"
    assert keys["徐州市鼓楼区"] == "徐州市鼓楼区"
    assert keys["鼓楼区"] == "鼓楼区"


def test_year_over_year_joins_the_city_prefixed_name(tmp_path):
    """Seed 003 (南昌高新区, 2023) and an earlier year signed with the province
    in front (江西省南昌高新区 → 南昌高新区): one unit, two years."""
    from batch_inputs import SEED_003, shift_years

    from checker.batch.trends import year_over_year

    text = SEED_003.read_text(encoding="utf-8")
    older = tmp_path / "2022.txt"
    older.write_text(shift_years(text, -1).replace("南昌高新区", "江西省南昌市南昌高新区"), encoding="utf-8")
    a, b = check(SEED_003, "全市"), check(older, "全市")
    assert a["issuer"] != b["issuer"] and b["issuer"].startswith("江西省")
    entries = year_over_year([a, b])
    assert len(entries) == 1 and [y["year"] for y in entries[0]["years"]] == [2022, 2023]


@pytest.mark.parametrize("key", ["随州高新区", "大同市城区", "杭州经开区"])
def test_a_bare_zone_type_or_generic_district_is_no_shorter_name(key):
    """随州高新区 -> 高新区 would join any other city's zone that signs 高新区."""
    from checker.batch.issuers import shorter_names

    assert shorter_names(key) == ()


def test_real_look_alikes_keep_apart():
    keys = [issuer_key(n) for n in DIFFERENT_REAL]
    assert len(set(keys)) == len(keys) and None not in keys, keys


def test_the_name_shown_is_the_unit_not_its_party_organ():
    assert display_names(["海关总署党委 海关总署", "海关总署"]) == {"海关总署": "海关总署"}
