"""How fast a 500-node view exports as a briefing diagram (target: <= 2 s each for PNG, PDF and PPTX).

Each format is timed twice: as `ckg export` does it (laying the view out first), and as the app does it (with the
positions the analyst already sees, from graph.layout). The best of three runs of each is reported, wall clock and
CPU time (this process and Graphviz): on a machine shared by many the CPU time says what an idle one would take.

    python -m bench.export_render
"""

from __future__ import annotations

import json
import resource
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


def _cpu() -> float:
    """CPU seconds of this process and of the Graphviz processes it waited for."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best(action: Any, runs: int = 3) -> dict[str, float]:
    """The best wall-clock time of ``runs``, and the CPU time of that run (what wall time is on an idle machine)."""
    times = []
    for _ in range(runs):
        started, cpu = time.perf_counter(), _cpu()
        action()
        times.append((time.perf_counter() - started, _cpu() - cpu))
    wall, cpu = min(times)
    return {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2)}


def measure() -> dict[str, Any]:
    graph = view_of()
    positions = arrange(graph)
    fresh = View(graph, caption="benchmark")
    seen = View(graph, caption="benchmark", positions=positions)
    result: dict[str, Any] = {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(),
                              "layout": best(lambda: arrange(graph))}
    for fmt in FORMATS:
        result[f"{fmt}_with_layout"] = best(lambda fmt=fmt: export(fresh, fmt))
        result[f"{fmt}_at_app_positions"] = best(lambda fmt=fmt: export(seen, fmt))
    return result


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
