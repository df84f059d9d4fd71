"""The one date grammar: every common dateline shape, other languages' full dates, numeric forms; Hypothesis
properties (never raises, generated datelines read back, days always valid)."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.dates import datelines, grammar
from newsdesk.dates.relative import resolve_relative


@pytest.mark.parametrize(("text", "place", "day", "month_day", "agency"), [
    ("New Delhi, April 28 : Defence Minister met", "New Delhi", None, (4, 28), None),
    ("WASHINGTON, March 5, 2021 (Reuters) - Officials", "WASHINGTON", "2021-03-05", None, "Reuters"),
    ("TEHRAN, Aug. 27 (MNA) -- Iran said", "TEHRAN", None, (8, 27), "MNA"),
    ("LONDON (Reuters) - The bank", "LONDON", None, None, "Reuters"),
    ("NEW DELHI: The government", "NEW DELHI", None, None, None),
    ("NEW DELHI:The government", "NEW DELHI", None, None, None),
    ("Mumbai, 5 March (IANS)– Shares rose", "Mumbai", None, (3, 5), "IANS"),
    ("PARIS, France, Jan. 5, 2019 — The", "PARIS", "2019-01-05", None, None),
    ("Wien, 14. Dezember 2021 – Aufgrund der", "Wien", "2021-12-14", None, None),
])
def test_dating_grammar_dateline_shapes(text, place, day, month_day, agency):
    dl = datelines.match_dateline(text)
    assert dl is not None
    assert (dl.place, dl.day, dl.month_day, dl.agency) == (place, day, month_day, agency)


@pytest.mark.parametrize("text", ["Note: this is prose", "Summary: the bank", "WASHINGTON -", "The minister said"])
def test_dating_grammar_not_a_dateline(text):
    assert datelines.match_dateline(text) is None


def test_dating_grammar_dateline_alone_on_a_line():
    assert datelines.dateline_alone("TEHRAN -")
    assert datelines.dateline_alone("LONDON, March 5 (Reuters) --")
    assert not datelines.dateline_alone("Note:")


@pytest.mark.parametrize(("text", "day"), [
    ("22. August 2012", "2012-08-22"), ("5 de julio de 2020", "2020-07-05"), ("3 февраля 2021", "2021-02-03"),
    ("15 de Abril, 2020", "2020-04-15"), ("19 sierpnia 2020, 5:16", "2020-08-19"), ("2020. 08. 18. 21:35", "2020-08-18"),
    ("Kugler19.10.2019, 05:00 Uhr", "2019-10-19"), ("sold out 2020", None), ("5 Mai", None),
])
def test_dating_grammar_full_dates_in_other_languages(text, day):
    found = grammar.find_dates(text)
    assert (found[0][2] if found else None) == day


MONTH_NAMES = ["January", "Feb.", "March", "Apr", "May", "June", "Jul.", "Aug.", "Sept.", "Oct", "Nov.", "December"]
SEPS = [" -", " --", " –", " —", " :", ":", "-", "—"]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["WASHINGTON", "New Delhi", "TEHRAN", "São Paulo", "NEW YORK"]), st.integers(0, 11),
       st.integers(1, 28), st.sampled_from(SEPS), st.booleans())
def test_dating_grammar_generated_datelines_read_back(place, m, d, sep, agency):
    text = f"{place}, {MONTH_NAMES[m]} {d}{' (Reuters)' if agency else ''}{sep} The minister said on Friday."
    dl = datelines.match_dateline(text)
    assert dl is not None and dl.month_day == (m + 1, d)
    assert text[dl.end:].startswith("The minister")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_dating_grammar_never_raises_and_days_are_valid(text):
    for _, _, day in grammar.find_dates(text):
        assert 1900 <= dt.date.fromisoformat(day).year <= 2100
    datelines.match_dateline(text)
    days, other, _ = grammar.stamp_parts(text)
    assert other >= 0 and all(dt.date.fromisoformat(x) for x in days)
    resolve_relative(text, "2024-03-08")


def test_dating_relative_resolution_against_the_publication_day():
    assert resolve_relative("on Friday", "2024-03-08") == "2024-03-08"
    assert resolve_relative("last Friday", "2024-03-08") == "2024-03-01"
    assert resolve_relative("yesterday", "2024-03-01") == "2024-02-29"
    assert resolve_relative("two weeks ago", "2024-03-08") == "2024-02-23"
    assert resolve_relative("March 3", "2024-06-10") == "2024-03-03"
    assert resolve_relative("December 30", "2024-01-05") == "2023-12-30"
