"""Issuer names -> one key per unit, for year-over-year views and masking.

`issuer_key(name)` folds the ways one unit's name is written:

* NFKC, white space dropped, bracketed asides dropped ("南昌高新区（南昌高新技术产业开发区）");
* joint issuers ("中共某县委 某县人民政府", "中共某区工委、某区管委会") -> the government part;
  a party committee alone ("中共某县委员会") -> 某县;
* the body's suffix dropped: 人民政府, 管理委员会, 管委会, 委员会, 党工委, 工委, 县委/区委/市委 -> 县/区/市;
* full unit-type names -> their short names (checker/data/unit_short_names.txt:
  高新技术产业开发区 -> 高新区, 经济技术开发区 -> 经开区, ...);
* ethnic groups in autonomous units dropped (checker/data/ethnic_groups.txt):
  荆州苗族侗族自治县 / 荆州苗侗族自治县 -> 荆州自治县;
* a 市 between a city and its zone dropped: 随州市高新区 -> 随州高新区;
* a city before a unit named after it dropped: 南昌市南昌高新区 -> 南昌高新区,
  长沙市长沙县 -> 长沙县;
* 国家/国家级 before a zone type dropped: 珠海国家高新区 -> 珠海高新区;
* a unit's party organ before it ("海关总署党委 海关总署") or alone ("中共某局党组") -> the unit;
* a city police bureau's district branch, any of three ways -> 某市某区公安分局 (`police_branch`);
* department full names -> short names, before the body suffix goes (the second part of
  unit_short_names.txt: 卫生健康委员会 -> 卫健委, 市场监督管理局 -> 市场监管局);
* slips: 县县/区区 -> 县/区, a unit written twice at the end (民政局民政局), 原 before a central body.

`batch_keys(names)` goes one step further, over the names of one batch: a
unit named with and without the places above it ("重庆市铜梁区司法局" /
"铜梁区司法局", "江苏省南京市鼓楼区" / "南京市鼓楼区" / "鼓楼区", "长沙县黄兴镇" /
"黄兴镇") is one unit when the batch holds only one unit the short name can be.
When it can be two (南京市鼓楼区 and 徐州市鼓楼区 in one province's batch), the
short name stays apart and so do the two.

`placeless(key)`: a key that names no place — a bare zone type ("经济开发区",
"经济技术开发区管理委员会" -> 经开区; "高新区综治局") or a department under a bare
level word ("市水务局", "区政府办", "县司法局"; not 市中区/市北区/市南区, which are
places). Two such reports are one unit only within one region (trends.py).
A bare zone type with its place in brackets, as a zone and a district run by
one government write it ("高新区(新市区)人民政府"), is keyed by the place: 新市区.

`renamed_county(a, b)`: b can be county a renamed a district (铜梁县 -> 铜梁区,
赣县 -> 赣县区); trends.py joins them when every county year comes first.

`display_names(names)` picks one name to show per key: the most frequent
spelling, then one without a party organ (中共/党委/党组), then the longest, then the first in code-point order.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

_BRACKETS = re.compile(r"[(\[【〔「<《][^)\]】〕」>》]*[)\]】〕」>》]")
_BRACKET_CHARS = re.compile(r"[()\[\]【】〔〕「」<>《》\"'“”‘’]")
_SPACE = re.compile(r"\s+")
_JOINT_SPLIT = re.compile(r"[、,，;；/]")
# "中共某县委某县人民政府" written without a separator: the party committee in front
_PARTY_FIRST = re.compile(r"^中共.+?(?:工作委员会|委员会|党工委|工委|委)(?!员会)(?=[\u4e00-\u9fff]{2})")
# body suffixes, longest first; loop until none applies
_SUFFIXES = ("人民政府", "管理委员会", "管委会", "党工委", "工作委员会", "工委", "委员会", "政府", "党委", "党组")
# a unit's party organ written before the unit itself: "海关总署党委 海关总署", "中共某局党组某局" -> the unit
_ORGAN_FIRST = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{2,}?)(?:党工委|党委|党组)(?=\1)")
_ORGANS = ("党工委", "党委", "党组")
# a city police bureau's branch in a district, three ways: 广州市公安局增城区分局 / 广州市公安局增城区公安分局 /
# 广州市增城区公安分局 -> the last (whose shorter name 增城区公安分局 batch_keys joins)
_POLICE_BRANCH = re.compile(r"^(.*?)公安局([\u4e00-\u9fff]{1,8}?[区县市旗])(?:公安)?分局$")
# a unit written as the former one: 原环境保护部 -> 环境保护部 (only before a central body; 原阳县, 原平市 are places)
_FORMER = re.compile(r"^原(?=[\u4e00-\u9fff]{2,10}(?:部|总局|署)$)")
# a level word or a unit written twice by a slip: 元谋县县卫生健康局 -> 元谋县卫生健康局, 廉江市民政局民政局 -> 廉江市民政局
# (县县/区区 only: 市市 starts 市场监督管理局, 镇镇 ends 房镇镇)
_LEVEL_TWICE = re.compile(r"(?<=[\u4e00-\u9fff])([县区])\1(?=[\u4e00-\u9fff]{2,})")
_UNIT_TWICE = re.compile(r"([\u4e00-\u9fff]{2,8}?[局委办厅署])\1$")
_COMMITTEE = re.compile(r"(?<=[省市县区州旗镇乡])委$")
_ZONES = ("高新区", "经开区", "开发区", "新区", "示范区", "产业园区", "园区", "试验区", "保税区")
# a bare level word before a unit: "市水务局", "区政府办"; 市中区/市北区/市南区 are places
_BARE_LEVEL = re.compile(r"^(?:省|市(?![中南北东西]区)|县|区|镇|乡|街道)(?=[\u4e00-\u9fff])")


def _data_lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@functools.lru_cache(maxsize=1)
def _short_names() -> list[tuple[str, str]]:
    pairs = [tuple(ln.split()[:2]) for ln in _data_lines("unit_short_names.txt") if len(ln.split()) >= 2]
    return sorted(pairs, key=lambda p: -len(p[0]))


@functools.lru_cache(maxsize=1)
def _ethnic_re() -> re.Pattern:
    groups = sorted(_data_lines("ethnic_groups.txt"), key=len, reverse=True)
    alt = "|".join(map(re.escape, groups))
    return re.compile(rf"(?:(?:{alt})+族)+(?=自治[县州旗区乡])")


_CITY_REPEATED = re.compile(r"([\u4e00-\u9fff]{2,4})市(?=\1)")


@functools.lru_cache(maxsize=1)
def _zone_re() -> re.Pattern:
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})市(?=[\u4e00-\u9fff]*(?:{'|'.join(_ZONES)})$)")


def _strip_body(part: str) -> str:
    changed = True
    while changed and part:
        changed = False
        if part.startswith("中共") and len(part) > 2:
            part, changed = part[2:], True
        for suf in _SUFFIXES:
            if part.endswith(suf) and len(part) > len(suf):
                part, changed = part[: -len(suf)], True
                break
        if _COMMITTEE.search(part) and len(part) > 2:
            part, changed = part[:-1], True
    return part


def _joint_by_space(text: str) -> str:
    """ "某县委员会 某县人民政府": white space between two bodies is a separator; else dropped."""
    pieces = text.split()
    if len(pieces) > 1 and sum(p.endswith(("委", "会", "政府")) for p in pieces) >= 2:
        return "、".join(pieces)
    return "".join(pieces)


def _parts(name: str) -> list[str]:
    parts = [p for p in _JOINT_SPLIT.split(name) if p]
    if len(parts) == 1 and _PARTY_FIRST.match(parts[0]):
        parts = [_PARTY_FIRST.match(parts[0]).group(0), parts[0][_PARTY_FIRST.match(parts[0]).end() :]]
    if len(parts) > 1:
        gov = [p for p in parts if not p.startswith("中共") and not p.endswith(_ORGANS)]
        if gov:
            return gov
    return parts


@functools.lru_cache(maxsize=4096)
def issuer_key(name: str | None) -> str | None:
    """One key per unit (see the module docstring); None when nothing is left."""
    if not name:
        return None
    text = _joint_by_space(unicodedata.normalize("NFKC", str(name)))
    outside = _BRACKETS.sub("", text)
    key = _fold(_BRACKET_CHARS.sub("", outside if outside else text))
    if key and outside != text and placeless(key):
        # "高新区(新市区)人民政府": the place in brackets names the unit
        for aside in _BRACKETS.findall(text):
            inner = _fold(_BRACKET_CHARS.sub("", aside))
            if inner and not placeless(inner) and inner.endswith(("区", "县", "市", "旗")):
                return inner
    return key


def _fold(text: str) -> str | None:
    parts = _parts(_ORGAN_FIRST.sub("", text))
    if not parts:
        return None
    key = _UNIT_TWICE.sub(r"\1", _LEVEL_TWICE.sub(r"\1", _FORMER.sub("", parts[0])))
    # short names before the body suffix goes (卫生健康委员会 -> 卫健委, not 卫生健康) and after (经开区管委会 -> 经开区)
    key = _strip_body(_short(key))
    key = _short(police_branch(key))
    key = _ethnic_re().sub("", key)
    key = _CITY_REPEATED.sub("", key)
    key = _zone_re().sub("", key)
    key = _national_re().sub("", key)
    return key or None


def _short(key: str) -> str:
    for full, short in _short_names():
        key = key.replace(full, short)
    return key


@functools.lru_cache(maxsize=1)
def _national_re() -> re.Pattern:
    return re.compile(rf"(?<=[\u4e00-\u9fff]{{2}})国家级?(?=(?:{'|'.join(_ZONES)})$)")


def government_part(name: str) -> str:
    """The government side of a joint issuer, without a leading 中共 ("中共海南省委 海南省人民政府" -> 海南省人民政府,
    "中共某县委员会" -> 某县委员会), for --region-from issuer; any other name unchanged."""
    parts = _parts(_joint_by_space(unicodedata.normalize("NFKC", name)))
    part = parts[0] if parts else name
    return part[2:] if part.startswith("中共") and len(part) > 2 else part


def police_branch(name: str) -> str:
    """广州市公安局增城区分局 -> 广州市增城区公安分局 (the district's branch named as the district's, for
    keys and for --region-from issuer); any other name unchanged."""
    return _POLICE_BRANCH.sub(r"\1\2公安分局", name)


def renamed_county(county: str, district: str) -> bool:
    """True when `district` can be `county` after the county became a district
    (县改区): 铜梁县 -> 铜梁区, 重庆市铜梁县 -> 铜梁区, 赣县 -> 赣州市赣县区
    (each name also without the places above it, as shorter_names).
    Only the name is compared; trends.py also asks that every year of the
    county come before every year of the district."""
    if not (county.endswith("县") and district.endswith("区")) or placeless(county):
        return False
    for c in (county, *shorter_names(county)):
        for d in (district, *shorter_names(district)):
            if len(c) >= 3 and d[:-1] == c[:-1] or d == c + "区":
                return True
    return False


def placeless(key: str | None) -> bool:
    """True for a key naming no place (see the module docstring): a bare zone type
    or generic district at its start, or a bare level word before a unit."""
    if not key:
        return False
    return key in _LEVELS or key.startswith(tuple(_GENERIC)) or bool(_BARE_LEVEL.match(key))


_LEVELS = frozenset({"省", "市", "县", "区", "镇", "乡", "街道"})  # "区人民政府" -> 区: a level word alone
# where a place before a place-less name begins: a line's start, a non-Chinese character, a year (2024年), a place
# above it (天津市宁河…); what a "place" not followed by 市/县/区 must not start with: words for "all / our / each",
# joining words and the verbs a heading starts with ("推进经济开发区…"); a real place starting so (大连, 开封) is then
# not taken unless written with its level (大连市经济开发区): the report stays on its own, never joins a wrong unit
_PLACE_START = r"(?:(?<![\u4e00-\u9fff])|(?<=[年度省市州县区]))"
_NOT_A_PLACE_START = tuple(
    "全本我各该辖其等和与及在对将为是从向按由以于把使有推加强深坚持做抓完健建开落提促优规严创实聚积大扎不进现特根关"
)
PLACE_LINES = 40  # the title, the lead and the first paragraphs: where a report names its unit in full


def unit_place(lines: Iterable[str], issuer: str | None) -> str | None:
    """The place a report with a place-less issuer (`placeless`) names its unit
    with, in its first lines: "经济开发区" with "2024年宁河经济开发区…" in the lead
    -> 宁河; "市水务局" with "广州市水务局" -> 广州. The place is two to four
    Chinese characters right before the name (a 市/县/区 between them dropped:
    "曲靖市经济技术开发区" -> 曲靖), starting a line, after a non-Chinese character, a
    year or a place above it. None when the issuer names a place, or the text
    does not name one (then the report joins no other by its name alone)."""
    key = issuer_key(issuer)
    if not placeless(key):
        return None
    names = [v for v in name_variants(issuer) if len(v) >= 2 and placeless(issuer_key(v))]
    if not names:
        return None
    bare = key in _LEVELS or bool(_BARE_LEVEL.match(key))  # "市水务局", "区": the level is in the name itself
    # (then the stop list above holds too: "现将市林湿局……" names no place)
    level = "()" if bare else "(市|县|区)?"
    found = re.compile(
        rf"{_PLACE_START}((?![年度])[\u4e00-\u9fff]{{2,4}}?){level}(?:国家级?)?(?:{'|'.join(map(re.escape, names))})"
    )
    for n, line in enumerate(lines):
        if n >= PLACE_LINES:
            break
        text = _SPACE.sub("", unicodedata.normalize("NFKC", line))
        for m in found.finditer(text):
            place = m.group(1)
            if placeless(place) or place.startswith("国家"):
                continue
            if not m.group(2) and place.startswith(_NOT_A_PLACE_START):
                continue  # no 市/县/区 after it, and it starts as a word or a verb does
            return place
    return None


# A place above a unit at the start of its name: a province, region or city before a county-level place,
# or a county-level place before a township. Only taken off when such a place follows.
_ABOVE_COUNTY = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|地区|盟|州)(?![市县区州盟])(?=[\u4e00-\u9fff]{1,7}?(?:区|县|市|旗))"
)
_ABOVE_TOWN = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:区|县|市|旗)(?![市县区])(?=[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))")


# What is left must still name one place: not a zone type or a generic district on its own
_GENERIC = frozenset(_ZONES) | {"城区", "郊区", "矿区", "市区", "县城"}


@functools.lru_cache(maxsize=4096)
def shorter_names(key: str) -> tuple[str, ...]:
    """The key without the places above the unit, one level at a time:
    "江苏省南京市鼓楼区" -> ("南京市鼓楼区", "鼓楼区"). A remainder that no longer
    names one place (two characters at least, not a bare zone type such as
    高新区 or a generic 城区) is not taken: "随州高新区" stays whole."""
    out: list[str] = []
    rest = key
    while True:
        m = _ABOVE_COUNTY.match(rest) or _ABOVE_TOWN.match(rest)
        if not m or len(rest) - m.end() < 2 or rest[m.end() :] in _GENERIC:
            return tuple(out)
        rest = rest[m.end() :]
        out.append(rest)


def batch_keys(names: Iterable[str | None]) -> dict[str, str]:
    """issuer_key -> the key of the unit within this batch (see the module
    docstring): a key that is the shorter name of exactly one line of longer
    names (each a shorter name of the next) joins the longest of them."""
    keys = {k for k in map(issuer_key, names) if k}
    longer: dict[str, set[str]] = {}
    for k in keys:
        for s in shorter_names(k):
            longer.setdefault(s, set()).add(k)
    out = {}
    for k in keys:
        owners = longer.get(k)
        if not owners:
            out[k] = k
            continue
        line = sorted(owners, key=len)
        nested = all(line[i] in shorter_names(line[i + 1]) for i in range(len(line) - 1))
        out[k] = line[-1] if nested else k
    for k, root in list(out.items()):  # a longer name that itself joined a longer one
        while out.get(root, root) != root:
            root = out[root]
        out[k] = root
    return out


def display_names(names: Iterable[str | None], keys: dict[str, str] | None = None) -> dict[str, str]:
    """key -> the name to show: most frequent spelling, then longest, then
    first in code-point order. With `keys` (batch_keys), per batch key."""
    counts: dict[str, Counter] = {}
    for raw in names:
        key = issuer_key(raw)
        if key is not None and keys is not None:
            key = keys.get(key, key)
        if key is None:
            continue
        shown = _SPACE.sub("", unicodedata.normalize("NFKC", str(raw)))
        counts.setdefault(key, Counter())[shown] += 1
    # a joint name with the party organ ("海关总署党委海关总署", "中共某县委某县人民政府") only when no other is written
    return {
        key: min(c.items(), key=lambda kv: (-kv[1], _PARTY_IN.search(kv[0]) is not None, -len(kv[0]), kv[0]))[0]
        for key, c in counts.items()
    }


_PARTY_IN = re.compile(r"中共|党工委|党委|党组")


def name_variants(name: str | None) -> list[str]:
    """Spellings of one unit's name to mask in its text, longest first: the
    name as given, without its body suffix, its key, the key without its
    unit type (南昌高新区 -> 南昌高新, 南昌), and full unit-type names."""
    if not name:
        return []
    text = _joint_by_space(unicodedata.normalize("NFKC", str(name)))
    out = {text}
    for part in _parts(_BRACKET_CHARS.sub("", _BRACKETS.sub("", text) or text)):
        out.add(part)
        out.add(_strip_body(part))
    key = issuer_key(name)
    if key:
        out.add(key)
        for full, short in _short_names():
            if key.endswith(short):
                stem = key[: -len(short)]
                out.add(stem + full)
                if len(stem) >= 2:
                    out.add(stem)
    return sorted((v for v in out if len(v) >= 2), key=lambda v: (-len(v), v))
