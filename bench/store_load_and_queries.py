"""Store benchmark on both engines, side by side: load time against a raw batched UNWIND CREATE of the same rows
into the same engine, and canned-query latency (p50/p95). Neo4j is the one NEO4J_URI names, or else a Neo4j 5.26
started from neo4j-server/ for the run (as the tests do) and stopped after it.

    python -m bench.store_load_and_queries --documents 10000                  # both stores
    python -m bench.store_load_and_queries --documents 10000 --stores neo4j   # one
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.synthetic import generate
from ckg.config import settings
from graph.catalogue import run
from graph.loader import load
from graph.records import document_props, entity_props, relation_props
from graph.stores.base import Store
from graph.stores.falkor import EmbeddedStore
from graph.stores.neo4j_store import Neo4jStore
from tests.neo4j_server import start as start_neo4j

RAW_NODES = "UNWIND $rows AS row CREATE (n:Entity) SET n = row.props, n.id = row.id"
RAW_DOCS = "UNWIND $rows AS row CREATE (d:Document) SET d = row.props, d.id = row.id"
RAW_EDGES = ("UNWIND $rows AS row MATCH (a:Entity {id: row.source}) MATCH (b:Entity {id: row.target}) "
             "CREATE (a)-[r:R]->(b) SET r = row.props")
RAW_MENTIONS = ("UNWIND $rows AS row MATCH (d:Document {id: row.document}) MATCH (n:Entity {id: row.entity}) "
                "CREATE (d)-[:MENTIONS]->(n)")


def _raw_load(store: Store, extraction: Any, batch: int = 5000) -> tuple[float, float]:
    """The same rows (entities, documents, relations, mentions), created without reading or merging, in batches.
    Returns the engine's time alone and the time including building the rows from the model, as the loader must."""
    built = time.perf_counter()
    nodes = [{"id": e.id, "props": entity_props(e)} for e in extraction.entities]
    docs = [{"id": d.id, "props": document_props(d)} for d in extraction.documents]
    edges = [{"source": r.source, "target": r.target, "props": relation_props(r)} for r in extraction.relations]
    mentions = [{"document": d, "entity": e} for d, e in sorted({(m.document, e.id) for e in extraction.entities
                                                                   for m in e.mentions})]
    started = time.perf_counter()
    store.ensure_schema()
    for rows, statement in ((nodes, RAW_NODES), (docs, RAW_DOCS), (edges, RAW_EDGES), (mentions, RAW_MENTIONS)):
        for start in range(0, len(rows), batch):
            store.write([(statement, {"rows": rows[start:start + batch]})])
    return time.perf_counter() - started, time.perf_counter() - built


def _latencies(store: Store, runs: int) -> dict[str, dict[str, float]]:
    cases = {"campaign_partners": {"campaign": "Campaign 5"}, "agency_campaigns": {"agency": "Agency 17"},
             "agency_meetings": {"agency": "Agency 17", "from": "2018", "to": "2022"},
             "country_meetings": {"country": "Country 3"}, "meeting_details": {"meeting": "Meeting 123"},
             "campaign_timeline": {"campaign": "Campaign 8"}, "shared_campaigns": {"a": "Agency 17", "b": "Agency 18"},
             "entity_evidence": {"name": "Person 42"}, "co_attendance": {"a": "Agency 17", "b": "Agency 18"}}
    out: dict[str, dict[str, float]] = {}
    for name, params in cases.items():
        median, p95 = query_times(store, name, params, runs)
        out[name] = {"p50_ms": median, "p95_ms": p95}
    return out


def query_times(store: Store, name: str, params: dict[str, Any], runs: int) -> tuple[float, float]:
    """Median and p95, in milliseconds, of ``runs`` runs of one canned query."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run(store, name, params)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return round(statistics.median(times), 1), round(times[max(0, int(len(times) * 0.95) - 1)], 1)


def _measure(store: Store, extraction: Any, runs: int) -> dict[str, Any]:
    documents = len(extraction.documents)
    store.clear()
    started = time.perf_counter()
    load(store, extraction)
    loaded = time.perf_counter() - started
    latencies = _latencies(store, runs)
    store.clear()
    raw, raw_built = _raw_load(store, extraction)
    store.clear()
    return {"store": store.kind, "documents": documents, "entities": len(extraction.entities),
            "relations": len(extraction.relations), "load_seconds": round(loaded, 1), "raw_create_seconds": round(raw, 1),
            "raw_create_with_row_building_seconds": round(raw_built, 1), "load_vs_raw": round(loaded / raw, 2),
            "load_vs_raw_with_row_building": round(loaded / raw_built, 2), "documents_per_second": round(documents / loaded, 1),
            "queries": latencies}


@contextmanager
def _opened(kind: str) -> Iterator[Store]:
    """A fresh store of ``kind``: embedded in a temporary folder; Neo4j from NEO4J_URI or started for the run."""
    if kind == "embedded":
        with tempfile.TemporaryDirectory() as folder:
            store: Store = EmbeddedStore(Path(folder))
            try:
                yield store
            finally:
                store.close()
        return
    server = None if os.environ.get("NEO4J_URI") else start_neo4j()
    try:
        config = settings()
        store = (Neo4jStore(server.uri, server.user, server.password, "neo4j") if server else
                 Neo4jStore(config.neo4j_uri, config.neo4j_user, config.neo4j_password, config.neo4j_database))
        try:
            store.ensure_schema()
            yield store
        finally:
            store.close()
    finally:
        if server:
            server.stop()


def measure(documents: int, runs: int, stores: list[str]) -> dict[str, Any]:
    results = {}
    for kind in stores:
        with _opened(kind) as store:
            results[kind] = _measure(store, generate(documents), runs)  # the same records, fresh for each store
        print(json.dumps({kind: results[kind]}), file=sys.stderr, flush=True)  # each store's figures as they come
    return results


def table(results: dict[str, Any]) -> str:
    """The figures side by side, as Markdown."""
    kinds = list(results)
    lines = ["| measure | " + " | ".join(kinds) + " |", "| --- |" + " --- |" * len(kinds)]
    rows = [("load (s)", "load_seconds"), ("documents/s", "documents_per_second"),
            ("raw UNWIND CREATE, engine only (s)", "raw_create_seconds"), ("load / raw", "load_vs_raw")]
    lines += [f"| {label} | " + " | ".join(str(results[k][key]) for k in kinds) + " |" for label, key in rows]
    for name in results[kinds[0]]["queries"]:
        lines.append(f"| {name} p95 (ms) | " + " | ".join(str(results[k]["queries"][name]["p95_ms"]) for k in kinds) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--stores", nargs="+", choices=["embedded", "neo4j"], default=["embedded", "neo4j"])
    args = parser.parse_args()
    results = measure(args.documents, args.runs, args.stores)
    print(json.dumps(results, indent=1))
    print(table(results))


if __name__ == "__main__":
    main()
