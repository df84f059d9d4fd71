"""The store's entity, mention and record tables (a part of `Store`, split out of store/db.py to keep each module
under 500 lines): typed reads and writes of model objects; `Store` supplies `con`, `insert` and `transaction`."""

from __future__ import annotations

import json
from collections.abc import Sequence

from newsdesk.model import CountryEvidence, Entity, Mention, Record


def evidence_to_json(evidence: Sequence[CountryEvidence]) -> str:
    """Entity.country_evidence as the JSON text of its column (a list of objects; the entity JSON's shape)."""
    from newsdesk.store.shapes import evidence_json

    return json.dumps(evidence_json(evidence), ensure_ascii=False)


def evidence_from_json(text: str | None) -> tuple[CountryEvidence, ...]:
    """The column back (NULL in rows written before migration 3: no evidence)."""
    return tuple(CountryEvidence(d["country_code"], d["kind"], d["text"], d.get("article"))
                 for d in json.loads(text or "[]"))


class AnalysisTables:
    """Entities, their mentions and the PLOVER records (mixed into `Store`)."""

    def entities(self, ids: Sequence[str] | None = None) -> list[Entity]:
        sql = "SELECT id, name, type, aliases, titles, roles, country, country_code, country_evidence FROM entities"
        params: list = []
        if ids is not None:
            sql += " WHERE id IN (SELECT unnest(?))"
            params.append(list(ids))
        arts: dict[str, list[str]] = {}
        q = "SELECT DISTINCT entity_id, article_id FROM mentions" + (" WHERE entity_id IN (SELECT unnest(?))"
                                                                     if ids is not None else "")
        for eid, aid in self.con.execute(q + " ORDER BY article_id", params).fetchall():  # only these entities'
            arts.setdefault(eid, []).append(aid)
        return [Entity(eid, name, typ, tuple(al or ()), tuple(ti or ()), tuple(ro or ()), c, cc,
                       tuple(arts.get(eid, ())), evidence_from_json(ev))
                for eid, name, typ, al, ti, ro, c, cc, ev in self.con.execute(sql + " ORDER BY id", params).fetchall()]

    def upsert_entities(self, entities: Sequence[Entity]) -> None:
        self.insert("entities", [(e.id, e.name, e.type, list(e.aliases), list(e.titles), list(e.roles), e.country,
                                  e.country_code, evidence_to_json(e.country_evidence)) for e in entities],
                    replace=True)

    def insert_mentions(self, mentions: Sequence[Mention]) -> None:
        self.insert("mentions", [(m.entity_id, m.article_id, m.text, m.start, m.end) for m in mentions],
                    replace=True)

    def mentions(self, article_ids: Sequence[str]) -> list[Mention]:
        rows = self.con.execute("SELECT entity_id, article_id, text, start_char, end_char FROM mentions "
                                "WHERE article_id IN (SELECT unnest(?)) ORDER BY article_id, start_char",
                                [list(article_ids)]).fetchall()
        return [Mention(*r) for r in rows]

    def insert_records(self, records: Sequence[tuple[str, Record]]) -> None:
        """(article id, record) pairs."""
        self.insert("records", [(r.id, aid, r.actor, r.actor_country, r.action, r.target, r.target_country,
                                 r.place, r.date, r.context, r.evidence, list(r.sources), r.actor_id, r.target_id,
                                 *(r.span or (None, None))) for aid, r in records],
                    replace=True)

    def records(self, article_ids: Sequence[str]) -> list[Record]:
        """The records of these articles, ordered by article id, then record id."""
        return [r for _aid, r in self._records(article_ids)]

    def records_by_article(self, article_ids: Sequence[str]) -> dict[str, list[Record]]:
        """article id -> its records (by record id), in one query; articles without records are absent."""
        out: dict[str, list[Record]] = {}
        for aid, r in self._records(article_ids):
            out.setdefault(aid, []).append(r)
        return out

    def _records(self, article_ids: Sequence[str]) -> list[tuple[str, Record]]:
        rows = self.con.execute(
            "SELECT article_id, id, actor, actor_country, action, target, target_country, place, date, context, "
            "evidence, sources, actor_id, target_id, span_start, span_end FROM records WHERE article_id IN "
            "(SELECT unnest(?)) ORDER BY article_id, id", [list(article_ids)]).fetchall()
        return [(aid, Record(rid, None, actor, ac, action, target, tc, place, date, ctx, ev, tuple(src or ()),
                             xid, yid, (s0, s1) if s0 is not None and s1 is not None else None))
                for aid, rid, actor, ac, action, target, tc, place, date, ctx, ev, src, xid, yid, s0, s1 in rows]
