"""When and where: relative-date resolution against the article's day, wire datelines, and an event's consensus
date and place from its records.

`resolve_relative` handles weekdays, yesterday/today, "N days ago", last/this/next week/month/year and
month-day expressions against the article's publication day (dateparser only as a fallback).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from newsdesk import model
from newsdesk.model import iso_day
from newsdesk.settings import EVENT_DATE_MAX_LEAD_DAYS

__all__ = ["DATELINE", "EXPLICIT_DATE", "ISO", "dateline", "event_when_where", "mode", "resolve_relative"]


@lru_cache(maxsize=1)
def _weekdays() -> dict[str, int]:
    return {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                        "sunday"])}


_MONTHS = {m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                           "august", "september", "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a": 1, "an": 1}
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def _closest_year(month: int, day: int | None, anchor: dt.date) -> int:
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            d = dt.date(y, month, day or 15)
        except ValueError:
            continue
        # news reports mostly look back: a date up to ~10 months back beats one 2+ months ahead
        dist = (anchor - d).days if d <= anchor else (d - anchor).days * 5
        if best is None or dist < best[0]:
            best = (dist, y)
    return best[1] if best else anchor.year


def resolve_relative(expr: str, anchor_day: str) -> str | None:
    """Resolve a date expression against an ISO anchor day; ISO day, or "YYYY-MM"/"YYYY" when coarser.

    Weekdays: "on Friday" is the latest Friday on or before the anchor ("next Friday": after it, "last Friday":
    strictly before). "yesterday" -1, "today"/"tonight" 0, "N days/weeks ago", "last/this/next week|month|year",
    "March 3" / "3 March" (year: the one nearest the anchor, looking back), "in 2019", ISO dates.
    Returns None for text it cannot resolve (never raises).
    """
    anchor = iso_day(anchor_day)
    if not isinstance(expr, str) or anchor is None:
        return None
    s = re.sub(r"[\s\u00a0]+", " ", expr.strip().lower()).strip(" .,;:()")
    s = re.sub(r"^(?:on|by|from|since|until|as of|at|in|during|earlier|late|early|the)\s+", "", s)
    s = re.sub(r"^(?:on|the)\s+", "", s)
    s = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", s) if s not in {"last night"} else s
    if not s or len(s) > 60:
        return None
    try:
        return _resolve(s, anchor)
    except (ValueError, OverflowError):
        return None


def _resolve(s: str, anchor: dt.date) -> str | None:
    iso = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", s)
    if iso:
        return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
    if s in {"today", "tonight", "this", "now", "this week"} or s.startswith("today"):
        return anchor.isoformat() if s != "this week" else None
    if s in {"yesterday", "last night"} or s.startswith("yesterday"):
        return (anchor - dt.timedelta(days=1)).isoformat()
    if s == "the day before yesterday" or s == "day before yesterday":
        return (anchor - dt.timedelta(days=2)).isoformat()
    if s.startswith("tomorrow"):
        return (anchor + dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(r"(last|this|next|this past|this coming|past)?\s*(monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)", s)
    if m:
        wd = _weekdays()[m.group(2)]
        back = (anchor.weekday() - wd) % 7
        mod = m.group(1) or ""
        if mod in {"next", "this coming"}:
            fwd = (wd - anchor.weekday()) % 7 or 7
            return (anchor + dt.timedelta(days=fwd)).isoformat()
        if mod in {"last", "this past", "past"} and back == 0:
            back = 7
        return (anchor - dt.timedelta(days=back)).isoformat()
    m = re.fullmatch(r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an) (day|week|month|year)s? ago", s)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBER[m.group(1)]
        unit = m.group(2)
        if unit == "day":
            return (anchor - dt.timedelta(days=n)).isoformat()
        if unit == "week":
            return (anchor - dt.timedelta(days=7 * n)).isoformat()
        if unit == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 - n, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return f"{anchor.year - n:04d}"
    m = re.fullmatch(r"(last|this|next|past) (week|month|year)", s)
    if m:
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(2) == "year":
            return f"{anchor.year + step:04d}"
        if m.group(2) == "month":
            y, mo = divmod(anchor.year * 12 + anchor.month - 1 + step, 12)
            return f"{y:04d}-{mo + 1:02d}"
        return None if step == 0 else (anchor + dt.timedelta(days=7 * step)).isoformat()
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?([a-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?"
                     r"(?:,? (\d{4}))?", s) or None
    if m and m.group(1) in _MONTHS:
        mo, d = _MONTHS[m.group(1)], int(m.group(2))
        y = int(m.group(3)) if m.group(3) else _closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                     r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(2) in _MONTHS:
        mo, d = _MONTHS[m.group(2)], int(m.group(1))
        y = int(m.group(3)) if m.group(3) else _closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(1) in _MONTHS and m.group(1) not in {"may", "mar"} | ({"may"} if not m.group(2) else set()):
        mo = _MONTHS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else _closest_year(mo, None, anchor)
        return f"{y:04d}-{mo:02d}"
    m = re.fullmatch(r"(?:the )?(?:year )?((?:19|20)\d{2})", s)
    if m:
        return m.group(1)
    if re.search(r"\d", s) and re.search(r"[a-z]{3}", s):
        return _dateparser(s, anchor)
    return None


def _dateparser(s: str, anchor: dt.date) -> str | None:
    """dateparser fallback for other absolute forms ("5/3/2024"); lazy import (it loads ~0.5 s of data)."""
    import dateparser

    base = dt.datetime(anchor.year, anchor.month, anchor.day, 12)
    try:
        got = dateparser.parse(s, languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past",
                                                               "STRICT_PARSING": True})
    except Exception:  # dateparser raises assorted errors on odd text  # noqa: BLE001
        return None
    if got is None or not (1900 <= got.year <= 2100):
        return None
    return got.date().isoformat()


DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+){0,3})(?:,\s*(?P<region>[A-Z][\w.]+(?: [A-Z][\w.]+)?))?"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?))?\s*(?:\((?P<agency>[^)]{1,30})\))?\s*[-–—:]")


def dateline(text: str) -> tuple[str | None, str | None]:
    """(place, date expression) of a wire dateline: 'TOKYO, March 3 (Reuters) -' -> ('Tokyo', 'March 3')."""
    m = DATELINE.match(text[:200] if text else "")
    if not m:
        return None, None
    place = " ".join(w.capitalize() if len(w) > 2 else w for w in m.group("place").split())
    return place, m.group("date")



def mode(values: list, default=None):
    vals = [v for v in values if v]
    if not vals:
        return default
    c = Counter(vals)
    top = max(c.values())
    return min(v for v, n in c.items() if n == top)



EXPLICIT_DATE = re.compile(
    r"\b(?:yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|\d+ days? ago|last (?:week|month|year)|\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def event_when_where(articles: Sequence[model.Article], records: Sequence[model.Record]
                     ) -> tuple[str | None, str | None]:
    """An event's (date, place): the consensus of its records' explicitly dated/placed sentences, weighted by
    source articles; else the articles' datelines and most common publication day."""
    votes: Counter = Counter()
    pubs = sorted(d for d in (iso_day(a.published) for a in articles) if d)
    lo = pubs[0] - dt.timedelta(days=EVENT_DATE_MAX_LEAD_DAYS) if pubs else None
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

