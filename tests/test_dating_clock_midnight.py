"""A stamp that names no certain publication day (issue 14, 'never invent a date'): the page's clock (a masthead
date with its weekday and the hour the page was served, above other stories' headlines), and a stamp within
DATING_MIDNIGHT_MINUTES of midnight, whose day is the day before or after in another time zone. Both leave the day
open; `dates.grammar.time_of_day` reads the time of day beside a date."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import time_of_day
from newsdesk.dates.publication import date_text
from newsdesk.settings import DATING_MIDNIGHT_MINUTES

PROSE = [
    "The union reached a tentative agreement with the carmaker after six weeks of strikes at its plants, officials said.",
    "Workers will vote on the deal in the coming days, and the plants are expected to reopen soon after that.",
    "The agreement raises wages by a quarter over the life of the contract and restores cost-of-living adjustments.",
]
HEADLINES = ["Sweden wants people to stop confusing it with Switzerland", "Storm hits the western coast",
             "Who are the jihadists in a Syrian mini-caliphate?", "Why the counter-offensive is failing",
             "Video: the storm hits the coast", "A remote arctic village with a vibrant theatre",
             "Five architect-designed houses for rent", "The painter's last work", "Markets close lower",
             "Election results, region by region", "The week in pictures", "Letters to the editor",
             "Opinion: the budget", "Weather for the weekend"]


def _page(stamp: str, between: list[str]) -> str:
    return "\n\n".join(["Striking union reaches tentative deal", stamp, *between, *PROSE]) + "\n"


def test_dating_page_clock_above_other_headlines_is_no_publication_day():
    raw = _page("Thursday, November 02, 2023 5:06 pm (Paris)", HEADLINES)
    assert date_text(raw, clean_text(raw)).published is None


@pytest.mark.parametrize("stamp,between", [
    ("November 02, 2023", HEADLINES),  # no weekday and hour: a lone date stamp still dates the page
    ("Thursday, November 02, 2023", HEADLINES),
    ("Thursday, November 02, 2023 5:06 pm", []),  # the article's text follows the stamp: its byline
])
def test_dating_lone_stamp_that_is_no_clock_dates_the_page(stamp, between):
    raw = _page(stamp, between)
    assert date_text(raw, clean_text(raw)).published == "2023-11-02"


@pytest.mark.parametrize("stamp,day", [
    ("понедельник, 21 сентября 2020, 00:03", None),  # 3 minutes after midnight: the 20th in UTC
    ("November 8, 2023, 11:52 PM", None),
    ("21 сентября 2020, 10:03", "2020-09-21"),
    ("November 8, 2023, 12:00 AM", "2023-11-08"),  # 00:00: a day stored without its time
    ("08.11.2023 00:00 Uhr", "2023-11-08"),
    ("November 8, 2023", "2023-11-08"),
])
def test_dating_stamp_near_midnight_leaves_the_day_open(stamp, day):
    raw = "\n\n".join(["Police send the case to court", stamp, *PROSE]) + "\n"
    assert date_text(raw, clean_text(raw)).published == day


@pytest.mark.parametrize("weekday,day", [("Wednesday", "2023-11-08"), ("Thursday", None)])
def test_dating_stamp_near_midnight_confirmed_by_the_leads_weekday(weekday, day):
    """'on Wednesday' in the lead falls on the stamp's day (8 November 2023): the day stands; another weekday
    leaves it open."""
    lead = f"The candidates met on {weekday} for the third debate of the primary season in Miami, Florida, officials said."
    raw = "\n\n".join(["Five takeaways from the debate", "November 8, 2023, 11:52 PM", lead, *PROSE[1:]]) + "\n"
    assert date_text(raw, clean_text(raw)).published == day


@pytest.mark.parametrize("text,minutes", [
    ("November 8, 2023, 11:15 PM", 23 * 60 + 15), ("понедельник, 21 сентября 2020, 00:03", 3),
    ("12:00am", 0), ("Posted the September 1, 2017 at 0h00", 0), ("Aktualisiert am 19.02.2020", None),
    ("Updated 2010 GMT (0410 HKT) March 14, 2021", 20 * 60 + 10), ("Jan 23, 2020, 10.45 AM IST", 10 * 60 + 45),
    ("3 pm", 15 * 60), ("Seite 12 von 2019", None), ("19.02.2020", None),
])
def test_dating_time_of_day(text, minutes):
    assert time_of_day(text) == minutes


@settings(max_examples=200, deadline=None)
@given(h=st.integers(0, 23), m=st.integers(0, 59), shape=st.sampled_from(["24h", "12h", "h"]),
       date=st.sampled_from(["November 8, 2023", "08.11.2023", "8 listopada 2023", "2023-11-08", ""]),
       sep=st.sampled_from([", ", " ", " | ", " um ", " at "]), before=st.booleans())
def test_dating_time_of_day_property(h, m, shape, date, sep, before):
    """Any time of day written beside any date, before or after it: its minutes after midnight."""
    if shape == "24h":
        t = f"{h:02d}:{m:02d}"
    elif shape == "h":
        t = f"{h}h{m:02d}"
    else:
        t = f"{(h % 12) or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}"
    text = (t + sep + date) if before else (date + sep + t)
    assert time_of_day(text) == h * 60 + m


def test_dating_midnight_window_setting():
    assert 0 < DATING_MIDNIGHT_MINUTES < 60
