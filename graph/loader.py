"""Write an extraction into a store: batched UNWIND … MERGE on stable ids, merged with what the store holds.

Loading the same documents again changes nothing. A document whose text changed (same source, new content id)
first gives back what it contributed; facts other documents support stay. Analyst overrides apply after.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial

from cypher import query
from graph.contributions import apply_corrections, remove_document
from graph.merge import merge_entity, merge_relation, tidy_entity, tidy_relation
from graph.model import Document, Entity, Extraction, Relation
from graph.records import document_props, entity_from, relation_from
from graph.statements import BATCH_ROWS, Deferred, chunks, iter_entity_statements, iter_relation_statements
from graph.stores.base import Statement, Store, StoreError
from loaders.resolve.overrides import Overrides

Progress = Callable[[int, int], None]  # called once the load is written


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


def _statements(store: Store, index: _ByDocument, documents: Sequence[Document], fresh: bool) -> Deferred:
    """Everything the documents say, merged with what the store holds, as batched UNWIND statements built one at a
    time as the store sends them."""
    ids = {d.id for d in documents}
    entities, relations = index.slice(ids) if index.partial(ids) else (index.all_entities, index.all_relations)
    fresh = fresh or not store.read(query("store/any_entity.cypher"))
    if fresh:
        for entity in entities:
            tidy_entity(entity)
        for relation in relations:
            tidy_relation(relation)
    else:
        entities, relations = _merged_entities(store, entities), _merged_relations(store, relations)
    return Deferred((partial(iter_entity_statements, entities, fresh), partial(iter_relation_statements, relations, fresh),
                     partial(_document_statements, documents), partial(_mention_statements, entities)))


def _document_statements(documents: Sequence[Document]) -> Iterator[Statement]:
    for start in range(0, max(len(documents), 1), BATCH_ROWS):  # no documents: one statement of no rows, as chunks()
        rows = [{"id": d.id, "props": document_props(d)} for d in documents[start:start + BATCH_ROWS]]
        yield query("store/merge_documents.cypher"), {"rows": rows}


def _mention_statements(entities: list[Entity]) -> Iterator[Statement]:
    mentions = sorted({(m.document, e.id) for e in entities for m in e.mentions})
    for rows in chunks([{"document": d, "entity": e} for d, e in mentions], BATCH_ROWS):
        yield query("store/merge_mentions.cypher"), {"rows": rows}


def fingerprint(overrides: Overrides | None) -> str:
    """Which corrections a store was loaded with: a change to the file makes the next load redo its documents."""
    return hashlib.sha256((overrides or Overrides()).model_dump_json().encode()).hexdigest()[:16]


def _to_write(store: Store, extraction: Extraction, report: LoadReport, corrected: str) -> tuple[list[Document], bool]:
    """The documents to write and whether to rebuild the whole graph from them.

    New, changed and incomplete documents are written (a changed one first gives back what it said before, an
    incomplete one is removed first), and so are documents loaded under other corrections than these: the whole
    graph is rebuilt from them if this run holds every stored document."""
    held = {row["id"]: row for row in store.read(query("store/documents.cypher"))}
    stale = {doc_id for doc_id, row in held.items() if row.get("complete") and row.get("overrides") != corrected}
    if stale and set(held) <= {d.id for d in extraction.documents}:
        report.replaced += [d.source for d in extraction.documents if d.id in held]
        return list(extraction.documents), True
    by_source = {row["source"]: doc_id for doc_id, row in held.items()}
    todo = []
    for document in extraction.documents:
        row = held.get(document.id)
        if row and row.get("complete") and document.id not in stale:
            report.unchanged.append(document.source)
            continue
        previous = by_source.get(document.source)
        if previous and (previous != document.id or row):
            remove_document(store, previous)
            if row is None or document.id in stale:
                report.replaced.append(document.source)
        todo.append(document)
    return todo, False


def load(store: Store, extraction: Extraction, progress: Progress | None = None,
         overrides: Overrides | None = None) -> LoadReport:
    """Write ``extraction`` and apply ``overrides``; documents already loaded whole are skipped, changed ones replaced.

    One load at a time holds the store's writer lock; everything the documents say is written in one
    transaction, so readers see all of it or nothing, and a load killed before it commits leaves the store as it
    was. Documents are marked complete by the last statement (a store whose engine lost part of a transaction
    shows them in `ckg stats`; the next load or `ckg repair` removes them).
    """
    store.ensure_schema()
    report = LoadReport()
    corrected = fingerprint(overrides)
    with store.writer():
        todo, rebuild = _to_write(store, extraction, report, corrected)
        if todo:
            _write_documents(store, extraction, todo, rebuild, corrected)
            report.loaded += [d.source for d in todo]
        if progress:
            progress(1, 1)
        apply_corrections(store, overrides or Overrides())
    return report


def _write_documents(store: Store, extraction: Extraction, todo: list[Document], rebuild: bool, corrected: str) -> None:
    ids = sorted(d.id for d in todo)
    try:
        before: list[Statement] = [(query("store/delete_all.cypher"), {})] if rebuild else []
        body = _statements(store, _ByDocument.of(extraction), todo, fresh=rebuild)
        after = [(query("store/complete_documents.cypher"), {"ids": ids, "overrides": corrected})]
        store.write(Deferred((lambda: before, lambda: body, lambda: after)))
    except StoreError:
        for document_id in ids:  # what the engine kept of a failed transaction goes
            remove_document(store, document_id)
        raise
