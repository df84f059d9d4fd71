"""Event and storyline views: lists with filters and keyset paging, one event with its outlets, evidence,
re-used passages and contradictions between outlets."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.store.web_queries.base import NO_FILTERS, Base, Filters, Page, _participant, _record, _span_of


class EventViews(Base):
    # --- events ------------------------------------------------------------------------------------------------
    _LIST_SQL = ("SELECT e.id, e.title, e.date, e.place, e.storyline_id, w.articles, w.sources, w.sort_key FROM "
                 "events e JOIN {web_events} w ON w.event_id = e.id")

    def _summaries(self, rows: Sequence[tuple]) -> list[dict]:
        """(id, title, date, place, storyline, articles, sources) rows -> the CLI's event summaries (members in
        ingest order, each with its original when it is a syndicated copy), every member in one query."""
        members: dict[str, list[dict]] = defaultdict(list)
        for eid, aid, ext, source, url, published, copy_of in self._q(
                f"SELECT event_id, article_id, external_id, source, url, published, copy_of FROM "
                f"{self._t('web_members')} WHERE event_id IN (SELECT unnest(?)) ORDER BY seq", [[r[0] for r in rows]]):
            members[eid].append({"id": aid, "external_id": ext, "source": source, "url": url, "published": published,
                                 "copy_of": copy_of})
        return [{"id": eid, "date": date, "title": title or "", "place": place, "storyline": sid,
                 "article_count": n, "source_count": k, "articles": members[eid]}
                for eid, title, date, place, sid, n, k, *_ in rows]

    def events(self, f: Filters = NO_FILTERS, *, limit: int = 50, after: list | None = None) -> Page:
        """Events, newest first (by date, else first seen; then id)."""
        key = "w.sort_key"
        where, params = [], []
        if f.since:
            where.append(f"{key} >= ?")
            params.append(f.since)
        if f.until:
            where.append(f"{key} <> '' AND {key} <= ?")
            params.append(f.until + "\uffff")
        art_where, art_params = self._filter_sql(f, "a")
        if art_where:
            where.append("e.id IN (SELECT ea.event_id FROM event_articles ea JOIN articles a ON a.id = ea.article_id "
                         "WHERE " + " AND ".join(art_where) + ")")
            params += art_params
        if f.q:  # the event's own title matches too
            where[-1] = f"({where[-1]} OR contains(lower(coalesce(e.title, '')), lower(?)))"
            params.append(f.q)
        if after:
            where.append(f"({key} < ? OR ({key} = ? AND e.id > ?))")
            params += [after[0], after[0], after[1]]
        sql = (self._LIST_SQL.format(web_events=self._t("web_events"))
               + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {key} DESC, e.id LIMIT ?")
        rows = self._q(sql, [*params, limit + 1])
        more = len(rows) > limit
        rows = rows[:limit]
        return Page(self._summaries(rows), [rows[-1][7], rows[-1][0]] if more and rows else None)

    def _event_row(self, key: str) -> tuple:
        rows = self._q(self._LIST_SQL.format(web_events=self._t("web_events")) + " WHERE e.id = ?", [key])
        if not rows:
            raise NotFound(f"no event with id {key!r}")
        return rows[0]

    def event(self, key: str) -> dict:
        return self._event(key)[0]

    def event_page(self, key: str) -> tuple[dict, dict[str, dict]]:
        """`event(key)` and the texts the HTML page shows: article id -> text, title, source, external id."""
        out, arts = self._event(key)
        return out, {a.id: {"text": a.text, "title": a.title, "source": a.source, "external_id": a.external_id}
                     for a in arts.values()}

    def _event(self, key: str) -> tuple[dict, dict]:
        """The CLI's `event ID --json` plus `outlets` (originals with their syndicated copies folded under them,
        earliest first; `first` marks who reported first), `evidence` (each record's sentence located in its
        articles' text) and `contradictions` between outlets."""
        from newsdesk import coding, contradictions, entities

        row = self._event_row(key)
        out = self._summaries([row])[0]
        ids = [a["id"] for a in out["articles"]]
        arts = {a.id: a for a in self.store.articles(ids=ids, raw=False)}
        mentions = self.store.mentions(ids)
        ents = self._entities_by_id(sorted({m.entity_id for m in mentions}))
        out["participants"] = [_participant(p) for p in entities.participants(ents, mentions, ids)]
        by_article = self.store.records_by_article(ids)
        merged = coding.merge([r for a in sorted(by_article) for r in by_article[a]], row[0])
        out["records"] = [_record(r) for r in merged]
        out["passages"] = self.passages(ids, {a: x.text for a, x in arts.items()})
        copies = self.copies()
        originals = [a for a in out["articles"] if not a["copy_of"]]
        days = [a["published"] for a in originals if a["published"]]
        first_day = min(days) if days else None
        outlets = []
        pos = {a: i for i, a in enumerate(ids)}
        copies_of: dict[str, list[dict]] = defaultdict(list)
        for c in out["articles"]:
            if c["copy_of"]:
                copies_of[c["copy_of"]].append(c)
        for a in sorted(originals, key=lambda a: (a["published"] or "9999", pos[a["id"]])):
            outlets.append({**a, "title": arts[a["id"]].title if a["id"] in arts else None,
                            "first": first_day is not None and a["published"] == first_day,
                            "copies": copies_of[a["id"]]})
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
        return out, arts

    def _entities_by_id(self, ids: Sequence[str]) -> list:
        """Entity objects for these ids, without their article lists (Store.entities reads every mention to
        fill those; participants() does not need them)."""
        from newsdesk.model import Entity

        return [Entity(eid, name, typ, tuple(al or ()), tuple(ti or ()), tuple(ro or ()), c, cc)
                for eid, name, typ, al, ti, ro, c, cc in self._q(
                    "SELECT id, name, type, aliases, titles, roles, country, country_code FROM entities WHERE id IN "
                    "(SELECT unnest(?)) ORDER BY id", [list(ids)])]

    def passages(self, article_ids: Sequence[str], texts: dict[str, str] | None = None) -> list[dict]:
        """Re-used passages touching these articles (text shared by >= 2 articles; a copy counts once). `texts`:
        article id -> text already at hand (the rest are read)."""
        from newsdesk import dedup

        rows = [(h, a, s, e) for h, arts, starts, ends in self._q(
                f"SELECT hash, articles, starts, ends FROM {self._t('web_passages')} WHERE hash IN (SELECT "
                f"unnest(hashes) FROM {self._t('web_article_passages')} WHERE article_id IN (SELECT unnest(?)))",
                [list(article_ids)]) for a, s, e in zip(arts, starts, ends, strict=True)]
        if not rows:
            return []
        texts = dict(texts or {})
        missing = sorted({r[1] for r in rows} - set(texts))
        if missing:
            texts.update((a.id, a.text) for a in self.store.articles(ids=missing, raw=False))
        return [{"id": p.id, "text": p.text, "spans": [{"article": a, "start": s, "end": e} for a, s, e in p.spans]}
                for p in dedup.passages_from_rows(rows, texts, canonical=self.copies())]

    # --- storylines --------------------------------------------------------------------------------------------
    def _storylines(self, rows: Sequence[tuple], *, places: bool = False) -> list[dict]:
        """(id, title) rows -> `storylines --json` objects, every timeline in one query."""
        timelines: dict[str, list[dict]] = defaultdict(list)
        for sid, eid, date, title, n, place in self._q(
                f"SELECT se.storyline_id, se.event_id, e.date, e.title, coalesce(w.articles, 0), e.place FROM "
                f"storyline_events se JOIN events e ON e.id = se.event_id LEFT JOIN {self._t('web_events')} w ON "
                f"w.event_id = e.id WHERE se.storyline_id IN (SELECT unnest(?)) ORDER BY se.storyline_id, se.pos",
                [[r[0] for r in rows]]):
            timelines[sid].append({"event": eid, "date": date, "title": title, "articles": n, "place": place})
        if not places:  # `storylines --json` timelines carry no place; one storyline's page shows it
            for t in (t for ts in timelines.values() for t in ts):
                del t["place"]
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
        return self._storylines(rows, places=True)[0]
