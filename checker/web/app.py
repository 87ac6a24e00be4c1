"""The web application (Starlette): pages in Simplified Chinese and a JSON API.

    GET  /                      home: upload a report (drag and drop, file chooser) or paste its text
    POST /check                 check it -> the result page
    GET  /result/{id}           the result page again (kept an hour)
    GET  /result/{id}/gap-report.pdf | report.json | annotated.docx
    GET  /batch                 batch form: several files or one .zip
    POST /batch                 start a batch -> 303 to /batch/{id}
    GET  /batch/{id}            progress, then the region overview (checker.batch) with links to each result
    GET  /batch/{id}/status     progress as JSON (polled by the page)
    GET  /batch/{id}/summary.csv | summary.xlsx | summary.json | overview.pdf   (as `lawcheck batch` writes them)
    GET  /batch/{id}/summary.pdf  the flat summary table (checker.render.summary)
    POST /api/check             multipart field `file` -> lawcheck/1 JSON (as `lawcheck FILE --format json`)
    GET  /api/rules             the rulebooks and their rules
    GET  /healthz               {"status": "ok", ...}
    GET  /static/{name}         our CSS and JS (nothing else is served from disk)

Every response carries a Content-Security-Policy that allows scripts, styles
and connections from this server only, and no inline script.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import urllib.parse
from collections.abc import AsyncIterator
from pathlib import Path

from starlette.applications import Starlette
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..read.discover import REPORT_SUFFIXES
from ..render.html import jinja_env
from ..resources import data_dir
from . import limits, views, work
from .limits import Refused
from .pool import JobFailed, Pool
from .store import Batch, Result, Store, Unit, _remove, new_id

STATIC_DIR = data_dir("templates") / "web"
STATIC_FILES = {
    "app.css": "text/css; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "icon.svg": "image/svg+xml",
}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
CHECK_TIMEOUT = 120.0
PDF_TIMEOUT = 120.0
SWEEP_SECONDS = 60.0
PASTED_NAME = "粘贴的文本"
# the file pickers offer every format the readers take (.ofd, .mht … too; .doc/.wps get their "save as .docx" message)
_ACCEPT = ",".join(
    [*REPORT_SUFFIXES, "text/plain", "text/html", "application/pdf"]
    + ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]
)
# what a finished batch offers of the files checker.batch wrote: name -> (media type, name given to the browser)
BATCH_FILES = {
    "overview.pdf": ("application/pdf", "区域总览.pdf"),
    "summary.xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "汇总表.xlsx"),
    "summary.json": ("application/json; charset=utf-8", "汇总.json"),
}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("lawcheck")
    except PackageNotFoundError:
        return "0"


class SecurityHeaders:
    """ASGI middleware: CSP and friends on every response."""

    HEADERS = (
        (b"content-security-policy", CSP.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
    )

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in self.HEADERS if k not in names]
                if b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------- uploads


async def read_form(request: Request, limit: int, max_files: int) -> FormData:
    """The multipart form, reading at most `limit` bytes of body: past it,
    Refused(413) and the rest of the body is not read."""
    ctype = request.headers.get("content-type", "")
    if not ctype.lower().startswith("multipart/form-data"):
        raise Refused(400, "请求格式不对：应以 multipart/form-data 上传文件（表单字段 file）")
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise Refused(413, _too_large(limit))

    async def capped() -> AsyncIterator[bytes]:
        seen = 0
        async for chunk in request.stream():
            seen += len(chunk)
            if seen > limit:
                raise Refused(413, _too_large(limit))
            yield chunk

    parser = MultiPartParser(
        request.headers, capped(), max_files=max_files, max_fields=20, max_part_size=limits.MAX_FILE_BYTES + 1024
    )
    try:
        return await parser.parse()
    except MultiPartException as exc:
        raise Refused(400, f"上传的表单无法解析（{exc.message}）") from None


def _too_large(limit: int) -> str:
    return f"文件过大：超过上限 {limit // 1024 // 1024} MB；请拆分后再检查"


async def save_upload(upload: UploadFile, dest: Path) -> int:
    """Copy an uploaded file to a server-named path; Refused(413) past the limit."""
    size = 0
    with open(dest, "wb") as out:
        while True:
            chunk = await upload.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > limits.MAX_FILE_BYTES:
                raise Refused(413, f"文件过大：超过上限 {limits.MAX_FILE_BYTES // 1024 // 1024} MB；请拆分后再检查")
            out.write(chunk)
    return size


async def _form_single(request: Request, folder: Path) -> tuple[Path, str, str | None]:
    """One report from the form: the file field, else pasted text. Returns
    (stored path, display name, rulebook id or None)."""
    form = await read_form(request, limits.MAX_FILE_BYTES + limits.MULTIPART_SLACK, max_files=1)
    try:
        rulebook = _rulebook_field(form.get("rulebook"))
        upload = form.get("file")
        path = folder / "0001.bin"
        if isinstance(upload, UploadFile) and (upload.filename or upload.size):
            size = await save_upload(upload, path)
            display = limits.display_name(upload.filename)
            if size == 0:
                raise Refused(400, f"{display}：文件为空（没有任何文字）")
            return path, display, rulebook
        text = form.get("text")
        if isinstance(text, str) and text.strip():
            data = text.replace("\r\n", "\n").encode("utf-8")
            if len(data) > limits.MAX_FILE_BYTES:
                raise Refused(413, _too_large(limits.MAX_FILE_BYTES))
            path.write_bytes(data)
            return path, PASTED_NAME, rulebook
        raise Refused(400, "没有收到报告：请选择一个文件（表单字段 file），或粘贴报告全文")
    finally:
        await form.close()


def _rulebook_field(value) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    from ..rulebook import national

    known = [b.id for b in national()]
    if value.strip() not in known:
        raise Refused(400, f"没有这个规则库：{limits.display_name(value)}；可用：{'、'.join(known)}")
    return value.strip()


# ---------------------------------------------------------------- the app


class Server:
    """State shared by the handlers: the pool, the store, the janitor."""

    def __init__(self, jobs: int):
        self.pool = Pool(jobs)
        self.store: Store | None = None
        self.batch_slots = asyncio.Semaphore(max(1, self.pool.workers - 1))  # leave a worker for single checks
        self.annotate = work.annotate_available()
        self.started = time.time()

    @contextlib.asynccontextmanager
    async def lifespan(self, app):
        self.store = Store()
        self.pool.warm()
        janitor = asyncio.create_task(self._sweep())
        try:
            yield
        finally:
            janitor.cancel()
            self.pool.shutdown()
            self.store.close()

    async def _sweep(self):
        while True:
            await asyncio.sleep(SWEEP_SECONDS)
            self.store.sweep()

    # -- pages

    def page(self, name: str, status: int = 200, **context) -> HTMLResponse:
        context.setdefault("annotate", self.annotate)
        context.setdefault("accept", _ACCEPT)
        html = jinja_env().get_template(f"web/{name}.html.j2").render(**context)
        return HTMLResponse(html, status_code=status)

    async def home(self, request: Request):
        return self.page("home", limit_mb=limits.MAX_FILE_BYTES // 1024 // 1024, error=None)

    async def check_page(self, request: Request):
        try:
            result = await self._check(request)
        except Refused as exc:
            return _closing(
                self.page("home", status=exc.status, limit_mb=limits.MAX_FILE_BYTES // 1024 // 1024, error=exc.message),
                exc,
            )
        return self.page("result", **views.result_view(result, self.annotate))

    async def result_page(self, request: Request):
        result = self._result(request)
        return self.page("result", **views.result_view(result, self.annotate))

    async def _check(self, request: Request, for_page: bool = True) -> Result:
        """Check the uploaded report; for a page also the text beside it and the annotated .docx."""
        upload_dir = self.store.folder("up-")
        result_dir = self.store.folder("res-")
        try:
            path, display, rulebook = await _form_single(request, upload_dir)
            try:
                out = await self.pool.run(
                    work.check_upload,
                    str(path),
                    display,
                    rulebook,
                    str(result_dir) if for_page else None,
                    for_page,
                    timeout=CHECK_TIMEOUT,
                )
            except JobFailed as exc:
                raise Refused(500, f"{display}：{exc.message}") from None
            if out.error:
                raise Refused(out.status, f"{display}：{out.error}")
        except BaseException:
            _remove(result_dir)
            raise
        finally:
            _remove(upload_dir)  # the upload is not kept past its check
        result = Result(
            new_id(),
            display,
            out.report,
            out.lines,
            out.lines_cut,
            out.format,
            result_dir,
            annotated=Path(out.annotated) if out.annotated else None,
        )
        self.store.add(result)
        return result

    def _result(self, request: Request) -> Result:
        result = self.store.result(request.path_params["rid"])
        if result is None:
            raise HTTPException(404, "这个检查结果不存在或已过期（结果保留一小时），请重新上传")
        return result

    # -- downloads

    async def result_pdf(self, request: Request):
        result = self._result(request)
        async with result.pdf_lock:
            if result.pdf is None or not result.pdf.exists():
                out = result.folder / "gap-report.pdf"
                try:
                    error = await self.pool.run(work.render_pdf, result.report, str(out), timeout=PDF_TIMEOUT)
                except JobFailed as exc:
                    error = exc.message
                if error:
                    raise HTTPException(500, f"生成 PDF 差距报告失败：{error}")
                result.pdf = out
        return FileResponse(
            result.pdf, media_type="application/pdf", headers=_attachment(_stem(result.display) + "-差距报告.pdf")
        )

    async def result_json(self, request: Request):
        result = self._result(request)
        body = json.dumps(result.report.to_dict(), ensure_ascii=False, indent=2)
        return Response(
            body, media_type="application/json; charset=utf-8", headers=_attachment(_stem(result.display) + ".json")
        )

    async def result_docx(self, request: Request):
        result = self._result(request)
        if result.annotated is None or not result.annotated.exists():
            raise HTTPException(404, "没有这份报告的批注版 Word 文件")
        return FileResponse(
            result.annotated,
            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            headers=_attachment(_stem(result.display) + "-批注版.docx"),
        )

    # -- batch

    async def batch_form(self, request: Request):
        return self.page("batch", b=None, error=None, **self._batch_limits())

    def _batch_limits(self) -> dict:
        return {
            "max_files": limits.MAX_BATCH_FILES,
            "max_mb": limits.MAX_BATCH_BYTES // 1024 // 1024,
            "zip_entries": limits.MAX_ZIP_ENTRIES,
            "zip_mb": limits.MAX_ZIP_TOTAL // 1024 // 1024,
        }

    async def batch_start(self, request: Request):
        folder = self.store.folder("batch-")
        try:
            units = await self._batch_units(request, folder)
        except Refused as exc:
            _remove(folder)
            return _closing(
                self.page("batch", status=exc.status, b=None, error=exc.message, **self._batch_limits()), exc
            )
        except BaseException:
            _remove(folder)
            raise
        batch = Batch(new_id(), folder, units)
        self.store.batches[batch.id] = batch
        batch.task = asyncio.create_task(self._run_batch(batch))
        return RedirectResponse(f"/batch/{batch.id}", status_code=303)

    async def _batch_units(self, request: Request, folder: Path) -> list[Unit]:
        form = await read_form(request, limits.MAX_BATCH_BYTES, max_files=limits.MAX_BATCH_FILES)
        units: list[Unit] = []
        try:
            uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and (f.filename or f.size)]
            if not uploads:
                raise Refused(400, "没有收到文件：请选择几份报告，或一个 .zip 压缩包")
            for no, upload in enumerate(uploads, 1):
                display = limits.display_name(upload.filename)
                path = folder / f"{no:04d}.bin"  # a name the server makes up
                try:
                    await save_upload(upload, path)
                    kind = limits.sniff(path)
                except Refused as exc:
                    path.unlink(missing_ok=True)
                    units.append(Unit(no, display, None, "failed", error=exc.message))
                    continue
                if kind != "zip":
                    units.append(Unit(no, display, path))
                    continue
                zip_dir = folder / f"zip{no:04d}"
                zip_dir.mkdir()
                members = await asyncio.to_thread(limits.expand_zip, path, zip_dir, 1)
                path.unlink(missing_ok=True)
                for m in members:
                    units.append(
                        Unit(
                            len(units) + 1,
                            f"{display}/{m.display}",
                            m.path,
                            "failed" if m.error else "queued",
                            error=m.error,
                            zip=display,
                            folders=m.folders,
                        )
                    )
                if len(units) > limits.MAX_ZIP_ENTRIES + limits.MAX_BATCH_FILES:
                    raise Refused(413, "文件过多：请分批上传")
        finally:
            await form.close()
        seen: set[str] = set()
        for n, u in enumerate(units, 1):
            u.no = n
            base, k = u.display, 2
            while u.display in seen:  # one name, one row and one link in the overview
                u.display, k = f"{base}（{k}）", k + 1
            seen.add(u.display)
        if not units:
            raise Refused(400, "压缩包中没有可检查的报告文件（txt/docx/pdf/ofd/html/htm）")
        return units

    async def _run_batch(self, batch: Batch):
        async def one(unit: Unit):
            if unit.state != "queued":
                return
            async with self.batch_slots:
                unit.state = "running"
                rdir = batch.folder / f"r{unit.no:04d}"
                rdir.mkdir(exist_ok=True)
                try:
                    out = await self.pool.run(
                        work.check_upload,
                        str(unit.path),
                        unit.display,
                        None,
                        str(rdir),
                        True,
                        True,
                        timeout=CHECK_TIMEOUT,
                    )
                except JobFailed as exc:
                    out = work.Outcome(error=exc.message, status=500)
                finally:
                    if unit.path is not None:
                        unit.path.unlink(missing_ok=True)  # the upload is not kept past its check
                if out.skipped:  # a file lawcheck wrote: skipped, not counted, as `lawcheck batch` does
                    unit.state, unit.error = "skipped", out.skipped
                    return
                if out.error:
                    unit.state, unit.error = "failed", out.error
                    return
                result = Result(
                    new_id(),
                    unit.display,
                    out.report,
                    out.lines,
                    out.lines_cut,
                    out.format,
                    rdir,
                    annotated=Path(out.annotated) if out.annotated else None,
                    batch=batch.id,
                )
                self.store.add(result)
                unit.result, unit.score, unit.facts, unit.state = result.id, out.report.score, out.facts, "done"

        try:
            await asyncio.gather(*(one(u) for u in batch.units))
            batch.stage = "overview"
            await self._batch_overview(batch)
        finally:
            batch.stage, batch.finished = "done", time.monotonic()

    async def _batch_overview(self, batch: Batch):
        """The region overview and its downloads, written by checker.batch in a
        worker (overview.pdf takes a second or two) from the results at hand."""
        results = self._live_results()
        regions = views.unit_regions(batch.units)
        items = []
        for u, region in zip(batch.units, regions):
            r = results.get(u.result) if u.result else None
            if r is not None:
                items.append({"file": u.display, "region": region, "report": r.report.to_dict(), "facts": u.facts})
            elif u.state == "skipped":
                items.append({"file": u.display, "region": region, "skipped": u.error})
            else:
                items.append({"file": u.display, "region": region, "error": u.error or "无法检查"})
        out_dir = batch.folder / "out"
        out_dir.mkdir(exist_ok=True)
        try:
            made = await self.pool.run(work.batch_outputs, str(out_dir), items, timeout=PDF_TIMEOUT)
        except JobFailed as exc:
            made = {"error": exc.message}
        if made.get("error"):
            batch.overview_error = made["error"]
            return
        batch.out_dir, batch.overview = out_dir, made["summary"]

    def _batch(self, request: Request) -> Batch:
        batch = self.store.batch(request.path_params["bid"])
        if batch is None:
            raise HTTPException(404, "这个批次不存在或已过期（结果保留一小时），请重新上传")
        return batch

    async def batch_page(self, request: Request):
        batch = self._batch(request)
        return self.page("batch", b=views.batch_view(batch, self._live_results()), error=None, **self._batch_limits())

    def _live_results(self) -> dict[str, Result]:
        return {rid: r for rid in list(self.store.results) if (r := self.store.result(rid)) is not None}

    async def batch_status(self, request: Request):
        return JSONResponse(views.batch_status(self._batch(request)))

    def _batch_items(self, batch: Batch) -> list:
        from ..render.summary import Item

        results = self._live_results()
        items = []
        for u in batch.units:
            r = results.get(u.result) if u.result else None
            items.append(Item(u.display, r.report if r else None, None if r else (u.error or "无法检查")))
        return items

    def _batch_file(self, request: Request, name: str) -> Path | None:
        """One of the files checker.batch wrote for a finished batch (fixed names), or None."""
        batch = self._batch(request)
        if batch.finished is None:
            raise HTTPException(409, "批次尚未检查完，请稍候")
        path = batch.out_dir / name if batch.out_dir else None
        return path if path is not None and path.is_file() else None

    async def batch_download(self, request: Request):
        name = request.path_params["name"]
        if name not in BATCH_FILES:
            raise HTTPException(404, "没有这个文件")
        path = self._batch_file(request, name)
        if path is None:
            raise HTTPException(404, "这个批次没有生成区域总览")
        media, shown = BATCH_FILES[name]
        return FileResponse(path, media_type=media, headers=_attachment(shown))

    async def batch_csv(self, request: Request):
        from ..render.summary import summary_csv

        path = self._batch_file(request, "summary.csv")
        if path is not None:  # the region audit's table (as `lawcheck batch`)
            return FileResponse(path, media_type="text/csv; charset=utf-8", headers=_attachment("汇总表.csv"))
        batch = self._batch(request)
        return Response(
            summary_csv(self._batch_items(batch)),
            media_type="text/csv; charset=utf-8",
            headers=_attachment("汇总表.csv"),
        )

    async def batch_pdf(self, request: Request):
        batch = self._batch(request)
        if batch.finished is None:
            raise HTTPException(409, "批次尚未检查完，请稍候")
        async with batch.pdf_lock:
            if batch.summary_pdf is None or not batch.summary_pdf.exists():
                out = batch.folder / "summary.pdf"
                try:
                    error = await self.pool.run(
                        work.render_summary_pdf, self._batch_items(batch), str(out), timeout=PDF_TIMEOUT
                    )
                except JobFailed as exc:
                    error = exc.message
                if error:
                    raise HTTPException(500, f"生成汇总表 PDF 失败：{error}")
                batch.summary_pdf = out
        return FileResponse(batch.summary_pdf, media_type="application/pdf", headers=_attachment("汇总表.pdf"))

    # -- API

    async def api_check(self, request: Request):
        try:
            result = await self._check(request, for_page=False)
        except Refused as exc:
            return _closing(_api_error(exc), exc)
        self.store.results.pop(result.id, None)  # the API keeps nothing
        _remove(result.folder)
        return JSONResponse(result.report.to_dict())

    async def api_rules(self, request: Request):
        from ..rulebook import national

        books = []
        for book in national():
            books.append(
                {
                    "id": book.id,
                    "name": book.name,
                    "version": book.version,
                    "years": list(book.years),
                    "chain": book.chain,
                    "rules": [
                        {
                            "id": r.id,
                            "kind": r.kind,
                            "category": r.category,
                            "name": r.name,
                            "short": r.short,
                            "source": r.source,
                            "weight": r.weight,
                            "severity": r.severity,
                            "fix": r.fix,
                            "heading": r.heading,
                            "where": r.where,
                            "enabled": r.enabled,
                        }
                        for r in book.rules
                    ],
                }
            )
        return JSONResponse({"schema": "lawcheck-rules/1", "rulebooks": books})

    async def healthz(self, request: Request):
        return JSONResponse(
            {
                "status": "ok",
                "version": _version(),
                "workers": self.pool.workers,
                "uptime": round(time.time() - self.started, 1),
            }
        )

    async def static(self, request: Request):
        name = request.path_params["name"]
        if name not in STATIC_FILES:
            raise HTTPException(404, "没有这个文件")
        return FileResponse(STATIC_DIR / name, media_type=STATIC_FILES[name], headers={"cache-control": "no-cache"})

    # -- errors

    async def http_error(self, request: Request, exc: HTTPException):
        message = (
            exc.detail
            if isinstance(exc.detail, str) and not exc.detail.isascii()
            else _STATUS_ZH.get(exc.status_code, "请求有误")
        )
        if (
            request.url.path.startswith("/api/")
            or request.url.path == "/healthz"
            or request.url.path.endswith("/status")
        ):
            return JSONResponse({"error": message, "status": exc.status_code}, status_code=exc.status_code)
        return self.page("error", status=exc.status_code, message=message, code=exc.status_code)

    async def refused(self, request: Request, exc: Refused):
        if request.url.path.startswith("/api/"):
            response = _api_error(exc)
        else:
            response = self.page("error", status=exc.status, message=exc.message, code=exc.status)
        return _closing(response, exc)


def _api_error(exc: Refused) -> JSONResponse:
    return JSONResponse({"schema": "lawcheck/1", "error": exc.message, "status": exc.status}, status_code=exc.status)


def _closing(response: Response, exc: Refused) -> Response:
    """Past the size limit the rest of the body is not read: the connection closes after the answer."""
    if exc.status == 413:
        response.headers["connection"] = "close"
    return response


_STATUS_ZH = {
    404: "没有这个页面",
    405: "不支持这种请求方式",
    409: "请稍候再试",
    413: "上传的内容过大",
    500: "服务器内部错误",
}


def _stem(display: str) -> str:
    stem = Path(display).stem if "." in display else display
    return "".join(ch for ch in stem if ch not in '\\/:*?"<>|')[:60] or "报告"


def _attachment(filename: str) -> dict:
    """Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266/5987)."""
    ascii_name = "".join(ch if ch.isascii() and ch.isalnum() or ch in "-_." else "_" for ch in filename)
    quoted = urllib.parse.quote(filename, safe="")
    return {"content-disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quoted}"}


def create_app(jobs: int = 1) -> Starlette:
    s = Server(jobs)
    routes = [
        Route("/", s.home),
        Route("/check", s.check_page, methods=["POST"]),
        Route("/result/{rid}", s.result_page),
        Route("/result/{rid}/gap-report.pdf", s.result_pdf),
        Route("/result/{rid}/report.json", s.result_json),
        Route("/result/{rid}/annotated.docx", s.result_docx),
        Route("/batch", s.batch_form),
        Route("/batch", s.batch_start, methods=["POST"]),
        Route("/batch/{bid}", s.batch_page),
        Route("/batch/{bid}/status", s.batch_status),
        Route("/batch/{bid}/summary.csv", s.batch_csv),
        Route("/batch/{bid}/summary.pdf", s.batch_pdf),
        Route("/batch/{bid}/{name}", s.batch_download),
        Route("/api/check", s.api_check, methods=["POST"]),
        Route("/api/rules", s.api_rules),
        Route("/healthz", s.healthz),
        Route("/static/{name}", s.static),
    ]
    app = Starlette(
        routes=routes, lifespan=s.lifespan, exception_handlers={HTTPException: s.http_error, Refused: s.refused}
    )
    app.state.server = s
    return SecurityHeaders(app)
