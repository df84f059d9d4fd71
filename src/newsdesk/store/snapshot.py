"""The server reads a private snapshot of the store, so that `newsdesk ingest` can write while pages answer.

DuckDB lets one process open a file for writing, and a writer shuts every other process out, readers included.
A server that kept the store open would block every ingest; one that opened it per request would fail (or stall)
for the whole length of an ingest. So the server never reads the store file itself:

1. When the store file changes (size / mtime of the file and its WAL, checked at most every `check_every`
   seconds by a background thread), it opens the store read-only. That succeeds only while no process is writing;
   the open holds DuckDB's shared lock, so nothing can start writing during step 2.
2. It copies the file (and a WAL, if a crashed writer left one) into its own folder, releases the lock, migrates
   the copy if it is older than the code, builds the read views' derived tables into it (`web_queries.index`)
   and opens the copy read-only; each request reads through a cursor of that one connection. The copy of the 10k
   benchmark store takes well under a second (BENCHMARKS.md), the only time the server holds the store's lock.
3. New requests read the new copy; requests in flight finish on the old one, which is closed and deleted when the
   last of them ends.

While an ingest runs, the open in step 1 fails with DuckDB's lock error (`store.lock.is_lock_error`): the server
keeps answering from the last snapshot and tries again later, so the new events appear once the ingest has
committed and closed the store. An ingest that starts during the copy in step 2 meets a busy store for that moment
(`newsdesk ingest --wait` rides it out). Hand-written because DuckDB has no multi-process reader mode.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from newsdesk.errors import StoreError
from newsdesk.store import Store
from newsdesk.store.web_queries import index


class NoSnapshot(StoreError):
    """No snapshot could be taken yet (the store is busy or missing)."""


@dataclass
class _Snap:
    path: Path
    generation: int
    taken_at: str
    copy_seconds: float
    master: duckdb.DuckDBPyConnection | None = None
    users: int = 0
    retired: bool = False
    memo: dict = field(default_factory=dict)  # derived whole-store data, valid for this immutable copy


class _CursorStore(Store):
    """A read-only Store over a cursor of the snapshot's open connection: a request costs no file open (opening
    the 10k store's copy took 3 ms of CPU, 12 ms at load 10)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path):  # noqa: D107  (no super(): nothing to open)
        self.path = str(path)
        self.con = con
        self._in_tx = False


def _signature(path: Path) -> tuple:
    out = []
    for p in (path, Path(str(path) + ".wal")):
        try:
            st = p.stat()
            out.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


def _lock_error(exc: BaseException) -> bool:
    try:
        from newsdesk.store.lock import is_lock_error
    except ImportError:  # pragma: no cover - lock.py ships with the store
        return "Could not set lock" in str(exc)
    return is_lock_error(exc)


