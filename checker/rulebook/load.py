"""Load and validate a rulebook file (schema 1), following `extends`.

Every problem is a RulebookError naming the file and line: bad YAML, an
unknown key or rule kind, a missing id/weight/source/fix, a duplicate id,
a pattern that does not compile, an override of a rule that does not exist.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from .. import rx
from ..errors import RulebookError
from ..match.kinds import REGISTRY
from ..match.params import TYPES
from ..match.patterns import check_pattern
from ..model import SEVERITIES
from .dictionary import load_dictionary
from .dictionary import resolve as resolve_dictionary
from .model import SCHEMA_VERSION, Example, OutlineInfo, Rule, Rulebook
from .yamlfile import LineDict, load_yaml

TOP_KEYS = {
    "schema",
    "id",
    "name",
    "version",
    "years",
    "extends",
    "outline",
    "description",
    "abstract",
    "rules",
    "overrides",
    "disable",
}
RULE_KEYS = {
    "id",
    "name",
    "kind",
    "source",
    "weight",
    "severity",
    "fix",
    "params",
    "examples",
    "heading",
    "where",
    "description",
    "short",
    "place_under",
    "needs",
}
RULE_REQUIRED = ("id", "name", "kind", "source", "weight", "severity", "fix")
OVERRIDE_KEYS = {
    "name",
    "source",
    "weight",
    "severity",
    "fix",
    "params",
    "heading",
    "where",
    "description",
    "examples",
    "short",
    "place_under",
}
SHORT_MAX = 8  # a column heading in the batch summary
STATUS_EXPECT = {"present", "partial", "missing"}
FINDING_EXPECT = {"fires", "quiet"}
GROUP_KEYS = {"id", "name", "terms", "exclude", "context"}


_CJK_GAP = rx.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def tidy(text) -> str:
    """YAML folds long lines with a space; between Chinese characters that
    space is an error, so it is dropped."""
    return _CJK_GAP.sub("", " ".join(str(text).split()))


class _Ctx:
    def __init__(self, path: str):
        self.path = path

    def fail(self, message: str, node=None, line: int | None = None):
        ln = line if line is not None else getattr(node, "line", None)
        raise RulebookError(self.path, message, line=ln)


def _check_patterns(c: _Ctx, value, where: str, node) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        c.fail(f"{where} 必须是正则表达式列表", node)
    for pat in value:
        err = check_pattern(pat)
        if err:
            c.fail(f"{where} 中的正则 “{pat}” 无法编译：{err}", node)
    return value


def _check_groups(c: _Ctx, value, where: str, node) -> list[dict]:
    if not isinstance(value, list):
        c.fail(f"{where} 必须是分组列表", node)
    out = []
    for g in value:
        if not isinstance(g, dict) or "id" not in g or "terms" not in g:
            c.fail(f"{where} 的每个分组都要有 id 和 terms", g if isinstance(g, LineDict) else node)
        unknown = set(g) - GROUP_KEYS
        if unknown:
            c.fail(f"{where} 分组 {g['id']} 有未知的键：{'、'.join(sorted(map(str, unknown)))}", g)
        group = {"id": str(g["id"]), "name": str(g.get("name", g["id"]))}
        for key in ("terms", "exclude", "context"):
            group[key] = _check_patterns(c, g.get(key, []), f"{where}.{g['id']}.{key}", g)
        out.append(group)
    return out


def _check_param(c: _Ctx, ptype: str, value, where: str, node):
    if ptype == "patterns":
        return _check_patterns(c, value, where, node)
    if ptype == "groups":
        return _check_groups(c, value, where, node)
    if ptype == "dictionary":
        if not isinstance(value, str) or not value:
            c.fail(f"{where} 必须是词典文件的路径（相对于本规则库文件）", node)
        return load_dictionary(resolve_dictionary(value, c.path))
    if ptype == "levels":
        if not isinstance(value, list) or not all(isinstance(v, int) and 1 <= v <= 5 for v in value):
            c.fail(f"{where} 必须是 1–5 的整数列表", node)
        return value
    if ptype == "ids":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            c.fail(f"{where} 必须是规则 id 列表", node)
        return value
    if ptype == "words":
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            c.fail(f"{where} 必须是词语列表", node)
        return [v.strip() for v in value]
    if ptype == "labels":
        if not isinstance(value, dict):
            c.fail(f"{where} 必须是 名称: [正则…] 的映射", node)
        return {str(k): _check_patterns(c, v, f"{where}.{k}", node) for k, v in value.items()}
    checks = {"int": int, "float": (int, float), "bool": bool, "str": str, "map": dict}
    if ptype == "int" and isinstance(value, bool) or not isinstance(value, checks[ptype]):
        c.fail(f"{where} 应为{_TYPE_WORDS.get(ptype, ptype)}，现在是 {value!r}", node)
    return value


# a parameter type as an author reads it (the YAML to write)
_TYPE_WORDS = {
    "int": "整数（如 3）",
    "float": "数字（如 0.5）",
    "bool": "true 或 false",
    "str": "文字",
    "map": "映射（键: 值）",
}


def _key_line(data, key: str) -> int | None:
    return data.line_of(key) if isinstance(data, LineDict) else None


def _no_such_rule(where: str, rid, by_id, what: str = "中的规则 “{rid}” 不存在") -> str:
    """An overlay names a rule its rulebook does not have: say the nearest ids and how to list them all."""
    near = difflib.get_close_matches(str(rid), list(by_id), n=3, cutoff=0.6)
    hint = f"；是不是 {'、'.join(near)}？" if near else "；"
    if "：" in str(rid):
        hint += "（键后的冒号是全角“：”，请改为半角冒号加空格“: ”）"
    return f"{where}{what.format(rid=rid)}{hint}用 lawcheck rules --rulebook 本文件 列出全部规则 id"


def validate_together(c: _Ctx, kind_mod, rule_id: str, params: dict, node) -> None:
    """A kind may check its options together (module function `validate(params) -> message | None`),
    once the rule's final params are known: after overrides, after lawcheck.yaml."""
    check = getattr(kind_mod, "validate", None)
    message = check(params) if check is not None else None
    if message:
        c.fail(f"规则 {rule_id} 的参数：{message}", node)


