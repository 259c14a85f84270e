"""A bounded console: the attacks of issue 9 are cut off within the timeout while another client's canned query
still answers in under a second; the row cap is pushed into the query; settings are checked; valid reads that use
start, set or end as names are allowed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from graph.catalogue import run
from graph.console import ConsoleLimit, bounded, check, run_console
from graph.stores.base import Store, StoreError
from tests.conftest import open_backend
from tests.helpers import load_demo

TIMEOUT_MS = 3000
CARTESIAN = "MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n"  # beyond any timeout on any machine
HOARD = "MATCH (a), (b), (c), (d) WITH collect([a.id, b.id, c.id, d.id, a.name]) AS xs RETURN size(xs) AS n"


@pytest.fixture
def embedded(tmp_path: Path) -> Iterator[tuple[Store, Path]]:
    data = tmp_path / "data"
    opened = open_backend("embedded", data)
    opened.ensure_schema()
    load_demo(opened)
    yield opened, data
    opened.close()


Outcome = dict[str, tuple[str, float] | str]


def _attack(data: Path, query: str, outcome: Outcome) -> None:
    client = open_backend("embedded", data)
    start = time.monotonic()
    try:
        run_console(client, query, timeout_ms=TIMEOUT_MS)
        outcome[query] = "answered"
    except StoreError as exc:
        outcome[query] = (str(exc), time.monotonic() - start)
    finally:
        client.close()


def test_attacks_are_cut_off_while_a_canned_query_still_answers(embedded: tuple[Store, Path]) -> None:
    store, data = embedded
    outcome: Outcome = {}
    attacks = [threading.Thread(target=_attack, args=(data, q, outcome)) for q in (CARTESIAN, CARTESIAN + " ", HOARD)]
    for thread in attacks:
        thread.start()
    time.sleep(0.5)
    slowest = 0.0
    while any(t.is_alive() for t in attacks):
        start = time.monotonic()
        assert run(store, "top_partners", {"limit": "5"})
        slowest = max(slowest, time.monotonic() - start)
        time.sleep(0.2)
    for thread in attacks:
        thread.join()
    assert slowest < 1.0, f"a canned query took {slowest:.2f} s during the attacks"
    for query in (CARTESIAN, CARTESIAN + " ", HOARD):
        result = outcome[query]
        assert isinstance(result, tuple), (query, result)
        message, seconds = result
        assert seconds < TIMEOUT_MS / 1000 + 2, (query, message, seconds)
        assert "timed out" in message or "mem consumption" in message, message


@pytest.mark.parametrize("attack", [
    "RETURN reduce(s = 0, x IN range(1, 200000) | s + size(range(1, x))) AS n",
    "UNWIND range(1, 30000000) AS x RETURN x",
    "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*) AS n",
    "RETURN range(1, 10, 0) AS r",
    "MATCH (n) RETURN n.id AS id LIMIT $many",
])
def test_what_no_timeout_can_stop_is_refused_before_it_runs(attack: str) -> None:
    with pytest.raises(ConsoleLimit, match="refused"):
        check(attack)
        bounded(attack, 10)


def test_the_server_bounds_every_query_whoever_sends_it(embedded: tuple[Store, Path]) -> None:
    _, data = embedded
    client = redis.Redis(unix_socket_path=str(data / "falkordb" / "server.sock"),
                         password=(data / "falkordb" / "secret").read_text().strip())  # the folder's password
    config = dict(client.execute_command("GRAPH.CONFIG", "GET", "*"))  # type: ignore[no-untyped-call]
    assert config[b"TIMEOUT_MAX"] == 120_000 and config[b"TIMEOUT_DEFAULT"] == 120_000
    assert 0 < config[b"QUERY_MEM_CAPACITY"] <= 1024**3 and config[b"THREAD_COUNT"] >= 4
    with pytest.raises(redis.ResponseError, match="TIMEOUT_MAX"):
        client.execute_command("GRAPH.RO_QUERY", "ckg", "RETURN 1", "TIMEOUT", 600_000)  # type: ignore[no-untyped-call]
    client.close()


def test_the_row_cap_is_in_the_query(embedded: tuple[Store, Path]) -> None:
    store, _ = embedded
    start = time.monotonic()
    rows, cut = run_console(store, "MATCH (a), (b), (c) RETURN a.id AS a, b.id AS b, c.id AS c", timeout_ms=60_000, limit=3)
    assert len(rows) == 3 and cut and time.monotonic() - start < 2
    assert bounded("MATCH (n) RETURN n", 11) == "MATCH (n) RETURN n LIMIT 11"
    assert bounded("MATCH (n) RETURN n LIMIT 5000 // more", 11) == "MATCH (n) RETURN n LIMIT 11 // more"
    assert bounded("MATCH (n) RETURN n LIMIT 2", 11) == "MATCH (n) RETURN n LIMIT 2"
    assert bounded("MATCH (n) WITH n LIMIT 99 RETURN n.id AS id ORDER BY id", 11).endswith("ORDER BY id LIMIT 11")
    assert bounded("MATCH (a) RETURN a.id AS x UNION MATCH (b) RETURN b.id AS x", 11) == \
        "MATCH (a) RETURN a.id AS x LIMIT 11 UNION MATCH (b) RETURN b.id AS x LIMIT 11"
    assert bounded("RETURN 'no LIMIT 3 here' AS s", 11) == "RETURN 'no LIMIT 3 here' AS s LIMIT 11"
    rows, cut = run_console(store, "MATCH (a:Agency) RETURN a.id AS x UNION ALL MATCH (c:Country) RETURN c.id AS x", limit=4)
    assert len(rows) == 4 and cut


@pytest.mark.parametrize(("timeout", "limit"), [(0, 10), (-1, 10), (600_000, 10), (1000, 0), (1000, -1), (1000, 10**9)])
def test_settings_out_of_bounds_are_refused(embedded: tuple[Store, Path], timeout: int, limit: int) -> None:
    store, _ = embedded
    with pytest.raises(ConsoleLimit, match="must be between"):
        run_console(store, "RETURN 1 AS one", timeout_ms=timeout, limit=limit)


def test_reads_that_use_start_set_and_end_as_names_are_allowed(embedded: tuple[Store, Path]) -> None:
    store, _ = embedded
    rows, _ = run_console(store, "MATCH (m:Campaign) WHERE m.start IS NOT NULL RETURN m.start AS start, m.end AS end, "
                                 "m.name AS set ORDER BY set")
    assert rows and set(rows[0]) == {"start", "end", "set"}
    for query in ("WITH 1 AS start RETURN start", "RETURN {set: 1, create: 2} AS m", "MATCH (s:Set) RETURN s"):
        check(query)
