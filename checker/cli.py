"""Command line: wires the stages, prints, writes outputs, sets the exit code.

    lawcheck FILE|FOLDER... [--format text|json] [--no-pdf] [--html] [--out DIR]
                     [--rulebook NAME|PATH] [--fail-under N] [--summary X.csv|X.html|X.pdf] [--jobs N]
                     [--select IDS] [--ignore IDS] [--quiet] [--statistics]   (FILE "-": standard input)
    lawcheck batch PATH... --out DIR [--jobs N] [--resume] [--no-pdf] [--rulebook X] [--region-from dir|issuer]
    lawcheck rules [--rulebook X] [--check FILE]
    lawcheck explain ID [--rulebook X]
    lawcheck serve [--host 127.0.0.1] [--port 8765] [--jobs N]

Exit: 0 checked, nothing required missing, score >= --fail-under;
      1 checked, gaps; 2 could not check (any file), or a usage error;
      130 / 143 stopped by Ctrl-C / SIGTERM (temporary files cleaned up).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from .cli_zh import ZhGroup, extra_arguments, zh
from .errors import LawcheckError
from .yeartext import fill_years, has_years

EXIT_OK, EXIT_GAPS, EXIT_ERROR = 0, 1, 2
CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _say_error(message: str) -> None:
    click.echo(f"lawcheck: {message}", err=True)


@dataclass(frozen=True)
class _Job:
    """One input file and what to do with it (picklable: runs in a worker)."""

    path: str
    rulebook: str | None
    out_dir: str
    stem: str | None  # output file stem; None: no PDF/HTML wanted
    pdf: bool
    html: bool
    settings: dict = field(default_factory=dict)  # select / ignore / params (checker/config.py)
    data: bytes | None = None  # standard input, read by the main process
    annotate: bool = False  # also <out>/<stem>.annotated.docx (checker/render/annotate.py)
    refused: str | None = None  # why the walker (checker.batch.walk) does not read it: an unreadable row


@dataclass
class _Done:
    report: object | None = None  # checker.model.Report
    errors: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # lines for stderr


def _internal(path: str, what: str, exc: Exception) -> str:
    if os.environ.get("LAWCHECK_DEBUG"):
        raise exc
    return f"{path}: {what}（{type(exc).__name__}: {exc}）"


def _run_job(job: _Job) -> _Done:
    """Check one file and write its gap reports: a pure function of the job,
    so a batch can spread jobs over processes (PDF rendering included)."""
    from .pipeline import check_bytes, check_path

    done = _Done()
    if job.refused:
        done.errors.append(f"{job.path}: {job.refused}")
        return done
    try:
        if job.data is not None:
            done.report = check_bytes(job.path, job.data, job.rulebook, **job.settings)
        else:
            done.report = check_path(job.path, job.rulebook, **job.settings)
    except LawcheckError as exc:
        done.errors.append(str(exc))
        return done
    except MemoryError:
        done.errors.append(f"{job.path}: 内存不足，文件过大，请拆分后再检查")
        return done
    except Exception as exc:  # a bug: say so in one line, no traceback
        done.errors.append(_internal(job.path, "内部错误", exc) + "；请将此文件提交给维护者")
        return done
    if job.stem is not None:
        try:
            _write_files(done.report, Path(job.out_dir), job.stem, job.pdf, job.html, done.written)
            if job.annotate:
                from .render.annotate import write_annotated

                path = write_annotated(
                    done.report, job.path, Path(job.out_dir) / f"{job.stem}.annotated.docx", job.data
                )
                done.written.append(f"已生成批注版 Word 文件：{path}")
        except LawcheckError as exc:
            done.errors.append(str(exc))
        except Exception as exc:  # a renderer bug: one line, go on with the batch
            done.errors.append(_internal(job.path, "生成差距报告失败", exc))
    return done


def _worker_init() -> None:
    """In a worker: Ctrl-C is the main process's business (it cancels what
    has not started; running jobs finish, so no output is left half-written);
    SIGTERM ends the job through the normal clean-up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _terminate)


