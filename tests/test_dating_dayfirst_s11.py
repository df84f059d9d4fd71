"""REVIEW 15:19 HIGH (session 11): an English page's numeric date order comes from the page's own writing, and the
lead's weekday vetoes an order whose day does not fall on it. One day-first date quoted in the story ('a British
ruling dated 21/02/2024') must not turn a US page's stamp '04/03/2024' (3 April, the Wednesday the lead names) into
4 March (a Monday). `dates.statements.page_day_first`, used by `dates.publication.date_text`."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.publication import date_text
from newsdesk.dates.statements import page_day_first

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTE = ("Lawyers for the company cited a British ruling dated 21/02/2024, in which a court in London sided with a "
         "supplier in a similar dispute.")
LAST = ("Residents who spoke at the hearing were divided, with some praising the investment and others warning that "
        "families could not afford higher bills.")


def _lead(weekday: str | None) -> str:
    when = f" on {weekday}" if weekday else ""
    return (f"WASHINGTON - The Senate voted{when} to approve a stopgap spending bill that keeps the government open "
            "for six more weeks, after a debate that lasted well into the night.")


def _published(raw: str) -> str | None:
    return date_text(raw, clean_text(raw)).published


def test_reviewer_input_quoted_day_first_date_does_not_flip_the_stamp():
    raw = "04/03/2024\n\n" + _lead("Wednesday") + "\n\n" + QUOTE + "\n\n" + LAST + "\n"
    # 4 March 2024 is a Monday; the lead says Wednesday (3 April): never 4 March
    assert _published(raw) in (None, "2024-04-03")


def test_the_weekday_vetoes_the_day_first_reading_only_when_it_contradicts():
    stamps = ["04/03/2024"]
    assert not page_day_first(stamps, QUOTE, weekday=2)  # Wednesday: 4 March is a Monday
    assert page_day_first(stamps, QUOTE, weekday=0)  # Monday: 4 March fits
    assert page_day_first(stamps, QUOTE, weekday=None)  # no weekday: the page's order stands


def test_order_evidence_from_stamps_and_the_story_not_other_text():
    assert page_day_first(["04/03/2024", "", "Updated 15/03/2024 10:00"], "A story with no dates.")
    assert page_day_first(["04/03/2024"], "Runners must register by 15/03/2024, the organisers said.")
    # a day-first date on a raw line that is neither a stamp nor in the story (another story's sentence)
    assert not page_day_first(["04/03/2024", "Related: council fined over 15/03/2024 flood report"], "No dates here.")


def test_weekday_that_fits_day_first_keeps_the_page_order():
    raw = ("04/03/2024\n\n" + _lead("Monday") + "\n\n"
           "Lawmakers must file amendments by 15/03/2024, the clerk said.\n\n" + LAST + "\n")
    assert _published(raw) == "2024-03-04"


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31)).filter(lambda d: d.day <= 12 and d.day != d.month),
       st.integers(min_value=13, max_value=28))
def test_never_a_day_on_another_weekday_than_the_lead_names(day, quoted):
    """Whatever unsettled stamp, a quoted day-first date never yields a published day on another weekday than the
    lead names."""
    stamp = f"{day.day:02d}/{day.month:02d}/{day.year}"  # printed day first, read as the page's order decides
    other = WEEKDAYS[(day.weekday() + 1) % 7]  # the lead names a weekday the day-first reading is not
    raw = (stamp + "\n\n" + _lead(other) + "\n\n" + QUOTE.replace("21/02/2024", f"{quoted}/02/{day.year}")
           + "\n\n" + LAST + "\n")
    got = _published(raw)
    assert got is None or WEEKDAYS[dt.date.fromisoformat(got).weekday()] == other
