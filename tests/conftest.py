"""Stores for the tests: the real embedded FalkorDB always, Neo4j too whenever NEO4J_URI is set (a throwaway
database: the tests clear it)."""

from __future__ import annotations

import os
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
