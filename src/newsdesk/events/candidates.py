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
- `LocalRow`: the new article's row of `local_sim` over a topic pool without the pool's pairs: per-article
  sparse term weights (kept across calls), the pool's local IDF from their column counts, one sparse
  matrix-vector product (O(terms of the pool) instead of O(pool^2 x vocabulary)).

Same arithmetic as `Features.sim` / `local_sim` (float32 terms, the same IDF and date penalty): the assignments
are those of the full computation (tests/test_events_assign.py compares them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsdesk.events.features import Features
from newsdesk.model import Doc
from newsdesk.settings import Settings


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
    """`local_sim(pool + [doc], p)[-1, :-1]` without the pool's pairs (see the module docstring)."""

    def __init__(self, p: Settings):
        self.p = p
        self.vocab: dict[str, int] = {}
        self.terms: dict[tuple[str, int], tuple[np.ndarray, np.ndarray]] = {}

    def _terms(self, d: Doc, field: int) -> tuple[np.ndarray, np.ndarray]:
        key = (d.id, field)
        hit = self.terms.get(key)
        if hit is None:
            counts = d.words if field == 0 else d.names
            idx = np.fromiter((self.vocab.setdefault(t, len(self.vocab)) for t, _ in counts), dtype=np.int64,
                              count=len(counts))
            tf = np.fromiter((1.0 + math.log(n) for _, n in counts), dtype=np.float64, count=len(counts))
            hit = self.terms[key] = (idx, tf.astype(np.float32))
        return hit

    def _tfidf_row(self, docs: Sequence[Doc], field: int) -> np.ndarray:
        """Cosines of the last doc with each other doc under the group's own IDF (`_local_tfidf`)."""
        parts = [self._terms(d, field) for d in docs]
        lens = np.array([len(i) for i, _ in parts], dtype=np.int64)
        idx = np.concatenate([i for i, _ in parts]) if parts else np.zeros(0, np.int64)
        tf = np.concatenate([t for _, t in parts]) if parts else np.zeros(0, np.float32)
        cols, inv = np.unique(idx, return_inverse=True)
        n = len(docs)
        df = np.bincount(inv, minlength=len(cols))
        idf = np.log((1 + n) / (1 + df)).astype(np.float32)
        idf[df < self.p.EVENT_LOCAL_MIN_DF] = 0.0
        w = tf * idf[inv]
        row_of = np.repeat(np.arange(n), lens)
        norms = np.sqrt(np.bincount(row_of, weights=(w.astype(np.float64) ** 2), minlength=n)).astype(np.float32)
        norms[norms == 0] = 1.0
        M = sparse.csr_matrix((w / norms[row_of], inv, np.concatenate([[0], np.cumsum(lens)])),
                              shape=(n, max(len(cols), 1)))
        return np.asarray((M[:-1] @ M[-1].T).todense(), dtype=np.float32).ravel()

    def __call__(self, pool: Sequence[Doc], doc: Doc) -> np.ndarray:
        docs = list(pool) + [doc]
        V = np.stack([d.vector.reshape(-1) for d in docs]).astype(np.float32)
        V = V - V.mean(axis=0)
        V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
        s = (V[:-1] @ V[-1] + self._tfidf_row(docs, 0) + self._tfidf_row(docs, 1)) / 3.0
        days = np.array([np.nan if d.day is None else d.day for d in pool], dtype=np.float64)
        gap = np.abs(days - (np.nan if doc.day is None else doc.day))
        known = ~np.isnan(gap)
        if self.p.EVENT_DATE_PENALTY:
            s[known] -= self.p.EVENT_DATE_PENALTY * np.log1p(gap[known])
        s[known & (gap > self.p.EVENT_MAX_GAP_DAYS)] = -np.inf
        return s
