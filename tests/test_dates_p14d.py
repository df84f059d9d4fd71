"""Session 14 (date14): the rules the p14d_* probes (tests/fixtures/probe, issue 14) asked for.

* a same-line field whose label names its thing beside a stamp word ('Date of birth:', 'Judgment date:') in a box of
  fields dates that thing (`foreign.named_field_box`, DATING_NAMED_FIELD_BOX_FIELDS);
* a period's first date ('12 March 1941 – 2 March 2024' under an obituary's name) is no page stamp at the top
  (`foreign.period`, `publication.top_date`);
* a run of teasers under a related heading, each its headline and day on one line, is listed whole
  (`foreign.teaser_stamps`), above the article too (`publication.body_stamp`);
* Catalan, Norwegian and Swahili stamp words ('Publicat:', 'Publisert:', 'Imechapishwa:') and Swahili month names.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.foreign import named_field_box, period, teaser_stamps
from newsdesk.dates.grammar import find_dates, stamp_date
from newsdesk.dates.publication import date_text

P1 = ("The first elephant calf born at the national zoo in a decade has been named Tumaini after more than 40,000 "
      "people voted.")
P2 = "Keepers said the calf was feeding well and had begun to follow her mother around the enclosure."
P3 = "Visitors will be able to see her from next month."


def _dating(raw: str):
    return date_text(raw, clean_text(raw))


def _art(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


_DAYS = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2029, 12, 31))


@settings(max_examples=40, deadline=None)
@given(_DAYS, st.sampled_from([("Name: Tumaini", "Date of birth: {}", "Weight at birth: 110 kg"),
                               ("Judgment date: {}", "Case no: HC-2023-0419"),
                               ("Court: High Court", "Hearing date: {}")]))
def test_a_named_date_field_in_a_box_dates_nothing(day, box):
    lines = [f.format(f"{day.day} {day:%B} {day.year}") for f in box]
    k = next(i for i, f in enumerate(box) if "{}" in f)
    assert named_field_box(lines, k)
    assert _dating(_art("Zoo names elephant calf", *lines, P1, P2, P3)).published is None


@pytest.mark.parametrize("box", [["Date: 5 March 2024", "Author: Jane Doe"], ["Publication date: 5 March 2024",
                                                                               "Section: News"],
                                 ["Date of birth: 5 March 2024"]])
def test_a_stamp_label_or_a_field_alone_is_no_named_box(box):
    assert not named_field_box(box, 0)


@pytest.mark.parametrize("box", [("Release date: {}", "Contact: Jane Doe, press office"),
                                 ("Issue date: {}", "Section: Local news"), ("News date: {}", "Source: Bay Courier"),
                                 ("Posting date: {}", "Category: Politics"), ("Article date: {}", "Words: 612"),
                                 ("Print date: {}", "Edition: Northpoint"),
                                 ("Date de parution : {}", "Rubrique : Politique"),
                                 ("Data di pubblicazione: {}", "Sezione: Cronaca"),
                                 ("Datum der Veröffentlichung: {}", "Ressort: Lokales"),
                                 ("Report date: {}", "Desk: City")])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_a_label_naming_the_page_in_a_box_still_dates_the_page(box, where):
    # review14 finding 10: 'Release date' / 'Issue date' / 'Print date' beside another field is the page's own day
    day = {"parution": "5 mars 2024", "pubblicazione": "5 marzo 2024", "Veröffentlichung": "05.03.2024"}.get(
        next((w for w in ("parution", "pubblicazione", "Veröffentlichung") if w in box[0]), ""), "5 March 2024")
    lines = [f.format(day) for f in box]
    assert not named_field_box(lines, 0)
    body = [P1, P2, P3]
    raw = _art("Council approves budget", *lines, *body) if where == "top" else \
        _art("Council approves budget", *body, *lines)
    assert str(_dating(raw).published) == "2024-03-05"


@settings(max_examples=40, deadline=None)
@given(_DAYS, st.integers(1, 80), st.sampled_from([" – ", " - ", "–", " to "]))
def test_a_life_span_at_the_top_is_no_page_date(day, years, dash):
    born = day.replace(year=day.year - years) if not (day.month == 2 and day.day == 29) else day.replace(day=28, year=day.year - years)
    span = f"{born.day} {born:%B} {born.year}{dash}{day.day} {day:%B} {day.year}"
    assert period(span)
    d = _dating(_art("Margaret Okafor", span, "Margaret Okafor, who has died, was the first woman to run a public "
                     "hospital in Lagos and spent her retirement teaching nursing students.", P2, P3))
    assert (d.published, d.page_date) == (None, None)
    stamped = _dating(_art("Margaret Okafor", span, f"Published: {day.day} {day:%B} {day.year}", P1, P2, P3))
    assert (stamped.published, stamped.page_date) == (day.isoformat(), None)


def test_a_run_of_same_line_teasers_under_a_heading_is_listed_whole():
    lines = ["More from News", "Floods close schools across the district | 2 March 2024",
             "Water company fined over sewage spills | 1 March 2024", "Bridge repairs to last until summer",
             "Repairs to the town's main bridge will take until the summer, the highways authority said."]
    days = [stamp_date(ln)[0] or (find_dates(ln)[0][2] if find_dates(ln) else None) for ln in lines]
    assert teaser_stamps(lines, days) == {1, 2}
    assert _dating(_art(*lines, P2, P3)).published is None


@pytest.mark.parametrize("stamp, day", [("Publicat: 05/03/2024 - 10:15", "2024-03-05"),
                                        ("Publisert: 05.03.2024 10:15", "2024-03-05"),
                                        ("Imechapishwa: Machi 5, 2024", "2024-03-05"),
                                        ("Imesasishwa: 6 Aprili 2024 10:15", "2024-04-06")])
def test_stamp_words_of_catalan_norwegian_and_swahili(stamp, day):
    assert stamp_date(stamp, day_first=True)[0] == day


_HU_MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
              "október", "november", "december"]


@settings(max_examples=60, deadline=None)
@given(_DAYS, st.sampled_from(["{y}. {m} {d}.", "{y}. {m} {d}. 10:15", "Publikálva: {y}. {m} {d}. 10:15",
                               "{y}. {m} {d}., kedd"]))
def test_a_hungarian_year_first_date(day, form):
    line = form.format(y=day.year, m=_HU_MONTHS[day.month - 1], d=day.day)
    assert find_dates(line)[0][2] == day.isoformat()
    assert stamp_date(line)[0] == day.isoformat()


@pytest.mark.parametrize("text", ["In 2024. March 5. was the day", "Season 2024. may 5 teams qualify"])
def test_a_year_ending_a_sentence_before_a_capital_month_is_no_hungarian_date(text):
    assert find_dates(text) == []


@pytest.mark.parametrize("line, other", [("Result: Kenya 24 Uganda 17 (Nairobi, 2 March 2024)", True),
                                         ("Final score: Hearts 2 Hibs 1 (Tynecastle, 9 March 2024)", True),
                                         ("Published: (5 March 2024)", False), ("Date: 5 March 2024", False)])
def test_a_date_in_brackets_inside_a_labelled_value_is_the_values(line, other):
    from newsdesk.dates.foreign import other_event

    assert other_event(line) is other


@settings(max_examples=40, deadline=None)
@given(_DAYS, st.sampled_from(["Reporter: Jane Doe ({})", "Writer: Jane Doe ({})", "Correspondent: Jane Doe (Northpoint, {})",
                               "Autorin: Anna Schmidt ({})", "Rédaction : Jean Dupont ({})", "Edition: Northpoint ({})"]),
       st.booleans())
def test_a_bracketed_day_after_a_name_in_a_labelled_field_dates_the_page(day, field, bottom):
    """review14 finding 11 (HIGH on db2c18f): a byline's or an edition's bracketed day is the page's (base ec36fcd);
    only a bracket after a figure of the value ('Kenya 24 Uganda 17 (Nairobi, ...)') is an aside."""
    line = field.format(f"{day.day:02d}.{day.month:02d}.{day.year}" if "Autorin" in field else
                        f"{day.day} {day.strftime('%B')} {day.year}")
    from newsdesk.dates.foreign import other_event

    assert not other_event(line, day_first=True)
    lines = ("Zoo names elephant calf", P1, P2, P3, line) if bottom else ("Zoo names elephant calf", line, P1, P2, P3)
    assert _dating(_art(*lines)).published == day.isoformat()
