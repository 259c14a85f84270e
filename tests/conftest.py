"""Stores for the tests: the real embedded FalkorDB always, Neo4j too whenever NEO4J_URI is set (a throwaway
database: the tests clear it)."""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.stores.base import Store

BACKENDS = ["embedded"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


def open_backend(kind: str, data_dir: Path) -> Store:
    if kind == "embedded":
        from graph.stores.falkor import EmbeddedStore

        return EmbeddedStore(data_dir)
    from graph.stores.neo4j_store import Neo4jStore

    store = Neo4jStore(os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"),
                       os.environ.get("NEO4J_PASSWORD", ""), os.environ.get("NEO4J_DATABASE", "neo4j"))
    store.clear()
    return store


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    opened = open_backend(str(request.param), tmp_path / "data")
    opened.ensure_schema()
    yield opened
    opened.close()


def _servers_under(folder: Path) -> list[int]:
    """PIDs of embedded servers whose socket lies under ``folder`` (the session's temporary folders)."""
    mark = str(folder).encode()
    found = []
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(OSError):
            command = (entry / "cmdline").read_bytes()
            if entry.name.isdigit() and b"redis-server" in command and mark in command:
                found.append(int(entry.name))
    return found


@pytest.fixture(scope="session", autouse=True)
def no_server_left(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every embedded server a test started (the app under AppTest keeps its store open) is stopped by its PID when
    the session ends, whatever the tests did: tests leave no process running."""
    yield
    pids = _servers_under(tmp_path_factory.getbasetemp())
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
            time.sleep(0.1)
