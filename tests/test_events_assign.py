"""The incremental update's fast paths (`events.candidates`): the same assignments as the full computation, and
a new article is scored only against the events near it."""

import importlib
import re

import numpy as np
import pytest
from synthetic_news import FIRST, LAST, PLACES, corpus

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder, embedding_text
from newsdesk.settings import DEFAULT

assign_mod = importlib.import_module("newsdesk.events.assign")
candidates = importlib.import_module("newsdesk.events.candidates")
cluster = importlib.import_module("newsdesk.events.cluster")
features = importlib.import_module("newsdesk.events.features")


@pytest.fixture(scope="module")
def stream():
    """Synthetic same-kind incidents (2-5 outlets each, shared names and places) as Docs, in stream order."""
    recs = [r for r in corpus(60, seed=3) if not r["id"].endswith("-wire")]
    vecs = HashEmbedder().embed([embedding_text(r["title"], r["text"]) for r in recs])
    names = re.compile(rf"\b(?:{'|'.join(FIRST)}) (?:{'|'.join(LAST)})\b")
    places = re.compile(rf"\b(?:{'|'.join(re.escape(x) for c in PLACES for x in c)})\b")
    return [ev.make_doc(r["id"], r["published"], r["title"], r["text"], v,
                        [(m, "PERSON") for m in names.findall(r["text"])] + [(m, "GPE") for m in places.findall(r["text"])])
            for r, v in zip(recs, vecs, strict=True)]


def _slow_assign(monkeypatch, *args, **kw):
    """`assign` with the old computation: one `Features.sim` row per new article, the full `local_sim`."""
    real = cluster._greedy
    monkeypatch.setattr(assign_mod, "_greedy", lambda feats, rows, p, start=(), **_: real(feats, rows, p, start))
    try:
        return ev.assign(*args, **kw)
    finally:
        monkeypatch.setattr(assign_mod, "_greedy", real)


def test_local_row_equals_the_local_sim_row(stream):
    rng = np.random.default_rng(0)
    feats = features.Features(stream)
    local_row = candidates.LocalRow(feats, DEFAULT)
    for n in (1, 2, 5, 30, len(stream) - 1):
        pick = rng.choice(len(stream), size=n + 1, replace=False).tolist()
        want = features.local_sim([feats.docs[i] for i in pick], DEFAULT)[-1, :-1]
        got = local_row(pick[:-1], pick[-1])
        assert got.shape == want.shape
        assert np.array_equal(np.isfinite(got), np.isfinite(want))
        fin = np.isfinite(want)
        assert np.allclose(got[fin], want[fin], atol=1e-5)


def test_fresh_sims_rows_and_column_max_equal_feats_sim(stream):
    p = DEFAULT.replace(EVENT_SIM_CHUNK=7)
    feats = features.Features(stream)
    rows = list(range(3, len(stream), 4))
    fs = candidates.FreshSims(feats, rows, p)
    full = feats.sim(np.array(rows), None, p)
    for k in reversed(range(len(rows))):  # out of order too
        assert np.allclose(fs(rows[k]), full[k], atol=1e-6, equal_nan=True)
    assert np.allclose(fs.col_max(), full.max(axis=0), atol=1e-6)


@pytest.mark.parametrize("cut", [0.5, 0.8])
def test_assign_same_events_as_the_full_computation(stream, monkeypatch, cut):
    k = int(len(stream) * cut)
    old, new = stream[:k], stream[k:]
    events = ev.rebuild(old)
    docs = {d.id: d for d in stream}
    want = _slow_assign(monkeypatch, new, events, docs)
    got = ev.assign(new, events, docs)
    assert [(e.id, e.article_ids) for e in got] == [(e.id, e.article_ids) for e in want]
    assert got  # the new articles changed or opened events


