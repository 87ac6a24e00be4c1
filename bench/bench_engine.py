"""Check-engine benchmark: lawcheck next to the limit of a minimal pipeline.

    .venv/bin/python bench/bench_engine.py [--repeat 100] [--rounds 3] [--quick] [--before DIR]

    git worktree add /tmp/lawcheck-before <old commit>   # then --before /tmp/lawcheck-before

Prints ONE table. Every throughput row is the best of --rounds runs, each in a
fresh subprocess pinned to one core (taskset), timed in CPU seconds (user +
system) so that a shared, loaded machine disturbs the numbers as little as
possible. The plain path (LAWCHECK_PLAIN=1: normalization line by line, OpenCC
over every line, every pattern over every sentence) and, with --before DIR, a
checkout of the old code run in the same session, for an old-vs-new comparison.

Rows
* in-process rate over the seeds x N (index / plain), the minimal-pipeline
  limit on the same texts (bench/minimal.py: NFKC per line, line split,
  heading regex, one Aho-Corasick pass over every literal of the rulebooks)
  and the ratio;
* CLI rate over 1,000 files (`lawcheck DIR --no-pdf --format json`, one process);
* cost per character of one report made of a seed x1 / x10 / x100;
* peak memory (ru_maxrss of the CLI child) at 1,000 and 10,000 reports with
  --format json, text, and a --summary .csv;
* cold start of `lawcheck --help` and of a one-file check.
Targets from issue 13: >= 500 reports/s in-process (ratio <= 3x), CLI >= 350
reports/s, <= 100 MB at 10,000 reports (JSON), one-file cold start <= 0.15 s.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LAWCHECK = [sys.executable, "-m", "checker.cli"]
PIN = ["taskset", "-c", "0"] if shutil.which("taskset") else []

_INPROC = r"""
import json, resource, sys, time
paths = json.loads(sys.argv[1]); repeat = int(sys.argv[2]); which = sys.argv[3]
texts = None
if which == "minimal":
    sys.path.insert(0, "bench")
    from minimal import MinimalPipeline
    run = MinimalPipeline().check_path
else:
    from checker.pipeline import check_path as run
run(paths[0])  # start-up: imports, rulebook load, caches
t = time.process_time()  # CPU time: the machine is shared, waiting for a core is not our cost
for _ in range(repeat):
    for p in paths:
        run(p)
