"""Third QA pass (helper qa3): a provincial office adapting lawcheck by editing
YAML only, following README. Its overlay, a new outline as a copy-and-edit,
and the mistakes an author makes: each must end in one Chinese line naming
the file (and line) and what to do, exit 2, no traceback
(tests/QA-FINDINGS.md, "third pass")."""

from __future__ import annotations

import csv
import json
import shutil

import pytest
from conftest import ROOT, run_cli, seed_path

OVERLAY = ROOT / "tests" / "authoring" / "my-province.yaml"
SEED = seed_path("003_d63e53787c8bf399.txt")  # 南昌高新区 2023, published 2024-02-28


def _report(year: int, published: str, cites: str, extra: str = "") -> str:
    return (
        f"XX县人民政府关于{year}年度法治政府建设情况的报告\n发布日期:{published}\n"
        f"{year}年,我县深入贯彻《法治政府建设实施纲要({cites})》,现将有关情况报告如下。\n"
        "一、主要举措和成效\n(一)加强党的领导。县政府常务会议研究法治工作12次。\n"
        f"{extra}二、存在的不足和原因\n执法队伍专业化不足,原因是培训不够。\n"
        "三、下一年度工作安排\n继续推进行政执法三项制度。\n"
    )


def _no_traceback(res) -> None:
    assert "Traceback" not in res.stderr and "Error" not in res.stderr, res.stderr


# ---- the overlay a province writes (README "规则库", "团队设置") ----


def test_overlay_new_element_reaches_json_and_summary(tmp_path):
    report = tmp_path / "甲县.txt"
    report.write_text(
        _report(2023, "2024-03-31", "2021-2025年", "(二)对法治督察反馈的3个问题逐项整改,已全部完成。\n"),
        encoding="utf-8",
    )
    summary = tmp_path / "汇总.csv"
    res = run_cli(str(report), "--no-pdf", "--format", "json", "--rulebook", str(OVERLAY), "--summary", str(summary))
    _no_traceback(res)
    data = json.loads(res.stdout)
    assert data["rulebook"] == "my-province"
    elements = {e["id"]: e for e in data["elements"]}
    assert elements["supervision_fix"]["status"] == "present" and elements["leader_duty"]["weight"] == 25
    rules = {f["rule"] for f in data["findings"]}
    assert "publish_deadline" in rules  # 3月31日 itself is late under the province's strict reading
    assert "title_format" not in rules
    rows = list(csv.reader(summary.read_text(encoding="utf-8-sig").splitlines()))
    assert "督察整改" in rows[0] and rows[1][rows[0].index("督察整改")] == "具备"


def test_overlay_through_lawcheck_yaml(tmp_path):
    (tmp_path / "lawcheck.yaml").write_text(f"rulebook: {OVERLAY}\n", encoding="utf-8")
    res = run_cli(str(SEED), "--no-pdf", "--format", "json", cwd=tmp_path)
    _no_traceback(res)
    data = json.loads(res.stdout)
    assert data["rulebook"] == "my-province"
    assert data["elements"][-1]["id"] == "supervision_fix" and data["elements"][-1]["status"] == "missing"


def test_explain_new_rule():
    res = run_cli("explain", "supervision_fix", "--rulebook", str(OVERLAY))
    assert res.returncode == 0, res.stderr
    assert "法治督察工作办法" in res.stdout and "my-province.yaml" in res.stdout


# ---- author mistakes ----


def _overlay_variant(tmp_path, old: str, new: str, name: str = "省规则.yaml"):
    text = OVERLAY.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_changed_deadline_without_new_examples_points_at_the_override(tmp_path):
    # QA qa3-R1: the README example of a stricter deadline (a params override) kept the inherited examples, one of
    # which no longer holds; the refusal named the shipped annual-report.yaml, where the office cannot act
    text = OVERLAY.read_text(encoding="utf-8")
    start = text.index('    examples:\n      - {text: "XX局')
    end = text.index("  leader_duty:")
    path = tmp_path / "省规则.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    override_line = text[:start].splitlines().index("  publish_deadline:") + 2  # the override's first key
    for args in (("rules", "--check", str(path)), (str(SEED), "--no-pdf", "--rulebook", str(path))):
        res = run_cli(*args)
        _no_traceback(res)
        assert res.returncode == (1 if args[0] == "rules" else 2)  # examples failed / rulebook refused
        first = res.stderr.strip().splitlines()[0]
        assert f"{path}:{override_line}: 规则 publish_deadline 的例子未通过" in first, first
        assert "继承自" in first and "annual-report.yaml" in first
        assert "请在 overrides.publish_deadline 下写上符合新要求的 examples" in first


