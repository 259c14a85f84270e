"""The loader's write statements for entities and relationships, shared by loading, replacing documents and
applying corrections: batched UNWIND rows per node label or relationship type."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from cypher import query
from graph.model import Entity, Relation
from graph.records import entity_props, relation_props
from graph.stores.base import Statement

BATCH_ROWS = 2000


def chunks(rows: list[dict[str, Any]], size: int = BATCH_ROWS) -> list[list[dict[str, Any]]]:
    return [rows[i:i + size] for i in range(0, len(rows), size)] or [[]]


def entity_statements(entities: Iterable[Entity], fresh: bool = False) -> list[Statement]:
    """MERGE statements per type; CREATE where the store is known to be empty (``fresh``)."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in entities:
        by_type[entity.type].append({"id": entity.id, "props": entity_props(entity)})
    name = "store/create_nodes.cypher" if fresh else "store/merge_nodes.cypher"
    return [(query(name, label=t), {"rows": chunk}) for t, rows in sorted(by_type.items()) for chunk in chunks(rows)]


def relation_statements(relations: Iterable[Relation], fresh: bool = False) -> list[Statement]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for relation in relations:
        by_type[relation.type].append({"source": relation.source, "target": relation.target, "props": relation_props(relation)})
    name = "store/create_relations.cypher" if fresh else "store/merge_relations.cypher"
    return [(query(name, type=t), {"rows": chunk}) for t, rows in sorted(by_type.items()) for chunk in chunks(rows)]


def delete_relations(relations: Iterable[Relation]) -> list[Statement]:
    by_type: dict[str, list[dict[str, str]]] = defaultdict(list)
    for relation in relations:
        by_type[relation.type].append({"source": relation.source, "target": relation.target})
    return [(query("store/delete_relations.cypher", type=t), {"rows": rows}) for t, rows in by_type.items()]
