"""Stated days of an article, and the weekday / month-day rules (see the package docstring: ``day``, ``floor``,
``wday``, ``mday``): `floor_day`, `_days`, `own_monthdays`, `monthday_sets` / `monthday_apart`, `_weekdays`,
`weekday_masks` / `weekday_apart`."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

import numpy as np

from newsdesk.dates import grammar

_YESTERDAY = re.compile(r"\b(yesterday|last night)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(grammar.WEEKDAY_FULL) + r")\b", re.IGNORECASE)

# a year stated in the past or present tense of the text ("in 2008", "the 2008-09 season": its first year), not a
# house number or a clock ("2088 Philip Street", "2045 GMT"); `floor_day` drops those after a word of the future
_FLOOR_YEAR = re.compile(r"(?<![\w.,/$\u00a3\u20ac-])((?:19|20)\d\d)(?:[-/\u2013](?:\d\d|(?:19|20)\d\d))?"
                         r"(?![\w/]|\s*(?:GMT|UTC|[Hh]rs|[Hh]ours|[AaPp]\.?[Mm]\b|[A-Z][a-z]))")
_FUTURE = re.compile(r"(?i)\b(?:will|would|might|could|should|shall|through|thru|until|till|by|before|next|due|scheduled|expected|expects?|"
                     r"release|plans?|planned|set to|to be|aim(?:s|ing)?|slated|targets?|shooting for|downloaded|retrieved|"
                     r"accessed|archived)\b[^.!?\n]*$")
# ... or a year naming a thing planned years ahead: "shooting for a 2011 release date", "host of the 2016 Olympics"
_FUTURE_AFTER = re.compile(r"(?i)\s+(?:\w+\s+)?(?:release|deadline|target|launch|debut|premiere|opening|olympics|"
                           r"games|world cup|elections?|census|budget|fiscal)\b")
FUTURE_WINDOW = 80  # characters before a stated year searched for a word of the future


def floor_day(text: str) -> int | None:
    """The earliest day an undated text can have been written: the latest year (as its 1 January) or full date it
    states, unless a word of the future stands before it in its sentence ("contract through the 2009-10 season",
    "a release date of 22 November 2013", "by 2020", "shooting for a 2011 release date") or of the page's fetching ("[downloaded on 2 October 2013]"),
    or None. A report of the 2008-09 season's coach firing is from
    2008 or later, so it is no report of a firing dated 2005 (ECB+ dev: the undated reports of one topic's later
    incident state its season)."""
    best: int | None = None
    spans = [(m.start(), m.end(), date(int(m.group(1)), 1, 1).toordinal()) for m in _FLOOR_YEAR.finditer(text)]
    spans += [(s, e, date.fromisoformat(iso).toordinal()) for s, e, iso in grammar.find_dates(text)]
    for start, end, day in spans:
        if _FUTURE.search(text, max(0, start - FUTURE_WINDOW), start) or _FUTURE_AFTER.match(text, end):
            continue
        best = day if best is None else max(best, day)
    return best


RECENT_DAYS = 31  # a dated article's stated days count from this many days before its publication day to it


def _days(text: str, published: date | None) -> set[int]:
    """Days stated in the text; for a dated article only those in the RECENT_DAYS before publication (older ones
    are background: a birth date, an earlier case), for an undated one only full dates (with a year)."""
    out: set[int] = set()
    for _, _, iso in grammar.find_dates(text):
        out.add(date.fromisoformat(iso).toordinal())
    if published is not None:
        for _, _, m, d in grammar.find_yearless(text):
            y = published.year if (m, d) <= (published.month, published.day) else published.year - 1
            try:
                out.add(date(y, m, d).toordinal())
            except ValueError:  # Feb 29 of a common year
                continue
    if published is not None:
        for w in _WEEKDAY.findall(text):
            back = (published.weekday() - grammar.WEEKDAY_FULL.index(w.lower())) % 7
            out.add((published - timedelta(days=back)).toordinal())
        if _YESTERDAY.search(text):
            out.add(published.toordinal() - 1)
        p = published.toordinal()
        out = {d for d in out if p - RECENT_DAYS <= d <= p}
    return out


# not the incident's own day: a birth or an age ("born on April 22", "turns 29 on April 11"), an anniversary
_LIFE = re.compile(r"(?i)\b(?:born|birthday|turns?|turning|anniversary)\b[^.!?\n]*$")
# an earlier incident named as background in the clause before the date ("who last met on June 5", "since May 3")
_EARLIER = re.compile(r"(?i)\b(?:last|previous|previously|earlier|since|prior)\b[^.!?,;\n]*$")
# words of the future as `floor_day`'s, but "release" only as "release date": "the bulletin release Dec. 9" is past
_PLANNED = re.compile(_FUTURE.pattern.replace("release|", "release date|"))


def own_monthdays(text: str) -> set[int]:
    """Days of the year (1-365, 29 February as 28) of the month-days an undated text states as its incident's own:
    not after a word of the future or the page's fetching in their sentence, nor before a planned thing ("by Dec.
    31", "a May 9 deadline", "its Nov. 26 opening"), nor a birth or an age ("turns 29 on April 11"), nor an earlier incident named in the clause before it
    ("who last met on June 5", "since May 3": review, session 9)."""
    out = set()
    spans = [(s, e, int(iso[5:7]), int(iso[8:10])) for s, e, iso in grammar.find_dates(text)]
    for s, e, mon, day in spans + grammar.find_yearless(text):
        lo = max(0, s - FUTURE_WINDOW)
        if (_PLANNED.search(text, lo, s) or _FUTURE_AFTER.match(text, e) or _LIFE.search(text, lo, s)
                or _EARLIER.search(text, lo, s)):
            continue
        out.add(_yday(date(2000, mon, day)))
    return out


def monthday_sets(docs: Sequence) -> list[set[int]]:
    """Each doc's days of the year: an undated one's "mday" keys (`own_monthdays`), a dated one's stated days and
    publication day (its "day" keys, `_days`)."""
    out = []
    for d in docs:
        if d.day is None:
            out.append({int(v) for k, v in d.instance if k == "mday"})
        else:
            days = {int(v) for k, v in d.instance if k == "day"} | {int(d.day)}
            out.append({_yday(date.fromordinal(x)) for x in days})
    return out


def _yday(d: date) -> int:
    """The day of the year of `d`'s month and day in a common year (29 February as 28)."""
    return date(2001, d.month, min(d.day, 28) if d.month == 2 else d.day).timetuple().tm_yday


