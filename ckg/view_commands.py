"""`ckg export` (a diagram or graph file of a filtered view) and `ckg app` (the Streamlit app)."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from ckg.store_commands import store
from exports.base import View, cited_documents, sources_of, style
from exports.caption import caption
from exports.formats import FORMATS, export
from graph import filters
from graph.filters import ViewFilter
from graph.lookup import document_titles, find_ids
from graph.model import ENTITY_TYPES
from graph.network import subgraph
from graph.stores.base import Store

ANY: list[str] = list(ENTITY_TYPES)


def _one(graph: Store, types: list[str], name: str | None) -> str | None:
    return find_ids(graph, types, name)[0] if name else None


def _view(graph: Store, args: argparse.Namespace) -> ViewFilter:
    return ViewFilter(types=args.types or ANY, campaign=_one(graph, ["Campaign"], args.campaign),
                      country=_one(graph, ["Country"], args.country), date_from=args.date_from, date_to=args.date_to,
                      min_confidence=args.min_confidence, min_sources=args.min_sources, focus=args.focus,
                      center=_one(graph, ANY, args.center), other=_one(graph, ANY, args.other), hops=args.hops)


def cmd_export(args: argparse.Namespace) -> int:
    with store() as graph:
        view = _view(graph, args)
        shown = filters.apply(subgraph(graph), view)
        titles = document_titles(graph, cited_documents(shown))
    briefing = View(shown, title=args.title, caption=args.caption or caption(shown, view), sources=sources_of(shown, titles),
                    page=args.page)
    out = Path(args.out)
    out.write_bytes(export(briefing, args.format))
    print(f"ckg: {shown.number_of_nodes()} entities, {shown.number_of_edges()} facts -> {out}", file=sys.stderr)
    return 0


def app_path() -> Path:
    spec = importlib.util.find_spec("app")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("app.py is not installed with this package")
    return Path(spec.origin)


def run_app(streamlit_args: list[str]) -> NoReturn:
    """Become the Streamlit server (exec, not a child): whoever started `ckg app` stops the server by this PID."""
    command = [sys.executable, "-m", "streamlit", "run", str(app_path()), "--browser.gatherUsageStats", "false",
               "--server.fileWatcherType", "none", *streamlit_args]  # no source watching: it walked every module per visit
    os.execve(sys.executable, command, os.environ.copy())


def register(sub: Any) -> None:
    exporter = sub.add_parser("export", help="write a network diagram or graph file of a filtered view")
    exporter.add_argument("--format", choices=list(FORMATS), required=True)
    exporter.add_argument("--out", required=True)
    exporter.add_argument("--title", default="Enforcement cooperation network")
    exporter.add_argument("--caption", help="the line under the title (default: what the view shows, and its years)")
    exporter.add_argument("--page", choices=list(style()["pages"]), default="a4",
                          help="png, svg and pdf: the page, landscape (pptx is always a 16:9 slide)")
    exporter.add_argument("--types", nargs="*", choices=ANY, help="entity types to show (default: all)")
    exporter.add_argument("--campaign", help="a campaign or phase, by any name")
    exporter.add_argument("--country", help="a country, by any name")
    exporter.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
    exporter.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
    exporter.add_argument("--min-confidence", type=float, default=0.0)
    exporter.add_argument("--min-sources", type=int, default=1)
    exporter.add_argument("--focus", choices=["all", "ego", "path", "shared", "community"], default="all")
    exporter.add_argument("--center", help="ego, path and shared: the (first) entity")
    exporter.add_argument("--other", help="path and shared: the second entity")
    exporter.add_argument("--hops", type=int, default=1)
    exporter.set_defaults(func=cmd_export)
    sub.add_parser("app", help="start the Streamlit app; arguments after `app` go to streamlit (e.g. --server.port 8600)")
