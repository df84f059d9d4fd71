"""When and where: an event's consensus date and place from its records, and the article's wire dateline.

The date grammar (month and weekday names, the DATELINE shape family) and relative-date resolution live in
`newsdesk.dates` (`dates.datelines.match_dateline`, `dates.relative.resolve_relative`, re-exported here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence

from newsdesk import model
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import MONTHS, WEEKDAY_FULL
from newsdesk.dates.relative import ISO, resolve_relative
from newsdesk.model import iso_day
from newsdesk.settings import DEFAULT, Settings

__all__ = ["EXPLICIT_DATE", "ISO", "dateline", "dateline_end", "event_when_where", "mode", "resolve_relative"]


def dateline(text: str) -> tuple[str | None, str | None]:
    """(place, date expression) of a wire dateline: 'TOKYO, March 3 (Reuters) -' -> ('Tokyo', 'March 3')."""
    m = match_dateline(text or "")
    if m is None:
        return None, None
    place = " ".join(w.capitalize() if len(w) > 2 else w for w in m.place.split())
    return place, m.date


def dateline_end(text: str) -> int:
    """Where the wire dateline opening `text` ends (0 when there is none)."""
    m = match_dateline(text or "")
    return m.end if m is not None else 0



def mode(values: list, default=None):
    vals = [v for v in values if v]
    if not vals:
        return default
    c = Counter(vals)
    top = max(c.values())
    return min(v for v, n in c.items() if n == top)



# A sentence that names its day: month names spelled out ("March", "Sept.": a bare "may" is the verb), weekdays,
# yesterday/today, "N days ago", ISO days. Names from `dates.grammar`.
_MONTH_WORDS = sorted({m for m in MONTHS if len(m) > 3 and m != "may"} | {m + "." for m in MONTHS if len(m) in (3, 4)
                                                                          and m != "may"}, key=len, reverse=True)
EXPLICIT_DATE = re.compile(
    r"\b(?:yesterday|today|tonight|" + "|".join(WEEKDAY_FULL) + "|" + "|".join(map(re.escape, _MONTH_WORDS)) +
    r"|\d+ days? ago|last (?:week|month|year)|\d{4}-\d{2}-\d{2})(?!\w)", re.IGNORECASE)


def event_when_where(articles: Sequence[model.Article], records: Sequence[model.Record],
                     settings: Settings = DEFAULT) -> tuple[str | None, str | None]:
    """An event's (date, place): the consensus of its records' explicitly dated/placed sentences, weighted by
    source articles; else the articles' datelines and most common publication day."""
    votes: Counter = Counter()
    pubs = sorted(d for d in (iso_day(a.published) for a in articles) if d)
    lo = pubs[0] - dt.timedelta(days=settings.EVENT_DATE_MAX_LEAD_DAYS) if pubs else None
    for r in records:
        if r.date and ISO.match(r.date) and len(r.date) == 10:
            day = iso_day(r.date)
            if pubs and (day is None or not lo <= day <= pubs[-1]):
                continue  # a background date, not the event's
            votes[r.date] += len(r.sources) * (2 if EXPLICIT_DATE.search(r.evidence or "") else 1)
    if votes:
        top = max(votes.values())
        date = min(d for d, n in votes.items() if n == top)
    else:
        date = mode([a.published for a in articles])
    places: Counter = Counter()
    for r in records:
        if r.place and re.search(rf"\b(?:in|at)\s+(?:the\s+)?{re.escape(r.place)}", r.evidence or ""):
            places[r.place] += len(r.sources)
    # Datelines vote too: a venue named once in a side clause ("a peacekeeping force in Gaza") must not outvote
    # the datelines of every article.
    for a in articles:
        p, _ = dateline(a.text)
        if p:
            places[p] += 1
    if not places:
        for r in records:
            if r.place:
                places[r.place] += len(r.sources)
    place = None
    if places:
        top = max(places.values())
        place = min(p for p, n in places.items() if n == top)
    return date, place

