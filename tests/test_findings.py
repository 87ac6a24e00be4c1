"""Findings fire on real or edited seeds and stay quiet where they should."""

from __future__ import annotations

import pytest
from conftest import ROOT, run_cli, seed_path, seed_text

from checker.pipeline import check_path

OVERLAY = str(ROOT / "rulebooks" / "overlays" / "example-province.yaml")


def _rules(report, severity=None):
    return {f.rule for f in report.findings if severity is None or f.severity == severity}


def _check_text(tmp_path, text, ref=None, name="r.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return check_path(str(p), ref)


@pytest.fixture(scope="module")
def seeds():
    return {
        n: check_path(str(seed_path(n)))
        for n in [
            "000_c9bd385b88e6491a.txt",
            "001_be30819666d1b380.txt",
            "002_df0ba27d3289336d.txt",
            "003_d63e53787c8bf399.txt",
            "004_5198beffa2de79c3.txt",
        ]
    }


def test_seed_001_is_late(seeds):
    r = seeds["001_be30819666d1b380.txt"]
    late = [f for f in r.findings if f.rule == "publish_deadline"]
    assert len(late) == 1 and late[0].severity == "error"
    assert "2021-05-28" in late[0].message and late[0].line == 7


@pytest.mark.parametrize(
    "name",
    ["000_c9bd385b88e6491a.txt", "002_df0ba27d3289336d.txt", "003_d63e53787c8bf399.txt", "004_5198beffa2de79c3.txt"],
)
def test_on_time_seeds_have_no_deadline_finding(seeds, name):
    assert "publish_deadline" not in _rules(seeds[name])


def test_seed_000_cites_no_government_outline(seeds):
    r = seeds["000_c9bd385b88e6491a.txt"]
    assert r.meta.outline_cited is None  # it cites only the 法治社会 outline
    assert "outline_version" in _rules(r)


@pytest.mark.parametrize("name", ["001_be30819666d1b380.txt", "002_df0ba27d3289336d.txt", "003_d63e53787c8bf399.txt"])
def test_fitting_outline_is_quiet(seeds, name):
    assert "outline_version" not in _rules(seeds[name])


def test_wrong_outline_for_year(tmp_path):
    text = seed_text("003_d63e53787c8bf399.txt").replace("(2021-2025年)", "(2015-2020年)")
    r = _check_text(tmp_path, text)
    f = [f for f in r.findings if f.rule == "outline_version"]
    assert f and f[0].severity == "warning" and "2015-2020" in f[0].message


def test_seed_003_date_without_separators(seeds):
    r = seeds["003_d63e53787c8bf399.txt"]
    assert r.meta.signed.isoformat() == "2024-02-28"  # closing "2024228"
    assert r.meta.published.isoformat() == "2024-02-28"  # page header wins


def test_closing_date_used_when_no_header(tmp_path):
    text = "\n".join(l for l in seed_text("003_d63e53787c8bf399.txt").split("\n") if "发布时间" not in l)
    r = _check_text(tmp_path, text)
    assert r.meta.published_source == "closing" and r.meta.published.isoformat() == "2024-02-28"


def test_no_date_is_info_not_error(tmp_path):
    text = "\n".join(l for l in seed_text("000_c9bd385b88e6491a.txt").split("\n") if "发布日期" not in l)
    r = _check_text(tmp_path, text)
    f = [f for f in r.findings if f.rule == "publish_deadline"]
    assert len(f) == 1 and f[0].severity == "info" and "未找到发布日期" in f[0].message


@pytest.mark.parametrize(
    "name,fires",
    [
        ("000_c9bd385b88e6491a.txt", True),
        ("001_be30819666d1b380.txt", False),
        ("003_d63e53787c8bf399.txt", False),
        ("004_5198beffa2de79c3.txt", True),
    ],
)
def test_title_format(seeds, name, fires):
    assert ("title_format" in _rules(seeds[name], "warning")) == fires


def test_no_title_is_info(seeds):
    r = seeds["002_df0ba27d3289336d.txt"]
    assert [f.severity for f in r.findings if f.rule == "title_format"] == ["info"]


@pytest.mark.parametrize("name", ["000_c9bd385b88e6491a.txt", "001_be30819666d1b380.txt", "003_d63e53787c8bf399.txt"])
def test_problems_without_causes(seeds, name):
    assert "problems_without_causes" in _rules(seeds[name])


def test_causes_given_quiet(tmp_path):
    text = seed_text("000_c9bd385b88e6491a.txt").replace(
        "三、下一步工作重点", "究其原因，主要是机构调整后力量不足。\n\n三、下一步工作重点", 1
    )
    assert "problems_without_causes" not in _rules(_check_text(tmp_path, text))


def test_year_mismatch(tmp_path):
    text = seed_text("003_d63e53787c8bf399.txt").replace("四、2024年工作安排", "四、2023年工作安排")
    r = _check_text(tmp_path, text)
    assert any(f.rule == "year_mismatch" and "2023" in f.message for f in r.findings)


@pytest.mark.parametrize(
    "name",
    [
        "000_c9bd385b88e6491a.txt",
        "001_be30819666d1b380.txt",
        "002_df0ba27d3289336d.txt",
        "003_d63e53787c8bf399.txt",
        "004_5198beffa2de79c3.txt",
    ],
)
def test_seeds_are_annual_reports(seeds, name):
    assert "year_mismatch" not in _rules(seeds[name])
    assert "not_annual_report" not in _rules(seeds[name])


def test_other_document_kind_is_named_first(tmp_path):
    text = (
        "西宁经济技术开发区2022年政府信息公开工作年度报告\n一、总体情况\n2022年主动公开政府信息120条。\n"
        "二、存在的主要问题及改进情况\n公开内容不够全面。\n三、2023年工作安排\n继续做好公开。\n"
    )
    p = tmp_path / "gk.txt"
    p.write_text(text, encoding="utf-8")
    r = check_path(str(p))
    assert r.findings[0].rule == "not_annual_report"
    assert "政府信息公开工作年度报告" in r.findings[0].message
    res = run_cli(str(p), "--no-pdf")
    first = res.stdout.splitlines()[1]
    assert "不是法治政府建设年度报告" in first


def test_news_item_without_title_line(tmp_path):
    text = "省政府党组召开会议审议2019年度法治政府建设情况报告\n会议指出，要认真贯彻落实。\n"
    r = _check_text(tmp_path, text)
    assert "not_annual_report" in _rules(r)


def test_2026_report_gets_a_notice(tmp_path):
    text = seed_text("003_d63e53787c8bf399.txt").replace("2023年", "2026年").replace("2024年", "2027年")
    r = _check_text(tmp_path, text)
    assert r.meta.year == 2026
    assert r.notices and "2026" in r.notices[0] and "outline-2021-2025" in r.rulebook


class TestOverlay:
    def test_changes_deadline_element_and_disables_rule(self, seeds):
        base = seeds["004_5198beffa2de79c3.txt"]
        over = check_path(str(seed_path("004_5198beffa2de79c3.txt")), OVERLAY)
        # published 2024-03-01: on time nationally, late under a 1 March rule
        assert "publish_deadline" not in _rules(base) and "publish_deadline" in _rules(over)
        assert "title_format" in _rules(base) and "title_format" not in _rules(over)
        assert [e.id for e in over.elements] == [e.id for e in base.elements] + ["court_appearance"]
        assert over.rules["leader_duty"].weight == 25

    @pytest.mark.parametrize(
        "name", ["000_c9bd385b88e6491a.txt", "002_df0ba27d3289336d.txt", "003_d63e53787c8bf399.txt"]
    )
    def test_nothing_else_changes(self, seeds, name):
        base = seeds[name]
        over = check_path(str(seed_path(name)), OVERLAY)
        assert {e.id: e.status for e in over.elements if e.id != "court_appearance"} == {
            e.id: e.status for e in base.elements
        }
        assert [(c.id, c.status) for c in over.coverage] == [(c.id, c.status) for c in base.coverage]
        expected = _rules(base) - {"title_format"}
        assert _rules(over) == expected

    def test_selected_by_config_file(self, tmp_path):
        (tmp_path / "lawcheck.yaml").write_text(f"rulebook: {OVERLAY}\n", encoding="utf-8")
        res = run_cli(
            str(seed_path("004_5198beffa2de79c3.txt")),
            "--no-pdf",
            "--format",
            "json",
            cwd=tmp_path,
            env={"PYTHONPATH": str(ROOT)},
        )
        import json

        data = json.loads(res.stdout)
        assert data["rulebook"] == "example-province"
        assert any(f["rule"] == "publish_deadline" for f in data["findings"])

    def test_broken_overlay_clear_error(self, tmp_path):
        bad = tmp_path / "bad.yaml"
        bad.write_text(
            f"schema: 1\nid: bad\nname: 坏\nversion: '1'\nextends: {OVERLAY}\n"
            "overrides:\n  no_such_rule: {weight: 3}\n",
            encoding="utf-8",
        )
        res = run_cli(str(seed_path("003_d63e53787c8bf399.txt")), "--no-pdf", "--rulebook", str(bad))
        assert res.returncode == 2 and "no_such_rule" in res.stderr and str(bad) in res.stderr
        assert "Traceback" not in res.stderr


def test_near_miss_names_an_unknown_heading_wording(tmp_path):
    text = (
        "XX县2023年法治政府建设年度报告\n一、主要举措和成效\n全年培训5次。\n二、美中不足\n队伍力量薄弱。\n"
        "三、2024年工作安排\n继续培训。\n"
    )
    r = _check_text(tmp_path, text)
    problems = next(e for e in r.elements if e.id == "problems")
    assert problems.status == "missing"
    assert [(n.line, n.text) for n in problems.near_misses] == [(4, "二、美中不足")]
    assert all(not e.near_misses for e in r.elements if e.status == "present")
