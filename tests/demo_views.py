"""The demo corpus (plus the seed articles when ../shared is present) in the embedded store, read once per test run
as a networkx graph, and the views the layout and export tests look at: the whole graph, an ego network, a campaign
filter and a path."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from exports.base import cited_documents
from graph import filters
from graph.filters import ViewFilter
from graph.loader import load
from graph.lookup import document_titles, find_ids
from graph.network import Network, subgraph
from graph.stores.falkor import EmbeddedStore
from loaders.extraction import extract_paths
from tests.helpers import SHARED, load_demo

NAMED = ("Korea Customs Service", "Mekong Dragon", "Lao Customs Department", "Việt Nam")


@dataclass(frozen=True)
class Demo:
    graph: Network
    ids: dict[str, str]  # entity id by name
    titles: dict[str, str]  # document title by id


@cache
def demo() -> Demo:
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder) / "data")
        try:
            load_demo(store)
            if (SHARED / "corpus" / "seeds").is_dir():
                load(store, extract_paths([SHARED / "corpus" / "seeds"]))
            ids = {name: find_ids(store, ["Agency", "Campaign", "Country"], name)[0] for name in NAMED}
            graph = subgraph(store)
            return Demo(graph, ids, document_titles(store, cited_documents(graph)))
        finally:
            store.close()


def views(data: Demo) -> dict[str, tuple[Network, ViewFilter]]:
    """Each view's graph and the filter that made it."""
    korea, mekong, lao, vietnam = (data.ids[name] for name in NAMED)
    chosen = {"whole": ViewFilter(), "ego": ViewFilter(focus="ego", center=korea), "campaign": ViewFilter(campaign=mekong),
              "path": ViewFilter(focus="path", center=lao, other=vietnam)}
    return {name: (filters.apply(data.graph, view), view) for name, view in chosen.items()}
