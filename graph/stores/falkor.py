"""The embedded default: FalkorDB in a server of our own under CKG_DATA_DIR (see launcher), no setup needed.

A batch of writes runs as one Redis transaction (MULTI/EXEC): the server runs it whole on its main thread, and a
client that dies before EXEC leaves nothing behind. Reads run in a transaction too, so none runs between a load's
statements (FalkorDB's worker threads would otherwise let a read in between two of them). Loads take the data folder's writer
lock for their whole read-merge-write, so two loads never interleave.
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import redis
from falkordb import FalkorDB
from falkordb.helpers import stringify_param_value
from falkordb.query_result import QueryResult

from cypher import statements
from graph.stores.base import ReadOnlyViolation, Row, Statement, StoreError, rows
from graph.stores.launcher import attach, release
from graph.stores.private import locked
from graph.stores.server import GRAPH

UNIQUE = ("Entity", "Document")  # labels whose id the engine keeps unique


def _with_params(query: str, params: dict[str, Any]) -> str:
    return "CYPHER " + "".join(f"`{key}`={stringify_param_value(value)} " for key, value in params.items()) + query


class EmbeddedStore:
    kind = "embedded"

    def __init__(self, data_dir: Path) -> None:
        self._attachment = attach(data_dir)
        self.folder = self._attachment.folder
        self._db = FalkorDB(unix_socket_path=str(self._attachment.socket), password=self._attachment.password)
        self._graph = self._db.select_graph(GRAPH)
        self._wrote = False
        if not self._attachment.client.exists(GRAPH):  # reads of a graph that was never written fail on FalkorDB
            self._graph.query("RETURN 1")

    def ensure_schema(self) -> None:
        for statement in statements("schema/falkordb.cypher"):
            try:
                self._graph.query(statement)
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc):
                    raise StoreError(f"schema: {exc}") from exc
        for label in UNIQUE:
            try:
                self._db.connection.execute_command("GRAPH.CONSTRAINT", "CREATE", GRAPH, "UNIQUE", "NODE", label,
                                                    "PROPERTIES", 1, "id")
            except redis.ResponseError as exc:
                if "already exists" not in str(exc).lower():
                    raise StoreError(f"schema: unique {label} ids: {exc}") from exc

    @contextlib.contextmanager
    def writer(self) -> Iterator[None]:
        with locked(self.folder / "write.lock"):
            yield

    def _transaction(self, command: str, batch: Iterable[Statement]) -> list[Any]:
        """Run the statements in MULTI/EXEC: on the server's main thread, none of another's in between. Each is sent
        as soon as it is built (the server queues it until EXEC), so only one statement's text is in memory here;
        a failure before EXEC drops the connection, and the server discards what it queued."""
        pool = self._db.connection.connection_pool
        connection = pool.get_connection()
        try:
            connection.send_command("MULTI")
            connection.read_response()
            for query, params in batch:
                connection.send_command(command, GRAPH, _with_params(query, params), "--compact")
                connection.read_response()  # QUEUED
            connection.send_command("EXEC")
            results: list[Any] = connection.read_response()
        except redis.ResponseError as exc:
            connection.disconnect()
            raise StoreError(str(exc)) from exc
        except BaseException:
            connection.disconnect()
            raise
        finally:
            pool.release(connection)
        failed = next((r for r in results if isinstance(r, Exception)), None)
        if failed is not None:
            raise StoreError(str(failed))
        return results

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """A read in a transaction of its own, so it sees a load whole or not at all (reads on FalkorDB's worker
        threads could run between the statements of a load)."""
        [response] = self._transaction("GRAPH.RO_QUERY", [(query, params or {})])
        result = QueryResult(self._graph, response)
        return rows([h[1] for h in result.header], result.result_set)

    def write(self, batch: Iterable[Statement]) -> None:
        self._wrote = True
        self._transaction("GRAPH.QUERY", batch)

    def console(self, query: str, params: dict[str, Any], timeout_ms: int, limit: int) -> tuple[list[Row], bool]:
        """A free read waits for a load in progress (a shared hold of the writer's lock), so it never sees part of one;
        a load waits for running console reads, each bounded by its timeout."""
        try:
            with locked(self.folder / "write.lock", fcntl.LOCK_SH):
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
        self._db.connection.close()  # our queries' connections first
        release(self._attachment, self._wrote)
