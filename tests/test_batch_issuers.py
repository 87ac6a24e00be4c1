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
]
DIFFERENT = ["南昌高新区", "南昌经开区", "南昌县", "南昌市", "某某县", "某某区", "某某县司法局", "某某县人民政府办公室"]


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
