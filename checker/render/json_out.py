"""JSON output, schema "lawcheck/1" (see Report.to_dict): one object for one
file, a list for several. Files that could not be checked appear in a list
as {"schema", "file", "error"}.

`JsonList` writes the list as the results arrive (the same text as
`render_json`), so a batch of 10,000 reports holds one report at a time."""

from __future__ import annotations

import json
from collections.abc import Callable

from ..model import Report


def error_entry(path: str, message: str) -> dict:
    return {"schema": "lawcheck/1", "file": path, "error": message}


def _dumps(item: Report | dict) -> str:
    return json.dumps(item.to_dict() if isinstance(item, Report) else item, ensure_ascii=False, indent=2)


def render_json(items: list[Report | dict], single: bool) -> str:
    data = [i.to_dict() if isinstance(i, Report) else i for i in items]
    return json.dumps(data[0] if single and len(data) == 1 else data, ensure_ascii=False, indent=2)


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
        body = "\n".join("  " + line for line in _dumps(item).split("\n"))  # JSON strings hold no raw newline
        self.write(("[\n" if not self.opened else ",\n") + body)
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
