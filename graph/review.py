"""Analysts' corrections from the app: each one is written to the overrides file, which every later extraction
and load applies, and applied to the store at once. Each returns an `Undo`: the entry it added and the records it
touched as they were, so the app can take it back exactly (file and graph)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cypher import query
from graph.contributions import apply_overrides
from graph.model import Entity, Relation
from graph.records import entity_from, relation_from
from graph.statements import entity_statements, relation_statements
from graph.stores.base import Statement, Store
from loaders.resolve.overrides import Alias, FactRef, Merge, Overrides, load_overrides, save_overrides

FIELDS = ("merge", "keep_apart", "rename", "aliases", "reject", "add")


@dataclass
class Undo:
    """What one correction changed: ``change`` went into the file, ``entities`` and ``relations`` are as before."""

    label: str
    change: Overrides
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)


def _snapshot(store: Store, ids: list[str]) -> tuple[list[Entity], list[Relation]]:
    entities = [entity_from(r) for r in store.read(query("store/read_nodes.cypher"), {"ids": ids})]
    relations = {relation.key: relation for entity_id in ids
                 for relation in map(relation_from, store.read(query("store/entity_relations.cypher"), {"id": entity_id}))}
    return entities, list(relations.values())


def _record(store: Store, path: Path, label: str, change: Overrides, ids: list[str]) -> Undo:
    entities, relations = _snapshot(store, ids)
    overrides = load_overrides(path)
    for name in FIELDS:
        held = getattr(overrides, name)
        held += [item for item in getattr(change, name) if item not in held]
    save_overrides(path, overrides)
    apply_overrides(store, change)
    return Undo(label, change, entities, relations)


def forget(path: Path, change: Overrides) -> None:
    """Take the entries of ``change`` out of the overrides file (the last equal one of each)."""
    overrides = load_overrides(path)
    for name in FIELDS:
        held = getattr(overrides, name)
        for item in getattr(change, name):
            if item in held:
                del held[len(held) - 1 - held[::-1].index(item)]
    save_overrides(path, overrides)


def undo(store: Store, path: Path, done: Undo) -> None:
    """The file without the correction, and the touched records back as they were."""
    forget(path, done.change)
    if not done.entities:
        return
    statements: list[Statement] = [(query("store/delete_entity.cypher"), {"id": e.id}) for e in done.entities]
    statements += entity_statements(done.entities) + relation_statements(done.relations)
    mentions = sorted({(m.document, e.id) for e in done.entities for m in e.mentions})
    statements.append((query("store/merge_mentions.cypher"), {"rows": [{"document": d, "entity": e} for d, e in mentions]}))
    store.write(statements)


def merge(store: Store, path: Path, into: str, source: str, label: str = "") -> Undo:
    """``source`` and ``into`` are one thing: ``source`` is folded into ``into``."""
    if into == source:
        raise ValueError("an entity cannot be merged into itself")
    change = Overrides(merge=[Merge(into=into, ids=[source])])
    return _record(store, path, label or f"merged {source} into {into}", change, [into, source])


def add_alias(store: Store, path: Path, entity: str, alias: str, label: str = "") -> Undo:
    if not alias.strip():
        raise ValueError("the alias is empty")
    change = Overrides(aliases=[Alias(id=entity, alias=alias.strip())])
    return _record(store, path, label or f"alias {alias.strip()!r} for {entity}", change, [entity])


def reject(store: Store, path: Path, type_: str, source: str, target: str, note: str, label: str = "") -> Undo:
    """The fact is wrong: it goes from the graph and stays gone on every reload."""
    change = Overrides(reject=[FactRef(type=type_, source=source, target=target, note=note)])
    return _record(store, path, label or f"rejected {type_} {source} → {target}", change, [source, target])


def keep_apart(store: Store, path: Path, first: str, second: str, label: str = "") -> Undo:
    """Two entities that are not the same thing: no later extraction may merge them."""
    if first == second:
        raise ValueError("choose two different entities")
    change = Overrides(keep_apart=[[first, second]])
    return _record(store, path, label or f"kept {first} and {second} apart", change, [])
