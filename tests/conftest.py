"""Stores for the tests: the real embedded FalkorDB always, and a real Neo4j: the one NEO4J_URI names (a throwaway
database: the tests clear it) or, when java and mvn are present, a Neo4j 5.26 the session starts from
neo4j-server/ and stops at the end (tests/neo4j_server.py). Under CI=true a missing Java or Maven is an error."""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.stores.base import Store
from tests.neo4j_server import start, tools_present

EXTERNAL_NEO4J = bool(os.environ.get("NEO4J_URI"))
if not EXTERNAL_NEO4J and not tools_present() and os.environ.get("CI"):
    raise RuntimeError("CI=true: the Neo4j tests need java (17+) and mvn on PATH (bash scripts/system.sh --neo4j)")
NEO4J = pytest.param("neo4j", marks=pytest.mark.skipif(not (EXTERNAL_NEO4J or tools_present()),
                                                      reason="no NEO4J_URI and no java/mvn to start a Neo4j"))
BACKENDS = ["embedded", NEO4J]


@pytest.fixture(scope="session")
def neo4j_env() -> Iterator[dict[str, str]]:
    """NEO4J_* of a running Neo4j, set in os.environ for the session (and the CLI and app it starts)."""
    if EXTERNAL_NEO4J:
        yield {k: v for k, v in os.environ.items() if k.startswith("NEO4J_")}
        return
    server = start()
    try:
        with pytest.MonkeyPatch.context() as patch:
            for key, value in server.env.items():
                patch.setenv(key, value)
            yield server.env
    finally:
        server.stop()


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
    if request.param == "neo4j":
        request.getfixturevalue("neo4j_env")
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


def _stop_servers_under(folder: Path) -> None:
    pids = _servers_under(folder)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in pids):
            time.sleep(0.1)


@pytest.fixture(scope="session", autouse=True)
def no_server_left(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Every embedded server a test started is stopped by its PID when the process ends: registered first, this runs
    after the app's own exit handlers have closed (and saved) the stores they keep open under AppTest, so it only
    stops what they left. Tests leave no process running."""
    atexit.register(_stop_servers_under, tmp_path_factory.getbasetemp())
    yield
