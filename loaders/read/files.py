"""Finding and opening input files without trusting them: folders walked without looping, special files refused
before a byte is read, sizes and times capped, names that cannot be printed refused."""

from __future__ import annotations

import os
import signal
import stat
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

from loaders.read.decode import ReadError

MAX_BYTES = int(os.environ.get("CKG_MAX_BYTES", str(10 * 1024 * 1024)))
MAX_SECONDS = float(os.environ.get("CKG_MAX_SECONDS", "120"))

_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


@dataclass(frozen=True)
class Skipped:
    """A path met while walking folders that cannot be read, with the reason."""

    path: Path
    reason: str


def display(path: Path | str) -> str:
    """The path as it can always be printed and stored: undecodable bytes and control characters escaped."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


def check_name(path: Path) -> None:
    if display(path) != str(path):
        raise ReadError("the file name is not printable UTF-8 text (undecodable bytes or control characters); "
                        "rename the file")


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files as given, folders recursively in a stable order, hidden entries skipped; folders that cannot be
    opened and symbolic-link loops come out as ``Skipped`` so the caller can name them."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, frozenset())
        else:
            yield path


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Path | Skipped]:
    try:
        info = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield Skipped(folder, f"cannot open the folder: {exc.strerror or exc}")
        return
    key = (info.st_dev, info.st_ino)
    if key in ancestors:
        yield Skipped(folder, "symbolic link loop: the link leads back to a folder that contains it")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, ancestors | {key})
        else:
            yield path


def _kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")


def _refuse_special(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise ReadError(f"{_kind(mode)}, not a regular file: refused")


def _too_large(size: int) -> ReadError:
    return ReadError(f"too large: {size / 1e6:.1f} MB, over the {MAX_BYTES / 1e6:g} MB limit (CKG_MAX_BYTES)")


def read_bytes(path: Path) -> bytes:
    """The file's bytes; FIFOs, devices and sockets (also behind a symbolic link) are refused before opening."""
    try:
        _refuse_special(path.stat().st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except FileNotFoundError as exc:
        raise ReadError("broken symbolic link" if path.is_symlink() else "no such file") from exc
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        _refuse_special(info.st_mode)  # swapped between the check and the open
        if info.st_size > MAX_BYTES:
            raise _too_large(info.st_size)
        # as much as the file holds and one byte more: asking for the limit at once allocated 10 MB for every file
        data = handle.read(info.st_size + 1)
        if info.st_size < len(data) <= MAX_BYTES:  # it grew since (or tells no size): read on as far as the limit
            data += handle.read(MAX_BYTES + 1 - len(data))
    if len(data) > MAX_BYTES:
        raise _too_large(len(data))
    return data


def check_length(text: str) -> None:
    """Text unpacked from a small file (a compressed PDF stream) is capped like a file."""
    if len(text) > MAX_BYTES:
        raise ReadError(f"too long: {len(text):,} characters of text, over the {MAX_BYTES:,} limit (CKG_MAX_BYTES)")


class TooSlow(BaseException):
    """A document that took longer than the per-document time limit. Not an Exception, like KeyboardInterrupt:
    the guards that let one extraction rule fail alone (``except Exception``) must not swallow it."""


_LIMITS: list[tuple[str, float]] = []  # the timed blocks running on the main thread (what, seconds), innermost last
_HANDLING: list[bool] = []  # one entry while alarm_handler's block runs


def _expire(signum: int, frame: FrameType | None) -> None:
    if not _LIMITS:
        return  # an alarm that went off as its block ended
    what, seconds = _LIMITS[-1]
    raise TooSlow(f"{what} took longer than {seconds:g} s, the per-document limit (CKG_MAX_SECONDS)")


def _on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def alarm_handler() -> Iterator[None]:
    """The time limits' signal handler, installed once for a block that times many documents: installing it for each
    one costs more than a rule (Python's signal wrapper fails to read the handler it replaces as an enum)."""
    if not _on_main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expire)
    _HANDLING.append(True)
    try:
        yield
    finally:
        _HANDLING.pop()
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def time_limit(what: str, seconds: float = MAX_SECONDS) -> Iterator[None]:
    """Raise ``TooSlow`` when the block runs longer than ``seconds`` (main thread only: signals reach no other)."""
    if seconds <= 0 or not _on_main_thread():
        yield
        return
    with nullcontext() if _HANDLING else alarm_handler():
        _LIMITS.append((what, seconds))
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            _LIMITS.pop()
