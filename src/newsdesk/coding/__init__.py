"""PLOVER who-did-what-to-whom records from NER'd sentences, merged per event; relative dates; event when/where.

Modules: `lexicon` (trigger lexicon and search), `code` (records of one article), `classify` (the
sentence-embedding type check), `merge` (one event's records
across articles), `when_where` (relative dates, datelines, an event's date and place). This file only
re-exports the public API.
"""

from newsdesk.coding.classify import veto
from newsdesk.coding.code import code
from newsdesk.coding.lexicon import SYMMETRIC, VERBS
from newsdesk.coding.merge import merge
from newsdesk.coding.when_where import ISO, dateline, event_when_where, resolve_relative

__all__ = ["ISO", "SYMMETRIC", "VERBS", "code", "dateline", "event_when_where", "merge", "resolve_relative", "veto"]