def monthday_apart(sets: Sequence[set[int]], dated: np.ndarray, share: float, tol: float) -> np.ndarray:
    """As `weekday_apart` for month-days (`monthday_sets`): an undated and a dated article whose days of the year
    are all more than `tol` days apart (circular), where the undated one misses more than `share` of the group's
    dated articles (ECB+ dev: the undated reports of the 2008 Internet Explorer patch, "on December 9", beside
    the dated reports of the 2013 one, September 17-19). One matrix product of 365-day rows, widened by `tol`."""
    n = len(sets)
    out = np.zeros((n, n), dtype=bool)
    has = np.array([bool(x) for x in sets], dtype=bool)
    ref = dated & has
    if not ref.any() or (has & ~dated).sum() == 0:
        return out
    raw = np.zeros((n, 365), dtype=np.float32)
    for i, days in enumerate(sets):
        raw[i, [d - 1 for d in days]] = 1.0
    wide = raw.copy()
    for k in (k for j in range(1, min(int(tol), 182) + 1) for k in (j, -j)):
        wide = np.maximum(wide, np.roll(raw, k, axis=1))
    miss = ((wide @ raw.T) == 0) & has[:, None] & has[None, :]
    apart = ~dated & has & (miss[:, ref].sum(axis=1) > share * ref.sum())
    out[np.ix_(apart, ref)] = miss[np.ix_(apart, ref)]
    return out | out.T


def _weekdays(text: str, published: date | None, days: set[int]) -> set[int]:
    """The weekdays (Monday 0) an article's incident can fall on: an undated article's named weekdays ("voted
    Sunday", "on Thursday"); a dated article's stated days (`_days`: weekdays resolved against the publication day,
    dates of the month before it). A dated article's publication day alone says nothing of its incident's weekday
    (reports of Tuesday's meeting come out on Wednesday without restating 'Tuesday'): counting it put an undated
    report naming the meeting's weekday apart from its own meeting's reports (review, session 9)."""
    if published is None:
        return {grammar.WEEKDAY_FULL.index(w.lower()) for w in _WEEKDAY.findall(text)}
    return {date.fromordinal(d).weekday() for d in days}


def weekday_masks(docs: Sequence) -> np.ndarray:
    """Each doc's "wday" instance keys (`instance_keys`, sorted) as a bit mask (bit k: weekday k; 0: none)."""
    out = np.zeros(len(docs), dtype=np.uint8)
    for i, d in enumerate(docs):
        at = bisect_left(d.instance, ("wday", ""))
        while at < len(d.instance) and d.instance[at][0] == "wday":
            out[i] |= np.uint8(1 << int(d.instance[at][1]))
            at += 1
    return out


def weekday_apart(masks: np.ndarray, dated: np.ndarray, share: float) -> np.ndarray:
    """Pairs (rows x rows of one topic group: `weekday_masks`, which rows are dated) of an undated and a dated
    article naming no weekday in common, where the undated one names none of the weekdays of more than `share` of
    the group's dated articles that have any. A report that its incident happened "on Thursday" is of another
    incident than reports dated and stating Tuesdays and Wednesdays; one conflicting dated report (a follow-up
    days later, a background date) is not enough, most of them are (ECB+ dev: the undated reports of 2008's
    endangered-species rule, "on Thursday", beside the dated reports of 2009's reversal. Undated x dated pairs of
    one ECB+ dev topic naming no weekday in common: P(same event) .069, 97 of 1,406; those this keeps apart at
    share .67, the topic as the group: .015, 13 of 891)."""
    has = masks > 0
    miss = ((masks[:, None] & masks[None, :]) == 0) & has[:, None] & has[None, :]
    ref = dated & has
    out = np.zeros(miss.shape, dtype=bool)
    if not ref.any():
        return out
    apart = ~dated & has & (miss[:, ref].sum(axis=1) > share * ref.sum())
    out[np.ix_(apart, ref)] = miss[np.ix_(apart, ref)]
    return out | out.T