class Terminated(SystemExit):
    """SIGTERM (exit 128 + 15); `reported` once a command has said so in its own words."""

    reported = False


def _terminate(signum, frame):
    raise Terminated(128 + signum)


def _results(jobs: list[_Job], workers: int) -> Iterator[_Done]:
    """Results in input order, as they come."""
    if workers <= 1 or len(jobs) <= 1:
        from . import rulebook as rb

        with rb.held():  # the rulebook folder is read once per run: the rulebooks are chosen once
            for job in jobs:
                yield _run_job(job)
        return
    from concurrent.futures import ProcessPoolExecutor  # only a parallel batch pays for it (~15 ms)

    rendering = any(j.stem is not None for j in jobs)
    pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=_worker_init)
    try:
        # a render takes ~0.3 s: hand out one job at a time; checks alone take ~10 ms
        yield from pool.map(_run_job, jobs, chunksize=1 if rendering else 4)
    except BaseException:
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)


class _DefaultGroup(ZhGroup):
    """`lawcheck FILE...` runs `check`; `lawcheck rules|explain` the others."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help", "--version"):
            args = ["check"] + list(args)
        elif not args:
            args = ["check"]
        return super().parse_args(ctx, args)


@click.group(
    cls=_DefaultGroup,
    context_settings=CONTEXT,
    help="lawcheck：法治政府建设年度报告合规检查。\n\n"
    "用法：lawcheck 报告.txt [报告2.docx …]；lawcheck rules；lawcheck explain 规则ID",
)
@click.version_option(package_name="lawcheck", message="lawcheck %(version)s", help="显示版本并退出")
def main():
    pass


@main.command("check", context_settings=CONTEXT, help="检查一份或多份报告（默认命令）。")
@click.argument("files", nargs=-1, type=click.Path(path_type=str, readable=False))  # the reader says why, per file
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default=None, help="输出格式：text（默认）或 json"
)
@click.option("--no-pdf", is_flag=True, help="不生成 PDF 差距报告")
@click.option("--html", "html_out", is_flag=True, help="另存一份独立的 HTML 差距报告")
@click.option("--out", "out_dir", default=None, metavar="目录", help="PDF/HTML 输出文件夹（默认 reports_out）")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径（默认按报告年度自动选择）")
@click.option("--fail-under", type=click.IntRange(0, 100), default=0, help="得分低于此值时退出码为 1")
@click.option(
    "--summary", "summary_path", default=None, help="另存一份批量汇总表：扩展名 .csv（Excel 可直接打开）、.html 或 .pdf"
)
@click.option("--jobs", "-j", "jobs_opt", type=click.IntRange(0, 64), default=1, help="并行进程数（0=按 CPU 数）")
@click.option("--select", "select_opt", default=None, metavar="规则[,规则]", help="只检查这些规则（规则 id，逗号分隔）")
@click.option("--ignore", "ignore_opt", default=None, metavar="规则[,规则]", help="不检查这些规则（规则 id，逗号分隔）")
@click.option("--quiet", "-q", is_flag=True, help="只输出问题（每行：文件:行: 级别 规则 说明）和合计")
@click.option("--statistics", is_flag=True, help="最后输出各规则的问题数")
@click.option(
    "--annotate", is_flag=True, help="另存一份带批注的 Word 文件（输出文件夹/<文件名>.annotated.docx），原文件不改动"
)
def check_cmd(
    files,
    fmt,
    no_pdf,
    html_out,
    out_dir,
    rulebook,
    fail_under,
    summary_path,
    jobs_opt,
    annotate,
    select_opt,
    ignore_opt,
    quiet,
    statistics,
):
    from .config import settings as team_settings

    try:  # lawcheck.yaml + options, all checked before any file is read
        cfg = team_settings(rulebook, select_opt, ignore_opt)
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    fmt = fmt or cfg.outputs.get("format", "text")
    out_dir = out_dir or cfg.outputs.get("out", "reports_out")
    no_pdf = no_pdf or cfg.outputs.get("pdf") is False
    html_out = html_out or bool(cfg.outputs.get("html"))
    rulebook = cfg.rulebook
    run_settings = {"select": cfg.select, "ignore": cfg.ignore, "params": cfg.params}
    if not files:
        _say_error("请给出要检查的报告文件，例如：lawcheck 报告.txt（lawcheck --help 查看用法）")
        sys.exit(EXIT_ERROR)
    from .read.discover import expand
    from .score import has_gaps

    single = len(files) == 1 and not os.path.isdir(files[0])  # one file: one JSON object, else a list
    stdin = _read_stdin() if STDIN in files else None
    own: list[str] = []
    refused: dict[str, str] = {}  # the same walker and reasons as `lawcheck batch`
    files, empty = expand([f for f in files if f != STDIN], skip=[out_dir], own=own, refused=refused)
    if own:
        named = f"：{'、'.join(own)}" if len(own) <= 3 else ""
        click.echo(f"跳过 lawcheck 生成的文件 {len(own)} 个（差距报告、汇总表等，不作为报告检查）{named}", err=True)
    if stdin is not None:
        files = [STDIN_NAME] + files
    had_error = False
    for folder in empty:
        from .batch.walk import NO_REPORTS  # the same words as `lawcheck batch`

        _say_error(f"{folder}: {NO_REPORTS}")
        had_error = True
    if not files:
        sys.exit(EXIT_ERROR if had_error or not own else EXIT_OK)
    taken: set[str] = set()
    writes = not (no_pdf and not html_out) or annotate
    if writes:  # output names that never replace a file the user has (an input, their own PDF …)
        from .batch.own import own_output_file
        from .render.files import free_output_stem

        suffixes = [".pdf"] * (not no_pdf) + [".html"] * bool(html_out) + [".annotated.docx"] * bool(annotate)
        inputs = {os.path.realpath(f) for f in files if f != STDIN_NAME}

        def stem_for(f: str) -> str:
            return free_output_stem(
                _stem_source(f), taken, out_dir, suffixes, inputs, lambda p: own_output_file(p) is not None
            )

    jobs = [
        _Job(
            f,
            rulebook,
            out_dir,
            stem_for(f) if writes else None,
            pdf=not no_pdf,
            html=html_out,
            annotate=annotate,
            settings=run_settings,
            data=stdin if f == STDIN_NAME else None,
            refused=refused.get(f),
        )
        for f in files
    ]

    if summary_path:
        from .render.summary import SUFFIXES

        if Path(summary_path).suffix.lower() not in SUFFIXES:  # say so before the work, not after
            _say_error(f"{summary_path}: 汇总文件的扩展名应为 .csv、.html 或 .pdf")
            sys.exit(EXIT_ERROR)
    if writes and any(j.refused is None for j in jobs):  # one message, not one per report
        from .render.files import check_writable_folder

        try:
            check_writable_folder(out_dir)
        except LawcheckError as exc:
            _say_error(str(exc))
            sys.exit(EXIT_ERROR)
    exit_code = EXIT_ERROR if had_error else EXIT_OK
    json_out = None
    if fmt == "json":  # written as the results arrive: memory stays flat in any batch
        from .render.json_out import JsonList

        json_out = JsonList(lambda text: click.echo(text, nl=False), single=single)
    from .pathtext import shown

    summary_items = []
    scores: list[int] = []
    with_gaps = failed = 0
    color = fmt == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")  # no-color.org
    checked = []
    for job, done in zip(jobs, _results(jobs, jobs_n(jobs_opt))):
        for line in done.written if not quiet else ():
            click.echo(line, err=True)
        for message in done.errors:
            _say_error(message)
            exit_code = EXIT_ERROR
        report = done.report
        if summary_path:
            from .render.summary import Item, slim

            summary_items.append(
                Item(
                    shown(job.path),
                    slim(report) if report is not None else None,
                    None if report is not None else done.errors[0],
                )
            )
        if report is None:
            failed += 1
            if fmt == "json":
                from .render.json_out import error_entry

                json_out.add(error_entry(shown(job.path), done.errors[0]))
            continue
        if statistics:  # only then are the reports kept (memory stays flat otherwise)
            checked.append(report)
        if fmt == "json":
            json_out.add(report)
        elif quiet:
            from .render.stats import render_quiet

            text = render_quiet(report)
            if text:
                click.echo(text)
        else:
            from .render.text import render_text

            click.echo(render_text(report, color=color))
            click.echo("")
        scores.append(report.score)
        with_gaps += has_gaps(report)
        if exit_code != EXIT_ERROR and (has_gaps(report) or report.score < fail_under):
            exit_code = EXIT_GAPS
    if fmt == "text" and len(jobs) > 1:
        mean = f"，平均得分 {round(sum(scores) / len(scores))}" if scores else ""
        click.echo(
            f"共 {len(jobs)} 份：已检查 {len(scores)} 份（其中 {with_gaps} 份缺少必需要素或有错误级问题"
            f"{mean}）" + (f"；无法检查 {failed} 份" if failed else "") + "。"
        )
    if summary_path:
        from .render.summary import write_summary

        try:
            written = write_summary(summary_path, summary_items)
            click.echo(f"已生成汇总表：{written}（{len(summary_items)} 份）", err=True)
        except LawcheckError as exc:
            _say_error(str(exc))
            exit_code = EXIT_ERROR
    if json_out is not None:
        json_out.close()
    if statistics:  # after the reports; on stderr when stdout carries JSON
        from .render.stats import render_statistics

        click.echo(render_statistics(checked), err=fmt == "json")
    sys.exit(exit_code)


STDIN, STDIN_NAME = "-", "<标准输入>"


def _read_stdin() -> bytes:
    from .read import MAX_BYTES

    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        _say_error(f"{STDIN_NAME}: 输入过大，超过上限 {MAX_BYTES // 1024 // 1024} MB")
        sys.exit(EXIT_ERROR)
    return data


def _stem_source(path: str) -> str:
    return "标准输入" if path == STDIN_NAME else path


def _write_files(report, out_dir: Path, stem: str, pdf: bool, html: bool, said: list[str]) -> None:
    if pdf:
        from .render.pdf import write_pdf

        path = write_pdf(report, out_dir / f"{stem}.pdf")
        said.append(f"已生成 PDF 差距报告：{path}")
    if html:
        from .render.files import atomic_write_text
        from .render.html import render_html

        path = out_dir / f"{stem}.html"
        atomic_write_text(path, render_html(report, standalone=True))
        said.append(f"已生成 HTML 差距报告：{path}")


def jobs_n(option: int) -> int:
    return option or os.cpu_count() or 1


@main.command(
    "batch",
    context_settings=CONTEXT,
    help="地区审查：检查文件夹中的全部报告，结果存入 --out 文件夹中的数据库（可 --resume 续跑），"
    "并生成 summary.csv/.xlsx/.json、总览和各报告的差距报告。",
)
@click.argument(
    "paths", nargs=-1, required=True, metavar="文件或文件夹…", type=click.Path(path_type=str, readable=False)
)
@click.option(
    "--out",
    "out_dir",
    required=True,
    metavar="文件夹",
    help="输出文件夹（结果数据库、汇总表、总览、reports/ 差距报告）",
)
@click.option("--jobs", "-j", "jobs_opt", type=click.IntRange(0, 256), default=0, help="并行进程数（默认 0=全部 CPU）")
@click.option(
    "--resume", is_flag=True, help="沿用 --out 文件夹中已存的结果，只检查新增或改动的文件（规则库或版本变了则重查）"
)
@click.option("--no-pdf", is_flag=True, help="不生成各报告的 PDF 差距报告")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径（默认按报告年度自动选择）")
@click.option(
    "--region-from",
    type=click.Choice(["dir", "issuer"]),
    default="dir",
    show_default=True,
    help="地区取自：dir=所给文件夹下的第一级子文件夹；issuer=发布单位名称",
)
def batch_cmd(paths, out_dir, jobs_opt, resume, no_pdf, rulebook, region_from):
    from .batch import Options, final_lines, run_batch
    from .config import settings as team_settings

    try:  # lawcheck.yaml (rulebook, select, ignore, params) applies to a batch as to a check
        cfg = team_settings(rulebook)
        result = run_batch(
            Options(
                list(paths),
                Path(out_dir),
                jobs_opt,
                resume,
                not no_pdf,
                cfg.rulebook,
                region_from,
                settings={"select": cfg.select, "ignore": cfg.ignore, "params": cfg.params},
            )
        )
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        _say_error(f"已中断；已完成的结果保存在 {out_dir}，加 --resume 重新运行即可接着检查")
        sys.exit(130)
    except SystemExit as exc:  # SIGTERM (see run())
        _say_error(f"已终止；已完成的结果保存在 {out_dir}，加 --resume 重新运行即可接着检查")
        if isinstance(exc, Terminated):
            exc.reported = True
        raise
    for line in final_lines(result, Path(out_dir)):
        click.echo(line, err=True)
    sys.exit(result.exit_code)


@main.command("rules", context_settings=CONTEXT, help="列出规则库中的规则；--check 运行规则库的例子。")
@click.option("--rulebook", default=None, help="规则库名称或 YAML 路径（默认列出全部全国规则库）")
@click.option("--check", "check_file", default=None, help="校验这个规则库文件：格式和每条规则的例子")
def rules_cmd(rulebook, check_file):
    from .rulebook import config_rulebook, load, national
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
        rulebook = rulebook or config_rulebook()  # the team's rulebook (lawcheck.yaml), as a check would use
        books = [load(rulebook)] if rulebook else national()
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    from .render.labels import SEVERITY_WORD

    cat_word = {"element": "要素", "coverage": "纲要覆盖", "finding": "检查"}
    for book in books:
        lo, hi = book.years
        click.echo(
            f"■ {book.name}（{book.id} {book.version}，适用 {lo or '不限'}–{hi or '不限'} 年度；{' → '.join(book.chain)}）"
        )
        for r in book.rules:
            state = "" if r.enabled else "（已停用）"
            click.echo(
                f"  {r.id:<24}{cat_word[r.category]:<6}{SEVERITY_WORD[r.severity]}  权重{r.weight:g}  {r.name}{state}"
            )
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
    from .rulebook import config_rulebook, load, national

    try:
        rulebook = rulebook or config_rulebook()  # the team's rulebook (lawcheck.yaml), as a check would use
        books = [load(rulebook)] if rulebook else national()
    except LawcheckError as exc:
        _say_error(str(exc))
        sys.exit(EXIT_ERROR)
    for book in books:
        rule = book.get(rule_id)
        if rule is None:
            continue
        kind = REGISTRY[rule.kind]
        click.echo(f"{rule.id}：{rule.name}" + (f"（汇总表列名：{rule.short}）" if rule.short else ""))
        click.echo(f"  规则库：{book.name}（{book.id} {book.version}）  定义于：{rule.origin}")
        click.echo(
            f"  类型：{rule.kind}（{rule.category}）  严重程度：{SEVERITY_WORD[rule.severity]}  权重：{rule.weight:g}"
            + ("" if rule.enabled else "  （本规则库中已停用）")
        )
        click.echo(f"  要求什么：{kind.SUMMARY}")
        for line in getattr(kind, "explain", lambda _rule: [])(rule):  # a kind may say more about its params
            click.echo(line)
        if rule.needs:
            click.echo(f"  读取规则的结果：{'、'.join(rule.needs)}（先于本规则运行）")
        click.echo(f"  依据：{' '.join(rule.source.split())}")
        if rule.heading:
            click.echo(f"  标准标题：{fill_years(rule.heading, None)}")
        if rule.where:
            click.echo(f"  应放在：{rule.where}")
        click.echo(f"  怎样改：{fill_years(' '.join(rule.fix.split()), None)}")
        if has_years(rule.heading) or has_years(rule.fix):
            click.echo("  （“××××年度”“下一年度”在差距报告中换成具体年份，如 2023 年度报告写“2023年度”“2024年度”。）")
        for ex in rule.examples:
            label = {
                "present": "应判为具备",
                "partial": "应判为部分具备",
                "missing": "应判为缺失",
                "fires": "应触发",
                "quiet": "不应触发",
            }[ex.expect]
            click.echo(f"  例子（{label}）：{ex.text.replace(chr(10), ' ⏎ ')}")
        return
    known = sorted({r.id for b in books for r in b.rules})
    _say_error(f"没有 id 为 “{rule_id}” 的规则；可用：{'、'.join(known)}")
    sys.exit(EXIT_ERROR)


@main.command("serve", context_settings=CONTEXT, help="启动本机网页服务：在浏览器中上传报告、查看结果和下载差距报告。")
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址（默认只允许本机访问）")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="端口")
@click.option("--jobs", "-j", "jobs_opt", type=click.IntRange(0, 64), default=0, help="检查进程数（0=按 CPU 数）")
def serve_cmd(host, port, jobs_opt):
    from .web.serve import serve

    sys.exit(serve(host, port, jobs_n(jobs_opt)))


def usage_message(exc: click.UsageError) -> str:
    """A command-line mistake in Chinese (click's own text is English)."""
    from click import exceptions as ce

    cmd = exc.ctx.command_path if exc.ctx else "lawcheck"
    hint = f"；{cmd} --help 查看用法"
    if isinstance(exc, ce.NoSuchOption):
        near = f"（是否想用：{'、'.join(sorted(exc.possibilities))}）" if exc.possibilities else ""
        return f"没有这个选项：{exc.option_name}{near}{hint}"
    if isinstance(exc, ce.MissingParameter):
        param = exc.param
        if isinstance(param, click.Option):
            return f"缺少选项 {param.opts[0]}（必须给出）{hint}"
        name = param.human_readable_name if param else "参数"
        return f"缺少参数 {name}{hint}"
    if isinstance(exc, ce.BadParameter):
        param = exc.param
        name = param.get_error_hint(exc.ctx) if param and exc.ctx else "参数"
        kind = getattr(param, "type", None)
        if isinstance(kind, click.IntRange):
            return f"{name} 应为 {kind.min}–{kind.max} 之间的整数{hint}"
        if isinstance(kind, click.Choice):
            return f"{name} 只能是：{'、'.join(map(str, kind.choices))}{hint}"
        if isinstance(kind, click.types.IntParamType):
            return f"{name} 应为整数{hint}"
        return f"{name} 的值无效（{exc.message}）{hint}"
    if isinstance(exc, ce.BadOptionUsage):
        if "requires an argument" in exc.message:
            return f"选项 {exc.option_name} 后面要给一个值{hint}"
        return f"选项 {exc.option_name} 用法不对（{exc.message}）{hint}"
    if isinstance(exc, ce.NoArgsIsHelpError):
        return f"缺少参数{hint}"
    extra = extra_arguments(exc.message)
    return f"{extra}{hint}" if extra else f"命令行有误（{exc.message}）{hint}"


def run() -> None:
    """Console entry point: a bug shows as one line, not a traceback
    (set LAWCHECK_DEBUG=1 to see it); Ctrl-C and SIGTERM stop the run after
    the clean-up of temporary files, with exit codes 130 and 143."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        code = main.main(standalone_mode=False)  # click would turn Ctrl-C into "Aborted!", exit 1
    except Terminated as exc:
        if not exc.reported:  # outputs are written atomically: what exists is whole, nothing half-written is left
            _say_error("已终止；已生成的文件完整可用，未完成的报告没有写出")
        raise
    except SystemExit:
        raise
    except (KeyboardInterrupt, click.exceptions.Abort):
        _say_error("已中断")
        sys.exit(130)
    except click.UsageError as exc:
        _say_error(zh(usage_message(exc)))
        sys.exit(EXIT_ERROR)
    except click.ClickException as exc:  # click's own text would start with "Error:"
        _say_error(exc.format_message())
        sys.exit(exc.exit_code)
    except Exception as exc:
        if os.environ.get("LAWCHECK_DEBUG"):
            raise
        _say_error(f"内部错误（{type(exc).__name__}: {exc}）；设置 LAWCHECK_DEBUG=1 可查看详情")
        sys.exit(EXIT_ERROR)
    sys.exit(code if isinstance(code, int) else EXIT_OK)


if __name__ == "__main__":
    run()
