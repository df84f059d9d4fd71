"""`events.assign` with its fast paths (events/candidates.py) vs the full computation it replaced (one
`Features.sim` row per new article, the dense `local_sim` of each topic pool), on dev streams: each stream in date
order, the first eighth clustered by `rebuild`, then seven incremental parts; counts the parts whose changed events
(ids, members) are identical. Stage level: hashing vectors, no NER (entity keys empty), no store.

`--dump FILE` writes every part's changed events (fast path) as JSON, so that two code versions can be compared
(`PYTHONPATH=<other checkout>/src`, then `--compare A B`); `--no-slow` skips the full computation.

    .venv/bin/python benchmarks/assign_identity.py basil_dev gvc_dev ecbplus_dev
    PYTHONPATH=/tmp/head/src .venv/bin/python benchmarks/assign_identity.py gvc_dev --no-slow --dump before.json
    .venv/bin/python benchmarks/assign_identity.py gvc_dev --no-slow --dump after.json
    .venv/bin/python benchmarks/assign_identity.py --compare before.json after.json
"""

import argparse
import importlib
import json
import sys
import time
from pathlib import Path


def run(name: str, data: Path, slow_too: bool) -> tuple[list, str]:
    from newsdesk import events as ev
    from newsdesk.embed import HashEmbedder, embedding_text

    am = importlib.import_module("newsdesk.events.assign")
    cl = importlib.import_module("newsdesk.events.cluster")
    real = cl._greedy

    def slow(feats, rows, p, start=(), **_):
        return real(feats, rows, p, start)

    t = time.perf_counter()
    recs = [json.loads(line) for line in (data / name / "articles.jsonl").read_text().splitlines()]
    recs.sort(key=lambda r: (r.get("published") is None, r.get("published") or ""))
    vecs = HashEmbedder().embed([embedding_text(r.get("title"), r["text"]) for r in recs])
    docs = [ev.make_doc(r["id"], r.get("published"), r.get("title"), r["text"], v, ())
            for r, v in zip(recs, vecs, strict=True)]
    by = {d.id: d for d in docs}
    size = -(-len(docs) // 8)
    events = ev.rebuild(docs[:size])
    parts = [[(e.id, list(e.article_ids)) for e in events]]
    same = n = 0
    for i in range(size, len(docs), size):
        new = docs[i:i + size]
        fast = ev.assign(new, events, by)
        parts.append([(e.id, list(e.article_ids)) for e in fast])
        if slow_too:
            am._greedy = slow
            old = ev.assign(new, events, by)
            am._greedy = real
            n += 1
            same += [(e.id, e.article_ids) for e in fast] == [(e.id, e.article_ids) for e in old]
        events = ev.apply_changes(events, fast)
    done = f"{same}/{n} incremental parts identical, " if slow_too else ""
    return parts, (f"{name}: {len(docs)} articles, {done}{len(events)} events "
                   f"({time.perf_counter() - t:.0f} s)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("streams", nargs="*", default=["basil_dev", "gvc_dev", "ecbplus_dev"])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--dump", help="write each part's changed events (fast path) to this JSON file")
    ap.add_argument("--no-slow", action="store_true", help="skip the full computation (no identity count)")
    ap.add_argument("--compare", nargs=2, metavar=("A", "B"), help="compare two --dump files and exit")
    a = ap.parse_args(argv)
    if a.compare:
        x, y = (json.loads(Path(f).read_text()) for f in a.compare)
        bad = 0
        for name in sorted(set(x) | set(y)):
            px, py = x.get(name, []), y.get(name, [])
            diff = [k for k in range(max(len(px), len(py))) if k >= len(px) or k >= len(py) or px[k] != py[k]]
            bad += len(diff)
            print(f"{name}: {len(px)} / {len(py)} parts, {len(diff)} differ{' ' + str(diff) if diff else ''}")
        return 1 if bad else 0
    out = {}
    for name in a.streams:
        out[name], line = run(name, Path(a.data), not a.no_slow)
        print(line, flush=True)
    if a.dump:
        Path(a.dump).write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
