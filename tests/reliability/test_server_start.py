"""A server that does not answer right after it starts is killed and started again: FalkorDB 4.16 can start with
its global lock broken, and then its first graph query (or the loading of a snapshot) waits forever. Nothing is
lost, no server is left behind, and a server that never answers is a clear error."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from graph.dump import snapshot
from graph.stores import server
from graph.stores.base import StoreUnavailable
from graph.stores.falkor import EmbeddedStore
from tests.reliability.harness import FILES, extractions, graph_of, load_into, servers_of, stop_server

Hook = Callable[[int], None]


def _pid(data_dir: Path) -> int:
    """The PID a server wrote (a daemon writes it a moment after `redis-server` returns)."""
    pidfile = data_dir / "falkordb" / "server.pid"
    deadline = time.monotonic() + 10
    while not pidfile.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return int(pidfile.read_text().strip())


def _break_first_server_before(monkeypatch: pytest.MonkeyPatch, name: str, data_dir: Path, hook: Hook) -> list[int]:
    """Run ``hook`` on the first server's PID just before server.``name`` first runs; the broken PIDs."""
    real = getattr(server, name)
    broken: list[int] = []

    def breaking(*args: object) -> object:
        if not broken and (data_dir / "falkordb" / "server.pid").exists():
            broken.append(_pid(data_dir))
            hook(broken[0])
        return real(*args)

    monkeypatch.setattr(server, name, breaking)
    return broken


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    monkeypatch.setattr(server, "START_TIMEOUT", 3.0)
    monkeypatch.setattr(server, "ANSWER_TIMEOUT", 1.0)
    data = tmp_path / "data"
    yield data
    stop_server(data)


def _stop(pid: int) -> None:
    os.kill(pid, signal.SIGSTOP)


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1][:1] in "ZX"
    except OSError:
        return True


def test_a_new_server_that_stops_answering_is_started_again(quick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = _break_first_server_before(monkeypatch, "_answers_a_graph_query", quick, _stop)
    load_into(quick, extractions([FILES])[0])
    assert broken and _gone(broken[0])
    assert "OMD" in graph_of(quick) and servers_of(quick) == []


def test_a_server_that_hangs_loading_its_snapshot_is_started_again(quick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_into(quick, extractions([FILES])[0])
    before = graph_of(quick)
    broken = _break_first_server_before(monkeypatch, "ping", quick, _stop)
    assert graph_of(quick) == before
    assert broken and _gone(broken[0]) and servers_of(quick) == []


def _break_falkordb_lock(pid: int) -> None:
    """What FalkorDB 4.16's start-up race leaves: its global lock's reader count underflowed (seen with gdb)."""
    subprocess.run(["gdb", "-p", str(pid), "-batch", "-ex", "set {unsigned int}&_globals = 0xfffffffa"],
                   capture_output=True, check=True, timeout=60)


@pytest.mark.skipif(shutil.which("gdb") is None, reason="gdb breaks the server's lock as FalkorDB's race does")
def test_a_server_started_with_falkordbs_lock_broken_is_started_again(quick: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    broken = _break_first_server_before(monkeypatch, "_answers_a_graph_query", quick, _break_falkordb_lock)
    store = EmbeddedStore(quick)
    try:
        assert broken and _gone(broken[0])
        assert snapshot(store).entities == []
    finally:
        store.close()


def test_a_server_that_never_answers_is_a_clear_error(quick: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = server._start

    def stopped_at_once(folder: Path, socket: Path, password: str) -> None:
        real(folder, socket, password)
        _stop(_pid(quick))

    monkeypatch.setattr(server, "_start", stopped_at_once)
    with pytest.raises(StoreUnavailable, match=r"did not start and answer within 3 s"):
        EmbeddedStore(quick)
    assert servers_of(quick) == []
