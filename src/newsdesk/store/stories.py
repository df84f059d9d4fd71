"""Storylines as a diff, and the stored link graph they come from (issue 12: `storylines.update`), behind the
store's typed methods (`Store.story_state`, `Store.update_storylines`, `Store.save_story_links`). Portable store
SQL (`?` parameters, id lists as `IN (SELECT unnest(?))`), so the PostgreSQL store runs it unchanged."""

from __future__ import annotations

from collections.abc import Sequence

from newsdesk.model import Storyline


class StoredLinks:
    """The stored candidate pairs of storyline linking (`storylines.LinkGraph`'s queries in SQL): an update reads
    only the pairs it needs (those of some events, those due), never the whole table."""

    _COLS = "SELECT a, b, linked, recheck FROM story_links"

    def __init__(self, store):
        self.store = store

    def _get(self, where: str, args: list) -> dict:
        return {(a, b): (bool(ok), float(r)) for a, b, ok, r in self.store.con.execute(
            f"{self._COLS} WHERE {where}", args).fetchall()}

    def touching(self, ids, *, linked_only: bool = False) -> dict:
        ids = sorted(ids)
        if not ids:
            return {}
        flag = "linked AND " if linked_only else ""
        return self._get(f"{flag}(a IN (SELECT unnest(?)) OR b IN (SELECT unnest(?)))", [ids, ids])  # one scan

    def among(self, ids) -> dict:
        ids = sorted(ids)
        return self._get("a IN (SELECT unnest(?)) AND b IN (SELECT unnest(?))", [ids, ids]) if ids else {}

    def due(self, clock: float) -> dict:
        return self._get("recheck <= ?", [float(clock)])

    def due_counts(self, clocks) -> tuple[int, list[int]]:
        if not clocks:
            return self.store.con.execute("SELECT count(*) FROM story_links").fetchone()[0], []
        row = self.store.con.execute("SELECT count(*), " + ", ".join(
            "count(*) FILTER (WHERE recheck <= ?)" for _ in clocks) + " FROM story_links",
            [float(c) for c in clocks]).fetchone()  # one scan
        return int(row[0]), [int(n) for n in row[1:]]

    def all(self) -> dict:
        return {pq: v[0] for pq, v in self._get("TRUE", []).items()}


def story_state(store, event_ids: Sequence[str]) -> dict | None:
    """See `Store.story_state`."""
    import numpy as np

    row = store.con.execute("SELECT params, clock FROM story_link_state WHERE id = 1").fetchone()
    if row is None:
        return None
    summaries = {eid: (np.frombuffer(c, dtype=np.float32) if c is not None else None, frozenset(p or ()))
                 for eid, c, p in store.con.execute(
                     "SELECT event_id, centroid, participants FROM event_summaries WHERE event_id IN (SELECT unnest(?))",
                     [sorted(event_ids)]).fetchall()}
    return {"params": row[0], "clock": row[1], "graph": StoredLinks(store), "summaries": summaries}


def update_storylines(store, storylines: Sequence[Storyline], removed: Sequence[str]) -> None:
    """See `Store.update_storylines`."""
    gone = sorted(set(removed) | {s.id for s in storylines})
    store.delete_where_in("storyline_events", "storyline_id", gone)
    store.delete_where_in("storylines", "id", gone)
    if gone:
        store.con.execute("UPDATE events SET storyline_id = NULL WHERE storyline_id IN (SELECT unnest(?))", [gone])
    _write(store, storylines)


def replace_storylines(store, storylines: Sequence[Storyline]) -> None:
    """See `Store.replace_storylines`."""
    for t in ("storyline_events", "storylines"):
        store.con.execute(f"DELETE FROM {t}")
    store.con.execute("UPDATE events SET storyline_id = NULL WHERE storyline_id IS NOT NULL")
    _write(store, storylines)


def _write(store, storylines: Sequence[Storyline]) -> None:
    store.insert("storylines", [(s.id, s.title) for s in storylines])
    store.insert("storyline_events", [(s.id, e, i) for s in storylines for i, e in enumerate(s.event_ids)])
    if storylines:  # one statement, not one per storyline
        store.con.execute(
            "UPDATE events SET storyline_id = se.storyline_id FROM storyline_events se "
            "WHERE se.event_id = events.id AND se.storyline_id IN (SELECT unnest(?))", [[s.id for s in storylines]])


def save_story_links(store, links) -> None:
    """See `Store.save_story_links`."""
    if links.full:
        store.con.execute("DELETE FROM story_links")
    elif links.drop:  # two deletes: one with `a IN .. OR b IN ..` took 2-4x as long on the 100k store's 2.3M pairs
        for col in ("a", "b"):
            store.con.execute(f"DELETE FROM story_links WHERE {col} IN (SELECT unnest(?))", [list(links.drop)])
    store.insert("story_links", [(a, b, bool(ok), float(r)) for a, b, ok, r in links.rows], replace=True)
    store.insert("story_link_state", [(1, links.params, float(links.clock))], replace=True)
