"""Benchmark of `lawcheck batch` (a region audit): prints a table.

    .venv/bin/python bench/bench_batch.py            # 1,000 and 10,000 reports, PDFs on 40
    .venv/bin/python bench/bench_batch.py --small    # 200 and 1,000 (a quick look)

A tree of generated reports (the seeds with their unit names, years and
figures varied, 20 regions) is written to a temporary folder; each row is one
`lawcheck batch` run in a fresh process. Peak memory is sampled from /proc
every 50 ms: the main process alone, and the main process with its workers.
CPU is the run's user + system seconds, its children (workers, the
overview process) included. Targets from the issue: 1,000 reports without PDFs in < 60 s on 2 cores;
--jobs 2 >= 1.8 x --jobs 1; peak memory flat from 1,000 to 10,000.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
LAWCHECK = [sys.executable, "-m", "checker.cli", "batch"]
UNITS = ["县", "区", "市", "旗"]
_DIGITS = re.compile(r"(?<![0-9])[1-9][0-9]{1,3}(?![0-9年])")


def make_tree(root: Path, n: int, seed: int = 7) -> None:
    """n reports in 20 region folders: each a seed with another unit name,
    a year between 2020 and 2024 and its figures changed."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(n):
        base = texts[i % len(texts)]
        unit = f"第{i}{UNITS[i % len(UNITS)]}"
        shift = rng.randint(-1, 1)
        text = base
        for y in (2025, 2024, 2023, 2022, 2021, 2020) if shift > 0 else (2020, 2021, 2022, 2023, 2024, 2025):
            text = text.replace(str(y), str(y + shift))
        text = re.sub(r"[\u4e00-\u9fff]{2,4}(?:高新区|经开区|自治县)", unit, text)
        text = _DIGITS.sub(lambda m: str(int(m.group(0)) + rng.randint(1, 9)), text)
        folder = root / f"地区{i % 20:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{unit}{2023 + shift}年报告.txt").write_text(text, encoding="utf-8")


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    kids = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    kids.append(int(d.name))
            except (OSError, ValueError, IndexError):
                pass
    return kids


def run(tree: Path, out: Path, jobs: int, pdf: bool) -> dict:
    cmd = [*LAWCHECK, str(tree), "--out", str(out), "--jobs", str(jobs)] + ([] if pdf else ["--no-pdf"])
    t = time.perf_counter()
    err_file = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err_file)
    peak = {"main": 0, "tree": 0}

    def sample():
        while proc.poll() is None:
            main = _rss_kb(proc.pid)
            peak["main"] = max(peak["main"], main)
            peak["tree"] = max(peak["tree"], main + sum(_rss_kb(k) for k in _children(proc.pid)))
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, status, usage = os.wait4(proc.pid, 0)  # usage: the process and every child it waited for
    seconds = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    th.join()
    if proc.returncode not in (0, 1):
        err_file.seek(0)
        raise SystemExit(f"lawcheck batch failed ({proc.returncode}): {err_file.read().decode()[-800:]}")
    return {
        "seconds": seconds,
        "cpu": usage.ru_utime + usage.ru_stime,
        "main_mb": peak["main"] / 1024,
        "tree_mb": peak["tree"] / 1024,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--small", action="store_true", help="200 and 1,000 reports instead of 1,000 and 10,000")
    ap.add_argument("--pdf-reports", type=int, default=40)
    args = ap.parse_args()
    small, large = (200, 1000) if args.small else (1000, 10000)
    rows = []
    with tempfile.TemporaryDirectory(prefix="lawcheck-bench-") as tmp:
        tmp = Path(tmp)
        for n in (small, large):
            make_tree(tmp / f"t{n}", n)
        make_tree(tmp / "pdf", args.pdf_reports)
        r1 = run(tmp / f"t{small}", tmp / "o1", 1, False)
        rows.append((f"{small} 份，无 PDF", 1, small, r1))
        r2 = run(tmp / f"t{small}", tmp / "o2", 2, False)
        rows.append((f"{small} 份，无 PDF", 2, small, r2))
        r3 = run(tmp / f"t{large}", tmp / "o3", 2, False)
        rows.append((f"{large} 份，无 PDF", 2, large, r3))
        r4 = run(tmp / "pdf", tmp / "o4", 2, True)
        rows.append((f"{args.pdf_reports} 份，含 PDF", 2, args.pdf_reports, r4))
        r5 = run(tmp / "pdf", tmp / "o5", 1, True)
        rows.append((f"{args.pdf_reports} 份，含 PDF", 1, args.pdf_reports, r5))
    print(f"CPU 核数：{os.cpu_count()}；负载均值（1/5/15 分钟）：{' / '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        f"| {'运行':<16} | jobs | {'用时 s':>7} | {'CPU s':>6} | {'份/秒':>7} | {'每份 ms':>7} "
        f"| {'主进程峰值 MB':>12} | {'含工作进程峰值 MB':>15} |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for label, jobs, n, r in rows:
        print(
            f"| {label:<16} | {jobs} | {r['seconds']:7.1f} | {r['cpu']:6.1f} | {n / r['seconds']:7.1f} | "
            f"{1000 * r['seconds'] / n:7.1f} | {r['main_mb']:12.0f} | {r['tree_mb']:15.0f} |"
        )
    print(
        f"--jobs 2 / --jobs 1（{small} 份，无 PDF）：{r1['seconds'] / r2['seconds']:.2f} 倍；"
        f"含 PDF：{r5['seconds'] / r4['seconds']:.2f} 倍"
    )
    print(
        f"{small} 份 → {large} 份：主进程峰值 {r2['main_mb']:.0f} → {r3['main_mb']:.0f} MB，"
        f"含工作进程 {r2['tree_mb']:.0f} → {r3['tree_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