def test_new_article_far_from_every_event_is_not_scored_against_them(stream, monkeypatch):
    """A new article sharing nothing with the stored events (its own words, names and vector) opens an event of
    its own without a within-topic comparison with any stored article."""
    events = ev.rebuild(stream)
    far = ev.make_doc("far", stream[-1].published, "Xylophone zebra quorum",
                      "Qwertyuiop asdfghjkl zxcvbnm plokijuh mnbvcxz lkjhgfdsa poiuytrewq.", -stream[0].vector, ())
    scored = []
    real = candidates.LocalRow.__call__

    def spy(self, pool, row):
        scored.append((self.feats.docs[row].id, len(pool)))
        return real(self, pool, row)

    monkeypatch.setattr(candidates.LocalRow, "__call__", spy)
    near = stream[-1]
    got = ev.assign([far], events, {**{d.id: d for d in stream}, "far": far})
    assert [e.article_ids for e in got] == [("far",)]
    assert scored == []
    # while an article like a stored one is scored against its topic (the spy sees it)
    twin = ev.make_doc("twin", near.published, near.title, near.text, near.vector, near.entities)
    ev.assign([twin], events, {**{d.id: d for d in stream}, "twin": twin})
    assert [d for d, _ in scored] == ["twin"] and scored[0][1] > 0


def test_components_are_those_of_the_threshold_graph(stream):
    """`_components` (chunked, scipy's connected components) gives the components of the pairs >= threshold,
    in order of their first row, members in row order: checked against a plain union-find over the full matrix."""
    p = DEFAULT.replace(EVENT_SIM_CHUNK=5, EVENT_THRESHOLD=0.45)  # several components in this stream
    feats = features.Features(stream)
    subset = list(range(0, len(stream), 2))
    S = feats.sim(np.array(subset), np.array(subset), p)
    parent = list(range(len(subset)))

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in zip(*np.nonzero(p.EVENT_THRESHOLD <= S), strict=True):
        a, b = find(int(i)), find(int(j))
        parent[max(a, b)] = min(a, b)
    want: dict[int, list[int]] = {}
    for x in range(len(subset)):
        want.setdefault(find(x), []).append(subset[x])
    got = cluster._components(feats, p, subset)
    assert got == list(want.values())
    assert 1 < len(got) < len(subset)  # the stream has several topics, some of several articles


@pytest.mark.parametrize("threshold", [None, 0.45])
def test_region_sims_cluster_the_region_as_the_features_do(stream, monkeypatch, threshold):
    """`RegionSims` (the region's pairs computed once) gives `_cluster_rows` the same similarities and the same
    groups as the window's `Features`, and each of the region's rows is computed once, in EVENT_SIM_CHUNK chunks
    (the components and the average link inside each used to compute them again)."""
    p = DEFAULT.replace(EVENT_SIM_CHUNK=7) if threshold is None else DEFAULT.replace(EVENT_THRESHOLD=threshold)
    feats = features.Features(stream)
    rows = list(range(1, len(stream), 3))[::-1]  # any order, as assign's region
    calls = []
    real = features.Features.sim
    monkeypatch.setattr(features.Features, "sim", lambda self, r, c, p_: calls.append(len(r)) or real(self, r, c, p_))
    region = candidates.RegionSims(feats, rows, p)
    got = cluster._cluster_rows(region, range(len(rows)), p)
    assert sum(calls) == len(rows) and max(calls) <= p.EVENT_SIM_CHUNK
    monkeypatch.setattr(features.Features, "sim", real)
    want = cluster._cluster_rows(feats, rows, p)
    assert sorted(map(sorted, got)) == sorted(map(sorted, want))
    assert 1 < len(want) < len(rows)
    sub = np.array([0, 4, 2])
    assert np.allclose(region.sim(sub, None, p), feats.sim(np.array(rows)[sub], np.array(rows), p), atol=1e-6)
    assert np.allclose(region.sim(sub, sub[::-1], p), feats.sim(np.array(rows)[sub], np.array(rows)[sub[::-1]], p),
                       atol=1e-6)
    with pytest.raises(ValueError):
        region.sim(sub, None, p.replace(EVENT_THRESHOLD=0.9))
