"""Event-clustering evaluation: B-cubed P/R/F1 and cluster counts, newsdesk vs a TF-IDF + average-link baseline.

Input: a JSONL stream with `id, title, text, published, event` per line (../shared/data/ecbplus_dev,
basil_dev).  Reported, all on the same stream:

- `newsdesk` : `events.rebuild` (full clustering) with the settings.py parameters;
- `newsdesk_incremental`: `events.assign` fed the stream in file order, in batches of `batch` articles;
- `baseline_tfidf`: TF-IDF (sublinear tf, English stop words) + cosine + average link, its threshold
  chosen on this same stream (grid 0.05..1.20), as in ../shared/tools/cluster_eval/baselines.py
  (so the baseline is an upper bound for its method on that stream).

    .venv/bin/python -m newsdesk.eval.clustering ../shared/data/ecbplus_dev/articles.jsonl [--embedder NAME]
        [--batch 50] [--param split_threshold=-0.025 ...] [--subsets 10] [--json]

`--param NAME=VALUE` overrides one field of `events.Params` (threshold, split_threshold, min_instance, ...)
for this run: the grids quoted in the settings' `chosen_by` texts are these runs.  `--subsets K` also scores
streams of K whole topics each (consecutive blocks and 6 seeded random draws), the size of a held-out stream.

Docs are built as the engine builds them: MiniLM vectors of `embed.embedding_text(title, text)` and spaCy NER
(`newsdesk.ner.parse`) on the article's full `text`, entity keys via `events.entity_keys`.  Vectors and NER spans
are cached under $NEWSDESK_CACHE/eval/ (keyed by the sha256 of the stream, the embedder name and the NER model),
so a second run skips them; delete the folder (or pass --no-cache) to run from scratch.  When the records carry a
`topic` (ECB+), the rebuild is also scored on the odd-numbered and the even-numbered topics separately.

The B-cubed scorer is re-implemented here (same definition as ../shared/tools/cluster_eval/bcubed.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from newsdesk import events as ev

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


def load(path: str, required: Sequence[str] = ("id", "event")) -> list[dict]:
    """The records of a JSONL stream (or of DIR/articles.jsonl). InputError (`path:LINE: reason`) for a missing
    file, a line that is not a JSON object, or a record without one of the `required` fields."""
    from newsdesk.errors import InputError

    p = Path(path)
    if p.is_dir():
        p = p / "articles.jsonl"
    if not p.is_file():
        raise InputError(str(p), "no such file (a JSONL stream, or a folder holding articles.jsonl)")
    out = []
    with open(p, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(str(p), f"not JSON ({e.msg})", n) from None
            if not isinstance(rec, dict):
                raise InputError(str(p), "not a JSON object", n)
            missing = [k for k in required if rec.get(k) is None]
            if missing:
                raise InputError(str(p), f"record without {', '.join(missing)} (an eval stream needs gold fields)", n)
            out.append(rec)
    return out


def _cache_file(records: Sequence[Mapping], kind: str) -> Path:
    from newsdesk.embed import cache_dir

    h = hashlib.sha256(kind.encode())
    for r in records:
        h.update(json.dumps([r.get("id"), r.get("title"), r.get("text")], ensure_ascii=False).encode())
    return cache_dir() / "eval" / f"{h.hexdigest()[:24]}.pkl"


def _cached(records: Sequence[Mapping], kind: str, compute, use_cache: bool):
    path = _cache_file(records, kind)
    if use_cache and path.exists():
        with open(path, "rb") as f:
            return pickle.load(f)
    value = compute()
    if use_cache:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as f:
            pickle.dump(value, f)
        tmp.replace(path)
    return value


def prepare(records: Sequence[Mapping], embedder=None, vectors: np.ndarray | None = None,
            spans: Sequence | None = None, use_cache: bool = True) -> list[ev.Doc]:
    """Docs for records as the engine builds them: embeds `embedding_text(title, text)` (unless `vectors`)
    and runs NER on the full `text` (unless `spans`); both cached under $NEWSDESK_CACHE/eval."""
    from newsdesk.embed import embedding_text, get_embedder

    if vectors is None:
        emb = embedder if embedder is not None and not isinstance(embedder, str) else get_embedder(embedder)
        vectors = _cached(records, f"vectors:{emb.name}", lambda: emb.embed(
            [embedding_text(r.get("title"), r.get("text") or "") for r in records]), use_cache)
    if spans is None:
        from newsdesk import ner

        model = getattr(ner, "MODEL", "") or ""
        spans = _cached(records, f"ner-full-text:{model}", lambda: [
            [(s.text, s.label) for s in p.ents] for p in ner.parse(r.get("text") or "" for r in records)], use_cache)
    return [ev.make_doc(str(r["id"]), r.get("published"), r.get("title"), r.get("text") or "", v, s)
            for r, v, s in zip(records, vectors, spans, strict=False)]


def labels_of(evts) -> dict[str, str]:
    return {a: e.id for e in evts for a in e.article_ids}


def incremental(docs: Sequence[ev.Doc], batch: int = 50, params: ev.Params | None = None) -> dict[str, str]:
    """Feed docs to `assign` in stream order, `batch` at a time; return article -> event id."""
    events: list = []
    by_id: dict[str, ev.Doc] = {}
    for s in range(0, len(docs), batch):
        chunk = docs[s:s + batch]
        by_id.update({d.id: d for d in chunk})
        events = ev.apply_changes(events, ev.assign(chunk, events, by_id, params))
    return labels_of(events)


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
        s = bcubed(gold, {str(r["id"]): str(c) for r, c in zip(records, lab, strict=False)})
        if best is None or s["f1"] > best["f1"] + 1e-12:
            best = {**s, "threshold": t}
    return best


def halves(records: Sequence[Mapping], pred: Mapping[str, str]) -> dict:
    """B-cubed of a clustering restricted to the odd-numbered and to the even-numbered topics (records with an
    integer `topic`); each half scored on its own articles (clusters cut to that half)."""
    out = {}
    for name, parity in (("odd_topics", 1), ("even_topics", 0)):
        gold = {str(r["id"]): str(r["event"]) for r in records
                if str(r.get("topic", "")).isdigit() and int(r["topic"]) % 2 == parity}
        if gold:
            out[name] = bcubed(gold, {i: pred[i] for i in gold if i in pred})
    return out


def topic_subsets(records: Sequence[Mapping], docs: Sequence[ev.Doc], size: int, params: ev.Params | None = None,
                  draws: int = 6, seed: int = 7) -> dict:
    """Rebuild F1 on streams of `size` whole topics, each clustered on its own (IDF over the subset), as a
    held-out stream of that many topics would be: consecutive blocks of `size` topics, plus `draws` seeded
    random draws. Returns the F1s, their mean and minimum."""
    import random

    topic_of = {str(r["id"]): str(r["topic"]) for r in records if r.get("topic") is not None}
    topics = sorted(set(topic_of.values()), key=lambda t: (len(t), t))
    if not topics or size <= 0:
        return {}
    rng = random.Random(seed)
    picks = [topics[i:i + size] for i in range(0, len(topics), size)]
    picks += [sorted(rng.sample(topics, min(size, len(topics)))) for _ in range(draws)]
    by_id = {d.id: d for d in docs}
    f1s = []
    for pick in picks:
        chosen = set(pick)
        sub = [r for r in records if topic_of.get(str(r["id"])) in chosen]
        gold = {str(r["id"]): str(r["event"]) for r in sub}
        f1s.append(bcubed(gold, labels_of(ev.rebuild([by_id[str(r["id"])] for r in sub], params)))["f1"])
    return {"size": size, "f1": f1s, "mean_f1": float(np.mean(f1s)), "min_f1": float(np.min(f1s))}


def run(data_path: str, embedder=None, docs: Sequence[ev.Doc] | None = None, params: ev.Params | None = None,
        baseline: bool = True, batch: int = 50, use_cache: bool = True, subsets: int = 0) -> dict:
    """Score newsdesk (rebuild and incremental) and the TF-IDF baseline on one JSONL stream."""
    records = load(data_path)
    gold = {str(r["id"]): str(r["event"]) for r in records}
    t0 = time.perf_counter()
    if docs is None:
        docs = prepare(records, embedder, use_cache=use_cache)
    t1 = time.perf_counter()
    out = {"dataset": str(data_path), "articles": len(records), "gold_events": len(set(gold.values())),
           "embedder": getattr(embedder, "name", embedder) or "default", "prepare_s": round(t1 - t0, 2)}
    pred = labels_of(ev.rebuild(docs, params))
    out["newsdesk"] = bcubed(gold, pred)
    t2 = time.perf_counter()
    out["newsdesk"]["seconds"] = round(t2 - t1, 2)
    out.update(halves(records, pred))
    if subsets:
        out["topic_subsets"] = topic_subsets(records, docs, subsets, params)
    out["newsdesk_incremental"] = bcubed(gold, incremental(docs, batch, params))
    out["newsdesk_incremental"]["seconds"] = round(time.perf_counter() - t2, 2)
    if baseline:
        out["baseline_tfidf"] = baseline_tfidf(records, gold)
    return out


def format_report(res: dict) -> str:
    lines = [(f"{res['dataset']}: {res['articles']} articles, {res['gold_events']} gold events, "
             f"embedder {res['embedder']}"),
             f"{'method':<22} {'P':>6} {'R':>6} {'F1':>6} {'clusters':>8}"]
    for k in ("newsdesk", "odd_topics", "even_topics", "newsdesk_incremental", "baseline_tfidf"):
        if k in res:
            s = res[k]
            extra = f"  (t={s['threshold']:.2f}, best on this stream)" if "threshold" in s else ""
            lines.append(f"{k:<22} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} {s['pred_clusters']:8d}"
                         + extra)
    sub = res.get("topic_subsets")
    if sub:
        lines.append(f"streams of {sub['size']} topics ({len(sub['f1'])}): F1 mean {sub['mean_f1']:.3f}, min "
                     f"{sub['min_f1']:.3f}: " + " ".join(f"{x:.3f}" for x in sub["f1"]))
    return "\n".join(lines)


def parse_params(pairs: Sequence[str]) -> ev.Params:
    """`events.Params` with `NAME=VALUE` overrides ("none" for an optional field); ValueError on a bad pair."""
    import dataclasses

    fields = {f.name: f for f in dataclasses.fields(ev.Params)}
    base = ev.Params()
    kw: dict = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.strip()
        if not sep or name not in fields:
            raise ValueError(f"--param {pair!r}: expected NAME=VALUE with NAME one of {', '.join(fields)}")
        if value.strip().lower() == "none":
            kw[name] = None
            continue
        kind = type(getattr(base, name))
        try:
            kw[name] = int(value) if kind is int else float(value)
        except ValueError:
            raise ValueError(f"--param {pair!r}: {value!r} is not a number") from None
    return dataclasses.replace(base, **kw)


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--embedder", default=None)
    ap.add_argument("--batch", type=int, default=50, help="incremental run: articles per assign call")
    ap.add_argument("--no-cache", action="store_true", help="recompute vectors and NER (no $NEWSDESK_CACHE/eval)")
    ap.add_argument("--subsets", type=int, default=0, metavar="K",
                    help="also score streams of K whole topics each (records with a `topic`), as held-out streams")
    ap.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                    help="override one events.Params field for this run (repeatable)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    try:
        params = parse_params(a.param)
    except ValueError as e:
        ap.error(str(e))
    t = time.perf_counter()
    res = run(a.dataset, a.embedder, params=params, batch=a.batch, use_cache=not a.no_cache, subsets=a.subsets)
    if a.param:
        res["params"] = list(a.param)
    res["total_s"] = round(time.perf_counter() - t, 1)
    print(json.dumps(res, indent=1) if a.json else format_report(res) + f"\ntotal {res['total_s']} s "
          f"(vectors + NER {res['prepare_s']} s)")


if __name__ == "__main__":
    main()
