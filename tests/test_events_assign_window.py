"""The incremental events stage's cheaper arithmetic and loading (issue 13 item 5, session 6) gives what the code it
replaced gave: the date penalty from a per-gap table, the region's pairs from the blocks on and above the diagonal,
the instance-key matrices in one pass, the window's NER spans read only for the docs built afresh."""

import importlib
import sys
from pathlib import Path

import numpy as np
import pytest
from synthetic_news import corpus

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder, embedding_text
from newsdesk.settings import DEFAULT

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import window_identity  # noqa: E402

features = importlib.import_module("newsdesk.events.features")
candidates = importlib.import_module("newsdesk.events.candidates")
instance = importlib.import_module("newsdesk.events.instance")


def _pairwise_penalty(s, row_days, col_days, p):
    """The formula `date_penalty` replaced: float64 gaps, log1p over every known pair."""
    gap = np.abs(row_days[:, None] - col_days[None, :])
    known = ~np.isnan(gap)
    if p.EVENT_DATE_PENALTY:
        s[known] -= p.EVENT_DATE_PENALTY * np.log1p(gap[known])
    s[known & (gap > p.EVENT_MAX_GAP_DAYS)] = -np.inf
    return s


@pytest.mark.parametrize("max_gap,penalty", [(365, 0.03), (14, 0.03), (0, 0.07), (10**9, 0.03), (365, 0.0)])
def test_date_penalty_is_the_pairwise_formula(max_gap, penalty):
    rng = np.random.default_rng(max_gap + int(100 * penalty))
    p = DEFAULT.replace(EVENT_MAX_GAP_DAYS=max_gap, EVENT_DATE_PENALTY=penalty)
    for n, m in ((1, 1), (7, 300), (120, 45)):
        rd = (738000 + rng.integers(0, 1200, n)).astype(np.float64)
        cd = (738000 + rng.integers(0, 1200, m)).astype(np.float64)
        rd[rng.random(n) < 0.2] = np.nan
        cd[rng.random(m) < 0.2] = np.nan
        s = (rng.random((n, m)) * 1.5 - 0.5).astype(np.float32)
        got = features.date_penalty(s.copy(), rd, cd, p)
        want = _pairwise_penalty(s.copy(), rd, cd, p)
        assert got.dtype == np.float32 and np.array_equal(got, want)  # the same float32 values, not merely close
    days = np.array([np.nan, np.nan])  # no known day: unchanged
    s = np.ones((2, 2), dtype=np.float32)
    assert np.array_equal(features.date_penalty(s.copy(), days, days, p), s)
    frac = np.array([1.5, 2.0, np.nan])  # not day numbers: the pairwise formula
    s = np.zeros((3, 3), dtype=np.float32)
    assert np.array_equal(features.date_penalty(s.copy(), frac, frac, p), _pairwise_penalty(s.copy(), frac, frac, p))


@pytest.fixture(scope="module")
def feats():
    recs = corpus(30, seed=11)
    vecs = HashEmbedder().embed([embedding_text(r["title"], r["text"]) for r in recs])
    docs = [ev.make_doc(r["id"], r["published"], r["title"], r["text"], v, ()) for r, v in zip(recs, vecs, strict=True)]
    return features.Features(docs)


def test_region_sims_mirrored_blocks_are_the_full_pairs(feats):
    """Blocks of 7 rows (so most pairs come from a mirrored block), rows in a shuffled order: the pairs the row
    chunks against every row gave (BLAS may round a product of another shape in the last bit), the same cannot-links,
    and exactly symmetric (row chunks of 7 were not: the two halves of a pair came from products of other shapes);
    `sim` with every column is its rows."""
    p = DEFAULT.replace(EVENT_SIM_CHUNK=7, EVENT_MAX_GAP_DAYS=40)
    rows = np.random.default_rng(3).permutation(len(feats))[:50]
    region = candidates.RegionSims(feats, rows.tolist(), p)
    want = np.concatenate([feats.sim(rows[s:s + 7], rows, p) for s in range(0, len(rows), 7)])
    known = np.isfinite(want)
    assert known.sum() > 500 and (~known).any()  # dated pairs beyond the gap too
    assert np.array_equal(np.isfinite(region.S), known) and np.abs(region.S[known] - want[known]).max() < 1e-6
    assert np.array_equal(region.S, region.S.T)
    some = np.array([4, 0, 17])
    assert np.array_equal(region.sim(some, np.arange(len(rows)), p), region.S[some])
    assert np.array_equal(region.sim(some, some, p), region.S[np.ix_(some, some)])


