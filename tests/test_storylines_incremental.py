"""Incremental storylines (issue 12): an update re-links only the events whose summary changed (and the link-graph
components they touch), writes the storylines as a diff and keeps the link graph in the store; the result is
always the full recompute's."""

from __future__ import annotations

import random

import numpy as np
import pytest

from newsdesk import storylines as sl
from newsdesk.model import Event, Storyline
from newsdesk.store import open_store

COMMON = ("LOC:everywhere", "ORG:common")


def _summary(rng: random.Random, topics: np.ndarray):
    """A random event summary: near one of the topics, with 1-3 of that topic's four people (and maybe a common
    participant); a few without a centroid."""
    t = rng.randrange(len(topics))
    parts = set(rng.sample([f"PER:t{t}p{i}" for i in range(4)], rng.randint(1, 3)))
    parts |= set(rng.sample(COMMON, rng.randint(0, 2)))
    if rng.random() < 0.05:
        return None, frozenset(parts)
    v = topics[t] + 0.35 * np.asarray([rng.gauss(0, 1) for _ in range(topics.shape[1])])
    return (v / np.linalg.norm(v)).astype(np.float32), frozenset(parts)


def _event(eid: str, rng: random.Random, sid=None) -> Event:
    return Event(eid, f"title {rng.randrange(3)}", f"2021-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", (), None, sid)


def _stored(events, stories):
    sid = {e: s.id for s in stories for e in s.event_ids}
    return [Event(e.id, e.title, e.date, (), None, sid.get(e.id)) for e in events]


@pytest.mark.parametrize("seed", range(12))
def test_storylines_update_equals_full_recompute(seed):
    """Random updates (new events, changed summaries, titles and days, dropped events) over a random store:
    incremental == full, for the storylines and for the stored link graph; and the update really was a diff."""
    rng = random.Random(seed)
    topics = np.asarray([[rng.gauss(0, 1) for _ in range(8)] for _ in range(5)])
    summ = {f"e{i:03d}": _summary(rng, topics) for i in range(80)}
    events = [_event(eid, rng) for eid in summ]
    full = sl.update(events, summ, 0.6, 1.5, 0.5, chunk=16)
    assert full.removed is None and len(full.storylines) >= 3
    stories, links = full.storylines, sl.apply_links(None, full.links)
    diffs, rows = 0, full.links
    for step in range(6):
        old = _stored(events, stories)
        prev = dict(summ)
        by_id = {e.id: e for e in events}
        dropped = rng.sample(sorted(by_id), 2)
        for eid in dropped:
            del by_id[eid], summ[eid]
        window = set(rng.sample(sorted(by_id), 20))  # what the update loads (and re-summarises)
        for eid in rng.sample(sorted(by_id), 4):
            summ[eid] = _summary(rng, topics)
            window.add(eid)
        for eid in rng.sample(sorted(by_id), 2):
            by_id[eid] = _event(eid, rng, by_id[eid].storyline_id)
            window.add(eid)
        for k in range(5):
            eid = f"n{step}-{k}"
            summ[eid], by_id[eid] = _summary(rng, topics), _event(eid, rng)
            window.add(eid)
        events = sorted(by_id.values(), key=lambda e: e.id)
        state = sl.state(links, rows, {e: prev[e] for e in window | set(dropped) if e in prev})
        up = sl.update(events, summ, 0.6, 1.5, 0.5, chunk=16, stored=state, recomputed=window, old=old,
                       dropped=dropped)
        ref = sl.update(events, summ, 0.6, 1.5, 0.5, chunk=16)
        assert up.removed is not None and not up.links.full
        diffs += len(up.storylines) < len(ref.storylines)
        stories = sl.apply(stories, up)
        links, rows = sl.apply_links(links, up.links), up.links
        assert [(s.id, s.title, s.event_ids) for s in stories] == [(s.id, s.title, s.event_ids)
                                                                   for s in ref.storylines]
        assert links.all() == sl.apply_links(None, ref.links).all()
        assert sl.link(events, {}, 0.6, 1.5, 0.5, summaries=summ) == ref.storylines  # the full path is `link`
    assert diffs >= 1  # some update rewrote fewer storylines than there are


def test_storylines_update_searches_pairs_for_changed_events_only(monkeypatch):
    rng = random.Random(1)
    topics = np.asarray([[rng.gauss(0, 1) for _ in range(8)] for _ in range(4)])
    summ = {f"e{i:03d}": _summary(rng, topics) for i in range(60)}
    events = [_event(eid, rng) for eid in summ]
    full = sl.update(events, summ, 0.6, 1.5, 0.5)
    searched = []
    real = sl._Table.candidates
    monkeypatch.setattr(sl._Table, "candidates", lambda self, rows, *a: searched.append(len(list(rows)))
                        or real(self, rows, *a))
    summ["new"] = summ["e000"]
    events.append(_event("new", rng))
    state = sl.state(sl.apply_links(None, full.links), full.links, {e: summ[e] for e in ("e000", "e001")})
    up = sl.update(events, summ, 0.6, 1.5, 0.5, stored=state, recomputed=["e000", "e001", "new"],
                   old=_stored(events[:-1], full.storylines))
    assert searched == [1]  # e000 and e001 kept their summaries: only the new event looked for pairs
    assert not up.links.full and up.links.drop == ["new"]
    # other settings than the stored graph's: everything is recomputed
    up = sl.update(events, summ, 0.65, 1.5, 0.5, stored=state, recomputed=["new"])
    assert up.removed is None and up.links.full and searched[-1] == len([s for s in summ.values() if s[0] is not None])


