"""Durable or it fails: a command whose save fails, or whose server dies before saving, exits with an error; the
snapshot before the last one is kept, and a damaged snapshot is named with the way back to the kept one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.stores.base import StoreUnavailable
from graph.stores.falkor import EmbeddedStore
from tests.reliability.harness import FILES, extractions, graph_of, load_into, server_pid, stop_server

ROOT = Path(__file__).resolve().parents[2]


def _ckg(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CKG_DATA_DIR": str(data_dir), "CKG_STORE": "embedded"}
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def test_a_save_that_cannot_be_written_fails_the_command(tmp_path: Path) -> None:
    holder = EmbeddedStore(tmp_path)  # keeps the server up while the snapshot's place is taken
    try:
        (tmp_path / "falkordb" / "graph.rdb").mkdir()
        (tmp_path / "falkordb" / "graph.rdb" / "in-the-way").write_text("x")
        result = _ckg(tmp_path, "load", str(FILES[0]))
        assert result.returncode != 0, result.stderr
        assert "graph.rdb" in result.stderr and "not on disk" in result.stderr and "loaded" not in result.stderr
        with pytest.raises(StoreUnavailable, match=r"graph\.rdb"):
            holder.close()  # the unsaved load is still in memory: this one cannot save it either
    finally:
        stop_server(tmp_path)


def test_a_server_that_dies_before_saving_fails_the_command(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    try:
        from graph.loader import load

        load(store, extractions([FILES[:1]])[0])
        pid = server_pid(tmp_path)
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        with pytest.raises(StoreUnavailable, match="not on disk"):
            store.close()
    finally:
        stop_server(tmp_path)


def test_a_damaged_snapshot_is_named_and_the_previous_one_restores(tmp_path: Path) -> None:
    first, second = extractions([FILES[:2], FILES[2:3]])
    load_into(tmp_path, first)
    after_first = graph_of(tmp_path)
    load_into(tmp_path, second)
    snapshot = tmp_path / "falkordb" / "graph.rdb"
    assert (tmp_path / "falkordb" / "graph.rdb.prev").exists()
    snapshot.write_bytes(snapshot.read_bytes()[: snapshot.stat().st_size // 2])  # torn, as by a full disk
    try:
        result = _ckg(tmp_path, "stats")
        assert result.returncode == 2
        assert str(snapshot) in result.stderr and "damaged" in result.stderr
        assert "ckg repair --previous-snapshot" in result.stderr
        stop_server(tmp_path)  # the crashed server may linger a moment
        repaired = _ckg(tmp_path, "repair", "--previous-snapshot")
        assert repaired.returncode == 0, repaired.stderr
        assert (tmp_path / "falkordb" / "graph.rdb.damaged").exists()
        assert graph_of(tmp_path) == after_first
    finally:
        stop_server(tmp_path)


def test_a_damaged_snapshot_without_an_earlier_one_says_so(tmp_path: Path) -> None:
    load_into(tmp_path, extractions([FILES[:1]])[0])
    snapshot = tmp_path / "falkordb" / "graph.rdb"
    snapshot.write_bytes(snapshot.read_bytes()[:100])
    try:
        result = _ckg(tmp_path, "stats")
        assert result.returncode == 2 and "No earlier snapshot is kept" in result.stderr
    finally:
        stop_server(tmp_path)
