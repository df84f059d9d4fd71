"""Incremental assignment looks only at events near the new articles in time (events/assign.near)."""

import importlib

import numpy as np

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder

assign_mod = importlib.import_module("newsdesk.events.assign")


def _doc(i, published, text):
    return ev.make_doc(i, published, None, text, HashEmbedder().embed([text])[0])


def test_events_window_near_keeps_events_in_reach_and_undated():
    docs = {d.id: d for d in [
        _doc("old", "2010-01-05", "Flood in the valley"), _doc("recent", "2016-05-01", "Flood in the valley"),
        _doc("undated", None, "Flood in the valley"), _doc("new", "2016-06-01", "Flood in the valley again"),
        _doc("new-undated", None, "Flood in the valley again")]}
    evs = [ev.make_event([a], docs) for a in ("old", "recent", "undated")]
    got = {e.article_ids[0] for e in assign_mod.near(evs, [docs["new"]], docs, 365)}
    assert got == {"recent", "undated"}  # 2010 is beyond the 365-day cannot-link
    assert len(assign_mod.near(evs, [docs["new"], docs["new-undated"]], docs, 365)) == 3  # undated: all


def test_events_window_assign_ignores_far_events(monkeypatch):
    docs = {d.id: d for d in [_doc(f"o{i}", "2010-01-05", f"Flood in the valley {i}") for i in range(3)]}
    docs["n"] = _doc("n", "2016-06-01", "Flood in the valley 1")
    evs = [ev.make_event([f"o{i}"], docs) for i in range(3)]
    seen = []
    real = assign_mod.Features

    def spy(pool):
        seen.append({d.id for d in pool})
        return real(pool)

    monkeypatch.setattr(assign_mod, "Features", spy)
    changed = ev.assign([docs["n"]], evs, docs)
    assert seen == [{"n"}]  # the 2010 events' articles are not even loaded into the features
    assert [e.article_ids for e in changed] == [("n",)]
    assert np.all([e.id not in {o.id for o in evs} for e in changed])
