"""A busy store: while a real ingest process holds the store, other commands wait (`--wait`) or answer in words.

The holder is a real `newsdesk ingest -` reading JSONL from a pipe the test keeps open: it has the store open for
writing until the pipe closes, so the timing is deterministic."""

import json
import os
import subprocess
import sys
import time

import pytest

from newsdesk.store import Store, lock

EXE = [sys.executable, "-m", "newsdesk.cli"]
ENV = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
RECORD = json.dumps({"id": "w1", "title": "Talks", "text": "The ministers met in Lima on Friday to discuss "
                                                            "trade and agreed to meet again next year."}) + "\n"


def run(db, *args, timeout=120):
    return subprocess.run([*EXE, "--db", str(db), *args], capture_output=True, text=True, timeout=timeout, env=ENV,
                          check=False)


def _holding_ingest(db):
    """Start `newsdesk ingest --no-process -` and return once it holds the store (it waits on stdin)."""
    proc = subprocess.Popen([*EXE, "--db", str(db), "ingest", "--no-process", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            Store(db, read_only=True).close()
        except lock.StoreBusy:
            return proc
        time.sleep(0.1)
    proc.kill()
    pytest.fail("the ingest never opened the store")


@pytest.fixture
def holder(tmp_path):
    db = tmp_path / "x.duckdb"
    Store(db).close()  # an existing store, as a user would have
    proc = _holding_ingest(db)
    yield db, proc
    if proc.poll() is None:
        proc.kill()
        proc.wait()


BUSY = "the store is busy: an ingest (pid {}) is writing; retry, or use --wait"


@pytest.mark.parametrize("args", [["events", "--json"], ["stats"], ["articles", "--json"],
                                  ["ingest", "--no-process", "-"]])
def test_store_lock_busy_answer_names_the_ingest(holder, args):
    db, proc = holder
    got = run(db, "--wait", "0", *args)
    assert got.returncode == 1
    assert got.stderr == "newsdesk: " + BUSY.format(proc.pid) + "\n"
    assert got.stdout == ""


def test_store_lock_wait_then_succeeds_when_the_ingest_ends(holder):
    db, proc = holder
    reader = subprocess.Popen([*EXE, "--db", str(db), "--wait", "60", "articles", "--json"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    time.sleep(1.5)  # the reader is now waiting
    assert reader.poll() is None
    proc.communicate(RECORD.encode(), timeout=60)  # the ingest stores its record and releases the store
    assert proc.returncode == 0
    stdout, stderr = reader.communicate(timeout=60)
    assert reader.returncode == 0
    assert stderr == (f"the store is busy: an ingest (pid {proc.pid}) is writing; waiting up to 60 s "
                      "(--wait SECONDS)\n")
    assert [a["external_id"] for a in json.loads(stdout)] == ["w1"]


def test_store_lock_wait_expires_with_the_busy_answer(holder):
    db, proc = holder
    t0 = time.monotonic()
    got = run(db, "--wait", "1.5", "stats")
    assert time.monotonic() - t0 >= 1.5
    assert got.returncode == 1
    assert got.stderr.splitlines() == [
        f"the store is busy: an ingest (pid {proc.pid}) is writing; waiting up to 1.5 s (--wait SECONDS)",
        "newsdesk: " + BUSY.format(proc.pid)]


def test_store_lock_names_holders_in_words():
    assert lock.holder_of(None) == ("another process", "writing")
    exc = Exception('IO Error: Could not set lock on file "/x.duckdb": Conflicting lock is held in /usr/bin/python3 '
                    "(PID 999999999). See also https://duckdb.org/docs/current/connect/concurrency")
    assert lock.is_lock_error(exc)
    assert not lock.is_lock_error(Exception("IO Error: Cannot open file"))
    busy = lock.busy_error(exc)
    assert (busy.pid, str(busy)) == (999999999, "the store is busy: another process (pid 999999999) is writing; "
                                                "retry, or use --wait")


def test_store_lock_wait_while_busy_retries_then_raises():
    calls = []

    def opener():
        calls.append(1)
        if len(calls) < 3:
            raise lock.StoreBusy(7, "an ingest")
        return "store"

    told = []
    assert lock.wait_while_busy(opener, 5, told.append, poll=0.01) == "store"
    assert told == ["the store is busy: an ingest (pid 7) is writing; waiting up to 5 s (--wait SECONDS)"]
    with pytest.raises(lock.StoreBusy):
        lock.wait_while_busy(lambda: (_ for _ in ()).throw(lock.StoreBusy(7, "an ingest")), 0, told.append)


def test_store_lock_ingest_meeting_a_reader_says_reading(tmp_path):
    """A process reading the store keeps writers out too: the answer says what it is doing."""
    db = tmp_path / "x.duckdb"
    Store(db).close()
    code = ("import sys, time\nfrom newsdesk.store import Store\ns = Store(sys.argv[1], read_only=True)\n"
            "print('ready', flush=True)\ntime.sleep(120)")
    reader = subprocess.Popen([sys.executable, "-c", code, str(db), "newsdesk", "events"], stdout=subprocess.PIPE,
                              text=True, env=ENV)
    try:
        assert reader.stdout.readline().strip() == "ready"
        src = tmp_path / "a.jsonl"
        src.write_text(RECORD, encoding="utf-8")
        got = run(db, "--wait", "0", "ingest", "--no-process", str(src))
        assert got.returncode == 1
        assert got.stderr == (f"newsdesk: the store is busy: a newsdesk events command (pid {reader.pid}) is reading; "
                              "retry, or use --wait\n")
    finally:
        reader.kill()
        reader.wait()
