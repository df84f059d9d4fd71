"""The base of the read views: list filters and pages, the JSON shapes shared with the CLI, the store connection,
and the whole-store maps memoised per snapshot."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsdesk.errors import NewsdeskError
from newsdesk.store.db import Store, evidence_from_json
from newsdesk.store.shapes import evidence_json

# the CLI's JSON shapes: the API's objects have the same keys as `--json`
from newsdesk.store.shapes import participant_json as _participant  # noqa: F401  (re-used by events/entities)
from newsdesk.store.shapes import record_json as _record  # noqa: F401
from newsdesk.store.web_queries import index


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
WORD = re.compile(r"[a-z0-9]+")  # the runs web_vocab indexes (store/web_queries/index.py)


class BadQuery(NewsdeskError):
    """A question that cannot be answered as asked (the same entity named twice for a pair): a 400, not a 404."""


@dataclass(frozen=True, slots=True)
class Page:
    items: list
    next: list | None  # the keyset of the last item when more follow, else None


def _entity(row) -> dict:
    """An entities row + its article count -> the CLI's entity JSON (`shapes.entity_json`'s keys, same order)."""
    eid, name, typ, al, ti, ro, c, cc, evidence, n = row
    return {"id": eid, "name": name, "type": typ, "aliases": list(al or ()), "titles": list(ti or ()),
            "roles": list(ro or ()), "country": c, "country_code": cc, "articles": n,
            "country_evidence": evidence_json(evidence_from_json(evidence))}


ENTITY_COLUMNS = "n.id, n.name, n.type, n.aliases, n.titles, n.roles, n.country, n.country_code, n.country_evidence"


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

    def _t(self, name: str) -> str:
        """The derived table `name` (store/web_queries/index.py), built as a TEMP table if the store lacks it."""
        have = self.memo.get("web_tables")
        if have is None or name not in have:
            self.memo["web_tables"] = index.ensure(self.con, name, have, load=lambda: index.existing(self.con))
        return name

    # --- whole-store maps, memoised per snapshot ---------------------------------------------------------------
    def copies(self) -> dict[str, str]:
        """copy article id -> its original (the earliest member of its near-duplicate group)."""
        if "copies" not in self.memo:
            self.memo["copies"] = dict(self._q(f"SELECT article_id, copy_of FROM {self._t('web_copies')}"))
        return self.memo["copies"]

    def _refs(self, ids: Sequence[str]) -> dict[str, tuple]:
        return self.store.article_refs(list(ids))

    def _filter_sql(self, f: Filters, article: str) -> tuple[list[str], list]:
        """WHERE pieces over an articles alias `article`, each a semi-join on `article`.id (an article matches when
        it meets every piece)."""
        where, params = [], []
        if f.source:
            where.append(f"lower({article}.source) = lower(?)")
            params.append(f.source)
        if f.entity:
            where.append(f"{article}.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (SELECT n.id FROM "
                         f"entities n WHERE n.id = ? OR lower(n.name) = lower(?)))")
            params += [f.entity, f.entity]
        if f.country:
            where.append(f"({article}.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN (SELECT n.id "
                         f"FROM entities n WHERE upper(n.country_code) = upper(?) OR lower(n.country) = lower(?))) OR "
                         f"{article}.id IN (SELECT r.article_id FROM records r WHERE lower(r.actor_country) = lower(?) "
                         f"OR lower(r.target_country) = lower(?)))")
            params += [f.country] * 4
        if f.action:
            where.append(f"{article}.id IN (SELECT r.article_id FROM records r WHERE upper(r.action) = upper(?))")
            params.append(f.action)
        if f.q:
            if f.q.isascii() and WORD.fullmatch(f.q.lower()):  # inside one word run: the vocabulary finds it
                where.append(f"{article}.seq IN (SELECT unnest(v.seqs) FROM {self._t('web_vocab')} v WHERE "
                             f"contains(v.word, ?))")
                params.append(f.q.lower())
            else:
                where.append(f"{article}.id IN (SELECT t.article_id FROM {self._t('web_text')} t WHERE "
                             f"contains(t.title_lc, lower(?)) OR contains(t.text_lc, lower(?)))")
                params += [f.q, f.q]
        return where, params

    # --- home --------------------------------------------------------------------------------------------------
    def counts(self) -> dict:
        """Rows per table and the number of sources (memoised: a snapshot does not change)."""
        if "counts" not in self.memo:
            row = self._q("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) "
                          "FROM storylines), (SELECT count(*) FROM entities), (SELECT count(*) FROM records), "
                          "(SELECT count(DISTINCT coalesce(source, '')) FROM articles)")[0]
            self.memo["counts"] = dict(zip(("articles", "events", "storylines", "entities", "records", "sources"),
                                           row, strict=True))
        return dict(self.memo["counts"])

    def busiest_event(self) -> str | None:
        rows = self._q(f"SELECT event_id FROM {self._t('web_events')} ORDER BY articles DESC, event_id LIMIT 1")
        return rows[0][0] if rows else None
