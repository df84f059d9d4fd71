"""Event-clustering evaluation: B-cubed P/R/F1 and cluster counts, newsdesk vs a TF-IDF + average-link baseline.

Input: a JSONL stream with `id, title, text, published, event` per line (../shared/data/ecbplus_dev,
basil_dev).  Reported, all on the same stream:

- `newsdesk` : `events.rebuild` (full clustering) with the settings.py parameters;
- `newsdesk_incremental`: `events.assign` fed the stream in file order, in batches of `batch` articles;
- `baseline_tfidf`: TF-IDF (sublinear tf, English stop words) + cosine + average link, its threshold
  chosen on this same stream (grid 0.05..1.20), as in ../shared/tools/cluster_eval/baselines.py
  (so the baseline is an upper bound for its method on that stream).

    .venv/bin/python -m newsdesk.eval.clustering ../shared/data/ecbplus_dev/articles.jsonl [--embedder NAME]

The B-cubed scorer is re-implemented here (same definition as ../shared/tools/cluster_eval/bcubed.py).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from newsdesk import events as ev

NER_CHARS = 1500  # the eval runs NER on headline + lead (this many characters), as the features need no more
BASELINE_GRID = [round(x, 2) for x in np.arange(0.05, 1.201, 0.01)]


def bcubed(gold: Mapping[str, str], pred: Mapping[str, str]) -> dict:
    """B-cubed over the gold articles; articles missing from `pred` count as singletons."""
    pred = {i: pred.get(i, f"__missing__{i}") for i in gold}
    if not gold:
        return {"precision": 0.0, "recall": 0.0, "f1": 0.0, "articles": 0, "gold_events": 0, "pred_clusters": 0}
    pair = Counter((gold[i], pred[i]) for i in gold)
    gsize, psize = Counter(gold.values()), Counter(pred.values())
    p = sum(pair[(gold[i], pred[i])] / psize[pred[i]] for i in gold) / len(gold)
    r = sum(pair[(gold[i], pred[i])] / gsize[gold[i]] for i in gold) / len(gold)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "articles": len(gold), "gold_events": len(gsize),
            "pred_clusters": len(psize)}


def load(path: str) -> list[dict]:
    p = Path(path)
    if p.is_dir():
        p = p / "articles.jsonl"
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def ner_text(r: Mapping) -> str:
    title = r.get("title") or ""
    return (f"{title}\n{r.get('text') or ''}" if title else r.get("text") or "")[:NER_CHARS]


def prepare(records: Sequence[Mapping], embedder=None, vectors: np.ndarray | None = None,
            spans: Sequence | None = None) -> list[ev.Doc]:
    """Docs for records: embeds (unless `vectors`) and runs NER on headline + lead (unless `spans`)."""
    from newsdesk.embed import embedding_text, get_embedder

    if vectors is None:
        emb = embedder if embedder is not None and not isinstance(embedder, str) else get_embedder(embedder)
        vectors = emb.embed([embedding_text(r.get("title"), r.get("text") or "") for r in records])
    if spans is None:
        from newsdesk.ner import parse

        spans = [p.ents for p in parse(ner_text(r) for r in records)]
    return [ev.make_doc(str(r["id"]), r.get("published"), r.get("title"), r.get("text") or "", v, s)
            for r, v, s in zip(records, vectors, spans)]


def labels_of(evts) -> dict[str, str]:
    return {a: e.id for e in evts for a in e.article_ids}


def incremental(docs: Sequence[ev.Doc], batch: int = 50, params: ev.Params | None = None) -> dict[str, str]:
    """Feed docs to `assign` in stream order, `batch` at a time; return article -> event id."""
    events: dict[str, object] = {}
    by_id: dict[str, ev.Doc] = {}
    for s in range(0, len(docs), batch):
        chunk = docs[s:s + batch]
        changed = ev.assign(chunk, list(events.values()), by_id, params)
        by_id.update({d.id: d for d in chunk})
        events.update({e.id: e for e in changed})
    return labels_of(events.values())


def baseline_tfidf(records: Sequence[Mapping], gold: Mapping[str, str]) -> dict:
    """TF-IDF + average link, best threshold on this stream (as baselines.py)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([r.get("text") or "" for r in records])
    D = np.clip(1.0 - (X @ X.T).toarray(), 0.0, 2.0)
    np.fill_diagonal(D, 0.0)
    Z = linkage(squareform(D, checks=False), method="average")
    best = None
    for t in BASELINE_GRID:
        lab = fcluster(Z, t=t, criterion="distance")
        s = bcubed(gold, {str(r["id"]): str(c) for r, c in zip(records, lab)})
        if best is None or s["f1"] > best["f1"] + 1e-12:
            best = {**s, "threshold": t}
    return best


def run(data_path: str, embedder=None, docs: Sequence[ev.Doc] | None = None, params: ev.Params | None = None,
        baseline: bool = True, batch: int = 50) -> dict:
    """Score newsdesk (rebuild and incremental) and the TF-IDF baseline on one JSONL stream."""
    records = load(data_path)
    gold = {str(r["id"]): str(r["event"]) for r in records}
    t0 = time.perf_counter()
    if docs is None:
        docs = prepare(records, embedder)
    t1 = time.perf_counter()
    out = {"dataset": str(data_path), "articles": len(records), "gold_events": len(set(gold.values())),
           "embedder": getattr(embedder, "name", embedder) or "default", "prepare_s": round(t1 - t0, 2)}
    out["newsdesk"] = bcubed(gold, labels_of(ev.rebuild(docs, params)))
    t2 = time.perf_counter()
    out["newsdesk"]["seconds"] = round(t2 - t1, 2)
    out["newsdesk_incremental"] = bcubed(gold, incremental(docs, batch, params))
    out["newsdesk_incremental"]["seconds"] = round(time.perf_counter() - t2, 2)
    if baseline:
        out["baseline_tfidf"] = baseline_tfidf(records, gold)
    return out


def format_report(res: dict) -> str:
    lines = [(f"{res['dataset']}: {res['articles']} articles, {res['gold_events']} gold events, "
             f"embedder {res['embedder']}"),
             f"{'method':<22} {'P':>6} {'R':>6} {'F1':>6} {'clusters':>8}"]
    for k in ("newsdesk", "newsdesk_incremental", "baseline_tfidf"):
        if k in res:
            s = res[k]
            extra = f"  (t={s['threshold']:.2f}, best on this stream)" if "threshold" in s else ""
            lines.append(f"{k:<22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['pred_clusters']:8d}"
                         + extra)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    res = run(a.dataset, a.embedder)
    print(json.dumps(res, indent=1) if a.json else format_report(res))


if __name__ == "__main__":
    main()
