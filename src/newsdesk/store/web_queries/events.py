"""Event and storyline views: lists with filters and keyset paging, one event with its outlets, evidence,
re-used passages and contradictions between outlets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.store.web_queries.base import NO_FILTERS, Base, Filters, Page, _participant, _record, _span_of


class EventViews(Base):
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

    def events(self, f: Filters = NO_FILTERS, *, limit: int = 50, after: list | None = None) -> Page:
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

    # --- storylines --------------------------------------------------------------------------------------------
    def _storylines(self, rows: Sequence[tuple]) -> list[dict]:
        """(id, title) rows -> `storylines --json` objects, every timeline in one query."""
        timelines: dict[str, list[dict]] = defaultdict(list)
        for sid, eid, date, title, n in self._q(
                "SELECT se.storyline_id, se.event_id, e.date, e.title, coalesce(c.n, 0) FROM storyline_events se "
                "JOIN events e ON e.id = se.event_id LEFT JOIN (SELECT event_id, count(*) AS n FROM event_articles "
                "GROUP BY event_id) c ON c.event_id = e.id WHERE se.storyline_id IN (SELECT unnest(?)) "
                "ORDER BY se.storyline_id, se.pos", [[r[0] for r in rows]]):
            timelines[sid].append({"event": eid, "date": date, "title": title, "articles": n})
        return [{"id": sid, "title": title or "", "events": len(timelines[sid]), "timeline": timelines[sid]}
                for sid, title in rows]

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
        return Page(self._storylines(rows), [rows[-1][0]] if more and rows else None)

    def storyline(self, key: str) -> dict:
        rows = self._q("SELECT id, title FROM storylines WHERE id = ?", [key])
        if not rows:
            raise NotFound(f"no storyline with id {key!r}")
        out = self._storylines(rows)[0]
        places = dict(self._q("SELECT id, place FROM events WHERE id IN (SELECT unnest(?))",
                              [[t["event"] for t in out["timeline"]]]))
        for t in out["timeline"]:
            t["place"] = places.get(t["event"])
        return out
