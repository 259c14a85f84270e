"""Write an extraction into a store: batched UNWIND … MERGE on stable ids, merged with what the store holds.

Loading the same documents again changes nothing. A document whose text changed (same source, new content id)
first gives back what it contributed; facts other documents support stay. Analyst overrides apply after.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from cypher import query
from graph.merge import merge_entity, merge_relation, tidy_entity, tidy_relation
from graph.model import Document, Entity, Extraction, Relation
from graph.records import document_props, entity_from, entity_props, relation_from, relation_props
from graph.stores.base import Statement, Store

BATCH_DOCUMENTS = 200
Progress = Callable[[int], None]


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def _existing_entities(store: Store, ids: list[str]) -> dict[str, Entity]:
    rows = store.read(query("store/read_nodes.cypher"), {"ids": ids}) if ids else []
    return {r["id"]: entity_from(r["id"], dict(r["props"])) for r in rows}


def _existing_relations(store: Store, relations: list[Relation]) -> dict[tuple[str, str, str], Relation]:
    keys = [{"type": r.type, "source": r.source, "target": r.target} for r in relations]
    rows = store.read(query("store/read_relations.cypher"), {"keys": keys}) if keys else []
    found = [relation_from(r["type"], r["source"], r["target"], dict(r["props"])) for r in rows]
    return {r.key: r for r in found}


def entity_statements(entities: Iterable[Entity]) -> list[Statement]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in entities:
        by_type[entity.type].append({"id": entity.id, "props": entity_props(entity)})
    return [(query("store/merge_nodes.cypher", label=t), {"rows": rows}) for t, rows in sorted(by_type.items())]


def relation_statements(relations: Iterable[Relation]) -> list[Statement]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for relation in relations:
        by_type[relation.type].append({"source": relation.source, "target": relation.target, "props": relation_props(relation)})
    return [(query("store/merge_relations.cypher", type=t), {"rows": rows}) for t, rows in sorted(by_type.items())]


def _merged_entities(store: Store, entities: list[Entity]) -> list[Entity]:
    existing = _existing_entities(store, [e.id for e in entities])
    for entity in entities:
        if entity.id in existing:
            held = existing[entity.id]
            merge_entity(entity, held)
            entity.aliases = [a for a in entity.aliases if a != entity.name]
        tidy_entity(entity)
    return entities


def _merged_relations(store: Store, relations: list[Relation]) -> list[Relation]:
    existing = _existing_relations(store, relations)
    for relation in relations:
        if relation.key in existing:
            merge_relation(relation, existing[relation.key])
        tidy_relation(relation)
    return relations


def _slice(extraction: Extraction, documents: set[str]) -> tuple[list[Entity], list[Relation]]:
    """What these documents say: entities with their mentions there, relations with their evidence there."""
    entities = []
    for entity in extraction.entities:
        mentions = [m for m in entity.mentions if m.document in documents]
        if mentions:
            entities.append(entity.model_copy(update={"mentions": mentions, "aliases": list(entity.aliases)}))
    relations = []
    for relation in extraction.relations:
        evidence = [e for e in relation.evidence if e.document in documents]
        if evidence:
            relations.append(relation.model_copy(update={"evidence": evidence, "roles": list(relation.roles)}))
    return entities, relations


def _batch(store: Store, extraction: Extraction, documents: Sequence[Document]) -> None:
    ids = {d.id for d in documents}
    entities, relations = _slice(extraction, ids)
    mentions = [{"document": m.document, "entity": e.id} for e in entities for m in e.mentions]
    statements = entity_statements(_merged_entities(store, entities))
    statements += relation_statements(_merged_relations(store, relations))
    statements.append((query("store/merge_documents.cypher"),
                       {"rows": [{"id": d.id, "props": document_props(d)} for d in documents]}))
    statements.append((query("store/merge_mentions.cypher"), {"rows": [dict(t) for t in {tuple(m.items()) for m in mentions}]}))
    statements.append((query("store/complete_documents.cypher"), {"ids": sorted(ids)}))
    store.write(statements)


def load(store: Store, extraction: Extraction, progress: Progress | None = None) -> LoadReport:
    """Write ``extraction``; documents already loaded whole are skipped, changed ones replaced."""
    from graph.contributions import remove_document

    store.ensure_schema()
    held = {row["id"]: row for row in store.read(query("store/documents.cypher"))}
    by_source = {row["source"]: doc_id for doc_id, row in held.items()}
    report = LoadReport()
    todo = []
    for document in extraction.documents:
        if document.id in held and held[document.id].get("complete"):
            report.unchanged.append(document.source)
            continue
        previous = by_source.get(document.source)
        if previous and previous != document.id:
            remove_document(store, previous)
            report.replaced.append(document.source)
        todo.append(document)
    for start in range(0, len(todo), BATCH_DOCUMENTS):
        chunk = todo[start:start + BATCH_DOCUMENTS]
        try:
            _batch(store, extraction, chunk)
        except Exception:
            for document in chunk:  # nothing half-written stays
                remove_document(store, document.id)
            raise
        report.loaded += [d.source for d in chunk]
        if progress:
            progress(len(chunk))
    return report
