"""Benchmark of similar-report detection (checker/batch/similar.py): prints a table.

    .venv/bin/python bench/bench_similar.py [--sizes 1000 10000]

The synthetic batch is built from the seeds' body lines: report k starts
from seed k mod 5 and gets a unit-specific word inserted into 85% of its
sentences (so that reports are distinct, as real ones are; the other 15%
are boilerplate shared by a fifth of the batch); every 50th report is an
edited copy of an earlier one (sentences shuffled, a fifth replaced,
another issuer) and must be found. Each size runs in a fresh process so
that peak memory (ru_maxrss) is its own. Rows: time to fingerprint all
reports, time of similar_pairs, proposed and verified pairs against n²/2,
pairs found, copies found, peak memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RUN = r"""
import json, random, resource, sys, time
from pathlib import Path
from checker.normalize import normalize
from checker.read import read_path
from checker.structure import build
from checker.batch.similar import find_similar, fingerprint

n = int(sys.argv[1])
seeds = []
for p in sorted(Path("seeds").glob("*.txt")):
    doc = build(normalize(read_path(str(p))))
    seeds.append(([l.text for l in doc.lines], doc.meta.issuer))
rng = random.Random(n)
pool = [chr(c) for c in range(0x4E00, 0x9FA5, 7)]

def word():
    return "".join(rng.choice(pool) for _ in range(4))

def variant(k):
    lines, issuer = seeds[k % 5]
    out = []
    for line in lines:
        parts = line.split("。")
        parts = [p[: len(p) // 2] + word() + p[len(p) // 2:] if p and rng.random() < 0.85 else p for p in parts]
        out.append("。".join(parts))
    return out, issuer

def edited_copy(lines):
    lines = list(lines)
    rng.shuffle(lines)
    for i in rng.sample(range(len(lines)), len(lines) // 5):
        lines[i] = word() * 4 + "。"
    return lines

t0 = time.perf_counter()
items, copies, texts = [], [], {}
for k in range(n):
    if k % 50 == 49:
        src = rng.choice(list(texts))
        lines, issuer = edited_copy(texts[src]), "某某县"
        copies.append(tuple(sorted((f"r{src:05d}", f"r{k:05d}"))))
    else:
        lines, issuer = variant(k)
        texts[k] = lines
        if len(texts) > 300:  # keep memory flat: only recent texts can be copied
            texts.pop(next(iter(texts)))
    items.append((f"r{k:05d}", fingerprint(lines, issuer)))
t_fp = time.perf_counter() - t0
size = sum(len(json.dumps(fp)) for _, fp in items) / n
t0 = time.perf_counter()
pairs, stats = find_similar(items)
t_pairs = time.perf_counter() - t0
found = {(p["a"], p["b"]) for p in pairs}
print(json.dumps({"n": n, "fingerprint_s": t_fp, "pairs_s": t_pairs, "fp_bytes": size, **stats,
                  "all_pairs": n * (n - 1) // 2, "found": len(pairs),
                  "copies": len(copies), "copies_found": sum(c in found for c in copies),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        out = subprocess.run(
            [sys.executable, "-c", _RUN, str(n)], check=False, cwd=ROOT, capture_output=True, text=True
        )
        if out.returncode:
            sys.exit(out.stderr)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(
        f"{'reports':>8} {'fingerprint s':>13} {'pairs s':>8} {'B/report':>9} {'proposed':>9} {'verified':>9} "
        f"{'all pairs':>12} {'found':>6} {'copies':>8} {'peak MB':>8}"
    )
    for r in rows:
        print(
            f"{r['n']:>8} {r['fingerprint_s']:>13.2f} {r['pairs_s']:>8.2f} {r['fp_bytes']:>9.0f} "
            f"{r['candidates']:>9} {r['verified']:>9} {r['all_pairs']:>12} {r['found']:>6} "
            f"{r['copies_found']:>3}/{r['copies']:<4} {r['peak_mb']:>8.0f}"
        )
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(
            f"similar_pairs time ×{b['pairs_s'] / a['pairs_s']:.1f} for ×{b['n'] / a['n']:.0f} reports "
            f"(all pairs would grow ×{b['all_pairs'] / a['all_pairs']:.0f})"
        )


if __name__ == "__main__":
    main()
