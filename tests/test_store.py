"""The stores: loading, reloading, replacing changed documents, persistence, sharing, dump and restore."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from graph.contributions import apply_overrides
from graph.dump import dump, restore, snapshot
from graph.loader import load
from graph.network import subgraph
from graph.stores.base import Statement, Store, StoreError
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from loaders.resolve.overrides import FactRef, Merge, Overrides
from tests.conftest import open_backend
from tests.helpers import load_demo

LAO, THAI, KH = "agency:la-customs", "agency:th-customs", "agency:kh-customs"


def _facts(store: Store) -> set[tuple[str, str, str]]:
    return {r.key for r in snapshot(store).relations}


def test_reloading_the_same_documents_changes_nothing(store: Store) -> None:
    extraction = load_demo(store)
    before = snapshot(store).model_dump_json()
    report = load(store, extraction)
    assert report.loaded == [] and len(report.unchanged) == len(extraction.documents)
    load(store, extract_paths([Path(d.source) for d in extraction.documents]))  # a fresh extraction, too
    assert snapshot(store).model_dump_json() == before


def test_a_changed_document_replaces_what_it_said(store: Store, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Hải quan Lào tham gia Chiến dịch Sea Shield. Hải quan Thái Lan tham gia Chiến dịch Sea Shield.", "utf-8")
    b.write_text("Hải quan Lào đã tham gia Chiến dịch Sea Shield năm nay.", "utf-8")
    load(store, extract_paths([a, b]))
    assert {("PARTICIPATED_IN", LAO, "campaign:sea-shield"), ("PARTICIPATED_IN", THAI, "campaign:sea-shield")} <= _facts(store)
    a.write_text("Hải quan Campuchia tham gia Chiến dịch Sea Shield.", "utf-8")
    report = load(store, extract_paths([a, b]))
    facts = _facts(store)
    assert report.replaced == [str(a)]
    assert ("PARTICIPATED_IN", THAI, "campaign:sea-shield") not in facts
    assert {("PARTICIPATED_IN", LAO, "campaign:sea-shield"), ("PARTICIPATED_IN", KH, "campaign:sea-shield")} <= facts
    lao = next(r for r in snapshot(store).relations if r.source == LAO and r.type == "PARTICIPATED_IN")
    assert {e.text for e in lao.evidence} == {"Hải quan Lào đã tham gia Chiến dịch Sea Shield năm nay."}
    assert THAI not in {e.id for e in snapshot(store).entities}


class _FailsMidway:
    """A real store whose first write (the load's transaction) has a failing statement half-way: the engine
    rejects it after the statements before it ran."""

    def __init__(self, store: Store) -> None:
        self.inner, self.kind, self.writes = store, store.kind, 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def write(self, batch: Iterable[Statement]) -> None:
        self.writes += 1
        if self.writes == 1:
            batch = list(batch)
            half = len(batch) // 2
            batch = [*batch[:half], ("UNWIND [1] AS x CALL db.no_such_procedure() YIELD y RETURN y", {}), *batch[half:]]
        self.inner.write(batch)


def test_a_failed_load_leaves_nothing_half_written(store: Store) -> None:
    failing = _FailsMidway(store)
    with pytest.raises(StoreError):
        load(failing, extract_paths([Path(__file__).parents[1] / "demo" / "corpus"]))  # type: ignore[arg-type]
    assert failing.writes > 1  # the cleanup ran
    assert snapshot(store).entities == [] and snapshot(store).documents == [] and snapshot(store).relations == []


def test_overrides_reach_what_was_loaded_before(store: Store) -> None:
    load_demo(store)
    overrides = Overrides(merge=[Merge(into="agency:la-customs", ids=["agency:vn-border-guard"])],
                          reject=[FactRef(type="PARTICIPATED_IN", source=THAI, target="campaign:lionfish-3")],
                          rename=[{"id": "agency:la-customs", "name": "Lao Customs"}])  # type: ignore[list-item]
    apply_overrides(store, overrides)
    apply_overrides(store, overrides)  # twice changes nothing more
    graph = snapshot(store)
    ids = {e.id for e in graph.entities}
    assert "agency:vn-border-guard" not in ids
    lao = next(e for e in graph.entities if e.id == LAO)
    assert lao.name == "Lao Customs" and "Vietnam Border Guard" in lao.aliases
    assert ("PARTICIPATED_IN", THAI, "campaign:lionfish-3") not in {r.key for r in graph.relations}
    assert any(r.source == LAO and r.target.startswith("meeting:dien-dan") for r in graph.relations)


def test_dump_and_restore_into_an_empty_store(store: Store, tmp_path: Path) -> None:
    load_demo(store)
    overrides = Overrides(aliases=[{"id": LAO, "alias": "Lao PDR Customs"}])  # type: ignore[list-item]
    apply_overrides(store, overrides)
    file = tmp_path / "graph.json"
    dump(store, file, overrides)
    other = open_backend("embedded", tmp_path / "other")
    try:
        restore(other, file, tmp_path / "overrides.yaml")
        assert snapshot(other).model_dump_json() == snapshot(store).model_dump_json()
        assert "Lao PDR Customs" in (tmp_path / "overrides.yaml").read_text(encoding="utf-8")
        with pytest.raises(StoreError, match="empty store"):
            restore(other, file, tmp_path / "overrides.yaml")
    finally:
        other.close()


def test_the_bridge_gives_networkx_with_properties_and_evidence(store: Store) -> None:
    load_demo(store)
    whole = subgraph(store)
    assert whole.nodes[LAO]["name"] == "Lao Customs Department"
    edge = whole.edges["agency:vn-customs", "campaign:mekong-dragon-5", "PARTICIPATED_IN"]
    assert "initiator" in edge["roles"] and edge["evidence"][0]["text"]
    near = subgraph(store, ["agency:kr-customs"], hops=1)
    assert "campaign:twin-guardian-3" in near and "campaign:lionfish-3" not in near


def test_the_embedded_store_persists_and_is_shared(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path)
    load_demo(first)
    second = EmbeddedStore(tmp_path)  # attaches to the running server, never starts another
    assert snapshot(second).model_dump_json() == snapshot(first).model_dump_json()
    first.close()
    assert (tmp_path / "falkordb" / "server.sock").exists() and snapshot(second).entities
    before = snapshot(second).model_dump_json()
    second.close()
    assert not (tmp_path / "falkordb" / "server.sock").exists()
    reopened = EmbeddedStore(tmp_path)
    try:
        assert snapshot(reopened).model_dump_json() == before
    finally:
        reopened.close()
