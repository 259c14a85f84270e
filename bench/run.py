"""Speed on realistic articles, each stage measured against its floor, in one run:

- the floor: read the bytes, decode, NFC, lower-case and one Aho-Corasick pass of the gazetteer over the text;
- extraction alone, on one core and on every core (documents/s, and its CPU time as a multiple of the floor's:
  CPU time, which other work on a shared machine does not inflate as it does wall-clock time);
- load into the store, as a multiple of a raw batched ``UNWIND … CREATE`` of the same rows;
- ``ckg load`` end to end in a fresh data folder (a separate process, as a user runs it), and its peak RSS;
- every canned query's median and p95 at that scale.

    python bench/run.py [--docs N] [--store embedded|neo4j] [--json] [--shared ../shared]

The corpus is written at run time into a temporary folder: variants of the real articles of ``../shared/corpus``
when present, else generated articles (bench/corpus.py). With ``--json`` the last line is one JSON object.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: python bench/run.py
    sys.path.insert(0, str(ROOT))

import ahocorasick  # noqa: E402
import redis  # noqa: E402

from bench.corpus import realistic  # noqa: E402
from bench.store_load_and_queries import _raw_load, query_times  # noqa: E402
from ckg.config import settings  # noqa: E402
from graph.catalogue import QuerySpec, catalogue  # noqa: E402
from graph.loader import load  # noqa: E402
from graph.model import Extraction  # noqa: E402
from graph.stores import open_store  # noqa: E402
from graph.stores.base import Store, StoreError  # noqa: E402
from loaders.extract.gazetteer import gazetteer  # noqa: E402
from loaders.extraction import extract_paths  # noqa: E402


def _automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for entry in gazetteer().entries.values():
        for alias in entry.aliases:
            automaton.add_word(alias.lower(), entry.id)
    automaton.make_automaton()
    return automaton


def floor_seconds(paths: list[Path]) -> tuple[float, float]:
    """The least any extractor must do: the text in NFC and one pass of the gazetteer over it (wall, CPU seconds)."""
    automaton = _automaton()
    started, cpu = time.perf_counter(), time.process_time()
    hits = 0
    for path in paths:
        text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8"))
        hits += sum(1 for _ in automaton.iter(text.lower()))
    return time.perf_counter() - started, time.process_time() - cpu


def _timed_extraction(folder: Path, workers: int) -> tuple[Extraction, float, float]:
    """The extraction, its wall seconds and this process's CPU seconds (one process: all of the work)."""
    started, cpu = time.perf_counter(), time.process_time()
    extraction = extract_paths([folder], workers=workers)
    return extraction, time.perf_counter() - started, time.process_time() - cpu


def _store(kind: str, data: Path) -> Store:
    return open_store(dataclasses.replace(settings(), store=kind, data_dir=data))


def _top(extraction: Extraction, kinds: list[str], count: int) -> list[str]:
    """The names of the most mentioned entities of these kinds: the queries a user would run first."""
    ranked = Counter({e.name: len(e.mentions) for e in extraction.entities if e.type in kinds})
    return [name for name, _ in ranked.most_common(count)]


def _params(spec: QuerySpec, extraction: Extraction) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for index, param in enumerate(p for p in spec.params if p.required):
        if param.entity_types:
            names = _top(extraction, param.entity_types, index + 1)
            params[param.name] = names[min(index, len(names) - 1)] if names else ""
        elif param.type.startswith("choice:"):
            params[param.name] = param.type.split(":", 1)[1].split(",")[0]
        elif param.type == "date":  # a span that holds every article
            params[param.name] = "2030" if param.name == "to" else "2000"
        elif param.type == "place":
            params[param.name] = next(iter(_top(extraction, ["Country"], 1)), "")
    return params


def query_latencies(store: Store, extraction: Extraction, runs: int) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for name, spec in catalogue().items():
        try:
            median, p95 = query_times(store, name, _params(spec, extraction), runs)
        except (StoreError, redis.RedisError) as exc:  # past the server's time bound: reported, the others still run
            out[name] = {"median_ms": None, "p95_ms": None, "error": str(exc)}
            continue
        out[name] = {"median_ms": median, "p95_ms": p95}
    return out


