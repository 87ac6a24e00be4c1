"""Run the checker over every labelled real page and print agreement per field.

    .venv/bin/python tests/realpages/run.py            # table + disagreements
    .venv/bin/python tests/realpages/run.py --json     # machine-readable

Labels (labels/<id>.yaml) were written by reading the page (pages/<id>.txt)
before the checker was run on it; this script only reads them. A field whose
label is absent is not compared; a label of null means "the page shows none".

Fields: title, year, published, outline_cited, issuer, kind (kind = "report"
iff the checker raises no `not_annual_report` finding; a label naming another
kind — news, academic, … — agrees with any "not a report"), and for report
pages whose label has `elements: {id: present|partial|missing}` one field per
element, `el:<id>` (statuses as defined in ../shared/gold/seeds.yaml).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FIELDS = ("title", "year", "published", "outline_cited", "issuer", "kind")
ELEMENTS = ("measures", "problems", "leader_duty", "next_year_plan", "three_systems", "legal_advisers")
ALL_FIELDS = FIELDS + tuple("el:" + e for e in ELEMENTS)


def _norm_title(t):
    """Titles compare without spaces, in NFKC and simplified characters (the
    checker reports a traditional-character page's title in simplified form)."""
    if t is None:
        return None
    t = unicodedata.normalize("NFKC", str(t))
    from checker.normalize import t2s

    t = t2s.convert(t)
    return "".join(ch for ch in t if not ch.isspace()) or None


def load_labels() -> list[tuple[str, Path, dict]]:
    out = []
    for lab in sorted((HERE / "labels").glob("*.yaml")):
        page = HERE / "pages" / (lab.stem + ".txt")
        if page.exists():
            out.append((lab.stem, page, yaml.safe_load(lab.read_text(encoding="utf-8")) or {}))
    return out


def observed(page: Path) -> dict:
    from checker.pipeline import check_path

    rep = check_path(str(page))
    m = rep.meta
    return {
        "title": m.title,
        "year": m.year,
        "published": m.published.isoformat() if m.published else None,
        "outline_cited": m.outline_cited,
        "issuer": m.issuer,
        "kind": "other" if any(f.rule == "not_annual_report" for f in rep.findings) else "report",
        **{"el:" + e.id: e.status for e in rep.elements},
    }


def same(field: str, want, got) -> bool:
    if field in ("title", "issuer"):
        return _norm_title(want) == _norm_title(got)
    if field == "kind":  # a label names the look-alike's kind (news, academic, …): any of them is "not a report"
        return (want == "report") == (got == "report")
    if field == "published" and want is not None:
        want = str(want)
    if field == "year" and want is not None:
        want = int(want)
    return want == got


def compare() -> dict:
    """{"fields": {field: [agree, total]}, "disagreements": [(id, field, label, got)]}"""
    tally = {f: [0, 0] for f in ALL_FIELDS}
    bad = []
    for pid, page, label in load_labels():
        got = observed(page)
        label = {**label, **{"el:" + k: v for k, v in (label.get("elements") or {}).items()}}
        for f in ALL_FIELDS:
            if f not in label:
                continue
            tally[f][1] += 1
            if same(f, label[f], got[f]):
                tally[f][0] += 1
            else:
                bad.append((pid, f, label[f], got[f]))
    return {"fields": tally, "disagreements": bad}


def main(argv: list[str]) -> int:
    res = compare()
    if "--json" in argv:
        print(json.dumps(res, ensure_ascii=False, indent=1, default=str))
        return 0
    print(f"{'field':<18}{'agree':>6}{'total':>7}{'rate':>8}")
    for f, (a, n) in res["fields"].items():
        print(f"{f:<18}{a:>6}{n:>7}{(a / n if n else 1):>8.1%}")
    if res["disagreements"]:
        print("\ndisagreements (page, field, label, checker):")
        for pid, f, want, got in res["disagreements"]:
            print(f"  {pid:<10} {f:<14} label={want!r}  checker={got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
