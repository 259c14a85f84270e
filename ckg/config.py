"""Where things live: store kind, data folder, overrides file, Neo4j credentials (environment, then `.env`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def _dotenv(path: Path = Path(".env")) -> dict[str, str]:
    if not path.exists():
        return {}
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip().strip('"').strip("'")
    return values


def _get(name: str, default: str = "") -> str:
    return os.environ.get(name) or _dotenv().get(name) or default


@dataclass(frozen=True)
class Settings:
    store: str
    data_dir: Path
    overrides: Path
    neo4j_uri: str
    neo4j_user: str
    neo4j_password: str
    neo4j_database: str


def settings() -> Settings:
    data_dir = Path(_get("CKG_DATA_DIR", str(Path.home() / ".local" / "share" / "campaign-kg"))).expanduser()
    return Settings(
        store=_get("CKG_STORE", "embedded"),
        data_dir=data_dir,
        overrides=Path(_get("CKG_OVERRIDES", str(data_dir / "overrides.yaml"))),
        neo4j_uri=_get("NEO4J_URI"),
        neo4j_user=_get("NEO4J_USER", "neo4j"),
        neo4j_password=_get("NEO4J_PASSWORD"),
        neo4j_database=_get("NEO4J_DATABASE", "neo4j"),
    )
