"""Extraction throughput in documents per second on one core, over a generated mixed-language corpus, and the
time for one long document (near the 10 MB limit).

    python -m bench.extract_throughput --count 5000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from bench.corpus import generate
from loaders.extraction import extract_paths


def measure(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), count)
        extract_paths(paths[:20])  # load the gazetteer and compile the rules outside the timing
        started = time.perf_counter()
        extraction = extract_paths([folder], workers=1)
        elapsed = time.perf_counter() - started
    return {"documents": len(extraction.documents), "seconds": round(elapsed, 2),
            "documents_per_second": round(len(extraction.documents) / elapsed, 1),
            "entities": len(extraction.entities), "relations": len(extraction.relations)}


def measure_one_long_document(articles: int) -> dict[str, float]:
    """One file holding ``articles`` articles: extraction must stay linear in a document's length."""
    with tempfile.TemporaryDirectory() as folder:
        paths = generate(Path(folder), articles)
        long = Path(folder) / "long.txt"
        long.write_text("\n".join(p.read_text(encoding="utf-8") for p in paths), encoding="utf-8")
        started = time.perf_counter()
        extraction = extract_paths([long], workers=1)
        elapsed = time.perf_counter() - started
        if extraction.errors or not extraction.documents:
            raise SystemExit(f"the long document was not extracted: {extraction.errors}")
        return {"long_document_mb": round(long.stat().st_size / 1e6, 1), "long_document_seconds": round(elapsed, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--long-document-articles", type=int, default=5000)  # about 8 MB, under the 10 MB limit
    args = parser.parse_args()
    print(json.dumps(measure(args.count) | measure_one_long_document(args.long_document_articles)))


if __name__ == "__main__":
    main()
