"""A view as st-link-analysis (Cytoscape.js) elements, placed by `graph.layout` for the view actually shown: every
node's box holds its shape and its whole name, wrapped, so no two names overlap at any zoom. The best-scored names
are drawn larger and stay readable when the view is zoomed out; the others appear as the analyst zooms in."""

from __future__ import annotations

import hashlib
import html
import json
import math
from dataclasses import dataclass
from typing import Any

from st_link_analysis import EdgeStyle, Event, NodeStyle, st_link_analysis

from exports.base import edge_label, group, node_style, style
from graph.layout import Point, label_lines, label_size, layout
from graph.network import Network, edge_items, node_items
from views.data import relation_words, words

HEIGHT = 660  # the canvas, in pixels
BOX = (860.0, 660.0)  # its proportions; Cytoscape fits the view to its real size
PADDING = 44  # pixels kept free around the fitted view: the component's side panel and buttons sit there
FIT = 0.8  # about how many screen pixels one layout unit takes once fitted
SHAPE = (20.0, 44.0)  # node sizes, least and most scored
FONT = (12.0, 15.0)  # name sizes: every node, and the best-scored share of a large view
SMALL_VIEW = 30  # nodes: up to this many, every name is drawn at the larger size
KEY_SHARE = 0.12
EDGE_LABELS_UP_TO = 300  # edges: up to this many, an edge says what it is (and has an arrow) once zoomed in
LARGE_VIEW = 300  # nodes: above this, names show only as the analyst zooms in (one layout, no second pass)
MIN_FONT = 7  # on screen, in pixels: smaller names hide until the analyst zooms in
HOVER = 12  # on screen, in pixels at the fitted zoom: the name of the node under the pointer
SHOWN = 10  # on screen, in pixels: the best-scored names of a large view at least this large when fitted
GAP = 3.0  # between a shape and its name
FAMILY = "DejaVu Sans, sans-serif"  # the font graph.layout measures names in


@dataclass(frozen=True)
class Canvas:
    """Where each node's shape sits (its centre), its size and its name's size, all at the layout's zoom."""

    positions: dict[str, Point]
    shapes: dict[str, float]
    fonts: dict[str, float]
    zoom: float


def _boxes(graph: Network, shapes: dict[str, float], fonts: dict[str, float]) -> dict[str, tuple[float, float]]:
    boxes = {}
    for node in graph.nodes:
        width, height = label_size(str(graph.nodes[node].get("name", node)), fonts[node])
        boxes[node] = (max(width, shapes[node]), shapes[node] + GAP + height)
    return boxes


def placed(graph: Network, size_by: str = "degree") -> Canvas:
    """The layout of this view: shapes sized by ``size_by``, boxes of shape plus wrapped name, fitted to ``BOX``.
    On a large view the best-scored names are made large enough to read when the whole view is on screen (the
    layout then makes room for them); the others show as the analyst zooms in."""
    scores = {node: float(data.get(size_by) or 0.0) for node, data in graph.nodes(data=True)}
    top = max(scores.values(), default=0.0) or 1.0
    ranked = sorted(scores, key=lambda n: (-scores[n], n))
    key = set(ranked[:max(3, math.ceil(len(ranked) * KEY_SHARE))]) if len(ranked) > SMALL_VIEW else set(ranked)
    shapes = {n: SHAPE[0] + (SHAPE[1] - SHAPE[0]) * scores[n] / top for n in graph.nodes}
    fonts = {n: FONT[1] if n in key else FONT[0] for n in graph.nodes}
    done = layout(graph, *BOX, sizes=_boxes(graph, shapes, fonts))
    for _ in range(3 if len(ranked) <= LARGE_VIEW else 0):  # the best names hidden at this zoom: larger, lay out again
        if done.zoom * FONT[1] * FIT >= SHOWN or len(key) == len(ranked):
            break
        fonts.update({n: min(fonts[n] * SHOWN / (done.zoom * fonts[n] * FIT), 6 * FONT[1]) for n in key})
        done = layout(graph, *BOX, sizes=_boxes(graph, shapes, fonts))
    zoom = done.zoom
    positions = {n: (x, y - done.sizes[n][1] / 2 + shapes[n] * zoom / 2) for n, (x, y) in done.positions.items()}
    return Canvas(positions, {n: s * zoom for n, s in shapes.items()}, {n: f * zoom for n, f in fonts.items()}, zoom)


