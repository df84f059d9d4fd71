"""Clustering articles into events from scratch: topic-level average link, then the instance split.

Clustering is average link cut at EVENT_THRESHOLD with the cannot-links (as `../shared/tools/cluster_eval`'s
baselines, whose greedy constrained average link this re-implements without the n x n x n cost): the graph
of pairs with similarity >= threshold is split into connected components first (average link can never
merge across them, so this is exact), and each component is clustered on its own. Two small clusters need more
than the threshold (EVENT_FEW_PAIRS_MARGIN / sqrt(a * b) more): the average of one or two pairs is a noisy
estimate, and on a stream of same-kind incidents most merges of different incidents are of lone reports.
Inside each topic-level group a second average link on `features.local_sim` splits same-kind event instances.

Hand-written rather than scikit-learn's AgglomerativeClustering because that has neither cannot-link
constraints nor a way to add articles to an existing clustering.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsdesk.events.describe import make_event
from newsdesk.events.features import Features, local_sim
from newsdesk.model import Doc, Event
from newsdesk.settings import DEFAULT, Settings


def _split(docs: Sequence[Doc], p: Settings) -> list[list[str]]:
    """Split one topic-level group into event instances (average link on `local_sim`).

    Pieces smaller than `min_instance` (singletons) are then re-attached, smallest first, to the sibling piece
    of at least `min_instance` articles with the best average `local_sim` (no cannot-link): inside a topic
    group a one-article piece is more often a fragment of a sibling event than an event of its own (ECB+ dev
    error analysis). Sibling pieces about the same people then join (`_join_same_people`).
    """
    if p.EVENT_SPLIT_THRESHOLD is None or len(docs) < p.EVENT_MIN_SPLIT:
        return [[d.id for d in docs]]
    S = local_sim(docs, p)
    labels = np.array(average_link(S, p.EVENT_SPLIT_THRESHOLD))
    stuck: set[int] = set()
    while True:
        labs, cnt = np.unique(labels, return_counts=True)
        small = [(int(c), int(lab)) for lab, c in zip(labs, cnt, strict=False) if c < p.EVENT_MIN_INSTANCE and lab not in stuck]
        if not small or len(labs) < 2:
            break
        piece = min(small)[1]
        rows = labels == piece
        best, target = -np.inf, None
        for o, c in zip(labs.tolist(), cnt.tolist(), strict=False):
            if o == piece or c < p.EVENT_MIN_INSTANCE:
                continue
            v = S[np.ix_(rows, labels == o)]
            a = float(v.mean()) if np.all(np.isfinite(v)) else -np.inf
            if a > best:
                best, target = a, o
        if target is None or not np.isfinite(best):
            stuck.add(piece)  # it cannot join any sibling (date conflict): it stays an event of its own
            continue
        labels[rows] = target
    by: dict[int, list[int]] = {}
    for k, lab in enumerate(labels.tolist()):
        by.setdefault(lab, []).append(k)
    pieces = _join_same_people(list(by.values()), docs, S, p)
    return [[docs[k].id for k in piece] for piece in pieces]


def _salient(piece: Sequence[int], docs: Sequence[Doc], kind: str, share: float) -> set[str]:
    """The instance keys of `kind` named by at least `share` of the piece's articles."""
    seen: dict[str, int] = {}
    for k in piece:
        for v in {v for kk, v in docs[k].instance if kk == kind}:
            seen[v] = seen.get(v, 0) + 1
    return {v for v, n in seen.items() if n >= share * len(piece)}


def _median_day(piece: Sequence[int], docs: Sequence[Doc], share: float) -> float | None:
    """The median publication day of a piece at least `share` of whose articles are dated, else None."""
    days = [docs[k].day for k in piece if docs[k].day is not None]
    return float(np.median(days)) if days and len(days) >= share * len(piece) else None


def _same_people(a: Sequence[int], b: Sequence[int], docs: Sequence[Doc], p: Settings) -> bool:
    """Whether two pieces tell of the same people: a salient full name in both, and either a salient stated age
    in both or (EVENT_JOIN_DAYS) mostly dated reports whose median days are at most that many days apart."""
    share = p.EVENT_JOIN_SHARE
    if not _salient(a, docs, "person", share) & _salient(b, docs, "person", share):
        return False
    if _salient(a, docs, "age", share) & _salient(b, docs, "age", share):
        return True
    if p.EVENT_JOIN_DAYS is None:
        return False
    da, db = _median_day(a, docs, share), _median_day(b, docs, share)
    return da is not None and db is not None and abs(da - db) <= p.EVENT_JOIN_DAYS


