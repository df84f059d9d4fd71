"""What the instance stage sees: each topic-level group `events.cluster._split` receives, with its gold make-up.

    .venv/bin/python benchmarks/events_split_probe.py ../shared/data/ecbplus_dev [--cuts -0.025,0.02,0.05,0.08]
        [--all] [--setting X=Y ...]

Replays one ingest of each topic-disjoint half on its own (`events_replay.py --alone`, the same stored inputs) and
records every group of at least EVENT_MIN_SPLIT articles handed to the instance split. Per group (only those
holding two or more gold events unless `--all`):

- `within`/`cross`: mean within-topic similarity (`features.local_sim`) inside each gold event and between the
  two largest, and the same for its parts (centred MiniLM, local-IDF words, local-IDF names, local-IDF full
  names of people) -- how far the two same-kind incidents are apart in each kind of evidence;
- `cuts`: average link on `local_sim` at each cut: pieces, their sizes, and the articles outside their piece's
  majority gold event (0: every piece pure) -- whether a finer cut would separate the incidents;
- `pc1`: the split of the group by the sign of the first principal component of its local-IDF words and names,
  as {gold event: articles} per side, and the mean `local_sim` across it -- whether the strongest direction of
  variation is the incident.

Error analysis only: the gold fields are read after the replay, never by it.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events_replay  # noqa: E402  (sets up sys.path for newsdesk)


def _mean(M: np.ndarray, a: np.ndarray, b: np.ndarray) -> float:
    v = M[np.ix_(a, b)]
    if a is b or np.array_equal(a, b):
        v = v[~np.eye(len(a), dtype=bool)]
    v = v[np.isfinite(v)]
    return float(v.mean()) if v.size else float("nan")


def probe(docs: list, gold: list[str], cuts: list[float], p) -> list[str]:
    """Lines describing one topic-level group (see the module docstring)."""
    from newsdesk.events.cluster import average_link
    from newsdesk.events.features import _local_tfidf, local_sim

    S = local_sim(docs, p)
    V = np.stack([d.vector.reshape(-1) for d in docs]).astype(np.float32)
    V = V - V.mean(axis=0)
    V /= np.maximum(np.linalg.norm(V, axis=1, keepdims=True), 1e-9)
    W = _local_tfidf([d.words for d in docs], p.EVENT_LOCAL_MIN_DF)
    N = _local_tfidf([d.names for d in docs], p.EVENT_LOCAL_MIN_DF)
    P = _local_tfidf([tuple((v, 1) for k, v in d.instance if k == "person") for d in docs], p.EVENT_LOCAL_MIN_DF)
    parts = {"local": S, "dense": V @ V.T, "words": W @ W.T, "names": N @ N.T, "people": P @ P.T}
    g = np.array(gold)
    made = Counter(gold).most_common()
    lines = [f"group of {len(docs)}: {dict(made)}"]
    if len(made) >= 2:
        a, b = np.nonzero(g == made[0][0])[0], np.nonzero(g == made[1][0])[0]
        lines.append("  " + "  ".join(f"{k} within {_mean(M, a, a):+.3f}/{_mean(M, b, b):+.3f} cross {_mean(M, a, b):+.3f}"
                                      for k, M in parts.items()))
    cut_line = []
    for t in cuts:
        lab = np.array(average_link(S, t))
        sizes, off = [], 0
        for piece in np.unique(lab):
            got = Counter(g[lab == piece].tolist())
            sizes.append(int((lab == piece).sum()))
            off += sizes[-1] - max(got.values())
        cut_line.append(f"{t:+.3f}: {len(sizes)} pieces {sorted(sizes, reverse=True)[:6]} off {off}")
    lines.append("  cuts " + "; ".join(cut_line))
    X = np.hstack([W, N])
    u, s, _ = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    side = u[:, 0] > 0
    if side.all() or not side.any():
        lines.append("  pc1: one side")
    else:
        halves = [dict(Counter(g[m].tolist())) for m in (side, ~side)]
        lines.append(f"  pc1 {halves[0]} | {halves[1]} cross {_mean(S, np.nonzero(side)[0], np.nonzero(~side)[0]):+.3f}")
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--cuts", default="-0.025,0.02,0.05,0.08")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--setting", action="append", default=[])
    a = ap.parse_args()
    from newsdesk.events import build
    from newsdesk.events.build import EventInputs
    from newsdesk.settings import DEFAULT

    settings = DEFAULT.parse(a.setting)
    cuts = [float(x) for x in a.cuts.split(",")]
    cluster = importlib.import_module("newsdesk.events.cluster")
    seen: list = []
    split = cluster._split

    def recording(docs, p):
        seen.append(list(docs))
        return split(docs, p)

    cluster._split = recording
    inp = events_replay.stored_inputs(a.dataset)
    rows = {**inp["rows"], "assigned": set(), "events": []}
    docs = build.make_docs(EventInputs(**rows), settings)
    rec_of = {aid: rid for rid, aid in inp["article_of"].items()}
    for h in (0, 1):
        seen.clear()
        keep = {aid for rid, aid in inp["article_of"].items() if inp["half"][rid] == h}
        events_replay.replay(rows, docs, 1, settings, keep)
        for group in seen:
            gold = [inp["gold"].get(rec_of.get(d.id, ""), "?") for d in group]
            if len(group) < settings.EVENT_MIN_SPLIT or (len(set(gold)) < 2 and not a.all):
                continue
            for line in probe(group, gold, cuts, settings):
                print(f"half {h} {line}", flush=True)


if __name__ == "__main__":
    main()