def _check_params(c: _Ctx, kind_mod, params, rule_id: str, node, partial: bool = False) -> dict:
    if params is None:
        params = {}
    if not isinstance(params, dict):
        c.fail(f"规则 {rule_id} 的 params 必须是映射", node)
    spec = kind_mod.PARAMS
    unknown = set(params) - set(spec)
    if unknown:
        c.fail(
            f"规则 {rule_id}（{kind_mod.KIND}）有未知参数：{'、'.join(sorted(map(str, unknown)))}；"
            f"可用参数：{'、'.join(spec)}",
            params if isinstance(params, LineDict) else node,
        )
    out = {}
    for name, p in spec.items():
        assert p.type in TYPES
        if name in params:
            where = params if isinstance(params, LineDict) else node
            out[name] = _check_param(c, p.type, params[name], f"规则 {rule_id} 的参数 {name}", where)
            if p.check is not None:
                out[name] = p.check(
                    out[name],
                    lambda msg, line=None, n=name, w=where: c.fail(f"规则 {rule_id} 的参数 {n}：{msg}", w, line=line),
                )
        elif p.required and not partial:
            c.fail(f"规则 {rule_id}（{kind_mod.KIND}）缺少必需参数 {name}", node)
        elif not partial:
            out[name] = p.default
    return out


def _check_examples(c: _Ctx, value, category: str, rule_id: str, node) -> list[Example]:
    if value is None:
        return []
    if not isinstance(value, list):
        c.fail(f"规则 {rule_id} 的 examples 必须是列表", node)
    allowed = FINDING_EXPECT if category == "finding" else STATUS_EXPECT
    out = []
    for ex in value:
        if not isinstance(ex, dict) or set(ex) - {"text", "expect"} or "text" not in ex or "expect" not in ex:
            c.fail(f"规则 {rule_id} 的每个例子都要有且只有 text 和 expect", ex if isinstance(ex, LineDict) else node)
        if ex["expect"] not in allowed:
            c.fail(f"规则 {rule_id} 的例子 expect 应为 {' / '.join(sorted(allowed))}", ex)
        out.append(Example(text=str(ex["text"]), expect=ex["expect"], line=getattr(ex, "line", None), file=c.path))
    return out


