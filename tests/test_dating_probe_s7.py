"""Seed-style dating cases found by the session-7 probe (tests/fixtures/probe, tests/test_probe_s7.py), each pinned
here by its rule: place names with lower-case particles, a press release's dated parentheses, an ambiguous numeric
page date or publication statement whose order the yearless dateline settles, stamps with a user handle or another
language's weekday, and a mojibake page date."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.grammar import numeric_readings, stamp_date
from newsdesk.dates.publication import date_text

LEAD = "Brazil's government on Friday announced a plan to double the number of federal police officers in the Amazon."
MORE = "The justice minister said 1,200 new officers would be sent to the region over the next two years, officials said."


@pytest.mark.parametrize("place", ["Rio de Janeiro", "Dar es Salaam", "Port of Spain", "Frankfurt am Main",
                                   "Aix-en-Provence", "Stratford-upon-Avon", "Port-au-Prince", "Bandar Seri Begawan"])
def test_dating_dateline_place_with_lower_case_particles(place):
    m = match_dateline(f"{place}, April 28 (AP) — {LEAD}")
    assert m is not None and (m.place, m.month_day, m.agency) == (place, (4, 28), "AP")
    raw = f"Tuesday, May 2, 2023\n\n{place}, April 28 (AP) — {LEAD}\n\n{MORE}\n"
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence, d.page_date) == ("2023-04-28", "dateline", "2023-05-02")


@pytest.mark.parametrize("text", ["Wave of Change: the city plans a new park.", "Note of the day: read this."])
def test_dating_particles_make_no_dateline_of_a_label(text):
    assert match_dateline(text) is None


def test_dating_press_release_date_in_parentheses():
    m = match_dateline("NEW YORK, NY (March 3, 2021) – The city's transit authority on Wednesday announced a plan.")
    assert m is not None and (m.place, m.region, m.day, m.agency) == ("NEW YORK", "NY", "2021-03-03", None)


@pytest.mark.parametrize("top,bottom,dateline,want", [
    ("03/04/2021", "", "NEW DELHI, April 3 (PTI) - ", "2021-04-03"),  # the dateline picks 3 April, not 4 March
    ("03/04/2021", "", "NEW DELHI, March 4 (PTI) - ", "2021-03-04"),
    ("", "First published on: 12-03-2021 at 17:45 IST", "DHAKA, 12 March (UNB) – ", "2021-03-12"),
    ("03/04/2021", "", "NEW DELHI, April 5 (PTI) - ", None),  # no reading is the dateline's day: no day
])
def test_dating_ambiguous_numeric_date_settled_by_the_dateline(top, bottom, dateline, want):
    lead = "India reported 89,129 new coronavirus cases, the highest in more than six months, officials said."
    raw = "\n\n".join(p for p in [top, dateline + lead, MORE, bottom] if p) + "\n"
    c = clean_text(raw)
    assert date_text(raw, c).published == want
    assert (top or bottom) not in c.text  # the stamp leaves the body


def test_dating_ambiguous_numeric_date_weekday_must_fall_on_it():
    lead = "India reported 89,129 new coronavirus cases on Thursday, the highest in six months, officials said."
    raw = f"03/04/2021\n\nNEW DELHI, April 3 (PTI) - {lead}\n\n{MORE}\n"  # 3 April 2021 was a Saturday
    assert date_text(raw, clean_text(raw)).published is None


@settings(max_examples=200, deadline=None)
@given(day=st.dates(dt.date(1995, 1, 1), dt.date(2030, 12, 31)), sep=st.sampled_from(["/", ".", "-"]),
       day_first=st.booleans(), pad=st.booleans())
def test_dating_numeric_readings_property(day, sep, day_first, pad):
    """Any day written in either order: one of its readings is that day, and the other is the swapped day."""
    a, b = (day.day, day.month) if day_first else (day.month, day.day)
    fmt = "{:02d}" if pad else "{}"
    text = f"Published {fmt.format(a)}{sep}{fmt.format(b)}{sep}{day.year} at 17:45"
    (start, end, days), = numeric_readings(text)
    assert day.isoformat() in days and len(days) == (1 if a == b or max(a, b) > 12 else 2)


@pytest.mark.parametrize("line,day", [("Posted on 2022-09-14 by admin", "2022-09-14"),
                                      ("3 Ağustos 2017 Perşembe", "2017-08-03"),
                                      ("четверг, 3 августа 2017", "2017-08-03"),
                                      ("torstai 3. elokuuta 2017", "2017-08-03")])
def test_dating_stamp_with_a_handle_or_another_languages_weekday(line, day):
    assert stamp_date(line) == (day, True)


def test_dating_stamp_by_the_editors_is_no_stamp():
    assert stamp_date("Posted on 2022-09-14 by the editors of the weekly") == (None, False)


def test_dating_mojibake_page_date_is_read_repaired():
    raw = ("Freitag, 12. MÃ¤rz 2021\n\nBerlin, 12. MÃ¤rz (dpa) - Die Bundesregierung hat am Freitag eine VerlÃ¤ngerung "
           "der Corona-MaÃŸnahmen bis Ende des Monats beschlossen.\n\nGeschÃ¤fte in Regionen mit niedrigen "
           "Infektionszahlen dÃ¼rfen unter Auflagen wieder Ã¶ffnen, hieß es.\n")
    assert date_text(raw, clean_text(raw)).published == "2021-03-12"


@pytest.mark.parametrize("line,day", [("Edited By: Nitya Rao | Updated: Dec 24, 2024, 10:32 IST", "2024-12-24"),
                                      ("Written by Jane Doe | March 5, 2021", "2021-03-05")])
def test_dating_stamp_beside_a_labelled_byline_segment(line, day):
    assert stamp_date(line) == (day, True)  # a stamp line: it leaves the body as a timestamp
