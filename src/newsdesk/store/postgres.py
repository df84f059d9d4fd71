"""The PostgreSQL store: the DuckDB store's typed methods, on a server database (`--db postgresql://...`).

`PostgresStore` subclasses the DuckDB `Store` and keeps every read and typed write it has: their SQL is the portable
subset (`?` parameters, id lists as `IN (SELECT unnest(?))`), which `_Connection` rewrites for psycopg 3 (`%s`,
`= ANY(%s::text[])`). What differs is overridden here, and only that:

- bulk writes (`insert`, `insert_articles`) go through COPY into a temporary staging table, then one
  `INSERT ... SELECT ... ON CONFLICT` into the target, so a retried batch (after a crash, a kill -9 or a lost
  connection) stays idempotent: a row whose key is stored is skipped (or replaced, for `replace=True`);
- migrations are the same numbered, named functions as the DuckDB store's (`store.migrations.MIGRATIONS`), run
  through `_Connection`, which maps the few DuckDB type names (BLOB, DOUBLE, VARCHAR) to PostgreSQL's, and recorded
  in the same `schema_migrations` table, each in one transaction with its row, under an advisory lock so that two
  processes opening a fresh database do not both migrate it.

Text columns are created `COLLATE "C"` so that ORDER BY sorts as DuckDB does (byte order), whatever the server's
locale. Tables live in the connection's current schema (set with `?options=-csearch_path%3D...` in the URL).
Hand-written rather than an ORM: the store's SQL is a few dozen statements and must stay identical on both backends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

from newsdesk.errors import StoreError
from newsdesk.model import Article
from newsdesk.store import migrations
from newsdesk.store.db import ARTICLE_ROW_COLUMNS, Store, new_article_rows

try:  # optional extra: pip install 'newsdesk[postgres]'
    import psycopg
    from psycopg.types.string import TextLoader
except ImportError:  # pragma: no cover - exercised only without the extra
    psycopg = None

URL_PREFIXES = ("postgresql://", "postgres://")

_ID_LIST = re.compile(r"\bIN\s*\(\s*SELECT\s+unnest\(\?\)\s*\)", re.IGNORECASE)
_DDL = re.compile(r"^\s*(CREATE|ALTER)\b", re.IGNORECASE)
_DDL_TYPES = ((re.compile(r"\bBLOB\b", re.I), "BYTEA"),
              (re.compile(r"\bDOUBLE\b(?!\s+PRECISION)", re.I), "DOUBLE PRECISION"),
              (re.compile(r"\bVARCHAR\[\]", re.I), "TEXT[]"),
              (re.compile(r"\bVARCHAR\b(?!\[)", re.I), 'TEXT COLLATE "C"'))


def is_url(db: str | None) -> bool:
    return bool(db) and str(db).startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password (for `stats` and error messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def translate(sql: str) -> str:
    """DuckDB-dialect store SQL -> psycopg SQL (see the module docstring for the subset)."""
    if re.search(r"\bINSERT\s+OR\s+(IGNORE|REPLACE)\b", sql, re.I):
        raise StoreError("internal: bulk writes go through Store.insert (INSERT OR ... is DuckDB-only)")
    if _DDL.match(sql):
        for pat, repl in _DDL_TYPES:
            sql = pat.sub(repl, sql)
    sql = _ID_LIST.sub("= ANY(?::text[])", sql)
    return sql.replace("%", "%%").replace("?", "%s")


class _Connection:
    """A psycopg connection with the DuckDB connection's surface that the store uses (execute, begin, commit,
    rollback, close). Autocommit: statements outside `begin()` commit at once, as in DuckDB."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql: str, params: Sequence | None = None):
        return self.raw.execute(translate(sql), list(params) if params else None)

    def begin(self) -> None:
        self.raw.execute("BEGIN")

    def commit(self) -> None:
        self.raw.execute("COMMIT")

    def rollback(self) -> None:
        self.raw.execute("ROLLBACK")

    def close(self) -> None:
        self.raw.close()


