"""Write an extraction into a store: batched UNWIND … MERGE on stable ids, merged with what the store holds.

Loading the same documents again changes nothing. A document whose text changed (same source, new content id)
first gives back what it contributed; facts other documents support stay. Analyst overrides apply after.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from cypher import query
from graph.contributions import remove_document
from graph.merge import merge_entity, merge_relation, tidy_entity, tidy_relation
from graph.model import Document, Entity, Extraction, Relation
from graph.records import document_props, entity_from, relation_from
from graph.statements import BATCH_ROWS, chunks, entity_statements, relation_statements
from graph.stores.base import Statement, Store

Progress = Callable[[int, int], None]


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def _existing_entities(store: Store, ids: list[str]) -> dict[str, Entity]:
    rows = [r for i in range(0, len(ids), BATCH_ROWS)
            for r in store.read(query("store/read_nodes.cypher"), {"ids": ids[i:i + BATCH_ROWS]})]
    return {r["id"]: entity_from(r) for r in rows}


def _existing_relations(store: Store, relations: list[Relation]) -> dict[tuple[str, str, str], Relation]:
    keys = [{"type": r.type, "source": r.source, "target": r.target} for r in relations]
    rows = [r for i in range(0, len(keys), BATCH_ROWS)
            for r in store.read(query("store/read_relations.cypher"), {"keys": keys[i:i + BATCH_ROWS]})]
    return {r.key: r for r in map(relation_from, rows)}


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


@dataclass
class _ByDocument:
    """Which records each document contributes to, indexed once per load (slicing stays linear)."""

    entities: dict[str, list[Entity]] = field(default_factory=lambda: defaultdict(list))
    relations: dict[str, list[Relation]] = field(default_factory=lambda: defaultdict(list))
    all_entities: list[Entity] = field(default_factory=list)
    all_relations: list[Relation] = field(default_factory=list)

    def partial(self, documents: set[str]) -> bool:
        """Whether some record also rests on a document outside ``documents`` (then slices are needed)."""
        return not set(self.entities) <= documents or not set(self.relations) <= documents

    @classmethod
    def of(cls, extraction: Extraction) -> _ByDocument:
        index = cls(all_entities=extraction.entities, all_relations=extraction.relations)
        for entity in extraction.entities:
            for document in {m.document for m in entity.mentions}:
                index.entities[document].append(entity)
        for relation in extraction.relations:
            for document in {e.document for e in relation.evidence}:
                index.relations[document].append(relation)
        return index

    def slice(self, documents: set[str]) -> tuple[list[Entity], list[Relation]]:
        """What these documents say: entities with their mentions there, relations with their evidence there."""
        entities = {e.id: e for d in documents for e in self.entities.get(d, [])}
        relations = {r.key: r for d in documents for r in self.relations.get(d, [])}
        return ([Entity.model_construct(**{**e.__dict__, "aliases": list(e.aliases),
                                           "mentions": [m for m in e.mentions if m.document in documents]})
                 for e in entities.values()],
                [Relation.model_construct(**{**r.__dict__, "roles": list(r.roles),
                                             "evidence": [x for x in r.evidence if x.document in documents]})
                 for r in relations.values()])


def _statements(store: Store, index: _ByDocument, documents: Sequence[Document]) -> list[Statement]:
    """Everything the documents say, merged with what the store holds, as batched UNWIND statements."""
    ids = {d.id for d in documents}
    entities, relations = index.slice(ids) if index.partial(ids) else (index.all_entities, index.all_relations)
    fresh = not store.read(query("store/any_entity.cypher"))
    if fresh:
        for entity in entities:
            tidy_entity(entity)
        for relation in relations:
            tidy_relation(relation)
    else:
        entities, relations = _merged_entities(store, entities), _merged_relations(store, relations)
    mentions = sorted({(m.document, e.id) for e in entities for m in e.mentions})
    statements = entity_statements(entities, fresh) + relation_statements(relations, fresh)
    statements += [(query("store/merge_documents.cypher"), {"rows": rows})
                   for rows in chunks([{"id": d.id, "props": document_props(d)} for d in documents], BATCH_ROWS)]
    statements += [(query("store/merge_mentions.cypher"), {"rows": rows})
                   for rows in chunks([{"document": d, "entity": e} for d, e in mentions], BATCH_ROWS)]
    return statements


def _to_write(store: Store, extraction: Extraction, report: LoadReport) -> list[Document]:
    """The documents to write: new or changed ones (a changed one first gives back what it said before)."""
    held = {row["id"]: row for row in store.read(query("store/documents.cypher"))}
    by_source = {row["source"]: doc_id for doc_id, row in held.items()}
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
    return todo


def _write(store: Store, statements: list[Statement], progress: Progress | None) -> None:
    for number, statement in enumerate(statements, 1):
        store.write([statement])
        if progress:
            progress(number, len(statements))


def load(store: Store, extraction: Extraction, progress: Progress | None = None) -> LoadReport:
    """Write ``extraction``; documents already loaded whole are skipped, changed ones replaced.

    Documents are marked complete only once all they say is written: a load that fails or is killed half-way
    removes, or on the next run completes, what it had written.
    """
    store.ensure_schema()
    report = LoadReport()
    todo = _to_write(store, extraction, report)
    if not todo:
        return report
    try:
        statements = _statements(store, _ByDocument.of(extraction), todo)
        statements.append((query("store/complete_documents.cypher"), {"ids": sorted(d.id for d in todo)}))
        _write(store, statements, progress)
    except Exception:
        for document in todo:  # nothing half-written stays
            remove_document(store, document.id)
        raise
    report.loaded += [d.source for d in todo]
    return report
