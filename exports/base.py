"""What every export shares: the view (a filtered networkx graph), its title, caption and sources, and the style."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from graph.network import Network, edge_items, node_items


@cache
def style() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "style.yaml").read_text(encoding="utf-8"))
    return data


def node_style(data: dict[str, Any]) -> dict[str, str]:
    """Colour and shapes for one node: a campaign phase and an agency kind have their own."""
    kind = "Phase" if data.get("type") == "Campaign" and data.get("phase") else str(data.get("type", "Agency"))
    look = dict(style()["types"].get(kind, style()["types"]["Agency"]))
    if kind == "Agency" and data.get("kind") in style()["agency_kinds"]:
        look["color"] = style()["agency_kinds"][data["kind"]]
    return look


@dataclass
class View:
    graph: Network
    title: str = "Enforcement cooperation network"
    caption: str = ""
    sources: list[str] = field(default_factory=list)
    made: str = field(default_factory=lambda: datetime.date.today().isoformat())

    @property
    def footnote(self) -> str:
        shown = "; ".join(self.sources[:6]) + (f"; and {len(self.sources) - 6} more" if len(self.sources) > 6 else "")
        return f"Sources: {shown}" if self.sources else "Sources: none"

    def legend(self) -> list[tuple[str, str]]:
        """(label, colour) for every kind of node the view shows."""
        seen: dict[str, str] = {}
        for _, data in node_items(self.graph):
            kind = "Campaign phase" if data.get("type") == "Campaign" and data.get("phase") else str(data.get("type"))
            if data.get("type") == "Agency" and data.get("kind"):
                kind = f"Agency ({str(data['kind']).replace('_', ' ')})"
            seen.setdefault(kind, node_style(data)["color"])
        return sorted(seen.items())


def cited_documents(graph: Network) -> list[str]:
    """The documents whose sentences support the view's relationships (an analyst's note is none)."""
    ids = {e["document"] for _, _, _, d in edge_items(graph) for e in d.get("evidence") or []}
    return sorted(ids - {"overrides"})


def sources_of(graph: Network, titles: dict[str, str]) -> list[str]:
    """Titles of the cited documents."""
    return sorted({titles.get(i, i) for i in cited_documents(graph)})
