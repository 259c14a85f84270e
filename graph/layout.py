"""One layout per view, shared by the app's canvas and every diagram export: what the analyst sees is what the
briefer gets.

``layout`` places the nodes of the graph actually shown: a force layout of the connected part (Graphviz ``neato``,
``sfdp`` above 300 nodes, fixed seed, so the same view always gets the same picture) whose node boxes are the label
boxes and overlap removal keeps them apart (``overlap=prism``); nodes without any relationship sit apart in rows
below; the whole is fitted to the box (``width`` x ``height``, y pointing down, as on a screen or a page). Label
boxes come from ``label_size`` (the name wrapped, measured in DejaVu Sans) unless the caller gives its own.

When the view does not fit the box with labels at their given size, everything shrinks by ``Layout.zoom`` (< 1): the
boxes in ``Layout.sizes`` are already shrunk, and drawing the labels at ``zoom`` times their size keeps them apart.

``layout`` is ``fit(arrange(graph, sizes), sizes, width, height)``. The two steps serve the same picture at another
size: the app keeps ``arrange``'s positions (or its ``Layout.positions``) with the view, and an export fits those very
positions to its page with its own label sizes (``fit`` shrinks labels further if they would overlap there).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("agency:a", name="Korea Customs Service")
>>> g.add_node("country:kr", name="Korea")
>>> g.add_node("person:lone", name="Nobody Connected")
>>> _ = g.add_edge("agency:a", "country:kr", key="BELONGS_TO")
>>> placed = layout(g, 800, 450)
>>> sorted(placed.positions)
['agency:a', 'country:kr', 'person:lone']
>>> overlapping(placed.positions, placed.sizes)
[]
>>> all(0 <= x <= 800 and 0 <= y <= 450 for x, y in placed.positions.values())
True
>>> page = fit(placed.positions, default_sizes(g, font_size=9), 842, 500)  # the same picture on a page
>>> overlapping(page.positions, page.sizes)
[]
>>> labels_overlap((0, 0), (100, 20), (90, 10), (100, 20)), labels_overlap((0, 0), (100, 20), (101, 0), (100, 20))
(True, False)
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import graphviz
import networkx as nx
from PIL import ImageFont

Point = tuple[float, float]
Size = tuple[float, float]
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
WRAP = 24  # characters per label line
SFDP_ABOVE = 300  # nodes; neato (stress) reads better, sfdp is much faster on large views


@dataclass(frozen=True)
class Layout:
    positions: dict[str, Point]  # each node's centre, inside the box
    sizes: dict[str, Size]  # each node's label box as drawn (the given size times zoom)
    zoom: float  # 1.0, or the shrink needed to fit the box
    width: float
    height: float


def label_lines(text: str, width: int = WRAP) -> list[str]:
    """The label wrapped on word boundaries: every word kept whole, nothing cut."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


@cache
def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(FONT), size) if FONT.exists() else ImageFont.load_default(size)


def text_width(line: str, font_size: float = 12.0) -> float:
    """How wide one line of text is in DejaVu Sans at ``font_size`` (same units as the size)."""
    return float(_font(font_size).getlength(line))


def label_size(text: str, font_size: float = 12.0, width: int = WRAP) -> Size:
    """The box (width, height) a wrapped label needs in DejaVu Sans at ``font_size``, with a little padding."""
    lines = label_lines(text, width)
    return max(text_width(line, font_size) for line in lines) + font_size, (len(lines) * 1.25 + 0.6) * font_size


def labels_overlap(a: Point, a_size: Size, b: Point, b_size: Size, gap: float = 0.0) -> bool:
    """Whether two boxes centred at ``a`` and ``b`` overlap (touching is not overlapping), keeping ``gap`` apart."""
    return (abs(a[0] - b[0]) * 2 < a_size[0] + b_size[0] + 2 * gap - 1e-6 and
            abs(a[1] - b[1]) * 2 < a_size[1] + b_size[1] + 2 * gap - 1e-6)


