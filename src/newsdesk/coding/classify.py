"""A sentence-embedding check on the lexicon's event types (issue 10: "combined with the lexicon where it
measurably helps").

`data/plover_types.npz` holds a logistic-regression classifier over MiniLM sentence vectors, trained on the
plover_gsr dev sentences by `scripts/build_type_classifier.py` (as POLECAT's coder types sentence embeddings).
Alone it is weak (top-1 .45 on the half it did not see), but it knows which types a sentence is far from: a
record whose lexicon type is not among the classifier's `CODING_TYPE_TOP_K` most likely types for its evidence
sentence is dropped (a veto for precision; see settings/coding.py). The sentence vectors come from the embed
stage's own MiniLM pass (token states pooled per sentence), so the check costs no extra inference. Only MiniLM
vectors fit these weights: with another embedder (the hashing one of the tests) the check is skipped. Hand-written glue over numpy (scoring a
linear model is one matrix product; scikit-learn is needed only to fit it). A type the classifier does not know
is kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

from newsdesk import model

__all__ = ["MINILM_NAMES", "TypeModel", "fit", "load", "veto"]

MINILM_NAMES = {"onnx", "onnx-int8", "st"}  # embed.BACKENDS that give all-MiniLM-L6-v2 vectors


class TypeModel:
    def __init__(self, classes: Sequence[str], coef: np.ndarray, intercept: np.ndarray):
        self.classes = [str(c) for c in classes]
        self.coef, self.intercept = np.asarray(coef, np.float32), np.asarray(intercept, np.float32)

    @property
    def dim(self) -> int:
        return int(self.coef.shape[1])

    def ranks(self, vectors: np.ndarray) -> list[dict[str, int]]:
        """For each vector, type -> rank (0 = most likely) under the linear model."""
        scores = np.asarray(vectors, np.float32) @ self.coef.T + self.intercept
        order = np.argsort(-scores, axis=1, kind="stable")
        return [{self.classes[j]: r for r, j in enumerate(row)} for row in order]


    def save(self, path: str | Path, **meta) -> None:
        np.savez_compressed(path, classes=np.array(self.classes), coef=self.coef, intercept=self.intercept,
                            **{k: np.asarray(v) for k, v in meta.items()})


C = 10.0  # scripts/build_type_classifier.py: C=10 over 1 and 100 (top-1 accuracy on the unseen half)


def fit(texts: Sequence[str], labels: Sequence[str], embedder) -> TypeModel:
    """Fit the classifier on labelled sentences (build time and evaluations only: needs scikit-learn). Each
    sentence is embedded as the product sees it: one text, its own one part (`embed_parts`)."""
    from sklearn.linear_model import LogisticRegression

    texts = [" ".join(t.split()) for t in texts]
    _, parts = embedder.embed_parts(texts, [[t] for t in texts])
    x = np.stack([p[0] for p in parts])
    clf = LogisticRegression(C=C, max_iter=5000).fit(x, np.array(labels))
    return TypeModel(clf.classes_.astype(str), clf.coef_, clf.intercept_)


@lru_cache(maxsize=4)
def load(path: str = "") -> TypeModel:
    """The shipped classifier, or the one at `path` (an evaluation's half-trained model)."""
    src = Path(path) if path else resources.files("newsdesk").joinpath("data/plover_types.npz")
    with src.open("rb") as fh, np.load(fh) as z:
        return TypeModel(z["classes"], z["coef"], z["intercept"])


def veto(records: Mapping[str, list[model.Record]], sentence_vectors: Mapping[str, Sequence[tuple]],
         vector_model: str | None, top_k: int | None, path: str = "") -> dict[str, list[model.Record]]:
    """Drop each record whose action is not among the classifier's `top_k` types for its sentence.
    `sentence_vectors`: article id -> [(start, end, vector)] of its sentences, the MiniLM token states pooled
    in the embed stage's own pass (`embed.OnnxEmbedder.embed_parts`: no second inference). A record whose
    sentence has no vector (beyond the 256 tokens MiniLM reads) is kept; everything is kept when `top_k` is
    None or the vectors are not MiniLM's (`vector_model`)."""
    if top_k is None or vector_model not in MINILM_NAMES or not any(records.values()):
        return dict(records)
    tm = load(path)
    out: dict[str, list[model.Record]] = {}
    for aid, rs in records.items():
        sv = [(lo, hi, v) for lo, hi, v in sentence_vectors.get(aid, ()) if len(v) == tm.dim]
        if not rs or not sv:
            out[aid] = list(rs)
            continue
        ranks = tm.ranks(np.stack([v for _, _, v in sv]))
        kept = []
        for r in rs:
            at = r.span[0] if r.span else None
            k = next((j for j, (lo, hi, _) in enumerate(sv) if at is not None and lo <= at < hi), None)
            if k is None or ranks[k].get(r.action, 0) < top_k:
                kept.append(r)
        out[aid] = kept
    return out
