"""Recorded schema migrations for the DuckDB store.

Each migration is a named, numbered function registered with `@migration(version, name)`. `apply()` runs the
pending ones in order, each in one transaction together with the `schema_migrations` row that records it, so a
crash leaves the schema either before or after a migration, never half-way. `pending()` only reads.
Registering a version or a name twice is an error (checked at import).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import duckdb

# the articles table's columns in the order the store reads them (Store._article's row layout)
ARTICLE_COLUMNS = ("id", "external_id", "source", "url", "title", "text", "raw_text", "published",
                   "published_evidence", "page_date", "lang", "credits", "removed", "ingested_at", "path", "metadata")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    fn: Callable[[duckdb.DuckDBPyConnection], None]


MIGRATIONS: list[Migration] = []


def migration(version: int, name: str):
    def register(fn):
        if any(m.version == version or m.name == name for m in MIGRATIONS):
            raise ValueError(f"migration {version} {name!r} registered twice")
        MIGRATIONS.append(Migration(version, name, fn))
        MIGRATIONS.sort(key=lambda m: m.version)
        return fn

    return register


def _ensure_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at VARCHAR NOT NULL)"
    )


def applied(con: duckdb.DuckDBPyConnection) -> list[int]:
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if "schema_migrations" not in tables:
        return []
    return [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()]


def pending(con: duckdb.DuckDBPyConnection) -> list[Migration]:
    done = set(applied(con))
    return [m for m in MIGRATIONS if m.version not in done]


def apply(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every pending migration; returns the names applied."""
    todo = pending(con)
    if not todo:
        return []
    _ensure_table(con)
    names = []
    for m in todo:
        con.begin()
        try:
            m.fn(con)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(UTC).isoformat(timespec="seconds")])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        names.append(m.name)
    return names


@migration(1, "articles")
def _articles(con):
    con.execute("""
        CREATE TABLE articles (
            id VARCHAR PRIMARY KEY,
            seq BIGINT NOT NULL,               -- ingest order
            external_id VARCHAR NOT NULL,
            source VARCHAR, url VARCHAR, title VARCHAR,
            text VARCHAR NOT NULL, raw_text VARCHAR NOT NULL,
            published VARCHAR, published_evidence VARCHAR, page_date VARCHAR,
            lang VARCHAR, credits VARCHAR[], removed JSON,
            ingested_at VARCHAR NOT NULL, path VARCHAR, metadata JSON,
            processed BOOLEAN NOT NULL DEFAULT FALSE
        )""")
    con.execute("CREATE INDEX articles_external ON articles (external_id)")
    # corpus evidence for boilerplate: in how many documents of a group (source/folder) a normalised line occurs
    con.execute("""
        CREATE TABLE line_stats (
            grp VARCHAR NOT NULL, line_key VARCHAR NOT NULL, docs BIGINT NOT NULL,
            PRIMARY KEY (grp, line_key)
        )""")


@migration(2, "processing")
def _processing(con):
    # near-duplicates: MinHash signatures and detected pairs (groups are derived from pairs on read)
    con.execute("CREATE TABLE minhash (article_id VARCHAR PRIMARY KEY, sig BLOB NOT NULL)")
    con.execute("""
        CREATE TABLE dup_pairs (a VARCHAR NOT NULL, b VARCHAR NOT NULL, similarity DOUBLE NOT NULL,
                                PRIMARY KEY (a, b))""")
    # re-used passages: one row per occurrence; a passage is a hash seen in >= 2 articles
    con.execute("""
        CREATE TABLE passage_spans (hash VARCHAR NOT NULL, article_id VARCHAR NOT NULL,
                                    start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
                                    PRIMARY KEY (hash, article_id, start_char))""")
    con.execute("""
        CREATE TABLE ner_spans (article_id VARCHAR NOT NULL, i INTEGER NOT NULL, text VARCHAR NOT NULL,
                                label VARCHAR NOT NULL, start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
                                sent INTEGER NOT NULL, PRIMARY KEY (article_id, i))""")
    con.execute("CREATE TABLE ner_sents (article_id VARCHAR PRIMARY KEY, sents JSON NOT NULL)")
    # float32 vectors as raw bytes (dim = len / 4): ~7x faster to write than FLOAT[] from Python
    con.execute("CREATE TABLE vectors (article_id VARCHAR PRIMARY KEY, model VARCHAR NOT NULL, vec BLOB NOT NULL)")
    con.execute("""
        CREATE TABLE events (id VARCHAR PRIMARY KEY, title VARCHAR, date VARCHAR, place VARCHAR,
                             first_seen VARCHAR, last_seen VARCHAR, storyline_id VARCHAR)""")
    con.execute("""
        CREATE TABLE event_articles (event_id VARCHAR NOT NULL, article_id VARCHAR PRIMARY KEY)""")
    con.execute("CREATE TABLE storylines (id VARCHAR PRIMARY KEY, title VARCHAR)")
    con.execute("""
        CREATE TABLE storyline_events (storyline_id VARCHAR NOT NULL, event_id VARCHAR PRIMARY KEY,
                                       pos INTEGER NOT NULL)""")
    con.execute("""
        CREATE TABLE entities (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, type VARCHAR NOT NULL,
                               aliases VARCHAR[], titles VARCHAR[], roles VARCHAR[],
                               country VARCHAR, country_code VARCHAR)""")
    con.execute("""
        CREATE TABLE mentions (entity_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, text VARCHAR NOT NULL,
                               start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
                               PRIMARY KEY (article_id, start_char, end_char))""")
    con.execute("CREATE INDEX mentions_entity ON mentions (entity_id)")
    # article-level PLOVER records (event_id NULL); events merge them on read
    con.execute("""
        CREATE TABLE records (id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL,
                              actor VARCHAR, actor_country VARCHAR, action VARCHAR NOT NULL,
                              target VARCHAR, target_country VARCHAR, place VARCHAR, date VARCHAR,
                              context VARCHAR, evidence VARCHAR, sources VARCHAR[])""")
    con.execute("CREATE INDEX records_article ON records (article_id)")


