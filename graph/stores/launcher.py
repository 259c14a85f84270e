"""One embedded FalkorDB server per data folder, shared by every process that uses that folder.

The first process starts `redis-server` with the FalkorDB module on a private Unix socket, behind a password kept
in the folder (see private.py), and makes sure it answers (see server.py); later ones attach. A start-up lock keeps
two processes from starting two servers on the same files. Every attached store holds a shared lock on
``clients.lock`` (the kernel drops it if the process dies), so the server stops only when no one else holds it: the
last one out saves and shuts it down, and a command that crashed leaves its unsaved writes to the next one.
Persistence is by snapshot (stack.md: an append-only log replays every load and takes minutes): Redis writes it to
a temporary file, fsyncs and renames it; the snapshot before is kept as ``graph.rdb.prev``. A save that fails is an
error, never a silent loss.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import redis

from graph.stores.base import StoreUnavailable as StoreUnavailable
from graph.stores.private import checked, free, locked, open_private, private_folder, secret
from graph.stores.server import ping, started
from graph.stores.snapshot import PREVIOUS, SNAPSHOT, save


@dataclass
class Attachment:
    """A store's hold on the data folder's server: a client and a shared lock that says 'in use'."""

    folder: Path
    socket: Path
    password: str
    client: redis.Redis
    lease: int


def store_folder(data_dir: Path) -> Path:
    private_folder(data_dir, tighten=False)
    return private_folder(data_dir / "falkordb")


def attach(data_dir: Path) -> Attachment:
    """A client of the data folder's server, starting it if none is running."""
    folder = store_folder(data_dir)
    socket = folder / "server.sock"
    with locked(folder / "start.lock"):
        password = secret(folder)
        client = ping(socket, password) or started(folder, socket, password)
        lease = open_private(folder / "clients.lock")
        fcntl.flock(lease, fcntl.LOCK_SH)
    return Attachment(folder, socket, password, client, lease)


def _save_if_needed(client: redis.Redis, folder: Path, wrote: bool) -> bool:
    """Save what is not on disk (ours, or a crashed command's); False if the server is gone and nothing was ours."""
    try:
        dirty = int(client.info("persistence").get("rdb_changes_since_last_save", 0))
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        if wrote:
            raise StoreUnavailable(f"the embedded store in {folder} stopped before it could save: what this "
                                   "command wrote is not on disk: run it again") from exc
        return False
    if wrote or dirty:
        save(client, folder)
    return True


def release(attachment: Attachment, wrote: bool) -> None:
    """Drop this store's lease after saving; the last one out shuts the server down."""
    folder, client = attachment.folder, attachment.client
    try:
        with locked(folder / "start.lock"):
            os.close(attachment.lease)
            if _save_if_needed(client, folder, wrote) and free(folder / "clients.lock"):
                with contextlib.suppress(redis.ConnectionError):  # the server closes the connection as it stops
                    client.shutdown(nosave=True)
    finally:
        client.close()


def use_previous_snapshot(data_dir: Path) -> Path:
    """Put the kept snapshot back in place of a damaged one (the server must be stopped); the damaged file stays."""
    folder = store_folder(data_dir)
    snapshot, previous, damaged = folder / SNAPSHOT, folder / PREVIOUS, folder / f"{SNAPSHOT}.damaged"
    with locked(folder / "start.lock"):
        if ping(folder / "server.sock", secret(folder)) is not None:
            raise StoreUnavailable(f"the store in {folder} is running: its snapshot loaded, so there is nothing to repair")
        if not checked(previous).exists():
            raise StoreUnavailable(f"no previous snapshot is kept in {folder}: move {snapshot} away to start empty, "
                                   "then load the documents again")
        if checked(snapshot).exists():
            os.replace(snapshot, checked(damaged))
        shutil.copy2(previous, snapshot)
    return damaged
