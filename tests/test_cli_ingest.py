"""The CLI end to end: ingest summary and exit codes, one stderr line per bad input, re-ingest adds nothing,
kill -9 in the middle of an ingest followed by the same ingest stores every record exactly once."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
EXE = [sys.executable, "-m", "newsdesk.cli"]


def run(db, *args, stdin=None, timeout=600):
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([*EXE, "--db", str(db), *args], capture_output=True, text=True, input=stdin,
                          timeout=timeout, env=env, check=False)


def articles(db):
    proc = run(db, "articles", "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_cli_ingest_bad_files_named_rest_stored(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(" date 2021-03-05 The minister met his counterpart in Lima on Friday to "
                                "discuss trade.\n\nBoth sides agreed to meet again next year.", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "bin.html").write_bytes(bytes(range(256)) * 30)
    (d / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (d / "recs.jsonl").write_text('{"id": "r1", "text": "A second article about the talks, which went well '
                                  'according to both delegations."}\n{oops\n{"id": "r3"}\n', encoding="utf-8")
    (d / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 5)
    proc = run(tmp_path / "x.duckdb", "ingest", "--no-process", str(d))
    assert proc.returncode == 0
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert sorted(lines) == sorted([
        f"{d}/bin.html: binary file, not text (an image, PDF or archive? only text, HTML and JSON are read)",
        f"{d}/empty.txt: empty file",
        f"{d}/nav.html: HTML page has no article text",
        f"{d}/recs.jsonl:2: malformed JSON: Expecting property name enclosed in double quotes at column 2 (each line "
        "must be one JSON object)",
        f"{d}/recs.jsonl:3: record has neither text nor html (give the article body as \"text\", or the page as "
        "\"html\")",
        f"{d}/undecodable.txt: undecodable bytes: no text encoding fits (save it as UTF-8)",
    ])
    assert proc.stdout.strip().splitlines()[-1] == "read 3 / stored 2 / duplicate 0 / rejected 6"  # nav.html read, then refused
    got = {a["external_id"]: a for a in articles(tmp_path / "x.duckdb")}
    assert set(got) == {"good", "r1"}
    assert got["good"]["published"] == "2021-03-05" and got["good"]["published_evidence"] == "header"


def test_cli_ingest_nothing_stored_exits_1(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    proc = run(tmp_path / "x.duckdb", "ingest", "--no-process", str(tmp_path / "empty.txt"))
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"{tmp_path}/empty.txt: empty file"


def test_cli_reingest_adds_nothing_and_json_report(tmp_path):
    db = tmp_path / "x.duckdb"
    first = json.loads(run(db, "ingest", "--no-process", "--json", str(EXAMPLES)).stdout)
    again = json.loads(run(db, "ingest", "--no-process", "--json", str(EXAMPLES)).stdout)
    assert first["stored"] == first["read"] > 100 and first["rejected"] == 0
    assert again["stored"] == 0 and again["duplicate"] == first["read"]
    arts = articles(db)
    assert len(arts) == first["stored"] == len({a["id"] for a in arts})
    keys = {"id", "external_id", "title", "published", "source", "url", "text", "raw_text", "published_evidence",
            "page_date", "lang", "credits", "removed", "ingested_at"}
    assert keys <= set(arts[0])


def test_cli_stdin_jsonl(tmp_path):
    recs = "".join(json.dumps({"id": f"s{i}", "title": f"T{i}", "text": f"Body number {i} of the story, "
                                     "with enough words to be an article.", "published": "2020-02-0" + str(i + 1),
                               "source": "Wire"}) + "\n" for i in range(3))
    proc = run(tmp_path / "x.duckdb", "ingest", "--no-process", "-", stdin=recs)
    assert proc.returncode == 0, proc.stderr
    got = sorted((a["external_id"], a["published"], a["source"]) for a in articles(tmp_path / "x.duckdb"))
    assert got == [("s0", "2020-02-01", "Wire"), ("s1", "2020-02-02", "Wire"), ("s2", "2020-02-03", "Wire")]


def test_cli_show_and_filters(tmp_path):
    db = tmp_path / "x.duckdb"
    run(db, "ingest", "--no-process", str(EXAMPLES / "jsonl"))
    proc = run(db, "show", "meantime-en-3307", "--json")
    assert proc.returncode == 0
    art = json.loads(proc.stdout)
    assert art["title"] == "Airbus launches world's largest passenger plane" and art["published"] == "2005-01-18"
    since = json.loads(run(db, "articles", "--json", "--since", "2009-01-01").stdout)
    assert since and all(a["published"] >= "2009-01-01" for a in since)
    wire = json.loads(run(db, "articles", "--json", "--source", "Global Newswire").stdout)
    assert len(wire) == 2
    missing = run(db, "show", "nope")
    assert missing.returncode == 1 and missing.stderr.strip() == "newsdesk: no article with id or external id 'nope'"


def test_cli_kill_9_then_rerun_stores_each_record_once(tmp_path):
    import random

    from newsdesk.store import Store

    rng = random.Random(42)
    words = ["council", "minister", "talks", "trade", "port", "river", "election", "budget", "court", "army",
             "harbour", "strike", "vote", "farmers", "railway", "bridge", "hospital", "school", "drought", "flood"]
    total = 6000
    src = tmp_path / "many.jsonl"
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(total):
            text = " ".join(f"The {' '.join(rng.choices(words, k=6))} were discussed on day {i}." for _ in range(3))
            fh.write(json.dumps({"id": f"k{i}", "title": f"Story {i}", "text": text, "published": "2021-01-01"}) + "\n")
    db = tmp_path / "x.duckdb"
    env = {**os.environ, "NO_COLOR": "1"}
    partial = []
    for delay in (1.0, 2.0, 3.0, 4.5, 6.0, 8.0, 11.0, 15.0):  # until one kill lands mid-ingest
        proc = subprocess.Popen([*EXE, "--db", str(db), "ingest", "--no-process", str(src)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store(db) as s:
            n = s.count("articles")
        if 0 < n < total:
            partial.append(n)
            break
    assert partial, "no kill landed in the middle of the ingest: the test proves nothing"
    done = run(db, "ingest", "--no-process", "--json", str(src))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["stored"] + report["duplicate"] == total
    arts = articles(db)
    assert len(arts) == total
    assert sorted(a["external_id"] for a in arts) == sorted(f"k{i}" for i in range(total))


@pytest.mark.parametrize("args", [["events", "--json"], ["storylines", "--json"], ["entities", "--json"]])
def test_cli_empty_store_lists_are_empty_json(tmp_path, args):
    from newsdesk.store import Store

    Store(tmp_path / "x.duckdb").close()  # an empty store, as a first `ingest` leaves it
    proc = run(tmp_path / "x.duckdb", *args)
    assert proc.returncode == 0 and json.loads(proc.stdout) == []


@pytest.mark.parametrize("args", [["events", "--json"], ["stats"], ["show", "x"], ["entity", "Austin"]])
def test_cli_read_command_on_missing_store_is_one_line(tmp_path, args):
    db = tmp_path / "typo.duckdb"
    proc = run(db, *args)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == (f"newsdesk: {db}: no such store (check --db / NEWSDESK_DB, or create it with "
                                   "`newsdesk ingest`)")
    assert not db.exists()  # nothing was created
