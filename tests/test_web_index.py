"""The read views' derived tables (store/web_queries/index.py) change no answer: the server's snapshot (tables
stored in its copy) and a store opened directly (TEMP tables built on first use) give the same JSON, and the word
vocabulary finds exactly the articles whose title or text contains the query."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'newsdesk[web]'")

from fastapi.testclient import TestClient  # noqa: E402
from web_fixtures import web_store  # noqa: E402

from newsdesk.store import Store  # noqa: E402
from newsdesk.store.web_queries import Filters, Views  # noqa: E402
from newsdesk.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app(web_store(), poll=False)) as c:
        yield c


@pytest.fixture(scope="module")
def direct():
    st = Store(web_store(), read_only=True)
    yield Views(st)
    st.close()


def test_web_index_stored_and_temp_tables_answer_alike(client, direct):
    assert "web_events" not in direct.memo.get("web_tables", set())
    events = direct.events(limit=500).items
    assert events == client.get("/api/v1/events?limit=500").json()["events"]
    assert direct.entities(limit=500).items == client.get("/api/v1/entities?limit=500").json()["entities"]
    for e in events:
        assert direct.event(e["id"]) == client.get(f"/api/v1/events/{e['id']}").json()
    assert direct.storylines(limit=500).items == client.get("/api/v1/storylines?limit=500").json()["storylines"]
    api = client.get("/api/v1/pairs", params={"a": "Rajnath Singh", "b": "Richard Marles"}).json()
    assert {"ok": True, **direct.pairs("Rajnath Singh", "Richard Marles")} == api
    assert {"web_events", "web_members", "web_copies"} <= direct.memo["web_tables"]  # built as TEMP tables


@pytest.mark.parametrize("q", ["defence", "Defence", "DELHI", "marl", "e", "2020", "2022", "earthquake", "zzqx",
                               "New Delhi", "deputy prime", "o'", "script>", "Ü"])
def test_web_index_text_query_finds_exactly_the_containing_articles(client, direct, q):
    """`q` is a case-insensitive substring of the title or text; word-run queries go through web_vocab, the rest
    scan the lower-cased texts: both must find exactly these articles."""
    articles = direct.articles(limit=500).items
    want = sorted(a["id"] for a in articles
                  if q.lower() in (a["title"] or "").lower() or q.lower() in a["text"].lower())
    got = sorted(a["id"] for a in client.get("/api/v1/articles", params={"q": q, "limit": 500}).json()["articles"])
    assert got == want
    assert sorted(a["id"] for a in direct.articles(Filters(q=q), limit=500).items) == want
    events = {e["id"] for e in client.get("/api/v1/events", params={"q": q, "limit": 500}).json()["events"]}
    member = {e["id"] for e in direct.events(limit=500).items if {a["id"] for a in e["articles"]} & set(want)}
    assert member <= events
