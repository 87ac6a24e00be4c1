"""The yardstick: a minimal pipeline doing only what any checker of these
reports must do, so that bench_engine.py can say how far lawcheck is from the
limit on the same texts.

    read the file (UTF-8) -> split lines -> NFKC per line -> heading regex per
    line -> one Aho-Corasick pass over the text for every literal of every
    pattern in the shipped rulebooks

Nothing here is used by lawcheck itself.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ahocorasick_rs
import yaml

try:
    from re import _parser as sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover
    import sre_parse  # type: ignore

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[.、]|\(\d{1,2}\))")


def _strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for v in node.values():
            yield from _strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from _strings(v)


def _literal_runs(pattern: str) -> list[str]:
    """Runs of plain characters in a regex (at any depth)."""
    try:
        tree = sre_parse.parse(pattern.replace("<YEAR>", "").replace("<NEXT_YEAR>", "").replace("<PREV_YEAR>", ""))
    except Exception:
        return []
    out: list[str] = []

    def walk(seq):
        run = []
        for op, av in seq:
            if op is sre_parse.LITERAL:
                run.append(chr(av))
                continue
            if run:
                out.append("".join(run))
                run = []
            if op is sre_parse.SUBPATTERN:
                walk(av[-1])
            elif op is sre_parse.BRANCH:
                for alt in av[1]:
                    walk(alt)
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT):
                walk(av[2])
        if run:
            out.append("".join(run))

    walk(tree)
    return [r for r in out if len(r) >= 2]


def rulebook_literals() -> set[str]:
    lits: set[str] = set()
    for path in sorted((ROOT / "rulebooks").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for section in ("rules", "overrides"):
            for s in _strings(data.get(section) or []):
                lits.update(_literal_runs(s))
    return lits


class MinimalPipeline:
    def __init__(self) -> None:
        # the same library as lawcheck's index (the faster of the two measured, see checker/match/index.py)
        self.auto = ahocorasick_rs.AhoCorasick(sorted(rulebook_literals()), matchkind=ahocorasick_rs.MatchKind.Standard)

    def check_path(self, path: str) -> tuple[int, int]:
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().splitlines()
        lines = [unicodedata.normalize("NFKC", line) for line in lines]
        headings = sum(1 for line in lines if HEADING.match(line))
        hits = len(self.auto.find_matches_as_indexes("\n".join(lines), overlapping=True))
        return headings, hits
