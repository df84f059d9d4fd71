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

    newsdesk eval storylines --dataset ../shared/data/basil_dev [--ecbplus ../shared/data/ecbplus_dev]
        [--setting STORY_MIN_COSINE=0.6] [--setting STORY_MIN_SHARED=2] [--setting STORY_MIN_LINKED_SHARE=0.5] [--json]

Docs are built as `newsdesk.eval.clustering.prepare` builds them (cached vectors and NER).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations

from newsdesk import events as ev
from newsdesk import storylines as sl
from newsdesk.eval.clustering import load, prepare
from newsdesk.settings import DEFAULT, Settings


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


def run(basil: str, ecbplus: str | None = None, settings: Settings = DEFAULT) -> dict:
    """Storyline figures over the gold events of `basil` (and the ECB+ same-topic false-link rate)."""
    kw = {"min_cosine": settings.STORY_MIN_COSINE, "min_shared": settings.STORY_MIN_SHARED,
          "min_linked_share": settings.STORY_MIN_LINKED_SHARE, "chunk": settings.STORY_LINK_CHUNK}
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