def _join_same_people(pieces: list[list[int]], docs: Sequence[Doc], S: np.ndarray, p: Settings) -> list[list[int]]:
    """Join sibling pieces of a split topic group (each of at least EVENT_MIN_INSTANCE articles) that tell of the
    same people (`_same_people`: a salient full name, each named by EVENT_JOIN_SHARE of its piece's articles, and
    a salient stated age or reports of the same days), unless a date cannot-link lies between them. The same
    named person at the same age is the same incident, told again weeks later (charges, a trial) in other words;
    the same person in reports of the same day or two is one story told from two angles. Another incident of the
    same person (a boxer's next fight, a coach fired again) is months or years away, where the age differs or is
    not stated. ECB+ dev error analysis: the split same-event pieces (a double murder's arrest and its charges; a
    rehab check-in and the court's reaction, both on one day) shared such evidence; different events of one topic
    sharing a salient name did not."""
    if p.EVENT_JOIN_SHARE is None or len(pieces) < 2:
        return pieces
    joined = True
    while joined:
        joined = False
        for i in range(len(pieces)):
            for j in range(i + 1, len(pieces)):
                a, b = pieces[i], pieces[j]
                if min(len(a), len(b)) < p.EVENT_MIN_INSTANCE or not np.all(np.isfinite(S[np.ix_(a, b)])):
                    continue
                if _same_people(a, b, docs, p):
                    pieces[i] = sorted(a + b)
                    del pieces[j]
                    joined = True
                    break
            if joined:
                break
    return pieces