def _edge_words(key: str, data: dict[str, Any]) -> str:
    """What an edge says, with its telling roles, as on the exported diagrams: "takes part in (coordinator)"."""
    roles = edge_label(data)
    return relation_words(key) + (f" ({roles})" if roles else "")


Elements = dict[str, list[dict[str, Any]]]


def plain(graph: Network, canvas: Canvas) -> Elements:
    """Nodes and edges with nothing marked; not selectable, so the component's own panel (ids, sizes) never opens: a
    click goes to the app, whose details panel follows it. What an edge says is sent only where it is drawn (views of
    up to ``EDGE_LABELS_UP_TO`` edges): a large view's edges are plain lines, and the words would only fatten what
    every reload sends to the browser."""
    leading = set(words()["leading_roles"])
    nodes = [{"data": {"id": node, "label": group(data), "name": "\n".join(label_lines(str(data.get("name", node)))),
                       "size": round(canvas.shapes[node], 2), "font": round(canvas.fonts[node], 2),
                       "gap": round(GAP * canvas.zoom, 2), "hoverfont": round(max(canvas.fonts[node], HOVER / FIT), 2)},
              "position": {"x": round(canvas.positions[node][0], 1), "y": round(canvas.positions[node][1], 1)},
              "selectable": False, "classes": ""}
             for node, data in node_items(graph)]
    worded = graph.number_of_edges() <= EDGE_LABELS_UP_TO
    edges = [{"data": {"id": f"{s}|{k}|{t}", "source": s, "target": t, "label": k,
                       **({"words": _edge_words(k, d), "font": round(8 * canvas.zoom, 2)} if worded else {})},
              "selectable": False, "classes": "lead" if leading & set(d.get("roles") or []) else ""}
             for s, t, k, d in edge_items(graph)]
    return {"nodes": nodes, "edges": edges}


def marked(drawn: Elements, graph: Network, chosen: str | None = None, hovered: str | None = None) -> Elements:
    """``drawn`` (from ``plain``, left as it is: it may be cached) with the chosen node or edge, its neighbours and the
    node under the pointer (``hovered``, whose whole name shows at any zoom) marked."""
    near = set(graph.predecessors(chosen)) | set(graph.successors(chosen)) if chosen and chosen in graph else set()

    def node(element: dict[str, Any]) -> dict[str, Any]:
        key = element["data"]["id"]
        marks = ["chosen" if key == chosen else "near" if key in near else "", "hover" if key == hovered else ""]
        return {**element, "classes": " ".join(m for m in marks if m)} if any(marks) else element

    def edge(element: dict[str, Any]) -> dict[str, Any]:
        data = element["data"]
        on = chosen is not None and chosen in (data["id"], data["source"], data["target"])
        return {**element, "classes": " ".join(c for c in (element["classes"], "chosen") if c)} if on else element

    if not (chosen or hovered):
        return drawn
    return {"nodes": [node(n) for n in drawn["nodes"]], "edges": [edge(e) for e in drawn["edges"]]}


def elements(graph: Network, canvas: Canvas, chosen: str | None = None, hovered: str | None = None) -> Elements:
    """The view's nodes and edges for the component, with ``chosen`` and ``hovered`` marked."""
    return marked(plain(graph, canvas), graph, chosen, hovered)


class Style(NodeStyle):  # type: ignore[misc]
    """Any Cytoscape style rule (the component takes a list of objects with ``dump``)."""

    def __init__(self, selector: str, rule: dict[str, Any]) -> None:
        super().__init__(selector)
        self.selector, self.rule = selector, rule

    def dump(self) -> dict[str, Any]:
        return {"selector": self.selector, "style": self.rule}


