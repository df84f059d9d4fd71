"""The PostgreSQL store: the DuckDB store's typed methods on a server, same results on both backends.

Tests taking `db_url` run once per backend (DuckDB file; PostgreSQL schema where NEWSDESK_TEST_PG is set, as
`bash .ci/run` does); `pg_url` tests are PostgreSQL-only. The SQL translation tests need no server.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Article, Entity, Event, Mention, Record, Removal, Storyline
from newsdesk.store import Store, migrations, open_store
from newsdesk.store import postgres as pg


def art(i: int, **kw) -> Article:
    base = {"id": f"a{i}", "external_id": f"e{i}", "source": "S", "url": None, "title": f"T{i}",
            "text": f"text {i} with 100% of it", "raw_text": f"raw {i}?", "published": "2021-03-05",
            "published_evidence": "header", "page_date": None, "lang": "en", "credits": ("with agency inputs",),
            "removed": (Removal("ADVERTISEMENT", "ad"), Removal("Tab\tand \\ back", "junk")),
            "ingested_at": "2026-01-01T00:00:00+00:00", "path": "p.txt",
            "metadata": {"k": [1, 2], "quote": "it's \"x\"", "nl": "a\nb"}}
    base.update(kw)
    return Article(**base)


def rec(rid: str, aid: str) -> Record:
    return Record(rid, None, "Wang Yi", "CN", "CONSULT", "Jaishankar", "IN", "Beijing", "2024-01-02", None,
                  f"evidence {rid}", (aid,))


# --- translation (no server) --------------------------------------------------------------------------------------
def test_store_postgres_translate_params_id_lists_and_percent():
    assert pg.translate("SELECT id FROM articles WHERE id IN (SELECT unnest(?)) AND x LIKE '5%'") == \
        "SELECT id FROM articles WHERE id = ANY(%s::text[]) AND x LIKE '5%%'"
    assert pg.translate("UPDATE t SET a = ? WHERE id IN (SELECT unnest(?))") == \
        "UPDATE t SET a = %s WHERE id = ANY(%s::text[])"


def test_store_postgres_translate_ddl_types_only_in_ddl():
    ddl = pg.translate("CREATE TABLE m (a VARCHAR PRIMARY KEY, s BLOB, d DOUBLE NOT NULL, l VARCHAR[], "
                       "p DOUBLE PRECISION)")
    assert ddl == ('CREATE TABLE m (a TEXT COLLATE "C" PRIMARY KEY, s BYTEA, d DOUBLE PRECISION NOT NULL, '
                   'l TEXT[], p DOUBLE PRECISION)')
    assert pg.translate("SELECT 'BLOB' FROM t") == "SELECT 'BLOB' FROM t"


def test_store_postgres_translate_refuses_duckdb_upserts():
    with pytest.raises(StoreError, match="Store.insert"):
        pg.translate("INSERT OR REPLACE INTO t SELECT 1")


def test_store_postgres_redacts_password():
    assert pg.redact("postgresql://u:secret@127.0.0.1:5432/db?options=x") == "postgresql://u:***@127.0.0.1:5432/db?options=x"
    assert pg.redact("postgresql:///db") == "postgresql:///db"


def test_store_open_store_picks_backend_by_url(tmp_path):
    with open_store(str(tmp_path / "x.duckdb")) as s:
        assert type(s) is Store
    with pytest.raises(StoreError, match=r"cannot open store") as exc:
        open_store("postgresql://nobody:pw@127.0.0.1:1/none")
    assert "pw" not in str(exc.value)


# --- both backends ------------------------------------------------------------------------------------------------
def test_store_postgres_migrations_recorded_like_duckdb(db_url):
    with open_store(db_url) as s:
        assert s.schema_version() == max(m.version for m in migrations.MIGRATIONS)
        assert s.rows("SELECT version, name FROM schema_migrations ORDER BY version") == \
            [(m.version, m.name) for m in migrations.MIGRATIONS]
    with open_store(db_url) as s:  # re-opening applies nothing
        assert s.count("schema_migrations") == len(migrations.MIGRATIONS)


def test_store_postgres_article_round_trip_and_idempotent_insert(db_url):
    with open_store(db_url) as s:
        with s.transaction():
            assert s.insert_articles([art(1), art(2)]) == 2
        with s.transaction():
            assert s.insert_articles([art(2), art(3), art(3)]) == 1
        assert [a.id for a in s.articles()] == ["a1", "a2", "a3"]
        assert s.articles(ids=["a2"])[0] == art(2)
        assert s.articles(ids=[]) == []
        assert s.find_article("e3").id == "a3" and s.find_article("nope") is None
        assert s.existing_ids(["a1", "zz"]) == {"a1"}
        assert [a.id for a in s.articles(unprocessed=True)] == ["a1", "a2", "a3"]
        s.mark_processed(["a2"])
        assert [a.id for a in s.articles(unprocessed=True)] == ["a1", "a3"]


def test_store_postgres_transaction_rolls_back_whole_batch(db_url):
    with open_store(db_url) as s:
        with pytest.raises(RuntimeError), s.transaction():
            s.insert_articles([art(1)])
            s.add_line_stats([("g", "k", 1)])
            raise RuntimeError("killed mid-batch")
        assert s.count("articles") == 0 and s.count("line_stats") == 0


def test_store_postgres_line_stats_accumulate(db_url):
    with open_store(db_url) as s:
        with s.transaction():
            s.add_line_stats([("g", "k", 2), ("g", "j", 1), ("g", "k", 1)])
        with s.transaction():
            s.add_line_stats([("g", "k", 3)])
        assert sorted(s.line_stats(["g"])) == [("g", "j", 1), ("g", "k", 6)]


def test_store_postgres_processing_tables_replace_and_ignore(db_url):
    sig = np.arange(8, dtype=np.uint32)
    with open_store(db_url) as s, s.transaction():
        s.insert("minhash", [("a1", sig.tobytes())], replace=True)
        s.insert("minhash", [("a1", (sig + 1).tobytes()), ("a2", sig.tobytes())], replace=True)  # a1 replaced
        s.insert("dup_pairs", [("a1", "a2", 0.5)])
        s.insert("dup_pairs", [("a1", "a2", 0.9)])  # ignored: the pair is stored
        s.insert("ner_sents", [("a1", json.dumps([[0, 5]]))])
        assert np.array_equal(np.frombuffer(s.rows("SELECT sig FROM minhash WHERE article_id = 'a1'")[0][0], dtype=np.uint32), sig + 1)
        assert s.rows("SELECT a, b, similarity FROM dup_pairs") == [("a1", "a2", 0.5)]
        assert s.rows("SELECT sents FROM ner_sents") == [("[[0, 5]]",)]


def test_store_postgres_events_storylines_entities_records(db_url):
    with open_store(db_url) as s:
        with s.transaction():
            s.insert_articles([art(i, published=f"2021-03-0{i}") for i in (1, 2, 3)])
            s.replace_events([Event("e1", "One", "2021-03-01", ("a1", "a2"), "Delhi", None, "2021-03-01",
                                    "2021-03-02"), Event("e2", "Two", None, ("a3",))])
            s.replace_storylines([Storyline("s1", "Story", ("e1", "e2"))])
            s.upsert_entities([Entity("p1", "Lloyd Austin", "PERSON", ("Austin",), ("Secretary",), (), "United "
                                      "States", "US"), Entity("p2", "Delhi", "GPE")])
            s.upsert_entities([Entity("p2", "New Delhi", "GPE", country_code="IN")])
            s.insert_mentions([Mention("p1", "a1", "Austin", 0, 6), Mention("p2", "a2", "Delhi", 3, 8),
                               Mention("p1", "a3", "Lloyd Austin", 1, 13)])
            s.insert_records([("a2", rec("r3", "a2")), ("a1", rec("r2", "a1")), ("a1", rec("r1", "a1"))])
        evs = {e.id: e for e in s.events()}
        assert evs["e1"].article_ids == ("a1", "a2") and evs["e1"].storyline_id == "s1"
        assert evs["e2"].storyline_id == "s1" and evs["e2"].date is None
        assert s.storylines() == [Storyline("s1", "Story", ("e1", "e2"))]
        ents = {e.id: e for e in s.entities()}
        assert ents["p1"].aliases == ("Austin",) and ents["p1"].article_ids == ("a1", "a3")
        assert ents["p2"].name == "New Delhi" and ents["p2"].country_code == "IN"
        assert [m.text for m in s.mentions(["a1", "a3"])] == ["Austin", "Lloyd Austin"]
        got = s.records_by_article(["a1", "a2", "a9"])
        assert {k: [r.id for r in v] for k, v in got.items()} == {"a1": ["r1", "r2"], "a2": ["r3"]}
        assert got["a1"][0].sources == ("a1",)
        with s.transaction():  # e1 loses a2 to a new event; e2 is dropped
            s.replace_events([Event("e3", "Three", None, ("a2",))], drop_ids=["e2"])
        assert {e.id: e.article_ids for e in s.events()} == {"e1": ("a1",), "e3": ("a2",)}


def test_store_postgres_same_reads_as_duckdb(tmp_path, pg_url):
    """One batch written to both backends reads back identically through every typed read."""
    arts = [art(i, source=src, published=day, title=title) for i, (src, day, title) in enumerate([
        ("B", "2021-03-05", "b"), ("a", None, "Z"), ("B", "2020-01-01", "é"), ("_", "2021-03-05", "A")])]
    got = []
    for db in (str(tmp_path / "x.duckdb"), pg_url):
        with open_store(db) as s:
            with s.transaction():
                s.insert_articles(arts)
                s.insert_records([(a.id, rec(f"r{a.id}", a.id)) for a in arts])
            got.append((s.articles(), s.articles(since="2021-01-01"), s.articles(source="b"),
                        s.article_refs(), s.article_order(), s.records([a.id for a in arts])))
    assert got[0] == got[1]


# --- PostgreSQL only ----------------------------------------------------------------------------------------------
def test_store_postgres_two_processes_migrate_once(pg_url):
    code = "import sys; from newsdesk.store import open_store; open_store(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, pg_url], stderr=subprocess.PIPE) for _ in range(3)]
    assert [p.wait(60) for p in procs] == [0, 0, 0], [p.stderr.read() for p in procs]
    with open_store(pg_url) as s:
        assert s.count("schema_migrations") == len(migrations.MIGRATIONS)


def test_store_postgres_failed_migration_rolls_back(pg_url, monkeypatch):
    def boom(c):
        c.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:1], migrations.Migration(99, "boom", boom)])
    with pytest.raises(RuntimeError):
        open_store(pg_url)
    monkeypatch.undo()
    with open_store(pg_url) as s:  # the first migration stayed; the failed one left nothing
        assert s.rows("SELECT to_regclass('half')") == [(None,)]
        assert s.schema_version() == max(m.version for m in migrations.MIGRATIONS)


def test_store_postgres_retried_batch_after_lost_connection_is_idempotent(pg_url):
    with open_store(pg_url) as s, s.transaction():
        s.insert_articles([art(1), art(2)])
    import psycopg

    s = open_store(pg_url)
    with pytest.raises(psycopg.OperationalError), s.transaction():
        s.insert_articles([art(3)])
        s.con.raw.close()  # the connection dies before COMMIT: the batch is lost whole
    with open_store(pg_url) as s2:
        assert s2.count("articles") == 2
        with s2.transaction():  # the retried batch: stored rows skipped, the lost one added, seq continues
            assert s2.insert_articles([art(2), art(3)]) == 1
        assert s2.rows("SELECT id, seq FROM articles ORDER BY seq") == [("a1", 1), ("a2", 2), ("a3", 3)]


def _jsonl(path, n: int, start: int = 0) -> None:
    with open(path, "w") as fh:
        for i in range(start, start + n):
            fh.write(json.dumps({"id": f"r{i}", "title": f"Story {i}", "source": f"S{i % 3}", "date": "2021-03-05",
                                 "text": f"Report number {i} says that item {i} happened in town {i % 7}.\n"
                                         f"A second line about {i * 13} people."}) + "\n")


def test_store_postgres_kill_9_mid_ingest_then_rerun_stores_each_record_once(tmp_path, pg_url):
    """kill -9 during `newsdesk ingest --db postgresql://...`, then the same ingest again: every record once."""
    src = tmp_path / "in.jsonl"
    total = 5000
    _jsonl(src, total)
    env = {**os.environ, "NEWSDESK_DB": pg_url}
    cmd = [sys.executable, "-m", "newsdesk.cli", "ingest", "--no-process", str(src)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    with open_store(pg_url) as s:
        while s.count("articles") == 0 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = s.count("articles")
    assert 0 < partial < total, "the kill must land mid-ingest"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with open_store(pg_url) as s:
        ids = [r[0] for r in s.rows("SELECT external_id FROM articles")]
        seqs = [r[0] for r in s.rows("SELECT seq FROM articles ORDER BY seq")]
    assert sorted(ids) == sorted(f"r{i}" for i in range(total))
    assert seqs == list(range(1, total + 1))


def test_store_postgres_engine_same_exports_as_duckdb(tmp_path, pg_url):
    """The whole pipeline (ingest, dedup, NER, entities, records, events, storylines) on PostgreSQL gives the
    DuckDB run's exports, then an incremental second ingest and a rebuild still agree."""
    from pathlib import Path

    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.model import to_json
    from newsdesk.store import queries

    corpus = Path(__file__).resolve().parent.parent / "examples" / "corpus"

    def export(store) -> str:
        arts = [{k: v for k, v in to_json(a).items() if k != "ingested_at"} for a in queries.articles(store)]
        evs = [queries.event(store, e["id"]) for e in queries.events(store)]
        stats = {k: v for k, v in queries.stats(store).items() if k != "db"}
        return json.dumps({"articles": arts, "events": evs, "entities": queries.entities(store),
                           "storylines": queries.storylines(store), "stats": stats}, sort_keys=True)

    got = []
    for db in (str(tmp_path / "x.duckdb"), pg_url):
        eng = Engine(open_store(db), embedder=HashEmbedder())
        eng.ingest([str(corpus / "jsonl" / "airbus.jsonl")])
        first = export(eng.store)
        eng.ingest([str(corpus / "json")])
        second = export(eng.store)
        eng.process(rebuild=True)
        got.append((first, second, export(eng.store)))
        eng.store.close()
    assert json.loads(got[0][1])["stats"]["events"] > 5
    assert got[0] == got[1]
