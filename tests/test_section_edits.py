"""Removing or renaming one section of a real seed changes that element's
status and no other."""

from __future__ import annotations

import re

import pytest
from conftest import seed_text, statuses

from checker.pipeline import check_path

FULL = "003_d63e53787c8bf399.txt"  # every part under its own heading


def _drop_part(text: str, heading_start: str) -> str:
    """Remove a first-level part: from its heading to the next 一、/二、… heading."""
    lines = text.split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip().startswith(heading_start))
    end = next(
        (i for i in range(start + 1, len(lines)) if re.match(r"^\s*[一二三四五六七八九十]、", lines[i])), len(lines)
    )
    return "\n".join(lines[:start] + lines[end:])


def _line_with(text: str, start: str) -> str:
    return next(l for l in text.split("\n") if l.startswith(start))


def _rename(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def _check(tmp_path, text: str):
    p = tmp_path / "edited.txt"
    p.write_text(text, encoding="utf-8")
    return statuses(check_path(str(p)))


CASES = [
    # (edit description, function, element that must change)
    ("drop problems", lambda t: _drop_part(t, "二、存在的主要问题"), "problems"),
    # the leader part of this seed also holds its legal-adviser paragraph (三是建强法律顾问…),
    # which is kept so that only the leader part goes
    (
        "drop leader",
        lambda t: _drop_part(t, "三、主要负责人履行职责情况").replace(
            "四、2024年工作安排", _line_with(t, "三是建强法律顾问") + "\n\n四、2024年工作安排", 1
        ),
        "leader_duty",
    ),
    ("drop plan", lambda t: _drop_part(t, "四、2024年工作安排"), "next_year_plan"),
    ("rename leader", lambda t: _rename(t, "三、主要负责人履行职责情况", "三、强化工作保障"), "leader_duty"),
    ("rename problems", lambda t: _rename(t, "二、存在的主要问题", "二、其他情况"), "problems"),
    ("rename plan", lambda t: _rename(t, "四、2024年工作安排", "四、有关工作"), "next_year_plan"),
]


@pytest.mark.parametrize("desc,edit,element", CASES, ids=[c[0] for c in CASES])
def test_one_edit_changes_one_element(tmp_path, desc, edit, element):
    before = _check(tmp_path, seed_text(FULL))
    after = _check(tmp_path, edit(seed_text(FULL)))
    assert after[element] != before[element], desc
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {element}, (desc, before, after)


def test_dropping_problems_of_seed_000(tmp_path):
    name = "000_c9bd385b88e6491a.txt"
    before = _check(tmp_path, seed_text(name))
    after = _check(tmp_path, _drop_part(seed_text(name), "二、存在的问题"))
    assert before["problems"] == "present" and after["problems"] in ("partial", "missing")
    assert {k for k in before if before[k] != after[k]} == {"problems"}


def test_adding_three_systems_makes_it_present(tmp_path):
    name = "003_d63e53787c8bf399.txt"
    text = seed_text(name).replace(
        "均能熟练掌握行政执法“三项制度”等业务内容。",
        "均能熟练掌握行政执法“三项制度”等业务内容。全面落实行政执法公示制度，执法全过程记录做到音像记录全覆盖，"
        "重大执法决定法制审核15件。",
        1,
    )
    before = _check(tmp_path, seed_text(name))
    after = _check(tmp_path, text)
    assert before["three_systems"] == "partial" and after["three_systems"] == "present"
    assert {k for k in before if before[k] != after[k]} == {"three_systems"}
