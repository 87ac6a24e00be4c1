"""The JSON writer of `--format json` (checker/render/json_out.py) writes
byte for byte what json.dumps(…, ensure_ascii=False, indent=2) writes: on
real reports, on random nested data with every kind of value and key json
accepts, and it raises what json raises."""

from __future__ import annotations

import enum
import json
import random
from pathlib import Path

import pytest

from checker.pipeline import check_path
from checker.render.json_out import JsonList, dumps_indented, render_json

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _std(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


class _Level(enum.IntEnum):
    HIGH = 3


class _Str(str):
    pass


_STRINGS = [
    "",
    "法治政府",
    'quote " and \\ back',
    "tab\tnew\nline\r",
    "\x00\x1f\x7f",
    "emoji 😀 \u2028 \ud7ff",
    "\ufeff",
]
_SCALARS = [
    None,
    True,
    False,
    0,
    -1,
    2**70,
    1.5,
    -0.0,
    1e300,
    float("inf"),
    float("-inf"),
    float("nan"),
    round(2 / 3, 2),
    _Level.HIGH,
    _Str("子类"),
]
_KEYS = [*_STRINGS, 1, -2, 2.5, True, False, None, _Str("k")]


def _random(rng: random.Random, depth: int):
    roll = rng.random()
    if depth <= 0 or roll < 0.35:
        return rng.choice(_SCALARS + _STRINGS)
    if roll < 0.6:
        return [_random(rng, depth - 1) for _ in range(rng.randrange(0, 5))]
    if roll < 0.7:
        return tuple(_random(rng, depth - 1) for _ in range(rng.randrange(0, 3)))
    return {rng.choice(_KEYS): _random(rng, depth - 1) for _ in range(rng.randrange(0, 5))}


def test_random_nested_data_is_written_as_json_writes_it():
    rng = random.Random(13)
    for _ in range(3000):
        obj = _random(rng, 5)
        assert dumps_indented(obj) == _std(obj)
        assert dumps_indented(obj, 2) == "\n".join("    " + line for line in _std(obj).split("\n"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_reports_are_written_as_json_writes_them(seed):
    report = check_path(str(seed))
    data = report.to_dict()
    assert dumps_indented(data) == _std(data)
    assert render_json([report], single=True) == _std(data)
    assert render_json([report, {"schema": "lawcheck/1", "file": "x", "error": "坏"}], single=False) == _std(
        [data, {"schema": "lawcheck/1", "file": "x", "error": "坏"}]
    )


def test_streamed_list_is_the_whole_list():
    reports = [check_path(str(p)) for p in SEEDS]
    out: list[str] = []
    stream = JsonList(out.append, single=False)
    for r in reports:
        stream.add(r)
    stream.close()
    assert "".join(out) == _std([r.to_dict() for r in reports]) + "\n"


@pytest.mark.parametrize(
    "bad",
    [{"a": {1, 2}}, [object()], {(1, 2): "tuple key"}, {"b": b"bytes"}],
)
def test_what_json_refuses_is_refused_the_same_way(bad):
    with pytest.raises(TypeError) as std:
        _std(bad)
    with pytest.raises(TypeError) as ours:
        dumps_indented(bad)
    assert str(ours.value) == str(std.value)


def test_circular_data_is_refused_as_json_refuses_it():
    loop: list = [1]
    loop.append({"x": loop})
    with pytest.raises(ValueError, match="Circular reference"):
        dumps_indented(loop)


def test_places_in_their_order():
    from checker.model import PLACE_KEYS, Evidence, places

    ev = Evidence(line=3, text="x", page=2, page_line=None, paragraph=7, under="一、")
    assert list(places(ev)) == [k for k in PLACE_KEYS if getattr(ev, k) is not None] == ["page", "paragraph", "under"]
    assert places(Evidence(line=1, text="y")) == {}
    assert places(object()) == {}
