"""Loads are transactions: a reader never sees part of a load; the engine itself refuses a second entity with the
same id; a document whose load did not finish is counted by `ckg stats`, and `ckg repair` or the next load
removes what it left, giving exactly the clean graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.statements import entity_statements
from graph.stores.base import StoreError
from graph.stores.falkor import EmbeddedStore
from tests.reliability.harness import FILES, FORK, extractions, graph_of, load_into, sequential, stop_server

ROOT = Path(__file__).resolve().parents[2]
# One read, so one consistent view: how many documents, how many unfinished, how many facts.
STATE = ("MATCH (d:Document) WITH count(d) AS documents, sum(CASE WHEN d.complete THEN 0 ELSE 1 END) AS unfinished "
         "OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN documents, unfinished, count(r) AS facts")


def _states(folder: Path) -> tuple[int, int, int]:
    store = EmbeddedStore(folder)
    try:
        row = store.read(STATE)[0]
        return row["documents"], row["unfinished"], row["facts"]
    finally:
        store.close()


def _watch(folder: Path, allowed: set[tuple[int, int, int]], stop: object) -> None:
    store = EmbeddedStore(folder)
    try:
        while not stop.is_set():  # type: ignore[attr-defined]
            row = store.read(STATE)[0]
            seen = (row["documents"], row["unfinished"], row["facts"])
            assert seen in allowed, f"a reader saw part of a load: {seen}"
    finally:
        store.close()


def test_a_reader_never_sees_part_of_a_load(tmp_path: Path) -> None:
    loads = extractions([FILES[:2], FILES[2:4], FILES[4:]])
    allowed = {(0, 0, 0)}
    for count in range(1, len(loads) + 1):
        sequential(tmp_path / f"state{count}", loads[:count])
        allowed.add(_states(tmp_path / f"state{count}"))
    folder = tmp_path / "watched"
    load_into(folder, extractions([[]])[0])
    stop = FORK.Event()
    reader = FORK.Process(target=_watch, args=(folder, allowed, stop))
    reader.start()
    try:
        for extraction in loads:
            load_into(folder, extraction)
        stop.set()
        reader.join(60)
        assert reader.exitcode == 0
    finally:
        reader.kill()
        stop_server(folder)


def test_the_engine_refuses_a_second_entity_with_the_same_id(tmp_path: Path) -> None:
    load_into(tmp_path, extractions([FILES[:1]])[0])
    store = EmbeddedStore(tmp_path)
    try:
        entity = extractions([FILES[:1]])[0].entities[0]
        with pytest.raises(StoreError, match="unique"):
            store.write(entity_statements([entity], fresh=True))  # CREATE, as a first load would
    finally:
        store.close()


def _ckg(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CKG_DATA_DIR": str(data_dir), "CKG_STORE": "embedded"}
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)


def _lose_the_end_of(folder: Path, document_source: Path) -> None:
    """As if the engine had kept only part of the document's transaction: it is not marked complete."""
    store = EmbeddedStore(folder)
    try:
        store.write([("MATCH (d:Document {source: $source}) SET d.complete = false", {"source": str(document_source)})])
    finally:
        store.close()


def test_unfinished_documents_are_reported_and_repaired(tmp_path: Path) -> None:
    whole, rest = extractions([FILES]), extractions([FILES[:-1]])
    clean, clean_rest = sequential(tmp_path / "clean", whole), sequential(tmp_path / "rest", rest)
    folder = tmp_path / "data"
    try:
        load_into(folder, whole[0])
        _lose_the_end_of(folder, FILES[-1])
        stats = _ckg(folder, "stats", "--format", "csv")
        assert "document,incomplete,1," in stats.stdout and "ckg repair" in stats.stderr
        assert _ckg(folder, "repair").returncode == 0
        assert "incomplete" not in _ckg(folder, "stats", "--format", "csv").stdout
        assert graph_of(folder) == clean_rest
        load_into(folder, whole[0])
        assert graph_of(folder) == clean
        _lose_the_end_of(folder, FILES[-1])
        load_into(folder, whole[0])  # the next load finishes it
        assert graph_of(folder) == clean
    finally:
        stop_server(folder)


def test_a_console_read_waits_for_a_load_in_progress(tmp_path: Path) -> None:
    """The free console never sees part of a load: it waits while a writer holds the store, then answers."""
    import threading
    import time

    folder = tmp_path / "data"
    writer, reader = EmbeddedStore(folder), EmbeddedStore(folder)
    answered: list[float] = []
    try:
        with writer.writer():
            thread = threading.Thread(target=lambda: answered.append(
                (reader.console("RETURN 1 AS one", {}, 5000, 10), time.monotonic())[1]))
            thread.start()
            time.sleep(1.0)
            released = time.monotonic()
            assert not answered  # still waiting for the load
        thread.join(30)
        assert answered and answered[0] >= released
    finally:
        reader.close()
        writer.close()
        stop_server(folder)
