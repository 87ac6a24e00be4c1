"""Start the web server: bind first (a clear Chinese message if the port is
taken), then run uvicorn on that socket until Ctrl-C or SIGTERM."""

from __future__ import annotations

import ipaddress
import socket
import sys

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; OSError when the address cannot be used."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if family == socket.AF_INET6:
        sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}/"


def warning_for(host: str) -> str | None:
    if is_loopback(host):
        return None
    return (
        f"警告：服务监听在 {host}，不只是本机；任何能访问这个地址的人都可以上传文件并查看检查结果。"
        "只在可信的内部网络中这样做；仅供本机使用时请用默认的 --host 127.0.0.1。"
    )


def bind_problem(exc: BaseException) -> str:
    """Why the address could not be used, and what to do, in Chinese (the
    system's own text is English)."""
    import errno
    import socket

    code = getattr(exc, "errno", None)
    if code == errno.EADDRINUSE:
        return "端口已被占用；可用 --port 换一个端口"
    if code == errno.EACCES:
        return "没有使用这个端口的权限（1024 以下的端口需要管理员权限）；可用 --port 换一个端口"
    if isinstance(exc, (socket.gaierror, UnicodeError)) or code == errno.EADDRNOTAVAIL:
        return "本机没有这个地址；--host 应为本机的 IP 地址，如 127.0.0.1（只允许本机访问）或 0.0.0.0（所有网卡）"
    return f"{getattr(exc, 'strerror', None) or exc}；可用 --port 换一个端口，或检查 --host"


def serve(host: str, port: int, jobs: int) -> int:
    """Run until stopped; returns an exit code (2 when the address cannot be used)."""
    try:
        sock = bind(host, port)
    except (OSError, UnicodeError) as exc:
        print(f"lawcheck: 无法在 {host}:{port} 上启动网页服务：{bind_problem(exc)}", file=sys.stderr)
        return 2
    import uvicorn

    from .app import create_app

    port = sock.getsockname()[1]
    warning = warning_for(host)
    if warning:
        print(warning, file=sys.stderr, flush=True)
    config = uvicorn.Config(
        create_app(jobs),
        log_level="warning",
        access_log=False,
        lifespan="on",
        server_header=False,
        date_header=True,
        timeout_graceful_shutdown=5,
        limit_concurrency=500,
        timeout_keep_alive=5,
    )
    ready = f"lawcheck 网页服务已启动：{url_of(host, port)}（{jobs} 个检查进程；按 Ctrl-C 停止）"

    class Server(uvicorn.Server):
        async def startup(self, sockets=None) -> None:
            # "started" only once uvicorn has its signal handlers and the socket accepts: a SIGTERM
            # that came earlier could land in a finalizer during start-up, where Python drops the
            # SystemExit it raises, and the server would run on
            await super().startup(sockets=sockets)
            if not self.should_exit:
                print(ready, flush=True)

    Server(config).run(sockets=[sock])
    return 0
