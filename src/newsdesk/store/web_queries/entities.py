"""Entity views: the list, one entity (timeline, counterparts, the evidence for its country) and pairs."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.store.web_queries.base import Base, Page, _entity, _month, _record


class EntityViews(Base):
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
