"""Measure `lawcheck batch` on tests/realaudit (held-out) against expected.yaml, written by reading before any run.

    .venv/bin/python tests/realaudit/audit_measure.py [TREE] [SUMMARY_JSON]

TREE is a held-out tree with pages/ and expected.yaml: tests/realaudit (default) or tests/realaudit2 (the second tree,
helper aud40). Without SUMMARY_JSON it runs `lawcheck batch TREE/pages --no-pdf --jobs 1` into a temporary folder.
Three judgments, each as precision / recall:
  groups  - page pairs put in one year-over-year entry vs pairs of one labelled unit (n pages give n*(n-1)/2 pairs;
            the key is the batch's own, checker.batch.trends.unit_of, so what is measured is what the office sees);
  pairs   - similar_pairs vs the labelled copies;
  late    - the pages with days_late > 0 vs the labelled late pages (and the days), plus undated pages:
            published unknown vs labelled null.
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


def run_batch(out: Path, tree: Path = HERE) -> dict:
    exe = Path(sys.executable).parent / "lawcheck"
    subprocess.run(
        [str(exe), "batch", str(tree / "pages"), "--out", str(out), "--no-pdf", "--jobs", "1"],
        cwd=ROOT,
        check=False,
        capture_output=True,
    )
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def _pr(got: set, want: set) -> dict:
    tp = len(got & want)

    def listed(items: set) -> list:
        return sorted(sorted(x) if isinstance(x, frozenset) else x for x in items)

    return {
        "tp": tp,
        "fp": listed(got - want),
        "fn": listed(want - got),
        "precision": round(tp / len(got), 3) if got else 1.0,
        "recall": round(tp / len(want), 3) if want else 1.0,
    }


def unit_of(summary: dict) -> dict[str, str | None]:
    """page stem -> the batch's unit key (None: no issuer read)."""
    from checker.batch.issuers import batch_keys, issuer_key
    from checker.batch.trends import unit_of

    reports = [r for r in summary["reports"] if not r.get("document_kind")]
    keys = batch_keys(r.get("issuer") for r in reports)
    out = {}
    for r in reports:
        k = issuer_key(r.get("issuer"))
        k = keys.get(k, k) if k else None
        # as checker/batch/trends.py (unit_of): a key naming no place joins only by the place its text or folder names
        out[Path(r["file"]).stem] = "@".join(unit_of(r, k)) if k else None
    return out


def measure(summary: dict, labels: dict | None = None, tree: Path = HERE) -> dict:
    labels = labels or yaml.safe_load((tree / "expected.yaml").read_text(encoding="utf-8"))
    pages = labels["pages"]
    got_unit = unit_of(summary)
    want_g, got_g = set(), set()
    for a, b in itertools.combinations(sorted(pages), 2):
        if pages[a]["unit"] == pages[b]["unit"]:
            want_g.add(frozenset((a, b)))
        ka, kb = got_unit.get(a), got_unit.get(b)
        if ka is not None and ka == kb:
            got_g.add(frozenset((a, b)))
    copies = {frozenset(p) for p in labels.get("copies") or []}
    found = {frozenset((Path(p["a"]).stem, Path(p["b"]).stem)) for p in summary["similar_pairs"]}
    rows = {Path(r["file"]).stem: r for r in summary["reports"]}
    late_want = dict(labels.get("late") or {})
    late_got = {}
    undated_got = set()
    for stem, r in rows.items():
        if not r.get("published"):
            undated_got.add(stem)
        d = r.get("days_late")
        if d:
            late_got[stem] = d
    undated_want = {s for s, p in pages.items() if p.get("published") is None}
    return {
        "groups": _pr(got_g, want_g),
        "pairs": _pr(found, copies),
        "late": _pr(set(late_got), set(late_want)),
        "late_days_wrong": sorted(
            (s, late_got[s], late_want[s]) for s in set(late_got) & set(late_want) if late_got[s] != late_want[s]
        ),
        "undated": _pr(undated_got, undated_want),
        "units": got_unit,
        "yoy": [(e["issuer"], [Path(y["file"]).stem for y in e["years"]]) for e in summary["year_over_year"]],
    }


def main() -> None:
    args = sys.argv[1:]
    tree = HERE
    if args and (Path(args[0]) / "expected.yaml").is_file():
        tree = Path(args.pop(0)).resolve()
    if args:
        summary = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            summary = run_batch(Path(tmp) / "out", tree)
    res = measure(summary, tree=tree)
    for k in ("groups", "pairs", "late", "undated"):
        print(k, json.dumps(res[k], ensure_ascii=False))
    print("late_days_wrong", res["late_days_wrong"])
    for e in res["yoy"]:
        print("yoy", e)
    for s, k in sorted(res["units"].items()):
        print(" ", s, k)


if __name__ == "__main__":
    main()
