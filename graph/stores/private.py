"""The embedded store's data folder is private: created 0700, its files 0600, and never a path another user could
have planted (a symbolic link, or a file or socket someone else owns) is followed or used."""

from __future__ import annotations

import fcntl
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graph.stores.base import StoreUnavailable


def _refuse(path: Path, reason: str) -> StoreUnavailable:
    return StoreUnavailable(f"refusing to use {path}: {reason}. The data folder must be yours alone "
                            "(set CKG_DATA_DIR to a folder you own)")


def checked(path: Path) -> Path:
    """``path`` if it does not exist yet, or is ours and no symbolic link."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path
    if stat.S_ISLNK(info.st_mode):
        raise _refuse(path, "it is a symbolic link")
    if info.st_uid != os.geteuid():
        raise _refuse(path, f"it belongs to another user (uid {info.st_uid})")
    return path


def private_folder(path: Path, tighten: bool = True) -> Path:
    """Create ``path`` 0700 (its missing parents too) or check it; ``tighten`` makes an existing one 0700."""
    checked(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.mkdir(mode=0o700, exist_ok=True)
    checked(path)
    if not path.is_dir():
        raise _refuse(path, "it is not a folder")
    if tighten and stat.S_IMODE(path.stat().st_mode) != 0o700:
        os.chmod(path, 0o700)
    return path


def open_private(path: Path, flags: int = os.O_RDWR) -> int:
    """A descriptor of ``path`` (created 0600), never through a symbolic link, refused if another user owns it."""
    fd = os.open(checked(path), flags | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    if os.fstat(fd).st_uid != os.geteuid():
        os.close(fd)
        raise _refuse(path, "it belongs to another user")
    return fd


def secret(folder: Path) -> str:
    """The server password of this data folder, generated once and kept in a 0600 file."""
    path = folder / "secret"
    if not checked(path).exists():
        with os.fdopen(open_private(path, os.O_WRONLY | os.O_EXCL), "w") as handle:
            handle.write(secrets.token_urlsafe(32))
    with os.fdopen(open_private(path, os.O_RDONLY)) as handle:
        value = handle.read().strip()
    if not value:
        raise StoreUnavailable(f"{path} is empty: delete it and stop any server still running on that folder")
    return value


@contextmanager
def locked(path: Path, mode: int = fcntl.LOCK_EX) -> Iterator[None]:
    """Hold an OS lock on ``path`` (a private file of the data folder) for the block."""
    fd = open_private(path)
    try:
        fcntl.flock(fd, mode)
        yield
    finally:
        os.close(fd)  # closing drops the lock


def free(path: Path) -> bool:
    """Whether no process holds a lock on ``path`` (the kernel drops a lock when its holder dies)."""
    fd = open_private(path)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    finally:
        os.close(fd)
