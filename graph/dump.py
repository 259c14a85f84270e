"""The whole graph, evidence and overrides included, to one JSON file and back into an empty store of either kind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from cypher import query
from graph.model import Extraction
from graph.records import document_from, entity_from, relation_from
from graph.stores.base import Store, StoreError
from loaders.resolve.overrides import Overrides

FORMAT = "campaign-kg dump 1"


def snapshot(store: Store) -> Extraction:
    """Everything the store holds, in a stable order."""
    documents = [document_from(r) for r in store.read(query("store/all_documents.cypher"))]
    entities = [entity_from(r) for r in store.read(query("store/all_nodes.cypher"))]
    relations = [relation_from(r) for r in store.read(query("store/all_relations.cypher")) if r["type"] != "MENTIONS"]
    return Extraction(documents=documents, entities=entities, relations=relations)


def dump(store: Store, path: Path, overrides: Overrides) -> dict[str, int]:
    graph = snapshot(store)
    data: dict[str, Any] = {"format": FORMAT, "overrides": overrides.model_dump(exclude_defaults=True)}
    data |= json.loads(graph.model_dump_json(exclude={"errors"}))
    for document, raw in zip(graph.documents, data["documents"], strict=True):
        raw["text"] = document.text
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    tmp.replace(path)
    return {"documents": len(graph.documents), "entities": len(graph.entities), "relations": len(graph.relations)}


def restore(store: Store, path: Path, overrides_path: Path) -> dict[str, int]:
    """Load a dump into an empty store; the dump's overrides become the overrides file."""
    from graph.loader import load

    if store.read(query("store/any_node.cypher")):
        raise StoreError("restore needs an empty store; this one holds a graph already")
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise StoreError(f"{path}: not a campaign-kg dump")
    extraction = Extraction.model_validate({k: data[k] for k in ("documents", "entities", "relations")})
    for document, raw in zip(extraction.documents, data["documents"], strict=True):
        document.text = raw.get("text", "")
    load(store, extraction)
    from graph.contributions import apply_overrides

    overrides = Overrides.model_validate(data.get("overrides") or {})
    apply_overrides(store, overrides)
    if overrides != Overrides():
        overrides_path.parent.mkdir(parents=True, exist_ok=True)
        overrides_path.write_text(yaml.safe_dump(overrides.model_dump(exclude_defaults=True), allow_unicode=True), "utf-8")
    return {"documents": len(extraction.documents), "entities": len(extraction.entities),
            "relations": len(extraction.relations)}
