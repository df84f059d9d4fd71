"""Read views for the web pages, the HTTP API and the `pairs` command (WEB's section of the read module; to be
moved into `newsdesk.store.queries` once that exists).

Every function takes a `Store` and returns plain JSON-able dicts whose keys are the CLI's `--json` keys (an
event is `Engine._event_summary`'s dict, an entity `_entity`'s, an article `to_json(Article)`), plus extra keys a
page needs. Lists are paged by a keyset: `after` is the sort key of the last row of the previous page, as the
`Page.next` cursor carries it; filters are bound SQL parameters only.

`Views` memoises whole-store derived data (the syndicated-copy map, article refs) in `memo`: the web server
passes one dict per immutable snapshot, so the map is computed once per snapshot rather than once per request.
"""

from __future__ import annotations

from newsdesk.store.web_queries.articles import ArticleViews
from newsdesk.store.web_queries.base import BadQuery, Filters, Page
from newsdesk.store.web_queries.entities import EntityViews
from newsdesk.store.web_queries.events import EventViews

__all__ = ["BadQuery", "Filters", "Page", "Views"]


class Views(EventViews, EntityViews, ArticleViews):
    """Every read view over one store (and one memo dict: see the module docstring)."""
