"""Graph stores behind one protocol (base.Store): the embedded FalkorDB default and Neo4j."""

from __future__ import annotations

from ckg.config import Settings
from graph.stores.base import Store
from graph.stores.launcher import StoreUnavailable


def open_store(settings: Settings) -> Store:
    """The store the settings name (CKG_STORE: embedded or neo4j)."""
    if settings.store == "embedded":
        from graph.stores.falkor import EmbeddedStore

        return EmbeddedStore(settings.data_dir)
    if settings.store == "neo4j":
        from graph.stores.neo4j_store import Neo4jStore

        return Neo4jStore(settings.neo4j_uri, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database)
    raise StoreUnavailable(f"CKG_STORE={settings.store!r}: expected 'embedded' or 'neo4j'")
