"""Measure `lawcheck batch` on tests/realbatch: issuer grouping and similar pairs against labels.yaml.

    .venv/bin/python tests/realbatch/measure.py [SUMMARY_JSON]

Without an argument it runs `lawcheck batch tests/realbatch/pages --no-pdf` into a temporary folder.
Pairs of pages are counted (n pages of one unit give n*(n-1)/2 pairs):
  grouped: same unit in the labels and the same unit key in the batch (checker.batch.issuers.batch_keys;
  a key naming no place, issuers.placeless, is qualified as trends.unit_of does: the place its text names, its region folder);
  wrongly grouped: different units, same key; wrongly split: same unit, different keys (or no issuer read).
Similar pairs: found copies, missed copies, false pairs (any listed pair that is not a labelled copy).
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def run_batch(out: Path) -> dict:
    exe = Path(sys.executable).parent / "lawcheck"
    subprocess.run(
        [str(exe), "batch", str(HERE / "pages"), "--out", str(out), "--no-pdf", "--jobs", "1"],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def measure(summary: dict, labels: dict | None = None) -> dict:
    from checker.batch.issuers import batch_keys, issuer_key
    from checker.batch.trends import unit_of

    labels = labels or yaml.safe_load((HERE / "labels.yaml").read_text(encoding="utf-8"))
    pages = labels["pages"]
    reports = {Path(r["file"]).stem: r for r in summary["reports"]}
    keys = batch_keys(r.get("issuer") for r in reports.values())
    got = {}
    for stem, r in reports.items():
        k = issuer_key(r.get("issuer"))
        k = keys.get(k, k) if k else None
        # as checker/batch/trends.py (unit_of): a key naming no place joins only by the place its text or folder names
        got[stem] = "@".join(unit_of(r, k)) if k else None
    res = {"grouped": [], "wrongly_grouped": [], "wrongly_split": []}
    for a, b in itertools.combinations(sorted(pages), 2):
        same = pages[a]["unit"] == pages[b]["unit"]
        ka, kb = got.get(a), got.get(b)
        if same and ka is not None and ka == kb:
            res["grouped"].append((a, b))
        elif same:
            res["wrongly_split"].append((a, b))
        elif ka is not None and ka == kb:
            res["wrongly_grouped"].append((a, b))
    copies = {frozenset(p) for p in labels.get("copies") or []}
    found = {frozenset((Path(p["a"]).stem, Path(p["b"]).stem)) for p in summary["similar_pairs"]}
    res["copies_found"] = sorted(tuple(sorted(p)) for p in found & copies)
    res["copies_missed"] = sorted(tuple(sorted(p)) for p in copies - found)
    res["false_pairs"] = sorted(tuple(sorted(p)) for p in found - copies)
    # year over year: every labelled unit with two or more report years should be one entry holding all of them
    by_unit: dict[str, set[int]] = {}
    for stem, lab in pages.items():
        by_unit.setdefault(lab["unit"], set()).add(lab["year"])
    entries = [{Path(y["file"]).stem for y in e["years"]} for e in summary["year_over_year"]]
    res["yoy_units"] = sorted(u for u, ys in by_unit.items() if len(ys) >= 2)
    res["yoy_whole"] = sorted(
        u
        for u in res["yoy_units"]
        if any(
            len({pages[s]["year"] for s in e}) == len(by_unit[u]) and all(pages[s]["unit"] == u for s in e)
            for e in entries
        )
    )
    res["yoy_mixed"] = sorted({pages[s]["unit"] for e in entries for s in e if len({pages[t]["unit"] for t in e}) > 1})
    res["keys"] = got
    return res


def main() -> None:
    if len(sys.argv) > 1:
        summary = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            summary = run_batch(Path(tmp) / "out")
    res = measure(summary)
    n = {k: len(v) for k, v in res.items() if k != "keys"}
    print(json.dumps(n, ensure_ascii=False))
    for k in ("wrongly_grouped", "wrongly_split", "copies_missed", "false_pairs", "yoy_mixed"):
        for p in res[k]:
            print(k, p, [res["keys"].get(s) for s in p] if isinstance(p, tuple) else "")
    print("yoy units not whole:", sorted(set(res["yoy_units"]) - set(res["yoy_whole"])))
    for stem in sorted(res["keys"]):
        print(" ", stem, res["keys"][stem])


if __name__ == "__main__":
    main()
