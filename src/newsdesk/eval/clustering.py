"""Event-clustering evaluation: B-cubed P/R/F1 and cluster counts, newsdesk vs a TF-IDF + average-link baseline.

Input: a JSONL stream with `id, title, text, published, event` per line (../shared/data/ecbplus_dev, basil_dev,
gvc_dev). Only `id, title, text, published, source, url` reach the pipeline (never the gold fields). Reported,
all on the same stream:

- `newsdesk`: the product's path -- the stream ingested through `Engine.ingest` in `parts` consecutive ingests
  (`eval.run_product`, as `newsdesk ingest` runs; the held-out checks ingest the same way), events read back
  from the store; scored on the whole stream and on its two disjoint halves (`halves`);
- `stage_rebuild` / `stage_incremental` (with `stage=True`): `events.rebuild` and `events.assign` (batches of
  `batch`) over docs built as the engine builds them, vectors and NER cached under $NEWSDESK_CACHE/eval -- a
  fast cross-check for threshold grids; each half is also clustered on its own (`stage_halves`);
- `baseline_tfidf`: TF-IDF (sublinear tf, English stop words) + cosine + average link, its threshold chosen on
  this same stream (grid 0.05..1.20), as in ../shared/tools/cluster_eval/baselines.py (so the baseline is an
  upper bound for its method on that stream).

    newsdesk eval clustering --dataset ../shared/data/gvc_dev/articles.jsonl [--parts 4] [--stage]
        [--setting EVENT_INSTANCE_CONFLICT=0.05 ...] [--subsets 10] [--json]

Halves share no topic or incident: records with an integer `topic` (ECB+) split by its parity, others by the
parity of crc32 of their `topic` (BASIL) or, without one, of their gold `event` (gvc_dev: incidents).
The B-cubed scorer is re-implemented here (same definition as ../shared/tools/cluster_eval/bcubed.py).
"""

from __future__ import annotations

import hashlib
import json
import pickle
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np

from newsdesk import events as ev
from newsdesk.settings import DEFAULT, Settings

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


def incremental(docs: Sequence[ev.Doc], batch: int = 50, settings: Settings = DEFAULT) -> dict[str, str]:
    """Feed docs to `assign` in stream order, `batch` at a time; return article -> event id."""
    events: list = []
    by_id: dict[str, ev.Doc] = {}
    for s in range(0, len(docs), batch):
        chunk = docs[s:s + batch]
        by_id.update({d.id: d for d in chunk})
        events = ev.apply_changes(events, ev.assign(chunk, events, by_id, settings))
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


def half_of(r: Mapping) -> int:
    """0 or 1: the half of a record (by topic when it has one, else by gold event); halves share none of them."""
    import zlib

    t = r.get("topic")
    if t is not None and str(t).isdigit():
        return int(t) % 2
    return zlib.crc32(str(t if t is not None else r["event"]).encode()) % 2


def halves(records: Sequence[Mapping], pred: Mapping[str, str]) -> dict:
    """B-cubed of a clustering restricted to each half (`half_of`), scored on its own articles."""
    out = {}
    for h in (0, 1):
        gold = {str(r["id"]): str(r["event"]) for r in records if half_of(r) == h}
        if gold:
            out[f"half{h}"] = bcubed(gold, {i: pred[i] for i in gold if i in pred})
    return out


def product(records: Sequence[Mapping], parts: int = 4, settings: Settings = DEFAULT, embedder=None) -> dict:
    """record id -> event id from the product's path: `parts` consecutive ingests (`eval.run_product`)."""
    from newsdesk.eval import run_product
    from newsdesk.store import queries

    public = [{k: r.get(k) for k in ("id", "title", "text", "published", "source", "url")} for r in records]
    with run_product(public, parts=parts, settings=settings, embedder=embedder) as run:
        events = queries.events(run.store)
    return {str(a["external_id"]): e["id"] for e in events for a in e["articles"]}


def topic_subsets(records: Sequence[Mapping], docs: Sequence[ev.Doc], size: int, settings: Settings = DEFAULT,
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
        f1s.append(bcubed(gold, labels_of(ev.rebuild([by_id[str(r["id"])] for r in sub], settings)))["f1"])
    return {"size": size, "f1": f1s, "mean_f1": float(np.mean(f1s)), "min_f1": float(np.min(f1s))}


def run(data_path: str, embedder=None, settings: Settings = DEFAULT, parts: int = 4, stage: bool = False,
        baseline: bool = True, batch: int = 50, use_cache: bool = True, subsets: int = 0) -> dict:
    """Score newsdesk through the product's path (and, with `stage`, the stage-level cross-check) and the TF-IDF
    baseline on one JSONL stream."""
    records = load(data_path)
    gold = {str(r["id"]): str(r["event"]) for r in records}
    out = {"dataset": str(data_path), "articles": len(records), "gold_events": len(set(gold.values())),
           "embedder": getattr(embedder, "name", embedder) or "default", "parts": parts,
           "settings": {k: str(v) for k, v in settings.overrides.items()}}
    t0 = time.perf_counter()
    pred = product(records, parts, settings, embedder)
    out["newsdesk"] = bcubed(gold, pred)
    out["newsdesk"]["seconds"] = round(time.perf_counter() - t0, 2)
    out["newsdesk"]["unassigned"] = len(set(gold) - set(pred))
    if embedder is None:  # the product's default: env NEWSDESK_EMBEDDER, else settings.EMBED_BACKEND
        from newsdesk.embed import get_embedder

        out["embedder"] = get_embedder().name  # the instance the ingest used (get_embedder is cached)
    out.update(halves(records, pred))
    if stage or subsets:
        t1 = time.perf_counter()
        docs = prepare(records, embedder, use_cache=use_cache)
        by_id = {d.id: d for d in docs}
        out["prepare_s"] = round(time.perf_counter() - t1, 2)
        pred_r = labels_of(ev.rebuild(docs, settings))
        out["stage_rebuild"] = bcubed(gold, pred_r)
        out["stage_incremental"] = bcubed(gold, incremental(docs, batch, settings))
        for h in (0, 1):  # each half clustered on its own, as a held-out stream is
            sub = [r for r in records if half_of(r) == h]
            g = {str(r["id"]): str(r["event"]) for r in sub}
            if g:
                out[f"stage_half{h}_alone"] = bcubed(g, labels_of(ev.rebuild([by_id[i] for i in g], settings)))
        if subsets:
            out["topic_subsets"] = topic_subsets(records, docs, subsets, settings)
    if baseline:
        out["baseline_tfidf"] = baseline_tfidf(records, gold)
    return out


def format_report(res: dict) -> str:
    lines = [(f"{res['dataset']}: {res['articles']} articles, {res['gold_events']} gold events, "
             f"embedder {res['embedder']}"),
             f"{'method':<22} {'P':>6} {'R':>6} {'F1':>6} {'clusters':>8}   (newsdesk: {res['parts']} ingests)"]
    for k in ("newsdesk", "half0", "half1", "stage_rebuild", "stage_incremental", "stage_half0_alone",
              "stage_half1_alone", "baseline_tfidf"):
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
