"""The slide's network as DrawingML: one shape per entity holding its name, one straight connector per relationship
glued to both shapes. Written as XML in one go, which is many times faster than python-pptx's property-by-property
calls (a 500-node view has some 1,300 relationships); the elements are the same python-pptx would write."""

from __future__ import annotations

from html import escape
from typing import Any

from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml import parse_xml
from pptx.oxml.ns import nsdecls
from pptx.shapes.autoshape import AutoShapeType

from exports.page import Box, Edge, Node

DASHES = {"solid": "solid", "dashed": "dash", "dotted": "sysDot"}


def emu(points: float) -> int:
    return int(points * 12700)


def _fill(color: str) -> str:
    return f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>'


def _frame(box: Box, flip: str = "") -> str:
    return (f'<a:xfrm{flip}><a:off x="{emu(box.x)}" y="{emu(box.y)}"/>'
            f'<a:ext cx="{emu(box.w)}" cy="{emu(box.h)}"/></a:xfrm>')


def shape(shape_id: int, node: Node) -> Any:
    """The entity: its shape and colour, its name centred in lines, in the text colour that contrasts."""
    preset = AutoShapeType(getattr(MSO_SHAPE, node.look["pptx"])).prst
    run = f'<a:rPr lang="en-US" sz="{round(node.size * 100)}" dirty="0">{_fill(node.look["text"])}</a:rPr>'
    lines = "".join(f'<a:p><a:pPr algn="ctr"/><a:r>{run}<a:t>{escape(line, False)}</a:t></a:r></a:p>' for line in node.lines)
    return parse_xml(
        f'<p:sp {nsdecls("a", "p")}><p:nvSpPr><p:cNvPr id="{shape_id}" name="{escape("Node: " + node.name)}"/><p:cNvSpPr/>'
        f'<p:nvPr/></p:nvSpPr><p:spPr>{_frame(node.box)}<a:prstGeom prst="{preset}"><a:avLst/></a:prstGeom>'
        f'{_fill(node.look["color"])}<a:ln><a:noFill/></a:ln></p:spPr><p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" '
        f'rIns="0" bIns="0" anchor="ctr"/><a:lstStyle/>{lines}</p:txBody></p:sp>')


def side(box: Box, toward: tuple[float, float]) -> tuple[int, tuple[float, float]]:
    """The connection point facing ``toward`` (0 top, 1 left, 2 bottom, 3 right) and where it is."""
    (x, y), (tx, ty) = box.center, toward
    if abs(tx - x) * box.h > abs(ty - y) * box.w:
        return (3, (box.x + box.w, y)) if tx > x else (1, (box.x, y))
    return (2, (x, box.y + box.h)) if ty > y else (0, (x, box.y))


def connector(shape_id: int, edge: Edge, start: tuple[int, Box], end: tuple[int, Box]) -> Any:
    """The relationship: a straight line glued to both shapes, in its colour and dash, with an arrow at the target."""
    (a_id, a), (b_id, b) = start, end
    (a_site, (x1, y1)), (b_site, (x2, y2)) = side(a, b.center), side(b, a.center)
    flip = (' flipH="1"' if x2 < x1 else "") + (' flipV="1"' if y2 < y1 else "")
    name = escape(f"Relationship: {edge.source_name} {edge.look['words']} {edge.target_name}")
    line = Box(min(x1, x2), min(y1, y2), abs(x2 - x1), abs(y2 - y1))
    return parse_xml(
        f'<p:cxnSp {nsdecls("a", "p")}><p:nvCxnSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvCxnSpPr>'
        f'<a:stCxn id="{a_id}" idx="{a_site}"/><a:endCxn id="{b_id}" idx="{b_site}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>'
        f'<p:spPr>{_frame(line, flip)}<a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="{emu(1.1)}">'
        f'{_fill(edge.look["color"])}<a:prstDash val="{DASHES[edge.look["dash"]]}"/>'
        f'<a:tailEnd type="triangle" w="sm" len="sm"/></a:ln></p:spPr></p:cxnSp>')
