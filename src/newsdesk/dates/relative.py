"""Relative and partial date expressions resolved against an anchor day (the article's publication day).

`resolve_relative("on Friday", "2024-03-08")` -> "2024-03-08". Weekdays ("on Friday": the latest Friday on or
before the anchor; "next Friday" after it, "last Friday" strictly before), yesterday/today/tomorrow, "N days/weeks/
months ago", last/this/next week/month/year, month-day expressions ("March 3" / "3 March": the year nearest the
anchor, looking back), "in 2019", ISO dates; `dateparser` (RELATIVE_BASE = anchor, PREFER_DATES_FROM past) only as
the last fallback for other absolute forms. Month and weekday names come from `dates.grammar`.
Hand-written because every rule here is one line of calendar arithmetic, and dateparser alone resolves "on
Friday" to the *next* Friday unless told otherwise and costs ~0.5 s to load.
"""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.dates.grammar import MONTHS, WEEKDAYS
from newsdesk.model import iso_day

__all__ = ["closest_year", "resolve_relative"]


_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "a": 1, "an": 1}
ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def closest_year(month: int, day: int | None, anchor: dt.date) -> int:
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
        wd = WEEKDAYS[m.group(2)]
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
    if m and m.group(1) in MONTHS:
        mo, d = MONTHS[m.group(1)], int(m.group(2))
        y = int(m.group(3)) if m.group(3) else closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?"
                     r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(2) in MONTHS:
        mo, d = MONTHS[m.group(2)], int(m.group(1))
        y = int(m.group(3)) if m.group(3) else closest_year(mo, d, anchor)
        return dt.date(y, mo, d).isoformat()
    m = re.fullmatch(r"([a-z]{3,9})\.?(?:,? (\d{4}))?", s)
    if m and m.group(1) in MONTHS and m.group(1) not in {"may", "mar"} | ({"may"} if not m.group(2) else set()):
        mo = MONTHS[m.group(1)]
        y = int(m.group(2)) if m.group(2) else closest_year(mo, None, anchor)
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
