"""Replay the events stage over a dev set's stored inputs: fast, exact cross-checks of event-clustering rules.

    .venv/bin/python benchmarks/events_replay.py ../shared/data/gvc_dev [--parts 1,4] [--alone]
        [--setting EVENT_INSTANCE_CONFLICT=0.04 ...] [--no-window] [--errors]

The dev set is ingested once through the product's path (`eval.run_product`, one ingest: cleaning, NER,
vectors, near-duplicates, records, as `newsdesk ingest` runs; the gold fields never reach it) and what the
events stage reads (`Store.event_rows`) is cached under $NEWSDESK_CACHE/eval. Each replay then runs
`events.build.update` / `after_change` -- the functions the pipeline's events phase runs -- on that input in
`parts` consecutive ingests of the stored order (1 = an ingest into an empty store, i.e. `rebuild`, as
`../shared/tools/acceptance.py clusters` drives the CLI; 4 = the incremental path of `newsdesk eval
clustering`), and scores B-cubed on the whole stream and on its halves (`eval.clustering.half_of`: no topic or
incident in both). `--alone`: each half is also replayed on its own, as a held-out stream of other incidents
would be. `--no-window`: `events.assign.near` keeps every event (to measure the time window). `--errors`: for each
half replayed alone (one ingest), every gold group (a record's `topic`, else its event) whose articles, clustered
as gold, would raise the half's B-cubed F1 by at least .0005, with that gain and how its predicted events hold
its gold events (error analysis: the gold fields are read here, after the replay, never by it). A replay takes
seconds; one ingest takes minutes, so a settings grid costs one ingest.

One ingest replayed reproduces acceptance.py (gvc_dev .9548 = .9548, ecbplus_dev .9179 = .9179 at 264c6c6).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def stored_inputs(dataset: str) -> dict:
    """{rows: Store.event_rows() after one product ingest, gold, half, article_of}, cached by the stream's content."""
    from newsdesk.embed import cache_dir
    from newsdesk.eval import run_product
    from newsdesk.eval.clustering import half_of, load

    records = load(dataset)
    h = hashlib.sha256(b"events-replay-1")
    for r in records:
        h.update(repr([r.get(k) for k in ("id", "title", "text", "published", "source", "url")]).encode())
    path = cache_dir() / "eval" / f"replay-{h.hexdigest()[:24]}.pkl"
    if path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    public = [{k: r.get(k) for k in ("id", "title", "text", "published", "source", "url")} for r in records]
    with run_product(public, parts=1) as run:
        out = {"rows": run.store.event_rows(), "article_of": dict(run.article_of),
               "gold": {str(r["id"]): str(r["event"]) for r in records},
               "half": {str(r["id"]): half_of(r) for r in records}}
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".tmp"), "wb") as f:
        pickle.dump(out, f)
    path.with_suffix(".tmp").replace(path)
    return out


