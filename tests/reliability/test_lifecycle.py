"""Server lifecycle: every attached process holds a lease (a shared lock the kernel drops when the process dies);
the server stops only when no lease is held, so many processes querying at once never lose it under them; a
command killed with unsaved writes leaves them to the next command, which saves them and stops the server."""

from __future__ import annotations

import functools
import os
import random
import signal
import time
from pathlib import Path

from cypher import query
from graph.loader import load
from graph.stores.falkor import EmbeddedStore
from tests.reliability.harness import FILES, extractions, graph_of, in_processes, load_into, server_pid, stop_server

WAVES, CLIENTS = 3, 24


def _query_a_while(folder: Path, seed: int) -> None:
    rng = random.Random(seed)
    time.sleep(rng.uniform(0, 0.3))
    store = EmbeddedStore(folder)
    try:
        for _ in range(rng.randint(1, 5)):
            assert store.read(query("store/stats_nodes.cypher"))
            time.sleep(rng.uniform(0, 0.05))
    finally:
        store.close()


def test_many_concurrent_queries_never_lose_the_server(tmp_path: Path) -> None:
    load_into(tmp_path, extractions([FILES])[0])
    try:
        for wave in range(WAVES):
            codes = in_processes([functools.partial(_query_a_while, tmp_path, wave * CLIENTS + n) for n in range(CLIENTS)])
            assert codes == [0] * CLIENTS, f"wave {wave}: a query lost its server"
            assert server_pid(tmp_path) is None  # and the last one out stopped it
    finally:
        stop_server(tmp_path)


def _load_and_crash(folder: Path) -> None:
    store = EmbeddedStore(folder)
    load(store, extractions([FILES[:2]])[0])
    os.kill(os.getpid(), signal.SIGKILL)  # no close: nothing saved, the server left running


def test_a_crashed_commands_server_is_saved_and_stopped_by_the_next_command(tmp_path: Path) -> None:
    try:
        assert in_processes([functools.partial(_load_and_crash, tmp_path)]) == [-signal.SIGKILL]
        assert server_pid(tmp_path) is not None
        crashed = graph_of(tmp_path)  # the next command: sees the writes, saves them, stops the server
        assert server_pid(tmp_path) is None
        assert '"entities":[]' not in crashed and graph_of(tmp_path) == crashed  # from the snapshot now
    finally:
        stop_server(tmp_path)
