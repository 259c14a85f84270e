"""Give back what a document contributed, and apply analyst overrides, inside a store."""

from __future__ import annotations

from cypher import query
from graph.merge import merge_entity, merge_relation, tidy_entity, tidy_relation
from graph.model import Relation
from graph.records import entity_from, relation_from
from graph.statements import delete_relations, entity_statements, relation_statements
from graph.stores.base import Store
from loaders.resolve.overrides import Overrides


def remove_document(store: Store, document_id: str) -> None:
    """Evidence and mentions from the document go; a fact or an entity nothing else supports goes with them."""
    params = {"document": document_id}
    relations = [relation_from(r) for r in store.read(query("store/document_relations.cypher"), params)]
    keep: list[Relation] = []
    drop: list[Relation] = []
    for relation in relations:
        relation.evidence = [e for e in relation.evidence if e.document != document_id]
        (keep if relation.evidence else drop).append(relation)
    entities = [entity_from(r) for r in store.read(query("store/document_nodes.cypher"), params)]
    for entity in entities:
        entity.mentions = [m for m in entity.mentions if m.document != document_id]
    statements = delete_relations(drop) + relation_statements(keep) + entity_statements(entities)
    statements += [(query("store/delete_document.cypher"), {"id": document_id}), (query("store/delete_orphans.cypher"), {})]
    store.write(statements)


def _relations_of(store: Store, entity_id: str) -> list[Relation]:
    rows = store.read(query("store/entity_relations.cypher"), {"id": entity_id})
    return [relation_from(r) for r in rows]


def merge_entities(store: Store, source_id: str, into_id: str) -> None:
    """Move everything of ``source_id`` onto ``into_id`` and delete it."""
    rows = {r["id"]: entity_from(r) for r in store.read(query("store/read_nodes.cypher"), {"ids": [source_id, into_id]})}
    if source_id not in rows or into_id not in rows:
        return
    into = rows[into_id]
    merge_entity(into, rows[source_id])
    tidy_entity(into)
    moved = []
    targets = {r.key: r for r in _relations_of(store, into_id)}
    for relation in _relations_of(store, source_id):
        old = relation.model_copy()
        relation.source = into_id if relation.source == source_id else relation.source
        relation.target = into_id if relation.target == source_id else relation.target
        if relation.source == relation.target:
            continue
        if relation.key in targets:
            merge_relation(relation, targets[relation.key])
        tidy_relation(relation)
        moved.append((old, relation))
    statements = delete_relations([old for old, _ in moved]) + entity_statements([into])
    statements += relation_statements([new for _, new in moved])
    statements.append((query("store/move_mentions.cypher"), {"source": source_id, "into": into_id}))
    statements.append((query("store/delete_entity.cypher"), {"id": source_id}))
    store.write(statements)


def _edit_entities(store: Store, overrides: Overrides) -> None:
    ids = overrides.edited_ids()
    rows = store.read(query("store/read_nodes.cypher"), {"ids": ids}) if ids else []
    entities = [entity_from(r) for r in rows]
    for entity in entities:
        overrides.edit(entity)
        tidy_entity(entity)
    if entities:
        store.write(entity_statements(entities))


def _added_facts(store: Store, overrides: Overrides) -> list[Relation]:
    ids = {i for ref in overrides.add for i in (ref.source, ref.target)}
    present = {r["id"] for r in store.read(query("store/read_nodes.cypher"), {"ids": sorted(ids)})} if ids else set()
    return [ref.as_relation() for ref in overrides.add if ref.source in present and ref.target in present]


def apply_overrides(store: Store, overrides: Overrides) -> None:
    """Analyst corrections, applied to whatever the store holds; applying them twice changes nothing."""
    store.ensure_schema()
    with store.writer():
        apply_corrections(store, overrides)


def apply_corrections(store: Store, overrides: Overrides) -> None:
    """:func:`apply_overrides` for a caller that holds the store's writer lock already (a load)."""
    for merge in overrides.merge:
        for source_id in merge.ids:
            if source_id != merge.into:
                merge_entities(store, source_id, merge.into)
    rejected = [Relation(type=r.type, source=r.source, target=r.target) for r in overrides.reject]  # type: ignore[arg-type]
    statements = delete_relations(rejected) + relation_statements(_added_facts(store, overrides))
    if statements:
        store.write(statements)
    _edit_entities(store, overrides)
