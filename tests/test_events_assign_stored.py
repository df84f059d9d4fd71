"""What an incremental update reads of the window fast (issue 13 item 5): the clustering features stored as bytes
(`events.features.pack_doc`, migration 7) and the TF-IDF matrices built without a Python step per term."""

import importlib
import math
import re
from dataclasses import replace

import duckdb
import numpy as np
import pytest
from scipy import sparse
from synthetic_news import FIRST, LAST, PLACES, corpus

from newsdesk import events as ev
from newsdesk import pipeline
from newsdesk.embed import HashEmbedder, embedding_text
from newsdesk.events import build
from newsdesk.model import Article, Event
from newsdesk.settings import DEFAULT
from newsdesk.store import migrations, open_store

features = importlib.import_module("newsdesk.events.features")


@pytest.fixture(scope="module")
def docs():
    """Synthetic incidents as Docs (names, places, numbers, instance keys), plus edge cases: no words at all,
    non-ASCII terms, a term repeated."""
    recs = [r for r in corpus(40, seed=5) if not r["id"].endswith("-wire")]
    recs += [{"id": "empty", "published": None, "title": None, "text": "1 2 3"},
             {"id": "unicode", "published": "2024-05-02", "title": "Zürich: Ærø ferry", "text":
              "São Paulo — Zürich's mayor met Ærø's; ferry ferry ferry on Thursday, 12 May 2024 at 3 pm."}]
    vecs = HashEmbedder().embed([embedding_text(r["title"], r["text"]) for r in recs])
    names = re.compile(rf"\b(?:{'|'.join(FIRST)}) (?:{'|'.join(LAST)})\b")
    places = re.compile(rf"\b(?:{'|'.join(re.escape(x) for c in PLACES for x in c)})\b")
    return [ev.make_doc(r["id"], r["published"], r["title"], r["text"], v,
                        [(m, "PERSON") for m in names.findall(r["text"])]
                        + [(m, "GPE") for m in places.findall(r["text"])] + [("Zürich", "GPE")])
            for r, v in zip(recs, vecs, strict=True)]


def _loop_tfidf(counts):
    """The per-term loop `features._tfidf` replaced (session 4), as the reference."""
    vocab, indptr, indices, data = {}, [0], [], []
    for c in counts:
        for term, n in c:
            indices.append(vocab.setdefault(term, len(vocab)))
            data.append(1.0 + math.log(n))
        indptr.append(len(indices))
    m = sparse.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int64), indptr),
                          shape=(len(counts), max(len(vocab), 1)))
    df = np.bincount(m.indices, minlength=m.shape[1])
    idf = (np.log((1 + len(counts)) / (1 + df)) + 1.0).astype(np.float32)
    m = m @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m, dtype=np.float32)


def _loop_local_tfidf(counts, min_df):
    vocab = {}
    rows = [{vocab.setdefault(t, len(vocab)): 1.0 + math.log(n) for t, n in c} for c in counts]
    M = np.zeros((len(rows), max(len(vocab), 1)), dtype=np.float32)
    for i, r in enumerate(rows):
        for j, v in r.items():
            M[i, j] = v
    df = (M > 0).sum(axis=0)
    M *= np.log((1 + len(rows)) / (1 + df)).astype(np.float32)
    M[:, df < min_df] = 0.0
    n = np.linalg.norm(M, axis=1, keepdims=True)
    return M / np.where(n > 0, n, 1.0)


@pytest.mark.parametrize("field", ["words", "names"])
def test_tfidf_is_the_per_term_loop(docs, field):
    counts = [getattr(d, field) for d in docs]
    got, want = features._tfidf(counts), _loop_tfidf(counts)
    assert got.shape == want.shape and got.nnz == want.nnz > 0
    # same columns in the same order, same float32 values (not merely close)
    assert np.array_equal(got.indptr, want.indptr) and np.array_equal(got.indices, want.indices)
    assert np.array_equal(got.data, want.data)
    assert features._tfidf([]).shape == (0, 1) and features._tfidf([(), ()]).nnz == 0


@pytest.mark.parametrize("field", ["words", "names"])
def test_local_tfidf_is_the_per_term_loop(docs, field):
    counts = [getattr(d, field) for d in docs[:25]]
    for min_df in (1, 2, 3):
        assert np.array_equal(features._local_tfidf(counts, min_df), _loop_local_tfidf(counts, min_df))


