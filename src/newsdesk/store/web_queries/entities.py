"""Entity views: the list, one entity (timeline, counterparts, the evidence for its country) and pairs."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.store.web_queries.base import ENTITY_COLUMNS, BadQuery, Base, Page, _entity, _month, _record


class EntityViews(Base):
    # --- entities ----------------------------------------------------------------------------------------------
    def _entity_sql(self) -> str:
        """Entity rows with their article counts (web_entities, computed once per snapshot)."""
        return f"SELECT {ENTITY_COLUMNS}, n.articles FROM {self._t('web_entities')} n"

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
            where.append("(n.articles < ? OR (n.articles = ? AND (n.name > ? OR (n.name = ? AND n.id > ?))))")
            params += [int(after[0]), int(after[0]), after[1], after[1], after[2]]
        rows = self._q(self._entity_sql() + (" WHERE " + " AND ".join(where) if where else "")
                       + " ORDER BY n.articles DESC, n.name, n.id LIMIT ?", [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page([_entity(r) for r in rows], [rows[-1][-1], rows[-1][1], rows[-1][0]] if more and rows else None)

    def find_entity(self, name: str) -> dict:
        """By id, exact name, alias, else every word of the query in a name or alias (ambiguity is an error
        listing the candidates): the CLI's `entity NAME` rule."""
        sql, names = self._entity_sql(), self._t("web_names")
        rows = self._q(sql + f" WHERE n.id = ? OR n.id IN (SELECT entity_id FROM {names} WHERE name_lc = lower(?) AND "
                       "NOT alias) ORDER BY n.articles DESC, n.id", [name, name])
        if not rows:
            rows = self._q(sql + f" WHERE n.id IN (SELECT entity_id FROM {names} WHERE name_lc = lower(?) AND alias) "
                           "ORDER BY n.articles DESC, n.id", [name])
        if not rows:
            words = set(re.findall(r"\w+", name.casefold()))
            if not words:
                raise NotFound(f"no entity named {name!r}")
            cands = [r for r in self._q(sql + " WHERE " + " AND ".join(
                "contains(lower(n.name || ' ' || array_to_string(coalesce(n.aliases, []), ' ')), ?)"
                for _ in words) + " ORDER BY n.articles DESC, n.name", sorted(words))
                if any(words <= set(re.findall(r"\w+", x.casefold())) for x in (r[1], *(r[3] or ())))]
            if len(cands) > 1:
                raise NotFound(f"{name!r} matches {len(cands)} entities: "
                               + "; ".join(f"{r[1]} ({r[2]})" for r in cands[:8]))
            rows = cands
        if not rows:
            raise NotFound(f"no entity named {name!r}")
        return _entity(rows[0])

    def _entity_events(self, eid: str) -> list[tuple]:
        return self._q(f"SELECT e.id, e.date, e.title, e.place FROM {self._t('web_entity_events')} x JOIN events e "
                       "ON e.id = x.event_id WHERE x.entity_id = ? ORDER BY coalesce(e.date, '9999'), e.id", [eid])

    def entity(self, name: str) -> dict:
        """The CLI's `entity NAME --json` (+ `events`) plus `timeline` (events per month), `counterparts` (who
        takes part in the same events, with their countries; people first) and `country_sentence` (the sentence
        that gives the country: a record naming the entity with that country, else the article of the stored
        `country_evidence`, else a mention's sentence naming it)."""
        out = self.find_entity(name)
        evs = self._entity_events(out["id"])
        out["events"] = [{"id": i, "date": d, "title": t, "place": p} for i, d, t, p in evs]
        months = Counter(m for m in (_month(e[1]) for e in evs) if m)
        out["timeline"] = [{"month": m, "events": n} for m, n in sorted(months.items())]
        ee = self._t("web_entity_events")
        out["counterparts"] = [
            {"id": i, "name": n, "type": t, "country": c, "country_code": cc, "events": k}
            for i, n, t, c, cc, k in self._q(
                f"SELECT n.id, n.name, n.type, n.country, n.country_code, count(*) AS k FROM {ee} x JOIN entities n "
                f"ON n.id = x.entity_id WHERE x.event_id IN (SELECT event_id FROM {ee} WHERE entity_id = ?) AND "
                f"n.id <> ? AND n.type IN ('PERSON', 'ORG') GROUP BY n.id, n.name, n.type, n.country, n.country_code "
                f"ORDER BY n.type = 'PERSON' DESC, k DESC, n.name LIMIT 20", [out["id"], out["id"]])]
        out["country_sentence"] = self._country_sentence(out) if out["country"] else None
        return out

    def _country_sentence(self, ent: dict) -> dict | None:
        names = [ent["name"], *ent["aliases"]]
        rows = self._q("SELECT r.article_id, r.evidence FROM records r WHERE (list_contains(?, r.actor) AND "
                       "r.actor_country = ?) OR (list_contains(?, r.target) AND r.target_country = ?) ORDER BY "
                       "r.article_id, r.id LIMIT 1", [names, ent["country"], names, ent["country"]])
        if rows:
            return {"article": rows[0][0], "sentence": rows[0][1], "from": "record"}
        country = (ent["country"] or "").casefold()
        stem = country[:max(4, len(country) - 2)]  # "India" / "Indian", "Russia" / "Russian"
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for aid, start, end in self._q(
                "SELECT m.article_id, m.start_char, m.end_char FROM mentions m JOIN articles a ON a.id = m.article_id "
                "WHERE m.entity_id = ? ORDER BY a.seq, m.start_char LIMIT 200", [ent["id"]]):
            spans[aid].append((start, end))
        for aid in list(spans)[:20]:  # the texts one article at a time: the first one usually has it
            text = (self._q("SELECT text FROM articles WHERE id = ?", [aid]) or [("",)])[0][0]
            for start, end in spans[aid]:
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
        the other as target (either way round). Naming the same entity twice is a `BadQuery`."""
        ea, eb = self.find_entity(a), self.find_entity(b)
        if ea["id"] == eb["id"]:
            raise BadQuery(f"{a!r} and {b!r} are the same entity ({ea['name']}, {ea['id']}): name two different "
                           "entities")
        ids = {ea["id"], eb["id"]}
        names_a = {x.casefold() for x in (ea["name"], *ea["aliases"])}
        names_b = {x.casefold() for x in (eb["name"], *eb["aliases"])}
        ee = self._t("web_entity_events")
        evs = self._q(f"SELECT e.id, e.date, e.title, e.place FROM events e WHERE e.id IN (SELECT event_id FROM {ee} "
                      f"WHERE entity_id = ?) AND e.id IN (SELECT event_id FROM {ee} WHERE entity_id = ?) ORDER BY "
                      f"coalesce(e.date, '9999'), e.id", [ea["id"], eb["id"]])
        arts: dict[str, list[str]] = defaultdict(list)
        source: dict[str, str | None] = {}
        for eid, aid, src in self._q(f"SELECT event_id, article_id, source FROM {self._t('web_members')} WHERE "
                                     f"event_id IN (SELECT unnest(?)) ORDER BY seq", [[e[0] for e in evs]]):
            arts[eid].append(aid)
            source[aid] = src

        def joins(r) -> bool:
            if r.actor_id and r.target_id:
                return {r.actor_id, r.target_id} == ids
            x, y = (r.actor or "").casefold(), (r.target or "").casefold()
            return x in names_a and y in names_b or x in names_b and y in names_a

        members = list(source)
        recs = self.store.records_by_article(members)
        both = self._both_mentioned(ea["id"], eb["id"], members)
        events = []
        texts: dict[str, str] = {}  # the first few candidates of every event in one query, more on demand
        self._texts([x for eid in arts for x in [y for y in arts[eid] if y in both][:4]], texts)
        for eid, date, title, place in evs:
            rs = [(aid, r) for aid in arts[eid] for r in recs.get(aid, ()) if joins(r)]
            ev = [{"article": aid, "source": source[aid], "sentence": s} for aid, s in self._first_sentences(
                ea["id"], eb["id"], [x for x in arts[eid] if x in both], both, texts, 3)]
            events.append({"id": eid, "date": date, "title": title, "place": place,
                           "records": [{**_record(r), "article": aid, "source": source[aid]} for aid, r in rs],
                           "evidence": ev})
        records = []
        for aid, date, place, action, actor, target, evidence, rid in self._q(
                "SELECT r.article_id, r.date, r.place, r.action, r.actor, r.target, r.evidence, r.id FROM records "
                "r JOIN articles a ON a.id = r.article_id WHERE (r.actor_id IN (?, ?) AND r.target_id IN (?, ?) AND "
                "r.actor_id <> r.target_id) OR ((r.actor_id IS NULL OR r.target_id IS NULL) AND ((list_contains(?, "
                "lower(r.actor)) AND list_contains(?, lower(r.target))) OR (list_contains(?, lower(r.actor)) AND "
                "list_contains(?, lower(r.target))))) ORDER BY coalesce(r.date, a.published, '9999'), a.seq, r.id",
                [*sorted(ids), *sorted(ids), sorted(names_a), sorted(names_b), sorted(names_b), sorted(names_a)]):
            records.append({"id": rid, "article": aid, "date": date, "place": place, "action": action,
                            "actor": actor, "target": target, "evidence": evidence})
        return {"a": ea, "b": eb, "events": events, "records": records}

    def _both_mentioned(self, a: str, b: str, article_ids: Sequence[str]) -> dict[str, list[tuple]]:
        """article id -> its mentions of `a` and `b` (entity, start, end), for the articles that mention both."""
        by_art: dict[str, list[tuple]] = defaultdict(list)
        for aid, eid, start, end in self._q(
                "SELECT m.article_id, m.entity_id, m.start_char, m.end_char FROM mentions m WHERE m.entity_id IN "
                "(?, ?) AND m.article_id IN (SELECT unnest(?)) ORDER BY m.article_id, m.start_char",
                [a, b, list(article_ids)]):
            by_art[aid].append((eid, start, end))
        return {aid: ms for aid, ms in by_art.items() if {m[0] for m in ms} >= {a, b}}

    def _texts(self, ids: Sequence[str], into: dict[str, str]) -> None:
        missing = [a for a in ids if a not in into]
        if missing:
            into.update(self._q("SELECT id, text FROM articles WHERE id IN (SELECT unnest(?))", [missing]))

    def _first_sentences(self, a: str, b: str, article_ids: Sequence[str], mentioned: dict[str, list[tuple]],
                         texts: dict[str, str], want: int) -> list[tuple[str, str]]:
        """(article, sentence) for the first `want` of these articles (in order) with a sentence that mentions
        both entities, its first such sentence. Texts come from `texts`, read a few articles at a time when
        missing, so an event with hundreds of articles costs only the few that are shown."""
        from newsdesk import dedup

        out: list[tuple[str, str]] = []
        for i in range(0, len(article_ids), 4):
            chunk = list(article_ids[i:i + 4])
            self._texts(chunk, texts)
            for aid in chunk:
                text, ms = texts.get(aid, ""), mentioned[aid]
                for lo, hi in dedup.sentences(text):
                    if {eid for eid, start, _end in ms if lo <= start < hi} >= {a, b}:
                        out.append((aid, text[lo:hi]))
                        break
                if len(out) >= want:
                    return out
        return out
