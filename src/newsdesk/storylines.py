"""Storylines: events that share participants and topic across time, linked into one timeline.

Two events are linked when (a) their centroid MiniLM vectors are close (same topic: cosine >=
STORY_MIN_COSINE) and (b) they share at least STORY_MIN_SHARED salient participants (people, organisations,
places, groups named in at least half of each event's articles).  Storylines are the groups of average link
over that graph (two groups join while at least STORY_MIN_LINKED_SHARE of their event pairs are linked), with
two or more events; their `event_ids` run in time order (undated events last).  Average link rather than
connected components: one broad event (a shutdown speech naming Mexico, Democrats and the White House) would
otherwise chain unrelated storylines into one.

Incremental (issue 12, `update`): the store keeps the candidate pairs (cosine and a shared participant) with their
link (`Store.story_state`); an update searches new candidates only for the events whose summary changed, re-weighs
every stored candidate (the idf weights depend on all events), re-links only the connected components of the link
graph that hold a changed event or an end of a link that appeared or went, and writes their storylines as a diff.
The result is the full recompute's (`link`), tested in tests/test_storylines_incremental.py.

Hand-written (a dozen lines over numpy, with `events.average_link`) because the rule is a thresholded graph,
not a clustering model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from newsdesk.events import average_link
from newsdesk.model import Doc, Event, Storyline, content_id
from newsdesk.settings import STORY_LINK_CHUNK, STORY_MIN_COSINE, STORY_MIN_LINKED_SHARE, STORY_MIN_SHARED

PARTICIPANT_PREFIXES = ("PER:", "ORG:", "LOC:", "NORP:")


def salient_participants(event: Event, docs: Mapping[str, Doc]) -> frozenset[str]:
    """Entity keys of people/orgs/places/groups named in at least half of the event's articles (min 1)."""
    members = [docs[a] for a in event.article_ids if a in docs]
    counts = Counter(k for d in members for k in set(d.entities) if k.startswith(PARTICIPANT_PREFIXES))
    need = max(1, (len(members) + 1) // 2)
    return frozenset(k for k, n in counts.items() if n >= need)


def _centroid(event: Event, docs: Mapping[str, Doc]) -> np.ndarray | None:
    vs = [docs[a].vector.reshape(-1) for a in event.article_ids if a in docs]
    if not vs:
        return None
    c = np.mean(vs, axis=0)
    n = float(np.linalg.norm(c))
    return c / n if n > 0 else c




def summary(event: Event, docs: Mapping[str, Doc]) -> tuple[np.ndarray | None, frozenset[str]]:
    """What linking reads of one event: its centroid (None without vectors) and its salient participants. The
    store keeps it per event (`Store.event_inputs`), so an incremental update links the events outside its time
    window without loading their articles."""
    return _centroid(event, docs), salient_participants(event, docs)


# --- linking: candidate pairs, their links, storylines --------------------------------------------------------------
# A candidate pair: two events with centroids, cosine >= min_cosine and at least `_needed(min_shared)` shared salient
# participants (a shared participant weighs at most 1.0: it is in both events, so in >= 2; any pair when
# min_shared <= 0). Whether it is linked (idf-weighted shared participants >= min_shared) depends on every event's
# participants, so the store keeps the candidates (`Store.story_state`) and an update re-weighs them all (cheap: no
# vectors) but searches new candidates only for the events whose summary changed.
_COS_SLACK = 1e-4  # min_shared <= 0 only: a float32 block product pre-selects pairs within this of min_cosine; each
# is then decided in float64 by `_Table.cosines`, the same for every block and batch
_SHARED_SLACK = 1e-9  # floating-point tolerance of the shared-participant threshold (an effective count)


def _needed(min_shared: float) -> int:
    """How many shared participants a linked pair has at least (each weighs <= 1.0)."""
    return max(1, math.ceil(min_shared - _SHARED_SLACK)) if min_shared > 0 else 0


class _Table:
    """Every event's summary as arrays: `ids` (sorted) of those with a centroid, `C` their centroids (float32),
    `B` their 0/1 event x participant matrix, idf `weight` per participant (over the events with a centroid;
    `n_events` counts them all, as the threshold's reference pair does)."""

    def __init__(self, events: Sequence[Event], summ: Mapping[str, tuple[np.ndarray | None, frozenset[str]]]):
        from scipy import sparse

        self.n_events = len(events)
        self.ids = sorted(e.id for e in events if summ[e.id][0] is not None)
        self.pos = {eid: i for i, eid in enumerate(self.ids)}
        dim = next((len(summ[e][0]) for e in self.ids), 0)
        self.C = (np.stack([np.asarray(summ[e][0], dtype=np.float32).reshape(-1) for e in self.ids])
                  if self.ids else np.zeros((0, dim), dtype=np.float32))
        self.C64 = self.C.astype(np.float64)
        parts = [sorted(summ[e][1]) for e in self.ids]
        df = Counter(k for ps in parts for k in ps)
        vocab = {k: j for j, k in enumerate(sorted(df))}
        # weight of a shared participant: its idf over events relative to that of a participant found in exactly
        # two events (1.0), so the threshold is an effective count whatever the number of events
        pair_idf = math.log((1 + self.n_events) / 3) + 1.0
        self.weight = np.zeros(max(len(vocab), 1))
        for k, j in vocab.items():
            self.weight[j] = (math.log((1 + self.n_events) / (1 + df[k])) + 1.0) / pair_idf
        rows = [i for i, ps in enumerate(parts) for _ in ps]
        cols = [vocab[k] for ps in parts for k in ps]
        self.B = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(self.ids), len(self.weight)))
        self.B.sort_indices()

    def cosines(self, i: np.ndarray, j: np.ndarray, step: int = 8192) -> np.ndarray:
        """Cosine of each pair (i[k], j[k]), in float64 (the same value whichever block found the pair); in steps
        that keep the gathered rows small."""
        return np.concatenate([np.zeros(0)] + [np.einsum("ij,ij->i", self.C64[i[s:s + step]], self.C64[j[s:s + step]])
                                               for s in range(0, len(i), step)])

    def shared(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """idf-weighted shared participants of pairs (i[k], j[k])."""
        if not len(i):
            return np.zeros(0)
        return np.asarray(self.B[i].multiply(self.B[j]) @ self.weight).reshape(-1)

    def candidates(self, rows: Sequence[int], min_cosine: float, need: int, chunk: int) -> set[tuple[str, str]]:
        """Candidate pairs (id, id; first < second) of the events at `rows` with every event: at least `need`
        shared participants (found through the event x participant matrix, so only events that share one are
        compared), then cosine >= min_cosine. `need` 0 (min_shared <= 0): every pair, by a block product."""
        out: set[tuple[str, str]] = set()
        rows = np.asarray(sorted(rows), dtype=np.int64)
        queried = np.zeros(len(self.ids), dtype=bool)
        queried[rows] = True
        for s in range(0, len(rows), chunk):
            block = rows[s:s + chunk]
            if need > 0:
                S = (self.B[block] @ self.B.T).tocoo()
                keep = S.data >= need - 0.5
                i, j = block[S.row[keep]], S.col[keep].astype(np.int64)
            else:  # float32 pre-selection within _COS_SLACK, decided below in float64
                ii, jj = np.nonzero(self.C[block] @ self.C.T >= min_cosine - _COS_SLACK)
                i, j = block[ii], jj
            keep = (i != j) & ~(queried[j] & (j < i))  # a pair of two queried events once
            i, j = i[keep], j[keep]
            ok = self.cosines(i, j) >= min_cosine
            out.update((self.ids[a], self.ids[b]) if self.ids[a] < self.ids[b] else (self.ids[b], self.ids[a])
                       for a, b in zip(i[ok].tolist(), j[ok].tolist(), strict=True))
        return out

    def linked(self, pairs: Sequence[tuple[str, str]], min_shared: float) -> list[bool]:
        i = np.asarray([self.pos[a] for a, _ in pairs], dtype=np.int64)
        j = np.asarray([self.pos[b] for _, b in pairs], dtype=np.int64)
        return (self.shared(i, j) >= min_shared - _SHARED_SLACK).tolist()


def links(events: Sequence[Event], docs: Mapping[str, Doc], min_cosine: float = STORY_MIN_COSINE,
          min_shared: float = STORY_MIN_SHARED, chunk: int = STORY_LINK_CHUNK,
          summaries: Mapping[str, tuple[np.ndarray | None, frozenset[str]]] | None = None) -> list[tuple[str, str]]:
    """The linked event pairs (id, id), sorted: centroid cosine >= min_cosine and idf-weighted shared salient
    participants >= min_shared. Candidates come from a float32 product per block of `chunk` events
    (STORY_LINK_CHUNK) and are decided pair by pair (`_Table`), not a loop over all pairs.
    `summaries`: event id -> `summary`, used instead of `docs` for those events."""
    summ = {e.id: summaries[e.id] if summaries and e.id in summaries else summary(e, docs) for e in events}
    table = _Table(events, summ)
    pairs = sorted(table.candidates(range(len(table.ids)), min_cosine, _needed(min_shared), chunk))
    return [p for p, ok in zip(pairs, table.linked(pairs, min_shared), strict=True) if ok]


def _components_stories(comps: Sequence[Sequence[str]], linked: Mapping[str, set[str]], by_id: Mapping[str, Event],
                        min_linked_share: float) -> list[Storyline]:
    """The storylines inside each connected component of the link graph (ids sorted): average link over the 0/1
    link matrix joins groups while at least `min_linked_share` of their event pairs are linked."""
    out = []
    for ids in comps:
        if len(ids) < 2:
            continue
        A = np.array([[1.0 if b in linked.get(a, ()) else 0.0 for b in ids] for a in ids])
        groups: dict[int, list[Event]] = {}
        for eid, lab in zip(ids, average_link(A, min_linked_share), strict=True):
            groups.setdefault(lab, []).append(by_id[eid])
        for members in groups.values():
            if len(members) < 2:
                continue
            members.sort(key=lambda e: (e.date is None, e.date or "", e.id))
            first = members[0]
            out.append(Storyline(id=content_id("storyline", first.id, prefix="st_"), title=first.title,
                                 event_ids=tuple(e.id for e in members)))
    return out


def _adjacency(pairs) -> dict[str, set[str]]:
    linked: dict[str, set[str]] = {}
    for a, b in pairs:
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)
    return linked


