"""The data folder is private: created 0700 with files 0600; a folder, lock, log or socket that is a symbolic link
or belongs to another user is refused (its target untouched); the server answers only with the folder's password."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import pytest
import redis

from graph.stores.base import StoreUnavailable
from graph.stores.falkor import EmbeddedStore
from graph.stores.server import binaries
from tests.reliability.harness import FILES, extractions, load_into, stop_server

ROOT_ONLY = pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
OTHER_USER = 65534  # nobody


def test_the_folder_is_0700_and_its_files_0600(tmp_path: Path) -> None:
    data = tmp_path / "new" / "data"
    load_into(data, extractions([FILES[:1]])[0])
    load_into(data, extractions([FILES[1:2]])[0])  # a second save keeps the first as graph.rdb.prev
    for folder in (data, data / "falkordb"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list((data / "falkordb").iterdir())
    assert {"graph.rdb", "graph.rdb.prev", "server.log", "secret"} <= {f.name for f in files}
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) & 0o077 == 0, file


def test_a_folder_that_is_a_symbolic_link_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "data").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(StoreUnavailable, match="symbolic link"):
        EmbeddedStore(tmp_path / "data")
    (tmp_path / "ok" / "falkordb").parent.mkdir()
    (tmp_path / "ok" / "falkordb").symlink_to(tmp_path / "elsewhere")
    with pytest.raises(StoreUnavailable, match="symbolic link"):
        EmbeddedStore(tmp_path / "ok")
    assert list((tmp_path / "elsewhere").iterdir()) == []


@pytest.mark.parametrize("name", ["start.lock", "server.log", "clients.lock", "secret", "server.pid"])
def test_a_planted_link_is_refused_and_its_target_untouched(tmp_path: Path, name: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    folder = tmp_path / "data" / "falkordb"
    folder.mkdir(parents=True)
    (folder / name).symlink_to(victim)
    try:
        with pytest.raises(StoreUnavailable, match="symbolic link"):
            EmbeddedStore(tmp_path / "data")
    finally:
        stop_server(tmp_path / "data")
    assert victim.read_text(encoding="utf-8") == "precious"


@ROOT_ONLY
@pytest.mark.parametrize("name", ["", "falkordb", "falkordb/start.lock", "falkordb/secret"])
def test_what_another_user_owns_is_refused(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "data" / "falkordb"
    folder.mkdir(parents=True)
    (folder / "start.lock").touch()
    (folder / "secret").write_text("theirs")
    os.chown(tmp_path / "data" / name, OTHER_USER, OTHER_USER)
    with pytest.raises(StoreUnavailable, match="another user"):
        EmbeddedStore(tmp_path / "data")


def _foreign_server(folder: Path) -> subprocess.Popen[bytes]:
    """A server someone else started on the folder's socket path, without our password."""
    server, module = binaries()
    socket = folder / "server.sock"
    process = subprocess.Popen([server, "--port", "0", "--unixsocket", str(socket), "--save", "", "--loadmodule", module],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while not socket.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    return process


def test_a_server_without_the_folders_password_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "falkordb"
    folder.mkdir(parents=True)
    process = _foreign_server(folder)
    try:
        with pytest.raises(StoreUnavailable, match="password"):
            EmbeddedStore(tmp_path / "data")
        if os.geteuid() == 0:
            os.chown(folder / "server.sock", OTHER_USER, OTHER_USER)
            with pytest.raises(StoreUnavailable, match="another user"):
                EmbeddedStore(tmp_path / "data")
    finally:
        process.kill()
        process.wait()


def test_the_server_wants_the_password(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path)
    try:
        stranger = redis.Redis(unix_socket_path=str(tmp_path / "falkordb" / "server.sock"))
        with pytest.raises(redis.exceptions.AuthenticationError):
            stranger.ping()
        stranger.close()
    finally:
        store.close()
