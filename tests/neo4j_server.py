"""A real Neo4j 5.26 for the tests and the benchmark: built with Maven from neo4j-server/ and run as one `java`
process on a free loopback port, authentication on, data in a temporary folder; stopped by its PID.

The server also stops by itself when its standard input closes, so it never outlives the process that started it.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "neo4j-server"
TARGET = FOLDER / "target"
SOURCES = [FOLDER / "pom.xml", FOLDER / "src" / "main" / "java" / "ckg" / "Neo4jServer.java"]
OPENS = ("java.nio", "java.io", "java.lang", "sun.nio.ch")  # as Neo4j's own start script opens them on Java 17
JVM = ["-Xms256m", "-Xmx1g", *(f"--add-opens=java.base/{package}=ALL-UNNAMED" for package in OPENS)]
START_TIMEOUT_S = 180


class Neo4jUnavailable(RuntimeError):
    """Java or Maven is missing, the build failed, or the server did not come up."""


def tools_present() -> bool:
    return bool(shutil.which("java") and shutil.which("mvn"))


def build() -> str:
    """The server's classpath, building it with Maven when the sources are newer than the last build."""
    classpath, built = TARGET / "classpath.txt", TARGET / "classes" / "ckg" / "Neo4jServer.class"
    newest = max(p.stat().st_mtime for p in SOURCES)
    if not (classpath.exists() and built.exists() and min(classpath.stat().st_mtime, built.stat().st_mtime) > newest):
        done = subprocess.run(["mvn", "-B", "-q", "package", "-f", str(FOLDER / "pom.xml")],
                              capture_output=True, text=True, check=False)
        if done.returncode:
            raise Neo4jUnavailable(f"building neo4j-server/ with Maven failed:\n{done.stdout[-3000:]}{done.stderr[-3000:]}")
    return f"{TARGET / 'classes'}{os.pathsep}{classpath.read_text(encoding='utf-8').strip()}"


@dataclass
class Neo4jServer:
    process: subprocess.Popen[bytes]
    folder: Path
    uri: str
    user: str
    password: str

    @property
    def env(self) -> dict[str, str]:
        return {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password,
                "NEO4J_DATABASE": "neo4j"}

    def stop(self) -> None:
        """Stop the server by its PID (SIGTERM lets Neo4j shut down cleanly; SIGKILL after a minute) and
        remove its data."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process.stdin:
            self.process.stdin.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _wait_ready(process: subprocess.Popen[bytes], log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("READY "):
                return line.split(" ", 1)[1].strip()
        if process.poll() is not None:
            raise Neo4jUnavailable(f"Neo4j exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.2)
    raise Neo4jUnavailable(f"Neo4j did not report ready within {START_TIMEOUT_S} s; see {log}")


def start() -> Neo4jServer:
    """Build if needed, start, and wait until Bolt answers with our credentials."""
    if not tools_present():
        raise Neo4jUnavailable("a test Neo4j needs java (17+) and mvn on PATH (scripts/system.sh --neo4j installs them)")
    classpath = build()
    folder = Path(tempfile.mkdtemp(prefix="ckg-neo4j-"))
    password = secrets.token_urlsafe(16)
    log = folder / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(["java", *JVM, "-cp", classpath, "ckg.Neo4jServer", str(folder / "home")],
                                   stdin=subprocess.PIPE, stdout=out, stderr=subprocess.STDOUT,
                                   env={**os.environ, "NEO4J_PASSWORD": password}, start_new_session=True)
    server = Neo4jServer(process, folder, "", "neo4j", password)
    try:
        server.uri = _wait_ready(process, log)
        _check_bolt(server)
    except BaseException:
        server.stop()
        raise
    return server


def _check_bolt(server: Neo4jServer) -> None:
    import neo4j

    with neo4j.GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        driver.verify_connectivity()
