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
A key naming no place (issuers.placeless: "经开区", "高新区综治局", "市水务局")
is one unit only within one region: two regions' 经开区 are two units. A county
renamed a district (铜梁县 2013, 铜梁区 2015: issuers.renamed_county) is one unit
when every county year comes before every district year and both are in one
region (辽宁's 朝阳县 and 北京's 朝阳区 stay apart); shown by the district's name.
Order: by issuer display name, then key, then region.
"""

from __future__ import annotations

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
        group = (key, str(r.get("region") or "")) if placeless(key) else (key, "")
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
                    # a placeless name per region: the spellings of that region's reports
                    "issuer": display_names(r.get("issuer") for r in by_year.values()).get(key, key)
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