class PostgresStore(Store):
    def __init__(self, url: str, *, read_only: bool = False):  # read_only: the server enforces its own grants
        if psycopg is None:
            raise StoreError(f"{redact(url)}: the PostgreSQL store needs psycopg: pip install 'newsdesk[postgres]'")
        self.path = redact(url)
        self.url = url
        self._in_tx = False
        try:
            raw = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {_first_line(exc)}") from None
        raw.adapters.register_loader("json", TextLoader)  # JSON columns read back as text, as from DuckDB
        raw.adapters.register_loader("jsonb", TextLoader)
        self.con = _Connection(raw)
        self._columns: dict[str, list[str]] = {}
        self._keys: dict[str, list[str]] = {}
        try:
            self._migrate()
        except psycopg.Error as exc:
            raw.close()
            raise StoreError(f"{self.path}: cannot migrate store: {_first_line(exc)}") from None

    # --- migrations: the same numbered functions as DuckDB's, recorded in the same table ------------------------
    def _applied(self) -> list[int]:
        if self.con.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:
            return []
        return [r[0] for r in self.con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]

    def pending(self) -> list[migrations.Migration]:
        done = set(self._applied())
        return [m for m in migrations.MIGRATIONS if m.version not in done]

    def _migrate(self) -> list[str]:
        if not self.pending():
            return []
        names = []
        with self.transaction():  # the lock and the bookkeeping table, then one transaction per migration
            self.con.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                             "name VARCHAR NOT NULL, applied_at VARCHAR NOT NULL)")
        for m in migrations.MIGRATIONS:
            with self.transaction():
                self.con.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema()))")
                if m.version in set(self._applied()):  # another process got there first
                    continue
                m.fn(self.con)
                self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                                 [m.version, m.name, datetime.now(UTC).isoformat(timespec="seconds")])
            names.append(m.name)
        return names

    def schema_version(self) -> int:
        done = self._applied()
        return max(done) if done else 0

    # --- bulk writes: COPY into a staging table, then INSERT ... ON CONFLICT ------------------------------------
    def _table_columns(self, table: str) -> list[str]:
        if table not in self._columns:
            self._columns[table] = [r[0] for r in self.con.raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = %s ORDER BY ordinal_position", [table]).fetchall()]
            self._keys[table] = [r[0] for r in self.con.raw.execute(
                "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
                "ORDER BY array_position(i.indkey, a.attnum)", [table]).fetchall()]
            if not self._columns[table]:
                raise StoreError(f"{self.path}: no table {table!r}")
        return self._columns[table]

    def _copy_upsert(self, table: str, columns: Sequence[str], rows: Sequence[Sequence], *, replace: bool,
                     update: str | None = None) -> int:
        """COPY rows (in `columns` order) into a staging copy of `table`, then insert them, skipping (or, with
        `replace`, updating; with `update`, applying that SET clause to) rows whose primary key is stored. Later rows win over earlier ones with the same key
        (as DuckDB's INSERT OR REPLACE); with DO NOTHING the first one wins. Returns how many rows were inserted or updated."""
        self._table_columns(table)
        keys = self._keys[table]
        pos = [list(columns).index(k) for k in keys]
        if pos and replace:  # one row per key within the batch: ON CONFLICT DO UPDATE may not touch a row twice
            last: dict[tuple, Sequence] = {}
            for r in rows:
                last[tuple(r[p] for p in pos)] = r
            rows = list(last.values())
        cols = ", ".join(columns)
        stage = f"_stage_{table}"
        with self.transaction():
            self.con.raw.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table} INCLUDING DEFAULTS) ON COMMIT DELETE ROWS")
            self.con.raw.execute(f"TRUNCATE {stage}")
            with self.con.raw.cursor() as cur, cur.copy(f"COPY {stage} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
            if update:
                action = f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {update}"
            elif not keys:
                action = ""
            elif replace and (rest := [c for c in columns if c not in keys]):
                action = (f" ON CONFLICT ({', '.join(keys)}) DO UPDATE SET "
                          + ", ".join(f"{c} = EXCLUDED.{c}" for c in rest))
            else:
                action = " ON CONFLICT DO NOTHING"
            cur = self.con.raw.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM {stage}{action}")
            return cur.rowcount

    def insert(self, table: str, rows: Sequence[Sequence], *, replace: bool = False) -> None:
        if rows:
            self._copy_upsert(table, self._table_columns(table)[:len(rows[0])], rows, replace=replace)

    def insert_articles(self, articles: Sequence[Article]) -> int:
        """Insert articles not yet stored (by id); returns how many were new. Call inside `transaction()`."""
        if not articles:
            return 0
        with self.transaction():
            stored = self.existing_ids(a.id for a in articles)
            seq0 = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
            rows = new_article_rows(articles, stored, seq0)
            if not rows:
                return 0
            return self._copy_upsert("articles", ARTICLE_ROW_COLUMNS, rows, replace=False)

    def add_line_stats(self, rows: Sequence[tuple[str, str, int]]) -> None:
        """Add doc counts (increments) per (group, line key). Call inside `transaction()`."""
        if rows:
            merged: dict[tuple[str, str], int] = {}
            for grp, key, n in rows:
                merged[(grp, key)] = merged.get((grp, key), 0) + n
            self._copy_upsert("line_stats", ("grp", "line_key", "docs"), [(g, k, n) for (g, k), n in merged.items()],
                              replace=False, update="docs = line_stats.docs + EXCLUDED.docs")

    def _rollback(self) -> None:
        if not self.con.raw.closed:  # a lost connection has nothing to roll back
            self.con.rollback()


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
