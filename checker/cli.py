"""Command line: wires the stages, prints, writes outputs, sets the exit code.

    lawcheck FILE... [--format text|json] [--no-pdf] [--html] [--out DIR]
                     [--rulebook NAME|PATH] [--fail-under N] [--jobs N]
    lawcheck rules [--rulebook X] [--check FILE]
    lawcheck explain ID [--rulebook X]

Exit: 0 checked, nothing required missing, score >= --fail-under;
      1 checked, gaps; 2 could not check (any file), or a usage error.
"""
from __future__ import annotations

import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import click

from .errors import LawcheckError
from .yeartext import fill_years, has_years

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _say_error(message: str) -> None:
    click.echo(f"lawcheck: {message}", err=True)


def _check_one(args: tuple[str, str | None]):
    """Worker: (path, rulebook ref) -> Report or ("error", message)."""
    from .pipeline import check_path

    path, ref = args
    try:
        return check_path(path, ref)
    except LawcheckError as exc:
        return ("error", str(exc))
    except MemoryError:
        return ("error", f"{path}: 内存不足，文件过大，请拆分后再检查")
    except Exception as exc:  # a bug: say so in one line, no traceback
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        return ("error", f"{path}: 内部错误（{type(exc).__name__}: {exc}）；请将此文件提交给维护者")


