"""The events stage of the pipeline: from the store's processed articles to the events that changed.

`update` is what `newsdesk ingest` runs once per processing run, after the article stages: build one `Doc` per
article (a syndicated copy borrows its original's vector and entities, `dedup.borrowers`), let the new articles
join or open events (`assign`; `rebuild` from scratch on a full rebuild or an empty store), re-attach the copies
that do not cluster to their original's event, and finish each touched event's day, place and first/last seen
(`finish`, the consensus of its articles' dates and records: `coding.event_when_where`). `after_change` is the
event list the store will hold once the delta is saved (storylines are linked over it). Pure: no store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from newsdesk.events.assign import apply_changes, assign
from newsdesk.events.cluster import rebuild as rebuild_all
from newsdesk.events.features import entity_keys, make_doc
from newsdesk.model import Article, Doc, Event, Record


@dataclass
class EventInputs:
    """What the events stage reads, loaded by the store after the article stages saved (see Store.event_inputs).

    `articles`: every stored article (texts, no raw text), in ingest order; `processed`: the ids of those
    processed, in ingest order; `vectors`: (id, vector) rows in stored order; `spans`: id -> [(text, label)]
    NER spans (a window's are read when `make_docs` asks: `store.window.Spans`); `dup_pairs`: every stored near-duplicate pair; `assigned`: ids already in an event; `events`:
    the stored events; `records`: id -> its records."""

    articles: list[Article]
    processed: list[str]
    vectors: list[tuple[str, np.ndarray]]
    spans: Mapping[str, Sequence[tuple[str, str]]]
    dup_pairs: Sequence[tuple[str, str, float]]
    assigned: set[str]
    events: list[Event]
    records: Mapping[str, list[Record]] = field(default_factory=dict)
    rebuild: bool = False
    # a time window (Store.event_inputs): `events` and `articles` hold only the events near the new articles (and
    # their articles); `taken`: every stored event id (None: the inputs hold the whole store); `outside`: the
    # other stored events, without members; `summaries`: their `storylines.summary` as stored
    taken: set[str] | None = None
    outside: list[Event] = field(default_factory=list)
    summaries: Mapping[str, tuple] = field(default_factory=dict)
    # stored clustering features (Store.event_inputs): article id -> (source id, version, `features.pack_doc` bytes of
    # what `make_doc` built); used while the source and DOC_VERSION match. `built`: what `make_docs` built afresh
    # (id -> source id), for the store to keep
    doc_cache: Mapping[str, tuple] = field(default_factory=dict)
    built: dict[str, str] = field(default_factory=dict)
    # the stored link graph of storylines (Store.story_state; window only): `storylines.update` re-links the
    # changed part of it (None: link every event)
    story: Mapping | None = None

    @cached_property
    def copies(self) -> dict[str, str]:
        """copy -> original (the earliest member of its near-duplicate group)."""
        from newsdesk import dedup
        from newsdesk.settings import EVENT_MAX_GAP_DAYS

        return dedup.copy_map(self.dup_pairs, [a.id for a in self.articles],
                              {a.id: a.published for a in self.articles}, EVENT_MAX_GAP_DAYS)


def has_work(inp: EventInputs) -> bool:
    """Whether the stage has anything to do: processed articles in no event yet, or a rebuild."""
    return inp.rebuild or any(aid not in inp.assigned for aid in inp.processed)


def _doc_version() -> str:
    """A content hash of the modules that derive a Doc's features: stored features built by other code are
    rebuilt, not reused."""
    import hashlib
    from pathlib import Path

    from newsdesk.events import features, instance

    h = hashlib.sha1()
    for mod in (features, instance):
        h.update(Path(mod.__file__).read_bytes())
    return h.hexdigest()[:16]


DOC_VERSION = _doc_version()


def make_docs(inp: EventInputs, settings) -> dict[str, Doc]:
    """`Doc` of every article with a vector of its own, then of the first copies of each original (borrowing).
    Features stored for the same source and DOC_VERSION (`inp.doc_cache`) are reused; the others are built
    (`make_doc`, a few ms each: what an incremental update spent most of its time on) and noted in `inp.built`."""
    from newsdesk import dedup
    from newsdesk.events.features import _day, unpack_doc

    arts = {a.id: a for a in inp.articles}
    vec = dict(inp.vectors)
    source = dedup.borrowers([a.id for a in inp.articles], inp.copies, [aid for aid, _ in inp.vectors],
                             settings.CLUSTER_COPIES_PER_ORIGINAL)
    out, todo = {}, []
    for aid, src in source.items():
        if aid not in arts:
            continue
        a, hit = arts[aid], inp.doc_cache.get(aid)
        stored = None
        if hit is not None and hit[0] == src and hit[1] == DOC_VERSION:
            try:
                stored = unpack_doc(hit[2])
            except ValueError:  # not what pack_doc wrote: rebuilt (and stored again)
                stored = None
        if stored is not None:
            ents, words, names, inst = stored
            out[aid] = Doc(id=aid, published=a.published[:10] if a.published else None, title=a.title,
                           text=a.text, vector=np.asarray(vec[src], dtype=np.float32), entities=ents,
                           words=words, names=names, day=_day(a.published), instance=inst)
        else:
            out[aid] = None  # built below (keeps `source`'s order)
            todo.append((aid, src))
    spans = inp.spans
    if todo and hasattr(spans, "fetch"):  # a window's spans (store.window.Spans): only the built docs' at once
        spans = spans.fetch([src for _, src in todo])
    for aid, src in todo:
        a = arts[aid]
        out[aid] = make_doc(aid, a.published, a.title, a.text, vec[src], entity_keys(spans.get(src, ())))
        inp.built[aid] = src
    return out


def packed(built: Mapping[str, str], docs: Mapping[str, Doc]) -> dict[str, tuple[str, str, bytes]]:
    """What the store keeps of the docs `make_docs` built: article id -> (source id, DOC_VERSION, `pack_doc` bytes);
    a doc that cannot be packed is left out (rebuilt next time)."""
    from newsdesk.events.features import pack_doc

    out = {}
    for aid, src in built.items():
        blob = pack_doc(docs[aid])
        if blob is not None:
            out[aid] = (src, DOC_VERSION, blob)
    return out


def update(inp: EventInputs, docs: Mapping[str, Doc], settings) -> tuple[list[Event], list[str]]:
    """(the new or changed events, finished; the ids of events dissolved)."""
    new = [aid for aid in inp.processed if aid not in inp.assigned]
    copies = {c: o for c, o in inp.copies.items() if c not in docs}  # copies that do not cluster
    existing = inp.events
    # clustering sees clustered articles only; the other copies are re-attached to their original's event below
    bare = [Event(e.id, e.title, e.date, tuple(a for a in e.article_ids if a in docs), e.place, e.storyline_id,
                  e.first_seen, e.last_seen) for e in existing]
    bare = [e for e in bare if e.article_ids]
    if inp.rebuild or not (bare or inp.taken):  # a window may hold no event while the store has some
        changed = rebuild_all(list(docs.values()), settings)
        dropped = [e.id for e in existing if e.id not in {c.id for c in changed}]
    else:
        changed = assign([docs[a] for a in new if a in docs], bare, docs, settings, taken=inp.taken or ())
        after = {e.id for e in apply_changes(bare, changed)}
        dropped = [e.id for e in existing if e.id not in after]  # dissolved by a local re-clustering
    by_id = {e.id: e for e in bare if e.id not in dropped}
    by_id.update({e.id: e for e in changed})
    event_of = {a: e.id for e in by_id.values() for a in e.article_ids}
    touched = {e.id for e in changed} | {event_of[o] for c, o in copies.items()
                                         if o in event_of and c not in inp.assigned}
    copies_of: dict[str, list[str]] = defaultdict(list)
    for c, o in copies.items():
        if o in event_of:
            copies_of[event_of[o]].append(c)
    final = [Event(by_id[eid].id, by_id[eid].title, by_id[eid].date,
                   tuple(by_id[eid].article_ids) + tuple(sorted(copies_of.get(eid, ()))), by_id[eid].place,
                   by_id[eid].storyline_id, by_id[eid].first_seen, by_id[eid].last_seen)
             for eid in sorted(touched)]
    return finish(final, inp.articles, inp.records, settings), dropped


def finish(evs: Sequence[Event], articles: Sequence[Article], records: Mapping[str, list[Record]], settings
           ) -> list[Event]:
    """Event day and place: the consensus of its articles' records and dates; first/last seen: its articles'
    earliest and latest publication day (`articles` in ingest order)."""
    from newsdesk import coding

    pos = {a.id: k for k, a in enumerate(articles)}
    out = []
    for e in evs:
        members = sorted((a for a in e.article_ids if a in pos), key=pos.__getitem__)
        ea = [articles[pos[a]] for a in members]
        er = [r for a in sorted(members) for r in records.get(a, ())]
        date, place = coding.event_when_where(ea, er, settings)
        days = sorted(a.published for a in ea if a.published)
        out.append(Event(e.id, e.title, date or e.date, e.article_ids, place or e.place, e.storyline_id,
                         days[0] if days else e.first_seen, days[-1] if days else e.last_seen))
    return out


def after_change(existing: Sequence[Event], final: Sequence[Event], dropped: Sequence[str],
                 order: Sequence[str]) -> list[Event]:
    """The event list as the store holds it once `final` is saved and `dropped` removed (`Store.events`): an
    article moved into a saved event leaves its old one; members in ingest `order`; sorted by day, then id."""
    pos = {a: k for k, a in enumerate(order)}
    gone = set(dropped) | {e.id for e in final}
    moved = {a for e in final for a in e.article_ids}
    out = [Event(e.id, e.title or "", e.date, tuple(a for a in e.article_ids if a not in moved), e.place,
                 e.storyline_id, e.first_seen, e.last_seen) for e in existing if e.id not in gone]
    out += [Event(e.id, e.title or "", e.date, tuple(a for a in e.article_ids), e.place, e.storyline_id,
                  e.first_seen, e.last_seen) for e in final]
    out = [Event(e.id, e.title, e.date, tuple(sorted((a for a in e.article_ids if a in pos), key=pos.__getitem__)),
                 e.place, e.storyline_id, e.first_seen, e.last_seen) for e in out]
    out.sort(key=lambda e: (e.date or e.first_seen or "9999", e.id))
    return out
