"""The shared layout: the view fills its box, no two labels overlap, isolated nodes sit apart in a row, and the same
view always gets the same positions."""

from __future__ import annotations

import doctest

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import layout as layout_module
from graph.layout import Layout, default_sizes, fit, label_lines, label_size, labels_overlap, layout, overlapping
from graph.network import Network
from tests.demo_views import demo, views

BOX = (1600.0, 900.0)


def shown(name: str) -> Network:
    return views(demo())[name][0]


def check(placed: Layout, graph: Network) -> None:
    assert set(placed.positions) == set(graph.nodes)
    assert overlapping(placed.positions, placed.sizes) == []
    for node, (x, y) in placed.positions.items():
        w, h = placed.sizes[node]
        assert x - w / 2 >= -1e-6 and x + w / 2 <= placed.width + 1e-6, node
        assert y - h / 2 >= -1e-6 and y + h / 2 <= placed.height + 1e-6, node


def filled(placed: Layout) -> float:
    """How much of the box the view spans, on its fuller axis (1.0 = edge to edge)."""
    xs = [x + s * w / 2 for (x, _), (w, _) in zip(placed.positions.values(), placed.sizes.values(), strict=True) for s in (-1, 1)]
    ys = [y + s * h / 2 for (_, y), (_, h) in zip(placed.positions.values(), placed.sizes.values(), strict=True) for s in (-1, 1)]
    return max((max(xs) - min(xs)) / placed.width, (max(ys) - min(ys)) / placed.height)


@pytest.mark.parametrize("name", ["whole", "ego", "campaign", "path"])
def test_demo_views_fill_the_box_without_overlapping_labels(name: str) -> None:
    graph = shown(name)
    assert graph.number_of_nodes() >= 2
    placed = layout(graph, *BOX)
    check(placed, graph)
    assert filled(placed) > 0.9
    assert layout(graph.copy(), *BOX) == placed  # the same view, the same picture


def test_the_same_positions_fit_another_box_without_overlaps() -> None:
    graph = shown("whole")
    screen = layout(graph, *BOX)
    page = fit(screen.positions, default_sizes(graph, font_size=9), 842, 480)
    check(page, graph)
    left = sorted(graph.nodes, key=lambda n: screen.positions[n][0])
    assert left == sorted(graph.nodes, key=lambda n: page.positions[n][0])  # the same picture, scaled
    crowded = fit(screen.positions, default_sizes(graph, font_size=40), 842, 480)
    check(crowded, graph)  # labels too large for these centres shrink until none overlap
    assert crowded.zoom < page.zoom


def test_isolated_nodes_sit_apart_in_a_row_below() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_edges_from([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    graph.add_nodes_from(["x", "y", "z"])
    placed = layout(graph, *BOX)
    check(placed, graph)
    lowest = max(placed.positions[n][1] + placed.sizes[n][1] / 2 for n in "abcd")
    row = {placed.positions[n][1] for n in "xyz"}
    assert len(row) == 1 and row.pop() - placed.sizes["x"][1] / 2 > lowest
    assert [n for n in sorted("xyz", key=lambda n: placed.positions[n][0])] == ["x", "y", "z"]


def test_a_large_view_shrinks_to_fit_and_keeps_labels_apart() -> None:
    graph: Network = nx.MultiDiGraph(nx.relabel_nodes(nx.gnm_random_graph(400, 900, seed=3), lambda n: f"node:{n}"))
    nx.set_node_attributes(graph, {n: f"A rather long agency name number {n}" for n in graph}, "name")
    placed = layout(graph, *BOX)
    assert placed.zoom < 1
    check(placed, graph)


def test_label_sizes_grow_with_the_name_and_wrap_without_cutting() -> None:
    name = "Cục Điều tra chống buôn lậu, Tổng cục Hải quan Việt Nam (Anti-Smuggling and Investigation Department)"
    lines = label_lines(name)
    assert " ".join(lines) == name and len(lines) > 2
    assert label_size(name)[1] > label_size("UNODC")[1]
    assert label_size("UNODC", 20)[0] > label_size("UNODC", 10)[0]


def test_overlap_is_about_both_axes() -> None:
    assert labels_overlap((0, 0), (10, 10), (9, 9), (10, 10))
    assert not labels_overlap((0, 0), (10, 10), (9, 11), (10, 10))
    assert not labels_overlap((0, 0), (10, 10), (10, 0), (10, 10))  # touching
    assert labels_overlap((0, 0), (10, 10), (11, 0), (10, 10), gap=2)
    assert overlapping({"a": (0, 0), "b": (5, 0), "c": (100, 0)}, {n: (10.0, 10.0) for n in "abc"}) == [("a", "b")]


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 40), st.floats(0.0, 3.0), st.integers(0, 10_000), st.sampled_from([(800.0, 450.0), (300.0, 600.0)]))
def test_any_graph_fits_any_box_without_overlaps(nodes: int, density: float, seed: int, box: tuple[float, float]) -> None:
    graph: Network = nx.relabel_nodes(nx.MultiDiGraph(nx.gnm_random_graph(nodes, int(nodes * density), seed=seed)),
                                      lambda n: f"n{n}")
    nx.set_node_attributes(graph, {n: "Agency " * (int(n[1:]) % 4 + 1) + n for n in graph}, "name")
    check(layout(graph, *box), graph)


def test_the_module_example_runs() -> None:
    assert doctest.testmod(layout_module).failed == 0


def test_an_empty_view_has_no_positions() -> None:
    assert layout(nx.MultiDiGraph(), *BOX).positions == {}
