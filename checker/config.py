"""A team's settings, as linters have them: lawcheck.yaml in the working
folder, and --select / --ignore. No click here: the CLI only wires.

    # lawcheck.yaml
    rulebook: rulebooks/overlays/我省.yaml   # name or path (relative to this file)
    select: [measures, problems, term_form] # only these rules (list or "a,b")
    ignore: [title_format]                  # never these
    deadline: {inclusive: false}            # params of the publication-deadline rule
    params: {problems_vague: {min_hits: 2}} # params of any rule
    outputs: {format: text, out: 审查结果, pdf: true, html: false}

Command-line options win over the file. A rulebook chosen here or with
--rulebook is loaded, validated and must pass its own examples.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import RulebookError
from .rulebook.model import Rule, Rulebook
from .rulebook.yamlfile import load_yaml

CONFIG_NAMES = ("lawcheck.yaml", ".lawcheck.yaml")
KEYS = ("rulebook", "select", "ignore", "deadline", "params", "outputs")
OUTPUT_KEYS = {"format": str, "out": str, "pdf": bool, "html": bool}
FORMATS = ("text", "json")
DEADLINE_RULE = "publish_deadline"  # the rule `deadline:` configures


class ConfigError(RulebookError):
    """lawcheck.yaml or a --select/--ignore value is wrong."""


@dataclass(frozen=True)
class Config:
    path: str | None = None
    rulebook: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    params: dict = field(default_factory=dict)  # rule id -> {param: value}
    outputs: dict = field(default_factory=dict)


def find(cwd: str | None = None) -> str | None:
    folder = Path(cwd or os.getcwd())
    for name in CONFIG_NAMES:
        if (folder / name).is_file():
            return str(folder / name)
    return None


def split_ids(value) -> tuple[str, ...]:
    """ "a,b" or ["a", "b"] -> ("a", "b")."""
    if value is None:
        return ()
    items = value if isinstance(value, (list, tuple)) else [value]
    out: list[str] = []
    for item in items:
        out.extend(x.strip() for x in str(item).replace("，", ",").split(",") if x.strip())
    return tuple(out)


def load(cwd: str | None = None) -> Config:
    path = find(cwd)
    if path is None:
        return Config()
    try:
        data = load_yaml(path)
    except RulebookError as exc:  # the YAML reader speaks of rulebooks; this file is the settings file
        raise ConfigError(
            path, exc.message.replace("规则库文件", "设置文件").replace("规则库", "设置文件"), exc.line
        ) from None

    def fail(message: str, node=None):
        raise ConfigError(path, message, line=getattr(node, "line", None) or getattr(data, "line", None))

    unknown = set(data) - set(KEYS)
    if unknown:
        fail(f"配置文件有未知的键：{'、'.join(sorted(map(str, unknown)))}；可用：{'、'.join(KEYS)}")
    ref = data.get("rulebook")
    if ref is not None:
        if not isinstance(ref, str) or not ref.strip():
            fail("rulebook 应为规则库名称或 YAML 路径")
        if ref.endswith((".yaml", ".yml")) and not Path(ref).is_absolute():
            ref = str(Path(path).parent / ref)
    params = data.get("params") or {}
    if not isinstance(params, dict) or not all(isinstance(v, dict) for v in params.values()):
        fail("params 应为 规则id: {参数: 值} 的映射", params)
    params = {str(k): dict(v) for k, v in params.items()}
    if data.get("deadline") is not None:
        if not isinstance(data["deadline"], dict):
            fail("deadline 应为映射，如 {inclusive: true} 或 {month: 3, day: 1}", data)
        params[DEADLINE_RULE] = {**params.get(DEADLINE_RULE, {}), **data["deadline"]}
    outputs = data.get("outputs") or {}
    if not isinstance(outputs, dict):
        fail("outputs 应为映射，如 {format: json, out: 输出目录, pdf: false, html: true}", data)
    for key, value in outputs.items():
        want = OUTPUT_KEYS.get(key)
        if want is None:
            fail(f"outputs 有未知的键：{key}；可用：{'、'.join(OUTPUT_KEYS)}", outputs)
        if not isinstance(value, want) or (key == "format" and value not in FORMATS):
            kinds = {"format": "text 或 json", "out": "文件夹路径", "pdf": "true 或 false", "html": "true 或 false"}
            fail(f"outputs.{key} 应为 {kinds[key]}", outputs)
    if "out" in outputs and not Path(outputs["out"]).is_absolute():
        outputs = {**outputs, "out": str(Path(path).parent / outputs["out"])}
    for key in ("select", "ignore"):
        value = data.get(key)
        if value is not None and not isinstance(value, (str, list)):
            fail(f"{key} 应为规则 id 列表，如 [title_format, term_form]", data)
    return Config(
        path=path,
        rulebook=ref,
        select=split_ids(data.get("select")),
        ignore=split_ids(data.get("ignore")),
        params=params,
        outputs=dict(outputs),
    )


def unknown_ids(ids, known) -> str | None:
    """A Chinese message naming ids that no rule has, or None."""
    bad = [i for i in ids if i not in known]
    if not bad:
        return None
    return f"没有这样的规则：{'、'.join(bad)}；可用的规则：{'、'.join(sorted(known))}"


def check_params(rulebook: Rulebook, params: dict, where: str) -> None:
    """Each configured parameter must be one the rule's kind declares."""
    from .match.kinds import REGISTRY
    from .rulebook.load import _check_params, _Ctx, validate_together

    for rid, values in params.items():
        rule = rulebook.get(rid)
        if rule is None:
            raise ConfigError(where, f"params 中的规则 “{rid}” 在规则库“{rulebook.name}”中不存在")
        changed = _check_params(_Ctx(where), REGISTRY[rule.kind], values, rid, None, partial=True)
        validate_together(_Ctx(where), REGISTRY[rule.kind], rid, {**rule.params, **changed}, None)


