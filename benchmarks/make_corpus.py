"""Deterministic benchmark streams (JSONL) built from the shared dev sets.

Each stream mixes real articles (ecbplus_dev, basil_dev, meantime_en, tehrantimes_dev) with syndicated re-issues of
them (new id, outlet and url; agency dateline, trimmed last paragraph, credit line, boilerplate, light word edits:
`newsdesk.eval.dedup.syndicate`). Every size keeps the same share of real articles (1,442 real in 10,000 records,
14.4%), so time(10k)/time(1k) compares like with like. A re-issue comes after its original in the stream.

    .venv/bin/python benchmarks/make_corpus.py ../shared/data --out out/bench [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsdesk.eval.dedup import load_articles, syndicate

SEED = 2024
FULL = 10_000  # the largest size: every real article appears once in it


def build(data_path: str | Path, size: int, seed: int = SEED) -> list[dict]:
    """`size` records: round(size * real/FULL) real articles (a seeded sample), the rest re-issues of them."""
    real = load_articles(data_path)
    if not real:
        raise SystemExit(f"no articles under {data_path}")
    rng = random.Random(f"{seed}:{size}")
    n_real = max(1, min(len(real), round(size * len(real) / max(FULL, len(real)))))
    picked = sorted(rng.sample(range(len(real)), n_real))
    originals = [real[i] for i in picked]
    pos = {a["id"]: rng.random() for a in originals}
    records = [(pos[a["id"]], a) for a in originals]
    copies: dict[str, int] = {}
    for _ in range(size - n_real):
        a = rng.choice(originals)
        copies[a["id"]] = copies.get(a["id"], 0) + 1
        v = syndicate(rng, a, copies[a["id"]])
        records.append((pos[a["id"]] + rng.random() * (1 - pos[a["id"]]), v))
    records.sort(key=lambda r: (r[0], r[1]["id"]))
    return [_record(a) for _, a in records]


def _record(a: dict) -> dict:
    rec = {"id": a["id"], "title": a.get("title"), "text": a["text"], "source": a.get("source"),
           "url": a.get("url"), "published": a.get("published")}
    return {k: v for k, v in rec.items() if v is not None}


def write(data_path: str | Path, out_dir: str | Path, sizes=(1000, 10_000), seed: int = SEED) -> list[Path]:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in sizes:
        p = out / f"corpus_{n}.jsonl"
        with p.open("w", encoding="utf-8") as f:
            for rec in build(data_path, n, seed):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        paths.append(p)
    return paths


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", help="path to ../shared/data")
    ap.add_argument("--out", default="out/bench")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--seed", type=int, default=SEED)
    a = ap.parse_args(argv)
    for p in write(a.data, a.out, a.sizes, a.seed):
        print(p)


if __name__ == "__main__":
    main()
