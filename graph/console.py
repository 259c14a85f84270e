"""Free Cypher for analysts, read-only. The engine enforces it (FalkorDB GRAPH.RO_QUERY; Neo4j READ access
mode plus the planner's query type); this module adds a lexical check first, for clear messages and to stop
what an engine might count as reading but reaches outside the graph (LOAD CSV, procedures, several statements)."""

from __future__ import annotations

import re
from typing import Any

from graph.stores.base import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_MS, ReadOnlyViolation, Row, Store

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE|"
                     r"START|STOP|TERMINATE|USING\s+PERIODIC|IN\s+TRANSACTIONS)\b", re.I)
_CALL = re.compile(r"\bCALL\b\s*(?P<target>[\w.]+|\{)?", re.I)
READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes"}


def _code(query: str) -> str:
    """The query with strings, names in backticks and comments blanked, so keywords inside them do not count."""
    return _COMMENTS.sub(" ", _STRINGS.sub("''", query))


def check(query: str) -> None:
    """Refuse anything but one reading statement."""
    code = _code(query).strip().rstrip(";").strip()
    if not code:
        raise ReadOnlyViolation("refused: the query is empty")
    if ";" in code:
        raise ReadOnlyViolation("refused: one statement at a time")
    write = _WRITES.search(code)
    if write:
        keyword = write.group(1).upper()
        raise ReadOnlyViolation(f"refused: {keyword} writes or reaches outside the graph; the console is read-only")
    for call in _CALL.finditer(code):
        target = (call.group("target") or "").lower()
        if target not in READ_PROCEDURES:
            raise ReadOnlyViolation(f"refused: CALL {call.group('target') or ''} is not one of the read-only "
                                    f"procedures ({', '.join(sorted(READ_PROCEDURES))})")


def run_console(store: Store, query: str, params: dict[str, Any] | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                limit: int = DEFAULT_ROW_CAP) -> tuple[list[Row], bool]:
    """Rows (at most ``limit``) and whether more were cut off."""
    check(query)
    return store.console(query.strip().rstrip(";"), params or {}, timeout_ms, limit)
