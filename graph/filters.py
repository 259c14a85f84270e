"""What part of the graph a view shows: the same filters serve the app's explorer and `ckg export`.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("agency:a", type="Agency", name="A"); g.add_node("meeting:m", type="Meeting", name="M", start="2024-03")
>>> _ = g.add_edge("agency:a", "meeting:m", key="ATTENDED", type="ATTENDED", confidence=0.8, evidence=[{}])
>>> sorted(apply(g, ViewFilter(date_from="2024-01-01")).nodes)
['agency:a', 'meeting:m']
>>> sorted(apply(g, ViewFilter(date_from="2025-01-01")).nodes)  # undated and nothing dated in the period: dropped
[]
>>> sorted(apply(g, ViewFilter(relations=["HELD_IN"], hidden=["meeting:m"])).nodes)
['agency:a']
"""

from __future__ import annotations

from typing import Literal

import networkx as nx
from pydantic import BaseModel, Field

from graph import network
from graph.model import ENTITY_TYPES
from graph.network import Network
from graph.records import date_bounds

Focus = Literal["all", "ego", "path", "shared", "community"]


class ViewFilter(BaseModel):
    types: list[str] = Field(default_factory=lambda: list[str](ENTITY_TYPES))
    campaign: str | None = None  # an entity id: the campaign (a series with its phases) and what touches it
    country: str | None = None  # an entity id: its agencies, its meetings, and what touches them
    date_from: str | None = None
    date_to: str | None = None
    min_confidence: float = 0.0
    min_sources: int = 1
    focus: Focus = "all"
    center: str | None = None  # ego: the entity; path and shared: the first of two
    other: str | None = None  # path and shared: the second
    hops: int = 1
    community: int = 0  # community: which group, largest first
    relations: list[str] | None = None  # relationship types to show (None: all)
    expanded: list[str] = Field(default_factory=list)  # entities whose neighbours are added to the view
    hidden: list[str] = Field(default_factory=list)  # entities taken off the view

    def describe(self) -> str:
        """One line for a diagram's caption."""
        parts = [f"types: {', '.join(self.types)}"]
        for label, value in (("campaign", self.campaign), ("country", self.country), ("from", self.date_from),
                             ("to", self.date_to)):
            if value:
                parts.append(f"{label}: {value.split(':', 1)[-1]}")
        if self.focus != "all":
            parts.append(f"focus: {self.focus}")
        return "; ".join(parts)


def _dated_out(graph: Network, node: str, date_from: str | None, date_to: str | None) -> bool:
    data = graph.nodes[node]
    if not data.get("start") or data.get("type") not in ("Meeting", "Campaign"):
        return False
    bounds = date_bounds(data.get("start"), data.get("end"))
    return bool((date_from and bounds["end_date"] < date_from) or (date_to and bounds["start_date"] > date_to))


def _undated_alone(graph: Network, view: ViewFilter) -> set[str]:
    """With a period set: undated entities with no relationship to anything dated in the period (they would only
    stand for "some time")."""
    if not (view.date_from or view.date_to):
        return set()
    dated = {n for n, d in graph.nodes(data=True) if d.get("start")}
    return {n for n in graph.nodes if n not in dated and not any(m in dated for m in nx.all_neighbors(graph, n))}


def _around(graph: Network, seeds: set[str]) -> set[str]:
    undirected = graph.to_undirected(as_view=True)
    return seeds | {n for s in seeds if s in graph for n in undirected.neighbors(s)}


def _scoped(graph: Network, view: ViewFilter) -> set[str]:
    keep = set(graph.nodes)
    if view.campaign and view.campaign in graph:
        phases = {s for s, t, k in graph.in_edges(view.campaign, keys=True) if k == "PHASE_OF"}
        keep &= _around(graph, {view.campaign} | phases)
    if view.country and view.country in graph:
        local = {s for s, t, k in graph.in_edges(view.country, keys=True) if k in ("BELONGS_TO", "HELD_IN")}
        keep &= _around(graph, {view.country} | local)
    return keep


def _focused(graph: Network, view: ViewFilter) -> set[str]:
    center, other = view.center or "", view.other or ""
    if view.focus == "ego" and center in graph:
        return set(network.ego_network(graph, center, view.hops).nodes)
    if view.focus == "path" and center and other:
        return set(network.shortest_path(graph, center, other))
    if view.focus == "shared" and center in graph and other in graph:
        shared = {t for t in graph.successors(center) if graph.nodes[t].get("type") == "Campaign"} & \
                 {t for t in graph.successors(other) if graph.nodes[t].get("type") == "Campaign"}
        return {center, other} | shared
    if view.focus == "community":
        groups = network.communities(graph)
        return groups[view.community] if view.community < len(groups) else set()
    return set(graph.nodes)


def apply(graph: Network, view: ViewFilter) -> Network:
    """The part of ``graph`` the view shows (a copy)."""
    keep = {n for n in _scoped(graph, view) if graph.nodes[n].get("type") in view.types
            and not _dated_out(graph, n, view.date_from, view.date_to)}
    sub: Network = graph.subgraph(keep).copy()
    weak = [(s, t, k) for s, t, k, d in sub.edges(keys=True, data=True)
            if d.get("confidence", 1.0) < view.min_confidence or len(d.get("evidence") or []) < view.min_sources
            or (view.relations is not None and k not in view.relations)]
    sub.remove_edges_from(weak)
    sub.remove_nodes_from(_undated_alone(sub, view))
    shown = _focused(sub, view) if view.focus != "all" else set(sub.nodes)
    shown |= _around(sub, {n for n in view.expanded if n in sub})
    result: Network = sub.subgraph(shown - set(view.hidden)).copy()
    return result


def with_scores(graph: Network, size_by: str = "degree") -> Network:
    """The score nodes are sized by, on every node: degree, or betweenness (sampled on large graphs)."""
    scores = network.betweenness_centrality(graph) if size_by == "betweenness" else network.degree_centrality(graph)
    nx.set_node_attributes(graph, scores, size_by)
    return graph
