"""A load's statements are built one at a time as the store sends them (issue 12, memory): the graph is the one
of any batching, a failure while they are built leaves nothing, and extraction holds each text once."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import graph.loader
import graph.statements
from graph.dump import dump, snapshot
from graph.loader import load
from graph.model import Extraction
from graph.statements import Deferred, iter_entity_statements
from graph.stores.base import Statement, Store
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Overrides

DEMO = Path(__file__).parents[1] / "demo" / "corpus"


def _graph(store: Store, extraction: Extraction, path: Path) -> bytes:
    store.clear()
    load(store, extraction)
    dump(store, path, Overrides())
    return path.read_bytes()


def test_small_batches_give_the_graph_of_large_ones(tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _graph(store, extract_paths([DEMO]), tmp_path / "whole.json")
    for module in (graph.statements, graph.loader):  # rows of 3: many statements, each built when sent
        monkeypatch.setattr(module, "BATCH_ROWS", 3)
    assert _graph(store, extract_paths([DEMO]), tmp_path / "small.json") == whole


class _BreaksWhileBuilding:
    """A real store whose load's statements raise after a few were sent (a bug or an interrupt half-way)."""

    def __init__(self, store: Store) -> None:
        self.inner, self.kind = store, store.kind

    def __getattr__(self, name: str) -> object:
        return getattr(self.inner, name)

    def write(self, batch: Iterable[Statement]) -> None:
        def breaking() -> Iterator[Statement]:
            for index, statement in enumerate(batch):
                if index == 3:
                    raise KeyboardInterrupt
                yield statement

        self.inner.write(breaking())


def test_a_load_stopped_while_its_statements_are_built_leaves_nothing(store: Store) -> None:
    extraction = extract_paths([DEMO])
    with pytest.raises(KeyboardInterrupt):
        load(_BreaksWhileBuilding(store), extraction)  # type: ignore[arg-type]
    empty = snapshot(store)
    assert empty.entities == [] and empty.documents == [] and empty.relations == []
    load(store, extraction)  # the store still takes the next load whole
    assert len(snapshot(store).documents) == len(extraction.documents)


def test_deferred_statements_are_built_again_for_a_retry() -> None:
    entities = extract_paths([DEMO]).entities
    deferred = Deferred((lambda: iter_entity_statements(entities, fresh=True),))
    first = list(deferred)
    assert first and list(deferred) == first


def test_extraction_holds_each_mention_and_evidence_text_once() -> None:
    extraction = extract_paths([DEMO])
    texts = [m.text for e in extraction.entities for m in e.mentions] + \
            [x.text for r in extraction.relations for x in r.evidence]
    assert len(texts) > len(set(texts))  # the demo repeats names and sentences
    assert len({id(t) for t in texts}) == len(set(texts))
