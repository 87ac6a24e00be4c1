"""Shared fixtures: the real seeds, the expert gold, a CLI runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
GOLD = yaml.safe_load((Path(__file__).parent / "gold_seeds.yaml").read_text(encoding="utf-8"))
SEED_NAMES = sorted(GOLD)
ELEMENT_IDS = ["measures", "problems", "leader_duty", "next_year_plan", "three_systems", "legal_advisers"]


def seed_path(name: str) -> Path:
    return SEEDS_DIR / name


def seed_text(name: str) -> str:
    return seed_path(name).read_text(encoding="utf-8")


def statuses(report) -> dict[str, str]:
    return {e.id: e.status for e in report.elements}


def run_cli(*args: str, cwd: str | os.PathLike | None = None, env: dict | None = None):
    """Run `lawcheck` in a fresh process, as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("LAWCHECK_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "checker.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=full_env,
        timeout=300,
    )


@pytest.fixture(params=SEED_NAMES)
def seed_name(request) -> str:
    return request.param
