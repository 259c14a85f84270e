"""Small helpers the tests share: extract a text of our own and read its facts by entity name."""

from __future__ import annotations

from pathlib import Path

from graph.model import Entity, Extraction
from graph.stores.base import Store
from loaders.extraction import extract_paths
from loaders.resolve.overrides import Overrides

SHARED = Path(__file__).resolve().parents[2] / "shared"
ROOT = Path(__file__).resolve().parents[1]


def extract_text(tmp_path: Path, text: str, name: str = "doc.txt", overrides: Overrides | None = None) -> Extraction:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_paths([path], overrides)


def names(extraction: Extraction) -> dict[str, str]:
    return {e.id: e.name for e in extraction.entities}


def facts(extraction: Extraction) -> set[tuple[str, str, str]]:
    """(type, source name, target name) of every relation."""
    by_id = names(extraction)
    return {(r.type, by_id[r.source], by_id[r.target]) for r in extraction.relations}


def roles(extraction: Extraction, type_: str, source: str, target: str) -> set[str]:
    by_id = names(extraction)
    return {role for r in extraction.relations if r.type == type_ and by_id[r.source] == source
            and by_id[r.target] == target for role in r.roles}


def entity(extraction: Extraction, name: str) -> Entity:
    return next(e for e in extraction.entities if e.name == name)


def first_meeting(extraction: Extraction) -> str:
    """The name of the first meeting extracted (a text of one event)."""
    return next(e.name for e in extraction.entities if e.type == "Meeting")


DEMO = ROOT / "demo" / "corpus"


def load_demo(store: Store) -> Extraction:
    from graph.loader import load

    extraction = extract_paths([DEMO])
    load(store, extraction)
    return extraction
