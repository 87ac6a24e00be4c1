"""YAML with line numbers: every mapping remembers the line it starts on, so
that a message can say "rulebooks/x.yaml:42: 规则 measures 缺少 weight"."""
from __future__ import annotations

import yaml

from ..errors import RulebookError


class LineDict(dict):
    line: int = 0


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise RulebookError(loader.name, "键必须是简单的文字，不能是列表或映射",
                                line=key_node.start_mark.line + 1)
        if key in out:
            raise RulebookError(loader.name, f"键 “{key}” 重复出现", line=key_node.start_mark.line + 1)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: str) -> LineDict:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise RulebookError(path, "规则库文件不存在")
    except UnicodeDecodeError:
        raise RulebookError(path, "规则库文件不是 UTF-8 编码")
    except OSError as exc:
        raise RulebookError(path, f"无法读取规则库（{exc.strerror or exc}）")
    loader = _Loader(text)
    loader.name = path
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "格式错误"
        raise RulebookError(path, f"YAML 格式错误：{problem}", line=line)
    except yaml.YAMLError as exc:
        raise RulebookError(path, f"YAML 格式错误：{exc}")
    except RecursionError:
        raise RulebookError(path, "YAML 嵌套过深")
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise RulebookError(path, "规则库顶层必须是键值映射（mapping）")
    return data
