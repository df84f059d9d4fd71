"""What an event shows: its id, title (headline of the most central article, else the lead without its
dateline), median day and commonest place."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

import numpy as np

from newsdesk.dates import datelines
from newsdesk.events.features import PLACE_PREFIX
from newsdesk.model import Doc, Event, content_id

TITLE_MAX_CHARS = 120  # a fallback title (article without a headline) is cut at a sentence end within this
_SENT_END = re.compile(r"(?<=[a-z0-9)\"'\u201d][.!?])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|vs|No)\.)"
                       r"(?<!\b(?:Mrs|Gen|Sen|Rep|Gov|Col)\.)(?=\s+[\"'\u201c(]?[A-Z0-9]|\s*$)")



def event_id(article_ids: Iterable[str]) -> str:
    """An event's id: derived from its first (smallest) article id, so it is stable while the event grows."""
    return content_id("event", min(article_ids), prefix="ev_")


def make_event(article_ids: Iterable[str], docs: Mapping[str, Doc], id: str | None = None,
               storyline_id: str | None = None) -> Event:
    """An Event from its articles: title of the most central article, the median day, the commonest place."""
    ids = sorted(set(article_ids))
    members = [docs[i] for i in ids]
    days = sorted(d.day for d in members if d.day is not None)
    V = np.stack([d.vector.reshape(-1) for d in members])
    centre = V.mean(axis=0)
    order = sorted(range(len(members)), key=lambda k: (-float(V[k] @ centre), members[k].title is None, ids[k]))
    title = next((members[k].title for k in order if members[k].title), None)
    if not title:
        title = fallback_title(members[order[0]].text)
    places = Counter(k for d in members for k in set(d.entities) if k.startswith(PLACE_PREFIX))
    place = None
    if places:
        key = min(places, key=lambda k: (-places[k], k))
        place = _surface(key, members)
    iso = (lambda o: date.fromordinal(int(o)).isoformat()) if days else None
    return Event(
        id=id or event_id(ids),
        title=title,
        date=iso(days[(len(days) - 1) // 2]) if days else None,
        article_ids=tuple(ids),
        place=place,
        storyline_id=storyline_id,
        first_seen=iso(days[0]) if days else None,
        last_seen=iso(days[-1]) if days else None,
    )


def strip_dateline(line: str) -> str:
    """`line` without a leading wire dateline ("NEW YORK, March 13 (Market Wire Daily) — ", "WASHINGTON (AP) - ");
    unchanged when there is none or nothing would be left."""
    m = datelines.match_dateline(line)
    if not m or not line[m.end:].strip():
        return line.strip()
    return line[m.end:].strip()


def fallback_title(text: str, limit: int = TITLE_MAX_CHARS) -> str:
    """A title for an article without a headline: its first non-empty line without a dateline, cut at the
    first sentence end; longer than `limit` characters, cut at the last sentence end (else word) within it."""
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    line = " ".join(strip_dateline(line).split())
    ends = [m.end() for m in _SENT_END.finditer(line)]
    if ends and ends[0] <= limit:
        return line[:ends[0]]
    if len(line) <= limit:
        return line
    cut = line[:limit]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip(" ,;:-\u2013\u2014") + "\u2026"


def _surface(key: str, members: Sequence[Doc]) -> str:
    """A readable name for an entity key: the key's words title-cased (keys are lower-cased)."""
    return " ".join(w.capitalize() for w in key.split(":", 1)[1].split())

