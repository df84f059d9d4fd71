"""Two meetings of the same two ministers two years apart, through the engine (real models): five outlets'
articles, one of them undated, plus a syndicated copy -> exactly two events, one storyline holding both. The
undated article joins its meeting by content (lacking a date never makes it a singleton)."""

import json
from pathlib import Path

import pytest

from newsdesk.engine import Engine
from newsdesk.store import Store, queries

FIX = Path(__file__).resolve().parent / "fixtures" / "entities" / "ministers.jsonl"


@pytest.mark.slow
@pytest.mark.parametrize("parts", [1, 2])
def test_events_ministers_two_meetings_undated_and_copy(tmp_path, parts):
    rows = {r["id"]: r for r in (json.loads(x) for x in FIX.read_text(encoding="utf-8").splitlines() if x.strip())}
    keep = ("id", "title", "text", "published", "source")
    recs = [{k: rows[i].get(k) for k in keep} for i in ("a1", "a2", "b1", "b2", "b3")]
    recs[3]["published"] = None  # b2 states no publication date
    recs.append({**recs[2], "id": "b1-copy", "source": "syndicator", "published": "2024-10-11"})  # b1 syndicated
    eng = Engine(Store(tmp_path / "m.duckdb"))  # default embedder: MiniLM
    cut = len(recs) if parts == 1 else 3
    for k, chunk in enumerate((recs[:cut], recs[cut:])):
        if chunk:
            path = tmp_path / f"part{k}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in chunk), encoding="utf-8")
            eng.ingest([str(path)])
    events = queries.events(eng.store)
    groups = sorted(sorted(a["external_id"] for a in e["articles"]) for e in events)
    assert groups == [["a1", "a2"], ["b1", "b1-copy", "b2", "b3"]]
    copy = next(a for e in events for a in e["articles"] if a["external_id"] == "b1-copy")
    assert copy["copy_of"]  # the syndicated copy is recognised as one
    stories = queries.storylines(eng.store)
    assert len(stories) == 1 and stories[0]["events"] == 2
