"""`ckg extract` keeps the outside contract (shared/design/contract.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import ROOT

CKG = [sys.executable, "-m", "ckg"]


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CKG, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_extract_writes_the_contract_json(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = _run("extract", str(ROOT / "demo" / "corpus"), "--out", str(out), "--overrides", os.devnull)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"documents", "entities", "relations"}
    document = data["documents"][0]
    assert set(document) >= {"id", "source", "title", "language"}
    texts = {d["id"]: Path(d["source"]) for d in data["documents"]}
    for entity in data["entities"]:
        assert entity["type"] in {"Agency", "Country", "Campaign", "Meeting", "Person"}
        assert entity["id"].startswith(entity["type"].lower() + ":")
    for relation in data["relations"]:
        assert relation["evidence"] and 0 < relation["confidence"] <= 1
        for evidence in relation["evidence"]:
            assert set(evidence) == {"document", "text", "start", "end"} and evidence["document"] in texts


def test_extract_is_deterministic(tmp_path: Path) -> None:
    outs = []
    for name in ("a.json", "b.json"):
        _run("extract", str(ROOT / "demo" / "corpus"), "--out", str(tmp_path / name), "--overrides", os.devnull)
        outs.append((tmp_path / name).read_text(encoding="utf-8"))
    assert outs[0] == outs[1]


def test_bad_files_are_named_on_stderr_and_the_rest_is_written(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Hải quan Lào tham gia Chiến dịch Con Rồng Mê Kông giai đoạn 6.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.json"
    result = _run("extract", str(tmp_path), "--out", str(out), "--overrides", os.devnull)
    assert result.returncode == 1
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 1 and data["errors"][0]["reason"] == "empty file"


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "o.json"))
    assert result.returncode == 2 and "no such file or folder" in result.stderr
