"""PNG, SVG and PDF of a composed page (exports.page): Graphviz draws every element where the page put it
(``neato -n2``: the positions are graph.layout's, not Graphviz's), with straight edges, roles on the edges, a legend of
real shapes and lines, and text in DejaVu Sans. The page is the size a person chose (A4, Letter, 16:9)."""

from __future__ import annotations

import html

import graphviz

from exports.base import View, style
from exports.page import Box, Key, Node, Sheet, Text, compose
from graph.layout import text_width

DPI = 150  # PNG: a page of A4 is 1754 x 1240 pixels


def _gid(node: str) -> str:
    """Graphviz reads "a:b" as node a, port b."""
    return node.replace(":", "__")


def _pos(sheet: Sheet, x: float, y: float) -> str:
    return f"{x:.2f},{sheet.height - y:.2f}!"


def _html(lines: list[str], size: float, bold: bool = False, color: str = "#000000") -> str:
    body = "<BR ALIGN='LEFT'/>".join(html.escape(line) for line in lines) + "<BR ALIGN='LEFT'/>"
    body = f"<B>{body}</B>" if bold else body
    return f"<<FONT POINT-SIZE='{size:.1f}' COLOR='{color}'>{body}</FONT>>"


def _text(dot: graphviz.Digraph, sheet: Sheet, name: str, text: Text) -> None:
    """Left-aligned text whose first line starts at the box's top left corner."""
    if not text.lines:
        return
    width = max(text_width(line, text.size * (1.08 if text.bold else 1.0)) for line in text.lines)
    dot.node(name, _html(text.lines, text.size, text.bold), shape="plaintext", style="", fixedsize="false", margin="0",
             width="0", height="0", pos=_pos(sheet, text.box.x + width / 2, text.box.y + text.box.h / 2))


def _shape(dot: graphviz.Digraph, sheet: Sheet, name: str, box: Box, look: dict[str, str], **extra: str) -> None:
    dot.node(name, pos=_pos(sheet, *box.center), width=f"{box.w / 72:.4f}", height=f"{box.h / 72:.4f}",
             shape=look["shape"], fillcolor=look["color"], fontcolor=look["text"],
             style="filled,rounded" if look.get("rounded") else "filled", **{"label": "", "tooltip": " ", **extra})


def _node(dot: graphviz.Digraph, sheet: Sheet, node: Node) -> None:
    """The entity's shape with its name in lines; the SVG element carries its id, its tooltip the full name."""
    label = "<" + "<BR/>".join(html.escape(line) for line in node.lines) + ">"
    _shape(dot, sheet, _gid(node.id), node.box, node.look, label=label, fontsize=f"{node.size:.1f}", tooltip=node.name,
           id=node.id)


def _key(dot: graphviz.Digraph, sheet: Sheet, index: int, key: Key) -> None:
    if key.line:
        y = key.swatch.y + key.swatch.h / 2
        for end, x in (("a", key.swatch.x), ("b", key.swatch.x + key.swatch.w)):
            dot.node(f"key{index}{end}", "", shape="point", style="invis", width="0", height="0", pos=_pos(sheet, x, y))
        dot.edge(f"key{index}a", f"key{index}b", color=key.look["color"], style=key.look["dash"], arrowhead="none",
                 penwidth="1.6")
    else:
        _shape(dot, sheet, f"key{index}", key.swatch, key.look)
    _text(dot, sheet, f"key{index}text", key.text)


def build(sheet: Sheet) -> graphviz.Digraph:
    font = style()["font"]
    dot = graphviz.Digraph(engine="neato", graph_attr={
        "splines": "false", "outputorder": "edgesfirst", "bgcolor": "white", "pad": "0", "margin": "0", "fontname": font},
        node_attr={"fontname": font, "fixedsize": "true", "penwidth": "0", "margin": "0"},
        edge_attr={"fontname": font, "arrowsize": "0.6", "penwidth": "1.1", "fontcolor": "#222222"})
    for name, x, y in (("page_top_left", 0.0, 0.0), ("page_bottom_right", sheet.width, sheet.height)):
        dot.node(name, "", shape="point", style="invis", width="0", height="0", pos=_pos(sheet, x, y))
    for name, text in (("title", sheet.title), ("caption", sheet.caption), ("footer", sheet.footer), ("legend", sheet.legend)):
        _text(dot, sheet, name, text)
    for index, key in enumerate(sheet.keys):
        _key(dot, sheet, index, key)
    for node in sheet.nodes:
        _node(dot, sheet, node)
    for edge in sheet.edges:
        dot.edge(_gid(edge.source), _gid(edge.target), edge.label, color=edge.look["color"],
                 style=edge.look["dash"], fontsize=f"{sheet.edge_size:.1f}", tooltip=edge.look["words"])
    return dot


def render(view: View, fmt: str, page: str | None = None) -> bytes:
    """The diagram as ``png``, ``svg`` or ``pdf`` bytes, on ``page`` (default: the view's page)."""
    dot = build(compose(view, page))
    if fmt == "png":
        dot.graph_attr["dpi"] = str(DPI)
    data: bytes = dot.pipe(format=fmt, neato_no_op=2)
    return data
