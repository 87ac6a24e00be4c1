"""The real-page set (tests/realpages): the checker agrees with the labels set
by reading each page, on every labelled field, except the disagreements written
down (with why the label stands) in tests/realpages/DISAGREEMENTS.md."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent / "realpages"
sys.path.insert(0, str(HERE))
import run as realpages  # noqa: E402  (tests/realpages is not a package)

_ENTRY = re.compile(
    r"^\s*[-*]\s*`?(?P<id>[\w.-]+)`?\s+`?(?P<field>title|year|published|outline_cited|issuer|kind|el:\w+)`?\s*[:：]"
)


def written_down() -> set[tuple[str, str]]:
    path = HERE / "DISAGREEMENTS.md"
    if not path.exists():
        return set()
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _ENTRY.match(line)
        if m:
            out.add((m["id"], m["field"]))
    return out


@pytest.fixture(scope="module")
def result():
    return realpages.compare()


def test_set_is_large_enough(result):
    pages = realpages.load_labels()
    assert len([p for p in pages if p[0].startswith("rp_")]) >= 40
    assert result["fields"]["year"][1] >= 40


def test_every_label_agrees_or_is_written_down(result):
    allowed = written_down()
    unexplained = [(pid, f, want, got) for pid, f, want, got in result["disagreements"] if (pid, f) not in allowed]
    assert not unexplained, "\n".join(f"{pid} {f}: label={want!r} checker={got!r}" for pid, f, want, got in unexplained)


def test_written_down_disagreements_are_still_real(result):
    """An entry in DISAGREEMENTS.md that the checker now gets right is stale."""
    now = {(pid, f) for pid, f, *_ in result["disagreements"]}
    labelled = {pid for pid, *_ in realpages.load_labels()}
    stale = sorted((pid, f) for pid, f in written_down() if pid in labelled and (pid, f) not in now)
    assert not stale, f"remove from DISAGREEMENTS.md: {stale}"


def test_labels_are_well_formed():
    for pid, page, label in realpages.load_labels():
        assert page.read_text(encoding="utf-8").strip(), pid
        assert set(label) <= {
            "url",
            "kind",
            "title",
            "year",
            "published",
            "outline_cited",
            "level",
            "note",
            "issuer",
            "elements",
            "evidence",  # the line each element status was read from (helper acc11's rounds)
        }, pid
        # evidence is given only for labelled elements, one line each
        assert set(label.get("evidence") or {}) <= set(label.get("elements") or {}), pid
        assert all(isinstance(v, str) and v for v in (label.get("evidence") or {}).values()), pid
        for el, status in (label.get("elements") or {}).items():
            assert el in realpages.ELEMENTS and status in ("present", "partial", "missing"), (pid, el, status)
        if label.get("published") is not None:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(label["published"])), pid
        assert label.get("outline_cited") in (None, "2015-2020", "2021-2025"), pid