def link(events: Sequence[Event], docs: Mapping[str, Doc], min_cosine: float = STORY_MIN_COSINE,
         min_shared: float = STORY_MIN_SHARED, min_linked_share: float = STORY_MIN_LINKED_SHARE,
         chunk: int = STORY_LINK_CHUNK,
         summaries: Mapping[str, tuple[np.ndarray | None, frozenset[str]]] | None = None) -> list[Storyline]:
    """Storylines (two or more events each), sorted by id; an event belongs to at most one storyline.

    The linked pairs (`links`) are split into connected components (average link cannot join across them);
    inside each, average link over the 0/1 link matrix joins groups while at least `min_linked_share` of
    their event pairs are linked. The storyline id derives from its earliest event's id; its title is that
    event's title.
    """
    pairs = links(events, docs, min_cosine, min_shared, chunk, summaries)
    linked = _adjacency(pairs)
    comps = _components(sorted(e.id for e in events), linked)
    return sorted(_components_stories(comps, linked, {e.id: e for e in events}, min_linked_share),
                  key=lambda s: s.id)


def _components(start: Sequence[str], linked: Mapping[str, set[str]]) -> list[list[str]]:
    """The connected components (ids sorted) of the link graph that hold an event of `start`."""
    seen: set[str] = set()
    out = []
    for s in start:
        if s in seen:
            continue
        comp, stack = [], [s]
        seen.add(s)
        while stack:
            x = stack.pop()
            comp.append(x)
            for y in linked.get(x, ()):
                if y not in seen:
                    seen.add(y)
                    stack.append(y)
        out.append(sorted(comp))
    return out


