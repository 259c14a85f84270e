"""Results do not depend on the order of loads or of arguments (two countries for one meeting resolve the same way
whatever comes first), and a change to the overrides file takes effect on the next load of the same documents,
even though no document changed: a rejection removed brings its fact back, exactly as a clean load would have it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from graph.dump import snapshot
from graph.loader import load
from graph.model import Document, Entity, Extraction, Mention
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from loaders.resolve.overrides import FactRef, Overrides
from tests.reliability.harness import DEMO, FILES, graph_of, sequential, stop_server

ROOT = Path(__file__).resolve().parents[2]
REJECTED = ("PARTICIPATED_IN", "agency:th-customs", "campaign:lionfish-3")


def test_the_order_of_arguments_does_not_change_the_extraction() -> None:
    assert extract_paths(FILES).model_dump_json() == extract_paths(FILES[::-1]).model_dump_json()


def _meeting_in(document: str, name: str, country: str) -> Extraction:
    mention = Mention(document=document, text=name, start=0, end=len(name))
    return Extraction(documents=[Document(id=document, source=f"{document}.txt", title=name)],
                      entities=[Entity(id="meeting:m", type="Meeting", name=name, country=country, mentions=[mention],
                                       start="2024-05")])


def test_a_meetings_country_does_not_flip_with_the_order_of_loads(tmp_path: Path) -> None:
    hong_kong = _meeting_in("doc:a", "Meeting M", "country:hk")
    vietnam = _meeting_in("doc:b", "The Meeting M", "country:vn")
    forward = sequential(tmp_path / "forward", [hong_kong, vietnam])
    assert sequential(tmp_path / "backward", [vietnam, hong_kong]) == forward
    assert '"country":"country:hk"' in forward and '"name":"The Meeting M"' in forward


def _ckg_load(data_dir: Path, overrides: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CKG_DATA_DIR": str(data_dir), "CKG_STORE": "embedded"}
    return subprocess.run([sys.executable, "-m", "ckg", "load", str(DEMO), "--overrides", str(overrides)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def _facts(data_dir: Path) -> set[tuple[str, str, str]]:
    store = EmbeddedStore(data_dir)
    try:
        return {r.key for r in snapshot(store).relations}
    finally:
        store.close()


def test_a_changed_overrides_file_takes_effect_on_the_next_load(tmp_path: Path) -> None:
    rejecting, none = tmp_path / "rejecting.yaml", tmp_path / "none.yaml"
    kind, source, target = REJECTED
    rejecting.write_text(f"reject:\n  - {{type: {kind}, source: {source}, target: {target}}}\n", encoding="utf-8")
    none.write_text("{}\n", encoding="utf-8")
    data = tmp_path / "data"
    try:
        assert _ckg_load(data, rejecting).returncode == 0
        assert REJECTED not in _facts(data)
        again = _ckg_load(data, none)  # no document changed, the corrections did
        assert again.returncode == 0 and "replaced 6" in again.stderr
        assert REJECTED in _facts(data)
        assert _ckg_load(tmp_path / "clean", none).returncode == 0
        assert graph_of(data) == graph_of(tmp_path / "clean")
        assert "unchanged 6" in _ckg_load(data, none).stderr  # and then nothing more to do
        assert _ckg_load(data, rejecting).returncode == 0
        assert REJECTED not in _facts(data)
    finally:
        stop_server(data)
        stop_server(tmp_path / "clean")


def test_a_run_with_part_of_the_documents_redoes_those_once(tmp_path: Path) -> None:
    rejecting = Overrides(reject=[FactRef(type=REJECTED[0], source=REJECTED[1], target=REJECTED[2])])
    store = EmbeddedStore(tmp_path)
    try:
        load(store, extract_paths(FILES, rejecting), overrides=rejecting)
        part = extract_paths(FILES[:2])
        assert load(store, part, overrides=Overrides()).replaced == [str(f) for f in FILES[:2]]
        again = load(store, extract_paths(FILES[:2]), overrides=Overrides())
        assert again.replaced == [] and len(again.unchanged) == 2
    finally:
        store.close()
