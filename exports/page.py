"""The composed page every diagram export draws: title, caption, the network fitted to its area with the positions
of graph.layout, the legend, and a footer with the date and sources. Points, y down from the top left corner.

Text is wrapped on words to its box, never cut; sources that do not fit the footer are counted ("and 4 more")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from exports.base import View, edge_label, edge_style, node_style, style
from graph.layout import arrange, fit, label_lines, label_size, text_width
from graph.network import edge_items, node_items

MARGIN = 28.0
FOOTER_LINES = 3
SHAPE_ROOM = {"ellipse": (1.3, 1.35), "octagon": (1.12, 1.2)}  # a shape's box around its label's


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


@dataclass(frozen=True)
class Text:
    lines: list[str]
    box: Box
    size: float
    bold: bool = False


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    lines: list[str]
    box: Box
    look: dict[str, Any]
    size: float


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str
    label: str
    look: dict[str, str]
    source_name: str
    target_name: str


@dataclass(frozen=True)
class Key:
    """One legend entry: a swatch (a node's shape, or a line) and its words."""

    label: str
    look: dict[str, Any]
    swatch: Box
    text: Text
    line: bool


@dataclass(frozen=True)
class Sheet:
    width: float
    height: float
    title: Text
    caption: Text
    footer: Text
    legend: Text
    keys: list[Key]
    nodes: list[Node]
    edges: list[Edge]
    edge_size: float


def wrap(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width`` points at ``size`` (a word longer than a line keeps its own line)."""
    chars = max(8, int(width / (size * (0.62 if bold else 0.55))))
    while chars > 8 and max(text_width(line, size * (1.08 if bold else 1.0)) for line in label_lines(text, chars)) > width:
        chars -= 2
    return label_lines(text, chars) if text else []


def _text(text: str, size: float, x: float, y: float, width: float, bold: bool = False) -> Text:
    lines = wrap(text, size, width, bold)
    return Text(lines, Box(x, y, width, len(lines) * size * 1.25), size, bold)


def footnote(view: View, size: float, width: float) -> list[str]:
    """"Made <date>. Sources: a; b; and N more": as many sources as fit in the footer's lines, the rest counted."""
    def lines(shown: int) -> list[str]:
        rest = len(view.sources) - shown
        listed = view.sources[:shown] + ([f"and {rest} more"] if rest and shown else [f"{rest} documents"] if rest else [])
        return wrap(f"Made {view.made}. Sources: {'; '.join(listed) or 'none'}.", size, width)
    fitting = (found for shown in range(len(view.sources), 0, -1) if len(found := lines(shown)) <= FOOTER_LINES)
    return next(fitting, lines(0))


def _keys(view: View, right: float, top: float) -> tuple[Text, list[Key]]:
    size = float(style()["text"]["legend"])
    entries = [(label, look, False) for label, look in view.legend()]
    entries += [(look["words"].capitalize(), look, True) for _, look in view.edge_legend()]
    width = max([text_width(label, size) for label, _, _ in entries] + [text_width("Legend", size * 1.1)]) + 36
    heading = Text(["Legend"], Box(right - width, top, width, size * 1.4), size, bold=True)
    keys, y = [], top + size * 1.8
    for label, look, line in entries:
        swatch = Box(right - width, y + size * 0.1, 26, size * 1.2)
        keys.append(Key(label, look, swatch, Text([label], Box(right - width + 32, y, width - 32, size * 1.4), size), line))
        y += size * 1.75
    return heading, keys


def _network(view: View, area: Box) -> tuple[list[Node], float]:
    size = float(style()["text"]["node"])
    items = node_items(view.graph)
    boxes = {}
    for node, data in items:
        w, h = label_size(str(data.get("name", node)), size)
        room = SHAPE_ROOM.get(node_style(data)["shape"], (1.0, 1.0))
        boxes[node] = (w * room[0], h * room[1])
    given = view.positions or {}
    seen = {n: given[n] for n in view.graph if n in given}
    placed = fit(seen if len(seen) == view.graph.number_of_nodes() else arrange(view.graph), boxes, area.w, area.h)
    nodes = []
    for node, data in items:
        (x, y), (w, h) = placed.positions[node], placed.sizes[node]
        name = str(data.get("name", node))
        nodes.append(Node(node, name, label_lines(name), Box(area.x + x - w / 2, area.y + y - h / 2, w, h), node_style(data),
                          size * placed.zoom))
    return nodes, placed.zoom


def compose(view: View, page: str | None = None) -> Sheet:
    """The page (a key of style.yaml's pages; default the view's) with everything placed on it."""
    width, height = (float(v) for v in style()["pages"][page or view.page])
    sizes = style()["text"]
    inner = width - 2 * MARGIN
    title = _text(view.title, sizes["title"], MARGIN, MARGIN, inner, bold=True)
    caption = _text(view.caption, sizes["caption"], MARGIN, title.box.y + title.box.h + 4, inner)
    lines = footnote(view, sizes["footer"], inner)
    footer = Text(lines, Box(MARGIN, height - MARGIN - len(lines) * sizes["footer"] * 1.25, inner,
                             len(lines) * sizes["footer"] * 1.25), sizes["footer"])
    top = caption.box.y + caption.box.h + 12
    legend, keys = _keys(view, width - MARGIN, top)
    area = Box(MARGIN, top, legend.box.x - 16 - MARGIN, footer.box.y - 12 - top)
    nodes, zoom = _network(view, area)
    names = {node.id: node.name for node in nodes}
    edges = [Edge(s, t, k, edge_label(d), edge_style(k), names[s], names[t]) for s, t, k, d in edge_items(view.graph)]
    return Sheet(width, height, title, caption, footer, legend, keys, nodes, edges, sizes["edge"] * max(zoom, 0.75))

