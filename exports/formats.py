"""Every export format by name, for the app's buttons and `ckg export --format`."""

from __future__ import annotations

from collections.abc import Callable

from exports import diagram, files, slide
from exports.base import View

FORMATS: dict[str, tuple[str, Callable[[View], bytes]]] = {
    "png": ("image/png", lambda v: diagram.render(v, "png")),
    "svg": ("image/svg+xml", lambda v: diagram.render(v, "svg")),
    "pdf": ("application/pdf", lambda v: diagram.render(v, "pdf")),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", slide.render),
    "graphml": ("application/graphml+xml", files.graphml),
    "gexf": ("application/gexf+xml", files.gexf),
    "json": ("application/json", files.as_json),
    "csv": ("text/csv", files.as_csv),
}


def export(view: View, fmt: str) -> bytes:
    return FORMATS[fmt][1](view)
