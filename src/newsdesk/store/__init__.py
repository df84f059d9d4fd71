"""The store: DuckDB behind one module (`db`), schema changes as recorded migrations (`migrations`)."""

from newsdesk.store.db import DEFAULT_DB, Store, default_path

__all__ = ["DEFAULT_DB", "Store", "default_path", "open_store"]


def open_store(db: str | None = None, *, read_only: bool = False) -> Store:
    """The store named by `db` (default: NEWSDESK_DB, else ./newsdesk.duckdb): a `postgresql://` URL opens the
    PostgreSQL store (`store.postgres`, same typed methods), anything else a DuckDB file."""
    db = str(db) if db is not None else default_path()
    if db.startswith(("postgresql://", "postgres://")):
        from newsdesk.store.postgres import PostgresStore

        return PostgresStore(db, read_only=read_only)
    return Store(db, read_only=read_only)
