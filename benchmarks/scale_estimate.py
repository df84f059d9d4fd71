"""Scale estimate: per-stage core-seconds per article, local vs Ray, and the projected cost of 1 M / 100 M articles.

For each stream and engine, one fresh store and one CLI run (`newsdesk --db NEW ingest STREAM --json [--engine ray
--workers W]`), measured from outside: wall time, CPU seconds of the whole process tree (the CLI, and for Ray the
raylet, GCS and actors: /proc utime+stime, sampled every 0.2 s), peak RSS of the tree (sum over its processes at
each sample), and the per-stage seconds of the ingest report. Then the exports (articles without ingested_at,
every event with its records, participants and passages, entities, storylines) of the Ray run are compared with the
local run's, byte for byte.

Streams: `real-N` from the shared dev sets (benchmarks/make_corpus.py: 14.4% real articles, the rest syndicated
re-issues that skip NER and embedding) with the default embedder; `synthetic-N` from tests/synthetic_news.py
(every article an original) with the hashing embedder (NEWSDESK_EMBEDDER=hash), which is what a 100k run on this
machine can afford.

Projection (core-milliseconds per article: each stage's wall ms scaled by the run's CPU seconds over its summed
stage seconds, since a shared machine stretches wall time): a stage that runs on the executor (NER, embed, in-article mentions, coding)
scales with the cores; the driver's stages (ingest's reading, cleaning and dating, which are per article but not
yet handed to the executor; dedup decisions; entity resolution; events; storylines; the store) do not. T(N, C) = N x (driver s/article + executor s/article / C), with each stage's s/article taken at the
largest measured size; events + storylines are reported apart: their cost per article depends on the update's
size (an update loads a year's window) and grows 1.37x from a 10k to a 100k store (BENCHMARKS.md, issue 12, from
benchmarks/events_incremental.py: a 100k stream through the CLI is more than this shared machine affords).

    .venv/bin/python benchmarks/scale_estimate.py --data ../shared/data --real 1000 --synthetic 1000 \
        --engines local ray --workers 2 --out out/scale
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

EXECUTOR_STAGES = ("ner", "embed", "entities", "coding")  # run by the executor: scale with the cores
TICK = os.sysconf("SC_CLK_TCK")
PAGE = os.sysconf("SC_PAGE_SIZE")

EXPORT = r"""
import json, sys
from newsdesk.model import to_json
from newsdesk.store import open_store, queries
with open_store(sys.argv[1], read_only=True) as s:
    arts = [{k: v for k, v in to_json(a).items() if k != "ingested_at"} for a in queries.articles(s)]
    by_id = {e.id: e for e in s.events()}
    evs = queries.event_details(s, [by_id[e["id"]] for e in queries.events(s)])  # queries.event of each
    out = {"articles": arts, "events": evs, "entities": queries.entities(s), "storylines": queries.storylines(s)}
    sys.stdout.write(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""


def tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(children.get(pid, ()))
    return out


def sample(pids: list[int]) -> tuple[dict[int, float], int]:
    """(pid -> CPU seconds so far, total RSS bytes) over `pids`."""
    cpu, rss = {}, 0
    for pid in pids:
        try:
            f = (Path(f"/proc/{pid}/stat")).read_text().rsplit(")", 1)[1].split()
            cpu[pid] = (int(f[11]) + int(f[12])) / TICK
            rss += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
    return cpu, rss


def run_measured(cmd: list[str], env: dict, timeout: float) -> dict:
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True)
    cpu: dict[int, float] = {}
    peak = 0
    import threading

    outs = {}
    readers = [threading.Thread(target=lambda k, s: outs.__setitem__(k, s.read()), args=(k, s))
               for k, s in (("out", p.stdout), ("err", p.stderr))]
    for r in readers:
        r.start()
    while p.poll() is None:
        c, rss = sample(tree(p.pid))
        for pid, v in c.items():
            cpu[pid] = max(cpu.get(pid, 0.0), v)
        peak = max(peak, rss)
        if time.perf_counter() - t0 > timeout:
            p.kill()
        time.sleep(0.2)
    for r in readers:
        r.join()
    return {"wall_s": time.perf_counter() - t0, "rc": p.returncode, "cpu_s": sum(cpu.values()),
            "peak_rss_mb": peak / 2**20, "stdout": outs.get("out", ""), "stderr": outs.get("err", "")[-2000:]}


