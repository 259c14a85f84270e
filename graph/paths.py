"""The shortest chain of facts between two entities, read from the store one ring of neighbours at a time.

The search is networkx's bidirectional breadth-first search (``nx.shortest_path`` without weights) step for step,
over the undirected graph of every fact between two entities, with each entity's neighbours in the order a
``nx.Graph`` built from those facts sorted by (source, target, relation) holds them. It therefore finds the very
path networkx finds on the whole graph, while the store only lists the neighbours of the entities the search
expands, each entity once: the work grows with the distinct entities near the two ends, never with the paths
through them (a hub with thousands of facts is read once, as thousands of rows).
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

from cypher import query
from graph.stores.base import Row, Store

Pair = tuple[str, str]


class Neighbours:
    """Each read entity's neighbours in networkx's order; entities are read from the store as the search needs."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.of: dict[str, list[str]] = {}

    def add(self, pairs: Iterable[Pair], ids: Iterable[str]) -> None:
        """Record the facts (source, target) touching the entities ``ids`` (every fact of each of them)."""
        found: dict[str, dict[str, None]] = {i: {} for i in ids if i not in self.of}
        for source, target in sorted(set(pairs)):
            for node, other in ((source, target), (target, source)):
                if node in found:
                    found[node].setdefault(other)  # the first fact with a neighbour sets its place, as in nx.Graph
        self.of.update((node, list(others)) for node, others in found.items())

    def read(self, ids: list[str]) -> None:
        missing = sorted(set(ids) - self.of.keys())
        if missing:
            rows = self.store.read(query("store/path_ring.cypher"), {"ids": missing})
            self.add(((r["source"], r["target"]) for r in rows), missing)


def _level(near: Neighbours, level: list[str], seen: dict[str, str | None],
           other: dict[str, str | None]) -> tuple[str | None, list[str]]:
    """One ring further from one end: the entity where the two searches meet (if any), and the new fringe."""
    near.read(level)
    fringe: list[str] = []
    for node in level:
        for next_node in near.of[node]:
            if next_node not in seen:
                fringe.append(next_node)
                seen[next_node] = node
            if next_node in other:
                return next_node, fringe
    return None, fringe


def _join(pred: dict[str, str | None], succ: dict[str, str | None], middle: str) -> list[str]:
    path: list[str] = []
    node: str | None = middle
    while node is not None:
        path.append(node)
        node = pred[node]
    path.reverse()
    node = succ[middle]
    while node is not None:
        path.append(node)
        node = succ[node]
    return path


def search(near: Neighbours, source: str, target: str, shorter_than: int | None = None) -> list[str] | None:
    """networkx's ``_bidirectional_pred_succ``: the shortest path from ``source`` to ``target`` as ids, or None if
    there is none (or none with fewer than ``shorter_than`` entities: a path found in ring k has k + 1)."""
    if source == target:
        near.read([source])
        return [source] if near.of[source] else None  # an entity with no fact is not in the graph
    pred: dict[str, str | None] = {source: None}
    succ: dict[str, str | None] = {target: None}
    forward, reverse, rings = [source], [target], 0
    while forward and reverse and (shorter_than is None or rings + 2 < shorter_than):
        rings += 1
        if len(forward) <= len(reverse):
            middle, forward = _level(near, forward, pred, succ)
        else:
            middle, reverse = _level(near, reverse, succ, pred)
        if middle is not None:
            return _join(pred, succ, middle)
    return None


def shortest(near: Neighbours, starts: list[str], ends: list[str]) -> list[str]:
    """The first shortest path over the ends in sorted order, as the whole-graph loop picked it; [] if none."""
    best: list[str] = []
    for start in sorted(starts):
        for end in sorted(ends):
            path = search(near, start, end, len(best) if best else None)
            if path is not None and (not best or len(path) < len(best)):
                best = path
    return best


def steps(store: Store, path: list[str]) -> list[Row]:
    """The path as rows: each entity and the fact to the next one (the last such fact in (source, target, relation)
    order when several link them, as the whole-graph networkx graph kept it)."""
    facts = store.read(query("store/path_facts.cypher"), {"ids": path})
    graph: nx.Graph[str] = nx.Graph()
    for row in sorted(facts, key=lambda r: (r["source"], r["target"] or "", r["relation"] or "")):
        graph.add_node(row["source"], name=row["source_name"], type=row["source_type"])
        if row["relation"] is not None:
            graph.add_edge(row["source"], row["target"], relation=row["relation"], evidence=row["evidence"])
    out = []
    for step, node in enumerate(path):
        edge = graph.edges[node, path[step + 1]] if step + 1 < len(path) else {}
        out.append({"step": step, "name": graph.nodes[node]["name"], "type": graph.nodes[node]["type"],
                    "relation": edge.get("relation", ""), "evidence": edge.get("evidence", 0)})
    return out
