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
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from graph.model import Extraction
from tests.reliability.harness import FILES, FORK, extractions, graph_of, load_into, sequential, server_pid, stop_server

KILL_POINTS = 20


@dataclass
class Scene:
    """A store holding the first documents (template), the load to kill, another load, and the graphs to expect."""

    root: Path
    killed: Extraction
    other: Extraction
    before: str
    after: str
    clean: str
    seconds: float = 0.0

    def copy(self, name: str) -> Path:
        shutil.copytree(self.root / "template", self.root / name)
        return self.root / name

    def load_in_child(self, folder: Path) -> BaseProcess:
        process = FORK.Process(target=load_into, args=(folder, self.killed))
        process.start()
        return process

    def rerun_and_check(self, folder: Path, point: int) -> None:
        assert graph_of(folder) in (self.before, self.after), f"kill point {point}: a half-written load is visible"
        if point % 2:  # a different load first, as an analyst would after a crash
            load_into(folder, self.other)
        load_into(folder, self.killed)
        if not point % 2:
            load_into(folder, self.other)
        assert graph_of(folder) == self.clean, f"kill point {point}: the rerun did not give the clean graph"


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Scene:
    root = tmp_path_factory.mktemp("kills")
    before, killed, other = extractions([FILES[:2], FILES[2:5], FILES[5:]])
    scene = Scene(root, killed, other, sequential(root / "template", [before]),
                  sequential(root / "after", [before, killed]), sequential(root / "clean", [before, killed, other]))
    folder = scene.copy("timing")
    process = scene.load_in_child(folder)
    while server_pid(folder) is None and process.is_alive():
        time.sleep(0.001)
    started = time.monotonic()
    process.join(60)
    scene.seconds = time.monotonic() - started  # from the server's start to the load's end
    return scene


def _at_kill_points(scene: Scene, name: str, seed: int, kill: Callable[[Path, random.Random], bool]) -> None:
    """``kill`` one load per fresh copy of the template (True if it hit a running process) until 20 did, checking
    what the store holds after each."""
    rng, kills = random.Random(seed), 0
    for point in range(KILL_POINTS * 2):
        folder = scene.copy(f"{name}{point}")
        try:
            kills += kill(folder, rng)
            scene.rerun_and_check(folder, point)
        finally:
            stop_server(folder)
        if kills == KILL_POINTS:
            break
    assert kills == KILL_POINTS


def test_killing_the_load_at_random_points(scene: Scene) -> None:
    def kill(folder: Path, rng: random.Random) -> bool:
        process = scene.load_in_child(folder)
        time.sleep(rng.uniform(0, scene.seconds * 1.2))
        hit = process.is_alive()
        process.kill()  # SIGKILL
        process.join(30)
        return hit

    _at_kill_points(scene, "load", 9, kill)


def test_killing_the_server_at_random_points(scene: Scene) -> None:
    def kill(folder: Path, rng: random.Random) -> bool:
        process = scene.load_in_child(folder)
        while (pid := server_pid(folder)) is None and process.is_alive():
            time.sleep(0.001)
        time.sleep(rng.uniform(0, scene.seconds))
        hit = False
        if pid is not None and server_pid(folder) == pid:
            os.kill(pid, signal.SIGKILL)
            hit = True
        process.join(30)
        if process.exitcode == 0:
            assert graph_of(folder) == scene.after, "a load said done but is not on disk"
        return hit

    _at_kill_points(scene, "server", 11, kill)
