"""`--region-from issuer`: the region of a report from its issuer's name.

The region is the last administrative unit at the front of the name: the
name is cut into units ending in 省/自治区/市/州/盟/地区/县/区/旗 (and
高新区/开发区/新区 …) from its start, as long as they follow each other, and the
last one is the region — 南昌市青山湖区司法局 → 青山湖区; 南昌市公安局 →
南昌市; 广州市公安局增城区分局 → 增城区 (a city bureau's district branch, issuers.police_branch); 南昌高新区管委会 → 南昌高新区; 随州高新区 → 随州高新区 (a city X州
without 市 before a zone is part of the zone's name). A name with no such unit at its start
(a department named on its own) is its own region, normalised with
checker.batch.issuers when that module is present.
"""

from __future__ import annotations

import re

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


def region_of_issuer(issuer: str | None) -> str | None:
    if not issuer:
        return None
    name = issuer.strip()
    try:  # 广州市公安局增城区分局: the branch of 增城区 (read as 广州市增城区公安分局); 中共X委 X政府: X
        from .issuers import government_part, police_branch

        name = police_branch(government_part(name))
    except ImportError:
        pass
    pos, last = 0, None
    while True:
        m = _AUTONOMOUS.match(name, pos) or _UNIT.match(name, pos)
        if not m or _NOT_A_PLACE.search(m.group(0)) or m.group(0) in _WORDS:
            break
        unit = m.group(0)
        last = last + unit if last and _BARE_ZHOU.match(last) and _ZONE.search(unit) else unit
        pos = m.end()
    if last:
        return last
    try:
        from .issuers import issuer_key
    except ImportError:
        return name
    return issuer_key(name) or name
