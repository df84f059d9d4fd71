"""Article and source views."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.errors import NotFound
from newsdesk.model import to_json
from newsdesk.store.db import ARTICLE_COLUMNS, Store
from newsdesk.store.web_queries.base import NO_FILTERS, Base, Filters, Page


class ArticleViews(Base):
    # --- articles ----------------------------------------------------------------------------------------------
    def articles(self, f: Filters = NO_FILTERS, *, limit: int = 50, after: list | None = None) -> Page:
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
