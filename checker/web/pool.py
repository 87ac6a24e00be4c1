"""The process pool that runs checks and PDFs for the web server.

Workers are started by a fork server that has the pipeline imported already,
so a new worker is ready in milliseconds. A job that runs past its time
limit, or a worker that dies (killed, out of memory), costs that job only:
the pool is replaced, and jobs that were running beside it are tried once
more on the new pool.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from . import work


class JobFailed(Exception):
    """A job that could not finish: its worker died or it ran over its time."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class Pool:
    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._ex: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._ex is None:
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["checker.web.work"])
            self._ex = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=work.init)
        return self._ex

    def _replace(self, broken: ProcessPoolExecutor) -> None:
        if self._ex is broken:
            self._ex = None
            _kill(broken)

    async def run(self, fn: Callable[..., Any], *args: Any, timeout: float = 120.0) -> Any:
        """fn(*args) in a worker; JobFailed when it dies or takes longer than `timeout` s."""
        for attempt in (1, 2):
            ex = self._executor()
            loop = asyncio.get_running_loop()
            try:
                return await asyncio.wait_for(loop.run_in_executor(ex, fn, *args), timeout)
            except asyncio.TimeoutError:
                self._replace(ex)
                raise JobFailed(f"处理超时（超过 {timeout:g} 秒），已停止；文件可能过大或结构异常") from None
            except BrokenProcessPool:
                self._replace(ex)
                if attempt == 2:
                    raise JobFailed("处理这个文件的进程意外退出（可能内存不足）；文件可能过大或结构异常") from None
        raise AssertionError("unreachable")

    def warm(self) -> None:
        """Start the workers and load the rulebooks in the background."""
        ex = self._executor()
        for _ in range(self.workers):
            ex.submit(work.warm)

    def shutdown(self) -> None:
        if self._ex is not None:
            ex, self._ex = self._ex, None
            ex.shutdown(wait=False, cancel_futures=True)
            _kill(ex)


def _kill(ex: ProcessPoolExecutor) -> None:
    """End a pool's worker processes now (a stuck job cannot be cancelled)."""
    for proc in list((getattr(ex, "_processes", None) or {}).values()):
        try:
            if proc.is_alive():
                proc.kill()
        except (OSError, ValueError, AttributeError):
            pass
    with contextlib.suppress(RuntimeError, OSError):
        ex.shutdown(wait=False, cancel_futures=True)


def default_workers() -> int:
    return os.cpu_count() or 1