# --- incremental update ------------------------------------------------------------------------------------------
@dataclass
class LinkRows:
    """What the store keeps of the link graph (`Store.save_story_links`): `full`: `rows` replace every stored pair;
    else the stored pairs of the events in `drop` go and `rows` (a, b, linked) are written over the rest.
    `params`: the settings the candidates were found with (another value: the next update recomputes all)."""

    params: str
    full: bool
    drop: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, bool]] = field(default_factory=list)


@dataclass
class Update:
    """Storylines after one events update: `storylines` to write; `removed`: the stored storyline ids that go
    (None: `storylines` replace every stored one); `links`: the link graph's rows to store."""

    storylines: list[Storyline]
    removed: list[str] | None
    links: LinkRows


def params(min_cosine: float, min_shared: float, min_linked_share: float) -> str:
    """What stored candidate pairs and storylines depend on besides the events (min_shared's value is re-read on
    every update; only the number of shared participants it needs decides what a candidate is)."""
    return f"v1 cos={min_cosine!r} need={_needed(min_shared)} share={min_linked_share!r}"


def _same(a, b) -> bool:
    (ca, pa), (cb, pb) = a, b
    if (ca is None) != (cb is None) or set(pa) != set(pb):
        return False
    return ca is None or np.asarray(ca, dtype=np.float32).tobytes() == np.asarray(cb, dtype=np.float32).tobytes()