def _parse_rule(c: _Ctx, raw) -> Rule:
    if not isinstance(raw, dict):
        c.fail("rules 的每一项都必须是映射")
    rid = raw.get("id")
    label = f"规则 {rid}" if rid else "规则"
    unknown = set(raw) - RULE_KEYS
    for key in RULE_REQUIRED:
        if key not in raw or raw[key] in (None, ""):
            typo = difflib.get_close_matches(key, [str(k) for k in unknown], n=1, cutoff=0.6)
            hint = f"（“{typo[0]}”是不是 {key} 写错了？）" if typo else ""
            c.fail(f"{label} 缺少 {key}{hint}", raw)
    if unknown:
        c.fail(f"{label} 有未知的键：{'、'.join(sorted(map(str, unknown)))}", raw)
    kind_mod = REGISTRY.get(raw["kind"])
    if kind_mod is None:
        c.fail(f"{label} 的类型 “{raw['kind']}” 不存在；可用类型：{'、'.join(REGISTRY)}", raw)
    weight = raw["weight"]
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or weight < 0:
        c.fail(f"{label} 的 weight 必须是非负数", raw)
    if raw["severity"] not in SEVERITIES:
        c.fail(f"{label} 的 severity 应为 {' / '.join(SEVERITIES)}", raw)
    short = _short(c, raw.get("short"), label, raw)
    needs = raw.get("needs") or []
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        c.fail(f"{label} 的 needs 必须是规则 id 列表", raw)
    rule = Rule(
        id=str(rid),
        name=str(raw["name"]),
        short=short,
        kind=raw["kind"],
        category=kind_mod.CATEGORY,
        role=getattr(kind_mod, "ROLE", ""),
        source=tidy(raw["source"]),
        weight=float(weight),
        severity=raw["severity"],
        fix=tidy(raw["fix"]),
        params=_check_params(c, kind_mod, raw.get("params"), str(rid), raw),
        examples=_check_examples(c, raw.get("examples"), kind_mod.CATEGORY, str(rid), raw),
        heading=str(raw.get("heading", "")),
        where=str(raw.get("where", "")),
        place_under=_check_patterns(c, raw.get("place_under", []), f"{rid}.place_under", raw),
        description=tidy(raw.get("description", "")),
        origin=f"{c.path}:{getattr(raw, 'line', '?')}",
        needs=list(needs),
    )
    validate_together(c, kind_mod, rule.id, rule.params, raw)
    _implied_needs(kind_mod, rule)
    return rule


def _implied_needs(kind_mod, rule: Rule) -> None:
    """Rule ids a kind reads from named parameters (NEEDS_PARAMS, e.g. the
    `element` whose part it judges) are needs even when YAML omits them."""
    for name in getattr(kind_mod, "NEEDS_PARAMS", ()):
        ref = rule.params.get(name)
        if ref and ref not in rule.needs:
            rule.needs = [*rule.needs, ref]


def _short(c: _Ctx, value, label: str, node) -> str:
    if value is None:
        return ""
    text = tidy(value)
    if not text or len(text) > SHORT_MAX:
        c.fail(f"{label} 的 short（汇总表中的列名）应为 1–{SHORT_MAX} 个字", node)
    return text


