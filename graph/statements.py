"""The loader's write statements for entities and relationships, shared by loading, replacing documents and
applying corrections: batched UNWIND rows per node label or relationship type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from cypher import query
from graph.model import Entity, Relation
from graph.records import entity_props, relation_props
from graph.stores.base import Statement

BATCH_ROWS = 2000
T = TypeVar("T")


@dataclass(frozen=True)
class Deferred:
    """Statements built only as the store sends them, and built again if it retries (Neo4j's managed transactions):
    a load holds one statement's rows at a time, not the rows of every record as well as the records."""

    parts: tuple[Callable[[], Iterable[Statement]], ...]

    def __iter__(self) -> Iterator[Statement]:
        for part in self.parts:
            yield from part()


def chunks(rows: list[dict[str, Any]], size: int = BATCH_ROWS) -> list[list[dict[str, Any]]]:
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


def _by_type(records: Iterable[T], kind: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    grouped: dict[str, list[T]] = defaultdict(list)
    for record in records:
        grouped[kind(record)].append(record)
    return sorted(grouped.items())


def iter_entity_statements(entities: Iterable[Entity], fresh: bool = False) -> Iterator[Statement]:
    """MERGE statements per type, each batch's rows built when it is reached; CREATE where the store is known to be
    empty (``fresh``)."""
    name = "store/create_nodes.cypher" if fresh else "store/merge_nodes.cypher"
    for kind, records in _by_type(entities, lambda e: e.type):
        for start in range(0, len(records), BATCH_ROWS):
            rows = [{"id": e.id, "props": entity_props(e)} for e in records[start:start + BATCH_ROWS]]
            yield query(name, label=kind), {"rows": rows}


def iter_relation_statements(relations: Iterable[Relation], fresh: bool = False) -> Iterator[Statement]:
    name = "store/create_relations.cypher" if fresh else "store/merge_relations.cypher"
    for kind, records in _by_type(relations, lambda r: r.type):
        for start in range(0, len(records), BATCH_ROWS):
            rows = [{"source": r.source, "target": r.target, "props": relation_props(r)}
                    for r in records[start:start + BATCH_ROWS]]
            yield query(name, type=kind), {"rows": rows}


def entity_statements(entities: Iterable[Entity], fresh: bool = False) -> list[Statement]:
    return list(iter_entity_statements(entities, fresh))


def relation_statements(relations: Iterable[Relation], fresh: bool = False) -> list[Statement]:
    return list(iter_relation_statements(relations, fresh))


def delete_relations(relations: Iterable[Relation]) -> list[Statement]:
    by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
    for relation in relations:
        by_type[relation.type].append({"source": relation.source, "target": relation.target})
    return [(query("store/delete_relations.cypher", type=t), {"rows": rows}) for t, rows in by_type.items()]