def average_link(S: np.ndarray, threshold: float, margin: float = 0.0) -> list[int]:
    """Greedy average link on similarity S (-inf = cannot-link), merging while the best pair >= threshold.

    Returns a cluster label (the smallest member index) per row. Same merges as scikit-learn's
    AgglomerativeClustering(linkage="average") cut at 1 - threshold when there are no cannot-links.
    `margin`: two clusters of a and b rows merge only while their average similarity less margin / sqrt(a * b)
    reaches the threshold, and the pair best by that measure merges first (EVENT_FEW_PAIRS_MARGIN: an average
    over few pairs is a noisy estimate, so two lone reports need more than a topic's worth of similarity).
    """
    n = len(S)
    A = S.astype(np.float64)  # (a copy) average similarity between live clusters (-inf: forbidden)
    np.fill_diagonal(A, -np.inf)
    rows = np.arange(n)  # the row of S each position of A stands for (A keeps live clusters only, see below)
    size = np.ones(n)
    alive = np.ones(n, bool)
    live = n
    into = np.arange(n)  # the cluster each row's cluster merged into (itself while alive): labels at the end
    bestj = A.argmax(axis=1) if n else np.zeros(0, dtype=np.int64)
    best = A[np.arange(n), bestj] - margin if n else np.zeros(0)  # every cluster is one row: sqrt(1 * 1) = 1
    for _ in range(n - 1):
        i = int(np.argmax(best))
        if not best[i] >= threshold:
            break
        j = int(bestj[i])
        a, b = min(i, j), max(i, j)
        # a dead cluster's column is -inf in every row (written below), so the merged row keeps it -inf: cannot-links
        # carry over; A stays symmetric, so the merged column is this row
        row = (size[a] * A[a] + size[b] * A[b]) / (size[a] + size[b])
        row[a] = -np.inf
        A[a], A[:, a] = row, row
        A[b], A[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
        live -= 1
        into[rows[b]] = rows[a]
        best[b] = -np.inf
        stale = alive & ((bestj == a) | (bestj == b))
        stale[a] = True
        rs = np.flatnonzero(stale)  # their best partner again, all at once (the same values as one row at a time)
        R = A[rs] - margin / np.sqrt(size[rs][:, None] * size) if margin else A[rs]
        k = R.argmax(axis=1)
        bestj[rs], best[rs] = k, R[np.arange(len(rs)), k]
        col = row - margin / np.sqrt(size * size[a]) if margin else row
        up = alive & ~stale & (col > best)
        best[up], bestj[up] = col[up], a
        if live * 2 < len(A) and len(A) > 64:  # half of A is dead clusters: keep the live ones, in the same order (the
            keep = np.flatnonzero(alive)     # first best of a row is the same; a row whose best is -inf stays so)
            at = np.zeros(len(A), dtype=np.int64)
            at[keep] = np.arange(len(keep))
            A, size, best, rows, bestj = A[np.ix_(keep, keep)], size[keep], best[keep], rows[keep], at[bestj[keep]]
            alive = np.ones(len(keep), bool)
    while True:  # each row's final cluster: follow the merges (a cluster merges into a smaller row only)
        nxt = into[into]
        if np.array_equal(nxt, into):
            return into.tolist()
        into = nxt


def _components(feats: Features, p: Settings, subset: Sequence[int] | None = None) -> list[list[int]]:
    """Connected components (lists of row numbers) of the graph of pairs with similarity >= threshold among
    `subset` (all rows when None): exact blocks for average link."""
    from scipy.sparse.csgraph import connected_components

    sub = np.arange(len(feats)) if subset is None else np.asarray(sorted(subset), dtype=np.int64)
    n = len(sub)
    rep = np.arange(n)  # a member of each row's component so far
    for s in range(0, n, p.EVENT_SIM_CHUNK):  # the chunk's pairs joined with the components so far
        rows = np.arange(s, min(n, s + p.EVENT_SIM_CHUNK))
        S = feats.sim(sub[rows], None if subset is None else sub, p)
        ii, jj = np.nonzero(p.EVENT_THRESHOLD <= S)
        ii, jj = np.concatenate([rows[ii], np.arange(n)]), np.concatenate([jj, rep])
        graph = sparse.csr_matrix((np.ones(len(ii), dtype=np.int32), (ii, jj)), shape=(n, n))
        label = connected_components(graph, directed=False)[1]
        first = np.full(label.max() + 1 if n else 0, n)
        np.minimum.at(first, label, np.arange(n))
        rep = first[label]
    groups: dict[int, list[int]] = {}  # in order of their first row, members in row order
    for x, lab in enumerate(rep.tolist()):
        groups.setdefault(lab, []).append(int(sub[x]))
    return list(groups.values())


def _order_key(d: Doc) -> tuple:
    return (d.day is None, d.day or 0, d.id)


def cluster(docs: Sequence[Doc], settings: Settings = DEFAULT) -> list[list[str]]:
    """Article-id groups of `docs` (every doc in exactly one group), each sorted, groups sorted by first id."""
    p = settings
    feats = Features(sorted(docs, key=_order_key))
    return sorted((sorted(g) for g in _cluster_rows(feats, None, p)), key=lambda g: g[0])


def _cluster_rows(feats: Features, subset: Sequence[int] | None, p: Settings) -> list[list[str]]:
    """Two-stage clustering of the rows `subset` of `feats` (all when None), with the features of all rows
    (IDF over the whole pool): topic average link per threshold component, then the instance split."""
    groups: list[list[str]] = []
    if subset is not None:  # date order, as `cluster` (ties of average link go to the earlier article)
        subset = sorted(subset, key=lambda r: _order_key(feats.docs[r]))
    for comp in _components(feats, p, subset):
        comp = sorted(comp, key=lambda r: _order_key(feats.docs[r]))
        if len(comp) == 1:
            groups.append([feats.docs[comp[0]].id])
            continue
        if len(comp) > p.EVENT_MAX_BLOCK:
            groups.extend(_greedy(feats, comp, p))
            continue
        idx = np.array(comp)
        labels = average_link(feats.sim(idx, idx, p), p.EVENT_THRESHOLD, p.EVENT_FEW_PAIRS_MARGIN)
        by: dict[int, list[Doc]] = {}
        for k, lab in enumerate(labels):
            by.setdefault(lab, []).append(feats.docs[comp[k]])
        for members in by.values():
            groups.extend(_split(members, p))
    return _join_groups(groups, feats.docs, feats.index, p)


def _join_groups(groups: list[list[str]], docs: Sequence[Doc], index: dict[str, int], p: Settings) -> list[list[str]]:
    """Join events of at least EVENT_JOIN_MIN_GROUP articles that share a salient full name and a salient stated
    age (as `_same_people`, each named by EVENT_JOIN_SHARE of its event's articles), even beyond EVENT_MAX_GAP_DAYS:
    one incident's later reports (a sentencing two years on) fall out of its topic group by the date penalty, but
    name the same people at the same ages (a victim's age stays the one of the day). ECB+ dev error analysis: a
    deputy's killing and its killer's death sentence, a factory shooting and its trial, 21-24 months apart.
    Only a name and age salient together in exactly two such events join them: a recurring subject stated with an age (an athlete
    across a season's tournaments, a defendant in several cases) would otherwise chain every event it is in into
    one, over any span (session 6 review). An incremental ingest only meets stored events within
    EVENT_MAX_GAP_DAYS of its articles, so a report arriving later than that joins its incident on a rebuild or in
    a batch holding both, not on `newsdesk ingest` alone."""
    if p.EVENT_JOIN_SHARE is None or p.EVENT_JOIN_MIN_GROUP is None:
        return groups
    rows = [[index[a] for a in g] for g in groups]
    big = [k for k, g in enumerate(rows) if len(g) >= p.EVENT_JOIN_MIN_GROUP]
    keys = {k: (_salient(rows[k], docs, "person", p.EVENT_JOIN_SHARE), _salient(rows[k], docs, "age", p.EVENT_JOIN_SHARE))
            for k in big}
    by_person: dict[str, list[int]] = {}
    for k in big:
        for name in sorted(keys[k][0]):
            by_person.setdefault(name, []).append(k)
    into = {k: k for k in range(len(groups))}  # group -> the group it joined (chains resolved below)

    def root(k: int) -> int:
        while into[k] != k:
            k = into[k]
        return k

    for k in big:
        for name in sorted(keys[k][0]):
            if sum(name in keys[o][0] and bool(keys[k][1] & keys[o][1]) for o in by_person[name]) != 2:
                continue  # one incident told twice; a subject named at one age in many events joins none of them
            for o in by_person[name]:
                a, b = root(k), root(o)
                if a == b or not (keys[a][0] & keys[b][0] and keys[a][1] & keys[b][1]):
                    continue
                a, b = min(a, b), max(a, b)
                rows[a] += rows[b]
                rows[b] = []
                into[b] = a
                keys[a] = (_salient(rows[a], docs, "person", p.EVENT_JOIN_SHARE),
                           _salient(rows[a], docs, "age", p.EVENT_JOIN_SHARE))
    return [[docs[r].id for r in g] for g in rows if g]


def _greedy(feats: Features, rows: Sequence[int], p: Settings, start: Sequence[Sequence[int]] = (),
            sims=None, local_row=None) -> list[list[str]]:
    """Add rows one by one (in the given order) to an existing group, else open a new group.

    Two stages, as `cluster`: the groups whose average similarity to the row, less EVENT_FEW_PAIRS_MARGIN /
    sqrt(group size) (as `average_link`'s `margin`), is >= threshold are its topic;
    among them the row joins the one with the best average `local_sim` (computed over the topic's members and
    the row) if that is >= split_threshold. Topics smaller than min_split are not split (best average wins).
    `sims` (row -> its `feats.sim` row) and `local_row` ((pool rows, row) -> the row's `local_sim` row against
    the pool): the same values computed faster (`events.candidates`, what `assign` passes).
    """
    groups: list[list[int]] = [list(g) for g in start]
    member_group = np.full(len(feats), -1, dtype=np.int64)
    for g, members in enumerate(groups):
        member_group[members] = g
    for r in rows:
        best_g = -1
        in_group = member_group >= 0
        if in_group.any():
            S = sims(r) if sims is not None else feats.sim(np.array([r]), None, p)[0]
            g_of, vals = member_group[in_group], S[in_group]
            sums = np.bincount(g_of, weights=np.where(np.isfinite(vals), vals, 0.0), minlength=len(groups))
            bad = np.bincount(g_of, weights=~np.isfinite(vals), minlength=len(groups))
            cnt = np.bincount(g_of, minlength=len(groups))
            avg = np.where((bad == 0) & (cnt > 0), sums / np.maximum(cnt, 1), -np.inf)
            topic = np.nonzero(avg - p.EVENT_FEW_PAIRS_MARGIN / np.sqrt(np.maximum(cnt, 1)) >= p.EVENT_THRESHOLD)[0]
            pool = [m for g in topic.tolist() for m in groups[g]]
            if len(topic) and (p.EVENT_SPLIT_THRESHOLD is None or len(pool) + 1 < p.EVENT_MIN_SPLIT):
                best_g = int(topic[np.argmax(avg[topic])])
            elif len(topic):
                L = (local_row(pool, r) if local_row is not None
                     else local_sim([feats.docs[i] for i in pool + [r]], p)[-1, :-1])
                start_at, best = 0, p.EVENT_SPLIT_THRESHOLD
                for g in topic.tolist():
                    vals = L[start_at:start_at + len(groups[g])]
                    start_at += len(groups[g])
                    v = float(vals.mean()) if np.all(np.isfinite(vals)) else -np.inf
                    if v >= best:
                        best_g, best = g, v
        if best_g < 0:
            groups.append([r])
            member_group[r] = len(groups) - 1
        else:
            groups[best_g].append(r)
            member_group[r] = best_g
    return [[feats.docs[i].id for i in g] for g in groups]



def rebuild(docs: Sequence[Doc], settings: Settings = DEFAULT) -> list[Event]:
    """Cluster all `docs` from scratch into events (sorted by id)."""
    by_id = {d.id: d for d in docs}
    return sorted((make_event(g, by_id) for g in cluster(docs, settings)), key=lambda e: e.id)

