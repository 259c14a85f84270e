"""How fast the app draws a large network, and how fast a briefing diagram exports.

- time until a 1,000-node graph is laid out, drawn and clickable in headless Chromium (navigation start to every
  node in Cytoscape at its place, fitted), cold (first visit) and warm (the best of three reloads, layout cached;
  the machine is shared, so the best of three is the least disturbed);
- the CPU seconds of that best warm reload, on the server (the Streamlit process) and in the browser (Chromium's
  processes): on a shared machine they say where the time goes better than the wall clock does;
- time to lay out that view (graph.layout with the app's label boxes), on its own;
- time to export a 500-node view as SVG.

    python -m bench.app_render
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.synthetic import network
from exports.base import View
from exports.diagram import render
from graph.filters import with_scores
from graph.loader import load
from graph.network import subgraph
from graph.stores.falkor import EmbeddedStore
from tests.browser import app_server, chromium
from views.elements import placed

READY = ("const c = document.getElementById('cy')?._cyreg?.cy;"
         "if (!c || c.nodes().length < arguments[0]) return 0;"
         "const b = c.nodes().renderedBoundingBox();"  # placed and fitted: the view spans the canvas
         "return b.w > 0.5 * c.width() || b.h > 0.5 * c.height() ? c.nodes().length : 0;")


def _cpu(root: int) -> float:
    """CPU seconds used so far by process ``root`` and every process below it (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                children.setdefault(int(_stat(int(entry))[1]), []).append(int(entry))
            except OSError:
                continue  # it ended meanwhile
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            fields = _stat(pid)
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _stat(pid: int) -> list[str]:
    """The fields of /proc/<pid>/stat after the command name (state, ppid, ...; utime and stime are 11 and 12)."""
    with open(f"/proc/{pid}/stat") as stat:
        return stat.read().rsplit(")", 1)[1].split()


def _server() -> int:
    """The Streamlit server this process started (``ckg app`` becomes it)."""
    return next(pid for pid in map(int, filter(str.isdigit, os.listdir("/proc")))
                if _stat(pid)[1] == str(os.getpid()) and b"streamlit" in Path(f"/proc/{pid}/cmdline").read_bytes())


def _drawn_after(driver: Any, url: str, nodes: int) -> float:
    started = time.perf_counter()
    driver.get(url)
    while time.perf_counter() - started < 60:
        for frame in driver.find_elements("css selector", "iframe"):
            driver.switch_to.frame(frame)
            ready = driver.execute_script(READY, nodes)
            driver.switch_to.default_content()
            if ready:
                return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError("the graph was not drawn within 60 s")


def _warm(driver: Any, url: str, nodes: int, server: int) -> tuple[float, float, float]:
    """Seconds to a drawn view on a reload, and the CPU seconds the server and the browser spent on it."""
    browser = driver.service.process.pid
    before = _cpu(server), _cpu(browser)
    seconds = _drawn_after(driver, url, nodes)
    return seconds, _cpu(server) - before[0], _cpu(browser) - before[1]


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = EmbeddedStore(data / "data")
        load(store, network(1080, 2700))  # 1,009 entities with a fact: the 1,000-node view
        graph = subgraph(store)
        store.close()
        nodes = graph.number_of_nodes()
        svg_graph = graph.subgraph(sorted(graph.nodes)[:500]).copy()
        started = time.perf_counter()
        render(View(svg_graph, caption="benchmark"), "svg")
        svg_seconds = time.perf_counter() - started
        started = time.perf_counter()
        placed(with_scores(graph.copy()))
        layout_seconds = time.perf_counter() - started
        with app_server(data / "data") as url, chromium(data) as driver:
            cold = _drawn_after(driver, url, nodes)
            warm, server_cpu, browser_cpu = min(_warm(driver, url, nodes, _server()) for _ in range(3))
    return {"nodes": nodes, "edges": graph.number_of_edges(), "interactive_cold_seconds": round(cold, 2),
            "interactive_warm_seconds": round(warm, 2), "warm_server_cpu_seconds": round(server_cpu, 2),
            "warm_browser_cpu_seconds": round(browser_cpu, 2), "layout_seconds": round(layout_seconds, 2),
            "svg_nodes": svg_graph.number_of_nodes(), "svg_export_seconds": round(svg_seconds, 2)}


if __name__ == "__main__":
    print(json.dumps(measure(), indent=1))
