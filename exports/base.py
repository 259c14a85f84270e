"""What every export shares: the view (a filtered networkx graph, and the positions the analyst saw), its title,
caption and sources, the page, and the style: legend groups, colours and text colours that contrast."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graph.layout import Point
from graph.network import Network, edge_items, node_items


@cache
def style() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "style.yaml").read_text(encoding="utf-8"))
    return data


def group(data: dict[str, Any]) -> str:
    """The node's legend entry: its type, a campaign phase apart, an agency by the group of its kind."""
    if data.get("type") == "Agency" and data.get("kind") in style()["agency_kinds"]:
        return str(style()["agency_kinds"][data["kind"]])
    return str(style()["types"][_kind(data)]["legend"])


def _kind(data: dict[str, Any]) -> str:
    kind = "Phase" if data.get("type") == "Campaign" and data.get("phase") else str(data.get("type", "Agency"))
    return kind if kind in style()["types"] else "Agency"


def contrast(one: str, other: str) -> float:
    """WCAG contrast ratio of two "#rrggbb" colours (1 to 21)."""
    def luminance(color: str) -> float:
        channels = [int(color.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_color(fill: str) -> str:
    """Black or white, whichever reads better on ``fill``."""
    return "#000000" if contrast(fill, "#000000") >= contrast(fill, "#FFFFFF") else "#FFFFFF"


def node_style(data: dict[str, Any]) -> dict[str, Any]:
    """Colour, text colour, legend entry and shapes for one node."""
    look = dict(style()["types"][_kind(data)])
    look["legend"] = group(data)
    look["color"] = style()["agency_groups"].get(look["legend"], look["color"])
    look["text"] = text_color(look["color"])
    return look


def edge_style(kind: str) -> dict[str, str]:
    """Colour, line style ("solid", "dashed", "dotted") and words of a relationship type."""
    return {"color": style()["edges"].get(kind, "#777777"), "dash": style()["edge_dashes"].get(kind, "solid"),
            "words": style()["edge_words"].get(kind, kind.replace("_", " ").lower())}


def edge_label(data: dict[str, Any]) -> str:
    """What an edge says on a diagram: its telling roles ("initiator, coordinator"); the plain participant says none."""
    roles = [str(r) for r in data.get("roles") or [] if r not in style()["plain_roles"]]
    return ", ".join(r.replace("_", " ") for r in roles)


@dataclass
class View:
    graph: Network
    title: str = "Enforcement cooperation network"
    caption: str = ""
    sources: list[str] = field(default_factory=list)
    made: str = field(default_factory=lambda: datetime.date.today().isoformat())
    page: str = "a4"  # a key of style.yaml's pages: a4, letter or 16:9 (a PPTX is always 16:9)
    positions: dict[str, Point] | None = None  # where the analyst saw the nodes (graph.layout); None: lay out anew

    def legend(self) -> list[tuple[str, dict[str, Any]]]:
        """(entry, look) for every kind of node the view shows, in the order of style.yaml."""
        seen = {node_style(data)["legend"]: node_style(data) for _, data in node_items(self.graph)}
        order = [*style()["agency_groups"], *(t["legend"] for t in style()["types"].values())]
        return sorted(seen.items(), key=lambda item: order.index(item[0]))

    def edge_legend(self) -> list[tuple[str, dict[str, str]]]:
        """(relationship type, its style) for every type the view shows."""
        kinds = {kind for _, _, kind, _ in edge_items(self.graph)}
        return [(kind, edge_style(kind)) for kind in style()["edges"] if kind in kinds]


def cited_documents(graph: Network) -> list[str]:
    """The documents whose sentences support the view's relationships (an analyst's note is none)."""
    ids = {e["document"] for _, _, _, d in edge_items(graph) for e in d.get("evidence") or []}
    return sorted(ids - {"overrides"})


def sources_of(graph: Network, titles: dict[str, str]) -> list[str]:
    """Titles of the cited documents."""
    return sorted({titles.get(i, i) for i in cited_documents(graph)})
