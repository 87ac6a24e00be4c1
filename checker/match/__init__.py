"""Stage 4: Document x Rulebook -> MatchResult. Pure: no I/O."""
from __future__ import annotations

from ..model import Document, MatchResult
from ..rulebook.model import Rulebook
from .context import make_context
from . import near_miss
from .kinds import REGISTRY


def match(doc: Document, rulebook: Rulebook, plain: bool | None = None) -> MatchResult:
    """plain=True: every pattern over every sentence (no index); None: the
    LAWCHECK_PLAIN environment variable decides."""
    ctx = make_context(doc, rulebook, plain)
    elements, coverage, findings = [], [], []
    for rule in rulebook.active():
        kind = REGISTRY[rule.kind]
        out = kind.evaluate(ctx, rule)
        if rule.category == "element":
            out.near_misses = near_miss.hints(ctx, rule, out)
            elements.append(out)
        elif rule.category == "coverage":
            coverage.append(out)
        else:
            for f in out:
                f.fix = f.fix or rule.fix
                f.source = f.source or rule.source
            findings.append(out)
    flat = [f for group in findings for f in group]
    return MatchResult(elements=elements, coverage=coverage, findings=flat)
