"""Incremental clustering through the CLI: ingest a gold stream in N consecutive parts, one `newsdesk ingest` each,
into a fresh store, then score `events --json` with B-cubed and count articles in no event.

    .venv/bin/python benchmarks/incremental_cli.py ../shared/data/ecbplus_dev --parts 4 [--workdir out/incremental]

Only the public fields (id, title, text, published, source, url) reach the CLI, as in ../shared/tools/acceptance.py.
One-shot ingest (--parts 1) is what acceptance.py measures; more parts exercise `events.assign`, the local
re-clustering and the engine's event bookkeeping across ingests.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsdesk.eval.clustering import bcubed, load  # noqa: E402

PUBLIC = ("id", "title", "text", "published", "source", "url")


def run(dataset: str, parts: int, workdir: Path) -> dict:
    records = load(dataset)
    gold = {str(r["id"]): str(r["event"]) for r in records}
    if workdir.exists():
        shutil.rmtree(workdir)
    workdir.mkdir(parents=True)
    db = workdir / "store.duckdb"
    exe = [sys.executable, "-m", "newsdesk.cli", "--db", str(db)]
    for k in range(parts):
        part = records[k * len(records) // parts:(k + 1) * len(records) // parts]
        path = workdir / f"part{k}.jsonl"
        path.write_text("".join(json.dumps({f: r.get(f) for f in PUBLIC}) + "\n" for r in part), encoding="utf-8")
        proc = subprocess.run([*exe, "ingest", str(path)], capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise SystemExit(f"ingest of part {k} failed: {proc.stderr.strip()}")
    proc = subprocess.run([*exe, "events", "--json"], capture_output=True, text=True, check=True)
    pred = {str(a["external_id"]): str(e["id"]) for e in json.loads(proc.stdout) for a in e["articles"]}
    res = bcubed(gold, pred)
    return {"dataset": dataset, "parts": parts, "f1": round(res["f1"], 4), "precision": round(res["precision"], 4),
            "recall": round(res["recall"], 4), "clusters": res["pred_clusters"], "gold_events": res["gold_events"],
            "unassigned": len(set(gold) - set(pred))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--parts", type=int, default=4)
    ap.add_argument("--workdir", default=str(ROOT / "out" / "incremental"))
    a = ap.parse_args()
    print(json.dumps(run(a.dataset, max(1, a.parts), Path(a.workdir))))


if __name__ == "__main__":
    main()
