"""Derived tables of the read views (`web_*`): whole-store aggregates computed once per immutable snapshot.

A page must not aggregate the whole store on every request (the 10k benchmark store holds 160k passage spans, 35k
mentions and 27 MB of text): grouping the passage spans alone cost 43 ms of CPU per event page,
looking an entity up by alias 9 ms. The server builds
these tables into its private snapshot copy before the copy serves (`build_all`, called by `store.snapshot`), so a
request reads a few rows of small, pre-joined tables. Read views over a store without them (the `pairs` command, a
store opened directly) create the ones they use as TEMP tables on first use, on their own connection (`ensure`),
so the results are the same either way.

    web_copies           article_id, copy_of: syndicated copies and their original (`dedup.copy_map`, the CLI's rule)
    web_members          event_id, article_id, seq, external_id, source, url, published, copy_of: event members
    web_events           event_id, sort_key, articles, sources: the list order and the summary's counts
    web_entities         entities' columns + articles (distinct articles mentioning it), in the list's order
    web_names            entity_id, name_lc, alias: every name and alias lower-cased, for lookups by name
    web_entity_events    entity_id, event_id: who takes part in which event (mentioned in one of its articles)
    web_passages         hash, articles, starts, ends: each passage found in two or more articles, its spans
    web_article_passages article_id, hashes: the shared passages of each article
    web_text             article_id, seq, title_lc, text_lc: titles and texts lower-cased once, for `q`
    web_vocab            word, seqs: each run of [a-z0-9] in the lower-cased titles and texts, the articles (seq)
                         holding it. A query of those characters only occurs inside such runs, so the articles
                         containing it are those of the words containing it: 3 ms instead of scanning 27 MB (24 ms).
"""

from __future__ import annotations

from collections.abc import Callable

import duckdb


def _copies(con, temp: str) -> None:
    from newsdesk import dedup
    from newsdesk.settings import EVENT_MAX_GAP_DAYS

    rows = con.execute("SELECT id, published FROM articles ORDER BY seq").fetchall()
    copies = dedup.copy_map(con.execute("SELECT a, b, similarity FROM dup_pairs").fetchall(),
                            [r[0] for r in rows], dict(rows), EVENT_MAX_GAP_DAYS)
    con.execute(f"CREATE OR REPLACE {temp} TABLE web_copies AS SELECT unnest(?::VARCHAR[]) AS article_id, "
                "unnest(?::VARCHAR[]) AS copy_of", [list(copies), list(copies.values())])


_SQL = {
    "web_members": (
        "SELECT ea.event_id, a.id AS article_id, a.seq, a.external_id, a.source, a.url, a.published, c.copy_of "
        "FROM event_articles ea JOIN articles a ON a.id = ea.article_id LEFT JOIN web_copies c ON "
        "c.article_id = a.id ORDER BY ea.event_id, a.seq"),
    "web_events": (
        "SELECT e.id AS event_id, coalesce(e.date, e.first_seen, '') AS sort_key, count(m.article_id) AS articles, "
        "count(DISTINCT coalesce(nullif(m.source, ''), m.article_id)) FILTER (WHERE m.copy_of IS NULL) AS sources "
        "FROM events e LEFT JOIN web_members m ON m.event_id = e.id GROUP BY 1, 2 ORDER BY 2 DESC, 1"),
    "web_entities": (
        "SELECT n.*, coalesce(c.articles, 0) AS articles FROM entities n LEFT JOIN (SELECT entity_id, "
        "count(DISTINCT article_id) AS articles FROM mentions GROUP BY 1) c ON c.entity_id = n.id "
        "ORDER BY articles DESC, n.name, n.id"),
    "web_names": (
        "SELECT id AS entity_id, lower(name) AS name_lc, false AS alias FROM entities UNION ALL "
        "SELECT id, lower(unnest(aliases)), true FROM entities ORDER BY 2"),
    "web_entity_events": (
        "SELECT DISTINCT m.entity_id, ea.event_id FROM mentions m JOIN event_articles ea ON "
        "ea.article_id = m.article_id ORDER BY 1, 2"),
    "web_passages": (
        "SELECT hash, list(article_id ORDER BY article_id, start_char) AS articles, list(start_char ORDER BY "
        "article_id, start_char) AS starts, list(end_char ORDER BY article_id, start_char) AS ends FROM "
        "passage_spans GROUP BY hash HAVING count(DISTINCT article_id) >= 2 ORDER BY hash"),
    "web_article_passages": (
        "SELECT p.article_id, list(DISTINCT p.hash ORDER BY p.hash) AS hashes FROM passage_spans p SEMI JOIN "
        "web_passages w ON w.hash = p.hash GROUP BY 1 ORDER BY 1"),
    "web_text": (
        "SELECT id AS article_id, seq, lower(coalesce(title, '')) AS title_lc, lower(text) AS text_lc FROM articles "
        "ORDER BY seq"),
    "web_vocab": (
        "SELECT word, list(DISTINCT seq ORDER BY seq) AS seqs FROM (SELECT seq, unnest(string_split_regex(title_lc "
        "|| ' ' || text_lc, '[^a-z0-9]+')) AS word FROM web_text) WHERE word <> '' GROUP BY word ORDER BY word"),
}
NEEDS = {"web_members": ("web_copies",), "web_events": ("web_members",), "web_article_passages": ("web_passages",),
         "web_vocab": ("web_text",)}
TABLES: tuple[str, ...] = ("web_copies", *_SQL)


def _build(con, name: str, temp: str) -> None:
    if name == "web_copies":
        _copies(con, temp)
    else:
        con.execute(f"CREATE OR REPLACE {temp} TABLE {name} AS {_SQL[name]}")  # names are the literals above


def build_all(con: duckdb.DuckDBPyConnection) -> None:
    """Every derived table, stored in the database (the server's private snapshot, opened for writing)."""
    for name in TABLES:
        _build(con, name, "")


def ensure(con, name: str, have: set[str] | None, *, load: Callable[[], set[str]]) -> set[str]:
    """Make `name` (and what it is built from) readable on `con`: the stored table, else a TEMP one built now.
    `have` is the set of web_* tables known to exist (None: ask the catalog through `load`); returns it updated."""
    if have is None:
        have = load()
    if name in have:
        return have
    for dep in NEEDS.get(name, ()):
        have = ensure(con, dep, have, load=load)
    _build(con, name, "TEMP")
    return have | {name}


def existing(con) -> set[str]:
    """The web_* tables this connection sees (stored or TEMP)."""
    return {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, "
                                      "'web_')").fetchall()}
