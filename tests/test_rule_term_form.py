"""term_form: seed 002's misquoted terms are caught (word order of 习近平法治思想
and of 习近平新时代中国特色社会主义思想, 风桥经验, 法制宣传教育, the variant name of
法制审核); seed 000's wrong title of the 法治社会 outline; correct seeds stay
quiet; 法制办 only after the 2018 reform; the shipped dictionary's specs pass."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report

from checker import rulebook as rb
from checker.match.kinds import term_list


def test_seed_002_terms():
    hits = found(seed_report("002_df0ba27d3289336d.txt"), "term_form")
    got = {(f.line, f.message.split("”应为“")[0].lstrip("“")) for f in hits}
    assert got == {
        (1, "新时代中国特色社会主义习近平思想"),
        (4, "习近平关于法治思想"),
        (17, "重大执法决策法律审查"),
        (22, "风桥经验"),
        (29, "法制宣传教育"),
        (34, "重大执法决策法律审查"),
    }
    assert all(f.severity == "warning" for f in hits)
    assert any("“风桥经验”应为“枫桥经验”" in f.message for f in hits)


def test_seed_000_wrong_outline_title():
    hits = found(seed_report("000_c9bd385b88e6491a.txt"), "term_form")
    assert len(hits) == 1 and "2020－2025年" in hits[0].message and hits[0].line == 16


def test_other_seeds_quiet():
    for name in SEEDS:
        if name[:3] in ("001", "003", "004"):
            assert found(seed_report(name), "term_form") == [], name


def test_legal_office_name_only_after_the_reform(tmp_path):
    body = "一、主要举措\n由县政府法制办牵头审查规范性文件。原县政府法制办的职责已划入县司法局。"
    before = check_text(tmp_path, "XX县2017年法治政府建设年度报告\n" + body)
    after = check_text(tmp_path, "XX县2020年法治政府建设年度报告\n" + body)
    assert found(before, "term_form") == []
    hits = found(after, "term_form")
    assert len(hits) == 1 and "司法局" in hits[0].message


def test_gbk_file_and_full_width_brackets(tmp_path):
    text = "XX县2022年法治政府建设年度报告\n一、主要举措\n贯彻《法治政府建设实施纲要（2020－2025年）》，坚持习近平法治思想。"
    hits = found(check_text(tmp_path, text, encoding="gbk"), "term_form")
    assert len(hits) == 1 and hits[0].line == 3


def test_shipped_dictionary_specs_pass():
    rule = rb.load("outline-2021-2025").get("term_form")
    assert len(rule.params["dictionary"]) >= 10
    assert term_list.check_examples(rule) == []


def test_explain_lists_the_entries():
    from conftest import run_cli

    res = run_cli("explain", "term_form")
    assert res.returncode == 0 and "词条：“枫桥经验”" in res.stdout and "警告" in res.stdout