def overlapping(positions: Mapping[str, Point], sizes: Mapping[str, Size], gap: float = 0.0) -> list[tuple[str, str]]:
    """Every pair of nodes whose label boxes overlap (a sweep from left to right)."""
    left = sorted(positions, key=lambda n: positions[n][0] - sizes[n][0] / 2)
    active: list[str] = []
    pairs: list[tuple[str, str]] = []
    for node in left:
        edge = positions[node][0] - sizes[node][0] / 2 - gap
        active = [m for m in active if positions[m][0] + sizes[m][0] / 2 + gap > edge]
        pairs += [(m, node) for m in active if labels_overlap(positions[m], sizes[m], positions[node], sizes[node], gap)]
        active.append(node)
    return pairs


def _forces(graph: nx.Graph[str], sizes: Mapping[str, Size], gap: float) -> dict[str, Point]:
    """Graphviz force layout with overlap removal, in points (y down); node boxes are the label boxes."""
    names = {node: f"n{index}" for index, node in enumerate(sorted(graph.nodes))}
    engine = "sfdp" if len(names) > SFDP_ABOVE else "neato"
    mean = sum(sizes[n][0] + sizes[n][1] for n in names) / max(1, len(names)) / 72 / 2
    dot = graphviz.Graph(engine=engine, graph_attr={
        "overlap": "prism", "overlap_scaling": "-1", "sep": f"+{gap:g}", "splines": "false", "start": "7", "pack": "true",
        "K": f"{mean:.2f}"},
        node_attr={"shape": "box", "fixedsize": "true", "label": ""}, edge_attr={"len": f"{mean:.2f}"})
    for node, name in names.items():
        dot.node(name, width=f"{sizes[node][0] / 72:.4f}", height=f"{sizes[node][1] / 72:.4f}")
    for a, b in sorted(tuple(sorted(e)) for e in graph.edges):
        dot.edge(names[a], names[b])
    placed: dict[str, Point] = {}
    for line in dot.pipe(format="plain", encoding="utf-8").splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            placed[parts[1]] = (float(parts[2]) * 72, float(parts[3]) * 72)
    return {node: (placed[name][0], -placed[name][1]) for node, name in names.items()}


def _rows(nodes: list[str], sizes: Mapping[str, Size], top: float, width: float, gap: float) -> dict[str, Point]:
    """Nodes in rows of at most ``width``, left to right, starting at ``top`` (y down), centred on x = 0."""
    rows: list[list[str]] = []
    for node in nodes:
        if not rows or sum(sizes[n][0] + gap for n in rows[-1]) + sizes[node][0] > width:
            rows.append([])
        rows[-1].append(node)
    placed: dict[str, Point] = {}
    for row in rows:
        height = max(sizes[n][1] for n in row)
        x = -(sum(sizes[n][0] for n in row) + gap * (len(row) - 1)) / 2
        for node in row:
            placed[node] = (x + sizes[node][0] / 2, top + height / 2)
            x += sizes[node][0] + gap
        top += height + gap
    return placed


def _extent(positions: Mapping[str, Point], sizes: Mapping[str, Size], axis: int) -> tuple[float, float]:
    return (min(p[axis] - sizes[n][axis] / 2 for n, p in positions.items()),
            max(p[axis] + sizes[n][axis] / 2 for n, p in positions.items()))


def _apart(positions: Mapping[str, Point], sizes: Mapping[str, Size]) -> float:
    """The largest factor (at most 1) by which the boxes can be drawn at these centres without overlapping."""
    factor = 1.0
    for a, b in overlapping(positions, sizes):
        (ax, ay), (bx, by), (aw, ah), (bw, bh) = positions[a], positions[b], sizes[a], sizes[b]
        factor = min(factor, max(abs(ax - bx) * 2 / (aw + bw), abs(ay - by) * 2 / (ah + bh), 0.01))
    return factor


