"""Read views over the store: what the CLI (and the web app) show. No SQL here: typed `Store` methods only.

Each function takes an open `Store` and returns model objects or plain JSON-able dicts whose keys are the
documented `--json` keys (README, CLI). Stages are imported lazily so that read-only commands start fast.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.model import Article, Entity, Event
from newsdesk.store.db import Store
from newsdesk.store.shapes import entity_json, participant_json, record_json  # noqa: F401  (part of this API)


# --- articles ---------------------------------------------------------------------------------------------------
def articles(store: Store, *, since: str | None = None, source: str | None = None) -> list[Article]:
    return store.articles(since=since, source=source)


def article(store: Store, key: str) -> Article:
    """By id, else by external id."""
    art = store.find_article(key)
    if art is None:
        raise NotFound(f"no article with id or external id {key!r}")
    return art


def copies(store: Store) -> dict[str, str]:
    """copy article id -> its original (the earliest member of its near-duplicate group)."""
    from newsdesk import dedup
    from newsdesk.settings import EVENT_MAX_GAP_DAYS

    return dedup.copy_map(store.dup_pairs(), store.article_order(), store.published(), EVENT_MAX_GAP_DAYS)


# --- events -----------------------------------------------------------------------------------------------------
def event_summary(e: Event, refs: dict[str, tuple], copy_of: dict[str, str]) -> dict:
    """One event as `events --json` lists it (`refs`: Store.article_refs of its members)."""
    members = [a for a in e.article_ids if a in refs]
    originals = [a for a in members if a not in copy_of]
    return {
        "id": e.id, "date": e.date, "title": e.title, "place": e.place, "storyline": e.storyline_id,
        "article_count": len(members),
        # a syndicated copy counts once: sources are counted over originals only
        "source_count": len({refs[a][1] or a for a in originals}),
        "articles": [{"id": a, "external_id": refs[a][0], "source": refs[a][1], "url": refs[a][2],
                      "published": refs[a][3], "copy_of": copy_of.get(a)} for a in members],
    }


def events(store: Store) -> list[dict]:
    refs = store.article_refs()
    copy_of = copies(store)
    return [event_summary(e, refs, copy_of) for e in store.events()]


def event(store: Store, key: str) -> dict:
    """One event with its participants, merged PLOVER records and re-used passages."""
    ev = next((e for e in store.events() if e.id == key), None)
    if ev is None:
        raise NotFound(f"no event with id {key!r}")
    return event_details(store, [ev])[0]


def event_details(store: Store, evs: Sequence[Event]) -> list[dict]:
    """`event` for each of `evs` (store events), reading the copies and re-used passages once for all."""
    from newsdesk import coding, entities

    copy_of = copies(store)
    every = sorted({a for ev in evs for a in ev.article_ids})
    shared, refs = passages(store, every, copy_of=copy_of), store.article_refs(every)
    mentions: dict[str, list] = {}
    for m in store.mentions(every):  # by article id, then start: each event's list is its articles' in id order
        mentions.setdefault(m.article_id, []).append(m)
    records = store.records_by_article(every)
    ents = store.entities(sorted({m.entity_id for ms in mentions.values() for m in ms}))
    out = []
    for ev in evs:
        ids = list(ev.article_ids)
        one = event_summary(ev, refs, copy_of)
        ms = [m for a in sorted(set(ids)) for m in mentions.get(a, ())]
        keys = {m.entity_id for m in ms}
        one["participants"] = [participant_json(p) for p in entities.participants(
            [e for e in ents if e.id in keys], ms, ids)]
        one["records"] = [record_json(r) for r in coding.merge(
            [r for a in sorted(set(ids)) for r in records.get(a, ())], ev.id)]
        one["passages"] = [p for p in shared if set(ids) & {s["article"] for s in p["spans"]}]
        out.append(one)
    return out


def passages(store: Store, article_ids: Sequence[str] | None = None, *, copy_of: dict[str, str] | None = None
             ) -> list[dict]:
    """Re-used passages (text shared by >= 2 articles, syndicated copies counted once), optionally only those
    touching the given articles."""
    from newsdesk import dedup

    rows = store.passage_spans(shared_only=True)
    if not rows:
        return []
    texts = {a.id: a.text for a in store.articles(ids=sorted({r[1] for r in rows}))}
    wanted = set(article_ids) if article_ids is not None else None
    out = []
    for p in dedup.passages_from_rows(rows, texts, canonical=copies(store) if copy_of is None else copy_of):
        if wanted is not None and not wanted & {s[0] for s in p.spans}:
            continue
        out.append({"id": p.id, "text": p.text,
                    "spans": [{"article": a, "start": st, "end": en} for a, st, en in p.spans]})
    return out


def storylines(store: Store) -> list[dict]:
    by_id = {e.id: e for e in store.events()}
    out = []
    for s in store.storylines():
        timeline = [{"event": eid, "date": by_id[eid].date, "title": by_id[eid].title,
                     "articles": len(by_id[eid].article_ids)} for eid in s.event_ids if eid in by_id]
        out.append({"id": s.id, "title": s.title, "events": len(timeline), "timeline": timeline})
    return out


# --- entities ---------------------------------------------------------------------------------------------------
def entities(store: Store) -> list[dict]:
    return [entity_json(e) for e in sorted(store.entities(), key=lambda e: (-len(e.article_ids), e.name))]


def find_entity(ents: Sequence[Entity], name: str) -> Entity:
    """The entity a user means: id or exact name (case-insensitive), else an alias, else the one entity whose
    name or an alias holds every word of the query ("Austin", "lloyd austin"). Several such: NotFound listing
    them, most-mentioned first."""
    low = name.casefold()
    hit = next((e for e in ents if e.id == name or e.name.casefold() == low), None) or next(
        (e for e in ents if low in {a.casefold() for a in e.aliases}), None)
    if hit is None:
        words = set(re.findall(r"\w+", low))
        cands = [e for e in ents if words and any(words <= set(re.findall(r"\w+", n.casefold()))
                                                   for n in (e.name, *e.aliases))]
        if len(cands) > 1:
            cands.sort(key=lambda e: (-len(e.article_ids), e.name))
            raise NotFound(f"{name!r} matches {len(cands)} entities: "
                           + "; ".join(f"{e.name} ({e.type})" for e in cands[:8]))
        hit = cands[0] if cands else None
    if hit is None:
        raise NotFound(f"no entity named {name!r}")
    return hit


def entity(store: Store, name: str) -> dict:
    """One entity (see `find_entity`) and the events of the articles that mention it, in time order."""
    hit = find_entity(store.entities(), name)
    member_events = [e for e in store.events() if set(e.article_ids) & set(hit.article_ids)]
    out = entity_json(hit)
    out["events"] = [{"id": e.id, "date": e.date, "title": e.title, "place": e.place}
                     for e in sorted(member_events, key=lambda e: (e.date or "9999", e.id))]
    return out


# --- the store as a whole ---------------------------------------------------------------------------------------
def stats(store: Store) -> dict:
    c = store.counts()
    return {
        "db": store.path, "schema_version": store.schema_version(),
        "articles": c["articles"], "dated": c["dated"], "unprocessed": c["unprocessed"],
        "near_duplicate_pairs": c["near_duplicate_pairs"], "copies": len(copies(store)),
        "passages": c["passages"], "events": c["events"], "storylines": c["storylines"],
        "entities": c["entities"], "records": c["records"],
        "sources": store.source_counts(),
    }


# --- JSON shapes (the documented --json keys) -------------------------------------------------------------------
# participant_json, record_json, entity_json: store/shapes.py (imported above; the web API uses them too)


# --- WEB's read views (the pages and the API use `web_queries.Views` directly) ----------------------------------
def pairs(store: Store, a: str, b: str) -> dict:
    """Every event and record in which entities A and B both take part, dated and placed, with evidence
    (`newsdesk pairs A B`, `/pairs?a=A&b=B`)."""
    from newsdesk.store.web_queries import Views

    return Views(store).pairs(a, b)