def test_storylines_update_relinks_pairs_whose_weight_drifted_across_the_threshold():
    """A pair of unchanged events crosses the threshold only because the store grew: three events share two
    participants found in exactly those three events, whose idf weight grows with the number of events (2 x 0.95 at
    ~350 events); unrelated events are added 20 at a time. Each update re-weighs only the pairs due, and still
    links them when the full recompute does (without the drift clock they would never be read again)."""
    rng = random.Random(5)
    base = np.asarray([1.0] + [0.0] * 7, dtype=np.float32)
    summ = {f"a{i}": (base, frozenset({"PER:x", "PER:y"})) for i in range(3)}

    def other(k):
        v = np.asarray([rng.gauss(0, 1) for _ in range(8)], dtype=np.float32)
        return (v / np.linalg.norm(v)), frozenset({f"PER:o{k}"})

    summ.update({f"o{k:04d}": other(k) for k in range(60)})
    events = [_event(eid, rng) for eid in sorted(summ)]
    up = sl.update(events, summ, 0.6, 1.9, 0.5)
    assert up.storylines == []  # 2 x w(df 3) < 1.9 with 63 events
    stories, links, rows, linked_at, reads = up.storylines, sl.apply_links(None, up.links), up.links, None, []
    for step in range(20):
        old = _stored(events, stories)
        new = {f"o{k:04d}": other(k) for k in range(60 + 20 * step, 80 + 20 * step)}
        summ.update(new)
        events = sorted(events + [_event(eid, rng) for eid in new], key=lambda e: e.id)
        up = sl.update(events, summ, 0.6, 1.9, 0.5, stored=sl.state(links, rows, {}), recomputed=new, old=old)
        ref = sl.update(events, summ, 0.6, 1.9, 0.5)
        stories, links, rows = sl.apply(stories, up), sl.apply_links(links, up.links), up.links
        assert [(s.id, s.event_ids) for s in stories] == [(s.id, s.event_ids) for s in ref.storylines]
        assert links.all() == sl.apply_links(None, ref.links).all()
        reads.append(up.reweighed)
        if stories and linked_at is None:
            linked_at = step
    assert linked_at is not None and 5 <= linked_at <= 18  # crossed mid-way, by drift alone
    assert [len(s.event_ids) for s in stories] == [3]
    assert reads.count(0) >= 5 and max(reads) == 3  # the three pairs were read only when due, not every update


def test_storylines_update_reads_few_stored_pairs():
    """One new event in a store of 300: the update reads a small part of the stored pairs (those of the new event's
    fast-moving participants and those due), not all of them, and gives the full recompute's storylines."""
    rng = random.Random(3)
    topics = np.asarray([[rng.gauss(0, 1) for _ in range(8)] for _ in range(3)])
    summ = {f"e{i:03d}": _summary(rng, topics) for i in range(300)}
    events = [_event(eid, rng) for eid in summ]
    full = sl.update(events, summ, 0.6, 1.5, 0.5)
    graph = sl.apply_links(None, full.links)
    read = []

    class Counting(sl.LinkGraph):
        def _count(self, got):
            read.extend(got)
            return got

        def touching(self, ids, *, linked_only=False):
            return self._count(super().touching(ids, linked_only=linked_only))

        def among(self, ids):
            return self._count(super().among(ids))

        def due(self, clock):
            return self._count(super().due(clock))

    old = _stored(events, full.storylines)
    summ["new"] = _summary(rng, topics)
    events.append(_event("new", rng))
    up = sl.update(events, summ, 0.6, 1.5, 0.5, stored=sl.state(Counting(graph.pairs), full.links, {}),
                   recomputed=["new"], old=old)
    ref = sl.update(events, summ, 0.6, 1.5, 0.5)
    assert [s.event_ids for s in sl.apply(full.storylines, up)] == [s.event_ids for s in ref.storylines]
    assert len(graph.pairs) > 2000 and len(set(read)) < len(graph.pairs) / 4, (len(set(read)), len(graph.pairs))


