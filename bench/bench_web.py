"""`lawcheck serve`: time to the first answer and time per check through the
API, measured on this machine (speed goals live here, never in tests).

    .venv/bin/python bench/bench_web.py [--rounds N]

Prints one table: start-up to the first /healthz answer (and to the home
page), then POST /api/check per seed (median over rounds, first check in a
fresh worker shown apart), and 20 concurrent uploads.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as r:
        r.read()
        return r.status


def post_file(url: str, path: Path) -> int:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="r.txt"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + path.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    req = urllib.request.Request(url, data=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        r.read()
        return r.status


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "checker.cli", "serve", "--port", str(port), "--jobs", "2"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                if get(base + "/healthz") == 200:
                    break
            except OSError:
                time.sleep(0.02)
            if time.perf_counter() - t0 > 30:
                raise SystemExit("server did not start")
        startup = time.perf_counter() - t0
        get(base + "/")
        home = time.perf_counter() - t0
        t = time.perf_counter()
        post_file(base + "/api/check", SEEDS[0])
        first = time.perf_counter() - t
        times = []
        for _ in range(args.rounds):
            for seed in SEEDS:
                t = time.perf_counter()
                assert post_file(base + "/api/check", seed) == 200
                times.append(time.perf_counter() - t)
        t = time.perf_counter()
        with ThreadPoolExecutor(20) as ex:
            codes = list(
                ex.map(lambda p: post_file(base + "/api/check", p), [SEEDS[i % len(SEEDS)] for i in range(20)])
            )
        burst = time.perf_counter() - t
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
    load = os.getloadavg()[0]
    print(f"lawcheck serve (2 workers; load average {load:.1f})")
    print(f"{'measure':<42}{'value':>12}")
    print(f"{'start-up to first /healthz answer':<42}{startup:>11.2f}s")
    print(f"{'start-up to the home page':<42}{home:>11.2f}s")
    print(f"{'first /api/check (fresh worker)':<42}{first:>11.3f}s")
    print(f"{'/api/check per seed, median':<42}{statistics.median(times):>11.3f}s")
    print(f"{'20 concurrent uploads, all answered 200':<42}{burst:>11.2f}s  ({codes.count(200)}/20)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
