"""Pairwise instance evidence: agreeing and conflicting keys of two articles as one similarity term (see the
package docstring)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

KINDS = ("city", "state", "street", "person", "age", "time", "day")
AGREE_KINDS = ("person", "street", "time", "day")
CONFLICT_KINDS = ("city", "state", "day", "age", "street", "time")
PLACE_KINDS = ("city", "state")
PLACE_BOUND = ("day", "time")  # agreeing only where the places do not conflict (see the package docstring)


class InstanceMatrix:
    """Row-aligned sparse indicator matrices of instance keys per kind, for pairwise agreement and conflict."""

    def __init__(self, keys: Sequence[Sequence[tuple[str, str]]], days: Sequence[int | None] | None = None):
        n = len(keys)
        # stated days conflict only between dated articles (an undated one's full dates may be background)
        self.days = np.array([np.nan if d is None else d for d in (days or [0] * n)], dtype=np.float64)
        self.dated = ~np.isnan(self.days)
        self.m: dict[str, sparse.csr_matrix] = {}
        self.wide: dict[str, sparse.csr_matrix] = {}
        self.has: dict[str, np.ndarray] = {}
        per: dict[str, tuple[dict[str, int], list, list, list, list]] = {kind: ({}, [], [], [], []) for kind in KINDS}
        for i, ks in enumerate(keys):  # one pass over the keys (a window's ~10k articles), each to its kind
            for k, v in ks:
                got = per.get(k)
                if got is None:
                    continue
                vocab, rows, cols, wrows, wcols = got
                rows.append(i)
                cols.append(vocab.setdefault(v, len(vocab)))
                if k == "day":  # a day agrees with the day before and after it
                    for x in (int(v) - 1, int(v) + 1):
                        wrows.append(i)
                        wcols.append(vocab.setdefault(str(x), len(vocab)))
        for kind in KINDS:
            vocab, rows, cols, wrows, wcols = per[kind]
            shape = (n, max(len(vocab), 1))
            m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)
            m.data[:] = 1.0
            self.m[kind] = m
            self.wide[kind] = m if kind != "day" else sparse.csr_matrix(
                (np.ones(len(rows) + len(wrows), dtype=np.float32), (rows + wrows, cols + wcols)), shape=shape)
            self.has[kind] = np.asarray(m.getnnz(axis=1) > 0)

    def evidence(self, rows: np.ndarray, cols: np.ndarray | slice, agree_w: float, conflict_w: float) -> np.ndarray:
        """agree_w x (number of agreeing AGREE_KINDS; a day or time of day only where no place kind conflicts) -
        conflict_w x (number of conflicting CONFLICT_KINDS). The two numbers are counted per pair in int8 and the
        value of each pair of counts is looked up (`_evidence_table`: the sums of the weights taken one kind at a
        time, as adding each kind's weighted indicator in float64 gave: the same values; float64 rows x cols arrays per
        kind were most of this step's time on an update's 2,000-article region)."""
        shared, conflict = {}, {}
        for kind in set(AGREE_KINDS) | set(CONFLICT_KINDS) | set(PLACE_KINDS):
            m = self.m[kind]
            shared[kind] = (m[rows] @ self.wide[kind][cols].T).toarray() > 0
            has = self.has[kind] if kind != "day" else self.has[kind] & self.dated
            conflict[kind] = has[rows][:, None] & has[cols][None, :]
            conflict[kind] &= ~shared[kind]
        shape = next(iter(shared.values())).shape
        place_cf = np.zeros(shape, dtype=bool)
        for kind in PLACE_KINDS:
            place_cf |= conflict[kind]
        agree = np.zeros(shape, dtype=np.int8)
        if agree_w:
            free = ~place_cf
            for kind in AGREE_KINDS:
                agree += shared[kind] & free if kind in PLACE_BOUND else shared[kind]
        against = np.zeros(shape, dtype=np.int8)
        if conflict_w:
            for kind in CONFLICT_KINDS:
                against += conflict[kind]
        agree *= len(CONFLICT_KINDS) + 1
        agree += against  # the pair's (agree, conflict) counts as one table index
        return _evidence_table(float(agree_w), float(conflict_w))[agree]


def _evidence_table(agree_w: float, conflict_w: float) -> np.ndarray:
    """`InstanceMatrix.evidence`'s value of a pair with i agreeing and j conflicting kinds, at i x (CONFLICT + 1) + j:
    0.0 plus agree_w i times, then less conflict_w j times, in float64 (adding a kind that does not count adds 0.0,
    which changes no sum)."""
    n = len(CONFLICT_KINDS) + 1
    out = np.zeros((len(AGREE_KINDS) + 1) * n, dtype=np.float64)
    for i in range(len(AGREE_KINDS) + 1):
        for j in range(n):
            v = np.float64(0.0)
            for _ in range(i):
                v += np.float64(agree_w)
            for _ in range(j):
                v -= np.float64(conflict_w)
            out[i * n + j] = v
    return out
