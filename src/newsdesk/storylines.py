"""Storylines: events that share participants and topic across time, linked into one timeline.

Two events are linked when (a) their centroid MiniLM vectors are close (same topic: cosine >=
STORY_MIN_COSINE) and (b) they share at least STORY_MIN_SHARED salient participants (people, organisations,
places, groups named in at least half of each event's articles).  Storylines are the groups of average link
over that graph (two groups join while at least STORY_MIN_LINKED_SHARE of their event pairs are linked), with
two or more events; their `event_ids` run in time order (undated events last).  Average link rather than
connected components: one broad event (a shutdown speech naming Mexico, Democrats and the White House) would
otherwise chain unrelated storylines into one.

Incremental (issue 12, `update`): the store keeps the candidate pairs (cosine and a shared participant) with their
link and a recheck clock value (`Store.story_state`); an update searches new candidates only for the events whose
summary changed, re-weighs only the stored pairs whose weight may have crossed the threshold (the idf weights depend
on all events: see "incremental update" below), re-links only the connected components of the link graph that hold
a changed event or an end of a link that appeared or went, and writes their storylines as a diff. So its cost
follows the changed events, not the store's size. The result is the full recompute's (`link`), tested in
tests/test_storylines_incremental.py.

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
from newsdesk.settings import (
    STORY_LINK_CHUNK,
    STORY_MIN_COSINE,
    STORY_MIN_LINKED_SHARE,
    STORY_MIN_SHARED,
    STORY_REWEIGH_DRIFT,
)

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
# participants, so the store keeps the candidates (`Store.story_state`) and an update re-weighs those that may have
# crossed the threshold but searches new candidates only for the events whose summary changed.
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
        parts = [sorted(summ[e][1]) for e in self.ids]
        df = Counter(k for ps in parts for k in ps)
        vocab = {k: j for j, k in enumerate(sorted(df))}
        # weight of a shared participant: its idf over events relative to that of a participant found in exactly
        # two events (1.0), so the threshold is an effective count whatever the number of events
        pair_idf = math.log((1 + self.n_events) / 3) + 1.0
        self.vocab = vocab
        self.df = np.asarray([df[k] for k in vocab], dtype=np.float64)  # vocab is in sorted key order
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
        def rows(k, s):  # the gathered rows in float64 (not a float64 copy of C: 60 MB at 30k events)
            return self.C[k[s:s + step]].astype(np.float64)

        return np.concatenate([np.zeros(0)] + [np.einsum("ij,ij->i", rows(i, s), rows(j, s))
                                               for s in range(0, len(i), step)])

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
        return self.weigh(pairs, min_shared)[0].tolist()

    def weigh(self, pairs: Sequence[tuple[str, str]], min_shared: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per pair: linked (bool), its margin over the threshold (idf-weighted shared participants minus
        `min_shared - _SHARED_SLACK`: linked iff >= 0) and its number of shared participants."""
        i = np.asarray([self.pos[a] for a, _ in pairs], dtype=np.int64)
        j = np.asarray([self.pos[b] for _, b in pairs], dtype=np.int64)
        if not len(i):
            return np.zeros(0, dtype=bool), np.zeros(0), np.zeros(0)
        both = self.B[i].multiply(self.B[j])
        margin = np.asarray(both @ self.weight).reshape(-1) - (min_shared - _SHARED_SLACK)
        return margin >= 0, margin, np.asarray(both.sum(axis=1)).reshape(-1)

    def drift(self, n_old: int, df_old: np.ndarray) -> np.ndarray:
        """Per participant of `vocab`: how far its weight moved from what it was with `n_old` events and document
        frequencies `df_old` (0 where it cannot be shared by two unchanged events: df < 2 before or now)."""
        def w(n, df):
            return (np.log((1 + n) / (1 + df)) + 1.0) / (math.log((1 + n) / 3) + 1.0)

        out = np.abs(w(self.n_events, self.df) - w(n_old, df_old))
        out[(self.df < 2) | (df_old < 2)] = 0.0
        return out


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
# The stored link graph keeps every candidate pair with its link and a `recheck` clock value. A pair's weight
# (idf-weighted shared participants) moves between updates although neither of its events changed: the idf weights
# depend on every event. Each update measures how far each participant's weight moved (`_Table.drift`); the pairs
# sharing a participant that moved more than `drift` (STORY_REWEIGH_DRIFT: rare participants, so few pairs) are
# re-weighed; every other participant moved at most `eps`, so an untouched pair's weight moved at most
# (its shared participants) x eps, and the store's clock advances by eps. A pair weighed at clock C with margin d
# over the threshold and m shared participants cannot have crossed it while the clock is below
# recheck = C + |d| / m; so an update re-weighs only the pairs whose recheck the clock has reached (`due`), besides
# those of changed events and of fast-moving participants, and never reads the rest of the graph.
_CLOCK_SLACK = 1e-12  # added to each update's eps: floating-point error of a weight sum (a few ulps)
_SPLIT_STEPS = 6  # fast / slow splits tried per update (`_split`): drift x 1, 4, .., 1024, and none fast


