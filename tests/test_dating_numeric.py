"""Numeric dates: a slash date whose two numbers could both be the month is never guessed."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates import grammar, publication


def date_text(raw, cleaned=None, **kw):
    """Date `raw` as ingest does: cleaned first, then dated."""
    return publication.date_text(raw, cleaned if cleaned is not None else clean_text(raw), **kw)


@pytest.mark.parametrize(("text", "day"), [
    ("Posted: 08/02/2013 11:10 am EDT", "2013-08-02"),   # US time zone after it: month first
    ("Posted at 3:21 PM ET, 01/5/2011", "2011-01-05"),   # ... or before it on the same line
    ("Last updated 13:26 14/09/2013", "2013-09-14"),     # day > 12: day first, unambiguous
    ("Updated 3/25/2020 4:00", "2020-03-25"),            # second number > 12: month first
    ("Published 08.02.2013", "2013-02-08"),              # dotted form: day first
    ("Posted 05/02/2013", None),                         # 5 February or 2 May: no date, not a guess
    ("Updated 4/11/2007 1:26 PM", None),
])
def test_dating_numeric_slash_dates(text, day):
    found = grammar.find_dates(text)
    assert (found[0][2] if found else None) == day


def test_dating_ambiguous_stamp_gives_no_publication_day():
    raw = "Lohan checks into rehab\n05/02/2013\nLindsay Lohan has checked into a rehab facility, her lawyer said."
    assert date_text(raw).published is None


def test_dating_possessive_weekday_is_no_evidence():
    raw = (" date 2007-04-24 NEW YORK, March 13 (Wire) — US stock indices each fell two percent from Monday's "
           "closing price, marking the second-biggest loss of the year.")
    d = date_text(raw)
    assert (d.published, d.evidence, d.page_date) == ("2007-03-13", "dateline", "2007-04-24")


def test_dating_contradicting_weekday_gives_no_day():
    raw = (" date 2007-04-24 NEW YORK, March 13 (Wire) — Stocks fell on Friday as lenders' losses spread, "
           "traders said.")  # March 13 was a Tuesday in 2007 and a Monday in 2006: no year fits
    assert date_text(raw).published is None
