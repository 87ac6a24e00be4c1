"""Runs every rule's own examples (must match / must not match), as
LanguageTool and prh do: a rule whose example fails is named, with the line
of the example in its YAML file."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .match import run_rule
from .match.context import make_context
from .match.kinds import REGISTRY
from .model import SourceText
from .normalize import normalize
from .rulebook.model import Example, Rule, Rulebook
from .structure import build


@dataclass
class ExampleFailure:
    rule: str
    where: str  # file:line of the example (or of the rule)
    expected: str
    got: str
    text: str
    hint: str = ""  # what to do, when the plain message would not say it

    def message(self) -> str:
        where = self.where
        if not self.text and self.got in ("不全", "例子不全"):  # the rule as a whole, not one example
            return f"{where}: 规则 {self.rule} 的例子不全：{self.expected}"
        return (
            f"{where}: 规则 {self.rule} 的例子未通过：期望 {self.expected}，实际 {self.got}"
            f"（例子：{self.text[:40]!r}）{self.hint}"
        )


def outcome(rulebook: Rulebook, rule: Rule, ex: Example) -> str:
    src = SourceText(path=f"<{rule.id} 例子>", format="txt", lines=ex.text.split("\n"))
    doc = build(normalize(src))
    out = run_rule(make_context(doc, rulebook), rule)  # after the rules it needs
    if rule.category == "finding":
        return "fires" if out else "quiet"
    return out.status


def check_rulebook(rulebook: Rulebook) -> list[ExampleFailure]:
    failures: list[ExampleFailure] = []
    for rule in rulebook.active():
        expects = {ex.expect for ex in rule.examples}
        positive = expects & {"present", "partial", "fires"}
        negative = expects & {"missing", "quiet"}
        if not positive or not negative:
            failures.append(
                ExampleFailure(
                    rule.id,
                    rule.origin,
                    "每条规则至少要有一个应匹配（present / partial / fires）和一个不应匹配（missing / quiet）的例子，"
                    "请在 examples 下补上",
                    "不全",
                    "",
                )
            )
        changed_in = rule.origin.rsplit(":", 1)[0]
        for ex in rule.examples:
            got = outcome(rulebook, rule, ex)
            if got != ex.expect:
                where, hint = f"{ex.file}:{ex.line}", ""
                if ex.file and changed_in and ex.file != changed_in:
                    # an inherited example that the rule, changed in an overlay (overrides), no longer meets:
                    # the place to act is the override, not the shipped rulebook the example came from
                    where = rule.origin
                    hint = (
                        f"；这个例子继承自 {ex.file}:{ex.line}，规则在这里被修改（overrides）后不再成立："
                        f"请在 overrides.{rule.id} 下写上符合新要求的 examples（会替换全部继承的例子）"
                    )
                failures.append(ExampleFailure(rule.id, where, ex.expect, got, ex.text, hint))
        own = getattr(REGISTRY[rule.kind], "check_examples", None)  # examples inside a kind's params or data
        if own is not None:
            for where, expected, got, text in own(rule, functools.partial(_context, rulebook, rule)):
                failures.append(ExampleFailure(rule.id, where, expected, got, text))
    return failures


def _context(rulebook: Rulebook, rule: Rule, text: str):
    src = SourceText(path=f"<{rule.id} 例子>", format="txt", lines=text.split("\n"))
    return make_context(build(normalize(src)), rulebook)
