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
