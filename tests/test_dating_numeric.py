"""Numeric dates: a slash date whose two numbers could both be the month is never guessed."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates import datelines, grammar, publication


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


IT_PARA = ("Il consiglio comunale ha approvato ieri sera il nuovo piano per il traffico della città, che prevede "
           "nuove piste ciclabili e una zona a traffico limitato più ampia nel centro storico, ha detto il sindaco "
           "ai giornalisti dopo la riunione.")
EN_PARA = ("The city council approved the new traffic plan last night, which adds bike lanes and a larger "
           "low-traffic zone in the old town, the mayor told reporters after a meeting that ran late into the "
           "evening and was followed by a vote.")


def test_dating_numeric_ambiguous_date_is_day_first_on_a_page_in_another_language():
    raw = "\n\n".join(["Nuovo piano del traffico", "Di Giovanni Rossi | 12/10/2020", IT_PARA])
    assert date_text(raw).published == "2020-10-12"


def test_dating_numeric_ambiguous_date_stays_undecided_on_an_english_page():
    raw = "\n\n".join(["New traffic plan", "By John Smith | 12/10/2020", EN_PARA])
    assert date_text(raw).published is None


def test_dating_numeric_day_first_only_for_ambiguous_forms():
    assert grammar.find_dates("12/10/2020", day_first=True)[0][2] == "2020-10-12"
    assert grammar.find_dates("3/25/2020", day_first=True)[0][2] == "2020-03-25"   # cannot be day first
    assert grammar.find_dates("12/10/2020 4:00 PM EDT", day_first=True)[0][2] == "2020-12-10"  # US zone wins


@pytest.mark.parametrize(("text", "day"), [
    ("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "2020-04-24"),   # Levantine / Egyptian month pair
    ("الإثنين، 24 أغسطس 2020 09:56 ص", "2020-08-24"),
    ("1 كانون الثاني 2021", "2021-01-01"),                                  # a two-word month name
    ("19 Αυγούστου 2020 9:02 μμ", "2020-08-19"),
    ("13 gusht 2020, 09:08", "2020-08-13"),
    ("4 Mei 2020", "2020-05-04"),
    ("publié le 1er novembre 2023 à 16h28", "2023-11-01"),
    ("13. 01. 2020, 23:55", "2020-01-13"),
    ("2020年07月03日 | 徒歩", "2020-07-03"),
    ("2020년 7월 3일", "2020-07-03"),
])
def test_dating_grammar_more_languages(text, day):
    assert grammar.find_dates(text)[0][2] == day
    assert grammar.stamp_parts(text)[0][0] == day


@pytest.mark.parametrize("stamp", ["تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "19 Αυγούστου 2020 9:02 μμ",
                                   "24/04/2020, 21:34 WIB"])
def test_dating_grammar_stamp_vocabulary_of_more_languages(stamp):
    assert grammar.stamp_parts(stamp)[1] <= 1


def test_dating_dateline_with_its_date_in_parentheses():
    dl = datelines.match_dateline("Karlsruhe, (12.11.2021). Traditionell gedenken die Gemeinden ihrer Toten.")
    assert (dl.place, dl.day) == ("Karlsruhe", "2021-11-12")
    assert datelines.match_dateline("Karlsruhe, (siehe oben). Traditionell gedenken die Gemeinden.") is None
    raw = ("Ewigkeitssonntag in den Gemeinden\n\nKarlsruhe, (12.11.2021). Traditionell gedenken evangelische "
           "Christinnen und Christen am Ewigkeitssonntag ihrer verstorbenen Angehörigen in den Gottesdiensten.")
    d = date_text(raw)
    assert (d.published, d.evidence) == ("2021-11-12", "dateline")
