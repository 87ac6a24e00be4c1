"""Place-less issuer names ("经济开发区", "市水务局", "区人民政府") in a batch: such a name alone never joins two
reports (checker.batch.trends.unit_of). They join when their texts name the same place before it
(checker.batch.issuers.unit_place) or, with no place in the text, when they lie in one region folder named after a
place. Real pages from tests/realpages/pages: 宁河 (Tianjin) and 曲靖 (Yunnan) development zones, both signed
"经济(技术)开发区" without their city."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker.batch.issuers import issuer_key, placeless, unit_place
from checker.batch.trends import place_folder, unit_of, year_over_year

PAGES = Path(__file__).resolve().parent / "realpages" / "pages"
NINGHE = PAGES / "rn2_rep_ninghe_jkq_2024.txt"  # "经济开发区2024年度…" / "2024年宁河经济开发区在区委…"
QUJING = PAGES / "rn14_rep_qujing_jkq_space_2022.txt"  # "经济技术开发区管理委员会关于 2022年…": no city in its text
LAWCHECK = Path(sys.executable).parent / "lawcheck"


def _batch(root: Path, out: Path) -> dict:
    subprocess.run(
        [str(LAWCHECK), "batch", str(root), "--out", str(out), "--no-pdf", "--jobs", "1"],
        check=False,
        capture_output=True,
    )
    return json.loads((out / "summary.json").read_text(encoding="utf-8"))


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_unit_place_from_the_lead_of_a_real_page():
    assert unit_place(_lines(NINGHE), "经济开发区") == "宁河"
    assert unit_place(_lines(QUJING), "经济技术开发区管理委员会") is None  # the page never names 曲靖


def test_unit_place_needs_a_place_not_a_heading_verb():
    lines = ["一、推进经济开发区建设", "全区经济开发区"]
    assert unit_place(lines, "经开区") is None
    assert unit_place([*lines, "曲靖市经济技术开发区2022年工作"], "经开区") == "曲靖"  # with its level: a place
    assert unit_place(["广州市水务局2019年法治政府建设工作报告"], "市水务局") == "广州"
    assert unit_place(["天津市河西区人民政府2023年法治政府建设情况报告"], "区人民政府") == "河西"
    assert unit_place(["现将市林湿局2023年法治政府建设情况报告如下"], "市林湿局") is None  # 现将: not a place
    assert unit_place(["珠海国家高新区2020年法治政府建设工作报告"], "高新区") == "珠海"
    assert unit_place(["国家高新区法治政府建设"], "高新区") is None
    assert unit_place(_lines(NINGHE), "天津市宁河区人民政府") is None  # a name with its place: nothing to find


def test_a_level_word_alone_names_no_place():
    assert placeless(issuer_key("区人民政府"))
    assert not placeless(issuer_key("宁河区人民政府"))


def test_place_folders():
    assert place_folder("广东") and place_folder("曲靖市") and place_folder("宁河区")
    assert not place_folder("2023年") and not place_folder("各部门") and not place_folder("") and not place_folder(None)


def _report(file: str, year: int, region: str | None = None, place: str | None = None) -> dict:
    return {"file": file, "issuer": "经济开发区", "year": year, "score": 50, "region": region, "unit_place": place}


def test_unit_of_a_placeless_key():
    assert unit_of(_report("a.txt", 2023), "经开区") != unit_of(_report("b.txt", 2024), "经开区")  # flat: alone
    assert unit_of(_report("a.txt", 2023, place="宁河"), "经开区") == unit_of(
        _report("b", 2024, place="宁河"), "经开区"
    )
    assert unit_of(_report("a", 2023, "天津"), "经开区") == unit_of(_report("b", 2024, "天津"), "经开区")
    assert unit_of(_report("a", 2023, "2023年"), "经开区") != unit_of(_report("b", 2024, "2023年"), "经开区")
    assert unit_of(_report("a", 2023, "天津", "宁河"), "经开区") != unit_of(
        _report("b", 2024, "天津", "滨海"), "经开区"
    )
    assert unit_of({"file": "x", "region": "", "unit_place": None}, "宁河区") == ("宁河区", "")


def test_year_over_year_shows_the_place():
    yoy = year_over_year([_report("a.txt", 2023, place="宁河"), _report("b.txt", 2024, place="宁河")])
    assert [e["issuer"] for e in yoy] == ["经济开发区（宁河）"]
    assert year_over_year([_report("a.txt", 2023), _report("b.txt", 2024)]) == []


@pytest.fixture(scope="module")
def flat(tmp_path_factory):
    """One flat folder, as a city office that drops every unit's file together: 宁河 2024, 曲靖 2022, and 宁河's page
    again as its 2023 report (the real text with its year changed)."""
    root = tmp_path_factory.mktemp("flat") / "in"
    root.mkdir()
    shutil.copy(NINGHE, root / NINGHE.name)
    shutil.copy(QUJING, root / QUJING.name)
    return root


def test_flat_folder_two_cities_zones_are_two_units(flat, tmp_path):
    summary = _batch(flat, tmp_path / "out")
    reports = {Path(r["file"]).stem: r for r in summary["reports"]}
    assert placeless(issuer_key(reports[NINGHE.stem]["issuer"]))
    assert placeless(issuer_key(reports[QUJING.stem]["issuer"]))
    assert reports[NINGHE.stem]["unit_place"] == "宁河" and reports[QUJING.stem]["unit_place"] is None
    assert summary["year_over_year"] == []  # 2022 (曲靖) and 2024 (宁河) are not one unit's years


def test_flat_folder_one_zone_named_in_its_texts_is_one_unit(flat, tmp_path):
    text = NINGHE.read_text(encoding="utf-8").replace("2024", "2023")
    (flat / "ninghe_2023.txt").write_text(text, encoding="utf-8")
    try:
        summary = _batch(flat, tmp_path / "out")
    finally:
        (flat / "ninghe_2023.txt").unlink()
    yoy = summary["year_over_year"]
    assert len(yoy) == 1 and yoy[0]["issuer"].endswith("（宁河）")
    assert [Path(y["file"]).stem for y in yoy[0]["years"]] == ["ninghe_2023", NINGHE.stem]


def test_place_folder_joins_placeless_reports_without_a_place(tmp_path):
    for folder, joined in (("曲靖市", True), ("2023年", False)):
        root = tmp_path / folder / "in"
        (root / folder).mkdir(parents=True)
        shutil.copy(QUJING, root / folder / QUJING.name)
        text = QUJING.read_text(encoding="utf-8").replace("2022", "2023").replace("2023-02-15", "2024-02-15")
        (root / folder / "qujing_2023.txt").write_text(text, encoding="utf-8")
        summary = _batch(root, tmp_path / folder / "out")
        assert len(summary["year_over_year"]) == (1 if joined else 0), folder
