"""Free Cypher for analysts, read-only and bounded. The engine enforces read-only (FalkorDB GRAPH.RO_QUERY; Neo4j
READ access mode plus the planner's query type); this module adds a lexical check first, for clear messages and to
stop what an engine might count as reading but reaches outside the graph (LOAD CSV, procedures, several statements).

Bounds: a timeout between 1 ms and MAX_TIMEOUT_MS (the embedded server also caps every query, see the launcher),
a row cap pushed into the query as a LIMIT so the server never builds more rows than are shown, and ``range()``
only over literal numbers with at most MAX_RANGE elements in all: an engine checks its timeout between rows, not
inside one expression, so a ``reduce`` over a huge range would run on past any timeout."""

from __future__ import annotations

import itertools
import math
import re
from typing import Any

from graph.stores.base import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_MS, ReadOnlyViolation, Row, Store, StoreError

MAX_TIMEOUT_MS = 60_000
MAX_ROWS = 100_000
MAX_RANGE = 1_000_000

_STRINGS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`")
_COMMENTS = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_WRITES = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|ALTER|GRANT|DENY|REVOKE|"
                     r"USING\s+PERIODIC|IN\s+TRANSACTIONS)\b", re.I)
_ADMIN = re.compile(r"^\s*(START|STOP|TERMINATE)\b", re.I)
_AS_NAME_BEFORE = re.compile(r"(?:[.:$]|\bAS)\s*$", re.I)  # m.start, :Set, $set, ... AS set
_AS_NAME_AFTER = re.compile(r"^\s*(?:[,.:)\]}=<>+\-*/%^]|$)")  # RETURN set, {set: 1}, set.x
_CALL = re.compile(r"\bCALL\b\s*(?P<target>[\w.]+|\{)?", re.I)
_RANGE = re.compile(r"\brange\s*\(", re.I)
_UNION = re.compile(r"\bUNION(?:\s+ALL)?\b", re.I)
_LIMIT = re.compile(r"\bLIMIT\b\s*(?P<value>.*?)\s*$", re.I | re.S)
READ_PROCEDURES = {"db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes"}


class ConsoleLimit(StoreError):
    """A console query or setting outside the console's bounds; the message says which and why."""


def _blank(query: str) -> str:
    """The query with string contents, names in backticks and comments turned to spaces, same length, so keywords
    inside them do not count and positions still match the query."""
    def spaces(match: re.Match[str]) -> str:
        text = match.group(0)
        return text[0] + " " * (len(text) - 2) + text[-1] if text[0] in "'\"`" else " " * len(text)

    return _COMMENTS.sub(spaces, _STRINGS.sub(spaces, query))


def _is_clause(code: str, match: re.Match[str]) -> bool:
    return not (_AS_NAME_BEFORE.search(code[:match.start()]) or _AS_NAME_AFTER.match(code[match.end():]))


def check(query: str) -> None:
    """Refuse anything but one reading statement."""
    code = _blank(query).strip().rstrip(";").strip()
    if not code:
        raise ReadOnlyViolation("refused: the query is empty")
    if ";" in code:
        raise ReadOnlyViolation("refused: one statement at a time")
    admin = _ADMIN.match(code)
    write = admin or next((m for m in _WRITES.finditer(code) if _is_clause(code, m)), None)
    if write:
        keyword = " ".join(write.group(1).upper().split())
        raise ReadOnlyViolation(f"refused: {keyword} writes or reaches outside the graph; the console is read-only")
    for call in _CALL.finditer(code):
        target = (call.group("target") or "").lower()
        if target not in READ_PROCEDURES:
            raise ReadOnlyViolation(f"refused: CALL {call.group('target') or ''} is not one of the read-only "
                                    f"procedures ({', '.join(sorted(READ_PROCEDURES))})")
    _check_ranges(code)


def _check_ranges(code: str) -> None:
    sizes = []
    for match in _RANGE.finditer(code):
        depth, end = 1, match.end()
        while depth and end < len(code):
            depth += {"(": 1, ")": -1}.get(code[end], 0)
            end += 1
        parts = [p.strip() for p in code[match.end():end - 1].split(",")]
        if not 2 <= len(parts) <= 3 or not all(re.fullmatch(r"-?\d+", p) for p in parts):
            raise ConsoleLimit(f"refused: {code[match.start():end]}: the console takes range() over literal numbers only")
        start, end, step = (int(p) for p in [*parts, "1"][:3])
        if step == 0:
            raise ConsoleLimit(f"refused: {code[match.start():end]}: a range() step of 0 never ends")
        sizes.append(max(0, (end - start) // step + 1))
    if math.prod(sizes) > MAX_RANGE:
        raise ConsoleLimit(f"refused: range() over {math.prod(sizes):,} elements in all, over the console's "
                           f"{MAX_RANGE:,} (no engine can stop one expression at its timeout)")


def _depth_zero(code: str) -> list[bool]:
    depth, out = 0, []
    for char in code:
        depth -= char in ")]}"
        out.append(depth == 0)
        depth += char in "([{"
    return out


def _limited(query: str, code: str, cap: int) -> str:
    """One UNION branch with its final RETURN capped at ``cap`` rows."""
    top = _depth_zero(code)
    returns = [m for m in re.finditer(r"\bRETURN\b", code, re.I) if top[m.start()]]
    if not returns:
        return query  # a procedure call: its own output is small
    tail = returns[-1].end()
    limit = next((m for m in _LIMIT.finditer(code, tail) if top[m.start()]), None)
    if limit is None:
        end = len(code.rstrip())
        return f"{query[:end]} LIMIT {cap}{query[end:]}"
    value = limit.group("value")
    if not re.fullmatch(r"\d+", value):
        raise ConsoleLimit(f"refused: LIMIT {value}: the console takes a LIMIT that is a number (or use --limit)")
    return query[:limit.start("value")] + str(min(int(value), cap)) + query[limit.end("value"):]


def bounded(query: str, cap: int) -> str:
    """The query with every UNION branch's final RETURN capped at ``cap`` rows (a lower LIMIT stays)."""
    code = _blank(query)
    cuts = [0, *(p for m in _UNION.finditer(code) for p in (m.start(), m.end())), len(query)]
    parts = [query[a:b] for a, b in itertools.pairwise(cuts)]
    return "".join(p if i % 2 else _limited(p, code[cuts[i]:cuts[i + 1]], cap) for i, p in enumerate(parts))


def _within(name: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ConsoleLimit(f"{name} {value}: must be between {low:,} and {high:,}")


def run_console(store: Store, query: str, params: dict[str, Any] | None = None, timeout_ms: int = DEFAULT_TIMEOUT_MS,
                limit: int = DEFAULT_ROW_CAP) -> tuple[list[Row], bool]:
    """Rows (at most ``limit``) and whether more were cut off."""
    _within("--timeout", timeout_ms, 1, MAX_TIMEOUT_MS)
    _within("--limit", limit, 1, MAX_ROWS)
    check(query)
    text = query.strip().rstrip(";").rstrip()
    return store.console(bounded(text, limit + 1), params or {}, timeout_ms, limit)
