"""The whole graph, evidence and overrides included, to one JSON file and back into an empty store of either kind.

A dump is checked whole before a single statement is written: its shape, unique ids, relations between entities
it holds, and every mention and evidence span against the text of its document (a forged sentence or an offset
outside the text is refused). A restore that fails while writing empties the store again, so a rerun can start."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from cypher import query
from graph.files import write_atomic
from graph.keys import document_id
from graph.model import Document, Extraction, Span
from graph.records import document_from, entity_from, relation_from
from graph.stores.base import Store, StoreError
from loaders.resolve.overrides import Overrides

FORMAT = "campaign-kg dump 1"
ANALYST = "overrides"  # the pseudo-document of facts an analyst added: its evidence is the note


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
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1))
    return {"documents": len(graph.documents), "entities": len(graph.entities), "relations": len(graph.relations)}


class DumpError(StoreError):
    """A dump that cannot be restored; the message names the file and the first problems."""


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DumpError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    if not raw.strip():
        raise DumpError(f"{path}: empty file, not a campaign-kg dump")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DumpError(f"{path}: not a campaign-kg dump (truncated or not JSON: {exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DumpError(f"{path}: not a campaign-kg dump (no \"format\": \"{FORMAT}\")")
    return data


def _parse(path: Path, data: dict[str, Any]) -> tuple[Extraction, Overrides]:
    try:
        extraction = Extraction.model_validate({k: data.get(k, []) for k in ("documents", "entities", "relations")})
        overrides = Overrides.model_validate(data.get("overrides") or {})
        texts = [raw.get("text", "") if isinstance(raw, dict) else "" for raw in data.get("documents", [])]
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:5])
        raise DumpError(f"{path}: not a valid dump: {problems}") from exc
    for document, text in zip(extraction.documents, texts, strict=True):
        document.text = text if isinstance(text, str) else ""
    return extraction, overrides


def _duplicates(kind: str, keys: Iterable[object]) -> Iterator[str]:
    for key, count in Counter(keys).items():
        if count > 1:
            yield f"{kind} {key} appears {count} times"


def _span_problem(span: Span, documents: dict[str, Document], owner: str) -> str | None:
    if span.document == ANALYST:
        return None if (span.start, span.end) == (0, len(span.text)) else f"{owner}: analyst note with wrong offsets"
    document = documents.get(span.document)
    if document is None:
        return f"{owner}: cites {span.document}, which the dump does not hold"
    if not 0 <= span.start < span.end <= len(document.text):
        return f"{owner}: offsets {span.start}-{span.end} outside {span.document} ({len(document.text)} characters)"
    if document.text[span.start:span.end] != span.text:
        return f"{owner}: the quoted text is not what {span.document} says at {span.start}-{span.end}"
    return None


def problems(extraction: Extraction) -> Iterator[str]:
    """Everything that makes a dump untrustworthy, in order."""
    yield from _duplicates("document", (d.id for d in extraction.documents))
    yield from _duplicates("entity", (e.id for e in extraction.entities))
    yield from _duplicates("relation", (r.key for r in extraction.relations))
    documents = {d.id: d for d in extraction.documents}
    for document in extraction.documents:
        if document.id != document_id(document.text):
            yield f"document {document.id}: its text does not match its id (changed after the dump)"
    entities = {e.id for e in extraction.entities}
    for entity in extraction.entities:
        yield from filter(None, (_span_problem(m, documents, f"entity {entity.id}") for m in entity.mentions))
    for relation in extraction.relations:
        owner = "relation {} {} -> {}".format(*relation.key)
        for end in (relation.source, relation.target):
            if end not in entities:
                yield f"{owner}: {end} is not an entity of the dump"
        yield from filter(None, (_span_problem(e, documents, owner) for e in relation.evidence))


def restore(store: Store, path: Path, overrides_path: Path) -> dict[str, int]:
    """Load a dump into an empty store; the dump's overrides become the overrides file."""
    from graph.contributions import apply_overrides
    from graph.loader import load

    extraction, overrides = _parse(path, _read(path))
    found = list(problems(extraction))
    if found:
        more = f" (and {len(found) - 5} more)" if len(found) > 5 else ""
        raise DumpError(f"{path}: refused, {len(found)} problem(s): {'; '.join(found[:5])}{more}")
    if store.read(query("store/any_node.cypher")):
        raise StoreError("restore needs an empty store; this one holds a graph already")
    try:
        load(store, extraction)
        apply_overrides(store, overrides)
    except BaseException:
        store.clear()  # it was empty: leave it so, and a rerun can start
        raise
    if overrides != Overrides():
        write_atomic(overrides_path, yaml.safe_dump(overrides.model_dump(exclude_defaults=True), allow_unicode=True))
    return {"documents": len(extraction.documents), "entities": len(extraction.entities),
            "relations": len(extraction.relations)}
