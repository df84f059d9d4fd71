"""Windowed event loading (`Store.event_inputs`, issue 13 item 5): an incremental update loads only the events and
articles within EVENT_MAX_GAP_DAYS of its new articles (plus the stored summaries of the others), and the events
stage gives exactly what it gives on the whole store (`Store.event_rows`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic_news  # noqa: E402
import window_identity  # noqa: E402

from newsdesk.settings import DEFAULT  # noqa: E402
from newsdesk.store import open_store  # noqa: E402

GAP = 20  # days: 60 incidents four days apart span 240 days, so later parts leave the first ones out


def recurring(recs: list[dict], period: int) -> list[dict]:
    """Meetings (synthetic lead 0) where incident i has the two people of incident i % period: the same pair meets
    again months later, so storylines link events in and outside an update's time window."""
    names = {}
    for r in recs:
        lead = r["text"].split("\n\n")[0]
        names.setdefault(r["id"].split("-")[0], (lead.split(",")[0], lead.split(" met ")[1].split(",")[0]))
    out = []
    for r in recs:
        i = int(r["id"][1:].split("-")[0])
        r = dict(r)
        for old, new in zip(names[f"i{i}"], names[f"i{i % period}"], strict=True):
            r["text"], r["title"] = r["text"].replace(old, new), r["title"].replace(old, new)
        out.append(r)
    return out


def test_store_window_same_events_as_full_load(db_url, tmp_path):
    """At every incremental part, windowed and full loading give the same changed and dropped events, storylines
    and event summaries; and most parts really ran on a window."""
    recs = recurring(synthetic_news.corpus(60, seed=3, kinds=(0,)), 20)
    c = window_identity.check(recs, 5, tmp_path, settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP), db=db_url)
    assert c.problems == []
    assert c.calls == 5 and c.windowed == 4  # the first part meets an empty store: full load
    with open_store(db_url) as store:  # storylines span windows (what the stored summaries are for)
        assert store.count("storylines") >= 10
    # stored clustering features are reused: a windowed update builds docs for its new articles only
    assert all(built <= new < docs for built, docs, new in c.built) and len(c.built) == 4


def test_store_window_features_rebuilt_when_the_code_changes(tmp_path, monkeypatch):
    from newsdesk.events import build

    recs = synthetic_news.corpus(24, seed=5)
    monkeypatch.setattr(build, "DOC_VERSION", "old-code")
    c = window_identity.check(recs[:60], 1, tmp_path, settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP))
    with open_store(str(tmp_path / "window.duckdb")) as store:
        assert {r[0] for r in store.rows("SELECT DISTINCT version FROM event_docs")} == {"old-code"}
    monkeypatch.setattr(build, "DOC_VERSION", "new-code")
    late = [{**r, "id": r["id"] + "-late", "published": "2021-02-27"} for r in recs[60:62]]
    (tmp_path / "more").mkdir()
    c = window_identity.check(late, 1, tmp_path / "more", settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP),
                              db=str(tmp_path / "window.duckdb"))
    assert c.problems == [] and c.windowed == 1
    built, docs, new = c.built[0]
    assert built == docs > new  # every loaded doc was rebuilt: none of the old-code features was reused


def _ingested(tmp_path, recs, parts=3):
    c = window_identity.check(recs, parts, tmp_path, settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP))
    assert c.problems == []
    return open_store(str(tmp_path / "window.duckdb"))


def test_store_window_loads_only_articles_near_the_new_ones(tmp_path):
    recs = synthetic_news.corpus(60, seed=3)
    store = _ingested(tmp_path, recs)
    late = {**recs[-1], "id": "late-1", "title": "A later report", "published": "2021-08-20"}
    store.close()
    (tmp_path / "late.jsonl").write_text(json.dumps(late) + "\n")
    from newsdesk.embed import HashEmbedder
    from newsdesk.engine import Engine

    with open_store(str(tmp_path / "window.duckdb")) as store:
        Engine(store, embedder=HashEmbedder(), settings=DEFAULT.replace(EVENT_MAX_GAP_DAYS=GAP)).ingest(
            [str(tmp_path / "late.jsonl")], process=False)
        store.con.execute("UPDATE articles SET processed = TRUE")  # as if processed, in no event yet
        win = store.event_inputs(GAP)
        days = sorted(a.published for a in win["articles"])
        assert win["processed"][-1] == next(a.id for a in win["articles"] if a.external_id == "late-1")
        assert days[0] >= "2021-07-31"  # 2021-08-20 - 20 days: nothing older is loaded
        assert win["events"] and win["outside"]
        assert len(win["articles"]) < store.count("articles") // 4
        stored = {e.id for e in store.events()}
        assert win["taken"] == stored
        assert {e.id for e in win["events"]} | {e.id for e in win["outside"]} == stored
        assert set(win["summaries"]) == {e.id for e in win["outside"]}


def test_store_window_undated_new_article_loads_the_whole_store(tmp_path):
    recs = synthetic_news.corpus(30, seed=5)
    store = _ingested(tmp_path, recs, parts=2)
    store.con.execute("UPDATE articles SET published = NULL WHERE id = (SELECT max(id) FROM articles)")
    store.con.execute("DELETE FROM event_articles WHERE article_id = (SELECT max(id) FROM articles)")
    win = store.event_inputs(GAP)
    assert "taken" not in win and len(win["articles"]) == store.count("articles")
    store.close()


def test_store_window_old_store_without_summaries_loads_the_whole_store(tmp_path):
    recs = synthetic_news.corpus(30, seed=5)
    store = _ingested(tmp_path, recs, parts=2)
    newest = store.con.execute("SELECT id FROM articles ORDER BY seq DESC LIMIT 1").fetchone()[0]
    store.con.execute("DELETE FROM event_articles WHERE article_id = ?", [newest])
    assert "taken" in store.event_inputs(GAP)
    store.con.execute("DELETE FROM event_summaries WHERE event_id = (SELECT min(event_id) FROM event_summaries)")
    win = store.event_inputs(GAP)
    assert "taken" not in win and len(win["articles"]) == store.count("articles")
    store.close()


@pytest.mark.parametrize("stream", ["basil_dev"])
def test_store_window_dev_stream_same_events_as_full_load(shared_data, tmp_path, stream):
    """A dev stream in date order, 6 parts, default settings (EVENT_MAX_GAP_DAYS 365): identical results."""
    fields = ("id", "title", "text", "published", "source", "url")
    recs = [{k: r[k] for k in fields if k in r}
            for r in map(json.loads, (shared_data / stream / "articles.jsonl").read_text().splitlines())]
    c = window_identity.check(recs, 6, tmp_path)
    assert c.problems == []
    assert c.windowed >= 3
