"""The embedded store's snapshot: written by Redis `SAVE` (a temporary file, fsynced, renamed over graph.rdb), with
the one before kept as graph.rdb.prev; a save that fails is an error; a damaged one is named with the way back."""

from __future__ import annotations

import os
from pathlib import Path

import redis

from graph.stores.base import StoreUnavailable
from graph.stores.private import checked

SNAPSHOT, PREVIOUS = "graph.rdb", "graph.rdb.prev"
BROKEN = ("Short read", "short read", "Bad file format", "Wrong RDB checksum", "Unrecoverable error",
          "Error loading data from RDB", "Internal error in RDB")


def save(client: redis.Redis, folder: Path) -> None:
    """Write the snapshot now, keeping the one before; any failure is an error."""
    snapshot, previous = folder / SNAPSHOT, folder / PREVIOUS
    lost = "what this command wrote is not on disk"
    try:
        if checked(snapshot).is_file():
            checked(previous).unlink(missing_ok=True)
            os.link(snapshot, previous)
        client.save()
    except (redis.ConnectionError, redis.TimeoutError) as exc:
        raise StoreUnavailable(f"the embedded store in {folder} stopped before it could save ({exc}); {lost}: "
                               "run the command again") from exc
    except (redis.ResponseError, OSError) as exc:
        raise StoreUnavailable(f"could not save the store to {snapshot}: {exc} (see {folder / 'server.log'}); "
                               f"{lost}") from exc


def damaged(folder: Path, log: str) -> str | None:
    """What to tell the analyst if the server's log says the snapshot could not be loaded."""
    broken = [line for line in log.splitlines() if any(marker in line for marker in BROKEN)]
    if not broken:
        return None
    snapshot, previous = folder / SNAPSHOT, folder / PREVIOUS
    if previous.exists():
        advice = (f"The snapshot before it is kept as {previous}: run `ckg repair --previous-snapshot` to go back to "
                  f"it (the damaged file is kept as {SNAPSHOT}.damaged)")
    else:
        advice = f"No earlier snapshot is kept: move {snapshot} away to start empty, then load the documents again"
    return f"the snapshot {snapshot} is damaged and cannot be loaded ({broken[0].split('# ')[-1]}). {advice}"
