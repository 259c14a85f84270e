"""What the pages read: one store per app process, and the whole graph as networkx, cached until a change."""

from __future__ import annotations

import atexit
from functools import cache
from pathlib import Path
from typing import Any

import streamlit as st
import yaml

from ckg.config import settings
from cypher import query
from exports.base import edge_style
from graph.keys import fold
from graph.network import Network, subgraph
from graph.stores import open_store
from graph.stores.base import Store


def store() -> Store:
    """One store per data folder for the app process: the embedded one attaches to (or starts) its server."""
    return _store(str(settings().data_dir), settings().store)


@st.cache_resource
def _store(data_dir: str, kind: str) -> Store:
    opened = open_store(settings())
    opened.ensure_schema()
    atexit.register(opened.close)
    return opened


def version() -> str:
    """Changes whenever the graph or the corrections change, in this session or another; caches are keyed on it."""
    counts = store().read(query("store/version.cypher"))[0]
    corrections = settings().overrides
    stamp = corrections.stat().st_mtime_ns if corrections.exists() else 0
    return f"{counts['nodes']}-{counts['relationships']}-{stamp}-{st.session_state.get('edits', 0)}"


def changed() -> None:
    """After an edit in this session: a merge can keep the counts, so the session's own edits count too."""
    st.session_state["edits"] = int(st.session_state.get("edits", 0)) + 1


def whole_graph(version: str) -> Network:
    return _whole_graph(str(settings().data_dir), version)


@st.cache_resource(max_entries=4)
def _whole_graph(data_dir: str, version: str) -> Network:
    return subgraph(store())


def documents(version: str) -> list[dict[str, Any]]:
    return _documents(str(settings().data_dir), version)


@st.cache_data(max_entries=4)
def _documents(data_dir: str, version: str) -> list[dict[str, Any]]:
    rows = store().read(query("store/all_documents.cypher"))
    return [{"id": r["id"], **dict(r["props"])} for r in rows]


def titles() -> dict[str, str]:
    return {d["id"]: str(d.get("title") or d.get("source")) for d in documents(version())}


def label(graph: Network, node: str) -> str:
    data = graph.nodes[node]
    return f"{data.get('name', node)} · {data.get('type', '')}"


def findable(graph: Network, node: str) -> str:
    """A picker's option: the name and type, then every alias, so typing any name in either language finds it."""
    aliases = [a for a in graph.nodes[node].get("aliases") or [] if a != graph.nodes[node].get("name")]
    return label(graph, node) + (f" (also {'; '.join(aliases)})" if aliases else "")


@cache
def words() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "words.yaml").read_text(encoding="utf-8"))
    return loaded


def name(graph: Network, node: str) -> str:
    """The entity's name; an id no longer in the graph (merged away) as readable words."""
    if node in graph:
        return str(graph.nodes[node].get("name") or node)
    kind, _, slug = node.partition(":")
    return f"{slug.replace('-', ' ')} ({kind}, no longer in the graph)"


def relation_words(key: str) -> str:
    """What a relationship says, in the same words as the exported diagrams."""
    return edge_style(key)["words"]


def fact(graph: Network, source: str, target: str, key: str, roles: list[str] | None = None) -> str:
    """A fact as a sentence: "Korea Customs Service takes part in Twin Guardian 3 (initiator)"."""
    verb = relation_words(key)
    return f"{name(graph, source)} {verb} {name(graph, target)}" + (f" ({', '.join(roles)})" if roles else "")


def search(graph: Network, text: str, limit: int = 20) -> list[str]:
    """Entities whose name or any alias holds ``text``, in either language, with or without diacritics."""
    key = fold(text)
    if not key:
        return []
    exact = [n for n, d in graph.nodes(data=True) if key in (d.get("keys") or [])]
    partial = [n for n, d in graph.nodes(data=True) if n not in exact and any(key in k for k in d.get("keys") or [])]
    return (sorted(exact) + sorted(partial, key=lambda n: len(str(graph.nodes[n].get("name")))))[:limit]
