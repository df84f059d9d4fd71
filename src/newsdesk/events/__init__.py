"""Time-aware event clustering of articles: incremental (`assign`) and from scratch (`rebuild`).

- `features`: what each article contributes (`make_doc`: content words, entity keys, numbers, time terms) and
  the pairwise similarity (`Features.sim`, `local_sim`);
- `cluster`: topic-level average link with date cannot-links, then the instance split (`cluster`, `rebuild`);
- `assign`: new articles join existing events, re-clustering only the region they touch;
- `describe`: an event's id, title, day and place.
"""

from newsdesk.events.assign import apply_changes, assign
from newsdesk.events.cluster import average_link, cluster, rebuild
from newsdesk.events.describe import TITLE_MAX_CHARS, event_id, fallback_title, make_event, strip_dateline
from newsdesk.events.features import (
    PLACE_PREFIX,
    Features,
    content_words,
    entity_key,
    entity_keys,
    local_sim,
    make_doc,
    numbers,
    time_terms,
)
from newsdesk.model import Doc, Event

__all__ = [
    "PLACE_PREFIX", "TITLE_MAX_CHARS", "Doc", "Event", "Features", "apply_changes", "assign",
    "average_link", "cluster", "content_words", "entity_key", "entity_keys", "event_id", "fallback_title",
    "local_sim", "make_doc", "make_event", "numbers", "rebuild", "strip_dateline", "time_terms",
]