def _apply_override(c: _Ctx, rule: Rule, change, node) -> None:
    if not isinstance(change, dict):
        c.fail(f"overrides.{rule.id} 必须是映射", node)
    unknown = set(change) - OVERRIDE_KEYS
    if unknown:
        c.fail(f"overrides.{rule.id} 有不能修改或未知的键：{'、'.join(sorted(map(str, unknown)))}", change)
    if "weight" in change:
        w = change["weight"]
        if isinstance(w, bool) or not isinstance(w, (int, float)) or w < 0:
            c.fail(f"overrides.{rule.id}.weight 必须是非负数", change)
        rule.weight = float(w)
    if "severity" in change:
        if change["severity"] not in SEVERITIES:
            c.fail(f"overrides.{rule.id}.severity 应为 {' / '.join(SEVERITIES)}", change)
        rule.severity = change["severity"]
    for key in ("name", "source", "fix", "heading", "where", "description"):
        if key in change:
            setattr(rule, key, tidy(change[key]))
    if "place_under" in change:
        rule.place_under = _check_patterns(c, change["place_under"], f"overrides.{rule.id}.place_under", change)
    if "short" in change:
        rule.short = _short(c, change["short"], f"overrides.{rule.id}", change)
    if "params" in change:
        kind_mod = REGISTRY[rule.kind]
        rule.params = {**rule.params, **_check_params(c, kind_mod, change["params"], rule.id, change, partial=True)}
        validate_together(c, kind_mod, rule.id, rule.params, change["params"])
        _implied_needs(kind_mod, rule)
    if "examples" in change:
        rule.examples = _check_examples(c, change["examples"], rule.category, rule.id, change)
    rule.origin = f"{c.path}:{getattr(change, 'line', '?')}"


def _check_cycles(c: _Ctx, by_id: dict[str, Rule]) -> None:
    """`needs` must not loop (a rule cannot run after itself)."""
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(rid: str, path: list[str]) -> None:
        if state.get(rid) == 2:
            return
        if state.get(rid) == 1:
            c.fail(f"规则的 needs 形成了循环：{' → '.join(path + [rid])}")
        state[rid] = 1
        for dep in by_id[rid].needs:
            visit(dep, path + [rid])
        state[rid] = 2

    for rid in by_id:
        visit(rid, [])


def _years(c: _Ctx, value, node) -> tuple[int | None, int | None]:
    if value is None:
        return (None, None)
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(v is None or (isinstance(v, int) and not isinstance(v, bool)) for v in value)
    ):
        c.fail("years 必须是 [起始年度, 截止年度]（可用 null 表示不限）", node)
    return (value[0], value[1])


OUTLINE_KEYS = {"id", "name", "label", "report_years", "cite", "not_after"}


def _outline(c: _Ctx, value, node, years) -> tuple[str | None, OutlineInfo | None]:
    """`outline: "2021-2025"` (an id only) or a block declaring the outline:
    id, name, report_years, cite (patterns), not_after (pattern), label."""
    if value is None or isinstance(value, str):
        return value, None
    if not isinstance(value, dict):
        c.fail("outline 必须是纲要 id 或 {id, name, report_years, cite, …}", node)
    unknown = set(value) - OUTLINE_KEYS
    if unknown:
        c.fail(f"outline 中有未知的键：{'、'.join(sorted(unknown))}", value)
    for key in ("id", "name", "cite"):
        if key not in value:
            c.fail(f"outline 缺少 {key}", value)
    cite = _check_patterns(c, value["cite"], "outline.cite", value)
    not_after = value.get("not_after")
    if not_after is not None:
        _check_patterns(c, [not_after], "outline.not_after", value)
    ry = _years(c, value.get("report_years", list(years)), value)
    if None in ry:
        c.fail("outline.report_years 必须是 [首个报告年度, 最后一个报告年度]", value)
    info = OutlineInfo(
        id=str(value["id"]),
        name=tidy(value["name"]),
        report_years=ry,
        cite=tuple(rx.compile(p) for p in cite),
        not_after=rx.compile(not_after + "$") if not_after else None,
        label=tidy(value.get("label", "")) or str(value["id"]),
    )
    return info.id, info


def resolve_ref(ref: str, base_dir: str, index: dict[str, str]) -> str:
    if ref.endswith((".yaml", ".yml")) or os.sep in ref or "/" in ref:
        p = Path(ref)
        return str(p if p.is_absolute() else Path(base_dir) / p)
    if ref in index:
        return index[ref]
    raise KeyError(ref)


