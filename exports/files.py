"""Graph files for Gephi and other tools (GraphML, GEXF, written by networkx), and JSON and CSV for scripts and
spreadsheets. Every node and relationship keeps its properties; lists become "; "-joined text and evidence JSON text
where a format takes only scalars. For outside readers: a node's label is its name; a relationship's type is its
label and its `relationship` attribute (GEXF keeps `type` for direction); each relationship has its own id; nodes
carry no `id` attribute (GraphML's node id holds it, and python-igraph rejects a second); `start` and `end` as given
("2024-03") become `start_as_given` and `end_as_given`, so GEXF stays static (full dates are in `start_date`,
`end_date`); the CSV starts with a byte order mark, so spreadsheets read it as UTF-8."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

from exports.base import View
from graph.network import Network, edge_items, node_items


def _scalar(value: Any) -> str | int | float | bool:
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False)


DATES = {"start": "start_as_given", "end": "end_as_given"}


def flat(graph: Network) -> Network:
    """The graph with scalar attributes only, named for outside readers; each edge's key is its unique id."""
    out: Network = nx.MultiDiGraph()
    for node, data in node_items(graph):
        attributes = {DATES.get(k, k): _scalar(v) for k, v in data.items() if v is not None and k != "id"}
        out.add_node(node, **attributes | {"label": str(data.get("name", node))})
    for source, target, kind, data in edge_items(graph):
        attributes = {k: _scalar(v) for k, v in data.items() if v is not None and k != "type"}
        out.add_edge(source, target, key=f"{source}|{kind}|{target}", **attributes | {"relationship": kind, "label": kind})
    return out


def graphml(view: View) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(flat(view.graph), buffer)
    return buffer.getvalue()


def gexf(view: View) -> bytes:
    """GEXF, each edge's `kind` its relationship type: Gephi keeps two relationships between one pair apart by it."""
    graph = flat(view.graph)
    nx.set_edge_attributes(graph, {e: e[2] for e in graph.edges(keys=True)}, "id")  # GEXF takes the id from here
    writer = GEXFWriter(encoding="utf-8", prettyprint=True)
    writer.add_graph(graph)
    for edge in writer.xml.iter("edge"):
        edge.set("kind", edge.get("label", ""))
    buffer = io.BytesIO()
    writer.write(buffer)
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
    return buffer.getvalue().encode("utf-8-sig")
