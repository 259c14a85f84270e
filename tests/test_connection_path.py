"""`connection_path` reads the graph one ring of entities at a time (graph/paths.py) and must still find the path
networkx finds over the whole graph of facts, also when an entity on the way has thousands of facts."""

from __future__ import annotations

from collections.abc import Iterator

import networkx as nx
import pytest

from graph.catalogue import catalogue, resolve, run
from graph.loader import load
from graph.model import Document, Entity, Evidence, Extraction, Mention, Relation
from graph.network import subgraph
from graph.stores.base import Store
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from tests.helpers import DEMO

HUB, MEETINGS = "agency:vn-customs", 3000
PAIRS = [("Cambodia", "DEMETER 8"), ("Korea Customs Service", "UNODC"), ("Lao Customs Department", "Thunder 2024")]


def _with_hub(demo: Extraction) -> Extraction:
    """The demo corpus plus one document in which the hub attended MEETINGS meetings no one else attended."""
    doc = Document(id="doc:hub", source="hub.txt", title="Hub")
    evidence = Evidence(document=doc.id, text="attended", start=0, end=8)
    meetings = [Entity(id=f"meeting:hub-{i:05d}", type="Meeting", name=f"Hub meeting {i}",
                       mentions=[Mention(document=doc.id, text="meeting", start=0, end=7)]) for i in range(MEETINGS)]
    attended = [Relation(type="ATTENDED", source=HUB, target=m.id, evidence=[evidence]) for m in meetings]
    return Extraction(documents=[*demo.documents, doc], entities=[*demo.entities, *meetings],
                      relations=[*demo.relations, *attended])


def _whole_graph_path(store: Store, start: str, end: str) -> list[str]:
    """The reference: networkx's shortest path over every fact at once, added in (source, target, relation) order,
    the first strictly shortest over the ends each name stands for, in sorted order."""
    whole = subgraph(store)
    graph: nx.Graph[str] = nx.Graph()
    graph.add_edges_from((s, t) for s, t, _ in sorted(whole.edges(keys=True)))
    spec = catalogue()["connection_path"]
    ends = resolve(store, spec, {"from": start, "to": end})
    paths = [nx.shortest_path(graph, a, b) for a in sorted(ends["from"]) for b in sorted(ends["to"])
             if a in graph and b in graph and nx.has_path(graph, a, b)]
    return [whole.nodes[node]["name"] for node in min(paths, key=len)]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Store]]:
    demo = extract_paths([DEMO])
    plain, hubbed = (EmbeddedStore(tmp_path_factory.mktemp(name) / "data") for name in ("plain", "hub"))
    load(plain, demo)
    load(hubbed, _with_hub(demo))
    yield plain, hubbed
    plain.close()
    hubbed.close()


@pytest.mark.parametrize(("start", "end"), PAIRS)
def test_a_hub_with_thousands_of_facts_does_not_change_the_path(stores: tuple[Store, Store], start: str,
                                                                 end: str) -> None:
    plain, hubbed = stores
    assert subgraph(hubbed).degree(HUB) > MEETINGS
    before = run(plain, "connection_path", {"from": start, "to": end})
    after = run(hubbed, "connection_path", {"from": start, "to": end})
    assert after == before
    assert [row["name"] for row in after] == _whole_graph_path(hubbed, start, end)
    assert len(after) >= 3 and after[-1]["relation"] == "" and all(row["relation"] for row in after[:-1])


def test_the_hub_itself_as_an_end(stores: tuple[Store, Store]) -> None:
    _, hubbed = stores
    path = run(hubbed, "connection_path", {"from": "General Department of Vietnam Customs", "to": "DEMETER 8"})
    assert [row["name"] for row in path] == _whole_graph_path(hubbed, "General Department of Vietnam Customs",
                                                                "DEMETER 8")
    same = run(hubbed, "connection_path", {"from": "DEMETER 8", "to": "DEMETER 8"})
    assert [(row["step"], row["name"], row["relation"]) for row in same] == [(0, "DEMETER 8", "")]
