"""Events dissolved by an incremental update leave no trace (issue 16; mutation/handmade.toml
`events-after-change-keeps-dropped`): `build.after_change`, the event list storylines are linked over, drops the
events of `dropped`, and through the product path (Engine.ingest, one topic in several batches, the hash
embedder) the store then holds every article in exactly one event and no summary, event or storyline member of a
dissolved event."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newsdesk.embed import HashEmbedder
from newsdesk.engine import Engine
from newsdesk.events import build
from newsdesk.model import Event
from newsdesk.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_news import corpus  # noqa: E402


def test_after_change_drops_dissolved_events_and_moves_articles():
    existing = [Event("ev_a", "A", "2021-03-05", ("a1", "a2")), Event("ev_b", "B", "2021-03-06", ("a3",)),
                Event("ev_c", "C", "2021-03-01", ("a4", "a5"))]
    # the update merged ev_b into ev_a and took a5 out of ev_c into a new event ev_d
    final = [Event("ev_a", "A", "2021-03-05", ("a3", "a1", "a2")), Event("ev_d", "D", "2021-03-02", ("a5", "a6"))]
    after = build.after_change(existing, final, ["ev_b"], ["a1", "a2", "a3", "a4", "a5", "a6"])
    assert [(e.id, e.article_ids) for e in after] == [("ev_c", ("a4",)), ("ev_d", ("a5", "a6")),
                                                       ("ev_a", ("a1", "a2", "a3"))]


def test_after_change_dropped_event_whose_articles_all_moved_is_gone():
    existing = [Event("ev_x", "X", "2021-01-01", ("a1",)), Event("ev_y", "Y", "2021-01-01", ("a2",))]
    final = [Event("ev_z", "Z", "2021-01-01", ("a1", "a2"))]
    after = build.after_change(existing, final, ["ev_x", "ev_y"], ["a1", "a2"])
    assert [(e.id, e.article_ids) for e in after] == [("ev_z", ("a1", "a2"))]


def test_engine_one_topic_in_batches_dissolved_events_leave_the_store(tmp_path):
    recs = corpus(12, kinds=(0,))  # one topic, 3 interleaved batches: batch 2 merges an event of batch 1
    store = Store(tmp_path / "x.duckdb")
    engine = Engine(store, embedder=HashEmbedder())
    before: set[str] = set()
    dissolved: set[str] = set()
    for k in range(3):
        part = recs[k::3]
        src = tmp_path / f"part{k}.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
        report = engine.ingest([str(src)])
        assert (report.stored, report.processed, report.errors) == (len(part), len(part), [])
        events = store.events()
        ids = {e.id for e in events}
        dissolved |= before - ids
        members = Counter(a for e in events for a in e.article_ids)
        assert set(members) == set(store.article_order()) and set(members.values()) == {1}
        assert [e.id for e in events if not e.article_ids] == []
        summaries = {r[0] for r in store.rows("SELECT event_id FROM event_summaries")}
        assert summaries == ids, f"summaries of dissolved events kept: {sorted(summaries - ids)}"
        in_stories = {r[0] for r in store.rows("SELECT event_id FROM storyline_events")}
        assert in_stories <= ids
        before = ids
    assert dissolved, "no event was dissolved: the batches never exercised the incremental merge"
