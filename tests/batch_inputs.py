"""Real inputs for the batch view tests: edited copies of the seeds written
as files (txt, and .docx built with python-docx), checked by the real
pipeline."""

from __future__ import annotations

import random
import re
from pathlib import Path

from docx import Document as DocxDocument

from checker.normalize import normalize
from checker.pipeline import check_path
from checker.read import read_path
from checker.structure import build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_003 = ROOT / "seeds" / "003_d63e53787c8bf399.txt"  # 南昌高新区, 2023


def fingerprint_input(path: Path) -> tuple[list[str], str | None]:
    """What the batch worker passes to similar.fingerprint: body line texts and issuer."""
    doc = build(normalize(read_path(str(path))))
    return [line.text for line in doc.lines], doc.meta.issuer


def check(path: Path, region: str | None = None) -> dict:
    d = check_path(str(path)).to_dict()
    if region is not None:
        d["region"] = region
    return d


def shift_years(text: str, by: int) -> str:
    """The same report as if written `by` years earlier/later (years 2000–2099)."""
    return re.sub(r"20\d\d", lambda m: str(int(m.group()) + by), text)


def perturb_figures(text: str, seed: int = 7) -> str:
    """Change every figure of fewer than four digits (years stay)."""
    rng = random.Random(seed)
    return re.sub(r"(?<!\d)\d{1,3}(?!\d)", lambda m: str(int(m.group()) + rng.randint(1, 9)), text)


def edited_copy(text: str, old: list[str], new: str, replace_share: float = 0.2, seed: int = 3) -> list[str]:
    """Another unit's "own" report: unit names replaced, figures changed,
    a share of the sentences rewritten, paragraphs in another order."""
    for name in old:
        text = text.replace(name, new)
    text = perturb_figures(text, seed)
    rng = random.Random(seed)
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for i in rng.sample(range(len(lines)), int(len(lines) * replace_share)):
        lines[i] = f"我们结合本地实际开展了第{i}项具有自身特色的专项工作并形成了长效机制。"
    head, body = lines[:6], lines[6:]
    rng.shuffle(body)
    return head + body


def write_docx(path: Path, lines: list[str]) -> Path:
    doc = DocxDocument()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(str(path))
    return path