def store_figures(kind: str, data: Path, extraction: Extraction, runs: int) -> dict[str, Any]:
    store = _store(kind, data)
    try:
        store.clear()
        started = time.perf_counter()
        load(store, extraction)
        loaded = time.perf_counter() - started
        queries = query_latencies(store, extraction, runs)
        store.clear()
        raw, raw_built = _raw_load(store, extraction)
        store.clear()
    finally:
        store.close()
    return {"load_s": round(loaded, 2), "raw_create_s": round(raw, 2), "raw_create_with_rows_s": round(raw_built, 2),
            "load_floor_ratio": round(loaded / raw, 2), "load_ratio_with_rows": round(loaded / raw_built, 2),
            "queries": queries}


def tree_rss_mb(pid: int) -> float:
    """The resident memory of a process and its descendants now, from /proc (0 where there is none)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            stack += [int(c) for task in Path(f"/proc/{current}/task").iterdir()
                      for c in (task / "children").read_text().split()]
        except OSError:  # gone meanwhile
            continue
        total += next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return total / 1024


def end_to_end(kind: str, data: Path, folder: Path) -> tuple[float, float]:
    """``ckg load`` of the folder in a fresh data folder: seconds, and the peak resident memory (MB) of it and its
    workers together, sampled every 20 ms (ru_maxrss would count the memory of the process that forked it).
    A document the extractor fails on is reported and skipped (exit status 1); the others still load."""
    env = os.environ | {"CKG_DATA_DIR": str(data), "CKG_STORE": kind}
    peak = 0.0
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        with subprocess.Popen([sys.executable, "-m", "ckg", "load", str(folder)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=log) as process:
            while process.poll() is None:
                peak = max(peak, tree_rss_mb(process.pid))
                time.sleep(0.02)
        elapsed = time.perf_counter() - started
        log.seek(0)
        messages = log.read().decode()
    if process.returncode and "ckg: loaded" not in messages:
        raise RuntimeError(f"ckg load failed: {messages}")
    return elapsed, peak


def measure(docs: int, kind: str, shared: Path, runs: int) -> dict[str, Any]:
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="ckg-bench-") as temp:
        folder = Path(temp) / "corpus"
        paths, corpus = realistic(shared, folder, docs)
        size = sum(p.stat().st_size for p in paths)
        floor, floor_cpu = floor_seconds(paths)
        extract_paths(paths[:10], workers=1)  # gazetteer and rules loaded outside the timings
        extraction, one, one_cpu = _timed_extraction(folder, 1)
        _, pooled, _ = _timed_extraction(folder, workers)
        figures = store_figures(kind, Path(temp) / "store", extraction, runs)
        if kind == "neo4j":
            _store(kind, Path(temp) / "store").clear()
        e2e, rss = end_to_end(kind, Path(temp) / "e2e", folder)
    queries = figures.pop("queries")
    timed = [q for q in queries if queries[q]["p95_ms"] is not None]
    worst = max(timed, key=lambda q: queries[q]["p95_ms"])
    return {"docs": len(extraction.documents), "corpus": corpus, "mean_doc_kb": round(size / len(paths) / 1024, 2),
            "store": kind, "extraction_errors": len(extraction.errors), "entities": len(extraction.entities),
            "relations": len(extraction.relations), "floor_s": round(floor, 3), "floor_docs_per_s": round(docs / floor, 1),
            "extract_s": round(one, 2), "extract_docs_per_s": round(docs / one, 1),
            "extract_cpu_s": round(one_cpu, 2), "extract_docs_per_cpu_s": round(docs / one_cpu, 1),
            "extract_floor_ratio": round(one_cpu / floor_cpu, 1), "workers": workers,
            "extract_pool_s": round(pooled, 2), "extract_pool_docs_per_s": round(docs / pooled, 1),
            **figures, "end_to_end_s": round(e2e, 2), "query_p95_ms": queries[worst]["p95_ms"], "query_worst": worst,
            "query_errors": sorted(set(queries) - set(timed)), "queries": queries, "peak_rss_mb": round(rss, 1),
            "bench_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def _print(result: dict[str, Any]) -> None:
    for key, value in result.items():
        if key != "queries":
            print(f"{key:>28}: {value}")
    for name, times in result["queries"].items():
        print(f"{name:>28}: " + (f"failed: {times['error']}" if "error" in times else
                                 f"median {times['median_ms']} ms, p95 {times['p95_ms']} ms"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--store", choices=["embedded", "neo4j"], default="embedded")
    parser.add_argument("--json", action="store_true", help="end with one JSON object on the last line")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the folder holding corpus/")
    parser.add_argument("--runs", type=int, default=20, help="runs of each canned query")
    args = parser.parse_args()
    result = measure(args.docs, args.store, args.shared, args.runs)
    _print(result)
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
