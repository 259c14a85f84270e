"""The smaller inputs of issue 9: restore of a truncated, empty or tampered dump, dump to a missing folder, canned
query parameters out of range, a repeated --param, and a reader that goes away (`ckg ... | head`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from graph.dump import DumpError, dump, restore, snapshot
from graph.stores.base import Store
from loaders.resolve.overrides import Overrides
from tests.conftest import open_backend
from tests.helpers import ROOT, load_demo

Dump = dict[str, Any]


def _first_evidence(data: Dump) -> dict[str, Any]:
    return next(r for r in data["relations"] if r["evidence"][0]["document"] != "overrides")["evidence"][0]  # type: ignore[no-any-return]


def _forge(data: Dump) -> None:
    _first_evidence(data)["text"] = "Vietnam Customs led the whole operation alone."


def _out_of_range(data: Dump) -> None:
    evidence = _first_evidence(data)
    evidence["start"], evidence["end"] = 10**7, 10**7 + len(evidence["text"])


def _twice(data: Dump) -> None:
    data["entities"].append(dict(data["entities"][0]))


def _dangling(data: Dump) -> None:
    data["relations"][0]["target"] = "agency:nobody"


def _retexted(data: Dump) -> None:
    data["documents"][0]["text"] += " An added sentence."


def _bad_type(data: Dump) -> None:
    data["entities"][0]["type"] = "Spaceship"


TAMPERED: dict[str, tuple[Callable[[Dump], None], str]] = {
    "forged evidence": (_forge, "the quoted text is not what"),
    "offsets out of range": (_out_of_range, "outside doc:"),
    "duplicate entity id": (_twice, "appears 2 times"),
    "relation to a missing entity": (_dangling, "agency:nobody is not an entity of the dump"),
    "text changed after the dump": (_retexted, "its text does not match its id"),
    "unknown entity type": (_bad_type, "entities.0.type"),
}


@pytest.fixture(scope="module")
def dumped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dump]:
    folder = tmp_path_factory.mktemp("dump")
    source = open_backend("embedded", folder / "data")
    source.ensure_schema()
    load_demo(source)
    dump(source, folder / "graph.json", Overrides())
    source.close()
    yield json.loads((folder / "graph.json").read_text(encoding="utf-8"))


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    opened = open_backend("embedded", tmp_path / "empty")
    opened.ensure_schema()
    yield opened
    opened.close()


@pytest.mark.parametrize("case", list(TAMPERED))
def test_a_tampered_dump_is_refused_and_the_store_stays_empty(dumped: Dump, empty: Store, tmp_path: Path,
                                                              case: str) -> None:
    tamper, reason = TAMPERED[case]
    data = json.loads(json.dumps(dumped))
    tamper(data)
    file = tmp_path / "tampered.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DumpError) as caught:
        restore(empty, file, tmp_path / "overrides.yaml")
    assert str(file) in str(caught.value) and reason in str(caught.value)
    assert snapshot(empty).entities == []
    good = tmp_path / "good.json"
    good.write_text(json.dumps(dumped), encoding="utf-8")
    restore(empty, good, tmp_path / "overrides.yaml")  # the refused restore left nothing in the way of a rerun
    assert len(snapshot(empty).entities) == len(dumped["entities"])


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "empty file"), (b"{\"format\": \"campaign-kg dump 1\", \"documents\": [", "truncated or not JSON"),
    (b"\xff\xfe garbage", "truncated or not JSON"), (b"[1, 2, 3]", "not a campaign-kg dump"),
    (b"{\"format\": \"other 2\"}", "not a campaign-kg dump")])
def test_an_empty_truncated_or_foreign_file_is_refused(empty: Store, tmp_path: Path, content: bytes, reason: str) -> None:
    file = tmp_path / "dump.json"
    file.write_bytes(content)
    with pytest.raises(DumpError, match=reason):
        restore(empty, file, tmp_path / "overrides.yaml")


def _ckg(data: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ckg", *args], capture_output=True, text=True, cwd=ROOT, timeout=300,
                          env=os.environ | {"CKG_DATA_DIR": str(data), "CKG_STORE": "embedded"}, input=stdin)


def test_cli_dump_restore_and_query_inputs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _ckg(data, "load", str(ROOT / "demo" / "corpus")).returncode == 0
    target = tmp_path / "new" / "folder" / "graph.json"
    assert _ckg(data, "dump", str(target)).returncode == 0 and json.loads(target.read_text(encoding="utf-8"))
    assert [p.name for p in target.parent.iterdir()] == ["graph.json"]
    into_folder = _ckg(data, "dump", str(tmp_path))
    assert into_folder.returncode == 2 and "is a folder" in into_folder.stderr
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(target.read_bytes()[:5000])
    refused = _ckg(tmp_path / "other", "restore", str(truncated))
    assert refused.returncode == 2 and f"{truncated}: not a campaign-kg dump (truncated" in refused.stderr
    assert _ckg(tmp_path / "other", "restore", str(target)).returncode == 0  # the rerun is not refused
    for args, reason in [(["--param", "limit=4294967296"], "limit: Input should be less than or equal to"),
                         (["--param", "limit=5", "--param", "limit=7"], "--param limit is given twice")]:
        result = _ckg(data, "query", "top_partners", *args)
        assert result.returncode == 2 and reason in result.stderr, result.stderr
    result = _ckg(data, "query", "agency_meetings", "--param", "agency=Vietnam Customs", "--param", "from=2024-13-45")
    assert result.returncode == 2 and "'2024-13-45' is not a real date" in result.stderr


def test_a_reader_that_goes_away_ends_the_command_quietly(tmp_path: Path) -> None:
    command = (f"{sys.executable} -m ckg cypher 'UNWIND range(1, 100000) AS x RETURN x' --limit 100000 | head -n 1")
    result = subprocess.run(["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, cwd=ROOT,
                            timeout=300, env=os.environ | {"CKG_DATA_DIR": str(tmp_path / "data")})
    assert result.stdout.split() == ["x"]
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
    assert result.returncode == 141