def replay(rows: dict, docs: dict, parts: int, settings, keep: set[str] | None = None) -> dict[str, str]:
    """article id -> event id after `parts` consecutive events phases over the stored order (only `keep`)."""
    from newsdesk.events import build
    from newsdesk.events.build import EventInputs

    order = [x for x in rows["processed"] if keep is None or x in keep]
    size = -(-len(order) // parts) if order else 1
    events: list = []
    for k in range(parts):
        upto = set(order[:(k + 1) * size])
        arts = [a for a in rows["articles"] if a.id in upto]
        inp = EventInputs(articles=arts, processed=[x for x in order if x in upto],
                          vectors=[v for v in rows["vectors"] if v[0] in upto], spans=rows["spans"],
                          dup_pairs=[p for p in rows["dup_pairs"] if p[0] in upto and p[1] in upto],
                          assigned={a for e in events for a in e.article_ids}, events=events,
                          records=rows["records"])
        final, dropped = build.update(inp, {i: d for i, d in docs.items() if i in upto}, settings)
        events = build.after_change(events, final, dropped, [a.id for a in arts])
    return {a: e.id for e in events for a in e.article_ids}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--parts", default="1,4")
    ap.add_argument("--setting", action="append", default=[])
    ap.add_argument("--alone", action="store_true")
    ap.add_argument("--no-window", action="store_true")
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    from newsdesk.eval.clustering import bcubed
    from newsdesk.events import build
    from newsdesk.events.build import EventInputs
    from newsdesk.settings import DEFAULT

    settings = DEFAULT.parse(a.setting)
    if a.no_window:
        importlib.import_module("newsdesk.events.assign").near = lambda events, fresh, docs, gap: list(events)
    inp = stored_inputs(a.dataset)
    rows = {**inp["rows"], "assigned": set(), "events": []}
    docs = build.make_docs(EventInputs(**rows), settings)
    rec_of = {aid: rid for rid, aid in inp["article_of"].items()}

    def score(pred: dict[str, str], half: int | None) -> dict:
        p = {rec_of[x]: e for x, e in pred.items() if x in rec_of}
        g = {i: v for i, v in inp["gold"].items() if half is None or inp["half"][i] == half}
        return bcubed(g, {i: p[i] for i in g if i in p})

    for parts in (int(x) for x in a.parts.split(",")):
        t = time.perf_counter()
        pred = replay(rows, docs, parts, settings)
        s, h0, h1 = score(pred, None), score(pred, 0), score(pred, 1)
        line = (f"{Path(a.dataset).name} {parts} ingest(s): F1 {s['f1']:.4f} (P {s['precision']:.3f} R "
                f"{s['recall']:.3f}, {s['pred_clusters']}/{s['gold_events']}), halves {h0['f1']:.4f} / "
                f"{h1['f1']:.4f}, unassigned {len(set(inp['gold']) - {rec_of.get(x) for x in pred})}")
        if a.alone:
            alone = []
            for h in (0, 1):
                keep = {aid for rid, aid in inp["article_of"].items() if inp["half"][rid] == h}
                alone.append(f"{score(replay(rows, docs, parts, settings, keep), h)['f1']:.4f}")
            line += ", halves alone " + " / ".join(alone)
        print(line + f"  ({time.perf_counter() - t:.0f} s)", flush=True)
    if a.errors:
        from newsdesk.eval.clustering import load

        group = {str(r["id"]): str(r.get("topic") or r["event"]) for r in load(a.dataset)}
        for h in (0, 1):
            keep = {aid for rid, aid in inp["article_of"].items() if inp["half"][rid] == h}
            pred = {rec_of[x]: e for x, e in replay(rows, docs, 1, settings, keep).items() if x in rec_of}
            for line in errors(inp["gold"], group, pred):
                print(f"half {h} {line}", flush=True)


def errors(gold: dict[str, str], group: dict[str, str], pred: dict[str, str], least: float = 0.0005) -> list[str]:
    """Lines, largest gain first: a gold group (`group`: record id -> topic or event) whose articles clustered as
    gold would raise B-cubed F1 over `pred`'s records by at least `least`, the gain, and its predicted events as
    {gold event: articles} (an event of another group is shown by its counts too)."""
    from newsdesk.eval.clustering import bcubed

    g = {i: gold[i] for i in pred}
    base = bcubed(g, pred)["f1"]
    members: dict[str, list[str]] = {}
    for i in pred:
        members.setdefault(group[i], []).append(i)
    by_event: dict[str, list[str]] = {}
    for i, e in pred.items():
        by_event.setdefault(e, []).append(i)
    out = []
    for name, ids in members.items():
        fixed = dict(pred)
        fixed.update({i: "gold " + gold[i] for i in ids})
        gain = bcubed(g, fixed)["f1"] - base
        if gain < least:
            continue
        held = []
        for e in sorted({pred[i] for i in ids}):
            counts: dict[str, int] = {}
            for i in by_event[e]:
                counts[gold[i]] = counts.get(gold[i], 0) + 1
            held.append(str(dict(sorted(counts.items()))))
        out.append((gain, f"{name}: +{gain:.4f} (F1 {base:.4f}) events {' '.join(held)}"))
    return [line for _, line in sorted(out, key=lambda x: -x[0])]


if __name__ == "__main__":
    main()
