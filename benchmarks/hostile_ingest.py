"""Hostile input through the real command line, as the held-out checks drive it (issue 15's acceptance).

    .venv/bin/python benchmarks/hostile_ingest.py [--workdir out/hostile] [--exe .venv/bin/newsdesk]

Builds one folder: the bundled good articles (examples/corpus), a large but legal article (450 KB of prose, just
under MAX_TEXT_BYTES) and the hostile corpus of tests/hostile (committed files plus a FIFO, a socket, link
loops, devices, a 1,100-level tree, ... made here). Then, each with the full pipeline (no --no-process):
1. `newsdesk --db X ingest DIR`;
2. the same articles and hostile JSONL lines as stdin (`ingest -`) into a fresh store;
3. a read command (`events --json`) and a second ingest while the first ingest runs, with `--wait 0` and with
   the default wait.
It reports exit codes, seconds, tracebacks, which bad files stderr named (by path), and whether every good
article is stored exactly once (`articles --json`, compared with a clean ingest of the good files alone).
Prints one JSON object; exits 1 when a check fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

import build  # noqa: E402  (tests/hostile/build.py)

GOOD = ROOT / "examples" / "corpus"
LIMIT_S = 60.0
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}


def big_article(size: int) -> str:
    """Plain prose of about `size` bytes in paragraphs (a legal, large article)."""
    r = random.Random(7)
    words = ["the", "minister", "said", "council", "talks", "trade", "port", "river", "election", "budget", "court",
             "army", "harbour", "strike", "vote", "farmers", "railway", "bridge", "hospital", "school", "drought",
             "flood", "officials", "delegation", "agreement", "government"]
    paras, total = [], 0
    while total < size:
        p = " ".join(("The " + " ".join(r.choices(words, k=14)) + ".") for _ in range(5))
        paras.append(p)
        total += len(p) + 2
    return "\n\n".join(paras)[:size]


CPU: dict[str, float] = {}


def sh(exe: list[str], db: Path, *args: str, stdin: bytes | None = None, timeout: float = 600):
    """Run one command; returns (rc, stdout, stderr, wall seconds); CPU["last"] holds its CPU seconds."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    try:
        proc = subprocess.run([*exe, "--db", str(db), *args], input=stdin, capture_output=True, timeout=timeout,
                              env=ENV, check=False)
        rc, out, err = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired as exc:
        rc, out, err = "timeout", exc.stdout or b"", exc.stderr or b""
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU["last"] = round(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime, 1)
    return rc, out.decode("utf-8", "surrogateescape"), err.decode("utf-8", "surrogateescape"), time.monotonic() - t0


def articles(exe, db) -> list[dict]:
    rc, out, err, _ = sh(exe, db, "--wait", "30", "articles", "--json")
    assert rc == 0, err
    return json.loads(out)


