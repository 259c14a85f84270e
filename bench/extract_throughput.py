"""Extraction throughput in documents per second on one core, over a generated mixed-language corpus.

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
        extraction = extract_paths([folder])
        elapsed = time.perf_counter() - started
    return {"documents": len(extraction.documents), "seconds": round(elapsed, 2),
            "documents_per_second": round(len(extraction.documents) / elapsed, 1),
            "entities": len(extraction.entities), "relations": len(extraction.relations)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    print(json.dumps(measure(parser.parse_args().count)))


if __name__ == "__main__":
    main()
