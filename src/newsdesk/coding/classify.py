"""A sentence-embedding check on the lexicon's event types (issue 10: "combined with the lexicon where it
measurably helps").

`data/plover_types.npz` holds a logistic-regression classifier over MiniLM sentence vectors, trained on the
plover_gsr dev sentences by `scripts/build_type_classifier.py` (as POLECAT's coder types sentence embeddings).
Alone it is weak (top-1 .45 on the half it did not see), but it knows which types a sentence is far from: a
record whose lexicon type is not among the classifier's `CODING_TYPE_TOP_K` most likely types for its evidence
sentence is dropped (a veto for precision; see settings/coding.py). Only MiniLM vectors fit these weights: with
another embedder (the hashing one of the tests) the check is skipped. Hand-written glue over numpy (scoring a
linear model is one matrix product; scikit-learn is needed only to fit it). A type the classifier does not know
is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
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
    """Fit the classifier on labelled sentences (build time and evaluations only: needs scikit-learn)."""
    from sklearn.linear_model import LogisticRegression

    clf = LogisticRegression(C=C, max_iter=5000).fit(embedder.embed(list(texts)), np.array(labels))
    return TypeModel(clf.classes_.astype(str), clf.coef_, clf.intercept_)


@lru_cache(maxsize=4)
def load(path: str = "") -> TypeModel:
    """The shipped classifier, or the one at `path` (an evaluation's half-trained model)."""
    src = Path(path) if path else resources.files("newsdesk").joinpath("data/plover_types.npz")
    with src.open("rb") as fh, np.load(fh) as z:
        return TypeModel(z["classes"], z["coef"], z["intercept"])


def veto(records: Mapping[str, list[model.Record]], embedder: Callable[[], object] | None, top_k: int | None,
         path: str = "") -> dict[str, list[model.Record]]:
    """Drop each record whose action is not among the classifier's `top_k` types for its evidence sentence.
    Unchanged when `top_k` is None, there is no embedder, or the embedder gives no MiniLM vectors. The evidence
    sentences of all records are embedded in one call (each distinct sentence once)."""
    if top_k is None or embedder is None or not any(records.values()):
        return dict(records)
    emb = embedder()
    tm = load(path)
    if getattr(emb, "name", None) not in MINILM_NAMES or getattr(emb, "dim", None) != tm.dim:
        return dict(records)
    sentences = sorted({r.evidence for rs in records.values() for r in rs})
    ranks = dict(zip(sentences, tm.ranks(emb.embed(sentences)), strict=True))
    return {aid: [r for r in rs if ranks[r.evidence].get(r.action, 0) < top_k] for aid, rs in records.items()}
