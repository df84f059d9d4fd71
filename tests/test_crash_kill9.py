"""Crash safety through the CLI: `kill -9` during ingest and during processing, then the same ingest again, leaves
the whole store (articles, corpus line statistics, near-duplicates, passages, NER, vectors, entities, mentions,
records, events, storylines) equal to a clean run's.

Two ways to kill:
- by the clock, as an operator would: the run's progress bar (stderr on a pseudo-terminal) tells when the first
  ingest batch is stored and when the first processing chunk is stored; the process is killed right then, so the
  kill lands inside the next batch or chunk;
- at an exact point: `tests/crash_hook.py` runs the CLI and sends SIGKILL to itself just before one chosen write
  of a transaction (after the transaction's other writes ran), the one place a missing transaction loses data.

The corpus is synthetic (random.Random(42)): incidents reported by several sources on one day (NER, entities,
records, events), syndicated copies, and one recurring boilerplate line per source (corpus line statistics), large
enough for two ingest batches and three processing chunks. The hashing embedder keeps it fast.
"""

from __future__ import annotations

import json
import os
import pty
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest
from synthetic_news import corpus

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "tests" / "crash_hook.py"
ENV = {**os.environ, "NEWSDESK_EMBEDDER": "hash", "NO_COLOR": "1", "COLUMNS": "200"}
VOLATILE = {"ingested_at", "applied_at"}  # wall-clock stamps: the only columns allowed to differ

def cli(db, *args, timeout=600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", str(db), *args], capture_output=True,
                          text=True, timeout=timeout, env=ENV, check=False)


def cli_json(db, *args):
    proc = cli(db, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _by_id(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))


