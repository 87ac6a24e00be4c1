"""A kind declares its role (module attribute ROLE); later stages read the
role, never a kind's name (house rule: no rule-kind name is tested for in
score, render or batch code)."""

from __future__ import annotations

import ast
from pathlib import Path

from checker import rulebook as rb
from checker.match.kinds import REGISTRY
from checker.model import ROLE_DEADLINE, ROLE_DOCUMENT
from checker.pipeline import check_path
from checker.render.text import render_text

ROOT = Path(__file__).resolve().parent.parent
LATER_STAGES = ("score", "render", "batch", "web")
ROLES = {ROLE_DOCUMENT, ROLE_DEADLINE}
GOV_INFO_PAGE = ROOT / "tests" / "realpages" / "pages" / "lk_gi_tongliang_sfj_2024.txt"


def test_roles_are_declared_by_kinds():
    declared = {kind: getattr(mod, "ROLE", "") for kind, mod in REGISTRY.items()}
    assert set(declared.values()) - {""} <= ROLES
    assert {role for role in declared.values() if role} == ROLES  # each role has a kind that plays it
    for role in ROLES:  # one kind per role: a later stage never has to choose between two
        assert sum(r == role for r in declared.values()) == 1


def test_loaded_rules_carry_their_kinds_role():
    book = rb.load("outline-2021-2025")
    for rule in book.rules:
        assert rule.role == getattr(REGISTRY[rule.kind], "ROLE", "")
    assert any(r.role == ROLE_DOCUMENT for r in book.active())
    assert any(r.role == ROLE_DEADLINE for r in book.active())


def _kind_tests(tree: ast.AST):
    """Comparisons of something's `.kind` / `["kind"]` with a string."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        names_kind = any(
            (isinstance(s, ast.Attribute) and s.attr == "kind")
            or (isinstance(s, ast.Subscript) and isinstance(s.slice, ast.Constant) and s.slice.value == "kind")
            for s in sides
        )
        consts = [
            c.value for s in sides for c in ast.walk(s) if isinstance(c, ast.Constant) and isinstance(c.value, str)
        ]
        if names_kind and any(c in REGISTRY for c in consts):
            yield node.lineno


def test_later_stages_never_test_a_kind_name():
    offenders = []
    for stage in LATER_STAGES:
        for path in sorted((ROOT / "checker" / stage).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            offenders += [f"{path.relative_to(ROOT)}:{line}" for line in _kind_tests(tree)]
            for node in ast.walk(tree):  # nor a table of kind names (e.g. FIRST_KINDS = ("doc_type",))
                if isinstance(node, ast.Assign) and isinstance(node.value, (ast.Tuple, ast.List, ast.Set)):
                    values = [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
                    if values and all(isinstance(v, str) and v in REGISTRY for v in values):
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_guard_can_fail():
    bad = ast.parse('if info.kind == "doc_type":\n    pass\nx = r["kind"] in ("deadline", "other")\n')
    assert list(_kind_tests(bad)) == [1, 3]


def test_a_document_finding_comes_first_everywhere():
    report = check_path(str(GOV_INFO_PAGE))
    first = report.findings[0]
    assert report.rules[first.rule].role == ROLE_DOCUMENT
    assert first.detail and "政府信息公开" in first.detail["name"]
    assert report.to_dict()["findings"][0]["rule"] == first.rule
    lines = render_text(report).splitlines()
    assert lines[1].startswith("  ！") and "政府信息公开" in lines[1]  # right under the file name
    assert f"（{first.rule}）" not in "\n".join(lines)  # not repeated among the other findings
