"""What a page's metadata timestamp and a printed numeric date say about the local day (html.dates helpers).

- `local_days`: the other days a UTC timestamp ('2025-03-04T02:14:00Z') may be in the site's own zone, within
  HTML_UTC_LOCAL_HOURS of UTC (the evening before, '9:14 p.m. EST'; the morning after, east of Greenwich);
- `offset_stated`: whether a timestamp carries a zone offset other than UTC ('2022-05-09T21:30:00-07:00'): then its
  day is the site's local day;
- `numeric_order`: the one reading of an ambiguous numeric date ('Tue, 11/05/2024') that falls on the weekday
  written just before it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from newsdesk.dates.grammar import WEEKDAY_NAME, WEEKDAYS, valid
from newsdesk.settings import HTML_UTC_LOCAL_HOURS

_STAMP_RE = re.compile(r"^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::\d\d(?:\.\d+)?)?\s*"
                       r"(Z|UTC|GMT|[+-]\d\d:?\d\d)?\s*$", re.IGNORECASE)
_UTC_OFFSETS = {"z", "utc", "gmt", "+00:00", "-00:00", "+0000", "-0000"}


def _stamp(value: object) -> tuple[datetime, str | None] | None:
    if not isinstance(value, str) or not (m := _STAMP_RE.match(value[:64])):
        return None
    y, mo, d, hh, mm = (int(g) for g in m.groups()[:5])
    if valid(y, mo, d) is None or hh > 23 or mm > 59:
        return None
    return datetime(y, mo, d, hh, mm), (m.group(6) or None)


def local_days(value: object) -> list[str]:
    """The days other than its own that a UTC timestamp with a time of day falls on in the zones up to
    HTML_UTC_LOCAL_HOURS west or east of UTC; [] for a timestamp with another offset, none or no time."""
    got = _stamp(value)
    if got is None or got[1] is None or got[1].lower() not in _UTC_OFFSETS or not HTML_UTC_LOCAL_HOURS:
        return []
    ts, own = got[0], got[0].date()
    shift = timedelta(hours=HTML_UTC_LOCAL_HOURS)
    return sorted({d.isoformat() for d in ((ts - shift).date(), (ts + shift).date()) if d != own})


def offset_stated(value: object) -> bool:
    """Whether a timestamp names a zone offset other than UTC ('-07:00', '+0100'): its day is the local day."""
    got = _stamp(value)
    return bool(got and got[1] and got[1].lower() not in _UTC_OFFSETS)


_NUMERIC_RE = re.compile(r"^([0-3]?\d)([/.-])([0-3]?\d)\2((?:19|20)\d\d)$")
_WEEKDAY_END = re.compile(r"(?<![^\W\d_])(" + WEEKDAY_NAME + r")[,.]?\s*$", re.IGNORECASE)


def numeric_order(text: str, before: str) -> str | None:
    """The day of a numeric date `text` ('11/05/2024') whose two readings are both days, picked by the English
    weekday that `before` ends with ('Tue, '): the one reading on that weekday; None when nothing settles it."""
    m = _NUMERIC_RE.match(text.strip())
    wd = _WEEKDAY_END.search(before or "")
    if not m or not wd:
        return None
    y, a, b = int(m.group(4)), int(m.group(1)), int(m.group(3))
    readings = {valid(y, a, b), valid(y, b, a)} - {None}
    if len(readings) < 2:  # '25/05/2024', '05/05/2024': one day, the usual readers' business
        return None
    want = WEEKDAYS.get(wd.group(1).lower().rstrip("."))
    fits = {d for d in readings if date.fromisoformat(d).weekday() == want}
    return fits.pop() if len(fits) == 1 else None
