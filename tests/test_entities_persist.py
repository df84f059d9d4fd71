"""Issue 10's record and entity fields reach the store and the JSON: a record's actor/target entity ids and its
trigger span, an entity's country evidence (kind, country, words, article). On DuckDB and, where
NEWSDESK_TEST_PG is set, PostgreSQL (the `db_url` fixture)."""

import json

from newsdesk import model
from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.store import migrations, open_store, queries
from newsdesk.store.shapes import entity_json, record_json

EVIDENCE = (model.CountryEvidence("UZB", "office", "Minister of Defence of Uzbekistan", "a1"),
            model.CountryEvidence("UZB", "dictionary prior", "PETRARCH2 actor dictionaries list Bakhodir Kurbanov"),
            model.CountryEvidence("UZB", "corpus vote", "1 of 1 article(s) give UZB"))


def _record(rid: str, aid: str, **kw) -> model.Record:
    return model.Record(**{
        "id": rid, "event_id": None, "actor": "Rajnath Singh", "actor_country": "IND", "action": "CONSULT",
        "target": "Sergei Shoigu", "target_country": "RUS", "place": "Moscow", "date": "2019-11-06",
        "context": None, "evidence": "Rajnath Singh met Sergei Shoigu in Moscow.", "sources": (aid,),
        "actor_id": "ent_a", "target_id": "ent_b", "span": (14, 17), **kw})


def test_entities_persist_record_ids_span_and_country_evidence_round_trip(db_url):
    ent = model.Entity("ent_k", "Bakhodir Kurbanov", "PERSON", country="Uzbekistan", country_code="UZB",
                       country_evidence=EVIDENCE)
    with open_store(db_url) as s:
        with s.transaction():
            s.upsert_entities([ent])
            s.insert_records([("a1", _record("r1", "a1")),
                              ("a1", _record("r2", "a1", target=None, target_country=None, target_id=None,
                                             span=None, actor_id=None))])
        back = {r.id: r for r in s.records(["a1"])}
        assert (back["r1"].actor_id, back["r1"].target_id, back["r1"].span) == ("ent_a", "ent_b", (14, 17))
        assert (back["r2"].actor_id, back["r2"].target_id, back["r2"].span) == (None, None, None)
        assert s.entities()[0].country_evidence == EVIDENCE
        got = json.loads(json.dumps(entity_json(s.entities()[0])))
    assert got["country_evidence"] == [
        {"kind": "office", "country_code": "UZB", "text": "Minister of Defence of Uzbekistan", "article": "a1"},
        {"kind": "dictionary prior", "country_code": "UZB",
         "text": "PETRARCH2 actor dictionaries list Bakhodir Kurbanov", "article": None},
        {"kind": "corpus vote", "country_code": "UZB", "text": "1 of 1 article(s) give UZB", "article": None}]
    rj = record_json(back["r1"])
    assert (rj["actor_id"], rj["target_id"], rj["span"]) == ("ent_a", "ent_b", [14, 17])
    assert record_json(back["r2"])["span"] is None


def test_entities_persist_store_of_migration_2_gains_the_columns(tmp_path, monkeypatch):
    db = str(tmp_path / "old.duckdb")
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", [m for m in full if m.version <= 2])
    with open_store(db) as s:
        s.con.execute("INSERT INTO records VALUES ('r0', 'a0', 'India', 'IND', 'CONSULT', NULL, NULL, NULL, NULL, "
                      "NULL, 'India consulted.', ['a0'])")
        s.con.execute("INSERT INTO entities VALUES ('e0', 'India', 'GPE', [], [], [], 'India', 'IND')")
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    with open_store(db, read_only=True) as s:
        assert s.schema_version() >= 3
        r = s.records(["a0"])[0]
        assert (r.actor, r.actor_id, r.target_id, r.span) == ("India", None, None, None)
        assert s.entities()[0].country_evidence == ()


TEXT = ("MOSCOW, Nov 6 - Indian Defence Minister Rajnath Singh held talks with Russian Defence Minister "
        "Sergei Shoigu in Moscow on Wednesday. Singh said the two sides agreed to expand military cooperation.")


def test_entities_persist_ingest_links_records_to_entities_and_keeps_evidence(tmp_path, db_url):
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "m1", "title": "Singh meets Shoigu", "published": "2019-11-06",
                               "text": TEXT}) + "\n", encoding="utf-8")
    eng = Engine(open_store(db_url), embedder=HashEmbedder())
    try:
        eng.ingest([str(src)])
        ents = {e["name"]: e for e in queries.entities(eng.store)}
        singh, shoigu = ents["Rajnath Singh"], ents["Sergei Shoigu"]
        aid = queries.articles(eng.store)[0].id
        first = singh["country_evidence"][0]
        assert (first["kind"], first["country_code"], first["article"]) == ("explicit", "IND", aid)
        assert "Indian" in first["text"]
        assert singh["country_evidence"][-1]["kind"] == "corpus vote"
        assert shoigu["country_evidence"][0]["country_code"] == "RUS"
        ev = queries.event(eng.store, queries.events(eng.store)[0]["id"])
        consult = [r for r in ev["records"] if r["action"] == "CONSULT"]
        assert consult, ev["records"]
        r = consult[0]
        # the record's actor and target are the corpus entities of `entities --json`, never one entity
        assert {r["actor_id"], r["target_id"]} == {singh["id"], shoigu["id"]}
        a, b = r["span"]
        assert TEXT[a:b] in r["evidence"] and "talks" in TEXT[a:b] + TEXT[b:b + 6]
        detail = queries.entity(eng.store, "Rajnath Singh")
        assert detail["country_evidence"] == singh["country_evidence"]
    finally:
        eng.store.close()
