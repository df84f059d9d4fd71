"""The events stage's speed-ups of session 8 (issue 13 item 5) give the values of the code they replace, bit for bit:
`cluster.average_link` (the stale rows' best partners found together, labels by following the merges, the live
clusters' rows kept apart once half are dead: blocks over 64 rows) and
`InstanceMatrix.evidence` (per-pair counts of agreeing and conflicting kinds, then a table of their float64 sums)
against the straightforward versions kept here as references, on random inputs with ties and cannot-links."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.events import instance
from newsdesk.events.cluster import average_link
from newsdesk.events.instance import AGREE_KINDS, CONFLICT_KINDS, KINDS, PLACE_BOUND, PLACE_KINDS, InstanceMatrix


def _average_link_reference(S, threshold, margin=0.0):
    n = len(S)
    A = S.astype(np.float64).copy()
    np.fill_diagonal(A, -np.inf)
    size, alive, label = np.ones(n), np.ones(n, bool), np.arange(n)

    def adj(r):
        return A[r] - margin / np.sqrt(size[r] * size) if margin else A[r]

    bestj = A.argmax(axis=1) if n else np.zeros(0, dtype=np.int64)
    best = A[np.arange(n), bestj] - margin if n else np.zeros(0)
    for _ in range(n - 1):
        i = int(np.argmax(best))
        if not best[i] >= threshold:
            break
        j = int(bestj[i])
        a, b = min(i, j), max(i, j)
        row = (size[a] * A[a] + size[b] * A[b]) / (size[a] + size[b])
        row[~alive] = -np.inf
        row[a] = -np.inf
        A[a], A[:, a] = row, row
        A[b], A[:, b] = -np.inf, -np.inf
        size[a] += size[b]
        alive[b] = False
        label[label == b] = a
        best[b] = -np.inf
        stale = alive & ((bestj == a) | (bestj == b))
        stale[a] = True
        for r in np.nonzero(stale)[0]:
            rr = adj(r)
            bestj[r] = int(np.argmax(rr))
            best[r] = rr[bestj[r]]
        col = A[:, a] - margin / np.sqrt(size * size[a]) if margin else A[:, a]
        up = alive & ~stale & (col > best)
        best[up], bestj[up] = col[up], a
    return label.tolist()


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 160), st.integers(0, 2**32 - 1), st.sampled_from([0.0, 0.05, 0.3]), st.booleans())
def test_average_link_same_labels_as_reference(n, seed, margin, ties):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, 3))
    S = (X @ X.T) / 3
    if ties:
        S = np.round(S, 1)
    cut = rng.random((n, n)) < 0.15
    S[cut | cut.T] = -np.inf
    for threshold in (-0.2, 0.1, 0.5):
        assert average_link(S, threshold, margin) == _average_link_reference(S, threshold, margin)


def _evidence_reference(m, rows, cols, agree_w, conflict_w):
    shared, conflict = {}, {}
    for kind in set(AGREE_KINDS) | set(CONFLICT_KINDS) | set(PLACE_KINDS):
        shared[kind] = (m.m[kind][rows] @ m.wide[kind][cols].T).toarray() > 0
        has = m.has[kind] if kind != "day" else m.has[kind] & m.dated
        conflict[kind] = has[rows][:, None] & has[cols][None, :] & ~shared[kind]
    out = np.zeros(next(iter(shared.values())).shape, dtype=np.float64)
    place_cf = np.zeros(out.shape, dtype=bool)
    for kind in PLACE_KINDS:
        place_cf |= conflict[kind]
    for kind in AGREE_KINDS:
        if agree_w:
            out += agree_w * (shared[kind] & ~place_cf if kind in PLACE_BOUND else shared[kind])
    for kind in CONFLICT_KINDS:
        if conflict_w:
            out -= conflict_w * conflict[kind]
    return out


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 30), st.integers(0, 2**32 - 1),
       st.sampled_from([(0.03, 0.02), (0.1, 0.0), (0.0, 0.2), (0.3, 0.07), (-0.1, 0.3), (0.1, 0.1)]))
def test_evidence_same_values_as_reference(n, seed, weights):
    rng = np.random.default_rng(seed)
    keys = []
    for _ in range(n):  # a few values per kind, so that rows share some and conflict on others
        ks = {(k, str(738000 + int(rng.integers(0, 4))) if k == "day" else f"{k}{int(rng.integers(0, 3))}")
              for k in KINDS if rng.random() < 0.5}
        keys.append(tuple(sorted(ks)))
    days = [None if rng.random() < 0.2 else 738000 + int(rng.integers(0, 4)) for _ in range(n)]
    m = InstanceMatrix(keys, days)
    rows = np.sort(rng.choice(n, int(rng.integers(1, n + 1)), replace=False))
    for cols in (np.arange(n), slice(None), rows[::-1].copy()):
        got, want = m.evidence(rows, cols, *weights), _evidence_reference(m, rows, cols, *weights)
        assert got.dtype == want.dtype and np.array_equal(got.view(np.int64), want.view(np.int64))


def test_evidence_table_sums_one_kind_at_a_time():
    t = instance._evidence_table(0.1, 0.07)
    n = len(CONFLICT_KINDS) + 1
    assert t[0] == 0.0 and t[3 * n] == 0.1 + 0.1 + 0.1 and t[3 * n + 2] == 0.1 + 0.1 + 0.1 - 0.07 - 0.07
