"""A crawler field dump's date field dates its article even near midnight (session 10, fields2's finding with
benchmarks/fields_stress.py: every 'Updated: ..., 00:05 IST' value gave no day). The field is the record's own date,
as a feed's date field is, and a feed's date is never dropped for its time of day; the midnight window stays for
stamps read off a page's text. Hand-written dumps."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.publication import date_text

BODY = ("Dockworkers at the terminal stayed off the job, leaving forty ships waiting at anchor.\n"
        "The union is demanding a pay rise in line with inflation and new rules on night shifts.\n")


def _dump(stamp: str) -> str:
    return ("Title\nPort strike halts grain exports\nLink\nhttps://www.x-example.in/a/article1.ece\n"
            f"Date & Time\n{stamp}\nText\n{BODY}")


@pytest.mark.parametrize("stamp", ["Updated: Mar 12, 2021, 00:05 IST", "Updated: Mar 12, 2021, 23:51 IST",
                                   "12.03.2021 00:01", "Mar 12, 2021 11:58 pm"])
def test_dating_field_date_near_midnight_is_the_printed_day(stamp):
    raw = _dump(stamp)
    dating = date_text(raw, clean_text(raw))
    assert (dating.published, dating.evidence) == ("2021-03-12", "metadata")


def test_dating_page_stamp_near_midnight_still_names_no_certain_day():
    raw = "Port strike halts grain exports\nUpdated: Mar 12, 2021, 00:05 IST\n" + BODY
    assert date_text(raw, clean_text(raw)).published is None


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 23), st.integers(0, 59), st.integers(1, 28))
def test_dating_field_date_any_time_of_day(hour, minute, day):
    raw = _dump(f"Updated: Mar {day}, 2021, {hour:02d}:{minute:02d} IST")
    assert date_text(raw, clean_text(raw)).published == f"2021-03-{day:02d}"
