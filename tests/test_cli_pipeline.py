"""The analyst commands through the CLI on a hand-labelled fixture (real spaCy + MiniLM): events with their date,
place, participants and PLOVER records; entities with country and ISO code; one entity's events over time."""

import json
from pathlib import Path

import pytest
from cli_run import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "entities" / "events.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    gold = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    src = tmp_path_factory.mktemp("in") / "stream.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for ev in gold:
            for i, a in enumerate(ev["articles"]):
                fh.write(json.dumps({"id": f"{ev['id']}-{i}", "text": a["text"], "published": a["published"],
                                     "source": f"outlet{i}"}) + "\n")
    db = tmp_path_factory.mktemp("db") / "x.duckdb"
    report = cli(db, "ingest", "--json", str(src))
    assert report["stored"] == sum(len(e["articles"]) for e in gold) and report["rejected"] == 0
    return db, gold


def test_cli_events_date_place_participants(store):
    db, gold = store
    events = cli(db, "events", "--json")
    groups = sorted(sorted(a["external_id"].split("-")[0] for a in e["articles"]) for e in events)
    assert groups == sorted([[g["id"]] * len(g["articles"]) for g in gold])
    for e in events:
        assert {"id", "date", "title", "articles"} <= set(e)
        assert {"id", "external_id", "source"} <= set(e["articles"][0])
        g = next(x for x in gold if x["id"] == e["articles"][0]["external_id"].split("-")[0])
        detail = cli(db, "event", e["id"], "--json")
        assert detail["date"] == g["date"] and detail["place"] == g["place"], (g["id"], detail["date"], detail["place"])
        assert all({"name", "country", "role"} <= set(p) for p in detail["participants"])
        assert detail["records"] and all({"actor", "action", "target", "place", "date", "evidence", "sources"}
                                         <= set(r) for r in detail["records"])


def test_cli_entities_countries_and_entity_timeline(store):
    db, _ = store
    ents = {e["name"]: e for e in cli(db, "entities", "--json")}
    for e in ents.values():
        assert {"name", "type", "aliases", "country", "country_code", "roles", "articles"} <= set(e)
    expected = {"Lloyd J. Austin": ("United States", "USA"), "Minoru Kihara": ("Japan", "JPN"),
                "Walter Astudillo": ("Peru", "PER"), "Alberto Espina": ("Chile", "CHL"),
                "Rajnath Singh": ("India", "IND"), "Sergei Shoigu": ("Russia", "RUS")}
    people = {n: e for n, e in ents.items() if e["type"] == "PERSON"}
    for name, (country, code) in expected.items():
        hit = [e for e in people.values() if name == e["name"] or name in e["aliases"]
               or name.replace("J. ", "") == e["name"]]
        assert len(hit) == 1, (name, sorted(people))
        assert (hit[0]["country"], hit[0]["country_code"]) == (country, code), name
    timeline = cli(db, "entity", "Rajnath Singh", "--json")
    assert [ev["date"] for ev in timeline["events"]] == ["2022-06-15"]
    assert cli(db, "entity", "kihara", "--json")["name"] == "Minoru Kihara"  # one word of the name is enough
    assert cli(db, "entity", "lloyd austin", "--json")["country_code"] == "USA"
