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

`product` (`--product`) scores the same basil_dev pairs through the product's path instead: the stream ingested in
`parts` consecutive `newsdesk ingest`s (`eval.run_product`), storylines read back as `newsdesk storylines` lists
them. Each gold event is given the predicted storyline most of its articles sit in (an article whose event is in
no storyline counts its event as its own storyline), so the figure includes the event clustering's errors. With
`--ecbplus`, the ECB+ same-topic linked share is also measured that way (`product.ecbplus_same_topic_linked`).
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


def product(records: Sequence[Mapping], parts: int = 4, settings: Settings = DEFAULT) -> dict[str, str]:
    """gold event -> predicted storyline (or event) id, through `parts` consecutive ingests of `records`."""
    from newsdesk.eval import run_product
    from newsdesk.store import queries

    public = [{k: r.get(k) for k in ("id", "title", "text", "published", "source", "url")} for r in records]
    with run_product(public, parts=parts, settings=settings) as run:
        story_of_event = {t["event"]: s["id"] for s in queries.storylines(run.store) for t in s["timeline"]}
        story_of_record = {str(a["external_id"]): story_of_event.get(e["id"], e["id"])
                           for e in queries.events(run.store) for a in e["articles"]}
    votes: dict[str, Counter] = defaultdict(Counter)
    for r in records:
        votes[f"gold:{r['event']}"][story_of_record.get(str(r["id"]), f"unassigned:{r['id']}")] += 1
    return {g: c.most_common(1)[0][0] for g, c in sorted(votes.items())}


def run(basil: str, ecbplus: str | None = None, settings: Settings = DEFAULT, parts: int = 0) -> dict:
    """Storyline figures over the gold events of `basil` (and the ECB+ same-topic false-link rate); with `parts`,
    also the product path's figures (`product`, under the key "product")."""
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
    if parts:
        ppred = product(recs, parts, settings)
        held = Counter(ppred.values())
        out["product"] = {"parts": parts, "pred_storylines": sum(1 for n in held.values() if n > 1),
                          **pair_scores(topic, ppred)}
    if ecbplus:
        erecs = load(ecbplus)
        edocs = {d.id: d for d in prepare(erecs)}
        eevts = gold_events(erecs, edocs)
        etopic = {f"gold:{r['event']}": str(r.get("topic")) for r in erecs}
        epred = storyline_of(eevts, sl.link(eevts, edocs, **kw))
        same, other = topic_linked(etopic, epred)
        out["ecbplus_same_topic_linked"], out["ecbplus_other_topic_linked"] = same, other
        out["ecbplus_same_topic_pairs"] = sum(etopic[a] == etopic[b] for a, b in combinations(sorted(etopic), 2))
        if parts:  # the same rate through the product's path (predicted events and stored storylines)
            out["product"]["ecbplus_same_topic_linked"] = topic_linked(etopic, product(erecs, parts, settings))[0]
    return out


def topic_linked(topic: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float, float]:
    """The shares of same-topic and of other-topic pairs of gold events (`topic`: gold event -> topic) that sit in
    one predicted storyline (`pred`: gold event -> storyline or event id)."""
    same = other = same_linked = other_linked = 0
    for a, b in combinations(sorted(topic), 2):
        linked = pred[a] == pred[b]
        if topic[a] == topic[b]:
            same, same_linked = same + 1, same_linked + linked
        else:
            other, other_linked = other + 1, other_linked + linked
    return same_linked / max(same, 1), other_linked / max(other, 1)
