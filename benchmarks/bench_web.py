"""Web latency: `newsdesk serve` (one uvicorn worker, a real process) under one client and under 10 concurrent
clients, optionally while `newsdesk ingest` writes the same store in another process. A benchmark, not a test.

    .venv/bin/python benchmarks/bench_web.py --db out/bench/web10k.duckdb [--requests 200] [--clients 10]
        [--ingest MORE.jsonl] [--postgres postgresql://...]

Classes and their targets (issue 11): lists (JSON list endpoints, filters, CSV) p95 <= 150 ms; event and entity
detail (JSON) p95 <= 300 ms; /pairs and HTML pages p95 <= 500 ms; 10 concurrent clients over the mixed set:
p95 <= 1 s and no 5xx. With --ingest, the concurrent phase runs while an ingest of that file runs on a copy of the
store, and counts 5xx and whether the new articles appear once the ingest has finished. With --postgres URL the
store's tables are first copied into that empty PostgreSQL store and the server serves the URL. The table printed is the
one BENCHMARKS.md quotes (copied by hand, with the command).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

import httpx

TARGETS = {"list": 0.150, "detail": 0.300, "pairs": 0.500, "html": 0.500}


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("newsdesk")
    cmd = [str(exe) if exe.exists() else sys.executable, *([] if exe.exists() else ["-m", "newsdesk.cli"]),
           "--db", db, "serve", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/health", timeout=5).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read()}")
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 300 s")


def load_postgres(db: str, url: str) -> float:
    """Copy the tables the web views read from the DuckDB store `db` into the (empty) PostgreSQL store `url`
    (schema made by the store's migrations), so that the server can be timed on PostgreSQL. Returns seconds."""
    import duckdb
    import psycopg

    from newsdesk.store import open_store
    from newsdesk.store.snapshot import WEB_TABLES

    open_store(url).close()
    t0 = time.perf_counter()
    duck = duckdb.connect(db, read_only=True)
    with psycopg.connect(url) as pg:
        for table in WEB_TABLES:
            theirs = {r[0] for r in duck.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?",
                                                 [table]).fetchall()}
            cols = [r[0] for r in pg.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                             "current_schema() AND table_name = %s ORDER BY ordinal_position",
                                             [table]).fetchall() if r[0] in theirs]
            names = ", ".join(cols)
            with pg.cursor().copy(f"COPY {table} ({names}) FROM STDIN") as cp:
                for row in duck.execute(f"SELECT {names} FROM {table}").fetchall():
                    cp.write_row(row)
    duck.close()
    return time.perf_counter() - t0


