"""JSON output, schema "lawcheck/1" (see Report.to_dict): one object for one
file, a list for several. Files that could not be checked appear in a list
as {"schema", "file", "error"}.

`JsonList` writes the list as the results arrive (the same text as
`render_json`), so a batch of 10,000 reports holds one report at a time.

`dumps_indented` writes exactly what json.dumps(obj, ensure_ascii=False,
indent=2) writes, about twice as fast: with an indent the standard library
runs its pure-Python encoder (a chain of generators, one yield per token);
this one appends to a list and uses the C string escaper for every string.
Anything it does not know (another type, a circular structure) goes to
json.dumps itself, so errors stay the standard library's.
tests/test_json_out_fast.py compares the two on every report and on random
nested data."""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring as _quote  # the C escaper when available (ensure_ascii=False)

from ..model import Report

_INF = float("inf")


def _float(o: float, _repr=float.__repr__) -> str:
    if o != o:
        return "NaN"
    if o == _INF:
        return "Infinity"
    if o == -_INF:
        return "-Infinity"
    return _repr(o)


def _key(k) -> str:
    """A mapping key as json writes it (the same order of tests)."""
    if isinstance(k, str):
        return k
    if isinstance(k, float):
        return _float(k)
    if k is True:
        return "true"
    if k is False:
        return "false"
    if k is None:
        return "null"
    if isinstance(k, int):
        return int.__repr__(k)
    raise TypeError(k)


def dumps_indented(obj, level: int = 0) -> str:
    """json.dumps(obj, ensure_ascii=False, indent=2), every line indented by
    `level` more steps of two spaces (the first line included)."""
    try:
        return _fast(obj, "  " * level)
    except (TypeError, ValueError, RecursionError):
        text = json.dumps(obj, ensure_ascii=False, indent=2)  # raises what json raises
        return "\n".join("  " * level + line for line in text.split("\n"))  # JSON strings hold no raw newline


def _fast(obj, ind0: str) -> str:
    out: list[str] = []
    append = out.append
    quote = _quote
    intstr = int.__repr__
    active: set[int] = set()

    def value(o, ind: str) -> None:
        if isinstance(o, str):
            append(quote(o))
        elif o is None:
            append("null")
        elif o is True:
            append("true")
        elif o is False:
            append("false")
        elif isinstance(o, int):
            append(intstr(o))
        elif isinstance(o, float):
            append(_float(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                append("[]")
                return
            if id(o) in active:
                raise ValueError("Circular reference detected")
            active.add(id(o))
            inner = ind + "  "
            sep = ",\n" + inner
            append("[\n" + inner)
            first = True
            for v in o:
                if first:
                    first = False
                else:
                    append(sep)
                if isinstance(v, str):
                    append(quote(v))
                else:
                    value(v, inner)
            append("\n" + ind + "]")
            active.discard(id(o))
        elif isinstance(o, dict):
            if not o:
                append("{}")
                return
            if id(o) in active:
                raise ValueError("Circular reference detected")
            active.add(id(o))
            inner = ind + "  "
            sep = ",\n" + inner
            append("{\n" + inner)
            first = True
            for k, v in o.items():
                if first:
                    first = False
                else:
                    append(sep)
                append(quote(k if isinstance(k, str) else _key(k)))
                append(": ")
                if isinstance(v, str):
                    append(quote(v))
                else:
                    value(v, inner)
            append("\n" + ind + "}")
            active.discard(id(o))
        else:
            raise TypeError(type(o).__name__)

    append(ind0)
    value(obj, ind0)
    return "".join(out)


def error_entry(path: str, message: str) -> dict:
    return {"schema": "lawcheck/1", "file": path, "error": message}


def _dumps(item: Report | dict, level: int = 0) -> str:
    return dumps_indented(item.to_dict() if isinstance(item, Report) else item, level)


def render_json(items: list[Report | dict], single: bool) -> str:
    data = [i.to_dict() if isinstance(i, Report) else i for i in items]
    return dumps_indented(data[0] if single and len(data) == 1 else data)


class JsonList:
    """Streams render_json(items, single) to `write`, item by item. With
    single=True the first item is held until close() or a second item (a
    lone object, not a list, when it stays alone)."""

    def __init__(self, write: Callable[[str], object], single: bool):
        self.write = write
        self.single = single
        self.held: Report | dict | None = None
        self.opened = False  # "[" written

    def add(self, item: Report | dict) -> None:
        if self.single and self.held is None and not self.opened:
            self.held = item
            return
        if self.held is not None:
            held, self.held = self.held, None
            self._emit(held)
        self._emit(item)

    def _emit(self, item: Report | dict) -> None:
        self.write(("[\n" if not self.opened else ",\n") + _dumps(item, 1))  # the item one level in
        self.opened = True

    def close(self) -> None:
        """Ends the output with a newline, as click.echo(render_json(...)) did."""
        if self.held is not None:
            held, self.held = self.held, None
            self.write(_dumps(held) + "\n")
        elif self.opened:
            self.write("\n]\n")
        else:
            self.write("[]\n")
