"""Progress of a batch on stderr. On a terminal: one bar redrawn in place
(done/total, failures, reports per second, time left). Otherwise (a log, a
pipe): one plain line every few seconds. Nothing per file."""

from __future__ import annotations

import sys
import time
from typing import TextIO

PLAIN_EVERY_S = 5.0
BAR_EVERY_S = 0.2
BAR_WIDTH = 24


def _clock(seconds: float) -> str:
    seconds = int(max(0, seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


class Progress:
    def __init__(self, total: int, stream: TextIO | None = None, tty: bool | None = None):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.total = total
        self.done = 0
        self.failed = 0
        self.start = time.monotonic()
        self.last = 0.0 if self.tty else self.start  # plain: first line after PLAIN_EVERY_S
        self.drawn = False

    def step(self, failed: bool = False) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        every = BAR_EVERY_S if self.tty else PLAIN_EVERY_S
        if now - self.last >= every or (self.tty and self.done == self.total):
            self.last = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.start, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else 0
        fail = f"，无法检查 {self.failed}" if self.failed else ""
        return f"{self.done}/{self.total} 份{fail}，{rate:.1f} 份/秒，已用 {_clock(elapsed)}，预计还需 {_clock(left)}"

    def _draw(self, now: float) -> None:
        text = self.line(now)
        if self.tty:
            filled = int(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
            bar = "█" * filled + "░" * (BAR_WIDTH - filled)
            self.stream.write(f"\r\x1b[2K{bar} {text}")
            self.drawn = True
        else:
            self.stream.write(f"进度：{text}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
