"""Neo4j 5 for teams, through the official driver: managed transactions with its retries, reads in READ mode."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable

from cypher import query, statements
from graph.stores.base import ReadOnlyViolation, Row, Statement, StoreError
from graph.stores.launcher import StoreUnavailable

READ_TIMEOUT_S = 120.0


class Neo4jStore:
    kind = "neo4j"

    def __init__(self, uri: str, user: str, password: str, database: str) -> None:
        if not uri:
            raise StoreUnavailable("CKG_STORE=neo4j needs NEO4J_URI (e.g. bolt://localhost:7687); "
                                   "start one with `docker compose up -d neo4j`")
        self._driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
        self._database = database
        try:
            self._driver.verify_connectivity()
        except (ServiceUnavailable, OSError, Neo4jError) as exc:
            self._driver.close()
            raise StoreUnavailable(f"cannot reach Neo4j at {uri}: {exc}. Is it running "
                                   "(`docker compose up -d neo4j`) and are NEO4J_USER/NEO4J_PASSWORD right?") from exc

    def _session(self, mode: str) -> neo4j.Session:
        return self._driver.session(database=self._database, default_access_mode=mode)

    def ensure_schema(self) -> None:
        with self._session(neo4j.WRITE_ACCESS) as session:
            for statement in statements("schema/neo4j.cypher"):
                session.run(statement).consume()

    @contextmanager
    def writer(self) -> Iterator[None]:
        """A lock node merged in a transaction held open for the block, rolled back at its end."""
        with self._session(neo4j.WRITE_ACCESS) as session:
            lock = session.begin_transaction()
            try:
                lock.run(query("store/writer_lock.cypher")).consume()
                yield
            finally:
                lock.rollback()

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        def work(tx: neo4j.ManagedTransaction) -> list[Row]:
            return [record.data() for record in tx.run(query, params or {})]

        try:
            with self._session(neo4j.READ_ACCESS) as session:  # bounded like the embedded server's TIMEOUT_DEFAULT
                return session.execute_read(neo4j.unit_of_work(timeout=READ_TIMEOUT_S)(work))
        except Neo4jError as exc:
            raise StoreError(str(exc.message or exc)) from exc

    def write(self, batch: Iterable[Statement]) -> None:
        def work(tx: neo4j.ManagedTransaction) -> None:
            for text, params in batch:
                tx.run(text, params).consume()

        try:
            with self._session(neo4j.WRITE_ACCESS) as session:
                session.execute_write(work)
        except Neo4jError as exc:
            raise StoreError(str(exc.message or exc)) from exc

    def _query_type(self, session: neo4j.Session, query: str, params: dict[str, Any]) -> str:
        summary = session.run(neo4j.Query("EXPLAIN " + query), params).consume()
        return str(summary.query_type)

    def console(self, query: str, params: dict[str, Any], timeout_ms: int, limit: int) -> tuple[list[Row], bool]:
        try:
            with self._session(neo4j.READ_ACCESS) as session:
                if self._query_type(session, query, params) != "r":
                    raise ReadOnlyViolation("refused: the console is read-only")

                def work(tx: neo4j.ManagedTransaction) -> tuple[list[Row], bool]:
                    result = tx.run(query, params)
                    out = [record.data() for _, record in zip(range(limit + 1), result, strict=False)]
                    return out[:limit], len(out) > limit

                return session.execute_read(neo4j.unit_of_work(timeout=timeout_ms / 1000)(work))
        except ClientError as exc:
            if "write" in str(exc.code).lower() or "Forbidden" in str(exc.code):
                raise ReadOnlyViolation("refused: the console is read-only") from exc
            raise StoreError(str(exc.message or exc)) from exc
        except Neo4jError as exc:
            raise StoreError(str(exc.message or exc)) from exc

    def clear(self) -> None:
        def work(tx: neo4j.ManagedTransaction) -> int:
            return int(tx.run(query("store/delete_all.cypher")).single(strict=True)["deleted"])

        with self._session(neo4j.WRITE_ACCESS) as session:
            while session.execute_write(work):
                pass

    def close(self) -> None:
        self._driver.close()
