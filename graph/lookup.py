"""Name an entity any way an analyst would: any name or alias, either language, with or without diacritics,
either tone placement, and a campaign phase as "OMD 5", "Con Rồng Mê Kông 5", "mekong dragon v" or
"OMD giai đoạn 5"."""

from __future__ import annotations

import difflib
import re

from cypher import query, variant
from graph.keys import fold
from graph.stores.base import Store, StoreError

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11,
          "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16}
_PHASE = re.compile(r"^(?P<base>.+?)\s*(?:giai doan|phase|dot|lan thu)?\s*(?P<n>\d{1,4}|[ivx]{1,5})$")


class NotFound(StoreError):
    """No entity has that name; the message suggests close ones."""


def _phase_of(key: str) -> tuple[str, int] | None:
    match = _PHASE.match(key)
    if not match:
        return None
    raw = match.group("n")
    number = int(raw) if raw.isdigit() else _ROMAN.get(raw)
    return (match.group("base").strip(), number) if number else None


def _suggest(store: Store, types: list[str], key: str) -> str:
    rows = store.read(query("store/suggest.cypher"), {"types": types})
    names = {k: r["name"] for r in rows for k in r["keys"] or []}
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.6)
    return "; did you mean " + ", ".join(f"'{names[c]}'" for c in close) + "?" if close else ""


def find_ids(store: Store, types: list[str], name: str) -> list[str]:
    """Ids of the entities of ``types`` that ``name`` names; raises NotFound with suggestions."""
    key = fold(name)
    rows = store.read(variant("store/lookup_keys.cypher", store.kind), {"types": types, "key": key})
    if not rows and "Campaign" in types and (phase := _phase_of(key)):
        series = store.read(variant("store/lookup_keys.cypher", store.kind), {"types": ["Campaign"], "key": phase[0]})
        if series:
            rows = store.read(query("store/lookup_phase.cypher"), {"series": [r["id"] for r in series], "phase": phase[1]})
    if not rows and len(key) >= 8:
        rows = store.read(query("store/lookup_contains.cypher"), {"types": types, "key": key})[:1]
    if not rows:
        raise NotFound(f"no {' or '.join(types).lower()} is called '{name}'{_suggest(store, types, key)}")
    return sorted({r["id"] for r in rows})


def document_titles(store: Store, ids: list[str]) -> dict[str, str]:
    """How to cite each document: its title, or its source when it has none."""
    rows = store.read(query("store/document_titles.cypher"), {"ids": ids})
    return {r["id"]: r["title"] or r["source"] for r in rows}


def expand(store: Store, entity_type: str, ids: list[str]) -> list[str]:
    """A series with its phases, an agency with its departments."""
    name = {"Campaign": "store/expand_phases.cypher", "Agency": "store/expand_units.cypher"}.get(entity_type)
    if name is None:
        return ids
    rows = store.read(query(name), {"ids": ids})
    return sorted(set(ids) | set(rows[0]["ids"] if rows else []))
