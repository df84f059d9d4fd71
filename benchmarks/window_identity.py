"""Windowed event loading gives the same events and storylines as loading the whole store (issue 13, item 5).

A stream is ingested through `Engine.ingest` in parts (oldest first, so later parts are far in time from the
first); at every part the events stage runs twice on the same store: on `Store.event_inputs` (the time window of
the new articles, what the engine uses) and on `Store.event_rows` (every stored article, as before). The two deltas
must hold the same changed events (ids, members, day, place, title), the same dropped events and the same
storylines, and the window's event summaries must equal the full load's. Counts how many parts really used a
window smaller than the store (a check that never did so proves nothing).

    .venv/bin/python benchmarks/window_identity.py --data ../shared/data --streams basil_dev gvc_dev ecbplus_dev
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def _key(e):
    return (e.id, tuple(e.article_ids), e.date, e.place, e.title, e.first_seen, e.last_seen)


def _summ(s):
    c, p = s
    return (None if c is None else c.tobytes(), tuple(sorted(p)))


class Checker:
    """Wraps one store's `event_inputs`: each call also runs the events phase on the full load and compares."""

    def __init__(self, store, settings):
        self.store, self.settings = store, settings
        self.calls = self.windowed = 0
        self.diffs = 0  # windowed parts whose storylines were a diff over the stored ones
        self.problems: list[str] = []
        self.built: list[tuple[int, int, int]] = []  # windowed parts: (docs built afresh, docs, new articles)
        # windowed parts: (articles whose NER spans were read (store.window.Spans), sources of the docs built afresh)
        self.spans_read: list[tuple[int, int]] = []
        self._orig = store.event_inputs
        store.event_inputs = self

    def __call__(self, max_gap_days, *, rebuild=False):
        from newsdesk import pipeline
        from newsdesk.events.build import EventInputs

        win = self._orig(max_gap_days, rebuild=rebuild)
        full = self.store.event_rows()
        self.calls += 1
        if "taken" in win:
            self.windowed += 1
        wi = EventInputs(**win, rebuild=rebuild)
        dw = pipeline.run(None, wi, self.settings, "corpus")
        if "taken" in win:
            self.built.append((len(wi.built), len(dw.docs), sum(a not in wi.assigned for a in wi.processed)))
            self.spans_read.append((len(getattr(wi.spans, "fetched", wi.spans)), len(set(wi.built.values()))))
        df = pipeline.run(None, EventInputs(**full, rebuild=rebuild), self.settings, "corpus")
        n = self.calls
        if (dw.events is None) != (df.events is None):
            self.problems.append(f"part {n}: work {dw.events is not None} (window) vs {df.events is not None}")
            return win
        if dw.events is None:
            return win
        if sorted(map(_key, dw.events)) != sorted(map(_key, df.events)):
            self.problems.append(f"part {n}: changed events differ")
        if sorted(dw.dropped) != sorted(df.dropped):
            self.problems.append(f"part {n}: dropped events differ")
        # the window's storylines are a diff over the stored ones (storylines.update): applied, they must be the
        # full run's, and so must the stored link graph
        from newsdesk import storylines as sl

        state = self.store.story_state([]) or {}
        got = sl.apply(self.store.storylines(), sl.Update(dw.storylines, dw.storylines_removed, dw.story_links))
        if [(s.id, s.title, s.event_ids) for s in got] != [(s.id, s.title, s.event_ids) for s in df.storylines]:
            self.problems.append(f"part {n}: storylines differ")
        before = sl.LinkGraph({pq: (ok, 0.0) for pq, ok in state["graph"].all().items()}) if state else None
        if sl.apply_links(before, dw.story_links).all() != sl.apply_links(None, df.story_links).all():
            self.problems.append(f"part {n}: storyline link graphs differ")
        if "taken" in win and dw.storylines_removed is not None:
            self.diffs += 1
        bad = [e for e, s in dw.summaries.items() if e not in df.summaries or _summ(s) != _summ(df.summaries[e])]
        if bad:
            self.problems.append(f"part {n}: {len(bad)} event summaries differ")
        return win


def check(records: list[dict], parts: int, workdir: Path, settings=None, db: str | None = None) -> Checker:
    """Ingest `records` (sorted by day, undated last) in `parts` through the engine with the hashing embedder,
    comparing windowed and full event loading at every part; returns the checker (its `problems`)."""
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.settings import DEFAULT
    from newsdesk.store import open_store

    settings = settings or DEFAULT
    recs = sorted(records, key=lambda r: (r.get("published") is None, r.get("published") or ""))
    store = open_store(db or str(workdir / "window.duckdb"))
    checker = Checker(store, settings)
    engine = Engine(store, embedder=HashEmbedder(), settings=settings)
    size = -(-len(recs) // parts)
    for i in range(0, len(recs), size):
        path = workdir / f"part{i // size:03d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in recs[i:i + size]))
        engine.ingest([str(path)])
    store.close()
    return checker


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--streams", nargs="+", default=["basil_dev", "gvc_dev", "ecbplus_dev"])
    ap.add_argument("--parts", type=int, default=8)
    a = ap.parse_args(argv)
    failed = 0
    for name in a.streams:
        fields = ("id", "title", "text", "published", "source", "url")
        recs = [{k: r[k] for k in fields if k in r}
                for r in map(json.loads, (Path(a.data) / name / "articles.jsonl").read_text().splitlines())]
        t = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            c = check(recs, a.parts, Path(tmp))
        print(f"{name}: {len(recs)} articles, {a.parts} parts, {c.windowed}/{c.calls} parts on a window, "
              f"{len(c.problems)} differences ({time.perf_counter() - t:.0f} s)" + "".join(
                  f"\n  {p}" for p in c.problems))
        failed += bool(c.problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
