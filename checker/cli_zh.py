"""click in Chinese: help headings, usage line, metavars and the help /
version texts (click's own strings are English). Only presentation: the
CLI's behaviour stays in cli.py."""

from __future__ import annotations

import re

import click

HEADINGS = {"Options": "选项", "Commands": "命令", "Arguments": "参数"}
# click's metavars and hints as they appear in usage lines and option lists
WORDS = [
    (re.compile(r"\[OPTIONS\]"), "[选项]"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "命令 [参数]…"),
    (re.compile(r"\[FILES\]\.\.\."), "[文件]…"),
    (re.compile(r"\bRULE_ID\b"), "规则ID"),
    (re.compile(r"\bINTEGER RANGE\b"), "整数"),
    (re.compile(r"\bINTEGER\b"), "整数"),
    (re.compile(r"\bTEXT\b"), "文字"),
    (re.compile(r"\bPATH\b"), "路径"),
    (re.compile(r"\[default: "), "[默认："),
    (re.compile(r"\[required\]"), "[必需]"),
]
HELP_TEXT = "显示帮助并退出"
VERSION_TEXT = "显示版本并退出"


def zh(text: str) -> str:
    for pat, repl in WORDS:
        text = pat.sub(repl, text)
    return text


class ZhFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, zh(args), prefix="用法：")

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        """Two columns aligned by display width (a Chinese character is two
        columns wide; click counts one)."""
        rows = [(zh(a), zh(b)) for a, b in rows]
        first = min(col_max, max((width(a) for a, _ in rows), default=0))
        indent = " " * self.current_indent
        for a, b in rows:
            if width(a) <= first:
                self.write(f"{indent}{a}{' ' * (first - width(a) + col_spacing)}{b}".rstrip() + "\n")
            else:
                self.write(f"{indent}{a}\n{indent}{' ' * (first + col_spacing)}{b}".rstrip() + "\n")


def width(text: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


class ZhContext(click.Context):
    formatter_class = ZhFormatter


class _Zh:
    context_class = ZhContext

    def get_help_option(self, ctx):
        opt = super().get_help_option(ctx)
        if opt is not None:
            opt.help = HELP_TEXT
        return opt


class ZhCommand(_Zh, click.Command):
    pass


class ZhGroup(_Zh, click.Group):
    command_class = ZhCommand

    default_command = "check"

    def format_options(self, ctx, formatter) -> None:
        """`lawcheck --help` also shows the options of the default command."""
        cmd = self.commands.get(self.default_command)
        if cmd is not None:
            rows = [
                p.get_help_record(ctx)
                for p in cmd.get_params(ctx)
                if isinstance(p, click.Option) and "--help" not in p.opts
            ]
            rows = [r for r in rows if r]
            with formatter.section(f"检查选项（lawcheck 文件… 时可用；lawcheck {self.default_command} --help 同）"):
                formatter.write_dl(rows)
        super().format_options(ctx, formatter)


def extra_arguments(message: str) -> str | None:
    """click's "Got unexpected extra argument(s) (a b)" in Chinese."""
    m = re.match(r"Got unexpected extra arguments? \((.*)\)", message)
    return f"多余的参数：{m.group(1)}" if m else None
