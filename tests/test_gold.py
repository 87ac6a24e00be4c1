"""The checker holds to the expert gold for every seed: each element's
status, and title / year / published / outline_cited."""

from __future__ import annotations

import pytest
from conftest import ELEMENT_IDS, GOLD, SEED_NAMES, seed_path, statuses

from checker.pipeline import check_path


@pytest.fixture(scope="module")
def reports():
    return {name: check_path(str(seed_path(name))) for name in SEED_NAMES}


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("element", ELEMENT_IDS)
def test_element_status_matches_gold(reports, name, element):
    assert statuses(reports[name])[element] == GOLD[name]["elements"][element]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_metadata_matches_gold(reports, name):
    gold = GOLD[name]
    data = reports[name].to_dict()
    assert data["title"] == gold["title"]
    assert data["year"] == gold["year"]
    assert data["published"] == str(gold["published"])
    want_outline = None if gold["outline_cited"] == "none" else gold["outline_cited"]
    assert data["outline_cited"] == want_outline


@pytest.mark.parametrize("name", SEED_NAMES)
def test_evidence_points_at_real_lines(reports, name):
    """Every evidence quote stands (normalized) on the line it names."""
    import unicodedata

    lines = seed_path(name).read_text(encoding="utf-8").split("\n")
    for e in reports[name].elements:
        assert (e.status == "missing") == (not e.evidence), e.id
        for ev in e.evidence:
            raw = unicodedata.normalize("NFKC", lines[ev.line - 1]).replace(" ", "")
            fragment = ev.text.strip("…").replace(" ", "")[:12]
            assert fragment in raw, (e.id, ev.line, ev.text)


def test_issuer_from_title_or_signature(reports):
    assert reports["000_c9bd385b88e6491a.txt"].meta.issuer == "随州高新区"
    assert reports["004_5198beffa2de79c3.txt"].meta.issuer == "许昌市城乡一体化示范区管委会"
    # no title: the signing government at the end
    assert "自治县" in reports["002_df0ba27d3289336d.txt"].meta.issuer


def test_rulebook_chosen_by_year(reports):
    assert reports["001_be30819666d1b380.txt"].rulebook == "outline-2015-2020"
    assert reports["003_d63e53787c8bf399.txt"].rulebook == "outline-2021-2025"
