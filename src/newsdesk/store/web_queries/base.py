"""The base of the read views: list filters and pages, the JSON shapes shared with the CLI, the store connection,
and the whole-store maps memoised per snapshot."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.store.db import Store

# the CLI's JSON shapes: the API's objects have the same keys as `--json`
from newsdesk.store.shapes import participant_json as _participant  # noqa: F401  (re-used by events/entities)
from newsdesk.store.shapes import record_json as _record  # noqa: F401


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


NO_FILTERS = Filters()


@dataclass(frozen=True, slots=True)
class Page:
    items: list
    next: list | None  # the keyset of the last item when more follow, else None


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


class Base:
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
            from newsdesk.settings import EVENT_MAX_GAP_DAYS

            rows = self._q("SELECT id, published FROM articles ORDER BY seq")
            self.memo["copies"] = dedup.copy_map(self._q("SELECT a, b, similarity FROM dup_pairs"),
                                                 [r[0] for r in rows], dict(rows), EVENT_MAX_GAP_DAYS)
        return self.memo["copies"]

    def _refs(self, ids: Sequence[str]) -> dict[str, tuple]:
        return self.store.article_refs(list(ids))

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
