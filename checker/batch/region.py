"""`--region-from issuer`: the region of a report from its issuer's name.

The region is the last administrative unit at the front of the name: the
name is cut into units ending in 省/自治区/市/州/盟/地区/县/区/旗 (and
高新区/开发区/新区 …) from its start, as long as they follow each other, and the
last one is the region — 南昌市青山湖区司法局 → 青山湖区; 南昌市公安局 →
南昌市; 广州市公安局增城区分局 → 增城区 (a city bureau's district branch, issuers.police_branch); 南昌高新区管委会 → 南昌高新区; 随州高新区 → 随州高新区 (a city X州
without 市 before a zone is part of the zone's name). A name with no such unit at its start
(a department named on its own) is its own region, normalised with
checker.batch.issuers when that module is present.

Same-named districts of different cities (杭州市西湖区 and 南昌市西湖区, the
鼓楼区 of 南京, 福州 and 徐州): `ambiguous_regions(issuers)` lists the region
names that the issuers of one batch give with two different places above them,
and `region_of_issuer(name, qualify)` keeps the place above such a region,
without its 市 or 省 (杭州市西湖区司法局 and 杭州西湖区司法局 -> 杭州西湖区),
so two cities' districts are two regions.
A name without the place above ("西湖区人民政府") stays as it is: it cannot
tell which one it is.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

# an autonomous unit's name may hold 州/县 itself (荆州苗侗族自治县): tried first
_AUTONOMOUS = re.compile(r"(?:(?![省市])[\u4e00-\u9fff]){1,12}?(?:自治区|自治州|自治县|自治旗)")
_UNIT = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:特别行政区|经济技术开发区|高新技术产业开发区"
    r"|高新区|开发区|新区|地区|省|市|州(?!市)|盟|县|区|旗)"  # 杭州市: one unit, not 杭州 + 市…
)
# words that end like a unit but start a department's name: 柳州市城市管理局 is 柳州市's (no place is called 城市)
_WORDS = frozenset({"城市"})
_NOT_A_PLACE = re.compile(r"(?:局|委|办|厅|院|部|政府|中心|公司|所|站|队|会)")
# a development zone named after its city: a city called X州 written without 市 (随州, 常州, 苏州) is cut as a unit of
# its own by 州, but 随州高新区 is one zone, like 南昌高新区 (and unlike 杭州市高新区, whose 市 makes 杭州市 a unit)
_ZONE = re.compile(r"(?:高新区|开发区|新区|经开区|园区|示范区|试验区|实验区|保税区|合作区)$")
_BARE_ZHOU = re.compile(r"^(?:(?!自治州$).)*州$")


def region_of_issuer(issuer: str | None, qualify: Collection[str] = ()) -> str | None:
    """The region of an issuer's name; a region in `qualify` (ambiguous_regions) with the place above it."""
    if not issuer:
        return None
    name = _branch(issuer.strip())
    units = _units(name)
    if units:
        if units[-1] in qualify and len(units) >= 2:
            return _above(units[-2]) + units[-1]
        return units[-1]
    try:
        from .issuers import issuer_key
    except ImportError:
        return name
    return issuer_key(name) or name


def _above(unit: str) -> str:
    """The place above a region, written one way: 杭州市 and 杭州 -> 杭州; 浙江省 -> 浙江."""
    return unit[:-1] if len(unit) > 2 and unit[-1] in "省市" else unit


def _branch(name: str) -> str:
    try:  # 广州市公安局增城区分局: the branch of 增城区 (read as 广州市增城区公安分局); 中共X委 X政府: X
        from .issuers import government_part, police_branch
    except ImportError:
        return name
    return police_branch(government_part(name))


def _units(name: str) -> list[str]:
    """The administrative units at the front of a name, outermost first: 浙江省杭州市西湖区司法局 ->
    [浙江省, 杭州市, 西湖区]; a zone named after its city (随州高新区) is one unit."""
    pos, units = 0, []
    while True:
        m = _AUTONOMOUS.match(name, pos) or _UNIT.match(name, pos)
        if not m or _NOT_A_PLACE.search(m.group(0)) or m.group(0) in _WORDS:
            break
        unit = m.group(0)
        if units and _BARE_ZHOU.match(units[-1]) and _ZONE.search(unit):
            units[-1] += unit
        else:
            units.append(unit)
        pos = m.end()
    return units


def ambiguous_regions(issuers: Iterable[str | None]) -> frozenset[str]:
    """Region names the batch's issuers give with two or more different places above them (杭州市西湖区司法局 and
    南昌市西湖区人民政府: 西湖区); a name written with and without its province (江苏省南京市鼓楼区 / 南京市鼓楼区)
    has one place above its region (南京市)."""
    above: dict[str, set[str]] = {}
    for issuer in issuers:
        units = _units(_branch(issuer.strip())) if issuer else []
        if len(units) >= 2:
            above.setdefault(units[-1], set()).add(_above(units[-2]))
    return frozenset(region for region, places in above.items() if len(places) >= 2)