def fit(positions: Mapping[str, Point], sizes: Mapping[str, Size], width: float, height: float) -> Layout:
    """``positions`` (any units, y down) scaled into the box: the centres spread to fill it (each axis at most 1.5
    times the other), the boxes shrink by ``zoom`` when the view does not fit, or when boxes would overlap."""
    if not positions:
        return Layout({}, {}, 1.0, width, height)
    big = (max(sizes[n][0] for n in positions), max(sizes[n][1] for n in positions))
    spans = [max(p[axis] for p in positions.values()) - min(p[axis] for p in positions.values()) for axis in (0, 1)]
    rooms = (width, height)
    zoom = min(1.0, *(room / (span + box) for room, span, box in zip(rooms, spans, big, strict=True)))
    scale = [(room - zoom * box) / span if span > 0 else 1.0 for room, span, box in zip(rooms, spans, big, strict=True)]
    scale = [min(s, 1.5 * max(zoom, min(scale))) for s in scale]
    moved = {n: (x * scale[0], y * scale[1]) for n, (x, y) in positions.items()}
    zoom *= _apart(moved, {n: (sizes[n][0] * zoom, sizes[n][1] * zoom) for n in moved})
    shrunk = {n: (sizes[n][0] * zoom, sizes[n][1] * zoom) for n in moved}
    extents = [_extent(moved, shrunk, axis) for axis in (0, 1)]
    shift = [(room - (hi - lo)) / 2 - lo for room, (lo, hi) in zip(rooms, extents, strict=True)]
    return Layout({n: (x + shift[0], y + shift[1]) for n, (x, y) in moved.items()}, shrunk, zoom, width, height)


def arrange(graph: nx.Graph[str] | nx.MultiDiGraph[str], sizes: Mapping[str, Size] | None = None,
            gap: float = 8.0) -> dict[str, Point]:
    """The layout before fitting (points, y down): the force layout of the connected part, isolated nodes in rows
    below it. ``sizes`` are the label boxes (default: ``label_size`` of each node's ``name``)."""
    if graph.number_of_nodes() == 0:
        return {}
    boxes = dict(sizes) if sizes else default_sizes(graph)
    simple: nx.Graph[str] = nx.Graph(graph)
    simple.remove_edges_from(list(nx.selfloop_edges(simple)))
    alone = sorted((n for n in simple.nodes if simple.degree(n) == 0), key=lambda n: (str(graph.nodes[n].get("name", n)), n))
    linked = simple.subgraph(n for n in simple.nodes if simple.degree(n) > 0)
    placed = _forces(linked, boxes, gap) if linked.number_of_nodes() else {}
    if not placed:
        area = sum((w + gap) * (h + gap) for w, h in boxes.values())
        return _rows(alone, boxes, 0.0, max(max(w for w, _ in boxes.values()), (area * 16 / 9) ** 0.5), gap)
    (left, right), (top, bottom) = _extent(placed, boxes, 0), _extent(placed, boxes, 1)
    placed = {n: (x - (left + right) / 2, y) for n, (x, y) in placed.items()}
    return placed | _rows(alone, boxes, bottom + 3 * gap, max(right - left, (bottom - top) * 16 / 9), gap)


def default_sizes(graph: nx.Graph[str] | nx.MultiDiGraph[str], font_size: float = 12.0) -> dict[str, Size]:
    """``label_size`` of every node's name."""
    return {n: label_size(str(graph.nodes[n].get("name", n)), font_size) for n in graph.nodes}


def layout(graph: nx.Graph[str] | nx.MultiDiGraph[str], width: float, height: float,
           sizes: Mapping[str, Size] | None = None, gap: float = 8.0) -> Layout:
    """Positions for every node of ``graph`` inside a ``width`` x ``height`` box: ``fit(arrange(...))``; ``sizes``
    are the label boxes (default: ``default_sizes``), in the box's units; ``gap`` is the least room between boxes."""
    boxes = dict(sizes) if sizes else default_sizes(graph)
    return fit(arrange(graph, boxes, gap), boxes, width, height)
