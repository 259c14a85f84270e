"""A networkx view as st-link-analysis elements: styled by type, sized by a score, laid out once with a fixed seed
so the picture does not move between reruns."""

from __future__ import annotations

from typing import Any

import networkx as nx
import streamlit as st
from st_link_analysis import EdgeStyle, NodeStyle

from exports.base import node_style, style
from graph.network import Network, edge_items, node_items

GROUPS = ["Agency", "Country", "Campaign", "Phase", "Meeting", "Person"]


def group(data: dict[str, Any]) -> str:
    return "Phase" if data.get("type") == "Campaign" and data.get("phase") else str(data.get("type", "Agency"))


@st.cache_data(max_entries=16, show_spinner=False)
def positions(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...]) -> dict[str, tuple[float, float]]:
    """A stable layout: the same nodes and edges always land in the same places."""
    graph: nx.Graph[str] = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    iterations = 50 if len(nodes) <= 300 else 20
    layout = nx.spring_layout(graph, seed=7, iterations=iterations, k=1.5 / max(1, len(nodes)) ** 0.5)
    scale = 60.0 * max(1, len(nodes)) ** 0.5  # about one node width apart, so names stay readable once fitted
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in layout.items()}


def elements(graph: Network, size_by: str = "degree") -> dict[str, list[dict[str, Any]]]:
    where = positions(tuple(sorted(graph.nodes)), tuple(sorted((s, t) for s, t in graph.edges())))
    items = node_items(graph)
    scores = {node: float(data.get(size_by) or 0.0) for node, data in items}
    top = max(scores.values(), default=0.0) or 1.0
    nodes = []
    for node, data in items:
        x, y = where[node]
        nodes.append({"data": {"id": node, "label": group(data), "name": str(data.get("name", node)),
                               "size": round(24 + 36 * float(scores.get(node) or 0.0) / top, 1)},
                      "position": {"x": x, "y": y}})
    edges = [{"data": {"id": f"{s}|{k}|{t}", "source": s, "target": t, "label": k}}
             for s, t, k, _ in edge_items(graph)]
    return {"nodes": nodes, "edges": edges}


class ShapedStyle(NodeStyle):  # type: ignore[misc]
    """A node style that also sets the shape and takes the size from the node's data (its score)."""

    def __init__(self, label: str, color: str, shape: str) -> None:
        super().__init__(label, color, "name")
        self.shape = shape

    def dump(self) -> dict[str, Any]:
        dumped: dict[str, Any] = super().dump()
        dumped["style"].update({"shape": self.shape, "width": "data(size)", "height": "data(size)", "font-size": 14,
                                "min-zoomed-font-size": 5, "text-valign": "bottom", "text-margin-y": 3})
        return dumped


def node_styles() -> list[NodeStyle]:
    looks = {g: node_style({"type": "Campaign", "phase": 1} if g == "Phase" else {"type": g}) for g in GROUPS}
    return [ShapedStyle(g, looks[g]["color"], looks[g]["cytoscape"]) for g in GROUPS]


def edge_styles() -> list[EdgeStyle]:
    return [EdgeStyle(k, color, caption="label", directed=True) for k, color in style()["edges"].items()]