def _per_kind_matrices(keys, days):
    """`InstanceMatrix.__init__` as it was: one pass over every article's keys per kind."""
    from scipy import sparse

    n = len(keys)
    out = {}
    for kind in instance.KINDS:
        vocab, rows, cols, wrows, wcols = {}, [], [], [], []
        for i, ks in enumerate(keys):
            for k, v in ks:
                if k != kind:
                    continue
                rows.append(i)
                cols.append(vocab.setdefault(v, len(vocab)))
                if kind == "day":
                    for x in (int(v) - 1, int(v) + 1):
                        wrows.append(i)
                        wcols.append(vocab.setdefault(str(x), len(vocab)))
        shape = (n, max(len(vocab), 1))
        m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)
        m.data[:] = 1.0
        wide = m if kind != "day" else sparse.csr_matrix(
            (np.ones(len(rows) + len(wrows), dtype=np.float32), (rows + wrows, cols + wcols)), shape=shape)
        out[kind] = (m, wide)
    return out


def test_instance_matrix_in_one_pass_is_the_per_kind_matrices(feats):
    keys = [d.instance for d in feats.docs] + [(("day", "738000"), ("person", "ann lee"), ("zzz", "unknown kind"))]
    days = [d.day for d in feats.docs] + [738000]
    assert sum(1 for ks in keys for k, _ in ks if k == "day") > 10
    got = instance.InstanceMatrix(keys, days)
    for kind, (m, wide) in _per_kind_matrices(keys, days).items():
        for a, b in ((got.m[kind], m), (got.wide[kind], wide)):
            assert a.shape == b.shape and np.array_equal(a.indptr, b.indptr)
            assert np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data)


def test_window_reads_spans_only_for_the_docs_it_builds(tmp_path):
    """An incremental update reads the NER spans of the articles whose features it builds (the new ones), not of the
    whole window, and still gives what loading the whole store gives."""
    c = window_identity.check(corpus(16, seed=7), 4, tmp_path, settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=400))
    assert c.problems == [] and c.windowed == 3
    assert all(read == sources > 0 for read, sources in c.spans_read)  # a copy borrows its original's spans
    assert all(built < docs for built, docs, _ in c.built)


def _sparse_tfidf_row(local_row, rows, field):
    """`LocalRow._tfidf_row` as it was: the group's weighted rows as a sparse matrix, `M[:-1] @ M[-1].T`."""
    from scipy import sparse

    sub = local_row.tf[field][rows]
    cols, inv = np.unique(sub.indices, return_inverse=True)
    n = len(rows)
    df = np.bincount(inv, minlength=len(cols))
    idf = np.log((1 + n) / (1 + df)).astype(np.float32)
    idf[df < local_row.p.EVENT_LOCAL_MIN_DF] = 0.0
    w = sub.data * idf[inv]
    row_of = np.repeat(np.arange(n), np.diff(sub.indptr))
    norms = np.sqrt(np.bincount(row_of, weights=w.astype(np.float64) ** 2, minlength=n)).astype(np.float32)
    norms[norms == 0] = 1.0
    M = sparse.csr_matrix((w / norms[row_of], inv, sub.indptr), shape=(n, max(len(cols), 1)))
    return np.asarray((M[:-1] @ M[-1].T).todense(), dtype=np.float32).ravel()


def test_local_row_sums_as_the_sparse_product(feats):
    """The topic pool's within-group TF-IDF cosines from the window's arrays: the float32 values of the sparse
    product, for pools of one row to all of them, with and without shared terms."""
    rng = np.random.default_rng(5)
    local_row = candidates.LocalRow(feats, DEFAULT)
    shared = 0
    for size in (1, 2, 5, 30, len(feats) - 1):
        for _ in range(4):
            rows = rng.permutation(len(feats))[:size + 1]
            for field in (0, 1):
                got = local_row._tfidf_row(rows, field)
                assert got.dtype == np.float32 and np.array_equal(got, _sparse_tfidf_row(local_row, rows, field))
                shared += int(np.count_nonzero(got))
    assert shared > 100


def test_assign_runs_blas_on_one_thread_and_gives_it_back(feats, monkeypatch):
    from threadpoolctl import threadpool_info

    def blas_threads():
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    assign_mod = importlib.import_module("newsdesk.events.assign")
    seen, real = [], assign_mod._greedy

    def spy(*args, **kwargs):
        seen.append(blas_threads())
        return real(*args, **kwargs)

    monkeypatch.setattr(assign_mod, "_greedy", spy)
    before = blas_threads()
    out = assign_mod.assign(feats.docs[:12], [], {}, DEFAULT)
    assert out and seen == [{1}] and blas_threads() == before
