"""`kill -9` of a load, or of the server under it, at random points: the store then holds the graph from before
the load or the graph after it, nothing in between; a load that said it succeeded is on disk; and after another
load and the rerun, the store holds exactly the clean graph. Held by one transaction per load, documents marked
complete by its last statement, saves before a load ends, and the snapshot that the server replaces only whole."""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from tests.reliability.harness import (FILES, FORK, extractions, graph_of, load_into, sequential, server_pid,
                                       stop_server)

KILL_POINTS = 20


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A store holding the first documents, the load to kill, another load, and the graphs to expect."""
    root = tmp_path_factory.mktemp("kills")
    before, killed, other = extractions([FILES[:2], FILES[2:5], FILES[5:]])
    sequential(root / "template", [before])
    scene: dict[str, object] = {"root": root, "killed": killed, "other": other,
                                "before": graph_of(root / "template"),
                                "after": sequential(root / "after", [before, killed]),
                                "clean": sequential(root / "clean", [before, killed, other])}
    started = time.monotonic()
    _load_in_child(_copy(scene, "timing"), scene).join(60)
    scene["seconds"] = time.monotonic() - started
    return scene


def _copy(scene: dict[str, object], name: str) -> Path:
    root = scene["root"]
    assert isinstance(root, Path)
    shutil.copytree(root / "template", root / name)
    return root / name


def _load_in_child(folder: Path, scene: dict[str, object]) -> object:
    process = FORK.Process(target=load_into, args=(folder, scene["killed"]))
    process.start()
    return process


def _rerun_and_check(folder: Path, scene: dict[str, object], point: int) -> None:
    held = graph_of(folder)
    assert held in (scene["before"], scene["after"]), f"kill point {point}: a half-written load is visible"
    if point % 2:  # a different load first, as an analyst would after a crash
        load_into(folder, scene["other"])  # type: ignore[arg-type]
    load_into(folder, scene["killed"])  # type: ignore[arg-type]
    if not point % 2:
        load_into(folder, scene["other"])  # type: ignore[arg-type]
    assert graph_of(folder) == scene["clean"], f"kill point {point}: the rerun did not give the clean graph"


def test_killing_the_load_at_random_points(scene: dict[str, object]) -> None:
    rng = random.Random(9)
    for point in range(KILL_POINTS):
        folder = _copy(scene, f"load{point}")
        try:
            process = _load_in_child(folder, scene)
            time.sleep(rng.uniform(0, float(scene["seconds"])))  # type: ignore[arg-type]
            os.kill(process.pid, signal.SIGKILL)  # type: ignore[attr-defined]
            process.join(30)  # type: ignore[attr-defined]
            _rerun_and_check(folder, scene, point)
        finally:
            stop_server(folder)


def test_killing_the_server_at_random_points(scene: dict[str, object]) -> None:
    rng = random.Random(11)
    hits = 0
    for point in range(KILL_POINTS):
        folder = _copy(scene, f"server{point}")
        try:
            process = _load_in_child(folder, scene)
            while (pid := server_pid(folder)) is None and process.is_alive():  # type: ignore[attr-defined]
                time.sleep(0.001)
            time.sleep(rng.uniform(0, float(scene["seconds"]) * 0.8))  # type: ignore[arg-type]
            if pid is not None and server_pid(folder) == pid:
                os.kill(pid, signal.SIGKILL)
                hits += 1
            process.join(30)  # type: ignore[attr-defined]
            if process.exitcode == 0:  # type: ignore[attr-defined]
                assert graph_of(folder) == scene["after"], f"kill point {point}: a load said done but is not on disk"
            _rerun_and_check(folder, scene, point)
        finally:
            stop_server(folder)
    assert hits >= KILL_POINTS * 3 // 4
