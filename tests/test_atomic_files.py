"""Outputs are written through a temporary file that replaces the target only
when complete (checker/render/files.py `atomic_open`). A stop (SIGTERM,
Ctrl-C) at any moment leaves either the old file or the new one, and no
temporary file: also when it comes right after the temporary file was made
and before the writer could know its name (CI once found a `.r01.pdf.….tmp`
left by `lawcheck` stopped with SIGTERM)."""

from __future__ import annotations

import os
import signal
import sys
import tempfile

import pytest

from checker.render import files


def _stop(signum, frame):
    raise SystemExit(128 + signum)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_stop_just_after_the_temporary_file_is_made_leaves_nothing(tmp_path, monkeypatch):
    made = []
    real = tempfile.mkstemp

    def mkstemp_then_stop(*args, **kwargs):
        fd, name = real(*args, **kwargs)
        made.append(name)
        os.kill(os.getpid(), signal.SIGTERM)  # delivered at once unless held
        return fd, name

    monkeypatch.setattr(files.tempfile, "mkstemp", mkstemp_then_stop)
    old = signal.signal(signal.SIGTERM, _stop)
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    try:
        with pytest.raises(SystemExit):
            with files.atomic_open(target) as f:
                f.write(b"new")
    finally:
        signal.signal(signal.SIGTERM, old)
    assert made and not os.path.exists(made[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert target.read_bytes() == b"old"
    # signals are not left blocked
    assert signal.SIGTERM not in signal.pthread_sigmask(signal.SIG_BLOCK, set())


def test_a_write_that_completes_replaces_the_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with files.atomic_open(target) as f:
        f.write(b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
