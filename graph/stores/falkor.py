"""The embedded default: FalkorDB in a server of our own under CKG_DATA_DIR (see launcher), no setup needed."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB

from cypher import statements
from graph.stores.base import ReadOnlyViolation, Row, Statement, StoreError, rows
from graph.stores.launcher import attach, release

GRAPH = "ckg"


class EmbeddedStore:
    kind = "embedded"

    def __init__(self, data_dir: Path) -> None:
        self.folder = data_dir / "falkordb"
        self._client, socket = attach(data_dir)
        self._db = FalkorDB(unix_socket_path=str(socket))
        self._graph = self._db.select_graph(GRAPH)
        self._wrote = False
        if not self._client.exists(GRAPH):  # reads of a graph that was never written fail on FalkorDB
            self._graph.query("RETURN 1")

    def ensure_schema(self) -> None:
        for statement in statements("schema/falkordb.cypher"):
            try:
                self._graph.query(statement)
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise StoreError(f"schema: {exc}") from exc

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        try:
            result = self._graph.ro_query(query, params or {})
        except redis.ResponseError as exc:
            raise StoreError(str(exc)) from exc
        return rows([h[1] for h in result.header], result.result_set)

    def write(self, batch: Sequence[Statement]) -> None:
        self._wrote = True
        for query, params in batch:
            try:
                self._graph.query(query, params)
            except redis.ResponseError as exc:
                raise StoreError(str(exc)) from exc

    def console(self, query: str, params: dict[str, Any], timeout_ms: int, limit: int) -> tuple[list[Row], bool]:
        try:
            result = self._graph.ro_query(query, params, timeout=timeout_ms)
        except redis.ResponseError as exc:
            message = str(exc)
            if "read-only" in message or "RO_QUERY" in message:
                raise ReadOnlyViolation("refused: the console is read-only") from exc
            raise StoreError(message) from exc
        header = [h[1] for h in result.header]
        return rows(header, result.result_set[:limit]), len(result.result_set) > limit

    def clear(self) -> None:
        self._wrote = True
        with contextlib.suppress(redis.ResponseError):  # no graph yet: nothing to clear
            self._graph.delete()

    def close(self) -> None:
        self._db.connection.close()  # our queries' connections first, so the count below sees only others
        release(self._client, self.folder, self._wrote)