def load_file(path: str, index: dict[str, str], _seen: tuple[str, ...] = ()) -> Rulebook:
    real = os.path.realpath(path)
    if real in _seen:
        raise RulebookError(path, "extends 形成了循环引用")
    data = load_yaml(path)
    c = _Ctx(path)
    unknown = set(data) - TOP_KEYS
    if unknown:
        c.fail(f"未知的顶层键：{'、'.join(sorted(map(str, unknown)))}；可用：{'、'.join(sorted(TOP_KEYS))}", data)
    if data.get("schema") != SCHEMA_VERSION:
        c.fail(f"schema 应为 {SCHEMA_VERSION}（当前为 {data.get('schema')!r}）", data)
    for key in ("id", "name", "version"):
        if not data.get(key):
            c.fail(f"规则库缺少 {key}", data)
    base: Rulebook | None = None
    if data.get("extends"):
        try:
            base_path = resolve_ref(str(data["extends"]), os.path.dirname(path), index)
        except KeyError:
            names = "、".join(sorted(k for k in index if not k.endswith(".yaml")))
            c.fail(
                f"extends 指向的规则库 “{data['extends']}” 不存在；可用：{names}（或写相对于本文件的路径）",
                line=_key_line(data, "extends"),
            )
        base = load_file(base_path, index, _seen + (real,))
        if str(data["id"]) in base.chain:  # outputs name the rulebook by id: the overlay would pass for its base
            c.fail(
                f"规则库 id “{data['id']}” 与它继承的规则库相同；请为本规则库另取一个 id（如 某省-2021-2025）",
                data,
            )
    rules: list[Rule] = list(base.rules) if base else []
    if base:  # copy so that overrides do not leak into the cached base
        rules = [Rule(**{**r.__dict__, "params": dict(r.params), "examples": list(r.examples)}) for r in rules]
    ids = {r.id for r in rules}
    raw_rules = data.get("rules") or []
    if not isinstance(raw_rules, list):
        c.fail("rules 必须是列表", data)
    for raw in raw_rules:
        rule = _parse_rule(c, raw)
        if rule.id in ids:
            c.fail(f"规则 id “{rule.id}” 重复；修改已有规则请写在 overrides 下", raw)
        ids.add(rule.id)
        rules.append(rule)
    by_id = {r.id: r for r in rules}
    overrides = data.get("overrides") or {}
    if not isinstance(overrides, dict):
        c.fail("overrides 必须是 规则id: {…} 的映射", data)
    for rid, change in overrides.items():
        if rid not in by_id:
            c.fail(_no_such_rule("overrides ", rid, by_id), change if isinstance(change, LineDict) else overrides)
        _apply_override(c, by_id[rid], change, overrides)
    disable = data.get("disable") or []
    if not isinstance(disable, list):
        c.fail("disable 必须是规则 id 列表", data)
    for rid in disable:
        if rid not in by_id:
            c.fail(_no_such_rule("disable ", rid, by_id), line=_key_line(data, "disable"))
        by_id[rid].enabled = False
    for rule in rules:  # cross-references
        for ref in list(rule.params.get("claimed_by") or []) + rule.needs:
            if ref and ref not in by_id:
                line = rule.origin.rsplit(":", 1)[-1]
                c.fail(
                    _no_such_rule(f"规则 {rule.id} ", ref, by_id, "引用了不存在的规则 “{rid}”（needs / claimed_by）"),
                    line=int(line) if line.isdigit() and rule.origin.startswith(c.path + ":") else None,
                )
    _check_cycles(c, by_id)
    years = _years(c, data.get("years"), data) if "years" in data else (base.years if base else (None, None))
    if "outline" in data:
        outline, outline_info = _outline(c, data["outline"], data, years)
    else:
        outline, outline_info = (base.outline, base.outline_info) if base else (None, None)
    return Rulebook(
        id=str(data["id"]),
        name=str(data["name"]),
        version=str(data["version"]),
        path=path,
        years=years,
        outline=outline,
        outline_info=outline_info,
        description=tidy(data.get("description", "")),
        rules=rules,
        chain=(base.chain if base else []) + [str(data["id"])],
    )
