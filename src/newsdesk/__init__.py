"""newsdesk: turn piles of raw scraped news into dated, deduplicated events, entities and PLOVER records."""

__version__ = "0.1.0"