def snapshot(db: Path) -> dict:
    """The whole store: every table's rows (sorted; wall-clock stamps left out) and the CLI's JSON views."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = {}
        for (name,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                                   "ORDER BY 1").fetchall():
            cols = [c for (c,) in con.execute("SELECT column_name FROM information_schema.columns WHERE "
                                               "table_name = ? ORDER BY ordinal_position", [name]).fetchall()
                    if c not in VOLATILE]
            quoted = ", ".join('"' + c + '"' for c in cols)
            rows = con.execute(f"SELECT {quoted} "
                               f"FROM \"{name}\"").fetchall()
            tables[name] = sorted(repr(r) for r in rows)
    finally:
        con.close()
    stats = cli_json(db, "stats")
    stats.pop("db")
    return {
        "tables": tables,
        "articles": _by_id([{k: v for k, v in a.items() if k not in VOLATILE} for a in cli_json(db, "articles")]),
        "events": _by_id(cli_json(db, "events")),
        "entities": _by_id(cli_json(db, "entities")),
        "storylines": _by_id(cli_json(db, "storylines")),
        "stats": stats,
    }


def assert_same_store(got: dict, want: dict) -> None:
    assert set(got["tables"]) == set(want["tables"])
    for name in want["tables"]:  # table by table, so a failure names the table that lost or gained rows
        g, w = got["tables"][name], want["tables"][name]
        first = next(((a, b) for a, b in zip(g + [None] * len(w), w + [None] * len(g), strict=True) if a != b), None)
        assert g == w, f"table {name}: {len(g)} rows vs {len(w)} in a clean run; first differing: {first}"
    for view in ("stats", "articles", "entities", "events", "storylines"):
        assert got[view] == want[view], view


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    """The corpus file and the snapshot of one uninterrupted `newsdesk ingest` of it."""
    d = tmp_path_factory.mktemp("crash")
    src = d / "news.jsonl"
    recs = corpus(185)
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    proc = cli(d / "clean.duckdb", "ingest", "--json", str(src))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["stored"] == report["processed"] == len(recs) and report["errors"] == []
    snap = snapshot(d / "clean.duckdb")
    # the corpus exercises every table the comparison is about (a table left empty would compare trivially)
    for table in ("articles", "line_stats", "minhash", "dup_pairs", "passage_spans", "ner_spans", "vectors",
                  "entities", "mentions", "records", "events", "event_articles", "storylines"):
        assert snap["tables"][table], f"the corpus leaves {table} empty"
    return {"src": src, "n": len(recs), "snap": snap, "dir": d}


PROGRESS = re.compile(r"(ingest|process)\W+[━╸╺\s]*(\d+)(?:/(\d+))?")


def run_until(db: Path, src: Path, stop) -> tuple[int, list[tuple[str, int, int | None]]]:
    """Run `newsdesk ingest SRC` with stderr on a pseudo-terminal (so it draws its progress bar) and kill -9 it as
    soon as `stop(stage, done, total)` is true. Returns the exit status and the progress seen."""
    master, slave = pty.openpty()
    env = {**ENV, "TERM": "xterm"}
    env.pop("NO_COLOR")
    proc = subprocess.Popen([sys.executable, "-m", "newsdesk.cli", "--db", str(db), "ingest", str(src)],
                            stdout=subprocess.DEVNULL, stderr=slave, stdin=subprocess.DEVNULL, env=env)
    os.close(slave)
    seen: list[tuple[str, int, int | None]] = []

    def watch():
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", chunk.decode("utf-8", "replace"))
            for m in PROGRESS.finditer(text):
                step = (m[1], int(m[2]), int(m[3]) if m[3] else None)
                if not seen or seen[-1] != step:
                    seen.append(step)
                if proc.poll() is None and stop(*step):
                    proc.send_signal(signal.SIGKILL)
                    return

    reader = threading.Thread(target=watch, daemon=True)
    reader.start()
    rc = proc.wait(timeout=600)
    reader.join(timeout=5)
    os.close(master)
    return rc, seen


def test_crash_kill9_by_the_clock_during_ingest_and_processing_matches_clean_run(clean):
    db = clean["dir"] / "clock.duckdb"
    n = clean["n"]

    # 1. killed once the first ingest batch is stored: the kill lands while the next batch is read and cleaned
    rc, seen = run_until(db, clean["src"], lambda stage, done, total: stage == "ingest" and done > 0)
    assert rc == -signal.SIGKILL, seen
    stats = cli_json(db, "stats")
    assert 0 < stats["articles"] < n and stats["unprocessed"] == stats["articles"], stats
    assert stats["events"] == 0 and stats["records"] == 0

    # 2. the same ingest again, killed once the first processing chunk is stored: mid-processing
    rc, seen = run_until(db, clean["src"], lambda stage, done, total: stage == "process" and 0 < done < (total or 0))
    assert rc == -signal.SIGKILL, seen
    stats = cli_json(db, "stats")
    assert stats["articles"] == n and 0 < stats["unprocessed"] < n, stats
    assert stats["events"] == 0 and stats["records"] > 0  # the stored chunk's records are there, no events yet

    # 3. the same ingest again, killed when the last chunk is stored: in the event / storyline stage
    rc, seen = run_until(db, clean["src"], lambda stage, done, total: stage == "process" and done == total)
    assert rc == -signal.SIGKILL, seen
    stats = cli_json(db, "stats")
    assert stats["unprocessed"] == 0, stats

    # 4. the same ingest a last time runs to the end
    done = cli(db, "ingest", "--json", str(clean["src"]))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["stored"] == 0 and report["duplicate"] == n and report["errors"] == []
    assert_same_store(snapshot(db), clean["snap"])


# Kill points: (what is interrupted, regex of the statement the process dies just before, which occurrence).
# Each is the last write of its transaction, so every other write of that transaction has already run.
KILL_POINTS = [
    ("ingest batch 2: articles written, line statistics not", r"^\s*INSERT\b.*\bline_stats\b", 2),
    ("processing chunk 2: outputs written, processed flag not", r"^\s*UPDATE\s+articles\s+SET\s+processed", 2),
    ("event update: events written, storylines not", r"^\s*INSERT\b.*\bstorylines\b", 1),
]


def test_crash_kill9_at_each_transaction_boundary_matches_clean_run(clean):
    db = clean["dir"] / "exact.duckdb"
    for what, pattern, nth in KILL_POINTS:
        env = {**ENV, "NEWSDESK_KILL_SQL": pattern, "NEWSDESK_KILL_NTH": str(nth)}
        proc = subprocess.run([sys.executable, str(HOOK), "--db", str(db), "ingest", str(clean["src"])],
                              capture_output=True, text=True, env=env, timeout=600, check=False)
        assert proc.returncode == -signal.SIGKILL, f"{what}: the kill point was never reached ({proc.stderr[-500:]})"
        # a re-run that reaches the same point dies there again before doing more: count afresh each time
    done = cli(db, "ingest", "--json", str(clean["src"]))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["errors"] == []
    assert_same_store(snapshot(db), clean["snap"])