class LinkGraph:
    """The stored candidate pairs, read by the part an update needs (the store's is `store.stories.StoredLinks`);
    this one holds them in memory ({(a, b): (linked, recheck)}), for checks and tests."""

    def __init__(self, pairs: Mapping[tuple[str, str], tuple[bool, float]] | None = None):
        self.pairs = dict(pairs or {})

    def touching(self, ids: Collection[str], *, linked_only: bool = False) -> dict[tuple[str, str], tuple[bool, float]]:
        """The pairs with an end in `ids` (only the linked ones with `linked_only`)."""
        ids = set(ids)
        return {pq: v for pq, v in self.pairs.items() if (pq[0] in ids or pq[1] in ids) and (v[0] or not linked_only)}

    def among(self, ids: Collection[str]) -> dict[tuple[str, str], tuple[bool, float]]:
        """The pairs with both ends in `ids`."""
        ids = set(ids)
        return {pq: v for pq, v in self.pairs.items() if pq[0] in ids and pq[1] in ids}

    def due(self, clock: float) -> dict[tuple[str, str], tuple[bool, float]]:
        """The pairs whose recheck is <= clock."""
        return {pq: v for pq, v in self.pairs.items() if v[1] <= clock}

    def due_counts(self, clocks: Sequence[float]) -> tuple[int, list[int]]:
        """How many pairs there are, and how many are due at each of `clocks`."""
        return len(self.pairs), [sum(v[1] <= c for v in self.pairs.values()) for c in clocks]

    def all(self) -> dict[tuple[str, str], bool]:
        return {pq: v[0] for pq, v in self.pairs.items()}


@dataclass
class LinkRows:
    """What the store keeps of the link graph (`Store.save_story_links`): `full`: `rows` replace every stored pair;
    else the stored pairs of the events in `drop` go and `rows` (a, b, linked, recheck) are written over the rest.
    `params`: the settings the pairs were weighed with (another value: the next update recomputes all); `clock`:
    the drift clock after this update."""

    params: str
    full: bool
    drop: list[str] = field(default_factory=list)
    rows: list[tuple[str, str, bool, float]] = field(default_factory=list)
    clock: float = 0.0


@dataclass
class Update:
    """Storylines after one events update: `storylines` to write; `removed`: the stored storyline ids that go
    (None: `storylines` replace every stored one); `links`: the link graph's rows to store; `reweighed`: how many
    stored pairs this update read and weighed again (besides the new ones)."""

    storylines: list[Storyline]
    removed: list[str] | None
    links: LinkRows
    reweighed: int = 0


def params(min_cosine: float, min_shared: float, min_linked_share: float) -> str:
    """What stored pairs, their links and recheck values, and storylines depend on besides the events."""
    return f"v2 cos={min_cosine!r} shared={min_shared!r} share={min_linked_share!r}"


def _same(a, b) -> bool:
    (ca, pa), (cb, pb) = a, b
    if (ca is None) != (cb is None) or set(pa) != set(pb):
        return False
    return ca is None or np.asarray(ca, dtype=np.float32).tobytes() == np.asarray(cb, dtype=np.float32).tobytes()


def _rows(pairs, flags, margin, shared, clock: float) -> list[tuple[str, str, bool, float]]:
    """Stored rows of weighed pairs: recheck = clock + |margin| / shared participants (never, without any)."""
    return [(a, b, bool(ok), clock + abs(float(d)) / float(m) if m > 0 else math.inf)
            for (a, b), ok, d, m in zip(pairs, flags, margin, shared, strict=True)]


