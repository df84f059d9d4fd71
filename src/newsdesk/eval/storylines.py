"""Storyline evaluation: do events of one storyline get linked, and do unrelated events stay apart?

Gold events are given (so the figure measures the linking, not the event clustering):

- `basil_dev`: its `event` field is the event, its `topic` field the hand-made storyline (an event outside any
  storyline has its own id as topic). Scored: pairwise precision/recall/F1 over event pairs (a pair is positive
  when both events are in one gold storyline, predicted when both are in one predicted storyline), and the
  number of storylines.
- `ecbplus_dev` (optional second stream): every ECB+ topic holds two *different* same-kind events (two rehab
  check-ins of two actresses, two earthquakes years apart); most are not one storyline. Reported: the share of
  those same-topic pairs that get linked (a false-link rate; lower is better, though a few ECB+ topic pairs,
  e.g. two offers to one baseball player, are a storyline).

    .venv/bin/python -m newsdesk.eval.storylines ../shared/data/basil_dev [--ecbplus ../shared/data/ecbplus_dev]
        [--param min_cosine=0.6] [--param min_shared=2] [--param min_linked_share=0.5] [--json]

Docs are built as `newsdesk.eval.clustering.prepare` builds them (cached vectors and NER).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from newsdesk import events as ev
from newsdesk import storylines as sl
from newsdesk.eval.clustering import load, prepare


def gold_events(records: Sequence[Mapping], docs: Mapping[str, ev.Doc]) -> list:
    """One `events.make_event` per gold event of the records."""
    by: dict[str, list[str]] = defaultdict(list)
    for r in records:
        by[str(r["event"])].append(str(r["id"]))
    return [ev.make_event(ids, docs, id=f"gold:{name}") for name, ids in sorted(by.items())]


def pair_scores(gold: Mapping[str, str], pred: Mapping[str, str]) -> dict:
    """Pairwise P/R/F1 over item pairs: positive when both items share a label."""
    items = sorted(gold)
    tp = fp = fn = 0
    for a, b in combinations(items, 2):
        g, p = gold[a] == gold[b], pred[a] == pred[b]
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {"precision": prec, "recall": rec, "f1": f1, "gold_pairs": tp + fn, "pred_pairs": tp + fp}


def storyline_of(events: Sequence, stories: Sequence) -> dict[str, str]:
    """event id -> storyline id (an unlinked event is its own storyline)."""
    out = {e.id: e.id for e in events}
    for s in stories:
        for eid in s.event_ids:
            out[eid] = s.id
    return out


PARAMS = ("min_cosine", "min_shared", "min_linked_share")  # keyword arguments of storylines.link


def run(basil: str, ecbplus: str | None = None, **params: float) -> dict:
    kw = {k: v for k, v in params.items() if v is not None}
    recs = load(basil)
    docs = {d.id: d for d in prepare(recs)}
    evts = gold_events(recs, docs)
    topic = {f"gold:{r['event']}": str(r.get("topic") or r["event"]) for r in recs}
    stories = sl.link(evts, docs, **kw)
    pred = storyline_of(evts, stories)
    size = Counter(topic.values())
    out = {"dataset": str(basil), "events": len(evts), "gold_storylines": sum(1 for n in size.values() if n > 1),
           "pred_storylines": len(stories), **pair_scores(topic, pred)}
    if ecbplus:
        erecs = load(ecbplus)
        edocs = {d.id: d for d in prepare(erecs)}
        eevts = gold_events(erecs, edocs)
        etopic = {f"gold:{r['event']}": str(r.get("topic")) for r in erecs}
        epred = storyline_of(eevts, sl.link(eevts, edocs, **kw))
        same = [(a.id, b.id) for a, b in combinations(eevts, 2) if etopic[a.id] == etopic[b.id]]
        other = [(a.id, b.id) for a, b in combinations(eevts, 2) if etopic[a.id] != etopic[b.id]]
        out["ecbplus_same_topic_linked"] = sum(epred[a] == epred[b] for a, b in same) / max(len(same), 1)
        out["ecbplus_other_topic_linked"] = sum(epred[a] == epred[b] for a, b in other) / max(len(other), 1)
        out["ecbplus_same_topic_pairs"] = len(same)
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("basil")
    ap.add_argument("--ecbplus", default=None)
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help=f"one of {', '.join(PARAMS)} for this run (repeatable)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    kw: dict[str, float] = {}
    for pair in a.param:
        name, sep, value = pair.partition("=")
        if not sep or name not in PARAMS:
            ap.error(f"--param {pair!r}: expected NAME=VALUE with NAME one of {', '.join(PARAMS)}")
        try:
            kw[name] = float(value)
        except ValueError:
            ap.error(f"--param {pair!r}: {value!r} is not a number")
    res = run(a.basil, a.ecbplus, **kw)
    if a.json:
        print(json.dumps(res, indent=1))
        return
    print(f"{res['dataset']}: {res['events']} gold events, {res['gold_storylines']} gold storylines")
    print(f"storyline event pairs  P {res['precision']:.3f}  R {res['recall']:.3f}  F1 {res['f1']:.3f}  "
          f"({res['pred_pairs']} predicted / {res['gold_pairs']} gold pairs, {res['pred_storylines']} storylines)")
    if "ecbplus_same_topic_linked" in res:
        print(f"ecbplus same-topic different events linked: {res['ecbplus_same_topic_linked']:.3f} of "
              f"{res['ecbplus_same_topic_pairs']}; other-topic pairs linked: {res['ecbplus_other_topic_linked']:.4f}")


if __name__ == "__main__":
    main()
