"""PNG, SVG and PDF diagrams with Graphviz sfdp: straight edges (readable, and fast at 500 nodes), a legend,
the title, the date and a sources footnote. Vietnamese labels render in DejaVu Sans."""

from __future__ import annotations

import html
import textwrap

import graphviz

from exports.base import View, node_style, style
from graph.network import edge_items, node_items


def _gid(node: str) -> str:
    """Graphviz reads "a:b" as node a, port b."""
    return node.replace(":", "__")


def _label(name: str) -> str:
    return "\n".join(textwrap.wrap(name, 26)[:3])


def _legend(view: View) -> str:
    cell = '<TR><TD BGCOLOR="{}" WIDTH="14"></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="12">{}</FONT></TD></TR>'
    rows = "".join(cell.format(color, html.escape(label)) for label, color in view.legend())
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2"><TR><TD COLSPAN="2"><B>Legend</B></TD></TR>{rows}</TABLE>>'


def build(view: View) -> graphviz.Digraph:
    font = style()["font"]
    lines = [view.caption, f"Made {view.made}", *textwrap.wrap(view.footnote, 140)]
    caption = "\n".join(part for part in lines if part)
    dot = graphviz.Digraph(engine="sfdp", graph_attr={
        "label": f"{view.title}\n{caption}", "labelloc": "t", "fontname": font, "fontsize": "18", "splines": "false",
        "overlap": "prism", "outputorder": "edgesfirst", "bgcolor": "white", "pad": "0.3"},
        node_attr={"fontname": font, "fontsize": "10", "style": "filled", "fontcolor": "white", "penwidth": "0"},
        edge_attr={"fontname": font, "fontsize": "7", "arrowsize": "0.5"})
    degrees = dict(view.graph.degree())
    for node, data in node_items(view.graph):
        look = node_style(data)
        size = 0.6 + min(degrees.get(node, 0), 20) * 0.05
        dot.node(_gid(node), _label(str(data.get("name", node))), shape=look["shape"], fillcolor=look["color"],
                 width=f"{size:.2f}", id=node)
    for source, target, key, _ in edge_items(view.graph):
        dot.edge(_gid(source), _gid(target), color=style()["edges"].get(key, "#999999"), tooltip=key)
    dot.node("legend", _legend(view), shape="plaintext", style="", fontcolor="black")
    return dot


def render(view: View, fmt: str) -> bytes:
    """The diagram as ``png``, ``svg`` or ``pdf`` bytes."""
    dot = build(view)
    if fmt == "png":
        dot.graph_attr["dpi"] = "150"
    data: bytes = dot.pipe(format=fmt)
    return data
