"""Windowed loading for the events stage (issue 13, item 5): `event_inputs`, behind `Store.event_inputs` (its
docstring says what is loaded). Portable store SQL (`?` parameters, id lists as `IN (SELECT unnest(?))`), so the
PostgreSQL store runs it unchanged. Kept out of `store/db.py` for size."""

from __future__ import annotations

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
    ev_ids = {r[0] for r in store.con.execute(
        "SELECT DISTINCT ea.event_id FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
        "WHERE a.published IS NULL OR substr(a.published, 1, 10) BETWEEN ? AND ?", [lo, hi]).fetchall()}
    members = lambda evs: {r[0] for r in store.con.execute(  # noqa: E731
        "SELECT article_id FROM event_articles WHERE event_id IN (SELECT unnest(?))", [sorted(evs)]).fetchall()}
    ids = {aid for aid, _ in new} | members(ev_ids)
    frontier = set(ids)
    while frontier:  # near-duplicate groups whole, with the events of their articles
        front = sorted(frontier)
        reached = {x for a, b in store.con.execute(
            "SELECT a, b FROM dup_pairs WHERE a IN (SELECT unnest(?)) OR b IN (SELECT unnest(?))",
            [front, front]).fetchall() for x in (a, b)} - ids
        more = {r[0] for r in store.con.execute(
            "SELECT DISTINCT event_id FROM event_articles WHERE article_id IN (SELECT unnest(?))",
            [sorted(reached)]).fetchall()} - ev_ids if reached else set()
        ev_ids |= more
        frontier = reached | (members(more) - ids if more else set())
        ids |= frontier
    id_list = sorted(ids)
    spans: dict[str, list[tuple[str, str]]] = {}
    for aid, text, label in store.con.execute(
            "SELECT article_id, text, label FROM ner_spans WHERE article_id IN (SELECT unnest(?)) "
            "ORDER BY article_id, i", [id_list]).fetchall():
        spans.setdefault(aid, []).append((text, label))
    processed = [r[0] for r in store.con.execute(
        "SELECT id FROM articles WHERE processed AND id IN (SELECT unnest(?)) ORDER BY seq", [id_list]).fetchall()]
    outside, taken = [], set()
    for eid, title, date, place, first, last, sid in store.con.execute(
            "SELECT id, title, date, place, first_seen, last_seen, storyline_id FROM events").fetchall():
        taken.add(eid)
        if eid not in ev_ids:
            outside.append(Event(eid, title or "", date, (), place, sid, first, last))
    doc_cache = {aid: (src, version, doc) for aid, src, version, doc in store.con.execute(
        "SELECT article_id, src, version, doc FROM event_docs WHERE article_id IN (SELECT unnest(?))",
        [id_list]).fetchall()}  # decoded by events.build.make_docs, where source and version match
    summaries = {eid: (np.frombuffer(c, dtype=np.float32) if c is not None else None, frozenset(p or ()))
                 for eid, c, p in store.con.execute(
                     "SELECT event_id, centroid, participants FROM event_summaries").fetchall()
                 if eid not in ev_ids}
    return {
        "articles": _articles(store, id_list), "processed": processed,
        "vectors": [(aid, np.frombuffer(v, dtype=np.float32)) for aid, v in store.con.execute(
            "SELECT article_id, vec FROM vectors WHERE article_id IN (SELECT unnest(?))", [id_list]).fetchall()],
        "spans": spans,
        "dup_pairs": store.con.execute("SELECT a, b, similarity FROM dup_pairs WHERE a IN (SELECT unnest(?))",
                                      [id_list]).fetchall(),
        "assigned": {r[0] for r in store.con.execute(
            "SELECT article_id FROM event_articles WHERE article_id IN (SELECT unnest(?))", [id_list]).fetchall()},
        "events": store.events(ids=sorted(ev_ids)), "records": store.records_by_article(processed),
        "taken": taken, "outside": outside, "summaries": summaries, "doc_cache": doc_cache,
    }


def _articles(store, ids: list[str]) -> list[Article]:
    """`store.articles(ids=ids, raw=False)` without what the events stage never reads (the raw text, the removed
    lines and metadata: decoding their JSON was most of the window's loading time; `Store._article` would still
    decode two empty JSON values per article, so the rows are turned into articles here)."""
    cols = ("id", "external_id", "source", "url", "title", "text", "published", "published_evidence", "page_date",
            "lang", "credits", "ingested_at", "path")
    return [Article(id=aid, external_id=ext, source=src, url=url, title=title, text=text, raw_text="",
                    published=published, published_evidence=evidence, page_date=page_date, lang=lang,
                    credits=tuple(credits or ()), removed=(), ingested_at=ingested_at, path=path)
            for aid, ext, src, url, title, text, published, evidence, page_date, lang, credits, ingested_at, path
            in store.con.execute(f"SELECT {', '.join(cols)} FROM articles WHERE id IN (SELECT unnest(?)) "
                                 "ORDER BY seq", [ids]).fetchall()]
