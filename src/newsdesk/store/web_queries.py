"""Read views for the web pages, the HTTP API and the `pairs` command (WEB's section of the read module; to be
moved into `newsdesk.store.queries` once that exists).

Every function takes a `Store` and returns plain JSON-able dicts whose keys are the CLI's `--json` keys (an
event is `Engine._event_summary`'s dict, an entity `_entity`'s, an article `to_json(Article)`), plus extra keys a
page needs. Lists are paged by a keyset: `after` is the sort key of the last row of the previous page, as the
`Page.next` cursor carries it; filters are bound SQL parameters only.

`Views` memoises whole-store derived data (the syndicated-copy map, article refs) in `memo`: the web server
passes one dict per immutable snapshot, so the map is computed once per snapshot rather than once per request.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.errors import NotFound
from newsdesk.model import to_json
from newsdesk.store.db import ARTICLE_COLUMNS, Store


@dataclass(frozen=True, slots=True)
class Filters:
    """List filters shared by events and articles. Days are ISO `YYYY-MM-DD` (checked by the caller)."""

    since: str | None = None
    until: str | None = None
    source: str | None = None
    entity: str | None = None
    country: str | None = None
    action: str | None = None
    q: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    items: list
    next: list | None  # the keyset of the last item when more follow, else None


def _participant(p) -> dict:
    return {"name": p.name, "country": p.country, "country_code": p.country_code, "role": p.role,
            "entity_id": p.entity_id}


def _record(r) -> dict:
    return {"id": r.id, "actor": r.actor, "actor_country": r.actor_country, "action": r.action,
            "target": r.target, "target_country": r.target_country, "place": r.place, "date": r.date,
            "context": r.context, "evidence": r.evidence, "sources": list(r.sources)}


def _entity(row) -> dict:
    eid, name, typ, al, ti, ro, c, cc, n = row
    return {"id": eid, "name": name, "type": typ, "aliases": list(al or ()), "titles": list(ti or ()),
            "roles": list(ro or ()), "country": c, "country_code": cc, "articles": n}


def _span_of(text: str, needle: str | None) -> tuple[int, int] | None:
    """Where `needle` (an evidence sentence) sits in `text`: exact, else whitespace-insensitive."""
    if not needle:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    words = needle.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    return (m.start(), m.end()) if m else None


def _month(day: str | None) -> str | None:
    return day[:7] if day and re.match(r"\d{4}-\d{2}", day) else None


class Views:
    def __init__(self, store: Store, memo: dict | None = None):
        self.store = store
        self.con = store.con
        self.memo = memo if memo is not None else {}

    def _q(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    # --- whole-store maps, memoised per snapshot ---------------------------------------------------------------
    def copies(self) -> dict[str, str]:
        """copy article id -> its original (the earliest member of its near-duplicate group)."""
        if "copies" not in self.memo:
            from newsdesk import dedup

            order = [r[0] for r in self._q("SELECT id FROM articles ORDER BY seq")]
            out = {}
            for g in dedup.groups(self._q("SELECT a, b, similarity FROM dup_pairs"), order):
                out.update({m: g.canonical for m in g.members if m != g.canonical})
            self.memo["copies"] = out
        return self.memo["copies"]

    def _refs(self, ids: Sequence[str]) -> dict[str, tuple]:
        return self.store.article_refs(list(ids))

    # --- events ------------------------------------------------------------------------------------------------
    def _summary(self, eid, title, date, place, sid, members: list[str], refs: dict[str, tuple]) -> dict:
        copies = self.copies()
        members = [a for a in members if a in refs]
        originals = [a for a in members if a not in copies]
        return {
            "id": eid, "date": date, "title": title or "", "place": place, "storyline": sid,
            "article_count": len(members),
            "source_count": len({refs[a][1] or a for a in originals}),
            "articles": [{"id": a, "external_id": refs[a][0], "source": refs[a][1], "url": refs[a][2],
                          "published": refs[a][3], "copy_of": copies.get(a)} for a in members],
        }

    def _summaries(self, rows: Sequence[tuple]) -> list[dict]:
        """(id, title, date, place, storyline) rows -> CLI event summaries, members in ingest order."""
        ids = [r[0] for r in rows]
        members: dict[str, list[str]] = defaultdict(list)
        for eid, aid in self._q("SELECT ea.event_id, ea.article_id FROM event_articles ea JOIN articles a ON "
                                "a.id = ea.article_id WHERE ea.event_id IN (SELECT unnest(?)) ORDER BY a.seq",
                                [ids]):
            members[eid].append(aid)
        refs = self._refs([a for m in members.values() for a in m])
        return [self._summary(*r[:5], members[r[0]], refs) for r in rows]

    @staticmethod
    def _filter_sql(f: Filters, article: str) -> tuple[list[str], list]:
        """WHERE pieces over an articles alias `article` (a row or an EXISTS over an event's articles)."""
        where, params = [], []
        if f.source:
            where.append(f"lower({article}.source) = lower(?)")
            params.append(f.source)
        if f.entity:
            where.append(f"EXISTS (SELECT 1 FROM mentions m JOIN entities n ON n.id = m.entity_id WHERE "
                         f"m.article_id = {article}.id AND (n.id = ? OR lower(n.name) = lower(?)))")
            params += [f.entity, f.entity]
        if f.country:
            where.append(f"(EXISTS (SELECT 1 FROM mentions m JOIN entities n ON n.id = m.entity_id WHERE "
                         f"m.article_id = {article}.id AND (upper(n.country_code) = upper(?) OR "
                         f"lower(n.country) = lower(?))) OR EXISTS (SELECT 1 FROM records r WHERE r.article_id = "
                         f"{article}.id AND (lower(r.actor_country) = lower(?) OR lower(r.target_country) = "
                         f"lower(?))))")
            params += [f.country] * 4
        if f.action:
            where.append(f"EXISTS (SELECT 1 FROM records r WHERE r.article_id = {article}.id AND "
                         f"upper(r.action) = upper(?))")
            params.append(f.action)
        if f.q:
            where.append(f"(contains(lower(coalesce({article}.title, '')), lower(?)) OR "
                         f"contains(lower({article}.text), lower(?)))")
            params += [f.q, f.q]
        return where, params

    def events(self, f: Filters = Filters(), *, limit: int = 50, after: list | None = None) -> Page:
        """Events, newest first (by date, else first seen; then id)."""
        key = "coalesce(e.date, e.first_seen, '')"
        where, params = [], []
        if f.since:
            where.append(f"{key} >= ?")
            params.append(f.since)
        if f.until:
            where.append(f"{key} <> '' AND {key} <= ?")
            params.append(f.until + "\uffff")
        art_where, art_params = self._filter_sql(f, "a")
        if art_where:
            where.append("EXISTS (SELECT 1 FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
                         "WHERE ea.event_id = e.id AND " + " AND ".join(art_where) + ")")
            params += art_params
        if f.q:  # the event's own title matches too
            where[-1] = f"({where[-1]} OR contains(lower(coalesce(e.title, '')), lower(?)))"
            params.append(f.q)
        if after:
            where.append(f"({key} < ? OR ({key} = ? AND e.id > ?))")
            params += [after[0], after[0], after[1]]
        sql = (f"SELECT e.id, e.title, e.date, e.place, e.storyline_id, {key} FROM events e"
               + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {key} DESC, e.id LIMIT ?")
        rows = self._q(sql, [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(self._summaries(rows), [rows[-1][5], rows[-1][0]] if more and rows else None)

    def _event_row(self, key: str) -> tuple:
        rows = self._q("SELECT id, title, date, place, storyline_id FROM events WHERE id = ?", [key])
        if not rows:
            raise NotFound(f"no event with id {key!r}")
        return rows[0]

    def event(self, key: str) -> dict:
        """The CLI's `event ID --json` plus `outlets` (originals with their syndicated copies folded under them,
        earliest first; `first` marks who reported first), `evidence` (each record's sentence located in its
        articles' text) and `contradictions` between outlets."""
        from newsdesk import coding, contradictions, entities

        row = self._event_row(key)
        out = self._summaries([row])[0]
        ids = [a["id"] for a in out["articles"]]
        arts = {a.id: a for a in self.store.articles(ids=ids)}
        mentions = self.store.mentions(ids)
        ents = self._entities_by_id(sorted({m.entity_id for m in mentions}))
        out["participants"] = [_participant(p) for p in entities.participants(ents, mentions, ids)]
        by_article = self.store.records_by_article(ids)
        merged = coding.merge([r for a in sorted(by_article) for r in by_article[a]], row[0])
        out["records"] = [_record(r) for r in merged]
        out["passages"] = self.passages(ids)
        copies = self.copies()
        originals = [a for a in out["articles"] if not a["copy_of"]]
        days = [a["published"] for a in originals if a["published"]]
        first_day = min(days) if days else None
        outlets = []
        for a in sorted(originals, key=lambda a: (a["published"] or "9999", ids.index(a["id"]))):
            outlets.append({**a, "title": arts[a["id"]].title if a["id"] in arts else None,
                            "first": first_day is not None and a["published"] == first_day,
                            "copies": [c for c in out["articles"] if c["copy_of"] == a["id"]]})
        orphans = [c for c in out["articles"] if c["copy_of"] and c["copy_of"] not in {o["id"] for o in outlets}]
        for c in orphans:  # a copy whose original sits in another event: listed on its own
            outlets.append({**c, "title": arts[c["id"]].title if c["id"] in arts else None, "first": False,
                            "copies": []})
        out["outlets"] = outlets
        evidence = []
        for r in merged:
            for aid in r.sources:
                span = _span_of(arts[aid].text, r.evidence) if aid in arts else None
                if span:
                    evidence.append({"record": r.id, "article": aid, "start": span[0], "end": span[1]})
                    break
        out["evidence"] = evidence
        found = contradictions.find([arts[a] for a in ids if a in arts and a not in copies], by_article)
        out["contradictions"] = [{
            "kind": c.kind, "what": c.what,
            "claims": [{"article": x.article_id, "source": arts[x.article_id].source, "value": x.value,
                        "sentence": x.sentence} for x in (c.a, c.b)]} for c in found]
        return out

    def _entities_by_id(self, ids: Sequence[str]) -> list:
        """Entity objects for these ids, without their article lists (Store.entities reads every mention to
        fill those; participants() does not need them)."""
        from newsdesk.model import Entity

        return [Entity(eid, name, typ, tuple(al or ()), tuple(ti or ()), tuple(ro or ()), c, cc)
                for eid, name, typ, al, ti, ro, c, cc in self._q(
                    "SELECT id, name, type, aliases, titles, roles, country, country_code FROM entities WHERE id IN "
                    "(SELECT unnest(?)) ORDER BY id", [list(ids)])]

    def passages(self, article_ids: Sequence[str]) -> list[dict]:
        """Re-used passages touching these articles (text shared by >= 2 articles; a copy counts once)."""
        from newsdesk import dedup

        rows = self._q("SELECT hash, article_id, start_char, end_char FROM passage_spans WHERE hash IN ("
                       "SELECT hash FROM passage_spans WHERE article_id IN (SELECT unnest(?)) INTERSECT "
                       "SELECT hash FROM passage_spans GROUP BY hash HAVING count(DISTINCT article_id) >= 2)",
                       [list(article_ids)])
        if not rows:
            return []
        texts = {a.id: a.text for a in self.store.articles(ids=sorted({r[1] for r in rows}))}
        return [{"id": p.id, "text": p.text, "spans": [{"article": a, "start": s, "end": e} for a, s, e in p.spans]}
                for p in dedup.passages_from_rows(rows, texts, canonical=self.copies())]

    # --- articles ----------------------------------------------------------------------------------------------
    def articles(self, f: Filters = Filters(), *, limit: int = 50, after: list | None = None) -> Page:
        """Articles, latest ingested first (keyset: ingest sequence)."""
        where, params = self._filter_sql(f, "a")
        if f.since:
            where.append("a.published >= ?")
            params.append(f.since)
        if f.until:
            where.append("a.published <= ?")
            params.append(f.until + "\uffff")
        if after:
            where.append("a.seq < ?")
            params.append(int(after[0]))
        cols = ", ".join(f"a.{c}" for c in ARTICLE_COLUMNS)
        rows = self._q(f"SELECT {cols}, a.seq FROM articles a" + (" WHERE " + " AND ".join(where) if where else "")
                       + " ORDER BY a.seq DESC LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page([to_json(Store._article(r[:-1])) for r in rows], [rows[-1][-1]] if more and rows else None)

    def articles_by_id(self, ids: Sequence[str]) -> dict[str, dict]:
        """id -> article JSON (`show ID --json` keys), in one query."""
        return {a.id: to_json(a) for a in self.store.articles(ids=list(ids))}

    def article(self, key: str) -> dict:
        """The CLI's `show ID --json` plus `event` (its event's id, date and title, or null) and `copy_of`."""
        a = self.store.find_article(key)
        if a is None:
            raise NotFound(f"no article with id or external id {key!r}")
        out = to_json(a)
        ev = self._q("SELECT e.id, e.date, e.title, e.place FROM event_articles ea JOIN events e ON "
                     "e.id = ea.event_id WHERE ea.article_id = ?", [a.id])
        out["event"] = dict(zip(("id", "date", "title", "place"), ev[0], strict=True)) if ev else None
        out["copy_of"] = self.copies().get(a.id)
        return out

    # --- storylines --------------------------------------------------------------------------------------------
    def _storyline(self, sid: str, title: str) -> dict:
        timeline = [{"event": eid, "date": date, "title": t, "articles": n} for eid, date, t, n in self._q(
            "SELECT se.event_id, e.date, e.title, (SELECT count(*) FROM event_articles ea WHERE ea.event_id = "
            "e.id) FROM storyline_events se JOIN events e ON e.id = se.event_id WHERE se.storyline_id = ? "
            "ORDER BY se.pos", [sid])]
        return {"id": sid, "title": title or "", "events": len(timeline), "timeline": timeline}

    def storylines(self, *, limit: int = 50, after: list | None = None, q: str | None = None) -> Page:
        where, params = [], []
        if q:
            where.append("contains(lower(coalesce(title, '')), lower(?))")
            params.append(q)
        if after:
            where.append("id > ?")
            params.append(after[0])
        rows = self._q("SELECT id, title FROM storylines" + (" WHERE " + " AND ".join(where) if where else "")
                       + " ORDER BY id LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page([self._storyline(*r) for r in rows], [rows[-1][0]] if more and rows else None)

    def storyline(self, key: str) -> dict:
        rows = self._q("SELECT id, title FROM storylines WHERE id = ?", [key])
        if not rows:
            raise NotFound(f"no storyline with id {key!r}")
        out = self._storyline(*rows[0])
        places = dict(self._q("SELECT id, place FROM events WHERE id IN (SELECT unnest(?))",
                              [[t["event"] for t in out["timeline"]]]))
        for t in out["timeline"]:
            t["place"] = places.get(t["event"])
        return out

    # --- entities ----------------------------------------------------------------------------------------------
    # one entity's article count as a correlated subquery (index mentions_entity): lookups by name touch only the
    # matching rows instead of aggregating every mention
    _ONE_SQL = ("SELECT n.id, n.name, n.type, n.aliases, n.titles, n.roles, n.country, n.country_code, "
                "(SELECT count(DISTINCT m.article_id) FROM mentions m WHERE m.entity_id = n.id) AS n FROM entities n")
    _ENTITY_SQL = ("SELECT n.id, n.name, n.type, n.aliases, n.titles, n.roles, n.country, n.country_code, "
                   "coalesce(c.n, 0) AS n FROM entities n LEFT JOIN (SELECT entity_id, count(DISTINCT article_id) "
                   "AS n FROM mentions GROUP BY entity_id) c ON c.entity_id = n.id")

    def entities(self, *, limit: int = 50, after: list | None = None, q: str | None = None,
                 type: str | None = None, country: str | None = None) -> Page:
        """Entities by number of articles (most first), then name and id: the CLI's order."""
        where, params = [], []
        if q:
            where.append("(contains(lower(n.name), lower(?)) OR EXISTS (SELECT 1 FROM unnest(n.aliases) AS t(x) "
                         "WHERE contains(lower(t.x), lower(?))))")
            params += [q, q]
        if type:
            where.append("upper(n.type) = upper(?)")
            params.append(type)
        if country:
            where.append("(upper(n.country_code) = upper(?) OR lower(n.country) = lower(?))")
            params += [country, country]
        if after:
            where.append("(coalesce(c.n, 0) < ? OR (coalesce(c.n, 0) = ? AND (n.name > ? OR (n.name = ? AND "
                         "n.id > ?))))")
            params += [int(after[0]), int(after[0]), after[1], after[1], after[2]]
        rows = self._q(self._ENTITY_SQL + (" WHERE " + " AND ".join(where) if where else "")
                       + " ORDER BY n DESC, n.name, n.id LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page([_entity(r) for r in rows], [rows[-1][8], rows[-1][1], rows[-1][0]] if more and rows else None)

    def find_entity(self, name: str) -> dict:
        """By id, exact name, alias, else every word of the query in a name or alias (ambiguity is an error
        listing the candidates): the CLI's `entity NAME` rule."""
        rows = self._q(self._ONE_SQL + " WHERE n.id = ? OR lower(n.name) = lower(?) ORDER BY n DESC, n.id",
                       [name, name])
        if not rows:
            rows = self._q(self._ONE_SQL + " WHERE EXISTS (SELECT 1 FROM unnest(n.aliases) AS t(x) WHERE "
                           "lower(t.x) = lower(?)) ORDER BY n DESC, n.id", [name])
        if not rows:
            words = set(re.findall(r"\w+", name.casefold()))
            if not words:
                raise NotFound(f"no entity named {name!r}")
            cands = [r for r in self._q(self._ONE_SQL + " WHERE " + " AND ".join(
                "contains(lower(n.name || ' ' || array_to_string(coalesce(n.aliases, []), ' ')), ?)"
                for _ in words) + " ORDER BY n DESC, n.name", sorted(words))
                if any(words <= set(re.findall(r"\w+", x.casefold())) for x in (r[1], *(r[3] or ())))]
            if len(cands) > 1:
                raise NotFound(f"{name!r} matches {len(cands)} entities: "
                               + "; ".join(f"{r[1]} ({r[2]})" for r in cands[:8]))
            rows = cands
        if not rows:
            raise NotFound(f"no entity named {name!r}")
        return _entity(rows[0])

    def _entity_events(self, eid: str) -> list[tuple]:
        return self._q("SELECT DISTINCT e.id, e.date, e.title, e.place FROM mentions m JOIN event_articles ea ON "
                       "ea.article_id = m.article_id JOIN events e ON e.id = ea.event_id WHERE m.entity_id = ? "
                       "ORDER BY coalesce(e.date, '9999'), e.id", [eid])

    def entity(self, name: str) -> dict:
        """The CLI's `entity NAME --json` (+ `events`) plus `timeline` (events per month), `counterparts` (who
        takes part in the same events, with their countries; people first) and `country_evidence` (the sentence that gives
        the country: a record naming the entity with a country, else a mention's sentence naming it)."""
        out = self.find_entity(name)
        evs = self._entity_events(out["id"])
        out["events"] = [{"id": i, "date": d, "title": t, "place": p} for i, d, t, p in evs]
        months = Counter(m for m in (_month(e[1]) for e in evs) if m)
        out["timeline"] = [{"month": m, "events": n} for m, n in sorted(months.items())]
        out["counterparts"] = [
            {"id": i, "name": n, "type": t, "country": c, "country_code": cc, "events": k}
            for i, n, t, c, cc, k in self._q(
                "WITH mine AS (SELECT DISTINCT ea.event_id FROM mentions m JOIN event_articles ea ON "
                "ea.article_id = m.article_id WHERE m.entity_id = ?) "
                "SELECT n.id, n.name, n.type, n.country, n.country_code, count(DISTINCT ea.event_id) AS k "
                "FROM mine JOIN event_articles ea ON ea.event_id = mine.event_id JOIN mentions m ON "
                "m.article_id = ea.article_id JOIN entities n ON n.id = m.entity_id WHERE n.id <> ? AND "
                "n.type IN ('PERSON', 'ORG') GROUP BY n.id, n.name, n.type, n.country, n.country_code "
                "ORDER BY n.type = 'PERSON' DESC, k DESC, n.name LIMIT 20",
                [out["id"], out["id"]])]
        out["country_evidence"] = self._country_evidence(out) if out["country"] else None
        return out

    def _country_evidence(self, ent: dict) -> dict | None:
        names = [ent["name"], *ent["aliases"]]
        rows = self._q("SELECT r.article_id, r.evidence, r.actor_country, r.target_country, r.actor, r.target "
                       "FROM records r WHERE (list_contains(?, r.actor) AND r.actor_country = ?) OR "
                       "(list_contains(?, r.target) AND r.target_country = ?) ORDER BY r.article_id, r.id LIMIT 1",
                       [names, ent["country"], names, ent["country"]])
        if rows:
            return {"article": rows[0][0], "sentence": rows[0][1], "from": "record"}
        country = (ent["country"] or "").casefold()
        stem = country[:max(4, len(country) - 2)]  # "India" / "Indian", "Russia" / "Russian"
        for aid, text, start, end in self._q(
                "SELECT m.article_id, a.text, m.start_char, m.end_char FROM mentions m JOIN articles a ON "
                "a.id = m.article_id WHERE m.entity_id = ? ORDER BY a.seq, m.start_char LIMIT 200", [ent["id"]]):
            lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
            hi = min((i for i in (text.find(".", end), text.find("\n", end)) if i >= 0), default=len(text))
            sent = text[lo:hi + 1].strip()
            if stem and stem in sent.casefold():
                return {"article": aid, "sentence": sent, "from": "mention"}
        return None

    # --- pairs -------------------------------------------------------------------------------------------------
    def pairs(self, a: str, b: str) -> dict:
        """Every event in which both entities take part (mentioned in its articles), dated and placed, with
        the records that join them and the sentences that name both; plus every record with one as actor and
        the other as target (either way round)."""
        ea, eb = self.find_entity(a), self.find_entity(b)
        if ea["id"] == eb["id"]:
            raise NotFound(f"{a!r} and {b!r} are the same entity ({ea['name']})")
        names_a = {x.casefold() for x in (ea["name"], *ea["aliases"])}
        names_b = {x.casefold() for x in (eb["name"], *eb["aliases"])}
        evs = self._q(
            "SELECT e.id, e.date, e.title, e.place FROM events e WHERE EXISTS (SELECT 1 FROM event_articles ea "
            "JOIN mentions m ON m.article_id = ea.article_id WHERE ea.event_id = e.id AND m.entity_id = ?) AND "
            "EXISTS (SELECT 1 FROM event_articles ea JOIN mentions m ON m.article_id = ea.article_id WHERE "
            "ea.event_id = e.id AND m.entity_id = ?) ORDER BY coalesce(e.date, '9999'), e.id", [ea["id"], eb["id"]])
        ids = [e[0] for e in evs]
        arts = defaultdict(list)
        for eid, aid in self._q("SELECT ea.event_id, ea.article_id FROM event_articles ea JOIN articles a ON "
                                "a.id = ea.article_id WHERE ea.event_id IN (SELECT unnest(?)) ORDER BY a.seq",
                                [ids]):
            arts[eid].append(aid)
        refs = self._refs([x for v in arts.values() for x in v])

        def joins(r) -> bool:
            x, y = (r.actor or "").casefold(), (r.target or "").casefold()
            return x in names_a and y in names_b or x in names_b and y in names_a

        recs = self.store.records_by_article([x for v in arts.values() for x in v])
        sents = self._both_sentences(ea["id"], eb["id"], [x for v in arts.values() for x in v])
        events = []
        for eid, date, title, place in evs:
            rs = [(aid, r) for aid in arts[eid] for r in recs.get(aid, ()) if joins(r)]
            ev = [{"article": aid, "source": refs[aid][1], "sentence": s} for aid in arts[eid]
                  for s in sents.get(aid, ())[:1]]
            events.append({"id": eid, "date": date, "title": title, "place": place,
                           "records": [{**_record(r), "article": aid, "source": refs[aid][1]} for aid, r in rs],
                           "evidence": ev[:3]})
        records = []
        for aid, date, place, action, actor, target, evidence, rid in self._q(
                "SELECT r.article_id, r.date, r.place, r.action, r.actor, r.target, r.evidence, r.id FROM records "
                "r JOIN articles a ON a.id = r.article_id WHERE (list_contains(?, lower(r.actor)) AND "
                "list_contains(?, lower(r.target))) OR (list_contains(?, lower(r.actor)) AND "
                "list_contains(?, lower(r.target))) ORDER BY coalesce(r.date, a.published, '9999'), a.seq, r.id",
                [sorted(names_a), sorted(names_b), sorted(names_b), sorted(names_a)]):
            records.append({"id": rid, "article": aid, "date": date, "place": place, "action": action,
                            "actor": actor, "target": target, "evidence": evidence})
        return {"a": ea, "b": eb, "events": events, "records": records}

    def _both_sentences(self, a: str, b: str, article_ids: Sequence[str]) -> dict[str, list[str]]:
        """article id -> the sentences that mention both entities."""
        out: dict[str, list[str]] = defaultdict(list)
        rows = self._q("SELECT m.article_id, m.entity_id, m.start_char, m.end_char FROM mentions m WHERE "
                       "m.entity_id IN (?, ?) AND m.article_id IN (SELECT unnest(?)) ORDER BY m.article_id, "
                       "m.start_char", [a, b, list(article_ids)])
        by_art: dict[str, list[tuple]] = defaultdict(list)
        for aid, eid, s, e in rows:
            by_art[aid].append((eid, s, e))
        texts = {x.id: x.text for x in self.store.articles(ids=sorted(by_art))} if by_art else {}
        from newsdesk import dedup

        for aid, ms in by_art.items():
            text = texts.get(aid, "")
            for lo, hi in dedup.sentences(text):
                inside = {eid for eid, s, _e in ms if lo <= s < hi}
                if inside >= {a, b}:
                    out[aid].append(text[lo:hi])
        return out

    # --- sources -----------------------------------------------------------------------------------------------
    _SOURCE_SQL = ("SELECT coalesce(a.source, '') AS name, count(*) AS articles, count(DISTINCT ea.event_id) AS "
                   "events, min(a.published) AS first, max(a.published) AS last FROM articles a LEFT JOIN "
                   "event_articles ea ON ea.article_id = a.id")

    def sources(self, *, limit: int = 50, after: list | None = None, q: str | None = None) -> Page:
        where, params = [], []
        if q:
            where.append("contains(lower(coalesce(a.source, '')), lower(?))")
            params.append(q)
        having = ""
        if after:
            having = " HAVING coalesce(a.source, '') > ?"
            params.append(after[0])
        rows = self._q(self._SOURCE_SQL + (" WHERE " + " AND ".join(where) if where else "")
                       + " GROUP BY 1" + having + " ORDER BY 1 LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        keys = ("name", "articles", "events", "first", "last")
        return Page([dict(zip(keys, r, strict=True)) for r in rows], [rows[-1][0]] if more and rows else None)

    def source(self, name: str) -> dict:
        rows = self._q(self._SOURCE_SQL + " WHERE coalesce(a.source, '') = ? GROUP BY 1", [name])
        if not rows:
            raise NotFound(f"no source named {name!r}")
        out = dict(zip(("name", "articles", "events", "first", "last"), rows[0], strict=True))
        out["timeline"] = [{"month": m, "articles": n, "events": k} for m, n, k in self._q(
            "SELECT substr(a.published, 1, 7) AS m, count(*), count(DISTINCT ea.event_id) FROM articles a LEFT "
            "JOIN event_articles ea ON ea.article_id = a.id WHERE coalesce(a.source, '') = ? AND a.published IS "
            "NOT NULL GROUP BY 1 ORDER BY 1", [name])]
        return out

    # --- home --------------------------------------------------------------------------------------------------
    def counts(self) -> dict:
        (n,) = self._q("SELECT count(*) FROM articles")
        out = {"articles": n[0]}
        for t in ("events", "storylines", "entities", "records"):
            out[t] = self._q(f"SELECT count(*) FROM {t}")[0][0]  # table names are literals above
        out["sources"] = self._q("SELECT count(DISTINCT coalesce(source, '')) FROM articles")[0][0]
        return out

    def busiest_event(self) -> str | None:
        rows = self._q("SELECT event_id FROM event_articles GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")
        return rows[0][0] if rows else None
