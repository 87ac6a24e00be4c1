"""`lawcheck batch` over tests/realaudit (62 real pages in 12 region folders, held out from the tuning of the batch
package): year-over-year groups, similar pairs, late and undated publications against expected.yaml, written by
reading the pages before the batch was run over them (README "地区审查" has the numbers)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).resolve().parent / "realaudit"
sys.path.insert(0, str(HERE))

import audit_measure as measure  # noqa: E402  (not "measure": tests/realbatch has one)

EXPECTED = yaml.safe_load((HERE / "expected.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    summary = measure.run_batch(tmp_path_factory.mktemp("realaudit") / "out")
    return summary, measure.measure(summary, EXPECTED)


def test_every_page_checked(run):
    summary, _ = run
    assert {Path(r["file"]).stem for r in summary["reports"]} == set(EXPECTED["pages"])
    assert not summary["failed"]


def test_year_over_year_groups_are_the_units(run):
    """Precision and recall 1: 公安局增城区分局 / 公安局增城区公安分局 and 海关总署党委 海关总署 / 海关总署 are one
    unit each; 长寿区 交通局, 司法局, 卫健委, 教委 and 紫金县's, 湘潭县's, 丰都县's units stay apart."""
    _, res = run
    assert res["groups"]["fp"] == [] and res["groups"]["fn"] == []
    assert res["groups"]["tp"] == 43


def test_each_year_over_year_entry_is_one_whole_unit(run):
    summary, _ = run
    pages = EXPECTED["pages"]
    by_unit: dict[str, set[int]] = {}
    for lab in pages.values():
        by_unit.setdefault(lab["unit"], set()).add(lab["year"])
    entries = {}
    for e in summary["year_over_year"]:
        units = {pages[Path(y["file"]).stem]["unit"] for y in e["years"]}
        assert len(units) == 1, (e["issuer"], units)
        entries[units.pop()] = {y["year"] for y in e["years"]}
    assert entries == {u: ys for u, ys in by_unit.items() if len(ys) >= 2}


def test_similar_pairs_are_copies(run):
    """All 15 copies, none else: the two 司法部 mirror excerpts that share only 3–4 sentences (fewer than
    similar.MIN_SHARED) are paired by their shared body sentences (similar.MIN_BODY)."""
    _, res = run
    assert res["pairs"]["fp"] == [] and res["pairs"]["fn"] == []
    assert res["pairs"]["tp"] == 15


def test_late_and_undated_lists(run):
    summary, res = run
    assert res["late"]["fp"] == [] and res["late"]["fn"] == [] and res["late_days_wrong"] == []
    assert res["undated"]["fp"] == [] and res["undated"]["fn"] == []
    late = {Path(r["file"]).stem: r["days_late"] for r in summary["reports"] if r.get("days_late")}
    assert late == EXPECTED["late"]


def test_region_from_issuer_puts_a_police_branch_in_its_district(tmp_path):
    """广州市公安局增城区分局 (2023, 2024) and 广州市公安局增城区公安分局 (2020), real pages: region 增城区, one unit."""
    src = tmp_path / "in"
    src.mkdir()
    for stem in ("rn_zc_gaj_2023", "rn23_rep_zc_gaj_2024", "rn44_rep_zengcheng_gafj_2020"):
        shutil.copy(HERE / "pages" / "广东" / f"{stem}.txt", src)
    exe = Path(sys.executable).parent / "lawcheck"
    out = tmp_path / "out"
    cmd = [str(exe), "batch", str(src), "--out", str(out), "--no-pdf", "--jobs", "1", "--region-from", "issuer"]
    subprocess.run(cmd, check=False, capture_output=True)
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {r["region"] for r in summary["reports"]} == {"增城区"}
    (entry,) = summary["year_over_year"]
    assert [y["year"] for y in entry["years"]] == [2020, 2023, 2024]
