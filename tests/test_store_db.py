"""Store: recorded migrations, transactional batches, idempotent inserts, article round trip."""

import duckdb
import pytest

from newsdesk.model import Article, Removal
from newsdesk.store import Store, migrations


def art(i: int, **kw) -> Article:
    base = {
        "id": f"a{i}",
        "external_id": f"e{i}",
        "source": "S",
        "url": None,
        "title": f"T{i}",
        "text": f"text {i}",
        "raw_text": f"raw {i}",
        "published": "2021-03-05",
        "published_evidence": "header",
        "page_date": None,
        "lang": "en",
        "credits": ("with agency inputs",),
        "removed": (Removal("ADVERTISEMENT", "ad"),),
        "ingested_at": "2026-01-01T00:00:00+00:00",
        "path": "p.txt",
        "metadata": {"k": [1, 2]},
    }
    base.update(kw)
    return Article(**base)


def test_store_migrations_recorded_once(tmp_path):
    db = tmp_path / "x.duckdb"
    with Store(db) as s:
        assert s.schema_version() == max(m.version for m in migrations.MIGRATIONS)
        rows = s.rows("SELECT version, name FROM schema_migrations ORDER BY version")
        assert rows == [(m.version, m.name) for m in migrations.MIGRATIONS]
    with Store(db) as s:  # re-opening applies nothing
        assert len(s.rows("SELECT * FROM schema_migrations")) == len(migrations.MIGRATIONS)
        assert migrations.pending(s.con) == []


def test_store_pending_is_read_only():
    con = duckdb.connect(":memory:")
    assert [m.version for m in migrations.pending(con)] == [m.version for m in migrations.MIGRATIONS]
    assert con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0] == 0


def test_store_migration_registered_twice_is_an_error():
    with pytest.raises(ValueError, match="registered twice"):
        migrations.migration(1, "again")(lambda con: None)


def test_store_failed_migration_rolls_back(monkeypatch):
    con = duckdb.connect(":memory:")

    def boom(c):
        c.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.Migration(1, "boom", boom)])
    with pytest.raises(RuntimeError):
        migrations.apply(con)
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert "half" not in tables
    assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == 0


def test_store_article_round_trip_and_idempotent_insert(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        with s.transaction():
            assert s.insert_articles([art(1), art(2)]) == 2
        with s.transaction():
            assert s.insert_articles([art(2), art(3), art(3)]) == 1
        assert [a.id for a in s.articles()] == ["a1", "a2", "a3"]
        assert s.articles(ids=["a2"])[0] == art(2)
        assert s.find_article("e3").id == "a3" and s.find_article("a1").external_id == "e1"
        assert s.find_article("nope") is None


def test_store_transaction_rolls_back_whole_batch(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        with pytest.raises(RuntimeError), s.transaction():
            s.insert_articles([art(1)])
            s.add_line_stats([("g", "k", 1)])
            raise RuntimeError("killed mid-batch")
        assert s.count("articles") == 0 and s.count("line_stats") == 0


def test_store_line_stats_accumulate(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        with s.transaction():
            s.add_line_stats([("g", "k", 2), ("g", "j", 1)])
        with s.transaction():
            s.add_line_stats([("g", "k", 3)])
        assert sorted(s.line_stats(["g"])) == [("g", "j", 1), ("g", "k", 5)]


def test_store_filters_articles(tmp_path):
    with Store(tmp_path / "x.duckdb") as s:
        with s.transaction():
            s.insert_articles([art(1, published="2020-01-01"), art(2, source="Other"), art(3, published=None)])
        assert [a.id for a in s.articles(since="2021-01-01")] == ["a2"]
        assert [a.id for a in s.articles(source="other")] == ["a2"]


def test_store_read_only_open_migrates_an_older_store(tmp_path, monkeypatch):
    db = tmp_path / "old.duckdb"
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:1])
    Store(db).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    with Store(db, read_only=True) as s:
        assert s.schema_version() == full[-1].version
        assert s.count("events") == 0


def test_store_records_by_article_one_query(tmp_path):
    from newsdesk.model import Record

    def rec(rid, aid):
        return Record(rid, None, "Wang Yi", "CN", "CONSULT", "Jaishankar", "IN", "Beijing", "2024-01-02", None,
                      f"evidence {rid}", (aid,))

    with Store(tmp_path / "x.duckdb") as s:
        with s.transaction():
            s.insert_records([("a2", rec("r3", "a2")), ("a1", rec("r2", "a1")), ("a1", rec("r1", "a1"))])
        got = s.records_by_article(["a1", "a2", "a9"])
        assert {k: [r.id for r in v] for k, v in got.items()} == {"a1": ["r1", "r2"], "a2": ["r3"]}
        assert [r.id for r in s.records(["a2", "a1"])] == ["r1", "r2", "r3"]
        assert got["a1"][0].actor_country == "CN" and got["a1"][0].sources == ("a1",)


def test_model_iso_day_parses_stored_dates_only():
    import datetime as dt

    from newsdesk.model import iso_day

    assert iso_day("2024-03-08") == dt.date(2024, 3, 8)
    assert iso_day("2024-03-08T09:15:00+05:30") == dt.date(2024, 3, 8)
    assert iso_day(None) is None and iso_day("") is None
    assert iso_day("08/03/2024") is None and iso_day("2024-02-30") is None


def test_store_vectors_of_another_dimension_are_one_line(tmp_path, monkeypatch, capsys):
    """Ingesting into a store built with another embedder (hashing 256-d, then 64-d) is one `path: reason` line
    on stderr and exit 1, not 'internal error: ValueError'; nothing of the failed chunk is written."""
    import sys

    from newsdesk import cli, embed

    db = tmp_path / "s.duckdb"
    texts = {"a": "Heavy rain flooded the town of Arles on Monday, officials said.",
             "b": "The central bank of Chile raised its main interest rate by half a point on Tuesday."}
    for name, text in texts.items():
        (tmp_path / f"{name}.jsonl").write_text(f'{{"id": "{name}", "title": "{text[:20]}", "text": "{text}", '
                                                '"date": "2021-03-01"}\n', encoding="utf-8")

    def ingest(name: str, dim: int) -> tuple[int, str]:
        monkeypatch.setattr(embed, "get_embedder", lambda backend=None: embed.HashEmbedder(dim))
        monkeypatch.setattr(sys, "argv", ["newsdesk", "--db", str(db), "ingest", str(tmp_path / f"{name}.jsonl")])
        with pytest.raises(SystemExit) as exc:
            cli.main()
        return exc.value.code, capsys.readouterr().err

    assert ingest("a", 256)[0] == 0
    code, err = ingest("b", 64)
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert code == 1
    assert lines == [f"newsdesk: {db}: this store's vectors have 256 dimensions (embedder 'hash') and this run's "
                     "embedder 'hash' gives 64: use the store's embedder (NEWSDESK_EMBEDDER=hash) or re-embed every "
                     "article with `newsdesk rebuild`"]
    with Store(db) as store:
        assert store.unprocessed_ids() != []  # b is stored, not processed: the chunk's outputs were not written
    assert ingest("b", 256)[0] == 0  # with the store's embedder the same ingest finishes it
