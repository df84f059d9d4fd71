"""Serving while another process writes the store: the server never holds the store's lock between snapshots, pages
keep answering from the last snapshot while a writer holds it, and what the writer committed appears after it
closes the store."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")

from fastapi.testclient import TestClient  # noqa: E402
from web_fixtures import web_store  # noqa: E402

from newsdesk.store.snapshot import Snapshots  # noqa: E402
from newsdesk.web import create_app  # noqa: E402

WRITER = textwrap.dedent("""
    import sys, time, pathlib, duckdb
    db, flags = sys.argv[1], pathlib.Path(sys.argv[2])
    con = duckdb.connect(db)                       # the write lock, as `newsdesk ingest` holds it
    (flags / "locked").touch()
    while not (flags / "write").exists(): time.sleep(0.02)
    con.execute("INSERT INTO events (id, title, date) VALUES ('ev_fresh', 'A fresh event', '2030-01-01')")
    (flags / "written").touch()
    while not (flags / "stop").exists(): time.sleep(0.02)
    con.close()
""")


def _wait_for(path, seconds=20):
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < deadline, f"{path} never appeared"
        time.sleep(0.02)


def test_web_snapshot_pages_answer_while_another_process_writes(tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(web_store(), db)
    flags = tmp_path / "flags"
    flags.mkdir()
    snaps = Snapshots(db, workdir=tmp_path / "snaps")
    with TestClient(create_app(str(db), snapshots=snaps, poll=False)) as client:
        before = client.get("/api/v1/events?limit=500").json()["events"]
        first = snaps.info()["snapshot_generation"]
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(flags)])
        try:
            _wait_for(flags / "locked")  # the writer could open the store: the server does not hold it
            assert snaps.refresh() is False  # nothing written yet
            (flags / "write").touch()
            _wait_for(flags / "written")
            assert snaps.refresh() is False and snaps.info()["store_busy"] is True  # changed, but locked
            for path in ("/", "/events", "/api/v1/events?limit=500", "/api/v1/health", "/entities", "/sources"):
                r = client.get(path)
                assert r.status_code == 200, (path, r.text)
            assert client.get("/api/v1/events?limit=500").json()["events"] == before
            assert client.get("/api/v1/health").json()["store_busy"] is True
            (flags / "stop").touch()
            assert writer.wait(timeout=30) == 0
        finally:
            writer.kill() if writer.poll() is None else None
        assert snaps.refresh() is True
        after = client.get("/api/v1/events?limit=500").json()["events"]
        assert len(after) == len(before) + 1 and after[0]["id"] == "ev_fresh"
        health = client.get("/api/v1/health").json()
        assert health["snapshot_generation"] > first and health["store_busy"] is False
        assert snaps.refresh() is False  # unchanged store: no new copy
    gen = snaps.info()["snapshot_generation"]
    left = sorted(p.name for p in (tmp_path / "snaps").glob("snapshot-*.duckdb"))
    assert left == [f"snapshot-{gen}.duckdb"]  # the copies before it are gone
    snaps.close()
    assert list((tmp_path / "snaps").glob("snapshot-*")) == []


def test_web_snapshot_request_in_flight_keeps_its_copy(tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copyfile(web_store(), db)
    snaps = Snapshots(db, workdir=tmp_path / "snaps")
    assert snaps.refresh() is True
    with snaps.store() as (store, _memo):
        old = store.path
        import duckdb

        con = duckdb.connect(str(db))
        con.execute("INSERT INTO events (id, title) VALUES ('ev_more', 'more')")
        con.close()
        assert snaps.refresh() is True  # a new copy while a request still reads the old one
        assert store.con.execute("SELECT count(*) FROM events WHERE id = 'ev_more'").fetchone()[0] == 0
        assert (tmp_path / "snaps" / old.split("/")[-1]).exists()
    assert not (tmp_path / "snaps" / old.split("/")[-1]).exists()  # dropped when the last reader finished
    with snaps.store() as (store, _memo):
        assert store.con.execute("SELECT count(*) FROM events WHERE id = 'ev_more'").fetchone()[0] == 1
    snaps.close()


def test_web_serve_missing_store_is_one_line(tmp_path):
    r = subprocess.run([sys.executable, "-m", "newsdesk.cli", "--db", str(tmp_path / "none.duckdb"), "serve",
                        "--port", "1"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].endswith("none.duckdb: no such store (build one with `newsdesk --db "
                                                      + str(tmp_path / "none.duckdb") + " ingest ...`)")