def node_styles() -> list[NodeStyle]:
    """One rule for every node (size, wrapped name), one per legend group (colour, shape), and the chosen ones."""
    samples = [{"type": "Campaign", "phase": 1} if t == "Phase" else {"type": t} for t in style()["types"]]
    samples += [{"type": "Agency", "kind": kind} for kind in style()["agency_kinds"]]  # legend entries, as on paper
    base = Style("node", {"label": "data(name)", "width": "data(size)", "height": "data(size)", "font-size": "data(font)",
                          "font-family": FAMILY, "text-wrap": "wrap", "text-max-width": "2000px", "line-height": 1.25,
                          "min-zoomed-font-size": MIN_FONT, "text-valign": "bottom", "text-margin-y": "data(gap)",
                          "text-background-color": "#ffffff", "text-background-opacity": 0.75, "color": "#1a1a1a"})
    groups = [Style(f"node[label='{group(s)}']", {"background-color": node_style(s)["color"],
                                                   "shape": node_style(s)["cytoscape"]}) for s in samples]
    chosen = [Style("node.chosen", {"border-width": 4, "border-color": "#1a1a1a"}),
              Style("node.near", {"border-width": 2, "border-color": "#555555"}),
              Style("node.hover", {"font-size": "data(hoverfont)", "min-zoomed-font-size": 0, "z-index": 99,
                                   "text-background-opacity": 1, "text-border-width": 1, "text-border-opacity": 1,
                                   "text-border-color": "#888888"})]
    return [base, *groups, *chosen]


def edge_styles(edges: int) -> list[EdgeStyle]:
    """Colour and line style per type, as on the exported diagrams; what the relationship says (with roles) once
    zoomed in; a thick line for a leading role; plain fast "haystack" edges on large views."""
    small = edges <= EDGE_LABELS_UP_TO
    kinds = [EdgeStyle(k, color, caption="words" if small else None, labeled=None, directed=small,
                       curve_style=None if small else "haystack") for k, color in style()["edges"].items()]
    dashes = [Style(f"edge[label='{k}']", {"line-style": dash}) for k, dash in style()["edge_dashes"].items()]
    words = {"font-size": "data(font)", "font-family": FAMILY, "min-zoomed-font-size": 9, "text-rotation": "autorotate",
             "color": "#1a1a1a", "text-background-color": "#ffffff", "text-background-opacity": 0.8}
    rules = [Style("edge", {"width": 1.5, **(words if small else {})}),
             Style("edge.lead", {"width": 4}), Style("edge.chosen", {"width": 3, "line-style": "solid"})]
    return [rules[0], *kinds, *dashes, *rules[1:]]


def legend(graph: Network) -> str:
    """HTML for the legend shown on the canvas: the groups and relationship types in this view."""
    samples: dict[str, dict[str, Any]] = {}
    for _, data in node_items(graph):
        samples.setdefault(group(data), data)
    kinds = sorted({k for _, _, k in graph.edges(keys=True)})
    swatch = "<span style='display:inline-block;width:.8em;height:.8em;background:{};margin:0 .3em 0 .9em;{}'></span>{}"
    items = [swatch.format(node_style(d)["color"], "border-radius:50%", html.escape(g)) for g, d in sorted(samples.items())]
    items += [swatch.format(style()["edges"].get(k, "#999"), "height:.2em", html.escape(relation_words(k)))
              for k in kinds]
    lead = "<span style='margin-left:.9em'>thick line: leads (initiator, coordinator, host, chair)</span>"
    return f"<div class='legend' style='font-size:.85em;line-height:1.8'>{''.join(items)}{lead}</div>"


def fitted(drawn: Elements) -> dict[str, Any]:
    """The component's layout: the nodes stay where ``drawn`` puts them, fitted to the canvas. The component lays out
    again only when its layout settings change, so they carry a digest of the positions: a new view is placed and
    fitted afresh, while a click on the same view keeps the analyst's zoom."""
    placed = json.dumps([(n["data"]["id"], n["position"]) for n in drawn["nodes"]]).encode()
    where = hashlib.blake2b(placed, digest_size=8).hexdigest()
    return {"name": "preset", "fit": True, "padding": PADDING, "animate": False, "view": where}


def draw(graph: Network, canvas: Canvas, key: str, height: int, chosen: str | None = None,
         events: list[Event] | None = None, hovered: str | None = None, drawn: Elements | None = None) -> Any:
    """The interactive network; returns the component's last event (a click), if any. ``drawn`` is the view's
    ``plain`` elements when the caller keeps them."""
    drawn = drawn or plain(graph, canvas)
    return st_link_analysis(marked(drawn, graph, chosen, hovered), layout=fitted(drawn), node_styles=node_styles(),
                            edge_styles=edge_styles(graph.number_of_edges()), height=height, key=key,
                            events=events or [])