class Snapshots:
    def __init__(self, source: str | os.PathLike, *, workdir: str | os.PathLike | None = None,
                 check_every: float = 1.0):
        from newsdesk.store.postgres import is_url, redact

        self.url = str(source) if is_url(str(source)) else None  # a PostgreSQL store: copied table by table
        self.source = Path(source) if self.url is None else None
        self.name = redact(self.url) if self.url else str(source)
        self.check_every = check_every
        self._own_dir = workdir is None
        self.dir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="newsdesk-serve-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._refreshing = threading.Lock()
        self._current: _Snap | None = None
        self._sig: tuple | None = None
        self._gen = 0
        self.last_error: str | None = None
        self.busy_since: float | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.warm = None  # optional callable(store, memo) run on each new snapshot before it serves

    # --- taking snapshots --------------------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Take a new snapshot if the store changed and nobody is writing it; True when one was taken."""
        if not self._refreshing.acquire(blocking=False):
            return False
        try:
            return self._refresh()
        finally:
            self._refreshing.release()

    def _refresh(self) -> bool:
        if self.url:
            return self._refresh_postgres()
        if not self.source.exists():
            self.last_error = f"{self.name}: no such store"
            return False
        sig = _signature(self.source)
        if self._current is not None and sig == self._sig:
            return False
        t0 = time.perf_counter()
        target = self._target()
        try:
            con = duckdb.connect(str(self.source), read_only=True)
        except duckdb.Error as exc:
            if _lock_error(exc):
                self.busy_since = self.busy_since or time.time()
                self.last_error = "the store is busy (another process is writing it)"
                return False
            self.last_error = f"{self.name}: cannot open store: {exc}"
            return False
        try:
            sig = _signature(self.source)  # what is copied, taken under the shared lock
            shutil.copyfile(self.source, target)
            wal = Path(str(self.source) + ".wal")
            if wal.exists():
                shutil.copyfile(wal, str(target) + ".wal")
        finally:
            con.close()
        return self._install(target, sig, time.perf_counter() - t0)

    def _refresh_postgres(self) -> bool:
        """PostgreSQL needs no lock: the tables the read views use are copied into a fresh DuckDB file inside one
        REPEATABLE READ, READ ONLY transaction, i.e. as of one moment even while an ingest commits batches."""
        try:
            pg = _pg_connect(self.url, self.name)
        except StoreError as exc:
            self.last_error = str(exc)
            return False
        try:
            sig = _pg_signature(pg)
            if self._current is not None and sig == self._sig:
                return False
            t0 = time.perf_counter()
            target = self._target()
            Store(target).close()  # an empty store of the code's schema
            with duckdb.connect(str(target)) as con:
                copy_postgres(pg, con)
        except Exception as exc:  # noqa: BLE001  (psycopg or DuckDB: the last snapshot keeps serving)
            self.last_error = f"{self.name}: cannot copy store: {type(exc).__name__}: {str(exc).splitlines()[0]}"
            return False
        finally:
            pg.close()
        return self._install(target, sig, time.perf_counter() - t0)

    def _target(self) -> Path:
        self._gen += 1
        self.dir.mkdir(parents=True, exist_ok=True)  # again after a close(): an app may be started twice
        target = self.dir / f"snapshot-{self._gen}.duckdb"
        _remove(target)
        return target

    def _install(self, target: Path, sig: tuple, seconds: float) -> bool:
        """Migrate the private copy, build the derived tables, open it and make it the current snapshot."""
        try:
            with Store(target) as st:  # migrate the private copy if the code is newer than the store
                index.build_all(st.con)  # the read views' whole-store aggregates, once per snapshot
            master = duckdb.connect(str(target), read_only=True)
        except (duckdb.Error, StoreError) as exc:
            self.last_error = f"{self.name}: cannot read snapshot: {exc}"
            _remove(target)
            return False
        snap = _Snap(target, self._gen, datetime.now(UTC).isoformat(timespec="seconds"), round(seconds, 3), master)
        if self.warm is not None:  # fill the memo (whole-store maps) before any request needs it
            try:
                with _CursorStore(master.cursor(), target) as st:
                    self.warm(st, snap.memo)
            except Exception as exc:  # noqa: BLE001  (a failed warm-up only costs the first request time)
                self.last_error = f"snapshot warm-up failed: {type(exc).__name__}: {exc}"
        with self._lock:
            old, self._current, self._sig = self._current, snap, sig
            self.busy_since = None
            self.last_error = None
            if old is not None:
                old.retired = True
                if old.users == 0:
                    self._drop(old)
        return True

    @staticmethod
    def _drop(snap: _Snap) -> None:
        if snap.master is not None:
            snap.master.close()
            snap.master = None
        _remove(snap.path)

    # --- background polling ------------------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stop = threading.Event()
            self._thread = threading.Thread(target=self._poll, name="newsdesk-snapshots", daemon=True)
            self._thread.start()

    def _poll(self) -> None:
        while not self._stop.wait(self.check_every):
            try:
                self.refresh()
            except Exception as exc:  # noqa: BLE001  (a failed refresh keeps the last snapshot serving)
                self.last_error = f"snapshot refresh failed: {type(exc).__name__}: {exc}"

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        with self._lock:
            if self._current is not None:
                self._current.retired = True
                if self._current.users == 0:
                    self._drop(self._current)
                self._current = None
                self._sig = None
        if self._own_dir and not any(self.dir.glob("snapshot-*.duckdb")):
            shutil.rmtree(self.dir, ignore_errors=True)

    # --- reading -----------------------------------------------------------------------------------------------
    @contextmanager
    def store(self):
        """A read-only Store over the current snapshot (and its memo dict), held until the block ends."""
        if self._current is None:  # first request before any refresh (an app used without its lifespan)
            self.refresh()
        with self._lock:
            snap = self._current
            if snap is None:
                raise NoSnapshot(self.last_error or f"{self.name}: no snapshot yet")
            snap.users += 1
        try:
            st = _CursorStore(snap.master.cursor(), snap.path)
            try:
                yield st, snap.memo
            finally:
                st.close()
        finally:
            with self._lock:
                snap.users -= 1
                if snap.retired and snap.users == 0:
                    self._drop(snap)

    def info(self) -> dict:
        snap = self._current
        return {"store": self.name, "snapshot_generation": snap.generation if snap else None,
                "snapshot_taken_at": snap.taken_at if snap else None,
                "snapshot_copy_seconds": snap.copy_seconds if snap else None,
                "store_busy": self.busy_since is not None, "last_error": self.last_error}