def update(events: Sequence[Event], summ: Mapping[str, tuple[np.ndarray | None, frozenset[str]]],
           min_cosine: float = STORY_MIN_COSINE, min_shared: float = STORY_MIN_SHARED,
           min_linked_share: float = STORY_MIN_LINKED_SHARE, chunk: int = STORY_LINK_CHUNK, *,
           stored: Mapping | None = None, recomputed: Collection[str] = (), old: Sequence[Event] = (),
           dropped: Sequence[str] = (), drift: float = STORY_REWEIGH_DRIFT) -> Update:
    """Storylines over `events` (every event the store holds after the update; `summ`: each one's `summary`).

    `stored` (`Store.story_state`): `graph` (a `LinkGraph`: the stored pairs), `clock`, `params` they were weighed
    with, `summaries`: the stored summaries of the events the update loaded; `recomputed`: the events whose summary
    `summ` holds afresh (the others' are the stored ones); `old`: every event as stored before the update; `dropped`:
    events that go. Without `stored` (a whole-store load) or with other params, everything is recomputed (`full`).
    Otherwise only the events whose summary changed (or are new) get new candidate pairs (against every event); of
    the stored pairs only those of changed events, of fast-moving participants and those due (see above) are read
    and weighed again; and only the connected components of the link graph that hold a changed event, an event with
    another title or day, or an end of a link that appeared or went are re-linked: the storylines of their events
    are replaced, the others stay as stored. Same result as `link`."""
    p = params(min_cosine, min_shared, min_linked_share)
    table = _Table(events, summ)
    by_id = {e.id: e for e in events}
    prior = {e.id: e for e in old}
    old_summ = (stored or {}).get("summaries", {})
    changed = {eid for eid in recomputed if eid in by_id and (eid not in old_summ or not _same(summ[eid], old_summ[eid]))}
    gone = set(dropped) - set(by_id)
    redo = changed | gone
    if (stored is None or stored.get("params") != p or stored.get("clock") is None
            or any(e in prior and e not in old_summ for e in redo)):
        pairs = sorted(table.candidates(range(len(table.ids)), min_cosine, _needed(min_shared), chunk))
        flags, margin, shared = table.weigh(pairs, min_shared)
        linked = _adjacency(pq for pq, ok in zip(pairs, flags, strict=True) if ok)
        stories = _components_stories(_components(sorted(by_id), linked), linked, by_id, min_linked_share)
        return Update(sorted(stories, key=lambda s: s.id), None,
                      LinkRows(p, True, [], _rows(pairs, flags, margin, shared, 0.0), 0.0))
    graph: LinkGraph = stored["graph"]
    # how far each participant's weight moved: its document frequency before this update from the changed events'
    # stored and new summaries
    df_old = table.df.copy()
    for eid in redo:
        for summary_, sign in ((summ.get(eid) if eid in changed else None, -1), (old_summ.get(eid), 1)):
            if summary_ is not None and summary_[0] is not None:
                for k in summary_[1]:
                    if k in table.vocab:
                        df_old[table.vocab[k]] += sign
    moved = table.drift(len(old), df_old)
    fast = moved > _split(moved, table.df, drift, graph, float(stored["clock"]))
    eps = float(moved[~fast].max()) if (~fast).any() else 0.0
    clock = float(stored["clock"]) + eps + _CLOCK_SLACK
    # the stored pairs read again: those of changed or dropped events go (their ends are touched if linked); those
    # sharing a fast-moving participant and those due are weighed again
    touched = set(changed)
    for pq, (ok, _r) in graph.touching(sorted(redo)).items():
        if ok:
            touched.update(pq)
    again: dict[tuple[str, str], bool] = {}
    if fast.any():
        F = table.B[:, np.flatnonzero(fast)].tocsr()
        rows = np.unique(F.nonzero()[0])
        among = graph.among([table.ids[r] for r in rows])
        pairs = list(among)  # of those, the pairs that share a fast participant
        i = np.asarray([table.pos[a] for a, _ in pairs], dtype=np.int64)
        j = np.asarray([table.pos[b] for _, b in pairs], dtype=np.int64)
        share = np.asarray(F[i].multiply(F[j]).sum(axis=1)).reshape(-1) > 0 if pairs else np.zeros(0, dtype=bool)
        again.update({pq: among[pq][0] for pq, s in zip(pairs, share.tolist(), strict=True) if s})
    again.update({pq: v[0] for pq, v in graph.due(clock).items()})
    kept = sorted(pq for pq in again if pq[0] not in redo and pq[1] not in redo)
    fresh = sorted(table.candidates([table.pos[e] for e in changed if e in table.pos], min_cosine,
                                    _needed(min_shared), chunk))  # each has a changed end: none is in `kept`
    flags, margin, shared = table.weigh(kept + fresh, min_shared)
    rows = _rows(kept + fresh, flags, margin, shared, clock)
    now: dict[tuple[str, str], bool] = {}  # the pairs weighed here: their link now
    for (a, b), ok in zip(kept + fresh, flags.tolist(), strict=True):
        now[(a, b)] = ok
        if ok != again.get((a, b), False):  # a link appeared or went (a fresh pair was not linked before)
            touched.update((a, b))
    touched |= {e.id for e in events if e.id in prior and (prior[e.id].title or "", prior[e.id].date)
                != (e.title or "", e.date)}
    start = sorted(t for t in touched if t in by_id)
    linked = _reach(start, graph, now, redo)
    comps = _components(start, linked)
    stories = _components_stories(comps, linked, by_id, min_linked_share)
    removed = {prior[x].storyline_id for c in comps for x in c if x in prior} | {
        prior[x].storyline_id for x in gone if x in prior}
    return Update(sorted(stories, key=lambda s: s.id), sorted(r for r in removed if r),
                  LinkRows(p, False, sorted(redo), rows, clock), len(kept))


