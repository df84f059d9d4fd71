"""The corpus phase's collector settings (`heap.corpus_gc`, issue 13 item 5): the heap from before the phase is
frozen and automatic collection is off while it runs; afterwards the settings are as before, what the phase made
and kept is in the oldest generation (no young collection scans it again), garbage is still collected, and an
incremental ingest stores the same events and storylines as with the collector untouched."""

from __future__ import annotations

import contextlib
import gc
import json
import sys
import weakref
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_news  # noqa: E402

from newsdesk import heap  # noqa: E402


class _Node:
    def __init__(self):
        self.other = self


def test_corpus_gc_freezes_inside_and_restores_after():
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    with heap.corpus_gc():
        assert gc.get_freeze_count() > 0  # the heap from before is out of collections
        assert gc.get_threshold()[0] == 0  # no automatic collection inside
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), heap.corpus_gc():  # a failing phase restores them too
        raise RuntimeError("stage failed")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_corpus_gc_still_collects_garbage():
    old = _Node()  # a cycle made before the phase: frozen inside, collected after
    old_ref = weakref.ref(old)
    del old
    with heap.corpus_gc():
        new = _Node()  # a cycle made inside the phase: collected inside
        new_ref = weakref.ref(new)
        del new
        gc.collect()
        assert new_ref() is None
        assert old_ref() is not None
    gc.collect()
    assert old_ref() is None


def test_corpus_gc_moves_what_the_phase_keeps_to_the_oldest_generation():
    with heap.corpus_gc():
        kept = [_Node() for _ in range(30_000)]  # as the window's objects: alive when the phase ends
        assert gc.get_count()[0] >= 30_000  # nothing collected them inside
    young = {id(o) for o in gc.get_objects(generation=0)} | {id(o) for o in gc.get_objects(generation=1)}
    assert not any(id(o) in young for o in kept)
    assert gc.get_count()[0] < 1_000
    ref = weakref.ref(kept[0])
    del kept
    gc.collect()
    assert ref() is None  # their cycles are still collected


def test_corpus_gc_leaves_a_callers_frozen_heap_and_disabled_collection():
    gc.freeze()
    try:
        n = gc.get_freeze_count()
        with heap.corpus_gc():
            assert gc.get_freeze_count() == n
        assert gc.get_freeze_count() == n  # not unfrozen: it was the caller's
    finally:
        gc.unfreeze()
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])  # automatic collection off stays off
    try:
        with heap.corpus_gc():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)


def _ingest_parts(tmp_path, name, recs, parts):
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import open_store

    store = open_store(str(tmp_path / f"{name}.duckdb"))
    eng = Engine(store, embedder=HashEmbedder())
    size = -(-len(recs) // parts)
    for k, i in enumerate(range(0, len(recs), size)):
        path = tmp_path / f"{name}-{k}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs[i:i + size]))
        eng.ingest([str(path)])
    out = (sorted((e.id, e.article_ids, e.date, e.place, e.title, e.storyline_id, e.first_seen, e.last_seen)
                  for e in store.events()),
           [(s.id, s.title, s.event_ids) for s in store.storylines()])
    store.close()
    return out


def test_corpus_gc_same_events_and_storylines(tmp_path, monkeypatch):
    recs = sorted(synthetic_news.corpus(30, seed=11), key=lambda r: r.get("published") or "")
    got = _ingest_parts(tmp_path, "tuned", recs, 3)
    monkeypatch.setattr(heap, "corpus_gc", contextlib.nullcontext)
    plain = _ingest_parts(tmp_path, "plain", recs, 3)
    assert got == plain
    assert len(got[0]) >= 10
