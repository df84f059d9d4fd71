"""`events.assign` with its fast paths (events/candidates.py) vs the full computation it replaced (one
`Features.sim` row per new article, the dense `local_sim` of each topic pool), on dev streams: each stream in date
order, the first eighth clustered by `rebuild`, then seven incremental parts; counts the parts whose changed events
(ids, members) are identical. Stage level: hashing vectors, no NER (entity keys empty), no store.

    .venv/bin/python benchmarks/assign_identity.py basil_dev gvc_dev ecbplus_dev
"""

import importlib
import json
import sys
import time
from pathlib import Path

from newsdesk import events as ev
from newsdesk.embed import HashEmbedder, embedding_text

am = importlib.import_module("newsdesk.events.assign")
cl = importlib.import_module("newsdesk.events.cluster")
real = cl._greedy


def slow(feats, rows, p, start=(), **_):
    return real(feats, rows, p, start)


for name in sys.argv[1:] or ["basil_dev", "gvc_dev", "ecbplus_dev"]:
    t = time.perf_counter()
    recs = [json.loads(line) for line in (Path("../shared/data") / name / "articles.jsonl").read_text().splitlines()]
    recs.sort(key=lambda r: (r.get("published") is None, r.get("published") or ""))
    vecs = HashEmbedder().embed([embedding_text(r.get("title"), r["text"]) for r in recs])
    docs = [ev.make_doc(r["id"], r.get("published"), r.get("title"), r["text"], v, ()) for r, v in zip(recs, vecs, strict=True)]
    by = {d.id: d for d in docs}
    size = -(-len(docs) // 8)
    events = ev.rebuild(docs[:size])
    same = n = 0
    for i in range(size, len(docs), size):
        new = docs[i:i + size]
        fast = ev.assign(new, events, by)
        am._greedy = slow
        old = ev.assign(new, events, by)
        am._greedy = real
        n += 1
        same += [(e.id, e.article_ids) for e in fast] == [(e.id, e.article_ids) for e in old]
        events = ev.apply_changes(events, fast)
    print(f"{name}: {len(docs)} articles, {same}/{n} incremental parts identical, {len(events)} events ({time.perf_counter()-t:.0f} s)", flush=True)