def test_pack_doc_round_trip(docs):
    for d in docs:
        blob = features.pack_doc(d)
        assert isinstance(blob, bytes)
        assert features.unpack_doc(blob) == (d.entities, d.words, d.names, d.instance)
    assert any(d.instance for d in docs) and any(not d.words for d in docs)
    assert any(not t.isascii() for d in docs for t, _ in d.words)


def test_pack_doc_refuses_a_nul_and_unpack_rejects_other_bytes(docs):
    d = docs[0]
    bad = ev.make_doc("x", None, None, "text", d.vector, ("PER:a\0b",))
    assert features.pack_doc(bad) is None
    blob = features.pack_doc(d)
    for junk in (b"", b"\x01\x00", blob[:-3] + b"\xff\xfe\xfd", b'["PER:x"]', blob + b"\0extra"):
        with pytest.raises(ValueError):
            features.unpack_doc(junk)


def _art(aid, published="2024-05-01"):
    return Article(id=aid, external_id=aid, source="S", url=None, title=None, text="one text", raw_text="one text",
                   published=published, published_evidence="metadata", page_date=None, lang="en", credits=(),
                   removed=(), ingested_at="2024-05-01T00:00:00+00:00")


def test_store_keeps_packed_features_on_both_backends(db_url, docs):
    """The store writes and reads the bytes unchanged (DuckDB BLOB / PostgreSQL BYTEA), and the window's
    `doc_cache` gives them back for `make_docs` to decode."""
    store = open_store(db_url)
    try:
        d = docs[-1]
        store.save(pipeline.Delta(articles=[_art(d.id)]))
        ev_ = [Event("e1", "T", "2024-05-01", (d.id,))]
        store.save(pipeline.Delta(events=ev_, doc_cache=build.packed({d.id: d.id}, {d.id: d})))
        rows = store.rows("SELECT article_id, src, version, doc FROM event_docs")
        assert [(a, s, v) for a, s, v, _ in rows] == [(d.id, d.id, build.DOC_VERSION)]
        assert bytes(rows[0][3]) == features.pack_doc(d)
        assert features.unpack_doc(rows[0][3]) == (d.entities, d.words, d.names, d.instance)
    finally:
        store.close()


def _inputs(d, cache):
    a = replace(_art(d.id, d.published), title=d.title, text=d.text)
    return build.EventInputs(articles=[a], processed=[d.id], vectors=[(d.id, d.vector)], spans={}, dup_pairs=[],
                             assigned=set(), events=[], doc_cache=cache)


def test_make_docs_decodes_stored_features_and_rebuilds_bad_ones(docs):
    d = next(x for x in docs if x.instance and x.entities)
    settings = DEFAULT
    # stored features (here with a marker entity that a rebuild from the text would not give) are used as stored
    marked = ev.make_doc(d.id, d.published, d.title, d.text, d.vector, ("PER:stored marker",) + d.entities)
    blob = features.pack_doc(marked)
    inp = _inputs(d, {d.id: (d.id, build.DOC_VERSION, blob)})
    got = build.make_docs(inp, settings)[d.id]
    assert got.entities == marked.entities and got.words == d.words and got.instance == marked.instance
    assert inp.built == {}
    # another version, or bytes that are not packed features: rebuilt from the article (no spans: no entities)
    for cache in ({d.id: (d.id, "other-version", blob)}, {d.id: (d.id, build.DOC_VERSION, b"junk")}):
        inp = _inputs(d, cache)
        got = build.make_docs(inp, settings)[d.id]
        assert got.entities == () and inp.built == {d.id: d.id}
        assert build.packed(inp.built, {d.id: got})[d.id][2] == features.pack_doc(got)


def test_migration_7_replaces_the_json_feature_rows(tmp_path):
    con = duckdb.connect(str(tmp_path / "old.duckdb"))
    migrations._ensure_table(con)
    for m in migrations.MIGRATIONS:
        if m.version < 7:
            m.fn(con)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, 'x')", [m.version, m.name])
    con.execute("""INSERT INTO event_docs VALUES ('a1', 'a1', 'v', '[["PER:x"], [["talks", 1]], [], []]')""")
    assert 7 in [m.version for m in migrations.pending(con)]
    migrations.apply(con)
    cols = {r[0]: r[1] for r in con.execute("SELECT column_name, data_type FROM information_schema.columns "
                                            "WHERE table_name = 'event_docs'").fetchall()}
    assert cols["doc"] == "BLOB" and con.execute("SELECT count(*) FROM event_docs").fetchone()[0] == 0
    con.close()
