"""`newsdesk serve` on a PostgreSQL store: the server copies the tables the read views use into a private DuckDB
snapshot (store/snapshot.py, one REPEATABLE READ transaction), so pages and API answer exactly as over a DuckDB
store built from the same input. PostgreSQL-only (`pg_url` skips without NEWSDESK_TEST_PG; `bash .ci/run` starts one).
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")
pytest.importorskip("psycopg", reason="the postgres extra is not installed: pip install 'newsdesk[postgres]'")

from fastapi.testclient import TestClient  # noqa: E402

from newsdesk.web import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MINISTERS = ROOT / "tests" / "fixtures" / "entities" / "ministers.jsonl"


def ingest(db: str, *paths) -> None:
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine
    from newsdesk.store import open_store

    eng = Engine(open_store(db), embedder=HashEmbedder())
    try:
        eng.ingest([str(p) for p in paths])
    finally:
        eng.store.close()


def same(x):
    """The JSON without the ingest timestamps (two ingests of one input differ only there)."""
    if isinstance(x, dict):
        return {k: same(v) for k, v in x.items() if k != "ingested_at"}
    if isinstance(x, list):
        return [same(v) for v in x]
    return x


def test_web_postgres_store_answers_as_the_duckdb_store(pg_url, tmp_path):
    duck = str(tmp_path / "same.duckdb")
    ingest(pg_url, MINISTERS)
    ingest(duck, MINISTERS)
    with TestClient(create_app(pg_url, poll=False)) as pg, TestClient(create_app(duck, poll=False)) as dk:
        pairs = pg.get("/api/v1/pairs", params={"a": "Rajnath Singh", "b": "Richard Marles"}).json()
        assert [(e["date"], e["place"]) for e in pairs["events"]] == [("2022-06-22", "New Delhi"),
                                                                      ("2024-10-10", "Canberra")]
        events = dk.get("/api/v1/events?limit=500").json()["events"]
        assert events
        paths = ["/api/v1/events?limit=500", "/api/v1/entities?limit=500", "/api/v1/articles?limit=500",
                 "/api/v1/storylines", "/api/v1/sources", "/api/v1/events?q=defence",
                 "/api/v1/pairs?a=Rajnath%20Singh&b=Richard%20Marles", "/api/v1/entities/Richard%20Marles"]
        paths += [f"/api/v1/events/{e['id']}" for e in events]
        for path in paths:
            a, b = pg.get(path), dk.get(path)
            assert a.status_code == b.status_code == 200, (path, a.text)
            assert same(a.json()) == same(b.json()), path
        for path in ("/", "/events", f"/events/{events[0]['id']}", "/pairs?a=Rajnath+Singh&b=Richard+Marles"):
            r = pg.get(path)
            assert r.status_code == 200 and "Canberra" in pg.get("/pairs?a=Rajnath+Singh&b=Richard+Marles").text
        health = pg.get("/api/v1/health").json()
        assert health["ok"] and health["articles"] == dk.get("/api/v1/health").json()["articles"]


def test_web_postgres_new_articles_appear_after_an_ingest(pg_url, tmp_path):
    lines = MINISTERS.read_text(encoding="utf-8").splitlines()
    first, rest = tmp_path / "first.jsonl", tmp_path / "rest.jsonl"
    first.write_text("\n".join(lines[:3]) + "\n", encoding="utf-8")
    rest.write_text("\n".join(lines[3:]) + "\n", encoding="utf-8")
    ingest(pg_url, first)
    app = create_app(pg_url, poll=False)
    with TestClient(app) as c:
        before = c.get("/api/v1/health").json()
        assert before["articles"] == 3
        ingest(pg_url, rest)  # another connection writes; the server keeps answering from its snapshot
        assert c.get("/api/v1/health").json()["articles"] == 3
        snaps = app.state.snapshots
        deadline = time.monotonic() + 30  # the server's table counters reach other sessions within seconds
        while not snaps.refresh() and time.monotonic() < deadline:
            time.sleep(0.5)
        after = c.get("/api/v1/health").json()
        assert after["articles"] == len(lines) and after["snapshot_generation"] > before["snapshot_generation"]
        quiet = 0  # once the writer's counters have all arrived, an unchanged store is not copied again
        while quiet < 3 and time.monotonic() < deadline:
            quiet = 0 if snaps.refresh() else quiet + 1
            time.sleep(0.5)
        assert quiet == 3 and c.get("/api/v1/health").json()["articles"] == len(lines)


def test_web_postgres_health_hides_the_password(pg_url):
    ingest(pg_url, MINISTERS)
    with TestClient(create_app(pg_url, poll=False)) as c:
        body = c.get("/api/v1/health").text
    password = pg_url.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    assert json.loads(body)["ok"] and (not password or password not in body)