def hostile_jsonl() -> bytes:
    files = build.corpus()
    return b"".join(files[n] for n in ("deep_object.jsonl", "python_types.jsonl", "numbers.jsonl",
                                       "wrong_types.jsonl", "surrogates.jsonl", "nul_in_string.jsonl")) + \
        b"[" * 100_000 + b"]" * 100_000 + b"\n" + b"\x00\x01binary line\n" + b'{"text": "caf\xe9"}\n'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", default="out/hostile")
    ap.add_argument("--exe", default=str(ROOT / ".venv" / "bin" / "newsdesk"))
    args = ap.parse_args()
    exe = [args.exe]
    work = Path(args.workdir).resolve()
    if work.exists():
        build.remove_tree(work / "in" / "tree")
        shutil.rmtree(work)
    folder = work / "in"
    for part in ("txt", "html", "json", "jsonl/airbus.jsonl"):  # 52 good articles, every format
        src = GOOD / part
        if src.is_dir():
            shutil.copytree(src, folder / "good" / part)
        else:
            shutil.copy(src, folder / "good" / src.name)
    (folder / "good" / "big.txt").write_text(big_article(450_000), encoding="utf-8")
    for name, data in build.corpus().items():
        (folder / name).write_bytes(data)
    build.make_special(folder)
    hostile_names = sorted(set(os.listdir(folder)) - {"good", "tree", "folder.txt"})
    # the bad ones: every file tests/hostile/expected.json names (whole, or some of its lines / records)
    expected = json.loads((ROOT / "tests" / "hostile" / "expected.json").read_text(encoding="utf-8"))
    bad_names = sorted({re.match(r"\{dir\}/([^:]+)", e).group(1) for e in expected["errors"]})
    result: dict = {"load_average_at_start": [round(x, 1) for x in os.getloadavg()]}
    ok = True
    try:
        # reference: the good files alone
        ref_db = work / "ref.duckdb"
        rc, _, err, secs = sh(exe, ref_db, "ingest", str(folder / "good"))
        cpu = CPU["last"]
        ref = sorted(a["external_id"] for a in articles(exe, ref_db))
        result["reference"] = {"rc": rc, "seconds": round(secs, 1), "cpu_seconds": cpu, "articles": len(ref)}

        # 1. the mixed folder
        db = work / "folder.duckdb"
        rc, out, err, secs = sh(exe, db, "ingest", str(folder))
        cpu = CPU["last"]
        stored = [a["external_id"] for a in articles(exe, db)]
        named = {line.split(": ", 1)[0].split(":")[0] for line in err.splitlines()}
        good_once = all(stored.count(x) == ref.count(x) for x in set(ref))
        result["folder"] = {"rc": rc, "seconds": round(secs, 1), "cpu_seconds": cpu, "stderr_lines": len(err.splitlines()),
                            "tracebacks": err.count("Traceback"), "files": len(hostile_names) + len(ref),
                            "hostile_files": len(hostile_names),
                            "bad_files": len(bad_names),
                            "bad_files_not_named": [n for n in bad_names if str(folder / n) not in named],
                            "good_articles": len(ref), "good_stored_once": good_once, "stored": len(stored)}
        ok &= rc == 0 and secs < LIMIT_S and "Traceback" not in err and good_once \
            and not result["folder"]["bad_files_not_named"]

        # 2. stdin: the good JSONL records and the hostile lines
        good_lines = b"".join(json.dumps({"id": f"s{i}", "title": f"Story {i}", "text": build.article(f"stdin-{i}")})
                              .encode() + b"\n" for i in range(20))
        db2 = work / "stdin.duckdb"
        rc, out, err, secs = sh(exe, db2, "ingest", "-", stdin=good_lines + hostile_jsonl() + good_lines)
        cpu = CPU["last"]
        stored2 = [a["external_id"] for a in articles(exe, db2)]
        once2 = all(stored2.count(f"s{i}") == 1 for i in range(20))
        result["stdin"] = {"rc": rc, "seconds": round(secs, 1), "cpu_seconds": cpu, "stderr_lines": len(err.splitlines()),
                           "tracebacks": err.count("Traceback"), "good_stored_once": once2, "stored": len(stored2),
                           "every_line_names_stdin": all(line.startswith("-:") for line in err.splitlines())}
        ok &= rc == 0 and secs < LIMIT_S and "Traceback" not in err and once2

        # 3. a busy store: a read and a second ingest while an ingest runs
        db3 = work / "busy.duckdb"
        writer = subprocess.Popen([*exe, "--db", str(db3), "ingest", str(folder / "good")], env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(4)
        busy = {}
        for label, cmd in (("events_wait0", ["--wait", "0", "events", "--json"]),
                           ("ingest_wait0", ["--wait", "0", "ingest", str(folder / "good.txt")]),
                           ("events_default_wait", ["events", "--json"])):
            rc, out, err, secs = sh(exe, db3, *cmd, timeout=300)
            busy[label] = {"rc": rc, "seconds": round(secs, 1), "cpu_seconds": CPU["last"], "stderr": err.strip()[:200],
                           "raw_duckdb_text": "Could not set lock" in err, "tracebacks": err.count("Traceback")}
            ok &= "Could not set lock" not in err and "Traceback" not in err
        writer.wait(timeout=600)
        rc, out, err, secs = sh(exe, db3, "--wait", "120", "events", "--json", timeout=300)
        busy["events_after"] = {"rc": rc, "events": len(json.loads(out)) if rc == 0 else None}
        result["busy"] = busy
    finally:
        build.remove_tree(folder / "tree")
    result["load_average_at_end"] = [round(x, 1) for x in os.getloadavg()]
    result["ok"] = bool(ok)
    print(json.dumps(result, indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
