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

FIRST_BATCH = 64  # entities in the first read of a ring


class Neighbours:
    """Each read entity's neighbours in networkx's order; entities are read from the store as the search needs."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.of: dict[str, list[str]] = {}

    def add(self, rows: list[Row], ids: Iterable[str]) -> None:
        """Record the rows of the ring query (``id``, ``outs``, ``ins``) for the entities ``ids`` (one with no
        fact has no row)."""
        self.of.update((node, []) for node in ids if node not in self.of)
        self.of.update((row["id"], _in_order(row["id"], row["outs"], row["ins"])) for row in rows)

    def read(self, ids: list[str]) -> None:
        missing = sorted(set(ids) - self.of.keys())
        if missing:
            self.add(self.store.read(query("connection_path.cypher"), {"from": missing, "to": []}), missing)


def _in_order(node: str, outs: list[str], ins: list[str]) -> list[str]:
    """A node's neighbours in the order an nx.Graph holds them when the facts are added sorted by (source, target):
    facts into it from smaller ids, then its own facts, then facts into it from larger ids; each neighbour where its
    first fact puts it."""
    return list(dict.fromkeys([*sorted(i for i in ins if i < node), *sorted(outs), *sorted(i for i in ins if i > node)]))


def _level(near: Neighbours, level: list[str], seen: dict[str, str | None],
           other: dict[str, str | None]) -> tuple[str | None, list[str]]:
    """One ring further from one end: the entity where the two searches meet (if any), and the new fringe. The
    ring is read in batches that double (FIRST_BATCH, then twice as many...): the search stops at the first meeting,
    often early in the last ring, the largest."""
    fringe: list[str] = []
    batch = FIRST_BATCH
    for index, node in enumerate(level):
        if node not in near.of:
            near.read(level[index:index + batch])
            batch *= 2
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
