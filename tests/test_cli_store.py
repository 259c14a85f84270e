"""`ckg load`, `query`, `cypher`, `stats`, `queries` from the command line, on the embedded store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import DEMO, ROOT


def _ckg(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CKG_DATA_DIR": str(data), "CKG_STORE": "embedded", **env}
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, cwd=ROOT,
                          env=environment, timeout=300)


def test_load_query_and_reload(tmp_path: Path) -> None:
    assert _ckg(tmp_path, "load", str(DEMO)).returncode == 0
    result = _ckg(tmp_path, "query", "campaign_partners", "--param", "campaign=OMD 5", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert "Lao Customs Department" in {r["partner"] for r in rows}
    again = _ckg(tmp_path, "load", str(DEMO))
    assert "loaded 0, unchanged 6" in again.stderr
    csv = _ckg(tmp_path, "query", "campaign_timeline", "--param", "campaign=Mekong Dragon", "--format", "csv")
    assert csv.stdout.splitlines()[0] == "campaign,phase,start,end,partners,aliases"


def test_queries_stats_and_console(tmp_path: Path) -> None:
    _ckg(tmp_path, "load", str(DEMO))
    listing = _ckg(tmp_path, "queries", "--format", "json")
    assert "campaign_partners" in {q["name"] for q in json.loads(listing.stdout)}
    stats = json.loads(_ckg(tmp_path, "stats", "--format", "json").stdout)
    assert {k: stats[[s["type"] for s in stats].index("Document")][k]
                                                 for k in ("type", "count")} == {"type": "Document", "count": 6}
    refused = _ckg(tmp_path, "cypher", "MATCH (n) DETACH DELETE n")
    assert refused.returncode == 2 and "read-only" in refused.stderr and refused.stdout == ""
    capped = _ckg(tmp_path, "cypher", "MATCH (n:Entity) RETURN n.id AS id", "--limit", "2", "--format", "json")
    assert len(json.loads(capped.stdout)) == 2 and "only the first 2 rows" in capped.stderr


def test_errors_say_what_to_do(tmp_path: Path) -> None:
    missing = _ckg(tmp_path, "query", "no_such_query")
    assert missing.returncode == 2 and "ckg queries" in missing.stderr
    unknown = _ckg(tmp_path, "query", "campaign_partners", "--param", "campaign")
    assert unknown.returncode == 2 and "KEY=VALUE" in unknown.stderr
    neo4j = _ckg(tmp_path, "stats", CKG_STORE="neo4j", NEO4J_URI="")
    assert neo4j.returncode == 2 and "docker compose up -d neo4j" in neo4j.stderr
    unreachable = _ckg(tmp_path, "stats", CKG_STORE="neo4j", NEO4J_URI="bolt://127.0.0.1:1", NEO4J_PASSWORD="x")
    assert unreachable.returncode == 2 and "cannot reach Neo4j" in unreachable.stderr