def tailor(rulebook: Rulebook, select=(), ignore=(), params: dict | None = None) -> Rulebook:
    """A copy of the rulebook with rules switched off (not selected, or
    ignored) and parameters changed. Switched-off rules are not reported
    and not scored; rules that need them still get their results."""
    if not select and not ignore and not params:
        return rulebook
    # the same copy for every report of a run: the match index and compiled patterns are kept per rulebook object
    key = (id(rulebook), tuple(select), tuple(sorted(ignore)), repr(params))
    hit = _TAILORED.get(key)
    if hit is not None and hit[0] is rulebook:
        return hit[1]
    out = _tailor(rulebook, select, ignore, params)
    if len(_TAILORED) > 64:
        _TAILORED.clear()
    _TAILORED[key] = (rulebook, out)
    return out


_TAILORED: dict[tuple, tuple[Rulebook, Rulebook]] = {}


def _tailor(rulebook: Rulebook, select, ignore, params: dict | None) -> Rulebook:
    keep = set(select)
    rules: list[Rule] = []
    for r in rulebook.rules:
        enabled = r.enabled and (not keep or r.id in keep) and r.id not in ignore
        changed = (params or {}).get(r.id)
        rules.append(replace(r, enabled=enabled, params={**r.params, **changed} if changed else r.params))
    return replace(rulebook, rules=rules)


@dataclass(frozen=True)
class Settings:
    """What a run uses, after lawcheck.yaml and the command line."""

    rulebook: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    params: dict = field(default_factory=dict)
    outputs: dict = field(default_factory=dict)


def _shipped(path: str) -> bool:
    from .rulebook import rulebook_dir

    root = os.path.realpath(rulebook_dir())
    return os.path.realpath(path).startswith(root + os.sep)


def settings(rulebook_opt: str | None = None, select_opt=None, ignore_opt=None, cwd: str | None = None) -> Settings:
    """Merge lawcheck.yaml with the command line and check it all before any
    file is read: the rulebook loads and passes its own examples, every
    --select/--ignore id exists, every configured parameter is declared."""
    from . import rulebook as rb
    from .rulecheck import check_rulebook

    cfg = load(cwd)
    ref = rulebook_opt or cfg.rulebook
    select = split_ids(select_opt) or cfg.select
    ignore = tuple(dict.fromkeys(split_ids(ignore_opt) + cfg.ignore))
    books = [rb.load(ref)] if ref else rb.national()
    if ref and not _shipped(books[0].path):  # the shipped rulebooks' examples run in the tests
        failures = check_rulebook(books[0])
        if failures:
            more = f"（共 {len(failures)} 处，lawcheck rules --check 列出全部）" if len(failures) > 1 else ""
            raise RulebookError(books[0].path, f"规则库未通过自带的例子，不能使用：{failures[0].message()}{more}")
    known = {r.id for b in books for r in b.rules}
    for opt, ids in (("--select", select_opt), ("--ignore", ignore_opt)):
        msg = unknown_ids(split_ids(ids), known)
        if msg:
            raise ConfigError(opt, msg)
    msg = unknown_ids(cfg.select + cfg.ignore, known)
    if msg:
        raise ConfigError(cfg.path or "lawcheck.yaml", msg)
    for book in books:
        check_params(book, cfg.params, cfg.path or "lawcheck.yaml")
    return Settings(rulebook=ref, select=select, ignore=ignore, params=cfg.params, outputs=cfg.outputs)
