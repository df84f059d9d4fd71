"""What an incremental update compares a new article with, and how cheaply (issue 13 item 5, issue 12 item 3).

`events.assign` adds a few new articles to the events of a time window (about a year of articles). Two costs used
to follow the window's size for every new article: its similarity row against every article of the window
(computed one article at a time) and, for each event of its topic, the within-topic similarity (`local_sim`: a
dense matrix of all pairs of the topic's articles, where only the new article's row is used). Here:

- `FreshSims`: the similarity rows of all new articles against the pool, computed once in chunks of
  EVENT_SIM_CHUNK (`Features.sim`, as before) and shared by the greedy join and the region step;
- `candidates`: the groups a new article can join are those holding an article whose similarity to it reaches
  EVENT_THRESHOLD -- a group's average similarity cannot reach the threshold unless one member does -- so only
  their members are scored further (blocking by the similarity itself: exact, no k to tune); a new article far
  from every event is compared with none;
- `LocalRow`: the new article's row of `local_sim` over a topic pool without the pool's pairs: the pool's rows of
  the window's sparse term matrices, their local IDF from the column counts, one sparse matrix-vector product
  (O(terms of the pool) instead of the dense O(pool^2 x vocabulary) matrix).

Same arithmetic as `Features.sim` / `local_sim` (float32 terms, the same IDFs and date penalty; sums in another
order, so values agree to ~1e-7): the assignments are those of the full computation (tests/test_events_assign.py
compares them; the synthetic 10k store's update gives the same events, BENCHMARKS.md).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsdesk.events.features import Features, floor_links
from newsdesk.events.instance import monthday_apart, monthday_sets, weekday_apart, weekday_masks
from newsdesk.settings import Settings

_BLAS: list = []


def one_blas_thread():
    """A context in which numpy's matrix products (OpenBLAS) run on one thread. An incremental update's products are
    small (a topic's articles, chunks of the region): there OpenBLAS's worker threads spin more CPU than they save
    wall time, and on a busy machine the spinning thread takes a core from the work (BENCHMARKS.md, scale session 6).
    """
    from threadpoolctl import ThreadpoolController

    if not _BLAS:  # the loaded BLAS libraries, looked up once
        _BLAS.append(ThreadpoolController())
    return _BLAS[0].limit(limits=1, user_api="blas")


class FreshSims:
    """`Features.sim` rows of the new articles (`rows`, in the order the greedy join visits them) against every row
    of `feats`, computed EVENT_SIM_CHUNK rows at a time (one chunk held: memory as before), each chunk once while
    the rows are visited in order; `col_max` the best similarity of each pool row to any new article."""

    def __init__(self, feats: Features, rows: Sequence[int], p: Settings):
        self.feats, self.rows, self.p, self.chunk = feats, list(rows), p, p.EVENT_SIM_CHUNK
        self.pos = {r: k for k, r in enumerate(self.rows)}
        self.best = np.full(len(feats), -np.inf)
        self.done: set[int] = set()
        self.at, self.S = -1, np.zeros((0, len(feats)))

    def _load(self, c: int) -> None:
        if c != self.at:
            part = np.asarray(self.rows[c * self.chunk:(c + 1) * self.chunk], dtype=np.int64)
            self.at, self.S = c, self.feats.sim(part, None, self.p)
            if c not in self.done:
                self.done.add(c)
                np.maximum(self.best, self.S.max(axis=0), out=self.best)

    def __call__(self, row: int) -> np.ndarray:
        k = self.pos[row]
        self._load(k // self.chunk)
        return self.S[k % self.chunk]

    def col_max(self) -> np.ndarray:
        for c in range(-(-len(self.rows) // self.chunk)):
            if c not in self.done:
                self._load(c)
        return self.best


class LocalRow:
    """`local_sim([feats.docs[i] for i in pool + [row]], p)[-1, :-1]` without the pool's pairs (see the module
    docstring). The term weights come from `feats` itself: its TF-IDF rows divided by their global IDF are the
    sublinear term frequencies scaled per row, and a row's scale cancels in the cosine."""

    def __init__(self, feats: Features, p: Settings):
        self.feats, self.p = feats, p
        self.tf = [self._tf(feats.words), self._tf(feats.names)]
        self.masks = np.full(len(feats), -1, dtype=np.int16)  # `instance.weekday_masks`, filled as rows are asked for
        self.msets: dict[int, set[int]] = {}  # `instance.monthday_sets` per row, filled as rows are asked for

    def _monthdays(self, rows: np.ndarray) -> list[set[int]]:
        todo = [r for r in rows.tolist() if r not in self.msets]
        self.msets.update(zip(todo, monthday_sets([self.feats.docs[r] for r in todo]), strict=True))
        return [self.msets[r] for r in rows.tolist()]

    def _weekdays(self, rows: np.ndarray) -> np.ndarray:
        todo = rows[self.masks[rows] < 0]
        if len(todo):
            self.masks[todo] = weekday_masks([self.feats.docs[r] for r in todo.tolist()])
        return self.masks[rows].astype(np.uint8)

    @staticmethod
    def _tf(m: sparse.csr_matrix) -> sparse.csr_matrix:
        n = m.shape[0]
        df = np.bincount(m.indices, minlength=m.shape[1])
        idf = (np.log((1 + n) / (1 + df)) + 1.0).astype(np.float32)  # as `features._tfidf`
        out = m.copy()
        out.data = out.data / idf[out.indices]
        return out

    def _tfidf_row(self, rows: np.ndarray, field: int) -> np.ndarray:
        """Cosines of the last row with each other row under the group's own IDF (`_local_tfidf`), on the arrays of
        the window's term matrix (no sparse matrix built per call: a topic pool is ~60 rows, where building them
        was most of the cost). Each cosine sums its products in float32 in the row's term order, as the sparse
        product `M[:-1] @ M[-1].T` of the group's weighted rows did (same values)."""
        m, n = self.tf[field], len(rows)
        starts = m.indptr[rows]
        lens = m.indptr[rows + 1] - starts
        ends = np.cumsum(lens)
        first = ends - lens
        pos = np.arange(ends[-1]) + np.repeat(starts - first, lens)  # the rows' entries, row by row
        cols, inv = np.unique(m.indices[pos], return_inverse=True)
        df = np.bincount(inv, minlength=len(cols))
        idf = np.log((1 + n) / (1 + df)).astype(np.float32)
        idf[df < self.p.EVENT_LOCAL_MIN_DF] = 0.0
        w = m.data[pos] * idf[inv]
        row_of = np.repeat(np.arange(n), lens)
        norms = np.sqrt(np.bincount(row_of, weights=w.astype(np.float64) ** 2, minlength=n)).astype(np.float32)
        norms[norms == 0] = 1.0
        w = w / norms[row_of]
        last = np.zeros(max(len(cols), 1), dtype=np.float32)
        last[inv[first[-1]:]] = w[first[-1]:]
        prod = w[:first[-1]] * last[inv[:first[-1]]]
        keep = np.flatnonzero(prod)  # the shared terms (adding a zero changes no sum)
        out = np.zeros(n - 1, dtype=np.float32)
        if len(keep):
            r_of = row_of[keep]
            cnt = np.bincount(r_of, minlength=n - 1)
            P = np.zeros((n - 1, int(cnt.max())), dtype=np.float32)  # row r's products in its term order
            P[r_of, np.arange(len(keep)) - np.repeat(np.cumsum(cnt) - cnt, cnt)] = prod[keep]
            for col in P.T:  # one term position at a time: each row's sum in its order
                out += col
        return out

    def __call__(self, pool: Sequence[int], row: int) -> np.ndarray:
        rows = np.asarray(list(pool) + [row], dtype=np.int64)
        V = self.feats.dense[rows]
        V = V - V.mean(axis=0)
        V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
        s = (V[:-1] @ V[-1] + self._tfidf_row(rows, 0) + self._tfidf_row(rows, 1)) / 3.0
        if self.p.EVENT_WEEKDAY_SHARE is not None and self.p.EVENT_WEEKDAY_CONFLICT:  # as `local_sim`'s
            dated = ~np.isnan(self.feats.days[rows])
            apart = weekday_apart(self._weekdays(rows), dated, self.p.EVENT_WEEKDAY_SHARE)
            if self.p.EVENT_MONTHDAY_TOL is not None:
                apart |= monthday_apart(self._monthdays(rows), dated, self.p.EVENT_WEEKDAY_SHARE,
                                        self.p.EVENT_MONTHDAY_TOL)
            s[apart[-1, :-1]] -= np.float32(self.p.EVENT_WEEKDAY_CONFLICT)
        gap = np.abs(self.feats.days[rows[:-1]] - self.feats.days[row])
        known = ~np.isnan(gap)
        if self.p.EVENT_DATE_PENALTY:
            s[known] -= self.p.EVENT_DATE_PENALTY * np.log1p(gap[known])
        s[known & (gap > self.p.EVENT_MAX_GAP_DAYS)] = -np.inf
        f, d = self.feats.floor, self.feats.days
        return floor_links(s[None, :], f[[row]], d[[row]], f[rows[:-1]], d[rows[:-1]], self.p)[0]


