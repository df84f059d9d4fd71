"""Windowed loading for the events stage (issue 13, item 5): `event_inputs`, behind `Store.event_inputs` (its
docstring says what is loaded). Portable store SQL (`?` parameters, id lists as `IN (SELECT unnest(?))`), so the
PostgreSQL store runs it unchanged. Kept out of `store/db.py` for size."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from newsdesk.model import Article, Event


def event_inputs(store, max_gap_days: float, *, rebuild: bool = False) -> dict:
    """See `Store.event_inputs`."""
    import datetime as dt
    import math

    import numpy as np

    new = store.con.execute("SELECT id, published FROM articles WHERE processed AND id NOT IN "
                           "(SELECT article_id FROM event_articles) ORDER BY seq").fetchall()
    if not new and not rebuild:  # nothing to do (events.build.has_work is False)
        return {"articles": [], "processed": [], "vectors": [], "spans": {}, "dup_pairs": [],
                "assigned": set(), "events": [], "records": {}}
    days = []
    for _aid, published in new:
        try:
            days.append(dt.date.fromisoformat(str(published)[:10]).toordinal())
        except ValueError:
            days = []
            break
    n_events = store.count("events")
    if rebuild or not days or not n_events or store.count("event_summaries") < n_events:
        return store.event_rows()
    lo = dt.date.fromordinal(max(1, math.floor(min(days) - max_gap_days))).isoformat()
    hi = dt.date.fromordinal(min(dt.date.max.toordinal(), math.ceil(max(days) + max_gap_days))).isoformat()
    member_of: dict[str, str] = dict(store.con.execute(  # article -> event, of every event of the window
        "SELECT article_id, event_id FROM event_articles WHERE event_id IN (SELECT ea.event_id FROM event_articles ea "
        "JOIN articles a ON a.id = ea.article_id WHERE a.published IS NULL OR substr(a.published, 1, 10) "
        "BETWEEN ? AND ?)", [lo, hi]).fetchall())
    ev_ids = set(member_of.values())
    ids = {aid for aid, _ in new} | member_of.keys()
    frontier = set(ids)
    while frontier:  # near-duplicate groups whole, with the events of their articles
        front = sorted(frontier)
        reached = {x for a, b in store.con.execute(
            "SELECT a, b FROM dup_pairs WHERE a IN (SELECT unnest(?)) OR b IN (SELECT unnest(?))",
            [front, front]).fetchall() for x in (a, b)} - ids
        more = dict(store.con.execute(
            "SELECT article_id, event_id FROM event_articles WHERE event_id IN (SELECT event_id FROM event_articles "
            "WHERE article_id IN (SELECT unnest(?)))", [sorted(reached)]).fetchall()) if reached else {}
        more = {a: e for a, e in more.items() if e not in ev_ids}
        member_of.update(more)
        ev_ids |= set(more.values())
        frontier = (reached | more.keys()) - ids
        ids |= frontier
    id_list = sorted(ids)
    articles, processed = _articles(store, id_list)
    pos = {a.id: k for k, a in enumerate(articles)}  # ingest order (seq), as `Store.events` orders members
    members: dict[str, list[str]] = {}
    for aid in sorted((a for a in member_of if a in pos), key=pos.__getitem__):  # (a dangling row: as the JOIN)
        members.setdefault(member_of[aid], []).append(aid)
    events, outside, taken = [], [], set()
    for eid, title, date, place, first, last, sid in store.con.execute(
            "SELECT id, title, date, place, first_seen, last_seen, storyline_id FROM events").fetchall():
        taken.add(eid)
        if eid in ev_ids:
            events.append(Event(eid, title or "", date, tuple(members.get(eid, ())), place, sid, first, last))
        else:
            outside.append(Event(eid, title or "", date, (), place, sid, first, last))
    events.sort(key=lambda e: (e.date or e.first_seen or "9999", e.id))  # as `Store.events`
    doc_cache = {aid: (src, version, doc) for aid, src, version, doc in store.con.execute(
        "SELECT article_id, src, version, doc FROM event_docs WHERE article_id IN (SELECT unnest(?))",
        [id_list]).fetchall()}  # decoded by events.build.make_docs, where source and version match
    summaries = {eid: (np.frombuffer(c, dtype=np.float32) if c is not None else None, frozenset(p or ()))
                 for eid, c, p in store.con.execute(
                     "SELECT event_id, centroid, participants FROM event_summaries").fetchall()
                 if eid not in ev_ids}
    return {
        "articles": articles, "processed": processed,
        "vectors": [(aid, np.frombuffer(v, dtype=np.float32)) for aid, v in store.con.execute(
            "SELECT article_id, vec FROM vectors WHERE article_id IN (SELECT unnest(?))", [id_list]).fetchall()],
        "spans": Spans(store, id_list),
        "dup_pairs": store.con.execute("SELECT a, b, similarity FROM dup_pairs WHERE a IN (SELECT unnest(?))",
                                      [id_list]).fetchall(),
        "assigned": set(member_of),  # one event per article: every member of a loaded event, and no other
        "events": events, "records": store.records_by_article(processed),
        "taken": taken, "outside": outside, "summaries": summaries, "doc_cache": doc_cache,
    }


class Spans(Mapping):
    """The NER spans (article id -> [(text, label)]) of the window's articles, read when asked for: the events stage
    needs them only for the docs it builds (`events.build.make_docs`: the new articles, and those whose stored
    features are of other code), not for the window's thousands of stored docs. `fetch(ids)` reads those ids in one
    query (a lookup of an id not fetched reads it alone); articles without spans are absent, as in a dict."""

    def __init__(self, store, ids: Iterable[str]):
        self._store, self._ids, self._rows = store, frozenset(ids), {}

    def fetch(self, ids: Iterable[str]) -> Spans:
        want = sorted({i for i in ids if i in self._ids and i not in self._rows})
        if want:
            for aid in want:
                self._rows[aid] = []
            for aid, text, label in self._store.con.execute(
                    "SELECT article_id, text, label FROM ner_spans WHERE article_id IN (SELECT unnest(?)) "
                    "ORDER BY article_id, i", [want]).fetchall():
                self._rows[aid].append((text, label))
        return self

    @property
    def fetched(self) -> frozenset[str]:
        """The ids read so far."""
        return frozenset(self._rows)

    def __getitem__(self, aid: str) -> list[tuple[str, str]]:
        rows = self.fetch([aid])._rows.get(aid)
        if not rows:
            raise KeyError(aid)
        return rows

    def __iter__(self) -> Iterator[str]:
        self.fetch(self._ids)
        return iter(sorted(a for a, rows in self._rows.items() if rows))

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _articles(store, ids: list[str]) -> tuple[list[Article], list[str]]:
    """(`store.articles(ids=ids, raw=False)`, the processed ids among them, both in ingest order) without what the
    events stage never reads (the raw text, the removed lines and metadata: decoding their JSON was most of the
    window's loading time; `Store._article` would still decode two empty JSON values per article, so the rows are
    turned into articles here)."""
    cols = ("id", "external_id", "source", "url", "title", "text", "published", "published_evidence", "page_date",
            "lang", "credits", "ingested_at", "path", "processed")
    rows = store.con.execute(f"SELECT {', '.join(cols)} FROM articles WHERE id IN (SELECT unnest(?)) ORDER BY seq",
                             [ids]).fetchall()
    return ([Article(id=aid, external_id=ext, source=src, url=url, title=title, text=text, raw_text="",
                     published=published, published_evidence=evidence, page_date=page_date, lang=lang,
                     credits=tuple(credits or ()), removed=(), ingested_at=ingested_at, path=path)
             for aid, ext, src, url, title, text, published, evidence, page_date, lang, credits, ingested_at, path, _
             in rows], [r[0] for r in rows if r[-1]])
