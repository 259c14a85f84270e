"""How two records of one entity or one fact become one; resolution and the stores share these rules so that
loading the same documents again changes nothing."""

from __future__ import annotations

from graph.model import Entity, Relation


def more_precise(current: str | None, new: str | None) -> bool:
    """"2024-03-25" says more than "2024-03", which says more than "2024"."""
    return bool(new) and (not current or len(str(new)) > len(str(current)))


def merge_entity(into: Entity, other: Entity) -> None:
    """Fold ``other`` into ``into``; call :func:`tidy_entity` once all merges are done."""
    aliases = dict.fromkeys(into.aliases)
    aliases.update(dict.fromkeys(a for a in [other.name, *other.aliases] if a != into.name))
    into.aliases = list(aliases)
    into.mentions += other.mentions
    for field in ("country", "kind", "series", "phase", "city", "online", "title"):
        if getattr(into, field) in (None, []):
            setattr(into, field, getattr(other, field))
    for field in ("start", "end"):
        if more_precise(getattr(into, field), getattr(other, field)):
            setattr(into, field, getattr(other, field))
    into.focus = sorted(set(into.focus) | set(other.focus))


def merge_relation(into: Relation, other: Relation) -> None:
    """Fold ``other`` into ``into``; call :func:`tidy_relation` once all merges are done."""
    into.roles = sorted(set(into.roles) | set(other.roles))
    into.confidence = max(into.confidence, other.confidence)
    into.evidence += other.evidence
    into.title = into.title or other.title
    into.note = into.note or other.note


def tidy_entity(entity: Entity) -> None:
    """Mentions once each, in document order (merging only appends, which keeps it linear)."""
    entity.mentions = sorted({(m.document, m.start): m for m in entity.mentions}.values(), key=lambda m: (m.document, m.start))


def tidy_relation(relation: Relation) -> None:
    relation.evidence = sorted({(e.document, e.start): e for e in relation.evidence}.values(),
                               key=lambda e: (e.document, e.start))
