"""Resolve stage: one entity per real-world thing across documents and languages, corrections applied.

Ids already carry identity (gazetteer ids, folded names), so documents agree by construction; a name that a rule
made up and that is another entity's known alias joins that entity; analysts' overrides come last.
"""

from __future__ import annotations

from collections.abc import Iterable

from graph.keys import fold
from graph.merge import merge_entity, merge_relation, tidy_entity, tidy_relation
from graph.model import Document, Entity, Extraction, Relation
from loaders.extract.gazetteer import gazetteer
from loaders.extract.pipeline import DocumentResult
from loaders.resolve.events import same_meetings
from loaders.resolve.overrides import Overrides


def _alias_targets(entities: dict[str, Entity], overrides: Overrides) -> dict[str, str]:
    """An entity a rule made up joins the entity that has its name as an alias: a gazetteer entry, or an agency
    whose acronym another article defined ("Philippine Drug Enforcement Agency (PDEA)")."""
    known: dict[tuple[str, str], str] = {}
    for entity in sorted(entities.values(), key=lambda e: gazetteer().get(e.id) is None):
        names = [entity.name, *entity.aliases] if gazetteer().get(entity.id) else entity.aliases
        for name in names:
            known.setdefault((entity.type, fold(name)), entity.id)
    mapping = {}
    for entity in entities.values():
        target = known.get((entity.type, fold(entity.name)))
        if target and target != entity.id and not gazetteer().get(entity.id) and not overrides.apart(entity.id, target):
            mapping[entity.id] = target
    return mapping


def _id_map(entities: dict[str, Entity], overrides: Overrides) -> dict[str, str]:
    mapping = _alias_targets(entities, overrides)
    mapping.update({old: new for old, new in same_meetings(entities).items() if not overrides.apart(old, new)})
    for merge in overrides.merge:  # into an entity these documents hold; the store applies the others
        mapping.update({i: merge.into for i in merge.ids if i != merge.into and merge.into in entities})
    return mapping


def _apply_entity_overrides(entities: dict[str, Entity], overrides: Overrides) -> None:
    for entity_id in overrides.edited_ids():
        if entity_id in entities:
            overrides.edit(entities[entity_id])


def _apply_fact_overrides(relations: dict[tuple[str, str, str], Relation], overrides: Overrides,
                          entities: dict[str, Entity]) -> None:
    for ref in overrides.reject:
        relations.pop((ref.type, ref.source, ref.target), None)
    for ref in overrides.add:
        if ref.source in entities and ref.target in entities:
            relations[(ref.type, ref.source, ref.target)] = ref.as_relation()


def _put_relation(relations: dict[tuple[str, str, str], Relation], relation: Relation) -> None:
    if relation.key in relations:
        merge_relation(relations[relation.key], relation)
    else:
        relations[relation.key] = relation


def _collect(results: Iterable[DocumentResult]) -> tuple[dict[str, Entity], dict[tuple[str, str, str], Relation]]:
    """Every document's records, the same id merged into one."""
    entities: dict[str, Entity] = {}
    relations: dict[tuple[str, str, str], Relation] = {}
    for result in results:
        for entity in result.entities:
            if entity.id in entities:
                merge_entity(entities[entity.id], entity)
            else:
                entities[entity.id] = entity
        for relation in result.relations:
            _put_relation(relations, relation)
    return entities, relations


def _remap(entities: dict[str, Entity], relations: dict[tuple[str, str, str], Relation],
           mapping: dict[str, str]) -> dict[tuple[str, str, str], Relation]:
    """Fold merged entities into their targets and point relations at them (a relation to itself goes)."""
    for old, new in mapping.items():
        if old in entities and new in entities:
            merge_entity(entities[new], entities.pop(old))
    merged: dict[tuple[str, str, str], Relation] = {}
    for relation in relations.values():
        relation.source = mapping.get(relation.source, relation.source)
        relation.target = mapping.get(relation.target, relation.target)
        if relation.source != relation.target:
            _put_relation(merged, relation)
    return merged


def _with_known_names(entities: dict[str, Entity]) -> None:
    """Every name the gazetteer knows an entity by, not only those this text used."""
    for entity in entities.values():
        entry = gazetteer().get(entity.id)
        if entry is not None:
            entity.aliases += [a for a in entry.aliases if a != entity.name and a not in entity.aliases]


def resolve(documents: list[Document], results: Iterable[DocumentResult], overrides: Overrides) -> Extraction:
    entities, relations = _collect(results)
    merged = _remap(entities, relations, _id_map(entities, overrides))
    _with_known_names(entities)
    _apply_entity_overrides(entities, overrides)
    _apply_fact_overrides(merged, overrides, entities)
    extraction = Extraction(documents=sorted(documents, key=lambda d: d.source),
                            entities=sorted(entities.values(), key=lambda e: e.id),
                            relations=sorted(merged.values(), key=lambda r: r.key))
    for entity in extraction.entities:
        tidy_entity(entity)
    for relation in extraction.relations:
        tidy_relation(relation)
    return extraction
