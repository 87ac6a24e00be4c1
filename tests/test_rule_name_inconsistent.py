"""name_inconsistent: seed 002 names itself several ways (苗族侗族 / 苗侗族 /
苗佤族 / 苗佗族 / 苗族、侗族); the short form 荆州县 is not counted; the
other seeds are consistent."""

from __future__ import annotations

from quality_helpers import SEEDS, check_text, found, seed_report


def test_seed_002_names_itself_several_ways():
    hits = found(seed_report("002_df0ba27d3289336d.txt"), "name_inconsistent")
    assert len(hits) == 1 and hits[0].severity == "warning"
    msg = hits[0].message
    for form in (
        "荆州苗族侗族自治县",
        "荆州苗侗族自治县",
        "荆州苗佤族自治县",
        "荆州苗佗族自治县",
        "荆州苗族、侗族自治县",
    ):
        assert f"“{form}”" in msg, form
    assert "“荆州县”" not in msg


def test_other_seeds_quiet():
    for name in SEEDS:
        if not name.startswith("002"):
            assert found(seed_report(name), "name_inconsistent") == [], name


def test_docx_with_a_misspelt_county(tmp_path):
    from docx import Document

    d = Document()
    for text in [
        "通道侗族自治县2022年法治政府建设年度报告",
        "一、主要举措和成效",
        "通道侗族自治县全年开展培训5次。",
        "通道桐族自治县办理复议案件12件。",
        "二、存在的不足和原因",
        "执法人员不足，原因是编制有限。",
    ]:
        d.add_paragraph(text)
    path = tmp_path / "r.docx"
    d.save(path)
    from checker.pipeline import check_path

    hits = found(check_path(str(path)), "name_inconsistent")
    assert len(hits) == 1 and "通道桐族自治县" in hits[0].message


def test_abbreviation_alone_is_fine(tmp_path):
    text = (
        "通道侗族自治县2022年法治政府建设年度报告\n一、主要举措和成效\n通道侗族自治县全年开展培训5次。\n"
        "通道县办理复议案件12件。"
    )
    assert found(check_text(tmp_path, text), "name_inconsistent") == []
