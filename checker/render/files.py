"""Output files: atomic writes and collision-free output names.

An output is written to a temporary file in the destination folder, flushed
and fsynced, then renamed over the final name (os.replace is atomic on one
file system). Any exception, KeyboardInterrupt included, removes the
temporary file, so an interrupted run never leaves a half-written PDF under
the final name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import RenderError

# Written into every file lawcheck produces (PDF/HTML metadata, .docx core
# properties), so a later batch knows its own output (checker/batch/own.py).
OUTPUT_MARK = "lawcheck-output"
# An annotated copy also carries a fingerprint of its text ("lawcheck-text-<16 hex>" in the keywords): a copy
# whose text the office has since edited (the self-review loop: fix the draft in the annotated copy, check it
# again) is a report again, not lawcheck's output.
TEXT_MARK = "lawcheck-text-"


def docx_text_fingerprint(document_root) -> str:
    """16 hex digits of sha256 over the text of a .docx body (every w:t of word/document.xml, in order):
    the same for the same words whatever Word does to runs, styles or comments on a re-save."""
    tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    h = hashlib.sha256()
    for t in document_root.iter(tag):
        h.update((t.text or "").encode("utf-8"))
    return h.hexdigest()[:16]


TEMP_SUFFIX = ".tmp"
MAX_STEM_BYTES = 120  # leaves room for ".pdf", the temp prefix/suffix, within 255 bytes

_REASONS = {
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "文件系统只读",
    errno.ENOTDIR: "路径中的某一级是文件而不是文件夹",
    errno.EEXIST: "路径中的某一级是文件而不是文件夹",
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "超出磁盘配额",
    errno.EISDIR: "同名的文件夹已存在",
    errno.ENAMETOOLONG: "文件名过长",
}


def _reason(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or type(exc).__name__)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _prepare_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(str(folder), f"输出文件夹不可写：{_reason(exc)}") from None
    if not folder.is_dir():
        raise RenderError(str(folder), "输出文件夹不可写：路径中的某一级是文件而不是文件夹")


def prepare_writable_folder(folder: str | os.PathLike) -> Path:
    """Make `folder` (and its parents) and prove it writable by creating and
    removing a temporary file in it: a folder that exists but is read-only is
    reported as such up front, not later by whatever opens the first file in it."""
    folder = Path(folder)
    _prepare_folder(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".lawcheck-probe.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise RenderError(str(folder), f"输出文件夹不可写：{_reason(exc)}") from None
    os.close(fd)
    os.unlink(tmp)
    return folder


def check_writable_folder(folder: str | os.PathLike) -> None:
    """Raise RenderError when files could not be written into `folder`, without
    creating anything: the folder, or the nearest existing folder above it,
    must be a folder this process may write in (access(2): permissions and a
    read-only file system)."""
    p = Path(os.path.abspath(folder))
    while not p.exists() and p != p.parent:
        p = p.parent
    if not p.is_dir():
        raise RenderError(str(folder), "输出文件夹不可写：路径中的某一级是文件而不是文件夹")
    if not os.access(p, os.W_OK | os.X_OK):
        raise RenderError(str(folder), "输出文件夹不可写：没有写入权限")


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it replaces `path`, on any
    exception it is deleted and `path` is left as it was."""
    path = Path(path)
    folder = path.parent
    _prepare_folder(folder)
    # Ctrl-C / SIGTERM are held while the temporary file is made: a stop between its creation and the `try`
    # below would leave it behind; the held signal arrives inside the `try`, which removes it
    held = _hold_stop_signals()
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:60]}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        _release_stop_signals(held)
        raise RenderError(str(folder), f"输出文件夹不可写：{_reason(exc)}") from None
    except BaseException:
        _release_stop_signals(held)
        raise
    try:
        try:
            _release_stop_signals(held)
        except BaseException:
            os.close(fd)
            raise
        os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual mode
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise RenderError(str(path), f"无法写入输出文件：{_reason(exc)}") from None
        raise
    _fsync_folder(folder)


def _hold_stop_signals():
    """Block SIGINT and SIGTERM for this thread; returns what to restore (None where this cannot be done)."""
    try:
        import signal

        return signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    except (AttributeError, ValueError, OSError):  # no pthread_sigmask (Windows)
        return None


def _release_stop_signals(held) -> None:
    """Restore the mask; a signal that came meanwhile is handled now (its handler may raise)."""
    if held is not None:
        import signal

        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort; not every OS allows it)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    with atomic_open(path) as f:
        f.write(data)
    return Path(path)


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


# ------------------------------------------------------------------ naming

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _safe(name: str) -> str:
    """A file-name part that is valid on Linux, macOS and Windows."""
    name = _UNSAFE.sub("_", name).strip().strip(".").strip()
    encoded = name.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        name = encoded[:MAX_STEM_BYTES].decode("utf-8", "ignore")
    return name


def free_output_stem(
    input_path: str,
    taken: set[str],
    out_dir: str | os.PathLike,
    suffixes: list[str],
    inputs: set[str],
    is_ours: Callable[[str], bool],
) -> str:
    """`output_stem`, skipping any stem whose outputs (`out_dir`/stem+suffix)
    would replace a file the user has: one of the inputs (`lawcheck 草稿.pdf
    --out .` wrote its gap report over 草稿.pdf) or any other existing file
    lawcheck did not write (草稿.pdf exported beside 草稿.docx). lawcheck's own
    earlier outputs are replaced as before. `inputs` holds real paths."""
    for _ in range(1000):
        stem = output_stem(input_path, taken)
        targets = [Path(out_dir) / f"{stem}{s}" for s in suffixes]
        if not any(_users_file(t, inputs, is_ours) for t in targets):
            return stem
    return stem


def _users_file(path: Path, inputs: set[str], is_ours: Callable[[str], bool]) -> bool:
    if not os.path.lexists(path):
        return False
    return os.path.realpath(path) in inputs or not is_ours(str(path))


def output_stem(input_path: str, taken: set[str]) -> str:
    """Stem for the outputs of `input_path`, unique within `taken` (compared
    case-insensitively, as on Windows/macOS file systems); adds it to `taken`.

    First choice is the input's own stem; on a clash the parent folder's name
    is put in front (甲县_报告), then a short hash of the absolute path is
    appended, then a counter.
    """
    from ..pathtext import shown

    p = Path(shown(input_path))
    stem = _safe(p.stem) or "report"
    absolute = os.path.abspath(input_path)
    parent = _safe(Path(shown(absolute)).parent.name)
    digest = hashlib.sha1(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    candidates = [stem]
    if parent:
        candidates.append(_safe(f"{parent}_{stem}"))
    candidates.append(_safe(f"{stem}_{digest}"))
    used = {t.casefold() for t in taken}
    for cand in candidates:
        if cand.casefold() not in used:
            taken.add(cand)
            return cand
    n = 2
    while f"{candidates[-1]}_{n}".casefold() in used:
        n += 1
    chosen = f"{candidates[-1]}_{n}"
    taken.add(chosen)
    return chosen
