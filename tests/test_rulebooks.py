"""Rulebooks are data, validated on load; every rule's own examples pass;
a broken rulebook gets a message naming file, line and problem."""

from __future__ import annotations

import textwrap

import pytest
from conftest import ROOT, run_cli

from checker import rulebook as rb
from checker.errors import RulebookError
from checker.rulecheck import check_rulebook

# rulebooks/dictionaries/ holds term dictionaries that rules name, not rulebooks
SHIPPED = sorted(p for p in (ROOT / "rulebooks").rglob("*.yaml") if "dictionaries" not in p.parts)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_rulebook_examples_pass(path):
    book = rb.load(str(path))
    failures = check_rulebook(book)
    assert failures == [], [f.message() for f in failures]


@pytest.mark.parametrize("path", SHIPPED, ids=[p.name for p in SHIPPED])
def test_every_rule_is_documented(path):
    for rule in rb.load(str(path)).rules:
        assert rule.id and rule.name and rule.source and rule.fix, rule.id
        assert rule.weight >= 0 and rule.severity in ("error", "warning", "info")


def test_six_required_elements_in_national_rulebooks():
    for book in rb.national():
        ids = [r.id for r in book.active("element")]
        assert ids[:6] == ["measures", "problems", "leader_duty", "next_year_plan", "three_systems", "legal_advisers"]


def _write(tmp_path, body: str, name="book.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


GOOD_RULE = """
  - id: my_rule
    kind: section
    name: 测试
    source: 某规定第一条
    weight: 5
    severity: warning
    fix: 加上
    params:
      headings: [测试]
    examples:
      - {text: "一、测试\\n内容。", expect: present}
      - {text: "一、其他\\n内容。", expect: missing}
"""
HEAD = "schema: 1\nid: t\nname: 测试规则库\nversion: '1'\nrules:\n"


@pytest.mark.parametrize(
    "body,line,words",
    [
        ("schema: 1\nid: t\nname: x\nversion: '1'\nrules: [\n", None, ["YAML"]),
        (HEAD + GOOD_RULE + "    colour: red\n", 7, ["未知的键", "colour"]),
        (HEAD + GOOD_RULE.replace("kind: section", "kind: sectoin"), 7, ["sectoin", "不存在"]),
        (HEAD + GOOD_RULE.replace("    weight: 5\n", ""), 7, ["weight"]),
        (HEAD + GOOD_RULE.replace("- id: my_rule", "- ident: my_rule"), 7, ["id"]),
        (HEAD + GOOD_RULE.replace("headings: [测试]", "headings: ['测试(']"), None, ["正则", "无法编译"]),
        (
            HEAD + GOOD_RULE.replace("headings: [测试]", "headings: [测试]\n      hedings: [x]"),
            None,
            ["未知参数", "hedings"],
        ),
        (HEAD.replace("schema: 1", "schema: 7") + GOOD_RULE, 1, ["schema"]),
        (HEAD + GOOD_RULE + GOOD_RULE, 20, ["重复"]),
        (HEAD + GOOD_RULE.replace("severity: warning", "severity: fatal"), 7, ["severity"]),
        ("schema: 1\nid: t\nname: x\nversion: '1'\noverrides:\n  {weight: 3}: x\n", 6, ["键必须"]),
        ("- just\n- a list\n", None, ["顶层"]),
        (HEAD + GOOD_RULE.replace("    weight: 5\n", "\tweight: 5\n"), None, ["制表符"]),
        (HEAD + GOOD_RULE.replace("    name: 测试\n", '    name: "测试\n'), None, ["没有闭合"]),
        (HEAD + GOOD_RULE.replace("    name: 测试\n", "    name: 测试: 要素\n"), None, ["键: 值", "冒号"]),
    ],
)
def test_broken_rulebook_message_names_file_and_line(tmp_path, body, line, words):
    p = _write(tmp_path, body)
    with pytest.raises(RulebookError) as err:
        rb.load(str(p))
    msg = str(err.value)
    assert str(p) in msg
    if line:
        assert f"{p}:{line}:" in msg, msg
    assert any(w in msg for w in words), msg


def test_failing_example_is_named_by_rules_check(tmp_path):
    p = _write(tmp_path, HEAD + GOOD_RULE.replace("expect: missing", "expect: present"))
    res = run_cli("rules", "--check", str(p))
    assert res.returncode == 1
    assert "my_rule" in res.stderr and "未通过" in res.stderr
    assert f"{p}:" in res.stderr


def test_rules_check_passes_good_file(tmp_path):
    p = _write(tmp_path, HEAD + GOOD_RULE)
    res = run_cli("rules", "--check", str(p))
    assert res.returncode == 0, res.stderr
    assert "全部通过" in res.stdout


def test_rule_without_negative_example_fails_check(tmp_path):
    body = HEAD + GOOD_RULE.replace('      - {text: "一、其他\\n内容。", expect: missing}\n', "")
    p = _write(tmp_path, body)
    res = run_cli("rules", "--check", str(p))
    assert res.returncode == 1 and "例子不全" in res.stderr


def test_broken_rulebook_on_check_command(tmp_path):
    p = _write(tmp_path, "schema: 1\nid: [unclosed\n")
    res = run_cli("seeds/003_d63e53787c8bf399.txt", "--rulebook", str(p), "--no-pdf")
    assert res.returncode == 2
    assert str(p) in res.stderr and "Traceback" not in res.stderr


def test_new_synonym_is_a_yaml_edit(tmp_path):
    """A heading wording the shipped rules do not know is accepted after a
    YAML-only overlay adds it."""
    from checker.pipeline import check_path

    report = tmp_path / "r.txt"
    report.write_text(
        "XX县2023年法治政府建设年度报告\n一、主要举措和成效\n全年培训5次。\n"
        "二、美中不足\n队伍力量薄弱。\n三、2024年工作安排\n继续培训。\n",
        encoding="utf-8",
    )
    before = {e.id: e.status for e in check_path(str(report)).elements}
    overlay = _write(
        tmp_path,
        f"""
        schema: 1
        id: synonyms
        name: 同义词扩展
        version: '1'
        extends: {ROOT / "rulebooks" / "outline-2021-2025.yaml"}
        overrides:
          problems:
            params:
              headings: ['存在(的)?(主要)?(问题|不足)', '美中不足']
        """,
    )
    after = {e.id: e.status for e in check_path(str(report), str(overlay)).elements}
    assert before["problems"] == "missing" and after["problems"] == "present"


def test_explain_every_rule():
    for book in rb.national():
        for rule in book.rules:
            res = run_cli("explain", rule.id)
            assert res.returncode == 0, res.stderr
            assert rule.name in res.stdout and "依据" in res.stdout and "怎样改" in res.stdout


def test_explain_unknown_rule():
    res = run_cli("explain", "no_such_rule")
    assert res.returncode == 2 and "no_such_rule" in res.stderr


def test_rules_lists_sources():
    res = run_cli("rules")
    assert res.returncode == 0
    for rid in ("measures", "three_systems", "publish_deadline", "ol21_digital", "ol15_capacity"):
        assert rid in res.stdout
    assert "依据" in res.stdout
