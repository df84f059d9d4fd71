"""Storylines: events that share participants and topic across time, linked into one timeline.

Two events are linked when (a) their centroid MiniLM vectors are close (same topic: cosine >=
STORY_MIN_COSINE) and (b) they share at least STORY_MIN_SHARED salient participants (people, organisations,
places, groups named in at least half of each event's articles).  Storylines are the groups of average link
over that graph (two groups join while at least STORY_MIN_LINKED_SHARE of their event pairs are linked), with
two or more events; their `event_ids` run in time order (undated events last).  Average link rather than
connected components: one broad event (a shutdown speech naming Mexico, Democrats and the White House) would
otherwise chain unrelated storylines into one.

Hand-written (a dozen lines over numpy, with `events.average_link`) because the rule is a thresholded graph,
not a clustering model.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

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


def links(events: Sequence[Event], docs: Mapping[str, Doc], min_cosine: float = STORY_MIN_COSINE,
          min_shared: float = STORY_MIN_SHARED, chunk: int = STORY_LINK_CHUNK,
          summaries: Mapping[str, tuple[np.ndarray | None, frozenset[str]]] | None = None) -> list[tuple[str, str]]:
    """The linked event pairs (id, id), sorted: centroid cosine >= min_cosine and idf-weighted shared salient
    participants >= min_shared. Computed as two matrix products per block of `chunk` events (STORY_LINK_CHUNK) (centroids, and
    the event x participant matrix weighted by idf against its 0/1 transpose), not a loop over pairs.
    `summaries`: event id -> `summary`, used instead of `docs` for those events."""
    from scipy import sparse

    evs = sorted(events, key=lambda e: e.id)
    summ = [summaries[e.id] if summaries and e.id in summaries else summary(e, docs) for e in evs]
    cents = [c for c, _ in summ]
    keep = [i for i, c in enumerate(cents) if c is not None]
    if len(keep) < 2:
        return []
    evs = [evs[i] for i in keep]
    C = np.stack([cents[i] for i in keep]).astype(np.float32)
    parts = [tuple(sorted(summ[i][1])) for i in keep]
    df = Counter(k for ps in parts for k in ps)
    # weight of a shared participant: its idf over events relative to that of a participant found in exactly
    # these two events (1.0), so the threshold is an effective count whatever the number of events
    n_ev = len(cents)
    pair_idf = math.log((1 + n_ev) / 3) + 1.0
    vocab = {k: j for j, k in enumerate(sorted(df))}
    weight = np.zeros(max(len(vocab), 1))
    for k, j in vocab.items():
        weight[j] = (math.log((1 + n_ev) / (1 + df[k])) + 1.0) / pair_idf
    rows = [i for i, ps in enumerate(parts) for _ in ps]
    cols = [vocab[k] for ps in parts for k in ps]
    B = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(evs), len(weight)))
    W = B @ sparse.diags(weight)  # a participant's column carries its idf weight
    out = []
    for s in range(0, len(evs), chunk):
        block = slice(s, min(len(evs), s + chunk))
        cos = C[block] @ C.T
        shared = (W[block] @ B.T).toarray()
        ii, jj = np.nonzero((cos >= min_cosine) & (shared >= min_shared - 1e-9))
        out.extend((evs[s + i].id, evs[j].id) for i, j in zip(ii.tolist(), jj.tolist(), strict=True) if s + i < j)
    return sorted(out)


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
    parent = {e.id: e.id for e in events}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = links(events, docs, min_cosine, min_shared, chunk, summaries)
    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    by_id = {e.id: e for e in events}
    comps: dict[str, list[str]] = {}
    for e in sorted(events, key=lambda e: e.id):
        comps.setdefault(find(e.id), []).append(e.id)
    linked: dict[str, set[str]] = {}
    for a, b in pairs:
        linked.setdefault(a, set()).add(b)
        linked.setdefault(b, set()).add(a)
    out = []
    for ids in comps.values():
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
    return sorted(out, key=lambda s: s.id)
