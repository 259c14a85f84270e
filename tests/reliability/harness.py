"""What the reliability tests share: loads in real separate processes (forked, so the extraction is done once),
the graph a data folder holds, and stopping by PID any server a test left running."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Sequence
from pathlib import Path

from graph.dump import snapshot
from graph.loader import load
from graph.model import Extraction
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Overrides

DEMO = Path(__file__).resolve().parents[2] / "demo" / "corpus"
FILES = sorted(DEMO.iterdir())
FORK = multiprocessing.get_context("fork")


def extractions(groups: Sequence[Sequence[Path]]) -> list[Extraction]:
    return [extract_paths(list(group)) for group in groups]


def load_into(data_dir: Path, extraction: Extraction, overrides: Overrides | None = None) -> None:
    """One load as `ckg load` does it: attach, load, save and release."""
    store = EmbeddedStore(data_dir)
    try:
        load(store, extraction, overrides=overrides)
    finally:
        store.close()


def graph_of(data_dir: Path) -> str:
    """The whole graph the data folder holds, as one comparable JSON text (the server stops again after)."""
    store = EmbeddedStore(data_dir)
    try:
        return snapshot(store).model_dump_json()
    finally:
        store.close()


def sequential(data_dir: Path, loads: Sequence[Extraction]) -> str:
    for extraction in loads:
        load_into(data_dir, extraction)
    return graph_of(data_dir)


def in_processes(targets: Sequence[Callable[[], None]]) -> list[int]:
    """Run each target in its own process, all started together; their exit codes."""
    processes = [FORK.Process(target=target) for target in targets]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    return [process.exitcode if process.exitcode is not None else -1 for process in processes]


def server_pid(data_dir: Path) -> int | None:
    """The PID of the data folder's running server (none if it stopped, even if its pidfile stayed)."""
    try:
        pid = int((data_dir / "falkordb" / "server.pid").read_text().strip())
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(") ", 1)[1][:1]
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError, IndexError):
        return None
    return pid if b"redis-server" in command and state not in "ZX" else None


def servers_of(data_dir: Path) -> list[int]:
    """Every server process whose socket is in this data folder (also one whose pidfile another overwrote)."""
    mark = str(data_dir / "falkordb" / "server.sock").encode()
    found = []
    for entry in Path("/proc").iterdir():
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if entry.name.isdigit() and b"redis-server" in command and mark in command:
            found.append(int(entry.name))
    return found


def stop_server(data_dir: Path) -> None:
    """Kill the data folder's server if a test left it running (by the PID it wrote)."""
    pids = set(servers_of(data_dir))
    pid = server_pid(data_dir)
    if pid is not None:
        pids.add(pid)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