class _DefaultGroup(click.Group):
    """`lawcheck FILE...` runs `check`; `lawcheck rules|explain` the others."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help", "--version"):
            args = ["check"] + list(args)
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


@click.group(cls=_DefaultGroup, context_settings=CONTEXT,
             help="lawcheck：法治政府建设年度报告合规检查。\n\n"
                  "用法：lawcheck 报告.txt [报告2.docx …]；lawcheck rules；lawcheck explain 规则ID")
@click.version_option(package_name="lawcheck", message="lawcheck %(version)s")
def main():
    pass


@main.command("check", context_settings=CONTEXT, help="检查一份或多份报告（默认命令）。")
@click.argument("files", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", help="输出格式：text（默认）或 json")
@click.option("--no-pdf", is_flag=True, help="不生成 PDF 差距报告")
@click.option("--html", "html_out", is_flag=True, help="另存一份独立的 HTML 差距报告")
@click.option("--out", "out_dir", default="reports_out", show_default=True, help="PDF/HTML 输出文件夹")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径（默认按报告年度自动选择）")
@click.option("--fail-under", type=click.IntRange(0, 100), default=0, help="得分低于此值时退出码为 1")
@click.option("--jobs", "-j", type=click.IntRange(0, 64), default=1, help="并行进程数（0=按 CPU 数）")
def check_cmd(files, fmt, no_pdf, html_out, out_dir, rulebook, fail_under, jobs):
    if not files:
        _say_error("请给出要检查的报告文件，例如：lawcheck 报告.txt（lawcheck --help 查看用法）")
        sys.exit(EXIT_ERROR)
    from .rulebook import load as load_rulebook
    from .score import has_gaps

    if rulebook:  # a broken rulebook stops the run before any file is read
        try:
            load_rulebook(rulebook)
        except LawcheckError as exc:
            _say_error(str(exc))
            sys.exit(EXIT_ERROR)
    work = [(f, rulebook) for f in files]
    n = jobs or os.cpu_count() or 1
    if n > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=min(n, len(files))) as pool:
            results = list(pool.map(_check_one, work, chunksize=4))
    else:
        results = [_check_one(w) for w in work]

    exit_code = EXIT_OK
    outputs = []
    taken: set[str] = set()
    color = fmt == "text" and sys.stdout.isatty()
    for path, res in zip(files, results):
        if isinstance(res, tuple):
            _say_error(res[1])
            exit_code = EXIT_ERROR
            if fmt == "json":
                from .render.json_out import error_entry
                outputs.append(error_entry(path, res[1]))
            continue
        report = res
        if not (no_pdf and not html_out):
            try:
                _write_files(report, Path(out_dir), taken, pdf=not no_pdf, html=html_out)
            except LawcheckError as exc:
                _say_error(str(exc))
                exit_code = EXIT_ERROR
            except Exception as exc:  # a renderer bug: one line, go on with the batch
                if os.environ.get("LAWCHECK_DEBUG"):
                    raise
                _say_error(f"{path}: 生成差距报告失败（{type(exc).__name__}: {exc}）")
                exit_code = EXIT_ERROR
        if fmt == "json":
            outputs.append(report)
        else:
            from .render.text import render_text
            click.echo(render_text(report, color=color))
            click.echo("")
        if exit_code != EXIT_ERROR and (has_gaps(report) or report.score < fail_under):
            exit_code = EXIT_GAPS
    if fmt == "json":
        from .render.json_out import render_json
        click.echo(render_json(outputs, single=len(files) == 1))
    sys.exit(exit_code)


def _write_files(report, out_dir: Path, taken: set[str], pdf: bool, html: bool) -> None:
    from .render.files import output_stem

    stem = output_stem(report.file, taken)
    if pdf:
        from .render.pdf import write_pdf
        path = write_pdf(report, out_dir / f"{stem}.pdf")
        click.echo(f"已生成 PDF 差距报告：{path}", err=True)
    if html:
        from .render.files import atomic_write_text
        from .render.html import render_html
        path = out_dir / f"{stem}.html"
        atomic_write_text(path, render_html(report, standalone=True))
        click.echo(f"已生成 HTML 差距报告：{path}", err=True)


@main.command("rules", context_settings=CONTEXT, help="列出规则库中的规则；--check 运行规则库的例子。")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径（默认列出全部全国规则库）")
@click.option("--check", "check_file", default=None, help="校验这个规则库文件：格式和每条规则的例子")
def rules_cmd(rulebook, check_file):
    from .rulebook import load, national
    from .rulecheck import check_rulebook

    try:
        if check_file:
            book = load(check_file)
            failures = check_rulebook(book)
            for f in failures:
                _say_error(f.message())
            n_ex = sum(len(r.examples) for r in book.active())
            if failures:
                click.echo(f"{check_file}：{len(failures)} 处未通过（共 {len(book.active())} 条规则，{n_ex} 个例子）")
                sys.exit(EXIT_GAPS)
            click.echo(f"{check_file}：格式正确，{len(book.active())} 条规则的 {n_ex} 个例子全部通过")
            return
        books = [load(rulebook)] if rulebook else national()
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    from .render.labels import SEVERITY_WORD
    cat_word = {"element": "要素", "coverage": "纲要覆盖", "finding": "检查"}
    for book in books:
        lo, hi = book.years
        click.echo(f"■ {book.name}（{book.id} {book.version}，适用 {lo or '不限'}–{hi or '不限'} 年度；{' → '.join(book.chain)}）")
        for r in book.rules:
            state = "" if r.enabled else "（已停用）"
            click.echo(f"  {r.id:<24}{cat_word[r.category]:<6}{SEVERITY_WORD[r.severity]}  权重{r.weight:g}  {r.name}{state}")
            click.echo(f"  {'':<24}依据：{_one_line(r.source)}")
        click.echo("")


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


@main.command("explain", context_settings=CONTEXT, help="说明一条规则：要求什么、依据哪条规定、怎样改。")
@click.argument("rule_id")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径")
def explain_cmd(rule_id, rulebook):
    from .match.kinds import REGISTRY
    from .render.labels import SEVERITY_WORD
    from .rulebook import load, national

    try:
        books = [load(rulebook)] if rulebook else national()
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    for book in books:
        rule = book.get(rule_id)
        if rule is None:
            continue
        kind = REGISTRY[rule.kind]
        click.echo(f"{rule.id}：{rule.name}")
        click.echo(f"  规则库：{book.name}（{book.id} {book.version}）  定义于：{rule.origin}")
        click.echo(f"  类型：{rule.kind}（{rule.category}）  严重程度：{SEVERITY_WORD[rule.severity]}  权重：{rule.weight:g}"
                   + ("" if rule.enabled else "  （本规则库中已停用）"))
        click.echo(f"  要求什么：{kind.SUMMARY}")
        click.echo(f"  依据：{' '.join(rule.source.split())}")
        if rule.heading:
            click.echo(f"  标准标题：{fill_years(rule.heading, None)}")
        if rule.where:
            click.echo(f"  应放在：{rule.where}")
        click.echo(f"  怎样改：{fill_years(' '.join(rule.fix.split()), None)}")
        if has_years(rule.heading) or has_years(rule.fix):
            click.echo("  （“本年度”“下一年度”在差距报告中换成具体年份，如 2023 年度报告写“2023年度”“2024年度”。）")
        for ex in rule.examples:
            label = {"present": "应判为具备", "partial": "应判为部分具备", "missing": "应判为缺失",
                     "fires": "应触发", "quiet": "不应触发"}[ex.expect]
            click.echo(f"  例子（{label}）：{ex.text.replace(chr(10), ' ⏎ ')}")
        return
    known = sorted({r.id for b in books for r in b.rules})
    _say_error(f"没有 id 为 “{rule_id}” 的规则；可用：{'、'.join(known)}")
    sys.exit(EXIT_ERROR)


def run() -> None:
    """Console entry point: a bug shows as one line, not a traceback
    (set LAWCHECK_DEBUG=1 to see it)."""
    try:
        main()
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _say_error("已中断")
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        _say_error(f"内部错误（{type(exc).__name__}: {exc}）；设置 LAWCHECK_DEBUG=1 可查看详情")
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    run()