dt = time.process_time() - t
print(json.dumps({"n": len(paths) * repeat, "seconds": dt,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

_PER_CHAR = r"""
import json, sys, time
from checker.model import SourceText
from checker.pipeline import check_source
text = open(sys.argv[1], encoding="utf-8").read(); out = {}
for k in (1, 10, 100):
    lines = (text + "\n") * k
    src = SourceText(path="x.txt", format="txt", lines=lines.splitlines(), encoding="utf-8")
    check_source(src)
    best = min(_t for _t in [(lambda t0: (check_source(src), time.process_time() - t0)[1])(time.process_time())
                             for _ in range(max(1, 6 // k))])
    out[k] = {"seconds": best, "chars": len(lines)}
print(json.dumps(out))
"""


def _py(code: str, *args: str, env: dict | None = None, cwd: Path = ROOT) -> dict:
    out = subprocess.run(
        PIN + [sys.executable, "-c", code, *args], cwd=cwd, capture_output=True, text=True, env=env, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _env(plain: bool) -> dict:
    env = dict(os.environ)
    env.pop("LAWCHECK_PLAIN", None)
    if plain:
        env["LAWCHECK_PLAIN"] = "1"
    return env


_MEASURE = r"""
import json, resource, subprocess, sys, time
cmd = json.loads(sys.argv[1])
t = time.perf_counter()
p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": ru.ru_utime + ru.ru_stime, "wall": wall, "peak_kb": ru.ru_maxrss,
                  "code": p.returncode}))
"""


def _measure(cmd: list[str], env: dict | None = None, cwd: Path = ROOT) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, json.dumps(PIN + cmd)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _corpus(folder: Path, n: int) -> Path:
    """n report files (hard links to the seeds: no disk cost)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = SEEDS[i % len(SEEDS)]
        dst = folder / f"{i:05d}_{src.name}"
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="skip the 10,000-report memory runs")
    ap.add_argument(
        "--before",
        default=None,
        help="a checkout of the code before (git worktree add DIR COMMIT): one more column, same run",
    )
    args = ap.parse_args()
    paths = json.dumps([str(p) for p in SEEDS])
    # columns: (label, env, cwd); the checkout at cwd is the one imported (python -c / -m run from there)
    cols = [("new (index)", _env(False), ROOT), ("new, LAWCHECK_PLAIN=1", _env(True), ROOT)]
    if args.before:
        cols.append((f"before ({Path(args.before).name})", _env(False), Path(args.before).resolve()))
    rows: list[tuple[str, ...]] = []

    def row(name: str, cells: list[str], target: str) -> None:
        rows.append((name, *cells, target))

    def best_inproc(which: str, env: dict, cwd: Path) -> dict:
        runs = [_py(_INPROC, paths, str(args.repeat), which, env=env, cwd=cwd) for _ in range(args.rounds)]
        return min(runs, key=lambda r: r["seconds"])

    mini = best_inproc("minimal", _env(False), ROOT)
    lim = mini["n"] / mini["seconds"]
    inproc = [best_inproc("lawcheck", env, cwd) for _, env, cwd in cols]
    rates = [r["n"] / r["seconds"] for r in inproc]
    row(
        f"in-process, seeds x{args.repeat} ({inproc[0]['n']}), one core",
        [f"{r:.0f} reports/s" for r in rates],
        ">= 500",
    )
    row("minimal pipeline (limit), same texts", [f"{lim:.0f} reports/s"] + [""] * (len(cols) - 1), "")
    row("ratio limit / lawcheck", [f"{lim / r:.1f}x" for r in rates], "<= 3x")
    row("peak memory of the in-process run", [f"{r['peak_kb'] / 1024:.0f} MB" for r in inproc], "")

    per = [_py(_PER_CHAR, str(SEEDS[2]), env=env, cwd=cwd) for _, env, cwd in cols]
    for k in ("1", "10", "100"):
        row(
            f"cost per character, seed x{k} ({per[0][k]['chars']} chars)",
            [f"{p[k]['seconds'] / p[k]['chars'] * 1e6:.2f} us/char ({p[k]['seconds'] * 1000:.0f} ms)" for p in per],
            "flat",
        )

    with tempfile.TemporaryDirectory() as tmp:
        small = _corpus(Path(tmp) / "c1000", 1000)
        cli = [sys.executable, "-m", "checker.cli", str(small), "--no-pdf", "--format", "json"]
        cli_runs = [
            min((_measure(cli, env=env, cwd=cwd) for _ in range(args.rounds)), key=lambda r: r["seconds"])
            for _, env, cwd in cols
        ]
        row(
            "CLI, 1,000 files, --format json, one process",
            [f"{1000 / r['seconds']:.0f} reports/s" for r in cli_runs],
            ">= 350",
        )
        sizes = [1000] if args.quick else [1000, 10000]
        folders = {1000: small}
        if not args.quick:
            folders[10000] = _corpus(Path(tmp) / "c10000", 10000)
        mem_cols = [c for c in cols if "PLAIN" not in c[0]]  # the plain switch does not change memory
        for size in sizes:
            out_csv = Path(tmp) / "s.csv"
            for label, extra in (
                ("--format json", ["--format", "json"]),
                ("text", []),
                ("--summary .csv", ["--summary", str(out_csv)]),
            ):
                cmd = [sys.executable, "-m", "checker.cli", str(folders[size]), "--no-pdf", *extra]
                cells = {}
                for name, env, cwd in mem_cols:
                    r = _measure(cmd, env=env, cwd=cwd)
                    cells[name] = f"{r['peak_kb'] / 1024:.0f} MB ({size / r['seconds']:.0f}/s)"
                row(
                    f"peak memory, {size:,} reports, {label}",
                    [cells.get(c[0], "") for c in cols],
                    "<= 100 MB" if "json" in label else "flat",
                )

    for label, extra, target in (
        ("cold start: lawcheck --help", ["--help"], ""),
        ("cold start: one-file check (--no-pdf)", [str(SEEDS[3]), "--no-pdf"], "<= 150 ms"),
        ("cold start: one-file check with hints", [str(SEEDS[0]), "--no-pdf"], ""),
    ):
        cells = []
        for _, env, cwd in cols:
            t = statistics.median(_measure(LAWCHECK + extra, env=env, cwd=cwd)["seconds"] for _ in range(7))
            cells.append(f"{t * 1000:.0f} ms")
        row(label, cells, target)

    # the same one-file check with the modules' bytecode cached, as in an installed copy (pip
    # writes .pyc files); the rows above follow this shell's PYTHONDONTWRITEBYTECODE
    with tempfile.TemporaryDirectory() as pyc:
        cells = []
        for k, (_, env, cwd) in enumerate(cols):
            env = {**env, "PYTHONPYCACHEPREFIX": os.path.join(pyc, str(k))}
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            cmd = LAWCHECK + [str(SEEDS[3]), "--no-pdf"]
            _measure(cmd, env=env, cwd=cwd)  # writes the bytecode
            t = statistics.median(_measure(cmd, env=env, cwd=cwd)["seconds"] for _ in range(7))
            cells.append(f"{t * 1000:.0f} ms")
        row("cold start: one-file check, bytecode cached", cells, "")

    head = ("measure", *(c[0] for c in cols), "target")
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"\n(best of {args.rounds} rounds per throughput row; rates and cold starts in CPU seconds (user + system) "
        f"of the process; load average at the end {load:.1f} on {os.cpu_count()} cores)"
    )


if __name__ == "__main__":
    main()
