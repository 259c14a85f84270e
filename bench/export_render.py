"""How fast a 500-node view exports as a briefing diagram (target: <= 2 s each for PNG, PDF and PPTX).

Each format is timed twice: as `ckg export` does it (laying the view out first), and as the app does it (with the
positions the analyst already sees, from graph.layout). The best of three runs of each is reported.

    python -m bench.export_render
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import network
from exports.base import View
from exports.formats import export
from graph.layout import arrange
from graph.loader import load
from graph.network import Network, subgraph
from graph.stores.falkor import EmbeddedStore

FORMATS = ("png", "pdf", "svg", "pptx")


def view_of(nodes: int = 500) -> Network:
    with tempfile.TemporaryDirectory() as folder:
        store = EmbeddedStore(Path(folder) / "data")
        load(store, network(1000, 2500))
        graph = subgraph(store)
        store.close()
    shown: Network = graph.subgraph(sorted(graph.nodes)[:nodes]).copy()
    return shown


def best(action: Any, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return round(min(times), 2)


def measure() -> dict[str, Any]:
    graph = view_of()
    positions = arrange(graph)
    fresh = View(graph, caption="benchmark")
    seen = View(graph, caption="benchmark", positions=positions)
    result: dict[str, Any] = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                              "layout_seconds": best(lambda: arrange(graph))}
    for fmt in FORMATS:
        result[f"{fmt}_with_layout_seconds"] = best(lambda fmt=fmt: export(fresh, fmt))
        result[f"{fmt}_at_app_positions_seconds"] = best(lambda fmt=fmt: export(seen, fmt))
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
