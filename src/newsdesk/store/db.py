"""The DuckDB store: reads and writes model objects, nothing else.

One `Store` per process. Writes happen inside `transaction()`; a batch either lands whole or not at all, so after a
kill -9 the same ingest can simply run again (ids are content-derived primary keys: what landed is skipped).
A server database can replace this module behind the same methods (see README, Architecture).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import duckdb

from newsdesk.errors import StoreError
from newsdesk.model import Article, Event, Removal, Storyline
from newsdesk.store import lock, migrations
from newsdesk.store.analysis import AnalysisTables, evidence_from_json, evidence_to_json  # noqa: F401 (re-exported)

DEFAULT_DB = "newsdesk.duckdb"

ARTICLE_COLUMNS = migrations.ARTICLE_COLUMNS
ARTICLE_ROW_COLUMNS = ("id", "seq", *ARTICLE_COLUMNS[1:])  # what `insert_articles` writes


def default_path() -> str:
    return os.environ.get("NEWSDESK_DB") or DEFAULT_DB


def article_row(a: Article, seq: int) -> tuple:
    """`a` as a row of the articles table, in ARTICLE_ROW_COLUMNS order (both backends write this row)."""
    return (a.id, seq, a.external_id, a.source, a.url, a.title, a.text, a.raw_text, a.published, a.published_evidence,
            a.page_date, a.lang, list(a.credits), json.dumps([[r.text, r.reason] for r in a.removed], ensure_ascii=False),
            a.ingested_at, a.path, json.dumps(a.metadata, ensure_ascii=False, default=str))


def new_article_rows(articles: Iterable[Article], stored: set[str], seq: int) -> list[tuple]:
    """The rows (`article_row`) of the articles whose id is not in `stored`, the first of each id, numbered on from
    `seq` (the store's highest): what both backends' `insert_articles` write."""
    rows, seen = [], set(stored)
    for a in articles:
        if a.id in seen:
            continue
        seen.add(a.id)
        seq += 1
        rows.append(article_row(a, seq))
    return rows


class Store(AnalysisTables):
    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.path = str(path) if path is not None else default_path()
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            # a read-only command on a mistyped path must not create (and then show) an empty store
            raise StoreError(f"{self.path}: no such store (check --db / NEWSDESK_DB, or create it with "
                             "`newsdesk ingest`)")
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.path, read_only=read_only and Path(self.path).exists())
            if migrations.pending(self.con):
                if read_only and Path(self.path).exists():  # an older store: reopen writable to migrate it once
                    self.con.close()
                    self.con = duckdb.connect(self.path)
                migrations.apply(self.con)
        except duckdb.Error as exc:
            if lock.is_lock_error(exc):  # another process writes: say who, and what to do (store/lock.py)
                raise lock.busy_error(exc) from None
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None
        self._in_tx = False

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- transactions -----------------------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._in_tx:
            yield self.con
            return
        self.con.begin()
        self._in_tx = True
        try:
            yield self.con
            self.con.commit()
        except BaseException:
            self._rollback()
            raise
        finally:
            self._in_tx = False

    def _rollback(self) -> None:
        self.con.rollback()

    def schema_version(self) -> int:
        done = migrations.applied(self.con)
        return max(done) if done else 0

    # --- articles ---------------------------------------------------------------------------------------------
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(set(ids))
        if not ids:
            return set()
        rows = self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()
        return {r[0] for r in rows}

    def insert_articles(self, articles: Sequence[Article]) -> int:
        """Insert articles not yet stored (by id); returns how many were new. Call inside `transaction()`."""
        if not articles:
            return 0
        seq0 = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        rows = new_article_rows(articles, self.existing_ids(a.id for a in articles), seq0)
        if rows:
            cols = [list(c) for c in zip(*rows, strict=True)]
            self.con.execute(f"INSERT INTO articles ({', '.join(ARTICLE_ROW_COLUMNS)}) "
                             f"SELECT {', '.join('unnest(?)' for _ in cols)}", cols)
        return len(rows)

    @staticmethod
    def _article(row) -> Article:
        (aid, external_id, source, url, title, text, raw_text, published, evidence, page_date, lang, credits,
         removed, ingested_at, path, metadata) = row
        return Article(
            id=aid, external_id=external_id, source=source, url=url, title=title, text=text, raw_text=raw_text,
            published=published, published_evidence=evidence, page_date=page_date, lang=lang,
            credits=tuple(credits or ()), removed=tuple(Removal(t, r) for t, r in json.loads(removed or "[]")),
            ingested_at=ingested_at, path=path, metadata=json.loads(metadata or "{}"))

    def articles(self, *, since: str | None = None, source: str | None = None, ids: Sequence[str] | None = None,
                 unprocessed: bool = False, limit: int | None = None, raw: bool = True) -> list[Article]:
        """Articles in ingest order; `raw=False` leaves `raw_text` empty (stages that read only the clean text)."""
        where, params = [], []
        if since:
            where.append("published >= ?")
            params.append(since)
        if source:
            where.append("lower(source) = lower(?)")
            params.append(source)
        if ids is not None:
            where.append("id IN (SELECT unnest(?))")
            params.append(list(ids))
        if unprocessed:
            where.append("NOT processed")
        cols = ARTICLE_COLUMNS if raw else tuple("'' AS raw_text" if c == "raw_text" else c for c in ARTICLE_COLUMNS)
        sql = f"SELECT {', '.join(cols)} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [self._article(r) for r in self.con.execute(sql, params).fetchall()]

    def find_article(self, key: str) -> Article | None:
        """By id, else by external id (the first stored one)."""
        for col in ("id", "external_id"):
            row = self.con.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {col} = ? "
                                   "ORDER BY seq LIMIT 1", [key]).fetchone()
            if row:
                return self._article(row)
        return None

    def article_refs(self, ids: Sequence[str] | None = None) -> dict[str, tuple]:
        """id -> (external_id, source, url, published, title), in ingest order, without the texts."""
        sql = "SELECT id, external_id, source, url, published, title FROM articles"
        params: list = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        return {r[0]: r[1:] for r in self.con.execute(sql + " ORDER BY seq", params).fetchall()}

    def article_order(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles ORDER BY seq").fetchall()]

    def mark_processed(self, ids: Sequence[str]) -> None:
        if ids:
            self.con.execute("UPDATE articles SET processed = TRUE WHERE id IN (SELECT unnest(?))", [list(ids)])

    def mark_all_unprocessed(self) -> None:
        self.con.execute("UPDATE articles SET processed = FALSE")

    # --- corpus line statistics (boilerplate evidence) ---------------------------------------------------------
    def line_stats(self, groups: Iterable[str]) -> list[tuple[str, str, int]]:
        groups = sorted(set(groups))
        if not groups:
            return []
        return self.con.execute("SELECT grp, line_key, docs FROM line_stats WHERE grp IN (SELECT unnest(?))",
                                [groups]).fetchall()

    def add_line_stats(self, rows: Sequence[tuple[str, str, int]]) -> None:
        """Add doc counts (increments) per (group, line key). Call inside `transaction()`."""
        if rows:
            merged: dict[tuple[str, str], int] = {}
            for grp, key, n in rows:
                merged[(grp, key)] = merged.get((grp, key), 0) + n
            cols = [[g for g, _ in merged], [k for _, k in merged], list(merged.values())]
            self.con.execute(
                "INSERT INTO line_stats SELECT unnest(?), unnest(?), unnest(?) ON CONFLICT (grp, line_key) "
                "DO UPDATE SET docs = line_stats.docs + excluded.docs", cols)

    # --- the pipeline: load a batch and its context, save a delta -----------------------------------------------
    PROCESSING_TABLES = ("minhash", "dup_pairs", "passage_spans", "ner_spans", "ner_sents", "vectors", "entities",
                         "mentions", "records")

    def unprocessed_ids(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT id FROM articles WHERE NOT processed ORDER BY seq").fetchall()]

    def load_batch(self, ids: Sequence[str]) -> list[Article]:
        """The articles of one processing chunk, in ingest order."""
        return self.articles(ids=ids)

    def reset_processing(self) -> None:
        """A full rebuild: every article unprocessed, every derived table, event and storyline gone."""
        with self.transaction():
            self.mark_all_unprocessed()
            for table in self.PROCESSING_TABLES:
                self.con.execute(f"DELETE FROM {table}")
            self.clear_events()

    def signatures(self) -> list[tuple[str, bytes]]:
        """(article id, MinHash signature bytes), in ingest order."""
        return self.con.execute("SELECT m.article_id, m.sig FROM minhash m JOIN articles a ON a.id = m.article_id "
                                "ORDER BY a.seq").fetchall()

    def published(self) -> dict[str, str | None]:
        """article id -> publication day, for every stored article."""
        return dict(self.con.execute("SELECT id, published FROM articles").fetchall())

    def event_rows(self) -> dict:
        """What the events stage reads (the fields of `events.build.EventInputs` but `rebuild`): every article
        without its raw text, the processed ids, vectors, NER spans, near-duplicate pairs, the ids already in an
        event, the stored events and every record by article."""
        import numpy as np

        spans: dict[str, list[tuple[str, str]]] = {}
        for aid, text, label in self.con.execute(
                "SELECT article_id, text, label FROM ner_spans ORDER BY article_id, i").fetchall():
            spans.setdefault(aid, []).append((text, label))
        processed = [r[0] for r in self.con.execute("SELECT id FROM articles WHERE processed ORDER BY seq").fetchall()]
        return {
            "articles": self.articles(raw=False), "processed": processed,
            "vectors": [(aid, np.frombuffer(v, dtype=np.float32))
                        for aid, v in self.con.execute("SELECT article_id, vec FROM vectors").fetchall()],
            "spans": spans, "dup_pairs": self.dup_pairs(),
            "assigned": {r[0] for r in self.con.execute("SELECT article_id FROM event_articles").fetchall()},
            "events": self.events(), "records": self.records_by_article(processed),
        }

    def event_inputs(self, max_gap_days: float, *, rebuild: bool = False) -> dict:
        """`event_rows`, but only the time window an incremental update can touch (issue 13; SCALE), so its cost
        follows the window, not the store: the new articles (processed, in no event); the events with an article
        dated within `max_gap_days` of a new article's day, or with an undated article (`events.assign.near`
        picks among these); closed over near-duplicate groups (every pair of a loaded article, and the events of
        the articles so reached, until nothing is added: copies, their originals and borrowed features are whole);
        and those events' and articles' vectors, spans, records. The other events come without members
        (`outside`) with their stored `storylines.summary` (`summaries`); `taken`: every stored event id.
        The whole store (`event_rows`) on a rebuild, an empty store, an undated new article (it may join any
        event), or while an event has no stored summary (a store from before migration 4)."""
        from newsdesk.store.window import event_inputs

        out = event_inputs(self, max_gap_days, rebuild=rebuild)
        if "taken" in out:  # a window: storylines are updated from the stored link graph (`story_state`)
            out["story"] = self.story_state([e.id for e in out["events"]])
        return out

    def story_state(self, event_ids: Sequence[str]) -> dict | None:
        """What `storylines.update` reads of the stored link graph: `params` (the settings its candidate pairs were
        weighed with), `clock` (the drift clock), `graph` (`store.stories.StoredLinks`: the stored candidate pairs,
        read by query, never all at once), `summaries`: the stored summaries of `event_ids` (the events an update
        re-summarises). None while nothing is stored (a store from before migration 6: the next update links
        everything)."""
        from newsdesk.store.stories import story_state

        return story_state(self, event_ids)

    def save(self, delta) -> int:
        """Write what one pipeline run computed (`pipeline.Delta`) in one transaction; returns how many new
        articles were stored."""
        import numpy as np

        stored = 0
        if delta.vectors:
            self._check_vectors(delta)
        with self.transaction():
            if delta.articles or delta.line_stats:
                stored = self.insert_articles(delta.articles)
                self.add_line_stats(delta.line_stats)
            if delta.processed:
                self.insert("minhash", delta.signatures, replace=True)
                self.insert("dup_pairs", delta.dup_pairs, replace=True)
                self.insert("passage_spans", delta.passage_rows, replace=True)
                self.insert("ner_spans", [(aid, i, s.text, s.label, s.start, s.end, s.sent)
                                          for aid, p in delta.parsed.items() for i, s in enumerate(p.ents)],
                            replace=True)
                self.insert("ner_sents", [(aid, json.dumps([list(s) for s in p.sents]))
                                          for aid, p in delta.parsed.items()], replace=True)
                self.insert("vectors", [(aid, delta.vector_model, np.asarray(v, dtype=np.float32).tobytes())
                                        for aid, v in delta.vectors.items()], replace=True)
                self.upsert_entities(delta.entities)
                self.insert_mentions(delta.mentions)
                self.insert_records([(aid, r) for aid, recs in delta.records.items() for r in recs])
                self.mark_processed(delta.processed)
            if delta.events is not None:
                self.replace_events(delta.events, drop_ids=delta.dropped)
                if getattr(delta, "storylines_removed", None) is None:
                    self.replace_storylines(delta.storylines)
                else:  # a diff (`storylines.update`)
                    self.update_storylines(delta.storylines, delta.storylines_removed)
                if getattr(delta, "story_links", None) is not None:
                    self.save_story_links(delta.story_links)
                self.replace_event_summaries(getattr(delta, "summaries", {}), drop_ids=delta.dropped)
                self.insert("event_docs", [(aid, src, version, blob) for aid, (src, version, blob)  # bytes: pack_doc
                                           in sorted(getattr(delta, "doc_cache", {}).items())], replace=True)
        return stored

    def _check_vectors(self, delta) -> None:
        """A store's vectors are compared with each other (events, copies), so they must all come from one
        embedder: StoreError, before anything is written, when the new ones have another dimension."""
        import numpy as np

        row = self.con.execute("SELECT model, vec FROM vectors LIMIT 1").fetchone()
        if row is None:
            return
        have = len(row[1]) // np.dtype(np.float32).itemsize
        new = len(next(iter(delta.vectors.values())))
        if new != have:
            raise StoreError(
                f"{self.path}: this store's vectors have {have} dimensions (embedder {row[0]!r}) and this run's "
                f"embedder {delta.vector_model!r} gives {new}: use the store's embedder (NEWSDESK_EMBEDDER="
                f"{row[0]}) or re-embed every article with `newsdesk rebuild`")

    # --- near-duplicates and passages ---------------------------------------------------------------------------
    def dup_pairs(self) -> list[tuple[str, str, float]]:
        """Every stored near-duplicate pair (earlier article, later article, estimated Jaccard)."""
        return self.con.execute("SELECT a, b, similarity FROM dup_pairs").fetchall()

    def passage_spans(self, *, shared_only: bool = False) -> list[tuple[str, str, int, int]]:
        """(passage key, article id, start, end) rows; `shared_only`: keys carried by >= 2 articles."""
        sql = "SELECT hash, article_id, start_char, end_char FROM passage_spans"
        if shared_only:
            sql += (" WHERE hash IN (SELECT hash FROM passage_spans GROUP BY hash "
                    "HAVING count(DISTINCT article_id) >= 2)")
        return self.con.execute(sql).fetchall()

    def counts(self) -> dict[str, int]:
        """What the store holds, counted (the figures `newsdesk stats` prints)."""
        one = lambda sql: self.con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "articles": self.count("articles"),
            "dated": one("SELECT count(*) FROM articles WHERE published IS NOT NULL"),
            "unprocessed": one("SELECT count(*) FROM articles WHERE NOT processed"),
            "near_duplicate_pairs": self.count("dup_pairs"),
            "passages": one("SELECT count(*) FROM (SELECT hash FROM passage_spans GROUP BY hash "
                            "HAVING count(DISTINCT article_id) >= 2) AS shared"),  # alias: PostgreSQL needs it
            "events": self.count("events"), "storylines": self.count("storylines"),
            "entities": self.count("entities"), "records": self.count("records"),
        }

    def source_counts(self) -> dict[str, int]:
        """source (or "(none)") -> article count, most first."""
        return dict(self.con.execute("SELECT coalesce(source, '(none)'), count(*) FROM articles GROUP BY 1 "
                                     "ORDER BY 2 DESC").fetchall())

    # --- generic helpers for the processing tables -------------------------------------------------------------
    def rows(self, sql: str, params: Sequence | None = None) -> list[tuple]:
        return self.con.execute(sql, params or []).fetchall()

    def insert(self, table: str, rows: Sequence[Sequence], *, replace: bool = False) -> None:
        """Bulk insert: one statement over column lists (DuckDB's executemany goes row by row, ~20x slower)."""
        if not rows:
            return
        cols = [list(c) for c in zip(*rows, strict=True)]
        verb = "INSERT OR REPLACE" if replace else "INSERT OR IGNORE"
        self.con.execute(f"{verb} INTO {table} SELECT {', '.join('unnest(?)' for _ in cols)}", cols)

    def delete_where_in(self, table: str, column: str, values: Sequence[str]) -> None:
        if values:
            self.con.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?))", [list(values)])

    def count(self, table: str) -> int:
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    # --- events and storylines ---------------------------------------------------------------------------------
    def events(self, ids: Sequence[str] | None = None) -> list[Event]:
        """Stored events (members in ingest order), by day then id; `ids`: only these."""
        members: dict[str, list[str]] = {}
        where, params = ("", []) if ids is None else (" WHERE ea.event_id IN (SELECT unnest(?))", [list(ids)])
        for eid, aid in self.con.execute(
                "SELECT ea.event_id, ea.article_id FROM event_articles ea JOIN articles a ON a.id = ea.article_id"
                f"{where} ORDER BY a.seq", params).fetchall():
            members.setdefault(eid, []).append(aid)
        out = []
        for eid, title, date, place, first, last, sid in self.con.execute(
                "SELECT id, title, date, place, first_seen, last_seen, storyline_id FROM events"
                + ("" if ids is None else " WHERE id IN (SELECT unnest(?))"), params).fetchall():
            out.append(Event(eid, title or "", date, tuple(members.get(eid, ())), place, sid, first, last))
        out.sort(key=lambda e: (e.date or e.first_seen or "9999", e.id))
        return out

    def replace_events(self, events: Sequence[Event], *, drop_ids: Sequence[str] = ()) -> None:
        """Write events (new or changed) and their membership; events in `drop_ids` are removed."""
        gone = list(drop_ids) + [e.id for e in events]
        self.delete_where_in("event_articles", "event_id", gone)
        self.delete_where_in("events", "id", gone)
        self.insert("events", [(e.id, e.title, e.date, e.place, e.first_seen, e.last_seen, e.storyline_id)
                               for e in events])
        arts = [(e.id, a) for e in events for a in e.article_ids]
        self.delete_where_in("event_articles", "article_id", [a for _, a in arts])
        self.insert("event_articles", arts)

    def set_event_fields(self, event_id: str, **fields) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.con.execute(f"UPDATE events SET {cols} WHERE id = ?", [*fields.values(), event_id])

    def replace_event_summaries(self, summaries, *, drop_ids: Sequence[str] = ()) -> None:
        """event id -> (centroid or None, participants) (`storylines.summary`); the summaries of `drop_ids` go."""
        import numpy as np

        self.delete_where_in("event_summaries", "event_id", list(drop_ids))
        self.insert("event_summaries", [(eid, None if c is None else np.asarray(c, dtype=np.float32).tobytes(),
                                         sorted(p)) for eid, (c, p) in sorted(summaries.items())], replace=True)

    def clear_events(self) -> None:
        for t in ("event_articles", "events", "storyline_events", "storylines", "event_summaries", "event_docs",
                  "story_links", "story_link_state"):
            self.con.execute(f"DELETE FROM {t}")

    def storylines(self) -> list[Storyline]:
        members: dict[str, list[str]] = {}
        for sid, eid in self.con.execute(
                "SELECT storyline_id, event_id FROM storyline_events ORDER BY storyline_id, pos").fetchall():
            members.setdefault(sid, []).append(eid)
        return [Storyline(sid, title or "", tuple(members.get(sid, ())))
                for sid, title in self.con.execute("SELECT id, title FROM storylines ORDER BY id").fetchall()]

    def replace_storylines(self, storylines: Sequence[Storyline]) -> None:
        """Every stored storyline replaced by `storylines` (and each event's storyline_id set)."""
        from newsdesk.store.stories import replace_storylines

        replace_storylines(self, storylines)

    def update_storylines(self, storylines: Sequence[Storyline], removed: Sequence[str]) -> None:
        """A diff: the storylines `removed` go (their events' storyline_id cleared), `storylines` are written (over
        any stored one with the same id); the others stay."""
        from newsdesk.store.stories import update_storylines

        update_storylines(self, storylines, removed)

    def save_story_links(self, links) -> None:
        """The stored link graph of storylines (`storylines.LinkRows`: all pairs, or those of changed events)."""
        from newsdesk.store.stories import save_story_links

        save_story_links(self, links)
