"""The store: DuckDB behind one module (`db`), schema changes as recorded migrations (`migrations`)."""

from newsdesk.store.db import DEFAULT_DB, Store, default_path

__all__ = ["DEFAULT_DB", "Store", "default_path"]
