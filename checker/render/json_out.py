"""JSON output, schema "lawcheck/1" (see Report.to_dict): one object for one
file, a list for several. Files that could not be checked appear in a list
as {"schema", "file", "error"}."""
from __future__ import annotations

import json

from ..model import Report


def error_entry(path: str, message: str) -> dict:
    return {"schema": "lawcheck/1", "file": path, "error": message}


def render_json(items: list[Report | dict], single: bool) -> str:
    data = [i.to_dict() if isinstance(i, Report) else i for i in items]
    return json.dumps(data[0] if single and len(data) == 1 else data, ensure_ascii=False, indent=2)
