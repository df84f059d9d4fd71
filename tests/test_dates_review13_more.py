"""Session 14 (date14): review13's open dating findings 10, 9 (residue) and 21, pre-existing at 2523ebe.

* FINDING 10: a date in the headline sentence is the event's ('Minimum wage to rise on 1 April 2025');
* FINDING 9 residue: a top line 'Case filed 12 March 2024' / 'Returns filed by 31 January 2024' under the headline is
  a clause about the case, no stamp (`stamplines.clause_date`: a word in lower case that is no stamp vocabulary right
  before the date, a capitalised word opening the line, no cue and no hour);
* FINDING 21: a dash between the place and its full date ('Nairobi, Kenya — March 4, 2024 — ...', 'NAIROBI — March
  4, 2024 — ...') is a dateline (`datelines._DL_DATE_PART`), the page date above it the page's.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.publication import date_text
from newsdesk.dates.stamplines import clause_date

P1 = "The government will raise the minimum wage by 6 percent, the labour minister told parliament on Tuesday."
P2 = "Unions said the rise was too small to make up for two years of high inflation, and business groups said it was too large."
P3 = "About 1.2 million workers are paid the minimum wage."


def _dating(raw: str):
    return date_text(raw, clean_text(raw))


def _art(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DAYS = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2029, 12, 31))
_FORMS = st.sampled_from(["{d} {B} {Y}", "{B} {d}, {Y}", "{d} {b} {Y}"])


def _fmt(form: str, day: dt.date) -> str:
    return form.format(d=day.day, m=day.month, Y=day.year, B=day.strftime("%B"), b=day.strftime("%b"))


@settings(max_examples=50, deadline=None)
@given(_DAYS, _FORMS, st.sampled_from(["Minimum wage to rise on {}", "Case filed {}", "Returns filed by {}",
                                       "Offer ends {}", "Applications close {}", "New bridge opens {}"]))
def test_a_clause_ending_in_a_date_under_or_as_the_headline_dates_nothing(day, form, clause):
    line = clause.format(_fmt(form, day))
    assert clause_date(line)
    assert _dating(_art(line, P1, P2, P3)).published is None  # the line as the headline
    assert _dating(_art("Wage rise announced", line, P1, P2, P3)).published is None  # under the headline


@settings(max_examples=40, deadline=None)
@given(_DAYS, _FORMS, st.sampled_from(["Jane Doe, {}", "By Jane Doe {}", "admin {}", "Bay Courier | {}",
                                       "Published on {}", "Posted {} 10:15", "{}", "Hamburg, den {}"]))
def test_a_stamp_with_a_name_still_dates_the_page(day, form, stamp):
    line = stamp.format(_fmt(form, day))
    assert not clause_date(line)
    assert _dating(_art("Wage rise announced", line, P1, P2, P3)).published == day.isoformat()


@settings(max_examples=40, deadline=None)
@given(_DAYS, _FORMS, st.sampled_from(["Jane Doe, staff writer {}", "Bay Courier staff {}", "Jane Doe for dpa {}",
                                       "Jane Doe @janedoe {}", "Jane Doe reviewed {}", "Letters to the editor {}"]))
def test_a_byline_with_a_name_role_handle_or_agency_before_its_date_still_dates_the_page(day, form, stamp):
    """review14 finding 8 (HIGH on 7ece15b): a lower-case word before the date after a name, a handle or an article
    is a byline's, not a clause's verb (base ec36fcd dated these)."""
    line = stamp.format(_fmt(form, day))
    assert not clause_date(line)
    assert _dating(_art("Council approves budget", line, P1, P2, P3)).published == day.isoformat()


@pytest.mark.parametrize("dateline", ["Nairobi, Kenya — March 4, 2024 —", "NAIROBI — March 4, 2024 —",
                                      "NAIROBI - March 4, 2024 -", "NAIROBI—March 4, 2024—", "LAGOS — 4 March 2024 —",
                                      "NAIROBI — March 4 —"])
def test_a_dash_between_place_and_date_is_a_dateline_under_the_page_date(dateline):
    raw = _art("Tuesday, March 5, 2024", "New rules for businesses announced",
               f"{dateline} On Monday officials said the new rules would take effect next month after a short "
               "consultation with businesses and local councils.", "Business groups welcomed the change.")
    d = _dating(raw)
    assert (d.published, d.evidence, d.page_date) == ("2024-03-04", "dateline", "2024-03-05")


@pytest.mark.parametrize("text", ["Maria Silva — 5 March 1941 – 20 December 2024 was a teacher.",
                                  "Apollo 11 May - the crew said"])
def test_a_life_span_or_a_numbered_name_is_no_dated_dateline(text):
    dl = match_dateline(text)
    assert dl is None or dl.day is None


@pytest.mark.parametrize("line", ["Die Thüringer Landesregierung hat am 15. April 2020 entschieden",
                                  "Die Ticketpreise im AVV werden ab 1. Januar 2024 angehoben",
                                  "Peter Harrecker wird zum 1. Dezember 2022 Country Manager"])
def test_a_sentence_with_capitalised_nouns_before_its_date_stays_a_clause(line):
    """German nouns are capitalised: only a line that opens with a name (no article) and at most a role, 'for' or a
    handle after it is a byline, so these sentences stay clauses (as at 7ece15b)."""
    assert clause_date(line, day_first=True)
