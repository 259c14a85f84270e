"""Neo4j itself: the test server is the version users run with docker compose, auth on and loopback only; its
schema holds; dumps travel embedded -> Neo4j -> embedded unchanged; the CLI works on it; and a test server never
outlives what started it."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from neo4j.exceptions import AuthError

from graph.contributions import apply_overrides
from graph.dump import dump, restore, snapshot
from graph.stores.base import Store, StoreError
from loaders.resolve.overrides import Overrides
from tests.conftest import EXTERNAL_NEO4J, open_backend
from tests.helpers import DEMO, ROOT, load_demo
from tests.neo4j_server import FOLDER

VERSION = re.search(r"<neo4j.version>([\d.]+)</neo4j.version>", (FOLDER / "pom.xml").read_text(encoding="utf-8"))


@pytest.fixture
def graph(neo4j_env: dict[str, str]) -> Iterator[Store]:
    store = open_backend("neo4j", Path())
    store.ensure_schema()
    yield store
    store.close()


def test_the_server_is_the_pinned_version_with_auth_on_loopback(neo4j_env: dict[str, str]) -> None:
    """(A Neo4j of the user's, named by NEO4J_URI, need only be a Neo4j 5.)"""
    assert VERSION
    auth = (neo4j_env["NEO4J_USER"], neo4j_env["NEO4J_PASSWORD"])
    with neo4j.GraphDatabase.driver(neo4j_env["NEO4J_URI"], auth=auth) as driver:
        records, _, _ = driver.execute_query("CALL dbms.components() YIELD versions RETURN versions[0] AS version")
    if EXTERNAL_NEO4J:
        assert records[0]["version"].startswith("5.")
    else:
        assert records[0]["version"] == VERSION.group(1) and neo4j_env["NEO4J_URI"].startswith("bolt://127.0.0.1:")
    with neo4j.GraphDatabase.driver(neo4j_env["NEO4J_URI"], auth=(auth[0], "wrong")) as driver, \
            pytest.raises(AuthError):
        driver.verify_connectivity()


def test_docker_compose_runs_the_tested_version_with_its_healthcheck() -> None:
    assert VERSION
    compose = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    assert f"image: neo4j:{VERSION.group(1)}-community" in compose
    command = ["docker", "compose"] if _runs(["docker", "compose", "version"]) else ["docker-compose"]
    if not shutil.which(command[0]):
        pytest.skip("no Docker client here")
    env = {**os.environ, "NEO4J_PASSWORD": "only-for-this-check"}
    checked = subprocess.run([*command, "config"], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stderr
    assert f"neo4j:{VERSION.group(1)}-community" in checked.stdout and "cypher-shell" in checked.stdout
    env.pop("NEO4J_PASSWORD")
    unset = subprocess.run([*command, "config"], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    assert unset.returncode != 0 and "set NEO4J_PASSWORD" in unset.stderr


def _runs(command: list[str]) -> bool:
    return shutil.which(command[0]) is not None and subprocess.run(command, capture_output=True, check=False).returncode == 0


def test_the_schema_makes_ids_unique(graph: Store) -> None:
    graph.ensure_schema()  # again: idempotent
    names = {row["name"] for row in graph.read("SHOW CONSTRAINTS YIELD name RETURN name")}
    assert {"entity_id", "document_id"} <= names
    graph.write([("CREATE (:Entity {id: 'agency:x'})", {})])
    with pytest.raises(StoreError, match="already exists"):
        graph.write([("CREATE (:Entity {id: 'agency:x'})", {})])


def test_a_dump_goes_embedded_to_neo4j_to_embedded_unchanged(graph: Store, tmp_path: Path) -> None:
    first = open_backend("embedded", tmp_path / "first")
    last = open_backend("embedded", tmp_path / "last")
    try:
        load_demo(first)
        overrides = Overrides(aliases=[{"id": "agency:la-customs", "alias": "Lao PDR Customs"}])  # type: ignore[list-item]
        apply_overrides(first, overrides)
        dump(first, tmp_path / "first.json", overrides)
        restore(graph, tmp_path / "first.json", tmp_path / "neo4j-overrides.yaml")
        assert snapshot(graph).model_dump_json() == snapshot(first).model_dump_json()
        dump(graph, tmp_path / "neo4j.json", overrides)
        assert (tmp_path / "neo4j.json").read_bytes() == (tmp_path / "first.json").read_bytes()
        restore(last, tmp_path / "neo4j.json", tmp_path / "last-overrides.yaml")
        assert snapshot(last).model_dump_json() == snapshot(first).model_dump_json()
    finally:
        first.close()
        last.close()


def _ckg(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CKG_DATA_DIR": str(tmp_path), "CKG_STORE": "neo4j"}
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, cwd=ROOT, env=env,
                          timeout=300, check=False)


def test_the_cli_on_neo4j(graph: Store, tmp_path: Path) -> None:
    assert _ckg(tmp_path, "load", str(DEMO)).returncode == 0
    assert "loaded 0, unchanged 6" in _ckg(tmp_path, "load", str(DEMO)).stderr
    rows = json.loads(_ckg(tmp_path, "query", "campaign_partners", "--param", "campaign=OMD 5", "--format", "json").stdout)
    assert "Lao Customs Department" in {r["partner"] for r in rows}
    refused = _ckg(tmp_path, "cypher", "MATCH (n) DETACH DELETE n")
    assert refused.returncode == 2 and "read-only" in refused.stderr
    capped = _ckg(tmp_path, "cypher", "MATCH (n:Entity) RETURN n.id AS id", "--limit", "2", "--format", "json")
    assert len(json.loads(capped.stdout)) == 2 and "only the first 2 rows" in capped.stderr
    stats = json.loads(_ckg(tmp_path, "stats", "--format", "json").stdout)
    assert {"type": "Document", "count": 6}.items() <= next(s for s in stats if s["type"] == "Document").items()


STARTER = """
import sys, time
sys.path.insert(0, sys.argv[1])
from tests.neo4j_server import start
server = start()
print(server.process.pid, server.folder, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not shutil.which("java"), reason="no java to start a Neo4j")
def test_a_test_server_dies_with_the_process_that_started_it() -> None:
    """Killed without any chance to clean up (as an interrupted CI job is), the starter still takes Neo4j along."""
    starter = subprocess.Popen([sys.executable, "-c", STARTER, str(ROOT)], stdout=subprocess.PIPE, text=True)
    assert starter.stdout
    pid_text, folder = starter.stdout.readline().split()
    pid = int(pid_text)
    try:
        assert _alive(pid)
        starter.send_signal(signal.SIGKILL)
        starter.wait()
        deadline = time.monotonic() + 90
        while _alive(pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not _alive(pid) and not (Path(folder) / "home").exists()  # its data went with it
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
        shutil.rmtree(folder, ignore_errors=True)
