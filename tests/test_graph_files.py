"""Graph files that outside tools read right: python-igraph, networkx and Gephi's own importer (the Gephi Toolkit,
built from tests/gephi_reader with Maven; skipped without java and mvn) read back the same nodes and relationships,
with names as labels, entity types, relationship types and roles."""

from __future__ import annotations

import shutil
import subprocess
from functools import cache
from pathlib import Path
from xml.etree import ElementTree

import igraph
import networkx as nx
import pytest

from exports.base import View
from exports.formats import export
from graph.network import Network, edge_items, node_items
from tests.demo_views import demo
from tests.helpers import ROOT

READER = ROOT / "tests" / "gephi_reader"
Facts = tuple[dict[str, tuple[str, str]], list[tuple[str, str, str, str]]]


def expected(graph: Network) -> Facts:
    """(label, type) by node id, and sorted (source, target, relationship, roles) of every edge."""
    nodes = {n: (str(d["name"]), str(d["type"])) for n, d in node_items(graph)}
    edges = sorted((s, t, k, "; ".join(d.get("roles") or [])) for s, t, k, d in edge_items(graph))
    return nodes, edges


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("graph-files")
    for fmt in ("graphml", "gexf"):
        (folder / f"demo.{fmt}").write_bytes(export(View(demo().graph), fmt))
    return {fmt: folder / f"demo.{fmt}" for fmt in ("graphml", "gexf")}


def test_igraph_reads_the_graphml(files: dict[str, Path]) -> None:
    read = igraph.Graph.Read_GraphML(str(files["graphml"]))
    nodes = {v["id"]: (v["label"], v["type"]) for v in read.vs}
    edges = sorted((read.vs[e.source]["id"], read.vs[e.target]["id"], e["relationship"], e["roles"] or "") for e in read.es)
    assert (nodes, edges) == expected(demo().graph)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_networkx_reads_both(files: dict[str, Path], fmt: str) -> None:
    read = nx.read_graphml(files[fmt]) if fmt == "graphml" else nx.read_gexf(files[fmt])
    nodes = {n: (d["label"], d["type"]) for n, d in read.nodes(data=True)}
    edges = sorted((s, t, d["relationship"], d.get("roles", "")) for s, t, d in read.edges(data=True))
    assert (nodes, edges) == expected(demo().graph)


def test_files_keep_to_their_formats(files: dict[str, Path]) -> None:
    graphml = ElementTree.parse(files["graphml"]).getroot()
    ids = [e.get("id") for e in graphml.iter("{http://graphml.graphdrawing.org/xmlns}edge")]
    assert len(ids) == len(set(ids)) == demo().graph.number_of_edges()
    keys = {k.get("attr.name") for k in graphml.iter("{http://graphml.graphdrawing.org/xmlns}key") if k.get("for") == "node"}
    assert "id" not in keys and {"label", "type", "name"} <= keys
    gexf = ElementTree.parse(files["gexf"]).getroot()
    graph = next(gexf.iter("{http://www.gexf.net/1.2draft}graph"))
    assert graph.get("mode") == "static"
    edges = list(gexf.iter("{http://www.gexf.net/1.2draft}edge"))
    assert {e.get("type") for e in edges} <= {None, "directed"} and len({e.get("id") for e in edges}) == len(edges)
    nodes = list(gexf.iter("{http://www.gexf.net/1.2draft}node"))
    assert not any(n.get("start") or n.get("end") for n in nodes)
    assert {n.get("label") for n in nodes} == {str(d["name"]) for _, d in node_items(demo().graph)}
    assert [e.get("kind") for e in edges] == [e.get("label") for e in edges]  # Gephi's edge type: the relationship


@cache
def gephi_classpath() -> str:
    """Build the reader once (Maven fetches the toolkit from Maven Central the first time)."""
    subprocess.run(["mvn", "-q", "-B", "package"], cwd=READER, check=True, capture_output=True, timeout=900)
    return f"{READER / 'target' / 'classes'}:{(READER / 'target' / 'classpath.txt').read_text().strip()}"


@pytest.mark.skipif(not (shutil.which("javac") and shutil.which("mvn")), reason="needs a JDK and mvn (the Gephi Toolkit)")
@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_gephi_reads_both(files: dict[str, Path], fmt: str) -> None:
    # GEXF: Gephi's defaults (each edge's kind keeps parallel relationships apart); GraphML has no edge kind, so
    # Gephi merges a person's LEADS and REPRESENTS of one agency unless told not to in its import report
    keep = ["--keep-parallel"] if fmt == "graphml" else []
    result = subprocess.run(["java", "-cp", gephi_classpath(), "ReadGraph", str(files[fmt]), *keep], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    nodes = {r[1]: (r[2], r[3]) for r in rows if r[0] == "node"}
    edges = sorted((r[1], r[2], r[3], r[4]) for r in rows if r[0] == "edge")
    counts = next(r for r in rows if r[0] == "counts")
    assert counts[1:] == [str(len(nodes)), str(len(edges))]
    assert (nodes, edges) == expected(demo().graph)
