"""The engine through the CLI over several ingests of one topic: after every batch each article is in exactly one
event, no event is left empty (an event dissolved by a local re-clustering is removed), counts agree with the
members listed, and a syndicated copy sits in its original's event. A near-duplicate is a syndicated copy only
within the event time window (README, "Syndicated copies").

The stream is synthetic (tests/synthetic_news.py): meetings of the same kind four days apart, several outlets
each, some copies; the hashing embedder keeps it fast."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

from synthetic_news import corpus

ENV = {**os.environ, "NEWSDESK_EMBEDDER": "hash", "NO_COLOR": "1", "COLUMNS": "200"}


def cli(db, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=600, env=ENV, check=False)


def cli_json(db, *args):
    proc = cli(db, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def check_events(db, ingested: set[str]) -> list[dict]:
    """The invariants of the event listing after any ingest; returns the events."""
    events = cli_json(db, "events")
    members = Counter(a["external_id"] for e in events for a in e["articles"])
    assert set(members) == ingested, f"missing {sorted(ingested - set(members))[:5]}"
    assert [k for k, n in members.items() if n != 1] == []
    assert [e["id"] for e in events if not e["articles"]] == [], "an empty event was left in the store"
    assert len({e["id"] for e in events}) == len(events)
    for e in events:
        assert e["article_count"] == len(e["articles"])
        where = {a["id"]: a for a in e["articles"]}
        for a in e["articles"]:  # a syndicated copy joins its original's event
            assert a["copy_of"] is None or a["copy_of"] in where, (e["id"], a)
    assert cli_json(db, "stats")["events"] == len(events)
    story_events = [t["event"] for s in cli_json(db, "storylines") for t in s["timeline"]]
    assert set(story_events) <= {e["id"] for e in events} and len(story_events) == len(set(story_events))
    return events


def test_engine_one_topic_in_batches_every_article_in_one_event(tmp_path):
    recs = corpus(24, kinds=(0,))  # 24 meetings, 91 records, 4 batches interleaved over the whole stream
    db, seen = tmp_path / "x.duckdb", set()
    changed = 0
    before: dict[str, list[str]] = {}
    for k in range(4):
        part = recs[k::4]
        src = tmp_path / f"part{k}.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
        proc = cli(db, "ingest", "--json", str(src))
        assert proc.returncode == 0, proc.stderr
        report = json.loads(proc.stdout)
        assert report["stored"] == report["processed"] == len(part) and report["errors"] == []
        seen |= {r["id"] for r in part}
        events = check_events(db, seen)
        after = {e["id"]: sorted(a["external_id"] for a in e["articles"]) for e in events}
        # later batches land in events of earlier ones (same topic): the update re-clusters stored events
        changed += sum(1 for eid, m in before.items() if after.get(eid) != m)
        before = after
    assert changed > 0, "no stored event changed: the batches never exercised the incremental update"


def test_dedup_copy_only_within_event_time_window(tmp_path):
    text = ("Maria Okafor, the foreign minister of Peru, met Ivan Petrova, the trade minister of Kenya, in Lima on "
            "Friday to discuss a new trade agreement. Officials said further meetings were planned for later in "
            "the year. The talks lasted more than six hours, according to a spokesperson, and a joint statement "
            "is expected to be published next week.")
    recs = [{"id": "orig", "title": "Talks in Lima", "text": text, "published": "2019-03-01", "source": "Ledger"},
            {"id": "wire", "title": "Talks in Lima", "text": text, "published": "2019-03-01", "source": "Wire"},
            {"id": "later", "title": "Talks in Lima", "text": text, "published": "2021-06-01", "source": "Post"}]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert cli(db, "ingest", str(src)).returncode == 0
    events = check_events(db, {"orig", "wire", "later"})
    copy_of = {a["external_id"]: a["copy_of"] for e in events for a in e["articles"]}
    ids = {a["external_id"]: a["id"] for e in events for a in e["articles"]}
    assert copy_of == {"orig": None, "wire": ids["orig"], "later": None}
    groups = sorted(sorted(a["external_id"] for a in e["articles"]) for e in events)
    assert groups == [["later"], ["orig", "wire"]]
    # the copy borrowed its original's NER; the far-apart near-duplicate was processed as an original
    person = next(e for e in cli_json(db, "entities") if e["name"] == "Maria Okafor")
    assert person["articles"] == 2
