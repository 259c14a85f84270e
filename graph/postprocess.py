"""Python steps some canned queries take after their Cypher (named by `// post:` in the query header)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import networkx as nx

from graph.lookup import document_titles
from graph.stores.base import Row, Store


def shortest_path(store: Store, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """Shortest chain between the two named entities over the fetched neighbourhood (networkx, undirected).

    >>> shortest_path(None, [{"source": "a", "source_name": "A", "source_type": "Agency", "relation": "ATTENDED",
    ...   "target": "m", "target_name": "M", "target_type": "Meeting", "evidence": 1}], {"from": ["a"], "to": ["m"]})[1]["name"]
    'M'
    """
    graph: nx.Graph[str] = nx.Graph()
    # rows and ends in a fixed order: among equally short paths the same one wins whatever order the engine returned
    for row in sorted(rows, key=lambda r: (r["source"], r["target"], r["relation"])):
        graph.add_node(row["source"], name=row["source_name"], type=row["source_type"])
        graph.add_node(row["target"], name=row["target_name"], type=row["target_type"])
        graph.add_edge(row["source"], row["target"], relation=row["relation"], evidence=row["evidence"])
    best: list[str] | None = None
    for start in sorted(params["from"]):
        for end in sorted(params["to"]):
            if start in graph and end in graph and nx.has_path(graph, start, end):
                path = nx.shortest_path(graph, start, end)
                best = path if best is None or len(path) < len(best) else best
    if best is None:
        return []
    out = []
    for step, node in enumerate(best):
        edge = graph.edges[node, best[step + 1]] if step + 1 < len(best) else {}
        out.append({"step": step, "name": graph.nodes[node]["name"], "type": graph.nodes[node]["type"],
                    "relation": edge.get("relation", ""), "evidence": edge.get("evidence", 0)})
    return out


def evidence_rows(store: Store, rows: list[Row], params: dict[str, Any]) -> list[Row]:
    """One row per supporting sentence, with its document's title."""
    rows = sorted(rows, key=lambda r: (r["fact"], r["subject"], r["object"]))
    decoded = [(row, [json.loads(raw) for raw in row["evidence"] or []]) for row in rows]
    ids = sorted({e["document"] for _, items in decoded for e in items})
    titles = document_titles(store, ids)
    out = []
    for row, items in decoded:
        for evidence in items:
            out.append({"fact": row["fact"], "subject": row["subject"], "object": row["object"],
                        "roles": row["roles"] or [], "document": titles.get(evidence["document"], evidence["document"]),
                        "sentence": evidence["text"]})
    return out


POST: dict[str, Callable[[Store, list[Row], dict[str, Any]], list[Row]]] = {
    "shortest_path": shortest_path, "evidence_rows": evidence_rows}