def write_streams(args, out: Path) -> list[tuple[str, Path, str]]:
    streams = []
    for n in args.real:
        from make_corpus import build

        path = out / f"real-{n}.jsonl"
        if not path.exists():
            path.write_text("".join(json.dumps(r) + "\n" for r in build(args.data, n)), encoding="utf-8")
        streams.append((f"real-{n}", path, args.embedder))
    for n in args.synthetic:
        from synthetic_news import corpus

        path = out / f"synthetic-{n}.jsonl"
        if not path.exists():
            recs, k = [], max(1, n // 3)
            while len(recs) < n:  # ~3.5 records per incident; grow until there are n
                recs = corpus(k, seed=11)
                k = int(k * 1.2) + 1
            path.write_text("".join(json.dumps(r) + "\n" for r in recs[:n]), encoding="utf-8")
        streams.append((f"synthetic-{n}", path, "hash"))
    return streams


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--real", type=int, nargs="*", default=[1000])
    ap.add_argument("--synthetic", type=int, nargs="*", default=[])
    ap.add_argument("--engines", nargs="+", default=["local", "ray"])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--embedder", default="onnx-int8", help="embedder for the real streams")
    ap.add_argument("--out", default="out/scale")
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--cores", type=int, nargs="*", default=[2, 16, 64, 256])
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    exe = [str(Path(sys.executable).parent / "newsdesk")]
    results = []
    for name, path, embedder in write_streams(args, out):
        n = sum(1 for _ in path.open(encoding="utf-8"))
        exports = {}
        for engine in args.engines:
            db = out / f"{name}-{engine}.duckdb"
            db.unlink(missing_ok=True)
            env = {**os.environ, "HF_HUB_OFFLINE": "1", "NEWSDESK_EMBEDDER": embedder, "NO_COLOR": "1"}
            cmd = [*exe, "--db", str(db), "ingest", str(path), "--json"]
            if engine != "local":
                cmd += ["--engine", engine, "--workers", str(args.workers)]
            print(f"{name} ({n} records) on {engine} ...", file=sys.stderr, flush=True)
            m = run_measured(cmd, env, args.timeout)
            if m["rc"] != 0:
                print(f"  failed (rc {m['rc']}): {m['stderr']}", file=sys.stderr)
                results.append({"stream": name, "records": n, "engine": engine, "rc": m["rc"]})
                continue
            report = json.loads(m["stdout"])
            if len(args.engines) > 1:  # compared with the local run's
                exports[engine] = subprocess.run([sys.executable, "-c", EXPORT, str(db)], capture_output=True,
                                                 text=True, env=env, cwd=ROOT).stdout
            row = {"stream": name, "records": n, "engine": engine, "workers": args.workers if engine != "local" else 1,
                   "embedder": embedder, "wall_s": round(m["wall_s"], 1), "cpu_s": round(m["cpu_s"], 1),
                   "peak_rss_mb": round(m["peak_rss_mb"]), "stored": report["stored"],
                   "processed": report["processed"],
                   "stage_ms_per_article": {k: round(1000 * v / n, 2) for k, v in report["timings"].items()}}
            if engine != "local" and "local" in exports:
                row["identical_to_local"] = exports[engine] == exports["local"] and bool(exports[engine])
                local = next(r for r in results if r["stream"] == name and r["engine"] == "local" and "wall_s" in r)
                row["wall_vs_local"] = round(m["wall_s"] / local["wall_s"], 3)
            results.append(row)
            print("  " + json.dumps({k: v for k, v in row.items() if k != "stage_ms_per_article"}), file=sys.stderr)
    proj = project(results, args.cores)
    (out / "scale_estimate.json").write_text(json.dumps({"runs": results, "projection": proj}, indent=2))
    print(json.dumps({"runs": results, "projection": proj}, indent=2))
    return 0


def project(results: list[dict], cores: list[int]) -> list[dict]:
    """Core-seconds per article from the largest local run of each stream kind, and T(N, C)."""
    out = []
    for kind in ("real", "synthetic"):
        runs = [r for r in results if r["stream"].startswith(kind) and r.get("engine") == "local" and "wall_s" in r]
        if not runs:
            continue
        big = max(runs, key=lambda r: r["records"])
        # stage timings are wall clock; on a shared machine a stage's wall time overstates its CPU cost, so scale
        # them to the run's measured CPU seconds (assumes the contention was even across stages)
        wall_ms = sum(big["stage_ms_per_article"].values())
        scale = 1000 * big["cpu_s"] / big["records"] / wall_ms if wall_ms else 1.0
        ms = {k: v * scale for k, v in big["stage_ms_per_article"].items()}
        execu = sum(v for k, v in ms.items() if k in EXECUTOR_STAGES)
        events = ms.get("events", 0.0) + ms.get("storylines", 0.0)
        driver = sum(v for k, v in ms.items() if k not in EXECUTOR_STAGES) - events
        row = {"from": big["stream"], "cpu_per_stage_wall": round(scale, 3), "executor_ms_per_article": round(execu, 2),
               "driver_ms_per_article": round(driver, 2), "events_ms_per_article_at_size": round(events, 2),
               "hours": {}}
        for n in (1_000_000, 100_000_000):
            for c in cores:
                row["hours"][f"{n:,} on {c} cores"] = round(n * (driver + events + execu / c) / 1000 / 3600, 1)
        out.append(row)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
