"""Loads at the same time (two and four writers, in separate processes) give exactly the graph of the same loads
one after the other, in either order, every time. Held by the data folder's writer lock around each load's
read-merge-write, one transaction per load, and merges that do not depend on order."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from tests.reliability.harness import FILES, extractions, graph_of, in_processes, load_into, sequential, stop_server

GROUPS = {2: [FILES[:3], FILES[3:]], 4: [FILES[:2], FILES[2:3], FILES[3:5], FILES[5:]]}
REPEATS = 10


@pytest.mark.parametrize("writers", [2, 4])
def test_concurrent_loads_give_the_graph_of_sequential_loads(writers: int, tmp_path: Path) -> None:
    loads = extractions(GROUPS[writers])
    expected = sequential(tmp_path / "forward", loads)
    assert sequential(tmp_path / "backward", loads[::-1]) == expected  # the order of loads does not matter
    for run in range(REPEATS):
        folder = tmp_path / f"run{run}"
        try:
            codes = in_processes([functools.partial(load_into, folder, extraction) for extraction in loads])
            assert codes == [0] * writers
            assert graph_of(folder) == expected, f"run {run}: concurrent loads differ from sequential ones"
        finally:
            stop_server(folder)
