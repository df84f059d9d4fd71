"""The sentence-embedding type check (coding/classify.py) and its place in the pipeline's coding stage."""

from __future__ import annotations

import numpy as np
import pytest

from newsdesk import coding, model, pipeline
from newsdesk.coding import classify, lexicon
from newsdesk.settings import DEFAULT


class FakeMiniLM:
    """Stands in for MiniLM: 2-d vectors keyed by a word of the sentence."""

    name, dim = "onnx", 2

    def embed(self, texts):
        return np.array([[1.0, 0.0] if "attacked" in t else [0.0, 1.0] for t in texts], dtype=np.float32)


# type scores = vector . coef: an "attacked" sentence ranks ASSAULT, PROTEST, CONSULT; any other CONSULT first
TINY = classify.TypeModel(["ASSAULT", "CONSULT", "PROTEST"], np.array([[3.0, 0.0], [1.0, 3.0], [2.0, 0.0]]),
                          np.zeros(3))


def _rec(rid: str, action: str, evidence: str) -> model.Record:
    return model.Record(id=rid, event_id=None, actor="Rebels", actor_country=None, action=action, target=None,
                        target_country=None, place=None, date=None, context=None, evidence=evidence,
                        sources=("a",))


@pytest.fixture
def tiny(monkeypatch):
    monkeypatch.setattr(classify, "load", lambda path="": TINY)


def test_coding_classify_ranks():
    assert TINY.ranks(FakeMiniLM().embed(["Rebels attacked."])) == [{"ASSAULT": 0, "PROTEST": 1, "CONSULT": 2}]


def test_coding_classify_veto_drops_types_outside_top_k(tiny):
    recs = {"a": [_rec("1", "ASSAULT", "Rebels attacked the town."), _rec("2", "CONSULT", "Rebels attacked the town."),
                  _rec("3", "CONSULT", "Rebels met the envoy."), _rec("4", "AID", "Rebels attacked the town.")]}
    got = classify.veto(recs, FakeMiniLM, top_k=2)
    assert [r.id for r in got["a"]] == ["1", "3", "4"]  # CONSULT is 3rd for the attack; AID unknown: kept
    assert [r.id for r in classify.veto(recs, FakeMiniLM, top_k=1)["a"]] == ["1", "3", "4"]
    assert [r.id for r in classify.veto(recs, FakeMiniLM, top_k=3)["a"]] == ["1", "2", "3", "4"]


def test_coding_classify_veto_needs_minilm_vectors(tiny):
    recs = {"a": [_rec("2", "CONSULT", "Rebels attacked the town.")]}
    hashing = type("Hash", (FakeMiniLM,), {"name": "hash"})
    assert classify.veto(recs, hashing, top_k=1) == recs  # the weights only fit MiniLM vectors
    assert classify.veto(recs, FakeMiniLM, top_k=None) == recs  # switched off
    assert classify.veto(recs, None, top_k=1) == recs
    assert classify.veto(recs, FakeMiniLM, top_k=1) == {"a": []}


def test_coding_classify_shipped_weights_cover_the_lexicon_types():
    tm = classify.load()
    assert sorted(tm.classes) == sorted(lexicon.VERBS) and tm.dim == 384 and tm.coef.shape == (16, 384)


def test_coding_classify_pipeline_stage_applies_the_veto(tiny, monkeypatch):
    art = model.Article(id="a", external_id="a", source=None, url=None, title=None, text="x", raw_text="x",
                        published="2024-01-01", published_evidence="metadata", page_date=None, lang="en",
                        credits=(), removed=(), ingested_at="2024-01-01")
    monkeypatch.setattr(coding, "code", lambda a, p, e, *args, **kw: [
        _rec("1", "ASSAULT", "Rebels attacked the town."), _rec("2", "CONSULT", "Rebels attacked the town.")])
    d = pipeline.Delta(parsed={"a": model.Parsed((), ())}, per_article={"a": []})
    pipeline._coding([art], pipeline.ChunkContext(None, FakeMiniLM), DEFAULT.replace(CODING_TYPE_TOP_K=2), d)
    assert [r.id for r in d.records["a"]] == ["1"]
    pipeline._coding([art], pipeline.ChunkContext(None, FakeMiniLM), DEFAULT.replace(CODING_TYPE_TOP_K=None), d)
    assert [r.id for r in d.records["a"]] == ["1", "2"]
