"""The engine end to end: events ready after ingest, copies follow their original and count once, a crash in
the middle of processing followed by a re-run leaves every article in exactly one event, later ingests join
existing events incrementally, and the two-meetings scenario gives two events in one storyline."""

import json
from collections import Counter
from pathlib import Path

import pytest

from newsdesk import coding
from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.settings import DEFAULT
from newsdesk.store import Store, open_store, queries

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
EVENTS_FIXTURE = ROOT / "tests" / "fixtures" / "events" / "articles.jsonl"


def engine(tmp_path, name="x.duckdb", embedder=None, db=None):
    """An engine on a new store: a DuckDB file, or `db` (the `db_url` fixture: DuckDB, then PostgreSQL)."""
    return Engine(open_store(db or str(tmp_path / name)), embedder=embedder or HashEmbedder())


def membership(eng):
    return Counter(a["id"] for e in queries.events(eng.store) for a in e["articles"])


def test_engine_ingest_assigns_every_article_once_and_copies_count_once(tmp_path):
    eng = engine(tmp_path)
    report = eng.ingest([str(EXAMPLES / "jsonl" / "airbus.jsonl")])
    assert report.stored == 32 and report.processed == 32
    seen = membership(eng)
    assert len(seen) == 32 and set(seen.values()) == {1}
    copies = {a["external_id"]: e for e in queries.events(eng.store) for a in e["articles"] if a["copy_of"]}
    wire = {json.loads(line)["id"] for line in (EXAMPLES / "jsonl" / "airbus.jsonl").read_text().splitlines()
            if json.loads(line)["source"] == "Global Newswire"}
    assert len(wire) == 2 and set(copies) == wire
    for ext, e in copies.items():
        originals = [a for a in e["articles"] if a["external_id"] == ext.removesuffix("-wire")]
        assert originals and originals[0]["copy_of"] is None
        assert e["source_count"] == 1  # Wikinews original + Global Newswire copy: the story counts once


def test_engine_crash_mid_processing_then_rerun(tmp_path, monkeypatch, db_url):
    eng = engine(tmp_path, db=db_url)
    eng.ingest([str(EXAMPLES / "jsonl" / "airbus.jsonl")], process=False)
    real, calls = Store.insert_records, {"n": 0}

    def flaky(self, *args, **kw):  # the process dies in the middle of writing the third chunk
        calls["n"] += 1
        if calls["n"] == 3:
            raise RuntimeError("killed")
        return real(self, *args, **kw)

    monkeypatch.setattr(Store, "insert_records", flaky)
    eng.settings = DEFAULT.replace(PROCESS_CHUNK=8)
    with pytest.raises(RuntimeError):
        eng.process()
    done_before = eng.store.counts()["articles"] - eng.store.counts()["unprocessed"]
    assert 0 < done_before < 32
    monkeypatch.setattr(Store, "insert_records", real)
    eng.process()
    seen = membership(eng)
    assert len(seen) == 32 and set(seen.values()) == {1}
    fresh = engine(tmp_path, "fresh.duckdb")
    fresh.ingest([str(EXAMPLES / "jsonl" / "airbus.jsonl")])
    assert eng.store.count("records") == fresh.store.count("records")
    assert eng.store.count("mentions") == fresh.store.count("mentions")


def test_engine_failing_article_costs_only_itself(tmp_path, monkeypatch):
    src = str(EXAMPLES / "jsonl" / "airbus.jsonl")
    # a run without the failure: the culprit is the first article (ingest order) that gets records of its own
    fresh = engine(tmp_path, "fresh.duckdb")
    fresh.ingest([src])
    ids = fresh.store.article_order()
    want = {r.id for r in fresh.store.records(ids)}
    bad = next(a for a in ids if fresh.store.records([a]))
    bad_ext = queries.article(fresh.store, bad).external_id
    lost = {r.id for r in fresh.store.records([bad])}
    real = coding.code

    def picky(article, *args, **kw):
        if article.external_id == bad_ext:
            raise ValueError("bad sentence")
        return real(article, *args, **kw)

    monkeypatch.setattr(coding, "code", picky)
    eng = engine(tmp_path)
    errors = []
    report = eng.ingest([src], on_error=errors.append)
    assert report.processed == 32
    assert [str(e) for e in errors] == [f"{src}: record {bad_ext}: coding failed (ValueError: bad sentence)"]
    assert len(membership(eng)) == 32
    assert eng.store.records([bad]) == []
    # every other article keeps exactly the records the run without the failure gives it
    assert lost and {r.id for r in eng.store.records(ids)} == want - lost


def test_engine_second_ingest_is_incremental(tmp_path, db_url):
    eng = engine(tmp_path, db=db_url)
    eng.ingest([str(EXAMPLES / "jsonl" / "airbus.jsonl")])
    before = {e["id"]: {a["id"] for a in e["articles"]} for e in queries.events(eng.store)}
    report = eng.ingest([str(EXAMPLES / "json" / "apple.json")])
    assert report.stored == 30 and report.processed == 30
    after = {e["id"]: {a["id"] for a in e["articles"]} for e in queries.events(eng.store)}
    seen = membership(eng)
    assert len(seen) == 62 and set(seen.values()) == {1}
    # events of the first batch keep their ids and members (the apple articles are another topic)
    assert all(after.get(eid) == members for eid, members in before.items())


def test_engine_rebuild_recomputes_everything(tmp_path):
    eng = engine(tmp_path)
    eng.ingest([str(EXAMPLES / "jsonl" / "airbus.jsonl")])
    first = sorted(sorted(a["id"] for a in e["articles"]) for e in queries.events(eng.store))
    done, _ = eng.process(rebuild=True)
    assert done == 32
    assert sorted(sorted(a["id"] for a in e["articles"]) for e in queries.events(eng.store)) == first


def test_engine_two_meetings_years_apart_two_events_one_storyline(tmp_path):
    """Several outlets on one meeting + one article on the same ministers' meeting years earlier (real models)."""
    recs = [json.loads(line) for line in EVENTS_FIXTURE.read_text(encoding="utf-8").splitlines()]
    src = tmp_path / "meet.jsonl"
    src.write_text("".join(json.dumps({k: r[k] for k in ("id", "title", "text", "published")}) + "\n"
                           for r in recs if r["event"].startswith("meet")), encoding="utf-8")
    eng = Engine(Store(tmp_path / "m.duckdb"))  # default embedder: MiniLM
    eng.ingest([str(src)])
    events = queries.events(eng.store)
    groups = sorted(sorted(a["external_id"] for a in e["articles"]) for e in events)
    assert groups == [["m1", "m2", "m3"], ["m4"]]
    stories = queries.storylines(eng.store)
    assert len(stories) == 1 and stories[0]["events"] == 2
    assert [t["date"][:4] for t in stories[0]["timeline"]] == ["2019", "2024"]
    for e in events:
        detail = queries.event(eng.store, e["id"])
        names = {p["name"] for p in detail["participants"]}
        assert {"Rajnath Singh", "Sergei Shoigu"} <= names, names
        countries = {p["name"]: p["country"] for p in detail["participants"]}
        assert countries["Rajnath Singh"] == "India" and countries["Sergei Shoigu"] == "Russia"
