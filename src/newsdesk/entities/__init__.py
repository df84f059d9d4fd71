"""Entities: in-article mention resolution, corpus-wide canonical entities, countries from context.

Modules: `normalise` (titles, roles, name keys), `context` (titles, offices, countries around a mention and from
the article), `people` (PERSON span fixes, dictionary prior), `mentions` (one ArticleEntity per distinct entity of an
article), `resolve` (corpus entities, participants), `countries` (names, aliases, demonyms -> ISO codes).
This file only re-exports the public API.
"""

from newsdesk.entities.mentions import mentions
from newsdesk.entities.normalise import country, person_key, skeleton
from newsdesk.entities.resolve import link_records, participants, resolve
from newsdesk.model import ArticleEntity

__all__ = ["ArticleEntity", "country", "link_records", "mentions", "participants", "person_key", "resolve",
           "skeleton"]
