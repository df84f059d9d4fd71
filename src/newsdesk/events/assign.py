"""Incremental event clustering: new articles join existing events, and only the region they touch is
re-clustered (`assign`); `apply_changes` folds the result into the event list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from newsdesk.events.candidates import FreshSims, LocalRow, RegionSims, one_blas_thread
from newsdesk.events.cluster import _cluster_rows, _greedy, _order_key
from newsdesk.events.describe import event_id, make_event
from newsdesk.events.features import Features
from newsdesk.model import Doc, Event, content_id
from newsdesk.settings import DEFAULT, Settings


def assign(new: Sequence[Doc], events: Sequence[Event], docs: Mapping[str, Doc],
           settings: Settings = DEFAULT, taken: Iterable[str] = ()) -> list[Event]:
    with one_blas_thread():
        return _assign(new, events, docs, settings, taken)


def _assign(new: Sequence[Doc], events: Sequence[Event], docs: Mapping[str, Doc],
            settings: Settings = DEFAULT, taken: Iterable[str] = ()) -> list[Event]:
    """Add `new` articles to `events` (whose articles are in `docs`), re-clustering only where they land.

    1. Each new article (oldest first) joins the event with the best average similarity (two stages, as
       `_greedy`), or opens a new one.
    2. The region the new articles touched -- the events they joined or opened, and every event holding an
       article whose similarity to a new one reaches EVENT_THRESHOLD (the topic neighbourhood; date conflicts
       count as unlike) -- is clustered again with the two-stage method of `rebuild` (IDF over all `docs`),
       the events of the new articles always, their neighbours' (closest first) while the region stays within
       EVENT_LOCAL_MAX articles.
    3. Region groups take the id of the old event they share most articles with (one each, largest overlap
       first), so an event keeps its id while its membership survives; other groups get `event_id`.

    Returns the events that changed (same id, other articles) or were created, by id.  An old event of the
    region that is in no returned event's id was dissolved: all its articles are in returned events (see
    `apply_changes`).  Articles already in an event are ignored.  Only the events `near` the new articles in
    time take part (the pool, its IDF and the region): the cost of an update follows the time window, not the
    number of stored events. `taken`: further stored event ids a new event must not take (the store's events
    outside the time window, when `events` holds only those in it: see `Store.event_inputs`).
    """
    p = settings
    known = {a for e in events for a in e.article_ids}
    fresh = sorted({d.id: d for d in new if d.id not in known}.values(), key=_order_key)
    if not fresh:
        return []
    taken = {e.id for e in events} | set(taken)
    events = near(events, fresh, docs, p.EVENT_MAX_GAP_DAYS)
    pool = {**{a: docs[a] for e in events for a in e.article_ids if a in docs}, **{d.id: d for d in fresh}}
    feats = Features(sorted(pool.values(), key=lambda d: d.id))
    start = [[feats.index[a] for a in e.article_ids if a in feats.index] for e in events]
    fresh_rows = [feats.index[d.id] for d in fresh]
    sims = FreshSims(feats, fresh_rows, p)  # the new articles' similarity rows, computed once
    groups = _greedy(feats, fresh_rows, p, start=start, sims=sims, local_row=LocalRow(feats, p))  # group k < len(events)
    group_of = {a: k for k, g in enumerate(groups) for a in g}                           # is events[k]
    # the region: groups of the new articles and of their above-threshold neighbours, closest first
    closeness: dict[int, float] = {}
    best = sims.col_max()
    for col in np.nonzero(best >= p.EVENT_THRESHOLD)[0].tolist():
        k = group_of[feats.docs[col].id]
        closeness[k] = max(closeness.get(k, -np.inf), float(best[col]))
    for d in fresh:
        closeness[group_of[d.id]] = np.inf
    region: list[int] = []
    size = 0
    for k in sorted(closeness, key=lambda k: (-closeness[k], k)):
        if size + len(groups[k]) > p.EVENT_LOCAL_MAX and closeness[k] != np.inf:
            continue
        region.append(k)
        size += len(groups[k])
    rows = [feats.index[a] for k in region for a in groups[k]]
    if len(rows) <= p.EVENT_MAX_BLOCK:  # its pairs computed once (memory: EVENT_MAX_BLOCK^2 floats at most)
        regrouped = [sorted(g) for g in _cluster_rows(RegionSims(feats, rows, p), range(len(rows)), p)]
    else:
        regrouped = [sorted(g) for g in _cluster_rows(feats, rows, p)]
    old = [events[k] for k in region if k < len(events)]
    ids = _keep_ids(regrouped, old, taken)
    old_by_id = {e.id: e for e in old}
    out = []
    for g, eid in zip(regrouped, ids, strict=False):
        e = old_by_id.get(eid)
        if e is not None and tuple(sorted(e.article_ids)) == tuple(g):
            continue
        out.append(make_event(g, pool, id=eid, storyline_id=e.storyline_id if e else None))
    if len({e.id for e in out}) != len(out):  # two events with one id: the store would keep only one of them
        raise RuntimeError("events.assign: two changed events share one id")
    return sorted(out, key=lambda e: e.id)


def near(events: Sequence[Event], fresh: Sequence[Doc], docs: Mapping[str, Doc], max_gap: float) -> list[Event]:
    """The events a new article could join: those with an article dated within `max_gap` days of a new
    article's day (the date cannot-link forbids the others), and those with no dated article (undated events
    join by content). All events when a new article is undated (it may join any of them)."""
    days = [d.day for d in fresh]
    if not days or any(d is None for d in days):
        return list(events)
    lo, hi = min(days) - max_gap, max(days) + max_gap
    out = []
    for e in events:
        ed = [docs[a].day for a in e.article_ids if a in docs and docs[a].day is not None]
        if not ed or any(lo <= d <= hi for d in ed):
            out.append(e)
    return out


def _keep_ids(groups: Sequence[Sequence[str]], old: Sequence[Event], taken: set[str]) -> list[str]:
    """An id per group: the old event it shares most articles with (one-to-one, largest overlap first, then
    the smaller old id), else `event_id` of its articles, or, while that id is in use, a content id of all its
    articles and a counter. Never two groups with one id, nor a new group with an id of `taken`."""
    member = {a: e.id for e in old for a in e.article_ids}
    overlap = Counter((k, member[a]) for k, g in enumerate(groups) for a in g if a in member)
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for (k, eid), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][1], kv[0][0])):
        if ids[k] is None and eid not in used:
            ids[k], _ = eid, used.add(eid)
    for k, g in enumerate(groups):
        if ids[k] is None:
            eid, n = event_id(g), 0
            while eid in taken or eid in used:  # e.g. a one-article piece split off an event whose id it gave
                n += 1
                eid = content_id("event", *sorted(g), n, prefix="ev_")
            ids[k], _ = eid, used.add(eid)
    return ids  # type: ignore[return-value]


def apply_changes(events: Sequence[Event], changed: Sequence[Event]) -> list[Event]:
    """The event list after `assign`: `changed` replace events of the same id, and old events that lost
    articles to a changed event without being returned themselves (dissolved in a local re-clustering) go."""
    by_id = {e.id: e for e in changed}
    moved = {a for e in changed for a in e.article_ids}
    keep = [e for e in events if e.id not in by_id and not (set(e.article_ids) & moved)]
    return sorted(keep + list(changed), key=lambda e: e.id)
