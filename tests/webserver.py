"""A real `lawcheck serve` on 127.0.0.1 for the web tests, and a small HTTP
client (standard library only) that posts multipart forms."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from conftest import ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Answer:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self):
        return json.loads(self.body)


class Server:
    """`lawcheck serve --port P` in a subprocess; its temporary folder under `tmp`."""

    def __init__(self, tmp: Path, jobs: int = 2):
        self.tmp = Path(tmp)
        self.port = free_port()
        env = {**os.environ, "TMPDIR": str(self.tmp)}
        env.pop("LAWCHECK_DEBUG", None)
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "checker.cli", "serve", "--port", str(self.port), "--jobs", str(jobs)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = t0 + 30
        while True:
            try:
                if self.get("/healthz").status == 200:
                    break
            except OSError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                out, err = self.proc.communicate(timeout=5)
                raise RuntimeError(f"server did not start: {out} {err}")
            time.sleep(0.05)
        self.startup_seconds = time.monotonic() - t0

    def roots(self) -> list[Path]:
        return sorted(self.tmp.glob("lawcheck-serve-*"))

    def stop(self) -> tuple[int, str, str]:
        self.proc.send_signal(signal.SIGTERM)
        try:
            out, err = self.proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            out, err = self.proc.communicate()
        return self.proc.returncode, out, err

    # -- requests

    def request(
        self, method: str, path: str, body: bytes | None = None, headers: dict | None = None, timeout: float = 120
    ) -> Answer:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return Answer(r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
        finally:
            conn.close()

    def get(self, path: str) -> Answer:
        return self.request("GET", path, timeout=30)

    def post(self, path: str, files: list[tuple[str, str, bytes]] = (), fields: dict | None = None) -> Answer:
        body, ctype = multipart(files, fields or {})
        return self.request("POST", path, body, {"Content-Type": ctype})


def multipart(files, fields: dict) -> tuple[bytes, str]:
    """(field, filename, bytes) triples and text fields as multipart/form-data."""
    boundary = "----lawcheck" + uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    for name, filename, data in files:
        quoted = filename.replace('"', "%22")
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{quoted}"\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n".encode()
            + data
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def wait_batch(server: Server, location: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status = server.get(location + "/status").json()
        if status["finished"]:
            return status
        assert time.monotonic() < deadline, status
        time.sleep(0.2)
