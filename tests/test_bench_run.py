"""bench/run.py at CI size: it runs end to end and its last line is the JSON object the issue names (no timing
is asserted: speed targets live in bench/RESULTS.md)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.helpers import ROOT

KEYS = {"docs", "extract_docs_per_s", "extract_floor_ratio", "load_floor_ratio", "end_to_end_s", "query_p95_ms",
        "peak_rss_mb", "extract_pool_docs_per_s", "queries"}


def test_bench_run_reports_every_figure() -> None:
    done = subprocess.run([sys.executable, "bench/run.py", "--docs", "300", "--runs", "3", "--json"], cwd=ROOT,
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result.keys() >= KEYS
    assert result["docs"] == 300 and result["peak_rss_mb"] > 0 and result["extract_floor_ratio"] > 1
    assert set(result["queries"]) >= {"campaign_partners", "agency_meetings", "entity_evidence"}
    assert all(q["p95_ms"] >= q["median_ms"] > 0 for q in result["queries"].values())
