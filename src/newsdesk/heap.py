"""The Python heap around the engine's corpus phase (events and storylines over a time window): `corpus_gc`.
Out of engine.py, which only connects the pipeline to the store."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def corpus_gc():
    """The corpus phase loads a time window (~10k articles, their features: ~1M small objects that live until it
    ends). Python's cyclic collector would scan them, with everything the earlier stages hold (the NER model's
    objects), again and again: a quarter of the events stage's CPU. Inside, the heap from before is frozen (left
    out of collections; `gc.unfreeze` after, so no garbage is lost to them) and the youngest generation is collected
    every CORPUS_GC_YOUNG allocations instead of 700: the same objects freed, fewer passes (BENCHMARKS.md, speed
    session 7)."""
    import gc

    before, freeze = gc.get_threshold(), not gc.get_freeze_count()  # a caller's own frozen heap is left as it is
    if freeze:
        gc.freeze()
    gc.set_threshold(before[0] and max(before[0], CORPUS_GC_YOUNG), *before[1:])  # 0: automatic collection off
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.unfreeze()


CORPUS_GC_YOUNG = 20_000
