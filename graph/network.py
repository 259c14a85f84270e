"""The networkx bridge: a store's graph, or part of it, as a MultiDiGraph with every property, and the analytics
analysts ask of it. Evidence and mentions arrive decoded (lists of dicts).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("agency:a", "campaign:c", type="PARTICIPATED_IN")
0
>>> g.add_edge("agency:b", "campaign:c", type="PARTICIPATED_IN")
0
>>> degree_centrality(g)["campaign:c"]
1.0
"""

from __future__ import annotations

import json
from typing import Any, TypeAlias, cast

import networkx as nx

from cypher import query
from graph.stores.base import Store

Network: TypeAlias = "nx.MultiDiGraph[str]"


def _decode(props: dict[str, Any]) -> dict[str, Any]:
    out = dict(sorted(props.items()))  # by key: engines return a node's properties in different orders
    for key in ("evidence", "mentions"):
        if key in out:
            out[key] = [json.loads(v) for v in out[key] or []]
    return out


def neighbourhood(store: Store, ids: list[str], hops: int) -> list[str]:
    """Ids within ``hops`` steps of ``ids``."""
    seen, frontier = set(ids), list(ids)
    for _ in range(hops):
        rows = store.read(query("store/bridge_neighbourhood.cypher"), {"ids": frontier})
        frontier = [i for i in (rows[0]["ids"] if rows else []) if i not in seen]
        seen.update(frontier)
    return sorted(seen)


def subgraph(store: Store, ids: list[str] | None = None, hops: int = 0, types: list[str] | None = None) -> Network:
    """All of the graph (``ids`` None), or the ``hops``-neighbourhood of ``ids``, optionally of some types only."""
    wanted = neighbourhood(store, ids, hops) if ids is not None else None
    graph: Network = nx.MultiDiGraph()
    for row in store.read(query("store/bridge_nodes.cypher"), {"ids": wanted, "types": types}):
        graph.add_node(row["id"], **_decode(dict(row["props"])))
    for row in store.read(query("store/bridge_edges.cypher"), {"ids": sorted(graph.nodes)}):
        if row["source"] in graph and row["target"] in graph:
            graph.add_edge(row["source"], row["target"], key=row["type"], type=row["type"], **_decode(dict(row["props"])))
    return graph


def degree_centrality(graph: Network) -> dict[str, float]:
    """How connected each entity is, ignoring direction, 0..1."""
    return dict(nx.degree_centrality(nx.Graph(graph)))


def betweenness_centrality(graph: Network, samples: int = 300) -> dict[str, float]:
    """Brokers: entities on many shortest paths between others (estimated from ``samples`` sources when larger)."""
    simple: nx.Graph[str] = nx.Graph(graph)
    k = samples if simple.number_of_nodes() > samples else None
    return dict(nx.betweenness_centrality(simple, k=k, seed=7))


def communities(graph: Network) -> list[set[str]]:
    """Groups that work together more than with others (greedy modularity), largest first."""
    simple: nx.Graph[str] = nx.Graph(graph)
    if simple.number_of_edges() == 0:
        return [{n} for n in simple.nodes]
    return sorted((set(c) for c in nx.community.greedy_modularity_communities(simple)), key=len, reverse=True)


def ego_network(graph: Network, center: str, radius: int = 1) -> Network:
    """The entity and everything within ``radius`` steps, either direction."""
    ego: Network = nx.ego_graph(graph, center, radius=radius, undirected=True)
    return ego


def shortest_path(graph: Network, source: str, target: str) -> list[str]:
    """The shortest chain of entities from ``source`` to ``target``, either direction; [] if none."""
    simple: nx.Graph[str] = nx.Graph(graph)
    if source not in simple or target not in simple or not nx.has_path(simple, source, target):
        return []
    return list(nx.shortest_path(simple, source, target))


def node_items(graph: Network) -> list[tuple[str, dict[str, Any]]]:
    """(id, properties) of every node, by id."""
    return [(node, dict(graph.nodes[node])) for node in sorted(graph.nodes)]


def edge_items(graph: Network) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(source, target, type, properties) of every relationship, in a stable order."""
    edges = cast(list[tuple[str, str, str, dict[str, Any]]], list(graph.edges(keys=True, data=True)))
    return sorted(edges, key=lambda e: e[:3])