@migration(3, "record_entities")
def _record_entities(con):
    # issue 10: which entities a record's actor and target are (never equal), the trigger's character span in its
    # first source article, and why an entity has its country (a JSON list of CountryEvidence). Added at the end
    # of each table: bulk writes give the columns in table order.
    con.execute("ALTER TABLE records ADD COLUMN actor_id VARCHAR")
    con.execute("ALTER TABLE records ADD COLUMN target_id VARCHAR")
    con.execute("ALTER TABLE records ADD COLUMN span_start INTEGER")
    con.execute("ALTER TABLE records ADD COLUMN span_end INTEGER")
    con.execute("ALTER TABLE entities ADD COLUMN country_evidence JSON")


@migration(4, "event_summaries")
def _event_summaries(con):
    # issue 13 (SCALE): what storyline linking reads of each event (centroid float32 bytes, NULL without vectors;
    # salient participants), so an incremental update links the events outside its time window without loading
    # their articles (Store.event_inputs)
    con.execute("""
        CREATE TABLE event_summaries (event_id VARCHAR PRIMARY KEY, centroid BLOB, participants VARCHAR[])""")


@migration(5, "event_docs")
def _event_docs(con):
    # issue 13 (SCALE): an article's clustering features as events.make_doc built them (entities, words, names,
    # instance keys as JSON), from which source article (a copy borrows its original's) and by which code version
    # (events.build.DOC_VERSION): an incremental update reuses them instead of rebuilding a year of articles
    con.execute("""
        CREATE TABLE event_docs (article_id VARCHAR PRIMARY KEY, src VARCHAR NOT NULL, version VARCHAR NOT NULL,
                                 doc JSON NOT NULL)""")


@migration(6, "story_links")
def _story_links(con):
    # issue 12 (storylines incremental): the candidate pairs of storyline linking (a < b: cosine and a shared
    # participant, `storylines.update`) and whether each is linked, so an update searches pairs only for the events
    # that changed; story_link_state: the settings they were found with (one row; none: recompute all)
    con.execute("CREATE TABLE story_links (a VARCHAR NOT NULL, b VARCHAR NOT NULL, linked BOOLEAN NOT NULL, "
                "PRIMARY KEY (a, b))")
    con.execute("CREATE INDEX story_links_b ON story_links (b)")
    con.execute("CREATE TABLE story_link_state (id INTEGER PRIMARY KEY, params VARCHAR NOT NULL)")


@migration(7, "event_docs_binary")
def _event_docs_binary(con):
    # issue 13 (SCALE): the stored clustering features as bytes (`events.features.pack_doc`: int32 lengths and
    # counts, NUL-separated strings) instead of JSON, whose decoding was most of loading a window (0.47 of 1.7 CPU s at 10k). The
    # JSON rows are dropped, not converted: the table is a cache keyed by the features code's version
    # (events.build.DOC_VERSION), which the change of format itself moved, so every stored row was stale
    con.execute("DROP TABLE event_docs")
    con.execute("""
        CREATE TABLE event_docs (article_id VARCHAR PRIMARY KEY, src VARCHAR NOT NULL, version VARCHAR NOT NULL,
                                 doc BLOB NOT NULL)""")


@migration(8, "story_link_recheck")
def _story_link_recheck(con):
    # issue 12 (storylines flat in the store's size): per candidate pair the drift clock value at which its weight
    # could have crossed the link threshold (an update re-weighs only the pairs due, `storylines.update`), the
    # store's clock; pairs stored before have none: the next update recomputes all (storylines.params "v2")
    con.execute("ALTER TABLE story_links ADD COLUMN recheck DOUBLE")
    # no index on recheck: DuckDB cannot INSERT OR REPLACE a row whose indexed non-key column changes (a scan of
    # one DOUBLE column is milliseconds)
    con.execute("ALTER TABLE story_link_state ADD COLUMN clock DOUBLE")
