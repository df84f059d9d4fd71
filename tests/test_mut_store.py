"""Store writes that mutation testing (make mutate, session 4) found unguarded."""

from __future__ import annotations

from types import SimpleNamespace

from newsdesk import pipeline
from newsdesk.events.features import pack_doc, unpack_doc
from newsdesk.model import Article, Event
from newsdesk.store import Store


def _art(aid: str) -> Article:
    return Article(id=aid, external_id=aid, source="S", url=None, title=None, text="one text", raw_text="one text",
                   published="2021-03-01", published_evidence="metadata", page_date=None, lang="en", credits=(),
                   removed=(), ingested_at="2021-03-01T00:00:00+00:00")


def _doc(entity: str) -> bytes:
    return pack_doc(SimpleNamespace(entities=(entity,), words=(("talks", 1),), names=(), instance=()))


def test_store_save_replaces_stale_clustering_features(tmp_path):
    """Mutant: event_docs written with OR IGNORE (`replace=True` -> False): features rebuilt for another source
    article or code version (events.build.make_docs) never replace the stale row, so every later update misses
    the cache and the store keeps the old features."""
    store = Store(tmp_path / "x.duckdb")
    store.save(pipeline.Delta(articles=[_art("a1"), _art("a0")]))
    ev = [Event("e1", "T", "2021-03-01", ("a1",))]
    store.save(pipeline.Delta(events=ev, doc_cache={"a1": ("a1", "v-old", _doc("PERSON:okafor"))}))
    store.save(pipeline.Delta(events=ev, doc_cache={"a1": ("a0", "v-new", _doc("PERSON:petrova"))}))
    rows = store.rows("SELECT article_id, src, version, doc FROM event_docs")
    assert [(a, s, v, unpack_doc(d)[0]) for a, s, v, d in rows] == [("a1", "a0", "v-new", ("PERSON:petrova",))]