class RegionSims:
    """The rows `rows` of `feats` as a `Features` of their own for `cluster._cluster_rows` (row k is `rows[k]`; the
    features, IDF included, stay those of all of `feats`), whose `sim` slices one `feats.sim(rows, rows)` computed
    up front, EVENT_SIM_CHUNK rows at a time (the temporaries of `Features.sim` stay chunk x region; the float32
    result is 4 bytes a pair: 16 MB for EVENT_LOCAL_MAX=2000, `assign` uses it up to EVENT_MAX_BLOCK). `_cluster_rows`
    asks for the same pairs twice (the threshold components, then average link inside each), so computing them once
    is ~half the region's similarity cost. Same values as `feats.sim` on those rows (products of other shapes: sums
    of the dense part may round otherwise, ~1e-7). The similarity is symmetric (each of its terms sums the same
    products in the same order for (i, j) and (j, i): the 10k store's 2000-row region is bitwise symmetric), so
    only the blocks on and above the diagonal are computed (about half the pairs) and the others mirror them."""

    def __init__(self, feats: Features, rows: Sequence[int], p: Settings):
        idx = np.asarray(rows, dtype=np.int64)
        self.docs = [feats.docs[r] for r in idx.tolist()]
        self.index = {d.id: k for k, d in enumerate(self.docs)}
        self.p = p
        self.S = np.empty((len(idx), len(idx)), dtype=np.float32)
        self.all = np.arange(len(idx))
        for s in range(0, len(idx), p.EVENT_SIM_CHUNK):  # the upper blocks; each lower block is one of them turned
            e = s + p.EVENT_SIM_CHUNK
            self.S[s:e, s:] = feats.sim(idx[s:e], idx[s:], p)
            self.S[s:e, :s] = self.S[:s, s:e].T

    def __len__(self):
        return len(self.docs)

    def sim(self, rows: np.ndarray, cols: np.ndarray | None, p: Settings) -> np.ndarray:
        if p is not self.p:
            raise ValueError("RegionSims.sim: other settings than its similarities were computed with")
        rows = np.asarray(rows, dtype=np.int64)
        if cols is None or (len(cols) == len(self.all) and np.array_equal(cols, self.all)):  # (`_components`' case)
            return self.S[rows]
        return self.S[np.ix_(rows, np.asarray(cols, dtype=np.int64))]

