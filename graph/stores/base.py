"""The one small protocol every graph store keeps; loaders, queries and the app talk only to it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol

Row = dict[str, Any]
Statement = tuple[str, dict[str, Any]]

DEFAULT_TIMEOUT_MS = 10_000
DEFAULT_ROW_CAP = 1_000


class StoreError(Exception):
    """A store refused or failed a query; the message is meant for the analyst."""


class StoreUnavailable(Exception):
    """The store cannot be reached, started or saved; the message says what to do."""


class ReadOnlyViolation(StoreError):
    """A console query tried to write, or to reach outside the graph."""


class Store(Protocol):
    kind: str

    def ensure_schema(self) -> None:
        """Create constraints and indexes; safe to call on every start."""

    def writer(self) -> AbstractContextManager[None]:
        """Be the store's only writer for the block (a load's reads, merges and writes): others wait."""

    def read(self, query: str, params: dict[str, Any] | None = None) -> list[Row]:
        """Run one of the project's own read queries."""

    def write(self, statements: Iterable[Statement]) -> None:
        """Run the project's own write statements as one batch (one transaction where the engine has them).
        ``statements`` may be iterated again (a retried transaction) and is read one statement at a time."""

    def console(self, query: str, params: dict[str, Any], timeout_ms: int, limit: int) -> tuple[list[Row], bool]:
        """Run an analyst's query read-only, enforced by the engine; rows up to ``limit`` and whether it cut."""

    def clear(self) -> None:
        """Remove every node and relationship."""

    def close(self) -> None:
        """Release the store (the embedded one saves and, if last, stops its server)."""


def rows(header: Sequence[str], records: Sequence[Sequence[Any]]) -> list[Row]:
    return [dict(zip(header, record, strict=True)) for record in records]
