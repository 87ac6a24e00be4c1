"""YAML with line numbers: every mapping remembers the line it starts on, so
that a message can say "rulebooks/x.yaml:42: 规则 measures 缺少 weight".

A parsed file is also kept in the user's cache folder (checker/rulebook/
parsecache.py): the next process reads it back instead of importing and
running the YAML parser (~20 ms of a one-file check for the national
rulebooks)."""

from __future__ import annotations

import copy
import functools
import os
import pickle
import re

from ..errors import RulebookError
from . import parsecache


class LineDict(dict):
    line: int = 0
    key_lines: dict | None = None  # the top-level mapping only: key -> its line (for messages about that key)

    def line_of(self, key) -> int:
        """The line of a top-level key (the mapping's own line when unknown)."""
        return (self.key_lines or {}).get(key) or self.line


@functools.lru_cache(maxsize=1)
def _loader_class():
    """libyaml's parser when PyYAML was built with it (the PyPI wheels are): the
    pure-Python one took ~0.2 s for the national rulebooks at every start.
    Built on first use: a process that finds every file in the cache never
    imports yaml."""
    import yaml

    class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        pass

    def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
        loader.flatten_mapping(node)
        out = LineDict()
        out.line = node.start_mark.line + 1
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                raise RulebookError(
                    loader.name, "键必须是简单的文字，不能是列表或映射", line=key_node.start_mark.line + 1
                )
            if key in out:
                raise RulebookError(loader.name, f"键 “{key}” 重复出现", line=key_node.start_mark.line + 1)
            out[key] = loader.construct_object(value_node, deep=True)
        return out

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    return _Loader


# the parser's most frequent complaints, in Chinese (the original follows)
_PROBLEMS = (
    ("found unexpected end of stream", "文件意外结束，引号或括号没有闭合"),
    ("found character '\\t' that cannot start any token", "含有制表符，YAML 只能用空格缩进"),
    ("found a tab character", "含有制表符，YAML 只能用空格缩进"),
    ("mapping values are not allowed", "此处不能写“键: 值”，可能是冒号后缺空格、缩进不对或文字中的冒号需要加引号"),
    ("did not find expected key", "这里应是一个键：可能是缩进不对，或上文的引号没有闭合"),
    ("did not find expected ',' or ']'", "方括号列表缺少“,”或“]”"),
    ("did not find expected ',' or '}'", "花括号映射缺少“,”或“}”"),
    ("did not find expected '-' indicator", "列表项缩进不一致，应以“- ”开头"),
    ("found unknown escape character", "双引号文字中有无效的转义（反斜杠），正则表达式请用单引号或 >- 块"),
    ("found undefined alias", "引用了未定义的锚点（*别名）"),
    ("could not find expected ':'", "缺少冒号“:”"),
)


def explain_problem(problem: str) -> str:
    for english, chinese in _PROBLEMS:
        if problem.startswith(english):
            return f"{chinese}（{problem}）"
    return problem


def load_yaml(path: str) -> LineDict:
    """The YAML mapping in `path` (parsed once per version of the file; each
    caller gets its own copy)."""
    try:
        st = os.stat(path)
    except OSError:
        st = None
    if st is None:
        return _parse(path)
    data, blob = _parse_cached(os.path.realpath(path), st.st_mtime_ns, st.st_size)
    return pickle.loads(blob) if blob is not None else copy.deepcopy(data)  # the caller's own copy


def peek_yaml(path: str) -> LineDict:
    """Like load_yaml() without the copy: the shared parse, to be read and
    never changed (reading a key or two of every rulebook file at start)."""
    try:
        st = os.stat(path)
    except OSError:
        return _parse(path)
    return _parse_cached(os.path.realpath(path), st.st_mtime_ns, st.st_size)[0]


@functools.lru_cache(maxsize=64)
def _parse_cached(path: str, mtime_ns: int, size: int) -> tuple[LineDict, bytes | None]:
    """(the parse, its pickle): callers that change their data unpickle their
    own copy (faster than a deep copy of the shared one)."""
    return _parse_pickled(path)


def _parse(path: str) -> LineDict:
    return _parse_pickled(path)[0]


def _parse_pickled(path: str) -> tuple[LineDict, bytes | None]:
    try:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    except FileNotFoundError:
        raise RulebookError(path, "规则库文件不存在")
    except UnicodeDecodeError:
        raise RulebookError(path, "规则库文件不是 UTF-8 编码；请用 UTF-8 另存（记事本：另存为，编码选 UTF-8）")
    except PermissionError:
        raise RulebookError(path, "没有读取规则库文件的权限")
    except IsADirectoryError:
        raise RulebookError(path, "这是文件夹，不是规则库文件")
    except OSError as exc:
        raise RulebookError(path, f"无法读取规则库（{exc.strerror or exc}）")
    key = parsecache.key(text, __file__)
    hit = parsecache.get(key, {(LineDict.__module__, "LineDict"): LineDict})
    if hit is not None:
        data, blob = hit
        if isinstance(data, dict):
            return data, blob
    data = _parse_text(path, text)
    try:
        blob = pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, RecursionError, TypeError, ValueError):
        blob = None  # not kept; callers get deep copies
    parsecache.put(key, blob)
    return data, blob


# what a Chinese input method puts where YAML needs ASCII: a key followed by a full-width colon
# (“weight：8”), an indent of full-width spaces
_FULLWIDTH = (
    (re.compile(r"^[ ]*(?:-[ ]+)?[A-Za-z_][\w-]*[ ]*："), "键后的冒号是全角“：”，请改为半角冒号加空格“: ”"),
    (re.compile(r"^[ ]*\u3000"), "行首是全角空格，YAML 只能用半角空格缩进"),
)


def _fullwidth_near(text: str, line: int | None) -> tuple[int, str] | None:
    """(line, message) when the parser's complaint comes from a full-width colon or space on
    that line or the two before it (the parser notices them a line late), else None."""
    if not line:
        return None
    lines = text.splitlines()
    for n in range(min(line, len(lines)), max(line - 3, 0), -1):
        for pattern, message in _FULLWIDTH:
            if pattern.match(lines[n - 1]):
                return n, message
    return None


def _parse_text(path: str, text: str) -> LineDict:
    import yaml

    loader = _loader_class()(text)
    loader.name = path
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "格式错误"
        near = _fullwidth_near(text, line)
        if near is not None:
            raise RulebookError(path, f"YAML 格式错误：{near[1]}", line=near[0])
        raise RulebookError(path, f"YAML 格式错误：{explain_problem(problem)}", line=line)
    except yaml.YAMLError as exc:
        raise RulebookError(path, f"YAML 格式错误：{exc}")
    except RecursionError:
        raise RulebookError(path, "YAML 嵌套过深")
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise RulebookError(path, "规则库顶层必须是键值映射（mapping）")
    data.key_lines = {m.group(1): text.count("\n", 0, m.start()) + 1 for m in _TOP_KEY.finditer(text)}
    return data


_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ ]*:", re.M)  # a key at column 0