def test_rule_without_examples_says_what_is_missing(tmp_path):
    text = OVERLAY.read_text(encoding="utf-8")
    start = text.index('    examples:\n      - {text: "一、主要举措')
    end = text.index("overrides:")
    path = tmp_path / "省规则.yaml"
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    res = run_cli("rules", "--check", str(path))
    _no_traceback(res)
    assert res.returncode == 1
    assert "规则 supervision_fix 的例子不全：每条规则至少要有一个应匹配" in res.stderr
    assert "例子：''" not in res.stderr


@pytest.mark.parametrize(
    "old,new,expected",
    [
        ("require: any", "require: 2", "的参数 require 应为文字，现在是 2"),
        ("params: {month: 3, day: 31", 'params: {month: "三", day: 31', "的参数 month 应为整数（如 3），现在是 '三'"),
        ("  leader_duty: {weight: 25}", "  leader_dutty: {weight: 25}", "“leader_dutty” 不存在；是不是 leader_duty？"),
        ("disable: [title_format]", "disable: [title_fromat]", "“title_fromat” 不存在；是不是 title_format？"),
        ("extends: outline-2021-2025", "extends: outline-2021-2026", "不存在；可用：annual-report、"),
        (
            "    severity: error",
            "    severtiy: error",
            ":12: 规则 supervision_fix 缺少 severity（“severtiy”是不是 severity 写错了？）",
        ),
        (
            "    where: 主要举措部分",
            "    needs: [problemz]",
            ":12: 规则 supervision_fix 引用了不存在的规则 “problemz”（needs / claimed_by）；是不是 problems",
        ),
        ("id: my-province", "id: outline-2021-2025", "规则库 id “outline-2021-2025” 与它继承的规则库相同"),
        # a Chinese input method's full-width colon and spaces: the parser notices them a line late, or not at all
        ("    weight: 8", "    weight：8", ":17: YAML 格式错误：键后的冒号是全角“：”，请改为半角冒号加空格“: ”"),
        ("    weight: 8", "\u3000\u3000weight: 8", ":17: YAML 格式错误：行首是全角空格"),
        (
            "  leader_duty: {weight: 25}",
            "  leader_duty：{weight: 25}",
            "（键后的冒号是全角“：”，请改为半角冒号加空格“: ”）",
        ),
    ],
)
def test_author_mistake_one_chinese_line(tmp_path, old, new, expected):
    path = _overlay_variant(tmp_path, old, new)
    for args in (("rules", "--check", str(path)), (str(SEED), "--no-pdf", "--rulebook", str(path))):
        res = run_cli(*args)
        _no_traceback(res)
        assert res.returncode == 2
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0], res.stderr


@pytest.mark.parametrize(
    "old,new,key",
    [
        ("disable: [title_format]", "disable: [title_fromat]", "disable:"),
        ("extends: outline-2021-2025", "extends: outline-2021-2026", "extends:"),
        ("  leader_duty: {weight: 25}", "  leader_dutty: {weight: 25}", "  leader_dutty:"),
    ],
)
def test_wrong_rule_or_rulebook_name_points_at_its_line(tmp_path, old, new, key):
    # qa3 Q1: disable / extends errors named the file's first line; a second run reads the parse cache
    path = _overlay_variant(tmp_path, old, new)
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if text.startswith(key))
    for _ in range(2):
        res = run_cli("rules", "--check", str(path))
        assert res.returncode == 2 and res.stderr.startswith(f"lawcheck: {path}:{line}: "), res.stderr


def test_gbk_rulebook_says_how_to_resave(tmp_path):
    path = tmp_path / "省规则.yaml"
    path.write_bytes(OVERLAY.read_text(encoding="utf-8").encode("gbk"))
    res = run_cli("rules", "--check", str(path))
    _no_traceback(res)
    assert res.returncode == 2
    assert f"{path}: 规则库文件不是 UTF-8 编码；请用 UTF-8 另存" in res.stderr


# ---- a new outline, and a province's overlays chosen by report year (README "新纲要") ----


