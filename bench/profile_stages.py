"""Where one check's CPU time goes: per stage, per rule kind, per rule.

    .venv/bin/python bench/profile_stages.py [--rounds 40] [--top 25] [--cprofile tottime]

Checks the seeds --rounds times in this process after three warm-up rounds
(imports, rulebook load, the index built from the second document on) and
prints CPU milliseconds (time.process_time) per seed report: read, normalize,
structure, choosing the rulebook, building the match context, the whole match
stage (which builds its own context again) and score; then the time inside
each rule kind's evaluate() and each rule's (a rule's `needs` run inside it are
counted once, where they run; the one pass over the document's sentences,
Context._scan, is counted apart, not in the rule that first asks for
candidates). With --cprofile KEY the timed rounds run under cProfile instead
and its table, sorted by KEY, is printed. A yardstick for
speed work on the match and score stages (issue 13); on a shared machine run
it pinned (taskset -c 0) and compare old and new code in the same session.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


class _Timed:
    """A rule-kind module whose evaluate() adds its CPU time to two tallies,
    less the document scan it may start (the first rule asking for candidates
    pays it: counted apart, as "(scan of the document)")."""

    def __init__(self, kind: str, module, per_kind: Counter, per_rule: Counter, scans: list):
        self._kind, self._module, self._per_kind, self._per_rule = kind, module, per_kind, per_rule
        self._scans = scans

    def __getattr__(self, name):
        return getattr(self._module, name)

    def evaluate(self, ctx, rule):
        scanned = self._scans[0]
        t = time.process_time()
        out = self._module.evaluate(ctx, rule)
        dt = time.process_time() - t - (self._scans[0] - scanned)
        self._per_kind[self._kind] += dt
        self._per_rule[rule.id] += dt
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=40)
    ap.add_argument("--top", type=int, default=25, help="rules listed")
    ap.add_argument("--cprofile", metavar="KEY", help="run the timed rounds under cProfile, sorted by KEY")
    args = ap.parse_args()

    from checker import rulebook as rb
    from checker.config import tailor
    from checker.match import make_context, match
    from checker.match.context import Context
    from checker.match.kinds import REGISTRY
    from checker.normalize import normalize
    from checker.read import read_path
    from checker.score import score
    from checker.structure import build

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    stages: Counter = Counter()
    clock = time.process_time

    def one(path: str, timed: bool) -> None:
        with rb.held():  # as checker/pipeline.py: the rulebook folder is read once per report
            _one(path, timed)

    def _one(path: str, timed: bool) -> None:
        t0 = clock()
        src = read_path(path)
        t1 = clock()
        text = normalize(src)
        t2 = clock()
        doc = build(text)
        t3 = clock()
        book, notices = rb.choose(doc.meta.year, None)
        book = tailor(book, (), (), None)
        t4 = clock()
        make_context(doc, book)
        t5 = clock()
        result = match(doc, book)
        t6 = clock()
        score(doc, result, book, notices)
        t7 = clock()
        if timed:
            names = ("read", "normalize", "structure", "choose", "make_context", "match (all)", "score")
            for name, dt in zip(names, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)):
                stages[name] += dt

    for _ in range(3):
        for path in seeds:
            one(path, False)
    per_kind: Counter = Counter()
    per_rule: Counter = Counter()
    saved = dict(REGISTRY)
    scans = [0.0]  # CPU seconds in Context._scan (the one pass over a document's sentences)
    plain_scan = Context._scan

    def timed_scan(ctx) -> None:
        t = time.process_time()
        plain_scan(ctx)
        scans[0] += time.process_time() - t

    Context._scan = timed_scan
    for kind, module in saved.items():
        REGISTRY[kind] = _Timed(kind, module, per_kind, per_rule, scans)
    try:
        n = args.rounds * len(seeds)
        if args.cprofile:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            prof.enable()
            for _ in range(args.rounds):
                for path in seeds:
                    one(path, True)
            prof.disable()
            pstats.Stats(prof).sort_stats(args.cprofile).print_stats(60)
            return
        for _ in range(args.rounds):
            for path in seeds:
                one(path, True)
    finally:
        REGISTRY.update(saved)
        Context._scan = plain_scan
    total = sum(v for k, v in stages.items() if k != "make_context")
    print(
        f"{n} seed reports, CPU ms per report (make_context is also inside match (all)); total {1000 * total / n:.3f}"
    )
    for name, v in stages.items():
        print(f"  {name:16s} {1000 * v / n:8.3f}")
    print(f"  {'  of which scan':16s} {1000 * scans[0] / n:8.3f}   (the one pass over the sentences, Context._scan)")
    print("rule kinds (inside match):")
    for kind, v in per_kind.most_common():
        print(f"  {kind:18s} {1000 * v / n:8.3f}")
    print(f"rules (top {args.top}):")
    for rid, v in per_rule.most_common(args.top):
        print(f"  {rid:30s} {1000 * v / n:8.3f}")


if __name__ == "__main__":
    main()
