"""Term dictionaries referenced by rules (param type "dictionary"), in the
spirit of a prh / textlint dictionary: each entry maps wrong forms (regular
expressions) to the correct form, with a reason, the report years it applies
to, and specs (a wrong text and its corrected form; texts that are fine).

    version: 1
    terms:
      - expected: 枫桥经验
        patterns: [风桥经验]
        reason: 新时代“枫桥经验”，浙江诸暨枫桥镇
        years: [null, null]          # optional: report years (inclusive) the entry applies to
        exclude: []                  # optional: spans that are fine although a pattern matches
        specs:
          - {from: 坚持发扬新时代“风桥经验”, to: 坚持发扬新时代“枫桥经验”}
        ok: [坚持发展新时代“枫桥经验”]

The file is read when the rulebook loads (a path relative to the rulebook
that names it), so matching stays free of I/O.
"""

from __future__ import annotations

import os

from ..errors import RulebookError
from ..match.patterns import check_pattern
from .yamlfile import load_yaml

ENTRY_KEYS = {"expected", "patterns", "reason", "years", "exclude", "specs", "ok"}


def load_dictionary(path: str) -> list[dict]:
    data = load_yaml(path)
    terms = data.get("terms")

    def fail(message: str, node=None):
        raise RulebookError(path, message, line=getattr(node, "line", None) or getattr(data, "line", None))

    if data.get("version") != 1:
        fail("词典的 version 应为 1")
    if not isinstance(terms, list) or not terms:
        fail("词典缺少 terms（词条列表）")
    out = []
    for t in terms:
        if not isinstance(t, dict):
            fail("terms 的每一项都必须是映射")
        unknown = set(t) - ENTRY_KEYS
        if unknown:
            fail(f"词条有未知的键：{'、'.join(sorted(map(str, unknown)))}；可用：{'、'.join(sorted(ENTRY_KEYS))}", t)
        for key in ("expected", "patterns", "reason"):
            if not t.get(key):
                fail(f"词条缺少 {key}", t)
        label = f"词条 “{t['expected']}”"
        pats = t["patterns"] if isinstance(t["patterns"], list) else [t["patterns"]]
        excl = t.get("exclude") or []
        for pat in list(pats) + list(excl):
            if not isinstance(pat, str):
                fail(f"{label} 的 patterns/exclude 必须是正则表达式列表", t)
            err = check_pattern(pat)
            if err:
                fail(f"{label} 的正则 “{pat}” 无法编译：{err}", t)
        years = t.get("years") or [None, None]
        if (
            not isinstance(years, list)
            or len(years) != 2
            or not all(y is None or (isinstance(y, int) and not isinstance(y, bool)) for y in years)
        ):
            fail(f"{label} 的 years 必须是 [起始年度, 截止年度]（可用 null 表示不限）", t)
        specs = t.get("specs") or []
        if not isinstance(specs, list) or not all(isinstance(s, dict) and set(s) == {"from", "to"} for s in specs):
            fail(f"{label} 的 specs 每项须为 {{from: 错误写法的句子, to: 改正后的句子}}", t)
        ok = t.get("ok") or []
        if not isinstance(ok, list) or not all(isinstance(x, str) for x in ok):
            fail(f"{label} 的 ok 必须是文字列表（不应报出的写法）", t)
        out.append(
            {
                "expected": str(t["expected"]),
                "patterns": [str(p) for p in pats],
                "exclude": [str(p) for p in excl],
                "reason": " ".join(str(t["reason"]).split()),
                "years": [years[0], years[1]],
                "specs": [{"from": str(s["from"]), "to": str(s["to"])} for s in specs],
                "ok": [str(x) for x in ok],
                "line": getattr(t, "line", None),
                "file": path,
            }
        )
    return out


def resolve(ref: str, rulebook_path: str) -> str:
    return ref if os.path.isabs(ref) else os.path.join(os.path.dirname(rulebook_path), ref)
