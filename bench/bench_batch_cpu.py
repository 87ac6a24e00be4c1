"""CPU seconds of each process of a `lawcheck batch` run (main, workers, the
overview process, its overview.html child), and the steps of the main and
overview processes, for `--jobs 1` and `--jobs 2` over one generated tree:

    .venv/bin/python bench/bench_batch_cpu.py            # 1,000 reports, no PDFs
    .venv/bin/python bench/bench_batch_cpu.py -n 200 --profile main   # + cProfile of the main process

Each run is `lawcheck batch` in a fresh process started through a shim that
wraps a few functions of checker.batch to note each process's own CPU
(os.times: user + system) when it ends, and the CPU of its steps; nothing in
the product measures itself. From the per-process CPU it also estimates what
`--jobs 2 / --jobs 1` would be on two otherwise idle cores (Amdahl: the work
per report split over the workers; the rest as it is placed), since the wall
ratio is unreliable on a loaded machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_batch import make_tree  # noqa: E402

SHIM = r"""
import atexit, json, os, sys, time
LOG = os.environ["BATCH_CPU_LOG"]
PROFILE = os.environ.get("BATCH_CPU_PROFILE", "")
T0 = float(os.environ["BATCH_CPU_T0"])
state = {"role": "main", "pid": os.getpid(), "steps": {}, "marks": {}}

def cpu():
    t = os.times()
    return t.user + t.system

def note():
    rec = {"role": state["role"], "pid": os.getpid(), "cpu": cpu(), "end": time.time() - T0,
           "steps": state["steps"], "marks": state["marks"]}
    with open(LOG, "a") as f:
        f.write(json.dumps(rec) + "\n")

def mark(name):
    state["marks"][name] = time.time() - T0

def step(name, fn):
    def wrapped(*a, **k):
        c = cpu()
        mark(name + ":start")
        try:
            return fn(*a, **k)
        finally:
            state["steps"][name] = state["steps"].get(name, 0.0) + cpu() - c
            mark(name + ":end")
    return wrapped

real_exit = os._exit
def exit_noting(code):
    if os.getpid() != state["pid"]:  # a child forked by the code (overview.html)
        state["role"] = state["role"] + "-child"
        state["steps"], state["marks"] = {}, {}
    note()
    real_exit(code)
os._exit = exit_noting

def role(name, fn):
    def wrapped(*a, **k):
        state["role"], state["pid"], state["steps"], state["marks"] = name, os.getpid(), {}, {}
        prof = None
        if PROFILE == name:
            import cProfile
            prof = cProfile.Profile(time.process_time); prof.enable()
        try:
            return fn(*a, **k)
        finally:
            if prof:
                prof.disable(); prof.dump_stats(LOG + f".{name}.{os.getpid()}.prof")
    return wrapped

from checker.batch import outputs, overview, run, similar, trends
import checker.batch as batch
run._worker_main = role("worker", run._worker_main)
outputs._overview_child = role("overview", outputs._overview_child)
for name in ("write_all", "collect", "similar_and_trends", "write_csv", "write_xlsx", "write_json"):
    setattr(outputs, name, step(name, getattr(outputs, name)))
for name in ("write_overview_pdf", "write_overview_html", "warm_up"):
    setattr(overview, name, step(name, getattr(overview, name)))
if hasattr(outputs, "OverviewProcess"):
    for name in ("views", "finish"):
        if hasattr(outputs.OverviewProcess, name):
            setattr(outputs.OverviewProcess, name, step("wait_" + name, getattr(outputs.OverviewProcess, name)))
_orig_run_tasks = run.run_tasks
def run_tasks(*a, **k):
    c = cpu(); mark("checks:start")
    for x in _orig_run_tasks(*a, **k):
        yield x
    state["steps"]["checks"] = cpu() - c; mark("checks:end")
run.run_tasks = run_tasks
if PROFILE == "main":
    import cProfile
    _p = cProfile.Profile(time.process_time); _p.enable()
    atexit.register(lambda: (_p.disable(), _p.dump_stats(LOG + ".main.prof")))
