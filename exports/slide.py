"""A one-slide 16:9 PPTX for a briefing, every part native and editable: the title in the slide's title, the
caption under it, each entity a shape holding its name and each relationship a connector glued to its two shapes
(exports.drawingml; roles in a small text beside it), the legend a group of shapes, and the sources in the footer and
the notes. The page is exports.page's, so the slide shows the network where the app and the other diagrams show it."""

from __future__ import annotations

import io
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Pt

from exports import drawingml
from exports.base import View
from exports.page import Box, Edge, Key, Text, compose

DASHES = {"solid": MSO_LINE_DASH_STYLE.SOLID, "dashed": MSO_LINE_DASH_STYLE.DASH, "dotted": MSO_LINE_DASH_STYLE.ROUND_DOT}
TITLE_ONLY = 5  # the default template's "Title Only" layout


def _emu(points: float) -> Emu:
    return Emu(drawingml.emu(points))


def _rgb(color: str) -> RGBColor:
    return RGBColor(*bytes.fromhex(color.lstrip("#")))  # type: ignore[no-untyped-call]


def _place(shape: Any, box: Box) -> None:
    shape.left, shape.top, shape.width, shape.height = (_emu(v) for v in (box.x, box.y, box.w, box.h))


def _write(shape: Any, lines: list[str], size: float, color: str = "#000000", bold: bool = False,
           align: PP_ALIGN = PP_ALIGN.LEFT) -> None:
    frame = shape.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = align
        run = paragraph.add_run()
        run.text = line
        run.font.size, run.font.bold = Pt(round(size, 1)), bold
        run.font.color.rgb = _rgb(color)


def _textbox(shapes: Any, text: Text, name: str) -> Any:
    box = shapes.add_textbox(0, 0, 0, 0)
    _place(box, text.box)
    box.name = name
    _write(box, text.lines, text.size, bold=text.bold)
    return box


def _shape(shapes: Any, box: Box, look: dict[str, Any], name: str) -> Any:
    shape = shapes.add_shape(getattr(MSO_SHAPE, look["pptx"]), *(_emu(v) for v in (box.x, box.y, box.w, box.h)))
    shape.name = name
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(look["color"])
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def _line(connector: Any, look: dict[str, str], width: float = 1.6) -> None:
    connector.line.color.rgb = _rgb(look["color"])
    connector.line.width = Pt(width)
    connector.line.dash_style = DASHES[look["dash"]]


def _roles(shapes: Any, edge: Edge, a: Box, b: Box, size: float) -> Any:
    """The edge's roles in a small text box at its middle."""
    (ax, ay), (bx, by) = a.center, b.center
    width = max(40.0, len(edge.label) * size * 0.6)
    roles = _textbox(shapes, Text([edge.label], Box((ax + bx - width) / 2, (ay + by) / 2 - size, width, size * 1.3), size),
                     f"Roles: {edge.label}")
    roles.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    return roles


def _legend(shapes: Any, heading: Text, keys: list[Key]) -> None:
    group = shapes.add_group_shape()
    group.name = "Legend"
    _textbox(group.shapes, heading, "Legend heading")
    for key in keys:
        if key.line:
            y = key.swatch.y + key.swatch.h / 2
            line = group.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, _emu(key.swatch.x), _emu(y),
                                              _emu(key.swatch.x + key.swatch.w), _emu(y))
            line.name = f"Legend line: {key.label}"
            _line(line, key.look)
        else:
            _shape(group.shapes, key.swatch, key.look, f"Legend swatch: {key.label}")
        _textbox(group.shapes, key.text, f"Legend: {key.label}")


def _footer(slide: Any, text: Text) -> None:
    """The sources in the slide's footer placeholder (cloned from its layout's, as PowerPoint does)."""
    layout_footer = next(p for p in slide.slide_layout.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    slide.shapes.clone_placeholder(layout_footer)
    footer = next(p for p in slide.placeholders if p.placeholder_format.type == PP_PLACEHOLDER.FOOTER)
    _place(footer, text.box)
    _write(footer, [" ".join(text.lines)], text.size, color="#333333")


def render(view: View) -> bytes:
    sheet = compose(view, "16:9")
    deck = Presentation()
    deck.slide_width, deck.slide_height = _emu(sheet.width), _emu(sheet.height)
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    _place(slide.shapes.title, sheet.title.box)
    _write(slide.shapes.title, [view.title], sheet.title.size, bold=True)
    slide.shapes.title.text_frame.vertical_anchor = MSO_ANCHOR.TOP
    _footer(slide, sheet.footer)
    if sheet.caption.lines:
        _textbox(slide.shapes, sheet.caption, "Caption")
    _legend(slide.shapes, sheet.legend, sheet.keys)
    boxes = {node.id: node.box for node in sheet.nodes}
    roles = [_roles(slide.shapes, e, boxes[e.source], boxes[e.target], sheet.edge_size) for e in sheet.edges if e.label]
    tree = slide.shapes.title._element.getparent()
    first = max(shape.shape_id for shape in slide.shapes) + 1
    ends = {node.id: (first + index, node.box, drawingml.preset(node)) for index, node in enumerate(sheet.nodes)}
    for index, edge in enumerate(sheet.edges, start=first + len(ends)):  # lines first: under the entities
        tree.append(drawingml.connector(index, edge, ends[edge.source], ends[edge.target]))
    for node in sheet.nodes:
        tree.append(drawingml.shape(ends[node.id][0], node))
    for box in roles:
        tree.append(box._element)  # the roles on top
    notes = [view.caption, f"Made {view.made}.", "Sources:", *(f"- {s}" for s in view.sources or ["none"])]
    slide.notes_slide.notes_text_frame.text = "\n".join(line for line in notes if line)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
