"""A team's controls, as linters have them: --select / --ignore, lawcheck.yaml
(rulebook, select, ignore, deadline, params, outputs), --quiet, --statistics,
NO_COLOR, "-" for standard input, Chinese help that shows the check options."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest
from conftest import ROOT, run_cli, seed_path

from checker import config
from checker.pipeline import check_path

S002 = str(seed_path("002_df0ba27d3289336d.txt"))
S003 = str(seed_path("003_d63e53787c8bf399.txt"))
ON_DAY = (
    "XX县2023年法治政府建设年度报告\n发布日期:2024-04-01\n一、2023年主要举措和成效\n全年审查规范性文件12件。\n"
    "二、存在的不足和原因\n一是人员不足，原因是编制有限。\n三、2024年工作安排\n一是充实人员。"
)


def _yaml(folder, text):
    (folder / "lawcheck.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- select / ignore


def test_ignore_drops_findings_and_elements_from_the_score():
    full = check_path(S002)
    less = check_path(S002, select=(), ignore=("term_form", "problems"))
    assert not [f for f in less.findings if f.rule == "term_form"]
    assert "problems" not in [e.id for e in less.elements] and less.score != full.score


def test_select_only_checks_counts_from_100():
    r = check_path(S002, select=("term_form", "name_inconsistent"))
    assert {f.rule for f in r.findings} == {"term_form", "name_inconsistent"}
    assert r.elements == [] and r.score == 100


def test_unknown_rule_ids_listed_in_chinese(tmp_path):
    res = run_cli(S003, "--no-pdf", "--ignore", "title_format,no_such_rule", cwd=tmp_path)
    assert res.returncode == 2 and res.stdout == ""
    assert "--ignore: 没有这样的规则：no_such_rule；可用的规则：" in res.stderr and "term_form" in res.stderr


def test_select_and_ignore_on_the_command_line(tmp_path):
    res = run_cli(
        S002, "--no-pdf", "-q", "--select", "term_form,heading_numbering", "--ignore", "heading_numbering", cwd=tmp_path
    )
    rules = {line.split(" ")[2] for line in res.stdout.splitlines()}
    assert rules == {"term_form"}, res.stdout


# ---------------------------------------------------------------- lawcheck.yaml


def test_config_file_settings(tmp_path):
    _yaml(
        tmp_path,
        "rulebook: outline-2021-2025\nignore: title_format, term_form\n"
        "outputs: {format: json, pdf: false, out: 结果}\n",
    )
    res = run_cli(S002, cwd=tmp_path)
    data = json.loads(res.stdout)
    assert data["rulebook"] == "outline-2021-2025"
    assert not {"title_format", "term_form"} & {f["rule"] for f in data["findings"]}
    assert not (tmp_path / "结果").exists() and not (tmp_path / "reports_out").exists()
    res = run_cli(S002, "--format", "text", "--html", "--no-pdf", cwd=tmp_path)  # the command line wins
    assert res.stdout.startswith("■") and list((tmp_path / "结果").glob("*.html"))


def test_config_deadline_inclusive(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text(ON_DAY, encoding="utf-8")
    # the national rulebook counts 1 April itself as on time (inclusive: true); a team may read it strictly
    on_time = json.loads(run_cli(str(report), "--no-pdf", "--format", "json", cwd=tmp_path).stdout)
    _yaml(tmp_path, "deadline: {inclusive: false}\n")
    strict = json.loads(run_cli(str(report), "--no-pdf", "--format", "json", cwd=tmp_path).stdout)
    assert "publish_deadline" not in {f["rule"] for f in on_time["findings"]}
    flagged = [f for f in strict["findings"] if f["rule"] == "publish_deadline"]
    assert flagged and flagged[0]["severity"] == "warning" and "0 天" not in flagged[0]["message"]


@pytest.mark.parametrize(
    "text, words",
    [
        ("colour: red\n", "未知的键：colour"),
        ("outputs: {format: xml}\n", "outputs.format 应为 text 或 json"),
        ("deadline: {inclusive: true, colour: 1}\n", "未知参数：colour"),
        ("select: [term_form, nope]\n", "没有这样的规则：nope"),
        ("params: {nope: {a: 1}}\n", "“nope”"),
    ],
)
def test_config_mistakes_named(tmp_path, text, words):
    _yaml(tmp_path, text)
    res = run_cli(S003, "--no-pdf", cwd=tmp_path)
    assert res.returncode == 2 and "lawcheck.yaml" in res.stderr and words in res.stderr, res.stderr
    assert "Traceback" not in res.stderr


def test_config_rulebook_failing_its_examples_is_refused(tmp_path):
    overlay = tmp_path / "我省.yaml"
    overlay.write_text(
        f"schema: 1\nid: my-province\nname: 我省\nversion: '1'\nextends: {ROOT / 'rulebooks' / 'outline-2021-2025.yaml'}\n"
        "overrides:\n  problems:\n    examples:\n"
        '      - {text: "一、主要工作\\n开展培训。", expect: present}\n'
        '      - {text: "一、主要工作\\n开展培训。", expect: missing}\n',
        encoding="utf-8",
    )
    _yaml(tmp_path, "rulebook: 我省.yaml\n")
    res = run_cli(S003, "--no-pdf", cwd=tmp_path)
    assert res.returncode == 2 and "未通过自带的例子" in res.stderr and "problems" in res.stderr
    res = run_cli(S003, "--no-pdf", "--rulebook", str(overlay))  # chosen on the command line: the same
    assert res.returncode == 2 and "未通过自带的例子" in res.stderr


def test_config_unit():
    assert config.split_ids("a, b，c") == ("a", "b", "c") and config.split_ids(["a,b", "c"]) == ("a", "b", "c")
    assert config.unknown_ids(["x"], {"a"}) == "没有这样的规则：x；可用的规则：a"


# ---------------------------------------------------------------- output controls


def test_quiet_and_statistics(tmp_path):
    res = run_cli(S002, S003, "--no-pdf", "-q", "--statistics", cwd=tmp_path)
    lines = res.stdout.splitlines()
    problems = [line for line in lines if line.startswith(S002)]
    assert problems and all(line.startswith(f"{S002}:") for line in problems)
    assert any(f"{S002}:22: 警告 term_form “风桥经验”" in line for line in problems)
    assert not any(line.startswith("■") or "首要修改" in line for line in lines)
    assert any(line.startswith("共 2 份") for line in lines)
    stats = lines[lines.index(next(line for line in lines if line.startswith("统计"))) + 1 :]
    assert stats[0].split()[:2] == ["6", "term_form"] and "规范用语写法" in stats[0]
    assert res.stderr == ""  # no "已生成" lines either


def test_statistics_go_to_stderr_with_json(tmp_path):
    res = run_cli(S002, "--no-pdf", "--format", "json", "--statistics", cwd=tmp_path)
    assert json.loads(res.stdout)["schema"] == "lawcheck/1" and "term_form" in res.stderr


def _on_terminal(env_extra: dict) -> str:
    master, slave = pty.openpty()
    env = {**os.environ, **env_extra}
    if "NO_COLOR" not in env_extra:
        env.pop("NO_COLOR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "checker.cli", S003, "--no-pdf"],
        check=False,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    os.close(slave)
    out = b""
    try:
        while chunk := os.read(master, 65536):
            out += chunk
    except OSError:
        pass
    os.close(master)
    assert proc.returncode in (0, 1)
    return out.decode("utf-8")


def test_no_color_respected():
    assert "\x1b[" in _on_terminal({})
    assert "\x1b[" not in _on_terminal({"NO_COLOR": "1"})


def test_standard_input_gbk(tmp_path):
    data = ON_DAY.replace("2024-04-01", "2024-03-01").encode("gbk")
    res = subprocess.run(
        [sys.executable, "-m", "checker.cli", "-", "--no-pdf", "--format", "json"],
        check=False,
        input=data,
        capture_output=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    out = json.loads(res.stdout.decode("utf-8"))
    assert out["file"] == "<标准输入>" and out["year"] == 2023 and out["title"].startswith("XX县")
    assert res.returncode == 1 and res.stderr == b""  # checked: some required parts are missing


def test_help_in_chinese_with_check_options():
    res = run_cli("--help")
    assert res.returncode == 0
    for word in (
        "--select",
        "--ignore",
        "--quiet",
        "--statistics",
        "--fail-under",
        "用法：",
        "选项：",
        "显示帮助并退出",
    ):
        assert word in res.stdout, word
    for english in ("Usage", "Options", "Show this", "Commands", "TEXT", "INTEGER"):
        assert english not in res.stdout, english
    for sub in ("rules", "explain", "check"):
        out = run_cli(sub, "--help").stdout
        assert "用法：" in out and "Usage" not in out and "Show this" not in out


def test_config_file_in_gbk_is_called_the_settings_file(tmp_path):
    # QA F7: a lawcheck.yaml saved as GBK (Notepad on Chinese Windows) was called "规则库文件不是 UTF-8 编码"
    (tmp_path / "lawcheck.yaml").write_bytes("# 本单位的设置\nignore: [title_format]\n".encode("gbk"))
    res = run_cli(S003, "--no-pdf", cwd=tmp_path)
    assert res.returncode == 2 and "lawcheck.yaml: 设置文件不是 UTF-8 编码；请用 UTF-8 另存" in res.stderr, res.stderr
    assert "规则库" not in res.stderr
