"""How two records of one entity or one fact become one; resolution and the stores share these rules so that
loading the same documents again changes nothing.

Merging is commutative and associative: which document is read or loaded first never changes the result
(two names or two countries for one meeting resolve the same way whatever the order of loads or arguments)."""

from __future__ import annotations

from typing import TypeVar

from graph.model import Entity, Relation

T = TypeVar("T")

FILLED = ("country", "kind", "series", "phase", "city", "online", "title")


def more_precise(current: str | None, new: str | None) -> bool:
    """"2024-03-25" says more than "2024-03", which says more than "2024"."""
    return bool(new) and (not current or len(str(new)) > len(str(current)))


def _date(current: str | None, new: str | None, last: bool) -> str | None:
    """The more precise date; of two equally precise ones the earlier start or the later end."""
    if not current or not new or len(current) != len(new):
        return new if more_precise(current, new) else current
    return max(current, new) if last else min(current, new)


def _either(current: T, new: T) -> T:
    """A value only one side has; of two different values, the same one whatever the order."""
    if current is new:
        return current  # the same object: the country or kind most records share
    if current in (None, []) or new in (None, []):
        return new if current in (None, []) else current
    return min(current, new, key=str)


def preferred_name(a: str, b: str) -> str:
    """The longer (more complete) name; of two as long, the first in alphabetical order."""
    return min(a, b, key=lambda name: (-len(name), name))


def _set(record: Entity | Relation, field: str, value: object) -> None:
    """Assign only what changes: a pydantic assignment costs far more than the comparison (merging is a hot loop)."""
    if getattr(record, field) is not value:
        setattr(record, field, value)


def _set_list(record: Entity | Relation, field: str, value: list[str]) -> None:
    """Assign a list only when it differs from the one held (most merges add nothing new)."""
    if getattr(record, field) != value:
        setattr(record, field, value)


def merge_entity(into: Entity, other: Entity) -> None:
    """Fold ``other`` into ``into``; call :func:`tidy_entity` once all merges are done."""
    name = preferred_name(into.name, other.name)
    _set_list(into, "aliases", [a for a in dict.fromkeys([into.name, *into.aliases, other.name, *other.aliases]) if a != name])
    _set(into, "name", name)
    into.mentions.extend(other.mentions)
    for field in FILLED:
        value = getattr(other, field)
        if value not in (None, []):  # else _either keeps what ``into`` holds
            _set(into, field, _either(getattr(into, field), value))
    _set(into, "start", _date(into.start, other.start, last=False))
    _set(into, "end", _date(into.end, other.end, last=True))
    _set_list(into, "focus", sorted(set(into.focus) | set(other.focus)))


def merge_relation(into: Relation, other: Relation) -> None:
    """Fold ``other`` into ``into``; call :func:`tidy_relation` once all merges are done."""
    _set_list(into, "roles", sorted(set(into.roles) | set(other.roles)))
    _set(into, "confidence", max(into.confidence, other.confidence))
    into.evidence.extend(other.evidence)
    _set(into, "title", _either(into.title, other.title))
    _set(into, "note", _either(into.note, other.note))


def tidy_entity(entity: Entity) -> None:
    """Mentions once each, in document order (merging only appends, which keeps it linear); aliases sorted."""
    entity.mentions = sorted({(m.document, m.start): m for m in entity.mentions}.values(), key=lambda m: (m.document, m.start))
    entity.aliases = sorted(set(entity.aliases) - {entity.name})


def tidy_relation(relation: Relation) -> None:
    relation.evidence = sorted({(e.document, e.start): e for e in relation.evidence}.values(),
                               key=lambda e: (e.document, e.start))
