"""Graph files for Gephi and other tools (GraphML, GEXF), and JSON and CSV for scripts and spreadsheets.
Every node and relationship keeps its properties; lists become "; "-joined text and evidence JSON text where a
format takes only scalars."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx

from exports.base import View
from graph.network import Network, edge_items, node_items


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)


def flat(graph: Network) -> Network:
    out: Network = nx.MultiDiGraph()
    for node, data in node_items(graph):
        out.add_node(node, **{k: _scalar(v) for k, v in data.items() if v is not None})
    for source, target, key, data in edge_items(graph):
        out.add_edge(source, target, key=key, **{k: _scalar(v) for k, v in data.items() if v is not None})
    return out


def graphml(view: View) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(flat(view.graph), buffer)
    return buffer.getvalue()


def gexf(view: View) -> bytes:
    buffer = io.BytesIO()
    nx.write_gexf(flat(view.graph), buffer)
    return buffer.getvalue()


def as_json(view: View) -> bytes:
    """Every node and relationship with its properties and evidence, in a stable order."""
    nodes = [{"id": n, **d} for n, d in node_items(view.graph)]
    edges = [{"source": s, "target": t, "type": k, **d} for s, t, k, d in edge_items(view.graph)]
    data = {"title": view.title, "caption": view.caption, "made": view.made, "sources": view.sources,
            "nodes": nodes, "relationships": edges}
    return json.dumps(data, ensure_ascii=False, indent=1, default=str).encode("utf-8")


def as_csv(view: View) -> bytes:
    """One row per relationship, with both ends named (nodes without any relationship follow, one row each)."""
    buffer = io.StringIO()
    fields = ["source", "source_name", "source_type", "relationship", "target", "target_name", "target_type", "roles",
              "confidence", "evidence_count", "first_sentence"]
    writer = csv.DictWriter(buffer, fieldnames=fields)
    writer.writeheader()
    nodes = dict(node_items(view.graph))
    names = {n: d.get("name", n) for n, d in nodes.items()}
    types = {n: d.get("type", "") for n, d in nodes.items()}
    for source, target, key, data in edge_items(view.graph):
        evidence = data.get("evidence") or []
        writer.writerow({"source": source, "source_name": names[source], "source_type": types[source],
                         "relationship": key, "target": target, "target_name": names[target],
                         "target_type": types[target], "roles": "; ".join(data.get("roles") or []),
                         "confidence": data.get("confidence", ""), "evidence_count": len(evidence),
                         "first_sentence": evidence[0]["text"] if evidence else ""})
    for node in sorted(n for n in view.graph.nodes if view.graph.degree(n) == 0):
        writer.writerow({"source": node, "source_name": names[node], "source_type": types[node]})
    return buffer.getvalue().encode("utf-8")
