"""Corrections against the data: refuse those that would lose facts, and list what each one did (--explain-overrides)."""

from __future__ import annotations

import sys
from typing import Any

from cypher import query
from graph.model import Extraction
from graph.records import entity_from
from graph.stores.base import Store
from loaders.resolve.override_rules import against
from loaders.resolve.overrides import FactRef, Overrides


class OverridesRefused(Exception):
    """Corrections that do not fit the data; the message names each entry."""


def known_ids(overrides: Overrides, extraction: Extraction, store: Store | None) -> set[str]:
    """The ids corrections name that the documents (and the store, when there is one) hold."""
    known = {e.id for e in extraction.entities}
    wanted = sorted(overrides.ids() - known)
    if store is not None and wanted:
        known |= {r["id"] for r in store.read(query("store/read_nodes.cypher"), {"ids": wanted})}
    return known


def check(overrides: Overrides, known: set[str], strict: bool) -> None:
    """Refuse merges into an id the data lacks (only a warning without a store: it may hold the id); count the
    corrections that have no effect."""
    refused, inert = against(overrides, known)
    if refused and strict:
        raise OverridesRefused("overrides refused: " + "; ".join(refused))
    for line in refused:
        print(f"ckg: overrides: {line}", file=sys.stderr)
    if inert:
        print(f"ckg: overrides: {len(inert)} correction(s) name ids that are in neither these documents nor the "
              f"store; see --explain-overrides", file=sys.stderr)


def _fact(store: Store, ref: FactRef) -> bool:
    keys = [{"type": ref.type, "source": ref.source, "target": ref.target}]
    return bool(store.read(query("store/read_relations.cypher"), {"keys": keys}))


def explain(store: Store, overrides: Overrides) -> list[dict[str, Any]]:
    """One row per correction, with what the store now shows of it."""
    held = {r["id"]: entity_from(r) for r in store.read(query("store/read_nodes.cypher"), {"ids": sorted(overrides.ids())})}

    def absent(*ids: str) -> str | None:
        missing = [i for i in ids if i not in held]
        return f"no effect: {', '.join(missing)} not in the store" if missing else None

    rows: list[tuple[str, str, str | None]] = []
    for merge in overrides.merge:
        left = [i for i in merge.ids if i in held]
        effect = f"not applied: {', '.join(left)} still separate" if left else f"{merge.into} holds their names and facts"
        rows.append(("merge", f"{', '.join(merge.ids)} into {merge.into}", absent(merge.into) or effect))
    for rename in overrides.rename:
        rows.append(("rename", f"{rename.id} to {rename.name!r}", absent(rename.id) or f"named {held[rename.id].name!r}"))
    for alias in overrides.aliases:
        shown = alias.id in held and alias.alias in [held[alias.id].name, *held[alias.id].aliases]
        rows.append(("alias", f"{alias.id} also {alias.alias!r}", absent(alias.id) or ("alias kept" if shown else "missing")))
    for kind, refs in (("reject", overrides.reject), ("add", overrides.add)):
        for ref in refs:
            there = "fact present" if _fact(store, ref) else "fact absent"
            rows.append((kind, f"{ref.type} {ref.source} -> {ref.target}", absent(ref.source, ref.target) or there))
    for group in overrides.keep_apart:
        rows.append(("keep_apart", ", ".join(group), absent(*group) or "kept as separate entities"))
    return [{"correction": kind, "entry": entry, "effect": effect} for kind, entry, effect in rows]
