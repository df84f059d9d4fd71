"""The Python heap around the engine's corpus phase (events and storylines over a time window): `corpus_gc`.
Out of engine.py, which only connects the pipeline to the store."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def corpus_gc():
    """The corpus phase loads a time window (~10k articles, their features: ~1M small objects that live until it
    ends) and makes no cyclic garbage: on the 10k store's update Python's collector ran 33 young and 2 middle
    collections inside it, freed nothing, and took ~0.1 s of its ~1.6 s (BENCHMARKS.md, speed session 8; before,
    with every 700th allocation, a quarter of the stage, session 7). Inside, automatic collection is off and the
    heap from before is frozen (an explicit `gc.collect()` leaves it out); after, the objects the phase made that
    are still alive go with it into the oldest generation without being scanned (`gc.freeze` + `gc.unfreeze`), where
    any cycle among them is collected by the next full collection, as the rest of the heap's. A caller's own frozen
    heap and its collector settings are left as they are (nothing is frozen or moved then)."""
    import gc

    before, freeze = gc.get_threshold(), not gc.get_freeze_count()
    if freeze:
        gc.freeze()
    gc.set_threshold(0, *before[1:])  # 0: no automatic collection
    try:
        yield
    finally:
        gc.set_threshold(*before)
        if freeze:
            gc.freeze()  # the phase's survivors join the heap from before (young counts reset, nothing scanned) ...
            gc.unfreeze()  # ... and all of it goes back to the oldest generation
