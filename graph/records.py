"""Model records to store properties and back. Stores keep primitives and lists of primitives only, so mentions
and evidence travel as JSON strings; `documents` lists the documents a record rests on, for replacement.

The ``*_from`` readers take a row as the ``cypher/store/`` read queries return it: the record's id (or type,
source and target) beside its ``props``."""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from typing import Any

from graph.keys import fold
from graph.model import Document, Entity, Evidence, Mention, Relation

ENTITY_FIELDS = ("name", "aliases", "country", "kind", "series", "phase", "start", "end", "focus", "city", "online", "title")
RELATION_FIELDS = ("roles", "confidence", "title", "note")


def full_day(value: str, last: bool = False) -> str:
    """A year or a month as one ISO day, its first or (``last``) its last: "2024-02" ends on 2024-02-29."""
    if len(value) == 4:
        return value + ("-12-31" if last else "-01-01")
    if len(value) != 7:
        return value
    try:
        days = calendar.monthrange(int(value[:4]), int(value[5:7]))[1]
    except ValueError:  # no real month ("2024-13"): its 31st still follows any day of it
        days = 31
    return f"{value}-{days if last else 1:02d}"


def date_bounds(start: str | None, end: str | None) -> dict[str, str]:
    """Full ISO days for range filters: "2024" runs from 2024-01-01 to 2024-12-31."""
    out = {}
    if start:
        out["start_date"] = full_day(start)
    if end or start:
        out["end_date"] = full_day(str(end or start), last=True)
    return out


def entity_props(entity: Entity) -> dict[str, Any]:
    props = {k: getattr(entity, k) for k in ENTITY_FIELDS if getattr(entity, k) not in (None, [])}
    keys = sorted({fold(n) for n in [entity.name, *entity.aliases]} - {""})
    props.update(type=entity.type, keys=keys, documents=sorted({m.document for m in entity.mentions}),
                 mentions=[m.model_dump_json() for m in entity.mentions], **date_bounds(entity.start, entity.end))
    return props


def entity_from(row: Mapping[str, Any]) -> Entity:
    props = dict(row["props"])
    fields = {k: props[k] for k in ENTITY_FIELDS if props.get(k) is not None}
    mentions = [Mention.model_validate_json(m) for m in props.get("mentions") or []]
    return Entity(id=row["id"], type=props["type"], mentions=mentions, **fields)


def relation_props(relation: Relation) -> dict[str, Any]:
    props = {k: getattr(relation, k) for k in RELATION_FIELDS if getattr(relation, k) not in (None, [])}
    props.update(evidence=[e.model_dump_json() for e in relation.evidence],
                 documents=sorted({e.document for e in relation.evidence}), evidence_count=len(relation.evidence))
    return props


def relation_from(row: Mapping[str, Any]) -> Relation:
    props = dict(row["props"])
    fields = {k: props[k] for k in RELATION_FIELDS if props.get(k) is not None}
    evidence = [Evidence.model_validate_json(e) for e in props.get("evidence") or []]
    return Relation(type=row["type"], source=row["source"], target=row["target"], evidence=evidence, **fields)


def document_props(document: Document) -> dict[str, Any]:
    props = document.model_dump(exclude={"id", "text"}, exclude_none=True)
    props.update(text=document.text, complete=False)
    return props


def document_from(row: Mapping[str, Any]) -> Document:
    props = dict(row["props"])
    fields = {k: props[k] for k in ("source", "title", "language", "published", "text") if props.get(k) is not None}
    return Document(id=row["id"], **fields)