atexit.register(lambda: note() if os.getpid() == state["pid"] and state["role"] == "main" else None)
state["marks"]["imported"] = time.time() - T0
from checker.cli import main
sys.argv = ["lawcheck"] + sys.argv[1:]
main()
"""


def run_once(tree: Path, out: Path, jobs: int, profile: str, log: Path) -> dict:
    log.unlink(missing_ok=True)
    env = dict(os.environ, BATCH_CPU_LOG=str(log), BATCH_CPU_PROFILE=profile, BATCH_CPU_T0=repr(time.time()))
    env["BATCH_CPU_T0"] = repr(time.time())
    t = time.perf_counter()
    cmd = [sys.executable, "-c", SHIM, "batch", str(tree), "--out", str(out), "--jobs", str(jobs), "--no-pdf"]
    p = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - t
    if p.returncode not in (0, 1):
        raise SystemExit(f"lawcheck batch failed ({p.returncode}): {p.stderr.decode()[-800:]}")
    recs = [json.loads(line) for line in log.read_text().splitlines()]
    return {"wall": wall, "recs": recs}


def summarise(r: dict) -> dict:
    by: dict[str, float] = {}
    steps: dict[str, float] = {}
    marks: dict[str, float] = {}
    for rec in r["recs"]:
        by[rec["role"]] = by.get(rec["role"], 0.0) + rec["cpu"]
        for k, v in rec["steps"].items():
            steps[f"{rec['role']}.{k}"] = steps.get(f"{rec['role']}.{k}", 0.0) + v
        for k, v in rec["marks"].items():
            marks[f"{rec['role']}.{k}"] = v
        if rec["role"] == "main":
            marks["main.end"] = rec["end"]
    return {"wall": r["wall"], "cpu": by, "steps": steps, "marks": marks}


def amdahl(s: dict) -> tuple[float, float]:
    """Estimated wall seconds of --jobs 1 and --jobs 2 on two idle cores, from
    one run's per-process CPU and the main process's step times: work before
    the checks (serial), the workers' CPU (split), the rest of the main and
    overview processes during the checks (sharing the cores), and after the
    checks the longest of main's summaries and the overview chain. A run
    without an overview process (--jobs 1: nothing beside the worker) does
    everything after the checks in the main process, one step after another."""
    c, st = s["cpu"], s["steps"]
    workers = c.get("worker", 0.0)
    main_checks = st.get("main.checks", 0.0)
    main_after = st.get("main.write_all", 0.0)
    main_before = c.get("main", 0.0) - main_checks - main_after
    if "overview" not in c:  # no overview process (--jobs 1 caps the cores): all after the checks, one after another
        j = main_before + max(workers, main_checks) + main_after
        return j, j
    warm = st.get("overview.warm_up", 0.0)
    ov_after = c.get("overview", 0.0) - warm
    html = c.get("overview-child", 0.0)
    pdf = st.get("overview.write_overview_pdf", 0.0)
    ov_before_pdf = max(0.0, ov_after - pdf)
    tail = max(main_after, ov_before_pdf + max(pdf, html) if html else ov_after)
    # with 2 cores the tail's processes also share them: never less than their CPU / 2
    tail2 = max(tail, (main_after + ov_after + html) / 2)
    j1 = main_before + max(workers, main_checks + warm) + tail2
    j2 = main_before + max((workers + main_checks + warm) / 2, main_checks + warm) + tail2
    return j1, j2


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--profile", default="", help="main | overview | worker: cProfile of that process (top 25 shown)")
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="lawcheck-cpu-") as tmp:
        tmp = Path(tmp)
        make_tree(tmp / "t", args.n)
        results = {}
        for jobs in [int(j) for j in args.jobs.split(",")]:
            r = run_once(tmp / "t", tmp / f"o{jobs}", jobs, args.profile, tmp / "log")
            results[jobs] = summarise(r)
            if args.profile:
                import pstats

                for prof in sorted(tmp.glob(f"log.{args.profile}*.prof"))[:1]:
                    print(f"== cProfile {args.profile}, --jobs {jobs}")
                    pstats.Stats(str(prof)).sort_stats(os.environ.get("SORT", "cumulative")).print_stats(
                        int(os.environ.get("TOP", "25"))
                    )
                for prof in tmp.glob("log.*.prof"):
                    prof.unlink()
    print(f"{args.n} 份，无 PDF；CPU 核数 {os.cpu_count()}；负载均值 {' / '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for jobs, s in results.items():
        cpu = "  ".join(f"{k} {v:.2f}" for k, v in sorted(s["cpu"].items()))
        steps = "  ".join(f"{k} {v:.2f}" for k, v in sorted(s["steps"].items()))
        marks = "  ".join(f"{k} {v:.2f}" for k, v in sorted(s["marks"].items(), key=lambda kv: kv[1]))
        j1, j2 = amdahl(s)
        print(f"--jobs {jobs}: wall {s['wall']:.2f} s; CPU s: {cpu}")
        print(f"  steps (CPU s): {steps}")
        print(f"  times (s from start): {marks}")
        print(f"  estimate on 2 idle cores: --jobs 1 {j1:.2f} s, --jobs 2 {j2:.2f} s, ratio {j1 / j2:.2f}")
    if 1 in results and 2 in results:
        print(f"wall ratio --jobs 2 / --jobs 1: {results[1]['wall'] / results[2]['wall']:.2f}")
        j1, j2 = amdahl(results[1])[0], amdahl(results[2])[1]
        print(
            f"estimate as each run placed its work (--jobs 1 from the --jobs 1 run, --jobs 2 from the --jobs 2 run): "
            f"{j1:.2f} s / {j2:.2f} s, ratio {j1 / j2:.2f}"
        )


if __name__ == "__main__":
    main()