def _outline_2026(target):
    """The copy-and-edit README describes: outline-2021-2025.yaml with its id, name, years and outline block changed."""
    text = (ROOT / "rulebooks" / "outline-2021-2025.yaml").read_text(encoding="utf-8")
    for old, new in (
        ("id: outline-2021-2025", "id: outline-2026-2030"),
        ("name: 法治政府建设年度报告（2021—2025年纲要）", "name: 法治政府建设年度报告（2026—2030年纲要）"),
        ("years: [2021, 2025]", "years: [2026, 2030]"),
        ('id: "2021-2025"', 'id: "2026-2030"'),
        ("name: 《法治政府建设实施纲要（2021－2025年）》", "name: 《法治政府建设实施纲要（2026－2030年）》"),
        ("label: 2021—2025年纲要", "label: 2026—2030年纲要"),
        ("report_years: [2021, 2025]", "report_years: [2026, 2030]"),
        (r"2021\s*年?\s*[-~]{0,2}\s*2025", r"2026\s*年?\s*[-~]{0,2}\s*2030"),
        (r"202[02-4]\s*年?\s*[-~]{1,2}\s*2025", r"202[57-9]\s*年?\s*[-~]{1,2}\s*2030"),
    ):
        assert old in text, old
        text = text.replace(old, new, 1)
    target.write_text(text, encoding="utf-8")


def test_province_folder_chooses_overlay_by_report_year(tmp_path):
    books = tmp_path / "我省规则库"
    national = books / "national"
    national.mkdir(parents=True)
    for name in ("annual-report.yaml", "outline-2021-2025.yaml"):
        shutil.copy(ROOT / "rulebooks" / name, national / name)
    shutil.copytree(ROOT / "rulebooks" / "dictionaries", national / "dictionaries")
    _outline_2026(national / "outline-2026-2030.yaml")
    overlay = OVERLAY.read_text(encoding="utf-8")
    (books / "my-province-2021.yaml").write_text(overlay.replace("id: my-province", "id: my-province-2021"), "utf-8")
    (books / "my-province-2026.yaml").write_text(
        overlay.replace("id: my-province", "id: my-province-2026").replace(
            "extends: outline-2021-2025", "extends: outline-2026-2030"
        ),
        "utf-8",
    )
    env = {"LAWCHECK_RULEBOOKS": str(books)}
    res = run_cli("rules", "--check", str(books / "my-province-2026.yaml"), env=env)
    assert res.returncode == 0, res.stderr
    got = {}
    for year, cites in ((2025, "2021-2025年"), (2026, "2026-2030年"), (2027, "2021-2025年")):
        path = tmp_path / f"r{year}.txt"
        path.write_text(_report(year, f"{year + 1}-03-10", cites), encoding="utf-8")
        res = run_cli(str(path), "--no-pdf", "--format", "json", env=env)
        _no_traceback(res)
        got[year] = json.loads(res.stdout)
    assert [got[y]["rulebook"] for y in (2025, 2026, 2027)] == [
        "my-province-2021",
        "my-province-2026",
        "my-province-2026",
    ]
    assert all(not got[y]["notices"] for y in got)
    assert got[2026]["outline_cited"] == "2026-2030"
    assert not [f for f in got[2026]["findings"] if f["rule"] == "outline_version"]
    wrong = [f for f in got[2027]["findings"] if f["rule"] == "outline_version"]
    assert wrong and "2026－2030" in wrong[0]["message"]
    assert {e["id"] for e in got[2026]["elements"]} >= {"supervision_fix"}


def test_rules_and_explain_follow_lawcheck_yaml(tmp_path):
    # qa3 R13: with the team's overlay in lawcheck.yaml, `lawcheck explain <its new rule>` said there is no such rule
    # and `lawcheck rules` listed the national rulebook, though every check used the overlay
    (tmp_path / "lawcheck.yaml").write_text(f"rulebook: {OVERLAY}\n", encoding="utf-8")
    res = run_cli("explain", "supervision_fix", cwd=tmp_path)
    assert res.returncode == 0 and "my-province.yaml" in res.stdout, res.stderr
    res = run_cli("rules", cwd=tmp_path)
    assert res.returncode == 0 and res.stdout.startswith("■ 某省规则") and "supervision_fix" in res.stdout
    assert "title_format" in res.stdout and "（已停用）" in res.stdout
    res = run_cli("rules", "--rulebook", "outline-2021-2025", cwd=tmp_path)  # the option still wins
    assert "supervision_fix" not in res.stdout