def sample_urls(base: str, n: int, seed: int = 11) -> dict[str, list[str]]:
    """URLs per class, from the store itself (busiest events and entities first, then a seeded sample)."""
    rng = random.Random(seed)
    c = httpx.Client(base_url=base, timeout=60)
    events = c.get("/api/v1/events?limit=500").json()["events"]
    ents = c.get("/api/v1/entities?limit=500").json()["entities"]
    persons = [e for e in ents if e["type"] == "PERSON"][:40]
    sources = c.get("/api/v1/sources?limit=500").json()["sources"]
    stories = c.get("/api/v1/storylines?limit=200").json()["storylines"]
    ev_ids = [e["id"] for e in events]
    pairs = []
    for p in persons[:15]:
        d = c.get(f"/api/v1/entities/{quote(p['id'])}").json()
        pairs += [(p["id"], cp["id"]) for cp in d.get("counterparts", [])[:3]]
    words = ["minister", "police", "earthquake", "election", "fire", "court", "talks"]

    def pick(xs, k):
        return [rng.choice(xs) for _ in range(k)] if xs else []

    lists = ["/api/v1/events", "/api/v1/events?limit=500", "/api/v1/articles", "/api/v1/entities",
             "/api/v1/storylines", "/api/v1/sources", "/api/v1/events.csv", "/api/v1/entities?type=PERSON"]
    lists += [f"/api/v1/events?q={w}" for w in words] + [f"/api/v1/articles?q={w}" for w in words]
    lists += [f"/api/v1/events?source={quote(s['name'])}" for s in sources[:5]]
    lists += [f"/api/v1/events?entity={quote(p['id'])}" for p in persons[:5]]
    lists += ["/api/v1/events?action=CONSULT", "/api/v1/events?country=USA", "/api/v1/events?since=2012-01-01"]
    detail = [f"/api/v1/events/{e}" for e in pick(ev_ids, n // 2)] + \
        [f"/api/v1/entities/{quote(e['id'])}" for e in pick(ents[:200], n // 2)]
    html = ["/", "/events", "/entities", "/storylines", "/sources", "/articles"] + \
        [f"/events/{e}" for e in pick(ev_ids, n // 3)] + \
        [f"/entities/{quote(e['id'])}" for e in pick(ents[:200], n // 3)] + \
        [f"/storylines/{s['id']}" for s in pick(stories, 10)]
    pair_urls = [f"/api/v1/pairs?a={quote(a)}&b={quote(b)}" for a, b in pick(pairs, n // 2)] + \
        [f"/pairs?a={quote(a)}&b={quote(b)}" for a, b in pick(pairs, n // 2)]
    return {"list": (lists * (n // len(lists) + 1))[:n], "detail": detail, "pairs": pair_urls, "html": html}


def p95(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=20, method="inclusive")[18] if len(xs) >= 2 else (xs[0] if xs else 0.0)


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (Linux /proc): what a request costs the server, whatever else the
    machine is running."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def one_client(base: str, urls: dict[str, list[str]], pid: int) -> dict:
    out = {}
    with httpx.Client(base_url=base, timeout=60) as c:
        for u in [x for xs in urls.values() for x in xs][:20]:  # warm-up: first queries, page cache
            c.get(u)
        for cls, us in urls.items():
            times, bad = [], 0
            cpu0 = cpu_seconds(pid)
            for u in us:
                t = time.perf_counter()
                r = c.get(u)
                times.append(time.perf_counter() - t)
                bad += r.status_code >= 500
            out[cls] = {"n": len(times), "p50": statistics.median(times), "p95": p95(times), "5xx": bad,
                        "cpu": (cpu_seconds(pid) - cpu0) / max(1, len(times))}
    return out


def concurrent(base: str, urls: list[str], clients: int, seconds: float | None = None, per_client: int = 50,
               stop: threading.Event | None = None) -> dict:
    times: list[float] = []
    codes: dict[int, int] = {}
    errors: list[str] = []
    lock = threading.Lock()

    def work(k: int) -> None:
        rng = random.Random(k)
        deadline = time.monotonic() + seconds if seconds else None
        done = 0
        with httpx.Client(base_url=base, timeout=60) as c:
            while True:
                if deadline is None and done >= per_client:
                    break
                if deadline is not None and (time.monotonic() > deadline or (stop is not None and stop.is_set())):
                    break
                u = rng.choice(urls)
                t = time.perf_counter()
                try:
                    r = c.get(u)
                    code = r.status_code
                except httpx.HTTPError as exc:
                    code = 599
                    with lock:
                        errors.append(f"{u}: {type(exc).__name__}")
                dt = time.perf_counter() - t
                with lock:
                    times.append(dt)
                    codes[code] = codes.get(code, 0) + 1
                done += 1

    threads = [threading.Thread(target=work, args=(k,)) for k in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    return {"n": len(times), "p50": statistics.median(times) if times else 0, "p95": p95(times),
            "5xx": sum(v for k, v in codes.items() if k >= 500), "codes": codes, "rps": len(times) / wall,
            "errors": errors[:5]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--requests", type=int, default=200, help="requests per class, one client")
    ap.add_argument("--clients", type=int, default=10)
    ap.add_argument("--per-client", type=int, default=50)
    ap.add_argument("--ingest", default=None, help="JSONL to ingest into a copy of the store during the load")
    ap.add_argument("--postgres", default=None, metavar="URL",
                    help="serve from this (empty) PostgreSQL store, loaded first with the --db store's tables")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="newsdesk-benchweb-"))
    db = str(work / "store.duckdb")
    shutil.copyfile(args.db, db)  # the ingest phase writes: never touch the original
    port = _port()
    base = f"http://127.0.0.1:{port}"
    if args.postgres:
        if args.ingest:
            raise SystemExit("--ingest writes a DuckDB copy: not with --postgres")
        print(f"loaded PostgreSQL in {load_postgres(db, args.postgres):.1f} s", flush=True)
        db = args.postgres
    server = start_server(db, port)
    try:
        health = httpx.get(base + "/api/v1/health").json()
        urls = sample_urls(base, args.requests)
        single = one_client(base, urls, server.pid)
        mixed = [u for us in urls.values() for u in us]
        conc = concurrent(base, mixed, args.clients, per_client=args.per_client)
        during = None
        if args.ingest:
            before = httpx.get(base + "/api/v1/health").json()
            env = {**os.environ, "HF_HUB_OFFLINE": "1"}
            exe = Path(sys.executable).with_name("newsdesk")
            t0 = time.perf_counter()
            ing = subprocess.Popen([str(exe), "--db", db, "--wait", "60", "ingest", args.ingest, "--json"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            stop = threading.Event()
            res: dict = {}
            th = threading.Thread(target=lambda: res.update(concurrent(base, mixed, args.clients, seconds=3600,
                                                                       stop=stop)))
            th.start()
            out, errs = ing.communicate()
            ingest_s = time.perf_counter() - t0
            stop.set()
            th.join()
            report = json.loads(out) if ing.returncode == 0 and out.strip() else {"error": errs[-500:]}
            deadline = time.monotonic() + 120
            after = before
            while time.monotonic() < deadline:
                after = httpx.get(base + "/api/v1/health").json()
                if after["snapshot_generation"] != before["snapshot_generation"]:
                    break
                time.sleep(0.5)
            during = {**res, "ingest_s": ingest_s, "ingest_rc": ing.returncode, "stored": report.get("stored"),
                      "ingest_stderr": errs.strip().splitlines()[-3:],
                      "articles_before": before["articles"], "articles_after": after["articles"],
                      "snapshot_copy_s": after.get("snapshot_copy_seconds")}
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    rows = [f"| {cls} (one client) | {r['n']} | {r['p50'] * 1000:.0f} | {r['p95'] * 1000:.0f} | "
            f"{TARGETS[cls] * 1000:.0f} | {r['cpu'] * 1000:.0f} | {r['5xx']} |" for cls, r in single.items()]
    rows.append(f"| mixed, {args.clients} clients ({conc['rps']:.1f} req/s) | {conc['n']} | {conc['p50'] * 1000:.0f} | "
                f"{conc['p95'] * 1000:.0f} | 1000 | | {conc['5xx']} |")
    if during:
        rows.append(f"| mixed, {args.clients} clients, during an ingest ({during['rps']:.1f} req/s) | {during['n']} | "
                    f"{during['p50'] * 1000:.0f} | {during['p95'] * 1000:.0f} | 1000 | | {during['5xx']} |")
    head = (f"store: {args.db} ({health['articles']} articles, {health['events']} events, {health['entities']} "
            f"entities); {platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the "
            f"start; one uvicorn worker; snapshot copy {health['snapshot_copy_seconds']} s")
    table = "\n".join(["| class | requests | p50 ms | p95 ms | target p95 ms | server CPU ms/request | 5xx |",
                       "|---|---|---|---|---|---|---|",
                       *rows])
    print(head)
    print(table)
    if during:
        print(f"ingest during load: {during['ingest_s']:.1f} s, rc {during['ingest_rc']}, stored {during['stored']}; "
              f"articles served before {during['articles_before']}, after {during['articles_after']}; "
              f"codes {during['codes']}")
        if during["ingest_rc"]:
            print("ingest stderr:", during["ingest_stderr"])
    if conc["errors"] or (during and during["errors"]):
        print("errors:", conc["errors"], during["errors"] if during else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
