"""A networkx view as st-link-analysis elements: styled by type, sized by a score, laid out once with a fixed seed
so the picture does not move between reruns."""

from __future__ import annotations

from typing import Any

import networkx as nx
from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis

from exports.base import node_style, style
from graph.network import Network, edge_items, node_items

GROUPS = ["Agency", "Country", "Campaign", "Phase", "Meeting", "Person"]


def group(data: dict[str, Any]) -> str:
    """The legend group: the type, a campaign phase apart, and an agency's kind where it has a colour of its own."""
    if data.get("type") == "Campaign" and data.get("phase"):
        return "Phase"
    if data.get("type") == "Agency" and data.get("kind") in style()["agency_kinds"]:
        return f"Agency ({str(data['kind']).replace('_', ' ')})"
    return str(data.get("type", "Agency"))


def layout(graph: Network) -> dict[str, tuple[float, float]]:
    """One layout of the whole graph (fixed seed): every view places a node where every other view does."""
    simple: nx.Graph[str] = nx.Graph(graph)
    count = simple.number_of_nodes()
    iterations = 50 if count <= 300 else 25 if count <= 600 else 12
    placed = nx.spring_layout(simple, seed=7, iterations=iterations, k=1.5 / max(1, count) ** 0.5)
    scale = 60.0 * max(1, count) ** 0.5  # about one node width apart, so names stay readable once fitted
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in placed.items()}


def elements(graph: Network, where: dict[str, tuple[float, float]], size_by: str = "degree") -> dict[str, list[dict[str, Any]]]:
    items = node_items(graph)
    scores = {node: float(data.get(size_by) or 0.0) for node, data in items}
    top = max(scores.values(), default=0.0) or 1.0
    nodes = []
    for node, data in items:
        x, y = where.get(node, (0.0, 0.0))
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
    samples = [{"type": "Campaign", "phase": 1} if g == "Phase" else {"type": g} for g in GROUPS]
    samples += [{"type": "Agency", "kind": kind} for kind in style()["agency_kinds"]]
    return [ShapedStyle(group(s), node_style(s)["color"], node_style(s)["cytoscape"]) for s in samples]


EDGE_LABELS_UP_TO = 300


def edge_styles(edges: int) -> list[EdgeStyle]:
    """Names and arrows on the edges where there are few enough to read; plain fast "haystack" edges otherwise."""
    small = edges <= EDGE_LABELS_UP_TO
    return [EdgeStyle(k, color, caption="label" if small else None, labeled=None, directed=small,
                      curve_style=None if small else "haystack") for k, color in style()["edges"].items()]


def draw(graph: Network, where: dict[str, tuple[float, float]], key: str, height: int, size_by: str = "degree",
         events: list[Event] | None = None) -> Any:
    """The interactive network; returns the component's last event (a click), if any."""
    return st_link_analysis(elements(graph, where, size_by), layout={"name": "preset", "fit": True, "padding": 30},
                            node_styles=node_styles(), edge_styles=edge_styles(graph.number_of_edges()), height=height,
                            key=key, events=events or [])
