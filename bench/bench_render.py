"""Benchmark of the PDF gap report: prints tables.

    .venv/bin/python bench/bench_render.py [--runs 9] [--ft-runs 1] [--batch-copies 4]

1. Per seed, in a warm process pinned to one core: the median time of
   write_pdf (HTML -> layout -> PDF with the font subset, written atomically),
   the reports taking turns in each round so that a slow moment of the
   machine spreads over all of them; its layout and PDF-writing parts; the
   same with WeasyPrint's fontTools subsetting (forced by clearing the module
   flag `weasyprint.pdf.fonts.harfbuzz_subset` that Font.subset() tests) to
   show the ratio. Target from the issue: <= 0.3 s for every seed.
2. The first render in a process (fontconfig and font loading).
3. The CLI on the seeds x N in a fresh process, PDFs included, with --jobs 1
   and --jobs <cores>: what a batch costs per report.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
TARGET = 0.3


def reports():
    from checker.pipeline import check_path

    return [check_path(str(p)) for p in SEEDS]


def time_round_robin(items, outs: list[Path], runs: int) -> list[float]:
    """Median seconds of write_pdf per report, the reports taking turns."""
    from checker.render.pdf import write_pdf

    times: list[list[float]] = [[] for _ in items]
    for _ in range(runs):
        for k, (report, out) in enumerate(zip(items, outs)):
            t = time.perf_counter()
            write_pdf(report, out)
            times[k].append(time.perf_counter() - t)
    return [statistics.median(ts) for ts in times]


def time_split(report, runs: int) -> tuple[float, float]:
    """Median seconds of the layout and of the PDF writing (in memory)."""
    from checker.render.pdf import render_document
    from checker.render.weasy import gc_paused

    layout, write = [], []
    for _ in range(runs):
        t = time.perf_counter()
        doc = render_document(report)
        t1 = time.perf_counter()
        with gc_paused():  # as write_pdf does
            doc.write_pdf(target=io.BytesIO())
        layout.append(t1 - t)
        write.append(time.perf_counter() - t1)
    return statistics.median(layout), statistics.median(write)


def batch_rows(copies: int) -> list[tuple[str, int, float]]:
    """(label, reports, wall seconds) of the CLI on seeds x copies, PDFs included."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = []
        for k in range(copies):
            for p in SEEDS:
                dst = Path(tmp) / "in" / f"{k}_{p.name}"
                dst.parent.mkdir(exist_ok=True)
                shutil.copyfile(p, dst)
                inputs.append(str(dst))
        for jobs in sorted({1, cores}):
            out = Path(tmp) / f"out{jobs}"
            t = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "checker.cli", *inputs, "--jobs", str(jobs), "--out", str(out)],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wall = time.perf_counter() - t
            if len(list(out.glob("*.pdf"))) != len(inputs):
                raise SystemExit("the batch did not write every PDF")
            rows.append((f"--jobs {jobs}", len(inputs), wall))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9, help="rounds over the seeds with HarfBuzz")
    ap.add_argument("--ft-runs", type=int, default=1, help="rounds with fontTools (~4 s per seed)")
    ap.add_argument("--batch-copies", type=int, default=4, help="seeds x N for the CLI batch rows (0: skip)")
    args = ap.parse_args()
    batch = batch_rows(args.batch_copies) if args.batch_copies else []  # before pinning to one core
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as bench_check
    import weasyprint.pdf.fonts as wp_fonts

    from checker.render import fonts
    from checker.render.pdf import render_document, write_pdf

    items = reports()
    if not fonts.harfbuzz_subsetting():
        print("HarfBuzz subsetting is NOT available: both columns use fontTools", file=sys.stderr)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        outs = [Path(tmp) / f"{p.stem}.pdf" for p in SEEDS]
        t = time.perf_counter()
        write_pdf(items[0], outs[0])
        first = time.perf_counter() - t
        totals = time_round_robin(items, outs, args.runs)
        for path, report, out, total in zip(SEEDS, items, outs, totals):
            lay, wr = time_split(report, args.runs)
            pages = len(render_document(report).pages)
            rows.append([path.name, pages, out.stat().st_size // 1024, total, lay, wr])
        saved = wp_fonts.harfbuzz_subset
        fonts._warned_slow = True  # no stderr notice inside the benchmark
        wp_fonts.harfbuzz_subset = None
        try:
            ft_totals = time_round_robin(items, outs, args.ft_runs)
            for row, out, ft in zip(rows, outs, ft_totals):
                row += [ft, out.stat().st_size // 1024]
        finally:
            wp_fonts.harfbuzz_subset = saved

    head = ["seed", "pages", "KB", "HarfBuzz s", "layout s", "write s", "fontTools s", "KB(ft)", "ratio", "<=0.3s"]
    print(
        f"reports from checker.pipeline.check_path; median of {args.runs} rounds (fontTools: {args.ft_runs}), one core"
    )
    print(f"first PDF in the process (font loading): {first:.2f} s")
    print("  ".join(f"{h:>11}" if i else f"{h:<26}" for i, h in enumerate(head)))
    for name, pages, kb, tot, lay, wr, ft, ftkb in rows:
        cells = [
            f"{pages}",
            f"{kb}",
            f"{tot:.3f}",
            f"{lay:.3f}",
            f"{wr:.3f}",
            f"{ft:.3f}",
            f"{ftkb}",
            f"{ft / tot:.1f}x",
            "ok" if tot <= TARGET else "MISSED",
        ]
        print(f"{name:<26}  " + "  ".join(f"{c:>11}" for c in cells))
    mean_hb = statistics.mean(r[3] for r in rows)
    mean_ft = statistics.mean(r[6] for r in rows)
    worst = max(r[3] for r in rows)
    verdict = "ok" if worst <= TARGET else "MISSED"
    print(
        f"{'mean':<26}  {'':>11}  {'':>11}  {mean_hb:>11.3f}  {'':>11}  {'':>11}  {mean_ft:>11.3f}  "
        f"{'':>11}  {mean_ft / mean_hb:>10.1f}x"
    )
    print(f"target: <= {TARGET} s for every seed with HarfBuzz (slowest {worst:.3f} s): {verdict}")
    if batch:
        print()
        print("CLI batch, PDFs included (fresh process: imports and font loading counted)")
        print(f"{'run':<26}  {'reports':>11}  {'wall s':>11}  {'s/report':>11}")
        for label, n, wall in batch:
            print(f"{label:<26}  {n:>11}  {wall:>11.2f}  {wall / n:>11.3f}")


if __name__ == "__main__":
    main()
