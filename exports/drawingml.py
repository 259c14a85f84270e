"""The slide's network as DrawingML: one shape per entity holding its name, one straight connector per relationship
glued to both shapes. Written as XML in one go, which is many times faster than python-pptx's property-by-property
calls (a 500-node view has some 1,300 relationships); the elements are the same python-pptx would write."""

from __future__ import annotations

from html import escape
from math import cos, hypot, pi, sin
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.shapes.autoshape import AutoShapeType

from exports.page import Box, Edge, Node

DASHES = {"solid": "solid", "dashed": "dash", "dotted": "sysDot"}
OCTAGON_CUT = 0.29289  # the preset octagon's corner, a share of its shorter side


def emu(points: float) -> int:
    return int(points * 12700)


def _fill(color: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>'


def _frame(box: Box, flip: str = "") -> str:
    return (f'<a:xfrm{flip}><a:off x="{emu(box.x)}" y="{emu(box.y)}"/>'
            f'<a:ext cx="{emu(box.w)}" cy="{emu(box.h)}"/></a:xfrm>')


def preset(node: Node) -> str:
    """The DrawingML preset of the node's shape (rect, ellipse, octagon...)."""
    return str(AutoShapeType(getattr(MSO_SHAPE, node.look["pptx"])).prst)


def shape(shape_id: int, node: Node) -> Any:
    """The entity: its shape and colour, its name centred in lines, in the text colour that contrasts."""
    run = f'<a:rPr lang="en-US" sz="{round(node.size * 100)}" dirty="0">{_fill(node.look["text"])}</a:rPr>'
    lines = "".join(f'<a:p><a:pPr algn="ctr"/><a:r>{run}<a:t>{escape(line, False)}</a:t></a:r></a:p>' for line in node.lines)
    return parse_xml(
        f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape("Node: " + node.name)}"/><p:cNvSpPr/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr>{_frame(node.box)}<a:prstGeom prst="{preset(node)}"><a:avLst/></a:prstGeom>'
        f'{_fill(node.look["color"])}<a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" '
        f'rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>{lines}</p:txBody></p:sp>')


def sites(shape_preset: str, box: Box) -> list[tuple[int, float, float]]:
    """The connection sites (index, x, y) of a preset shape, as PowerPoint and LibreOffice number them: rectangles
    top, left, bottom, right; ellipses eight, anticlockwise from the top; octagons two per side, from the right's top."""
    (cx, cy), left, top, right, bottom = box.center, box.x, box.y, box.x + box.w, box.y + box.h
    if shape_preset == "ellipse":
        return [(i, cx - box.w / 2 * sin(i * pi / 4), cy - box.h / 2 * cos(i * pi / 4)) for i in range(8)]
    if shape_preset == "octagon":
        cut = OCTAGON_CUT * min(box.w, box.h)
        return [(0, right, top + cut), (1, right, bottom - cut), (2, right - cut, bottom), (3, left + cut, bottom),
                (4, left, bottom - cut), (5, left, top + cut), (6, left + cut, top), (7, right - cut, top)]
    return [(0, cx, top), (1, left, cy), (2, cx, bottom), (3, right, cy)]


def _site(end: tuple[int, Box, str], toward: tuple[float, float]) -> tuple[int, float, float]:
    """The site of the shape nearest to ``toward``."""
    return min(sites(end[2], end[1]), key=lambda site: hypot(site[1] - toward[0], site[2] - toward[1]))


def connector(shape_id: int, edge: Edge, start: tuple[int, Box, str], end: tuple[int, Box, str]) -> Any:
    """The relationship: a straight line glued to both shapes (``(shape id, box, preset)``), in its colour and dash,
    with an arrow at the target."""
    (a_site, x1, y1), (b_site, x2, y2) = _site(start, end[1].center), _site(end, start[1].center)
    flip = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
    name = escape(f"Relationship: {edge.source_name} {edge.look['words']} {edge.target_name}")
    line = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    return parse_xml(
        f'<p:cxnSp {nsdecls("a", "p")}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvCxnSpPr>'
        f'<a:stCxn id="{start[0]}" idx="{a_site}"/><a:endCxn id="{end[0]}" idx="{b_site}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>'
        f'<p:spPr>{_frame(line, flip)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="{emu(1.1)}">'
        f'{_fill(edge.look["color"])}<a:prstDash val="{DASHES[edge.look["dash"]]}"/>'
        f'<a:tailEnd type="triangle" w="sm" len="sm"/></a:ln></p:spPr></p:cxnSp>')
