"""The sentence-embedding type check (coding/classify.py), the sentence vectors of the embed pass
(embed.OnnxEmbedder.embed_parts) and their place in the pipeline's embed and coding stages."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk import coding, model, pipeline
from newsdesk.coding import classify, lexicon
from newsdesk.settings import DEFAULT

ATTACK = "Rebels attacked the town."
MEETING = "Rebels met the envoy."
TEXT = f"{ATTACK} {MEETING}"  # sentences at 0-25 and 26-47


def vec(sentence: str) -> np.ndarray:
    """Stand-in 2-d sentence vectors: an attack sentence points one way, any other the other."""
    return np.array([1.0, 0.0] if "attacked" in sentence else [0.0, 1.0], dtype=np.float32)


# type scores = vector . coef: the attack ranks ASSAULT, PROTEST, CONSULT; the meeting CONSULT first
TINY = classify.TypeModel(["ASSAULT", "CONSULT", "PROTEST"], np.array([[3.0, 0.0], [1.0, 3.0], [2.0, 0.0]]),
                          np.zeros(3))
SENTS = {"a": [(0, 25, vec(ATTACK)), (26, 47, vec(MEETING))]}


def _rec(rid: str, action: str, at: int) -> model.Record:
    return model.Record(id=rid, event_id=None, actor="Rebels", actor_country=None, action=action, target=None,
                        target_country=None, place=None, date=None, context=None, evidence="", sources=("a",),
                        span=(at, at + 6))


RECS = {"a": [_rec("1", "ASSAULT", 7), _rec("2", "CONSULT", 7), _rec("3", "CONSULT", 33), _rec("4", "AID", 7),
              _rec("5", "PROTEST", 60)]}


@pytest.fixture
def tiny(monkeypatch):
    monkeypatch.setattr(classify, "load", lambda path="": TINY)


def test_coding_classify_ranks():
    assert TINY.ranks(vec(ATTACK)[None]) == [{"ASSAULT": 0, "PROTEST": 1, "CONSULT": 2}]


def test_coding_classify_veto_drops_types_outside_top_k(tiny):
    # CONSULT is 3rd for the attack sentence; AID is no type the model knows and the record at 60 has no
    # sentence vector (beyond the window): both kept
    assert [r.id for r in classify.veto(RECS, SENTS, "onnx", top_k=2)["a"]] == ["1", "3", "4", "5"]
    assert [r.id for r in classify.veto(RECS, SENTS, "onnx", top_k=1)["a"]] == ["1", "3", "4", "5"]
    assert [r.id for r in classify.veto(RECS, SENTS, "onnx", top_k=3)["a"]] == ["1", "2", "3", "4", "5"]


def test_coding_classify_veto_needs_minilm_vectors(tiny):
    assert classify.veto(RECS, SENTS, "hash", top_k=1) == RECS  # the weights only fit MiniLM vectors
    assert classify.veto(RECS, SENTS, "onnx", top_k=None) == RECS  # switched off
    assert classify.veto(RECS, {}, "onnx", top_k=1) == RECS  # no sentence vectors


def test_coding_classify_shipped_weights_cover_the_lexicon_types():
    tm = classify.load()
    assert sorted(tm.classes) == sorted(lexicon.VERBS) and tm.dim == 384 and tm.coef.shape == (16, 384)


class FakeMiniLM:
    name, dim = "onnx", 2

    def embed(self, texts):
        return np.ones((len(texts), 2), dtype=np.float32)

    def embed_parts(self, texts, parts):
        return self.embed(texts), [[vec(p) for p in ps] for ps in parts]


def test_coding_classify_pipeline_stages_apply_the_veto(tiny, monkeypatch):
    art = model.Article(id="a", external_id="a", source=None, url=None, title=None, text=TEXT, raw_text=TEXT,
                        published="2024-01-01", published_evidence="metadata", page_date=None, lang="en",
                        credits=(), removed=(), ingested_at="2024-01-01")
    monkeypatch.setattr(coding, "code", lambda *args, **kw: RECS["a"][:3])
    d = pipeline.Delta(parsed={"a": model.Parsed((), ((0, 25), (26, 47)))}, per_article={"a": []})
    ctx = pipeline.ChunkContext(None, FakeMiniLM)
    pipeline._embed([art], ctx, DEFAULT, d)
    assert [(lo, hi) for lo, hi, _ in d.sentence_vectors["a"]] == [(0, 25), (26, 47)]
    pipeline._coding([art], ctx, DEFAULT.replace(CODING_TYPE_TOP_K=2), d)
    assert [r.id for r in d.records["a"]] == ["1", "3"]
    pipeline._coding([art], ctx, DEFAULT.replace(CODING_TYPE_TOP_K=None), d)
    assert [r.id for r in d.records["a"]] == ["1", "2", "3"]


@pytest.mark.slow
def test_coding_classify_embed_parts_pools_the_same_pass():
    from newsdesk import embed

    try:
        e = embed.get_embedder("onnx")
    except Exception as exc:  # noqa: BLE001  (no MiniLM weights in this environment)
        pytest.skip(f"MiniLM unavailable: {exc}")
    text = f"{ATTACK} {MEETING}"
    vecs, parts = e.embed_parts([text], [[ATTACK, MEETING, "absent words"]])
    assert np.allclose(vecs, e.embed([text]), atol=1e-6)  # the article vector is unchanged
    assert parts[0][2] is None and parts[0][0].shape == (384,)
    assert abs(float(np.linalg.norm(parts[0][0])) - 1) < 1e-5
    # each part is its own tokens' states: the attack part is nearer the attack alone than the meeting part
    alone = e.embed([ATTACK])[0]
    assert float(parts[0][0] @ alone) > float(parts[0][1] @ alone)
