"""Benchmark of the checker (no PDF): prints a table.

    .venv/bin/python bench/bench_check.py [--repeat 100]

Rows: cold start of `lawcheck --help`; one seed checked end to end in a
fresh process; one seed checked in a warm process; throughput over the seeds
x N on one core after start-up (reports/s, chars/s); a 20 MB text; peak
memory of the throughput run. Targets from the issue: >= 50 reports/s,
cold start <= 1 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LAWCHECK = [sys.executable, "-m", "checker.cli"]


def _median_run(cmd: list[str], n: int = 5) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(cmd, cwd=ROOT, capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


_THROUGHPUT = r"""
import json, resource, sys, time
from checker.pipeline import check_path
paths = json.loads(sys.argv[1]); repeat = int(sys.argv[2])
check_path(paths[0])  # start-up: imports, rulebook load, caches
chars = sum(len(open(p, encoding="utf-8").read()) for p in paths) * repeat
t = time.perf_counter()
for _ in range(repeat):
    for p in paths:
        check_path(p)
dt = time.perf_counter() - t
n = len(paths) * repeat
print(json.dumps({"n": n, "seconds": dt, "chars": chars,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

_ONE_WARM = r"""
import json, sys, time
from checker.pipeline import check_path
p = sys.argv[1]
check_path(p)
ts = []
for _ in range(20):
    t = time.perf_counter(); check_path(p); ts.append(time.perf_counter() - t)
ts.sort(); print(json.dumps({"median": ts[len(ts) // 2]}))
"""


def _py(code: str, *args: str) -> dict:
    # one core: pin the process where the platform allows it
    pre = ["taskset", "-c", "0"] if _has("taskset") else []
    out = subprocess.run(
        pre + [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _has(tool: str) -> bool:
    return any((Path(d) / tool).exists() for d in os.environ.get("PATH", "").split(os.pathsep))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=100)
    args = ap.parse_args()
    rows = []
    cold = _median_run(LAWCHECK + ["--help"])
    rows.append(("cold start: lawcheck --help", f"{cold * 1000:.0f} ms", "<= 1000 ms", cold <= 1.0))
    one = _median_run(LAWCHECK + [str(SEEDS[3]), "--no-pdf"])
    rows.append(("one seed, fresh process (no PDF)", f"{one * 1000:.0f} ms", "", None))
    warm = _py(_ONE_WARM, str(SEEDS[3]))["median"]
    rows.append(("one seed, warm process", f"{warm * 1000:.1f} ms", "", None))
    tp = _py(_THROUGHPUT, json.dumps([str(p) for p in SEEDS]), str(args.repeat))
    rps = tp["n"] / tp["seconds"]
    rows.append(
        (
            f"throughput: seeds x {args.repeat} ({tp['n']} reports), one core",
            f"{rps:.0f} reports/s",
            ">= 50 reports/s",
            rps >= 50,
        )
    )
    rows.append(("throughput in characters", f"{tp['chars'] / tp['seconds'] / 1e6:.2f} M chars/s", "", None))
    rows.append(("peak memory of the throughput run", f"{tp['peak_kb'] / 1024:.0f} MB", "", None))
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        text = "".join(p.read_text(encoding="utf-8") for p in SEEDS)
        with open(big, "w", encoding="utf-8") as fh:
            while fh.tell() < 20 * 1024 * 1024:
                fh.write(text)
        t = time.perf_counter()
        res = subprocess.run(
            ["/usr/bin/time", "-f", "%M"] + LAWCHECK + [str(big), "--no-pdf"]
            if _has("time")
            else LAWCHECK + [str(big), "--no-pdf"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        big_s = time.perf_counter() - t
        mem = res.stderr.strip().splitlines()[-1] if _has("time") else "?"
        mem_s = f", peak {int(mem) // 1024} MB" if mem.isdigit() else ""
        rows.append(
            (
                f"20 MB text ({len(SEEDS)} seeds pasted ~{20 * 1024 * 1024 // len(text)} times)",
                f"{big_s:.1f} s{mem_s}",
                "no hang, no crash",
                res.returncode in (0, 1),
            )
        )
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    print(f"{'measure':<{w1}}  {'result':<{w2}}  target")
    print(f"{'-' * w1}  {'-' * w2}  {'-' * 24}")
    for name, val, target, ok in rows:
        mark = "" if ok is None else (" ok" if ok else " MISSED")
        print(f"{name:<{w1}}  {val:<{w2}}  {target}{mark}")


if __name__ == "__main__":
    main()
