"""`newsdesk eval storylines --product`: storylines scored through the product's path (issue 9: every figure from
what `newsdesk ingest` runs). Fixture: five real articles on two meetings of India's and Russia's defence
ministers, 2019 and 2023 (tests/fixtures/officials/ATTRIBUTION.md): two gold events, one gold storyline."""

from __future__ import annotations

import json
from pathlib import Path

from newsdesk.eval import storylines

MEETINGS = Path(__file__).parent / "fixtures" / "officials" / "meetings.jsonl"


def test_product_storylines_link_the_two_meetings():
    recs = [json.loads(line) for line in MEETINGS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for r in recs:
        r["event"], r["topic"] = r["published"][:4], "india-russia-defence"
    pred = storylines.product(recs, parts=2)
    assert sorted(pred) == ["gold:2019", "gold:2023"]
    # the two meetings' events sit in one stored storyline (not each its own event id)
    assert pred["gold:2019"] == pred["gold:2023"] and pred["gold:2019"].startswith("st_")
    topic = {f"gold:{r['event']}": r["topic"] for r in recs}
    assert storylines.pair_scores(topic, pred) == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "gold_pairs": 1,
                                                  "pred_pairs": 1}


def test_product_storylines_vote_by_article(monkeypatch):
    """A gold event takes the storyline most of its articles sit in; an article whose event is in no storyline
    stands for that event alone."""
    from contextlib import contextmanager

    from newsdesk import eval as ev_pkg
    from newsdesk.store import queries

    @contextmanager
    def fake_run(public, parts, settings):
        yield type("Run", (), {"store": None})()

    monkeypatch.setattr(ev_pkg, "run_product", fake_run)
    monkeypatch.setattr(queries, "storylines", lambda store: [{"id": "st_1", "timeline": [{"event": "e1"}]}])
    monkeypatch.setattr(queries, "events", lambda store: [
        {"id": "e1", "articles": [{"external_id": "a"}, {"external_id": "b"}]},
        {"id": "e2", "articles": [{"external_id": "c"}, {"external_id": "d"}]}])
    recs = [{"id": i, "event": g} for i, g in (("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("z", "y"))]
    # x: a, b in st_1 and c in e2 -> st_1; y: d in e2, z unassigned -> a tie, the first seen wins (e2)
    assert storylines.product(recs, parts=1) == {"gold:x": "st_1", "gold:y": "e2"}


def test_topic_linked_counts_same_and_other_topic_pairs():
    topic = {"a": "t1", "b": "t1", "c": "t2", "d": "t2"}
    # a-b linked (same topic), c-d apart (same topic), a-c linked (other topic)
    pred = {"a": "s1", "b": "s1", "c": "s1", "d": "d"}
    assert storylines.topic_linked(topic, pred) == (0.5, 0.5)  # same: 1 of 2; other: a-c, b-c of 4


def test_storylines_run_measures_ecbplus_through_the_product_path(monkeypatch):
    """With --product and --ecbplus, the ECB+ same-topic false-link rate is also read from the product's path."""
    recs = {"basil": [{"id": "b1", "event": "x", "topic": "t"}],
            "ecb": [{"id": f"e{i}", "event": ev, "topic": tp} for i, (ev, tp) in
                    enumerate([("1a", 1), ("1b", 1), ("2a", 2), ("2b", 2)])]}
    monkeypatch.setattr(storylines, "load", lambda path: recs[path])
    monkeypatch.setattr(storylines, "prepare", lambda rs: [])
    monkeypatch.setattr(storylines, "gold_events", lambda rs, docs: [type("E", (), {"id": f"gold:{r['event']}"})()
                                                                    for r in rs])
    monkeypatch.setattr(storylines.sl, "link", lambda evts, docs, **kw: [])  # gold-event path: nothing linked
    # product path: both topics' events in one storyline each
    monkeypatch.setattr(storylines, "product", lambda rs, parts, settings: {
        f"gold:{r['event']}": f"st_{r['topic']}" for r in rs})
    out = storylines.run("basil", "ecb", parts=2)
    assert out["ecbplus_same_topic_linked"] == 0.0 and out["ecbplus_same_topic_pairs"] == 2
    assert out["product"]["ecbplus_same_topic_linked"] == 1.0