def update(events: Sequence[Event], summ: Mapping[str, tuple[np.ndarray | None, frozenset[str]]],
           min_cosine: float = STORY_MIN_COSINE, min_shared: float = STORY_MIN_SHARED,
           min_linked_share: float = STORY_MIN_LINKED_SHARE, chunk: int = STORY_LINK_CHUNK, *,
           stored: Mapping | None = None, recomputed: Collection[str] = (), old: Sequence[Event] = (),
           dropped: Sequence[str] = ()) -> Update:
    """Storylines over `events` (every event the store holds after the update; `summ`: each one's `summary`).

    `stored` (`Store.story_state`: the stored candidate pairs with their link, the stored summaries of the events
    the update loaded, the params they were found with); `recomputed`: the events whose summary `summ` holds afresh
    (the others' are the stored ones); `old`: the events as stored before the update; `dropped`: events that go.
    Without `stored` (a whole-store load) or with other params, everything is recomputed (`full`). Otherwise only
    the events whose summary changed (or are new) get new candidate pairs (against every event); every candidate is
    re-weighed (its link depends on all events' participants); and only the connected components of the link graph
    that hold a changed event, an event with another title or day, or an end of a link that appeared or went are
    re-linked: the storylines of their events are replaced, the others stay as stored. Same result as `link`."""
    p = params(min_cosine, min_shared, min_linked_share)
    table = _Table(events, summ)
    by_id = {e.id: e for e in events}
    if stored is None or stored.get("params") != p:
        pairs = sorted(table.candidates(range(len(table.ids)), min_cosine, _needed(min_shared), chunk))
        flags = table.linked(pairs, min_shared)
        linked = _adjacency(pq for pq, ok in zip(pairs, flags, strict=True) if ok)
        stories = _components_stories(_components(sorted(by_id), linked), linked, by_id, min_linked_share)
        return Update(sorted(stories, key=lambda s: s.id), None,
                      LinkRows(p, True, [], [(a, b, ok) for (a, b), ok in zip(pairs, flags, strict=True)]))
    old_summ, old_pairs = stored.get("summaries", {}), stored.get("links", {})
    changed = {eid for eid in recomputed if eid in by_id and (eid not in old_summ or not _same(summ[eid], old_summ[eid]))}
    gone = set(dropped) - set(by_id)
    redo = changed | gone
    # one pass over the stored pairs: those of a changed or dropped event go (their ends are touched if linked);
    # the others are re-weighed (a link that appears or goes touches its ends)
    kept, kept_was, touched = [], [], set(changed)
    for pq, ok in old_pairs.items():
        if pq[0] in redo or pq[1] in redo:
            if ok:
                touched.update(pq)
        else:
            kept.append(pq)
            kept_was.append(ok)
    fresh = sorted(table.candidates([table.pos[e] for e in changed if e in table.pos], min_cosine,
                                    _needed(min_shared), chunk))  # each has a changed end: none is in `kept`
    flags = table.linked(kept + fresh, min_shared)
    now = [pq for pq, ok in zip(kept + fresh, flags, strict=True) if ok]
    rows = [(a, b, ok) for (a, b), ok, was in zip(kept, flags, kept_was, strict=False) if ok != was]
    for a, b, _ok in rows:
        touched.update((a, b))
    rows += [(a, b, ok) for (a, b), ok in zip(fresh, flags[len(kept):], strict=True)]
    touched.update(x for (a, b), ok in zip(fresh, flags[len(kept):], strict=True) if ok for x in (a, b))
    prior = {e.id: e for e in old}
    touched |= {e.id for e in events if e.id in prior and (prior[e.id].title or "", prior[e.id].date)
                != (e.title or "", e.date)}
    linked = _adjacency(now)
    comps = _components(sorted(t for t in touched if t in by_id), linked)
    stories = _components_stories(comps, linked, by_id, min_linked_share)
    removed = {prior[x].storyline_id for c in comps for x in c if x in prior} | {
        prior[x].storyline_id for x in gone if x in prior}
    return Update(sorted(stories, key=lambda s: s.id), sorted(r for r in removed if r),
                  LinkRows(p, False, sorted(redo), rows))


def apply(stored: Sequence[Storyline], up: Update) -> list[Storyline]:
    """The storylines the store holds once `up` is saved over `stored` (for checks)."""
    if up.removed is None:
        return sorted(up.storylines, key=lambda s: s.id)
    gone = set(up.removed)
    return sorted([s for s in stored if s.id not in gone] + list(up.storylines), key=lambda s: s.id)


def apply_links(stored: Mapping[tuple[str, str], bool], rows: LinkRows) -> dict[tuple[str, str], bool]:
    """The candidate pairs the store holds once `rows` is saved over `stored` (for checks)."""
    drop = set(rows.drop)
    out = {} if rows.full else {pq: ok for pq, ok in stored.items() if pq[0] not in drop and pq[1] not in drop}
    out.update({(a, b): bool(ok) for a, b, ok in rows.rows})
    return out
