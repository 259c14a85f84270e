"""A one-slide PPTX for a briefing: the diagram, its legend and its sources."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from exports import diagram
from exports.base import View


def _text(slide: object, box: tuple[float, float, float, float], lines: list[tuple[str, str | None]], size: int) -> None:
    shape = slide.shapes.add_textbox(*(Inches(v) for v in box))  # type: ignore[attr-defined]
    frame = shape.text_frame
    frame.word_wrap = True
    for index, (text, color) in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor(*bytes.fromhex(color.lstrip("#")))  # type: ignore[no-untyped-call]


def render(view: View) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, (0.4, 0.2, 12.5, 0.7), [(view.title, None)], 24)
    picture = slide.shapes.add_picture(io.BytesIO(diagram.render(view, "png")), Inches(0.4), Inches(0.9))
    scale = min(Inches(9.6) / picture.width, Inches(5.9) / picture.height)
    picture.width, picture.height = Emu(int(picture.width * scale)), Emu(int(picture.height * scale))
    _text(slide, (10.2, 0.9, 2.9, 5.0), [("Legend", None)] + [(f"■ {label}", color) for label, color in view.legend()], 11)
    _text(slide, (0.4, 6.9, 12.5, 0.5), [(f"{view.caption} · Made {view.made} · {view.footnote}", None)], 9)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()
