"""Events stage cost of an incremental update against the number of stored events (issue 13, item 5).

Builds a synthetic store in memory: N articles spread evenly over YEARS years, in events of 1-4 articles (docs
from short generated texts, hashing-embedder vectors: no models), then times `events.assign` of 100 new articles
dated in the last month -- the clustering part of the events stage. Only the events `near` the new articles in
time (EVENT_MAX_GAP_DAYS) take part, so the time should follow the window, not N. Store loading is not included
(`Store.event_rows` still reads every article; see BENCHMARKS.md).

    .venv/bin/python benchmarks/events_window.py --articles 10000 100000 --years 10
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder

PLACES = ["Chicago", "Houston", "Denver", "Memphis", "Tulsa", "Fresno", "Omaha", "Dayton", "Austin", "Miami"]
KINDS = ["shooting", "flood", "fire", "strike", "summit", "election", "earthquake", "trial"]
NAMES = ["Carter", "Moreno", "Singh", "Okafor", "Nguyen", "Kowalski", "Haddad", "Silva", "Ivanova", "Tanaka"]


def synthetic(n: int, years: int, seed: int = 1, end: dt.date = dt.date(2024, 12, 31)):
    rng = random.Random(seed)
    emb = HashEmbedder(64)
    texts, meta = [], []
    k = 0
    while len(texts) < n:
        day = end - dt.timedelta(days=int((n - len(texts)) / n * years * 365))
        kind, place, name = rng.choice(KINDS), rng.choice(PLACES), rng.choice(NAMES)
        for j in range(rng.randint(1, 4)):
            t = (f"A {kind} in {place} on {day:%B} {day.day}: {name} {k}, {20 + k % 50}, was named by police; "
                 f"report {j} of event {k}.")
            texts.append(t)
            meta.append((f"a{len(texts):07d}", (day + dt.timedelta(days=j)).isoformat(), f"e{k}"))
        k += 1
    vecs = emb.embed(texts)
    docs = {i: ev.make_doc(i, p, None, t, v, [f"LOC:{t.split(' in ')[1].split(' on ')[0].lower()}"])
            for (i, p, _), t, v in zip(meta, texts, vecs, strict=True)}
    by_event: dict[str, list[str]] = {}
    for i, _, e in meta:
        by_event.setdefault(e, []).append(i)
    return docs, [ev.make_event(a, docs) for a in by_event.values()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--years", type=int, default=10)
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--no-window", action="store_true", help="every stored event takes part (the old behaviour)")
    a = ap.parse_args()
    if a.no_window:
        import importlib

        importlib.import_module("newsdesk.events.assign").near = lambda events, *_: list(events)
    for n in a.articles:
        t0 = time.perf_counter()
        docs, events = synthetic(n, a.years)
        new_docs, _ = synthetic(a.new, 0, seed=99, end=dt.date(2025, 1, 15))
        new = [ev.make_doc("n" + d.id, d.published, None, d.text, d.vector, d.entities) for d in new_docs.values()]
        docs.update({d.id: d for d in new})
        built = time.perf_counter() - t0
        t1 = time.perf_counter()
        changed = ev.assign(new, events, docs)
        t2 = time.perf_counter()
        near = len(ev.assign.__globals__["near"](events, new, docs, 365))  # (all when --no-window)
        print(f"{n} stored articles ({len(events)} events, {a.years} years): assign {a.new} new in {t2 - t1:.2f} s "
              f"({near} events in the window, {len(changed)} changed; synthetic store built in {built:.0f} s)",
              flush=True)


if __name__ == "__main__":
    main()
