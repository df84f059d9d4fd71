"""What an incremental update writes of the event summaries (issue 13 item 5): only those that changed (or are new),
not every event of its time window again, and the store ends up holding exactly what writing them all gives."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_news  # noqa: E402

from newsdesk.settings import DEFAULT  # noqa: E402

GAP = 20  # days: later parts leave the first incidents out of their time window


def _run(tmp_path, name, written=None):
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import open_store

    recs = sorted(synthetic_news.corpus(40, seed=7), key=lambda r: r.get("published") or "")
    store = open_store(str(tmp_path / f"{name}.duckdb"))
    if written is not None:
        real = store.save

        def spy(delta):
            if delta.events is not None:  # (summaries written, events changed, events in the window)
                written.append((len(delta.summaries), len(delta.events) + len(delta.dropped),
                                len({e.id for e in store.events()} | {e.id for e in delta.events})))
            return real(delta)

        store.save = spy
    eng = Engine(store, embedder=HashEmbedder(), settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP))
    size = -(-len(recs) // 4)
    for k, i in enumerate(range(0, len(recs), size)):
        path = tmp_path / f"{name}-{k}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs[i:i + size]))
        eng.ingest([str(path)])
    out = {eid: (None if c is None else bytes(c), sorted(p or ())) for eid, c, p in store.con.execute(
        "SELECT event_id, centroid, participants FROM event_summaries").fetchall()}
    events = sorted((e.id, e.article_ids, e.storyline_id) for e in store.events())
    store.close()
    return out, events


def test_window_update_writes_only_changed_summaries(tmp_path, monkeypatch):
    from newsdesk import storylines

    written: list[tuple[int, int, int]] = []
    got, events = _run(tmp_path, "changed", written=written)
    assert set(got) == {e[0] for e in events}  # one summary per stored event
    # an update writes at most the summaries of the events it changed (it used to rewrite every loaded event's)
    assert len(written) == 4 and all(n <= changed for n, changed, _ in written[1:])
    assert any(changed < stored for _, changed, stored in written[1:])
    monkeypatch.setattr(storylines, "_same", lambda a, b: False)  # every summary counts as changed: all written
    every, events_all = _run(tmp_path, "every")
    assert got == every and events == events_all
