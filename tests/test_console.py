"""The read-only console refuses every write or escape, on the engine as well as before it."""

from __future__ import annotations

import pytest

from graph.console import check, run_console
from graph.dump import snapshot
from graph.stores.base import ReadOnlyViolation, Store, StoreError
from tests.helpers import load_demo

ATTEMPTS = [
    "CREATE (n:Agency {id: 'x'})",
    "MERGE (n:Agency {id: 'x'})",
    "MATCH (n) SET n.name = 'x'",
    "MATCH (n) SET n += {name: 'x'}",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) REMOVE n.name",
    "MATCH (n) REMOVE n:Agency",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "FOREACH (x IN [1] | CREATE (:X))",
    "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS",
    "CALL db.idx.fulltext.createNodeIndex('Agency', 'name')",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
    "CALL dbms.shutdown()",
    "MATCH (n) RETURN n; CREATE (:X)",
    "RETURN 1; MATCH (n) DELETE n",
    "MATCH (n) RETURN n /* comment */ CREATE (:X)",
    "MATCH (n) // comment\nCREATE (:X)",
    "create (n:x)",
    "CrEaTe (n:x)",
    "MATCH (a), (b) CREATE (a)-[:X]->(b)",
    "WITH 1 AS x CREATE (:X {v: x})",
    "UNWIND range(1, 3) AS i CREATE (:X {i: i})",
    "MATCH (n) WITH n LIMIT 1 SET n:Hacked",
    "OPTIONAL MATCH (n) MERGE (m:X {id: 1})",
    "DROP INDEX ON :Entity(id)",
    "CREATE INDEX FOR (n:X) ON (n.y)",
    "MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m RETURN m",
    "USING PERIODIC COMMIT LOAD CSV FROM 'x' AS l RETURN l",
    "CALL db.labels() YIELD label CREATE (:X {l: label})",
    "",
    "   ;  ",
]


@pytest.mark.parametrize("attempt", ATTEMPTS)
def test_the_console_refuses(store: Store, attempt: str) -> None:
    load_demo(store)
    before = snapshot(store).model_dump_json()
    with pytest.raises(ReadOnlyViolation):
        run_console(store, attempt)
    assert snapshot(store).model_dump_json() == before


@pytest.mark.parametrize("attempt", ["CREATE (n:X)", "MATCH (n) DELETE n", "MERGE (:X {id: 1})"])
def test_the_engine_itself_refuses_writes(store: Store, attempt: str) -> None:
    load_demo(store)
    before = snapshot(store).model_dump_json()
    with pytest.raises(ReadOnlyViolation):
        store.console(attempt, {}, 5000, 10)  # past the lexical check: the engine must say no
    assert snapshot(store).model_dump_json() == before


def test_reading_works_with_parameters_a_row_cap_and_keywords_in_strings(store: Store) -> None:
    load_demo(store)
    rows, cut = run_console(store, "MATCH (n:Agency) WHERE n.name <> 'CREATE' RETURN n.name AS name ORDER BY name", limit=3)
    assert len(rows) == 3 and cut
    rows, _ = run_console(store, "MATCH (n:Agency {id: $id}) RETURN n.name AS name", {"id": "agency:wco"})
    assert rows == [{"name": "WCO"}]
    check("CALL db.labels()")


def test_a_slow_query_hits_the_timeout(store: Store) -> None:
    load_demo(store)
    with pytest.raises(StoreError, match=r"(?i)time"):
        run_console(store, "MATCH (a), (b), (c), (d) RETURN count(*) AS n", timeout_ms=50)
