"""Incremental storylines == a full recompute, at scale (issue 12): ingest a batch of articles into a copy of a
store (the engine's incremental update: `storylines.update` with the stored link graph), then recompute the
storylines and the candidate link graph from every stored event summary without the stored graph, and compare
storyline ids, titles and members, and every pair's link flag.

    .venv/bin/python benchmarks/storylines_identity.py STORE.duckdb NEW.jsonl

STORE: e.g. a store of benchmarks/events_incremental.py after its first batch (the first update also re-summarises
the builder's events); NEW: its second batch. Exit status 0 when both are identical.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("store")
    ap.add_argument("new")
    ap.add_argument("--work", default=None, help="where the copy goes (default: next to the store)")
    a = ap.parse_args(argv)
    import numpy as np

    from newsdesk import storylines
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import Store

    src = Path(a.store)
    run = Path(a.work or src.parent) / f"{src.stem}.identity.duckdb"
    shutil.copy(src, run)
    try:
        with Store(run) as store:
            rep = Engine(store, embedder=HashEmbedder()).ingest([a.new])
            summ = {eid: (np.frombuffer(c, dtype=np.float32) if c is not None else None, frozenset(p or ()))
                    for eid, c, p in store.rows("SELECT event_id, centroid, participants FROM event_summaries")}
            t = time.perf_counter()
            full = storylines.update(store.events(), summ)
            full_s = time.perf_counter() - t
            inc = sorted((s.id, s.title, tuple(s.event_ids)) for s in store.storylines())
            ref = sorted((s.id, s.title, tuple(s.event_ids)) for s in full.storylines)
            links = {(x, y): bool(ok) for x, y, ok in store.rows("SELECT a, b, linked FROM story_links")}
            ref_links = {(x, y): bool(ok) for x, y, ok, _ in full.links.rows}
    finally:
        run.unlink(missing_ok=True)
    same = inc == ref and links == ref_links
    print(f"stored {rep.stored}, storylines stage {rep.timings.get('storylines', 0):.2f} s, full recompute "
          f"{full_s:.1f} s; storylines {len(inc)} identical {inc == ref}; pairs {len(links)} identical "
          f"{links == ref_links}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
