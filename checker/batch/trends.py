"""Year over year: one unit's reports of several years side by side.

`year_over_year(reports)` takes lawcheck/1 dicts (each with a "region") and
returns the "year_over_year" entries of lawcheck-batch/1: for every issuer
(grouped by issuers.issuer_key, joined over the batch by issuers.batch_keys) with reports of at least two different
years, its years in order with score and element statuses, and what changed
between the two latest years: `fixed` (elements present now that were
missing or partial before) and `regressed` (elements whose status is lower
now). Only elements both years were checked for are compared. Several
reports of one issuer and year (duplicates, copies in two folders): the one
with the highest score, then the first file name, stands for that year.
Texts that are another kind of document (a batch's "document_kind": a news
item, a 信息公开 annual report…) are left out: they are no year of the report.
A key naming no place (issuers.placeless: "经开区", "高新区综治局", "市水务局",
"区") never joins two reports on its own (`unit_of`): two reports with it are
one unit when their texts name the same place before it (the batch's
"unit_place", issuers.unit_place: "2024年宁河经济开发区…" -> 宁河), and within
that place's region folder; without a place in the text, when both lie in one
region folder that names a place ("广东", "曲靖市", "宁河区": a province or a
name ending in a level word). In a flat folder (or folders such as "2023年",
"各部门") a place-less report whose text names no place is a unit of its own.
A county
renamed a district (铜梁县 2013, 铜梁区 2015: issuers.renamed_county) is one unit
when every county year comes before every district year and both are in one
region (辽宁's 朝阳县 and 北京's 朝阳区 stay apart); shown by the district's name.
Order: by issuer display name, then key, then region.
"""

from __future__ import annotations

import re

from .issuers import batch_keys, display_names, issuer_key, placeless, renamed_county

RANK = {"missing": 0, "partial": 1, "present": 2}


def year_over_year(reports: list[dict]) -> list[dict]:
    groups: dict[tuple[str, str], dict[int, dict]] = {}
    names: list[str | None] = []
    reports = [r for r in reports if not r.get("error") and not r.get("document_kind")]  # no year of the report
    keys = batch_keys(r.get("issuer") for r in reports)
    for r in reports:
        key, year = issuer_key(r.get("issuer")), r.get("year")
        key = keys.get(key, key) if key is not None else None
        if key is None or not isinstance(year, int):
            continue
        names.append(r.get("issuer"))
        group = unit_of(r, key)
        best = groups.setdefault(group, {}).get(year)
        if best is None or (-(r.get("score") or 0), str(r.get("file"))) < (
            -(best.get("score") or 0),
            str(best.get("file")),
        ):
            groups[group][year] = r
    _join_renamed_counties(groups)
    shown = display_names(names, keys)
    out = []
    for (key, region), by_year in groups.items():
        if len(by_year) < 2:
            continue
        years = [
            {
                "year": y,
                "file": r.get("file"),
                "score": r.get("score"),
                "elements": {e["id"]: e["status"] for e in r.get("elements") or []},
            }
            for y, r in sorted(by_year.items())
        ]
        before, now = years[-2]["elements"], years[-1]["elements"]
        common = [eid for eid in now if eid in before]
        out.append(
            (
                region,
                {
                    # a placeless name per group: the spellings of its reports, with the place its texts name
                    "issuer": _with_place(
                        display_names(r.get("issuer") for r in by_year.values()).get(key, key), by_year
                    )
                    if region
                    else shown.get(key, key),
                    "years": years,
                    "fixed": [eid for eid in common if now[eid] == "present" and before[eid] != "present"],
                    "regressed": [eid for eid in common if RANK.get(now[eid], 0) < RANK.get(before[eid], 0)],
                },
            )
        )
    out.sort(key=lambda re_: (re_[1]["issuer"], issuer_key(re_[1]["issuer"]) or "", re_[0]))
    return [e for _, e in out]


# a region folder that names a place: a province (as metadata.py's short names) or a name ending in a level word
_PLACE_FOLDER = re.compile(
    r"^(?:北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州"
    r"|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆|香港|澳门|台湾)|[\u4e00-\u9fff]{2,}(?:省|市|州|盟|地区|县|区|旗|镇|乡|街道)$"
)


def place_folder(region: str | None) -> bool:
    """True for a region folder named after a place ("广东", "曲靖市"), not "2023年" or "各部门"."""
    return bool(region) and bool(_PLACE_FOLDER.match(str(region)))


def unit_of(report: dict, key: str) -> tuple[str, str]:
    """The year-over-year group of a report with batch key `key`: (key, "") for a
    key that names a place; for a place-less key (see the module docstring)
    (key, region + "/" + place), (key, region) in a place folder, else (key, "\0" + file):
    a unit of its own. The second part is the "region" the entry is shown under."""
    if not placeless(key):
        return (key, "")
    region = str(report.get("region") or "")
    place = report.get("unit_place")
    if place:
        return (key, f"{region}/{place}" if region else str(place))
    if place_folder(region):
        return (key, region)
    return (key, "\0" + str(report.get("file")))


def _with_place(name: str, by_year: dict[int, dict]) -> str:
    """A place-less name with the place its texts name: 经济开发区 and 宁河 -> "经济开发区（宁河）"."""
    place = next((r.get("unit_place") for r in by_year.values() if r.get("unit_place")), None)
    return f"{name}（{place}）" if place and place not in name else name


def _join_renamed_counties(groups: dict[tuple[str, str], dict[int, dict]]) -> None:
    """A county renamed a district (issuers.renamed_county) is one unit when all
    its years come before all of the district's: its years join the district."""

    def regions(g: tuple[str, str]) -> set[str]:
        return {str(r.get("region") or "") for r in groups[g].values()}

    for county in [g for g in groups if g[0].endswith("县")]:
        years = groups[county]
        heirs = [
            g
            for g in groups
            if renamed_county(county[0], g[0]) and min(groups[g]) > max(years) and regions(g) == regions(county)
        ]
        if len(heirs) == 1:
            groups[heirs[0]].update(years)
            del groups[county]