def _split(moved: np.ndarray, df: np.ndarray, drift: float, graph: LinkGraph, clock: float) -> float:
    """This update's fast / slow split: the drift above which a participant's pairs are re-weighed, the others'
    moves advancing the clock. Chosen among drift x 4^k (k < _SPLIT_STEPS) and none fast, for the fewest stored
    pairs read: the pairs sharing a fast participant (estimated: the store's pairs per pair of events sharing a
    participant, times the fast participants' event pairs) plus the pairs due at the clock the rest advance it to
    (counted in the store: one scan of one column). A fixed split reads, in a large store, every pair of a
    participant of ~50 events at each update (their weights move ~1e-3), although few are near the threshold;
    in a small store the clock would race instead. Only what is read depends on it, never the result."""
    top = float(moved.max()) if len(moved) else 0.0
    grid = [t for t in (drift * 4.0 ** k for k in range(_SPLIT_STEPS)) if t < top] + [math.inf]
    if len(grid) == 1:
        return math.inf
    clocks = [clock + (float(moved[moved <= t].max()) if (moved <= t).any() else 0.0) + _CLOCK_SLACK for t in grid]
    total, due = graph.due_counts(clocks)
    share = df * (df - 1) / 2.0  # event pairs that share each participant
    per = total / max(float(share.sum()), 1.0)
    cost = [per * float(share[moved > t].sum()) + n for t, n in zip(grid, due, strict=True)]
    return grid[int(np.argmin(cost))]


def _reach(start: Sequence[str], graph: LinkGraph, now: Mapping[tuple[str, str], bool],
           redo: Collection[str]) -> dict[str, set[str]]:
    """The link graph's adjacency over the components of `start`, read from the stored links (those of `redo`
    events gone) with the links weighed in this update (`now`) over them."""
    fresh = _adjacency(pq for pq, ok in now.items() if ok)
    linked: dict[str, set[str]] = {}
    seen, frontier = set(start), sorted(start)
    while frontier:
        pairs = [pq for pq in graph.touching(frontier, linked_only=True)
                 if pq not in now and pq[0] not in redo and pq[1] not in redo]
        for a, b in pairs:
            linked.setdefault(a, set()).add(b)
            linked.setdefault(b, set()).add(a)
        for x in frontier:
            for y in fresh.get(x, ()):
                linked.setdefault(x, set()).add(y)
                linked.setdefault(y, set()).add(x)
        nxt = {y for x in frontier for y in linked.get(x, ())} - seen
        seen |= nxt
        frontier = sorted(nxt)
    return linked


def apply(stored: Sequence[Storyline], up: Update) -> list[Storyline]:
    """The storylines the store holds once `up` is saved over `stored` (for checks)."""
    if up.removed is None:
        return sorted(up.storylines, key=lambda s: s.id)
    gone = set(up.removed)
    return sorted([s for s in stored if s.id not in gone] + list(up.storylines), key=lambda s: s.id)


def apply_links(stored: LinkGraph | None, rows: LinkRows) -> LinkGraph:
    """The link graph the store holds once `rows` is saved over `stored` (for checks; compare `.all()`)."""
    drop = set(rows.drop)
    out = {} if rows.full or stored is None else {
        pq: v for pq, v in stored.pairs.items() if pq[0] not in drop and pq[1] not in drop}
    out.update({(a, b): (bool(ok), float(r)) for a, b, ok, r in rows.rows})
    return LinkGraph(out)


def state(graph: LinkGraph, rows: LinkRows, summaries: Mapping) -> dict:
    """What `Store.story_state` returns once `rows` is saved (for checks and tests)."""
    return {"params": rows.params, "clock": rows.clock, "graph": graph, "summaries": summaries}
