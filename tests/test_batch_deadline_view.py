"""Days late (checker/batch/deadline_view.py) from the report's own rulebook."""

from __future__ import annotations

from batch_inputs import SEEDS, check

from checker.batch.deadline_view import days_late, publication


def test_seeds():
    by_name = {p.name[:3]: check(p) for p in SEEDS}
    late = by_name["001"]  # 2020 report published 2021-05-28; due before 2021-04-01
    assert publication(late) == {"state": "late", "due": "2021-04-01", "days_late": 58}
    assert any(f["rule"] == "publish_deadline" and "逾期 58 天" in f["message"] for f in late["findings"])
    assert days_late(by_name["003"]) == 0


def test_edges():
    base = check(SEEDS[3])  # 2023 report, national rulebook: before 2024-04-01
    assert days_late({**base, "published": "2024-03-31"}) == 0
    assert days_late({**base, "published": "2024-04-01"}) == 1
    assert publication({**base, "published": None}) == {"state": "undated", "due": "2024-04-01", "days_late": None}
    assert publication({**base, "year": None})["state"] == "unknown"
    assert publication({**base, "rulebook": "no-such-rulebook"})["state"] == "unknown"


def test_overlay_rulebook_deadline(tmp_path):
    """The example province overlay sets 1 March: the deadline follows the report's rulebook."""
    from checker.pipeline import check_path
    from checker.resources import data_dir

    overlay = data_dir("rulebooks") / "overlays" / "example-province.yaml"
    d = check_path(str(SEEDS[4]), str(overlay)).to_dict()  # 2023, published 2024-03-01
    assert publication(d)["due"] == "2024-03-01"
    assert days_late(d) == 1


def test_rulebook_outside_rulebooks_folder(tmp_path):
    """A province rulebook given by path (`--rulebook 省规则.yaml`) is found by its id once remembered."""
    from checker.batch import rulesinfo
    from checker.pipeline import check_path

    book = tmp_path / "my-province.yaml"
    book.write_text(
        "schema: 1\nid: my-province-test\nname: 测试省\nversion: '1'\nextends: outline-2021-2025\n"
        "overrides:\n  publish_deadline: {params: {month: 2, day: 15}}\n",
        encoding="utf-8",
    )
    d = check_path(str(SEEDS[3]), str(book)).to_dict()  # 2023, published 2024-02-28
    assert d["rulebook"] == "my-province-test"
    assert publication(d)["state"] == "unknown"  # not in rulebooks/, not remembered
    rulesinfo.remember(str(book))
    assert publication(d) == {"state": "late", "due": "2024-02-15", "days_late": 14}
