"""Stamp forms of blog themes and widgets that the grammar missed (plaintext_dev: 1hundetagebuch's '31 Donnerstag Okt
2019', medialepfade's published and modified dates glued '15/01/201614/01/2016', tarnkappe's '1.11.23 20:19 von Lars
Sobiraj'): the weekday between day and month; a numeric date glued to the next numeric date; a one-digit day or month
with a two-digit year only before a time of day (a version number '1.11.23' stays no date)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.dates.grammar import find_dates, stamp_parts

WEEKDAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS_DE = ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"]


@pytest.mark.parametrize("line,day", [
    ("31 Donnerstag Okt 2019", "2019-10-31"), ("31 Thursday Oct 2019", "2019-10-31"),
    ("15/01/201614/01/2016", "2016-01-15"), ("15.01.201614.01.2016", "2016-01-15"),
    ("15/01/20161", None),  # a year glued to a digit that starts no date
])
def test_dating_full_date_forms(line, day):
    found = find_dates(line, day_first=True)
    assert (found[0][2] if found else None) == day


@pytest.mark.parametrize("line,day", [
    ("1.11.23 20:19 von Lars Sobiraj Lesezeit: 4 Min.", "2023-11-01"), ("5.3.21, 10:30 Uhr", "2021-03-05"),
    ("31.10.23", "2023-10-31"),  # two digits each: a stamp's short date with or without a time
    ("1.11.23", None), ("Version 1.11.23", None),  # a one-digit part without a time: a version number
])
def test_dating_short_numeric_stamps(line, day):
    days, _, _ = stamp_parts(line, day_first=True)
    assert (days[0] if days else None) == day


@given(st.dates(dt.date(1995, 1, 1), dt.date(2039, 12, 31)))
def test_dating_weekday_between_day_and_month_property(d):
    line = f"{d.day} {WEEKDAYS_DE[d.weekday()]} {MONTHS_DE[d.month - 1]} {d.year}"
    assert [x for _, _, x in find_dates(line)] == [d.isoformat()]


@given(st.dates(dt.date(1995, 1, 1), dt.date(2039, 12, 31)), st.dates(dt.date(1995, 1, 1), dt.date(2039, 12, 31)),
       st.sampled_from("./"))
def test_dating_glued_numeric_dates_property(a, b, sep):
    line = f"{a.day:02d}{sep}{a.month:02d}{sep}{a.year}{b.day:02d}{sep}{b.month:02d}{sep}{b.year}"
    found = find_dates(line, day_first=True)
    assert found and found[0][2] == a.isoformat()


@given(st.dates(dt.date(2000, 1, 1), dt.date(2039, 12, 31)), st.integers(0, 23), st.integers(0, 59))
def test_dating_one_digit_short_date_before_a_time_property(d, hh, mm):
    days, other, _ = stamp_parts(f"{d.day}.{d.month}.{d.year % 100:02d} {hh}:{mm:02d}", day_first=True)
    assert days == [d.isoformat()] and other == 0


@pytest.mark.parametrize("line,day_first,day", [
    ("Posted on 17-03-2021 at 4:07 pm", False, "2021-03-17"),  # day-month-year joined by hyphens (Indian sites)
    ("07-30-2008", False, "2008-07-30"),  # month first where the day cannot be a month
    ("03-04-2021", False, None), ("03-04-2021", True, "2021-04-03"),  # ambiguous: the page's language decides
    ("ISBN 978-3-16-148410-0", True, None), ("Tel. 0711-12-2021", True, None),
])
def test_dating_hyphenated_numeric_dates(line, day_first, day):
    found = find_dates(line, day_first=day_first)
    assert (found[0][2] if found else None) == day


@given(st.dates(dt.date(1995, 1, 13), dt.date(2039, 12, 31)).filter(lambda d: d.day > 12))
def test_dating_hyphenated_day_first_property(d):
    assert [x for _, _, x in find_dates(f"Posted on {d.day:02d}-{d.month:02d}-{d.year} at 4:07 pm")] == [d.isoformat()]
