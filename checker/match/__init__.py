"""Stage 4: Document x Rulebook -> MatchResult. Pure: no I/O."""

from __future__ import annotations

from ..model import Document, MatchResult
from ..rulebook.model import Rule, Rulebook
from . import near_miss
from .context import Context, make_context
from .kinds import REGISTRY


def run_rule(ctx: Context, rule: Rule):
    """Evaluate one rule after the rules it `needs` (once each): their results
    and the parts they found are in ctx.results / ctx.spans for it to read."""
    if rule.id in ctx.results:
        return ctx.results[rule.id]
    ctx.results[rule.id] = None  # a dependency cycle ends here (the loader refuses cycles)
    for dep in rule.needs:  # switched off or not: its result is needed here, not reported
        other = ctx.rule(dep)
        if other is not None:
            run_rule(ctx, other)
    out = REGISTRY[rule.kind].evaluate(ctx, rule)
    ctx.results[rule.id] = out
    return out


def match(doc: Document, rulebook: Rulebook, plain: bool | None = None) -> MatchResult:
    """plain=True: every pattern over every sentence (no index); None: the
    LAWCHECK_PLAIN environment variable decides."""
    ctx = make_context(doc, rulebook, plain)
    elements, coverage, findings = [], [], []
    for rule in rulebook.active():
        out = run_rule(ctx, rule)
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
