"""A caption written for people, from the view's filter and what it shows: its subject, what kinds of things are
on it and the years they span ("Operation Mekong Dragon: partners and meetings, 2018-2024").

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("campaign:md", type="Campaign", name="Mekong Dragon", start="2018")
>>> g.add_node("agency:la", type="Agency", name="Lao Customs Department")
>>> g.add_node("meeting:m", type="Meeting", name="Planning meeting", start="2024-03-05")
>>> caption(g, ViewFilter(campaign="campaign:md"))
'Operation Mekong Dragon: partners and meetings, 2018-2024'
>>> caption(g, ViewFilter(focus="path", center="agency:la", other="meeting:m", date_from="2020-01-01"))
'From Lao Customs Department to Planning meeting: agencies, campaigns and meetings, since 2020'
"""

from __future__ import annotations

import re

from graph.filters import ViewFilter
from graph.model import ENTITY_TYPES
from graph.network import Network, node_items

WORDS = {"Agency": "agencies", "Country": "countries", "Campaign": "campaigns", "Meeting": "meetings", "Person": "people"}
NAMED_OPERATION = re.compile(r"\b(operation|campaign|chiến dịch|project|initiative|programme|program)\b", re.IGNORECASE)


def _name(graph: Network, node: str | None) -> str:
    if not node:
        return ""
    return str(graph.nodes[node].get("name", node)) if node in graph else node.split(":", 1)[-1]


def _joined(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _subject(graph: Network, view: ViewFilter) -> str:
    def name(node: str | None) -> str:
        return _name(graph, node)

    focus = {"ego": f"Around {name(view.center)}", "path": f"From {name(view.center)} to {name(view.other)}",
             "shared": f"What {name(view.center)} and {name(view.other)} share",
             "community": f"Working group {view.community + 1}"}.get(view.focus, "")
    campaign = name(view.campaign)
    if campaign and not NAMED_OPERATION.search(campaign):
        campaign = f"Operation {campaign}"
    where = " in ".join(part for part in (campaign, name(view.country)) if part)
    return " · ".join(part for part in (focus, where) if part) or "Enforcement cooperation"


def _kinds(graph: Network, view: ViewFilter) -> list[str]:
    present = {str(d.get("type")) for _, d in node_items(graph)}
    kinds = [t for t in ENTITY_TYPES if t in present and not (view.campaign and t == "Campaign")]
    return [("partners" if view.campaign and t == "Agency" else WORDS[t]) for t in kinds]


def _span(first: str, last: str) -> str:
    if first and last:
        return first if first == last else f"{first}-{last}"
    return f"since {first}" if first else f"until {last}" if last else ""


def _years(graph: Network, view: ViewFilter) -> str:
    """The filter's years, or else the years the dated things shown span."""
    if view.date_from or view.date_to:
        return _span((view.date_from or "")[:4], (view.date_to or "")[:4])
    years = sorted(str(d[key])[:4] for _, d in node_items(graph) for key in ("start", "end") if d.get(key))
    return _span(years[0], years[-1]) if years else ""


def caption(graph: Network, view: ViewFilter) -> str:
    """One line saying what ``graph`` (the part of the graph ``view`` shows) is about."""
    if graph.number_of_nodes() == 0:
        return f"{_subject(graph, view)}: nothing matches this view"
    details = ", ".join(part for part in (_joined(_kinds(graph, view)), _years(graph, view)) if part)
    return f"{_subject(graph, view)}: {details}"