def test_storylines_update_weighs_fast_participants_against_the_clock(monkeypatch):
    """Each topic's ~100 events share one participant (a desk, a ministry), so one new event moves its idf weight
    by ~2e-3, over STORY_REWEIGH_DRIFT: re-weighing every pair of it (the fixed split) reads ~1/3 of the store at
    each update, although few of those pairs are near the threshold. The update's split (`_split`) advances the
    clock instead and reads only the pairs due: far fewer reads, the same storylines and link graph."""
    rng = random.Random(4)
    topics = np.asarray([[rng.gauss(0, 1) for _ in range(8)] for _ in range(3)])

    def summary():
        v, parts = _summary(rng, topics)
        t = next(p for p in parts if p.startswith("PER:t"))[5]
        return v, parts | {f"ORG:desk{t}"}

    summ = {f"e{i:03d}": summary() for i in range(300)}
    events = [_event(eid, rng) for eid in summ]
    full = sl.update(events, summ, 0.6, 1.5, 0.5)
    graph = sl.apply_links(None, full.links)
    reads = {}

    class Counting(sl.LinkGraph):
        read: set = set()

        def among(self, ids):
            got = super().among(ids)
            self.read |= set(got)
            return got

        def due(self, clock):
            got = super().due(clock)
            self.read |= set(got)
            return got

    for split in ("update's", "fixed"):
        counting = Counting(graph.pairs)
        counting.read = set()
        if split == "fixed":
            monkeypatch.setattr(sl, "_split", lambda moved, df, drift, *a: drift)
        s2, ev2 = dict(summ), list(events)
        s2["new"] = (topics[0] / np.linalg.norm(topics[0])).astype(np.float32), frozenset({"ORG:desk0", "PER:t0p0"})
        ev2.append(_event("new", rng))
        up = sl.update(ev2, s2, 0.6, 1.5, 0.5, stored=sl.state(counting, full.links, {}),
                       recomputed=["new"], old=_stored(events, full.storylines))
        ref = sl.update(ev2, s2, 0.6, 1.5, 0.5)
        assert [s.event_ids for s in sl.apply(full.storylines, up)] == [s.event_ids for s in ref.storylines]
        assert sl.apply_links(graph, up.links).all() == sl.apply_links(None, ref.links).all()
        reads[split] = len(counting.read)
    assert reads["fixed"] > len(graph.pairs) / 5 and reads["update's"] < reads["fixed"] / 5, (reads, len(graph.pairs))


def test_store_storylines_diff_keeps_the_others(db_url):
    """Store.update_storylines: removed storylines go (their events' storyline_id cleared), written ones replace,
    the rest stay; Store.save_story_links / story_state round-trip the link graph; both backends."""
    with open_store(db_url) as store:
        store.replace_events([Event(f"e{i}", f"t{i}", "2021-01-01", ()) for i in range(6)])
        store.replace_storylines([Storyline("s1", "t0", ("e0", "e1")), Storyline("s2", "t2", ("e2", "e3")),
                                  Storyline("s3", "t4", ("e4", "e5"))])
        store.update_storylines([Storyline("s4", "t1", ("e1", "e2", "e3"))], ["s1", "s2"])
        assert [(s.id, s.event_ids) for s in store.storylines()] == [("s3", ("e4", "e5")), ("s4", ("e1", "e2", "e3"))]
        assert {e.id: e.storyline_id for e in store.events()} == {
            "e0": None, "e1": "s4", "e2": "s4", "e3": "s4", "e4": "s3", "e5": "s3"}
        assert store.story_state(["e0"]) is None  # nothing stored yet: the next update links all
        store.save_story_links(sl.LinkRows("p", True, [], [("e0", "e1", True, 0.5), ("e1", "e2", False, 0.25),
                                                           ("e3", "e4", True, float("inf"))], 0.0))
        store.save_story_links(sl.LinkRows("p", False, ["e1"], [("e1", "e5", True, 0.75), ("e3", "e4", False, 0.5)],
                                           0.125))
        state = store.story_state([])
        assert state["params"] == "p" and state["clock"] == 0.125
        graph = state["graph"]
        assert graph.all() == {("e1", "e5"): True, ("e3", "e4"): False}
        assert graph.due(0.5) == {("e3", "e4"): (False, 0.5)}
        assert graph.due_counts([0.4, 0.5, 0.75]) == (2, [0, 1, 2])
        assert graph.touching(["e5", "e3"], linked_only=True) == {("e1", "e5"): (True, 0.75)}
        assert graph.among(["e1", "e5", "e4"]) == {("e1", "e5"): (True, 0.75)}


def test_storylines_windowed_updates_are_diffs_equal_to_full(tmp_path):
    """Through the engine (window_identity: every part also run on the whole store): the windowed parts write
    their storylines as a diff, which applied gives the full run's storylines and link graph."""
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent
    sys.path.insert(0, str(root.parent / "benchmarks"))
    sys.path.insert(0, str(root))
    import synthetic_news
    import window_identity
    from test_store_window import GAP, recurring

    from newsdesk.settings import DEFAULT

    recs = recurring(synthetic_news.corpus(60, seed=3, kinds=(0,)), 20)
    c = window_identity.check(recs, 5, tmp_path, settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP))
    assert c.problems == []
    assert c.windowed == 4 and c.diffs == 4
    with open_store(str(tmp_path / "window.duckdb")) as store:
        assert store.count("storylines") >= 10 and store.count("story_links") > store.count("storylines")
