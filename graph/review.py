"""Analysts' corrections from the app: each one is written to the overrides file, which every later extraction
and load applies, and applied to the store at once."""

from __future__ import annotations

from pathlib import Path

from graph.contributions import apply_overrides
from graph.stores.base import Store
from loaders.resolve.overrides import Alias, FactRef, Merge, Overrides, load_overrides, save_overrides


def _record(store: Store, path: Path, change: Overrides) -> None:
    overrides = load_overrides(path)
    overrides.merge += change.merge
    overrides.aliases += [a for a in change.aliases if a not in overrides.aliases]
    overrides.reject += [r for r in change.reject if r not in overrides.reject]
    save_overrides(path, overrides)
    apply_overrides(store, change)


def merge(store: Store, path: Path, into: str, source: str) -> None:
    """``source`` and ``into`` are one thing: ``source`` is folded into ``into``."""
    if into == source:
        raise ValueError("an entity cannot be merged into itself")
    _record(store, path, Overrides(merge=[Merge(into=into, ids=[source])]))


def add_alias(store: Store, path: Path, entity: str, alias: str) -> None:
    if not alias.strip():
        raise ValueError("the alias is empty")
    _record(store, path, Overrides(aliases=[Alias(id=entity, alias=alias.strip())]))


def reject(store: Store, path: Path, type_: str, source: str, target: str, note: str) -> None:
    """The fact is wrong: it goes from the graph and stays gone on every reload."""
    _record(store, path, Overrides(reject=[FactRef(type=type_, source=source, target=target, note=note)]))
