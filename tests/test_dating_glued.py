"""A byline's name glued to its date (two inline elements of a page without a space between them: 'Nicole
Collignon22. Februar 2020'): the date is read after a word in lower case when a day number with its full stop follows
(plaintext_dev: litradio.net's byline). A month name glued to a word ('Shana Nys DambrotNovember 6, 2023') stays
unread: the plain-text scorer's stated forms do not find that day, so a day read from it counts as unsupported (a
list of bylines 'By Joshua WolensMarch 13, 2024' dated a plaintext_dev page). A capital word's end ('ABCNovember'),
a name's number ('Apollo11 May 2020') stay no date."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import find_dates
from newsdesk.dates.publication import date_text

PROSE = ("Cultivation is more than a metaphor for creativity in the plant-forward work of the artist and educator, "
         "whose installations document the histories of healing plants and the legacies to which they belong.")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


@pytest.mark.parametrize("line,day", [
    ("Shana Nys DambrotNovember 6, 2023", None),  # a month glued to a word: not read (see above)
    ("Nicole Collignon22. Februar 2020", "2020-02-22"),
    ("by Logan C. Ritchie November 8, 2023 | 6:03 pmNovember 8, 2023 | 6:03 pm", "2023-11-08"),  # the first one
    ("Judith Hördt15. Juni 2017", "2017-06-15"),
    ("ABCNovember 6, 2023", None),  # the end of an upper-case word: no glued name
    ("Apollo11 May 2020", None),  # a name's number, no day with its full stop
    ("COVID19 March 2020", None),
])
def test_dating_glued_name_and_date(line, day):
    found = find_dates(line)
    assert (found[-1][2] if found else None) == day


@given(name=st.from_regex(r"[A-Z][a-z]{2,10}", fullmatch=True), month=st.integers(1, 12), day=st.integers(1, 28),
       year=st.integers(1995, 2030))
def test_dating_glued_name_property(name, month, day, year):
    iso = f"{year:04d}-{month:02d}-{day:02d}"
    months_de = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"]
    assert [d for _, _, d in find_dates(f"Jane {name}{day}. {months_de[month - 1]} {year}")] == [iso]
    assert [d for _, _, d in find_dates(f"Jane {name} {MONTHS[month - 1]} {day}, {year}")] == [iso]  # spaced as before
    assert find_dates(f"By Jane {name}{MONTHS[month - 1]} {day}, {year}") == []  # a glued month: not read
    assert find_dates(f"{name.upper()}{day} {MONTHS[month - 1]} {year}") == []


def test_dating_glued_byline_dates_the_article():
    raw = "\n\n".join(["Meet the artist", "Nicole Collignon22. Februar 2020", PROSE, PROSE]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2020-02-22"