def _remove(path: Path) -> None:
    for p in (path, Path(str(path) + ".wal")):
        with suppress(FileNotFoundError):
            p.unlink()


# --- PostgreSQL stores -----------------------------------------------------------------------------------------
# what the read views read (store/web_queries); vectors, signatures, NER spans and line statistics stay behind
WEB_TABLES = ("articles", "dup_pairs", "passage_spans", "events", "event_articles", "storylines", "storyline_events",
              "entities", "mentions", "records")


def _pg_connect(url: str, name: str):
    try:
        import psycopg
        from psycopg.types.string import TextLoader
    except ImportError:
        raise StoreError(f"{name}: serving a PostgreSQL store needs psycopg: pip install 'newsdesk[postgres]'") \
            from None
    try:
        pg = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"{name}: cannot open store: {str(exc).strip().splitlines()[0]}") from None
    pg.adapters.register_loader("json", TextLoader)  # JSON columns as text, as the DuckDB store holds them
    pg.adapters.register_loader("jsonb", TextLoader)
    return pg


def _pg_signature(pg) -> tuple:
    """Changes whenever a table of the store's schema is written: the server's per-table insert/update/delete
    counters (published by a writer at its commits, within seconds) and the articles' count and last seq."""
    stats = pg.execute("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables WHERE schemaname = "
                       "current_schema() ORDER BY relname").fetchall()
    return (tuple(stats), tuple(pg.execute("SELECT count(*), max(seq) FROM articles").fetchone()))


def copy_postgres(pg, con: duckdb.DuckDBPyConnection, *, batch: int = 2000) -> dict[str, int]:
    """Copy WEB_TABLES from the PostgreSQL connection `pg` into the DuckDB store `con` (same schema: both are made
    by store/migrations.py; a column the server lacks stays NULL), in one read-only REPEATABLE READ transaction.
    Rows go in as one typed list per column (`INSERT ... SELECT unnest(?::T[]), ...`). Returns rows per table."""
    import psycopg

    have: dict[str, set[str]] = {}
    for table, column in pg.execute("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                    "table_schema = current_schema()").fetchall():
        have.setdefault(table, set()).add(column)
    counts = {}
    pg.isolation_level, pg.read_only = psycopg.IsolationLevel.REPEATABLE_READ, True
    try:
        with pg.transaction():
            for table in WEB_TABLES:
                cols = [(c, t) for c, t in con.execute(
                    "SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = "
                    "? ORDER BY column_index", [table]).fetchall() if c in have.get(table, ())]
                if not cols:
                    continue
                names = ", ".join(c for c, _ in cols)  # catalog names of the store's own tables
                insert = (f"INSERT INTO {table} ({names}) SELECT "
                          + ", ".join(f"unnest(?::{t}[])" for _, t in cols))
                counts[table] = 0
                with pg.cursor(name=f"newsdesk_snapshot_{table}") as cur:  # server-side: `batch` rows at a time
                    cur.execute(f"SELECT {names} FROM {table}")
                    while rows := cur.fetchmany(batch):
                        con.execute(insert, [list(col) for col in zip(*rows, strict=True)])
                        counts[table] += len(rows)
    finally:
        pg.isolation_level, pg.read_only = None, None
    return counts
