"""Commands that need a graph store: load, queries, query, cypher, stats, repair, dump, restore."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ckg import corrections
from ckg.common import CommandError, overrides_of, run_extraction
from ckg.config import settings
from ckg.output import render
from cypher import query
from graph.catalogue import catalogue, run
from graph.console import run_console
from graph.contributions import remove_document
from graph.dump import dump, restore
from graph.loader import load
from graph.stores import open_store
from graph.stores.base import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT_MS, Store
from graph.stores.launcher import use_previous_snapshot
from loaders.resolve.overrides import load_overrides


@contextmanager
def store() -> Iterator[Store]:
    opened = open_store(settings())
    try:
        yield opened
    finally:
        opened.close()


def _params(pairs: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise CommandError(f"--param {pair!r}: expected KEY=VALUE with KEY a name")
        if key in out:
            raise CommandError(f"--param {key} is given twice ({out[key]!r} and {value!r}); give it once")
        out[key] = value
    return out


def cmd_load(args: argparse.Namespace) -> int:
    overrides = overrides_of(args)
    extraction = run_extraction(args.paths, overrides)
    with store() as graph, tqdm(desc="load", unit="batch", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
        corrections.check(overrides, corrections.known_ids(overrides, extraction, graph), strict=True)

        def step(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        report = load(graph, extraction, progress=step, overrides=overrides)
        if args.explain_overrides:
            print(render(corrections.explain(graph, overrides), "table"))
    print(f"ckg: loaded {len(report.loaded)}, unchanged {len(report.unchanged)}, replaced {len(report.replaced)} "
          f"documents into the {settings().store} store", file=sys.stderr)
    return 1 if extraction.errors else 0


def cmd_queries(args: argparse.Namespace) -> int:
    rows = [{"name": s.name, "title": s.title,
             "parameters": ", ".join(f"{p.name}{'' if p.required else '?'} ({p.type})" for p in s.params),
             "columns": ", ".join(s.columns)} for s in catalogue().values()]
    print(render(rows, args.format))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    with store() as graph:
        rows = run(graph, args.name, _params(args.param))
    print(render(rows, args.format))
    return 0


def cmd_cypher(args: argparse.Namespace) -> int:
    with store() as graph:
        rows, cut = run_console(graph, args.query, _params(args.param), args.timeout, args.limit)
    print(render(rows, args.format))
    if cut:
        print(f"ckg: only the first {args.limit} rows are shown (--limit)", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    with store() as graph:
        nodes = graph.read(query("store/stats_nodes.cypher"))
        relations = graph.read(query("store/stats_relations.cypher"))
        incomplete = graph.read(query("store/incomplete_documents.cypher"))
    rows = [{"kind": "node", "type": r["label"], "count": r["count"], "evidence": ""} for r in nodes]
    rows += [{"kind": "relationship", "type": r["type"], "count": r["count"], "evidence": r["evidence"]} for r in relations]
    if incomplete:
        rows.append({"kind": "document", "type": "incomplete", "count": len(incomplete), "evidence": ""})
    print(render(rows, args.format))
    if incomplete:
        print(f"ckg: {len(incomplete)} documents did not finish loading: `ckg repair` removes them", file=sys.stderr)
    return 0


def cmd_repair(args: argparse.Namespace) -> int:
    if args.previous_snapshot:
        kept = use_previous_snapshot(settings().data_dir)
        print(f"ckg: the store starts from the previous snapshot now; the damaged one is kept as {kept}", file=sys.stderr)
        return 0
    with store() as graph:
        graph.ensure_schema()
        with graph.writer():
            incomplete = graph.read(query("store/incomplete_documents.cypher"))
            for row in incomplete:
                remove_document(graph, row["id"])
    print(f"ckg: removed what {len(incomplete)} incomplete documents left; load them again to add them whole",
          file=sys.stderr)
    return 0


def cmd_dump(args: argparse.Namespace) -> int:
    with store() as graph:
        counts = dump(graph, Path(args.file), load_overrides(settings().overrides))
    print(f"ckg: wrote {counts} to {args.file}", file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    with store() as graph:
        counts = restore(graph, Path(args.file), settings().overrides)
    print(f"ckg: restored {counts} from {args.file}", file=sys.stderr)
    return 0


def _formats(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["table", "json", "csv"], default="table")


def _add(sub: Any, name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_)
    parser.set_defaults(func=func)
    return parser


def register(sub: Any) -> None:
    loader = _add(sub, "load", cmd_load, "extract documents and write them into the configured store")
    loader.add_argument("paths", nargs="+")
    loader.add_argument("--overrides", help="analyst corrections (YAML); default: CKG_OVERRIDES or the data folder")
    loader.add_argument("--explain-overrides", action="store_true", help="list what each correction did")
    _formats(_add(sub, "queries", cmd_queries, "list the canned queries and their parameters"))
    canned = _add(sub, "query", cmd_query, "run a canned query")
    canned.add_argument("name")
    canned.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    _formats(canned)
    console = _add(sub, "cypher", cmd_cypher, "run read-only Cypher")
    console.add_argument("query")
    console.add_argument("--param", action="append", default=[], metavar="KEY=VALUE")
    console.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT_MS, help="milliseconds")
    console.add_argument("--limit", type=int, default=DEFAULT_ROW_CAP, help="row cap")
    _formats(console)
    _formats(_add(sub, "stats", cmd_stats, "count nodes and relationships by type"))
    repair = _add(sub, "repair", cmd_repair, "remove what unfinished loads left, or go back to the previous snapshot")
    repair.add_argument("--previous-snapshot", action="store_true",
                        help="the embedded store's snapshot is damaged: start from the one kept before it")
    _add(sub, "dump", cmd_dump, "write the whole graph with evidence and overrides to a file").add_argument("file")
    _add(sub, "restore", cmd_restore, "load a dump into an empty store").add_argument("file")
