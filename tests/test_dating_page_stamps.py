"""Publication day of whole-page and paragraph scrapes: the byline stamp by the article, in any common language,
never a date the text does not state, never a date among menus or other stories."""

import datetime as dt
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates import grammar
from newsdesk.dates.publication import byline_stamp, date_text

PARA = ("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das "
        "den Ausbau von Wind- und Solaranlagen in den kommenden Jahren deutlich beschleunigen soll, sagte der Minister.")
PARA2 = ("Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, um die Ziele bis zum Ende "
         "des Jahrzehnts zu erreichen, und forderten weitere Nachbesserungen im parlamentarischen Verfahren.")
MENU = ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Anmelden", "Suche"]


def _page(stamp: str, *, menu_dates=()) -> str:
    return "\n".join([*MENU, *menu_dates, "Kabinett beschließt Gesetz", stamp, PARA, "", PARA2, "Impressum",
                      "Datenschutz"])


@pytest.mark.parametrize(("stamp", "day"), [
    ("Veröffentlicht am 22. August 2012 um 10:12 Uhr", "2012-08-22"),
    ("Mi, 18. Oktober 2023 um 12:50 Uhr", "2023-10-18"),
    ("Von: Björn Jahner | 31.10.23", "2023-10-31"),               # two-digit year, only in a stamp line
    ("November 9, 20235:01 AM ET", "2023-11-09"),                 # a widget glues the time to the year
    ("Posted on 25. Januar 202225. Januar 2022", "2022-01-25"),   # ... or prints the date twice
    ("Dezember 10, 2019 · von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar", "2019-12-10"),
    ("05 de julio de 2020", "2020-07-05"),
    ("Le 5 mars 2020 à 10h30", "2020-03-05"),
    ("18 февраля 2020", "2020-02-18"),
    ("01.21.2020 07:00 AM", "2020-01-21"),                        # M.D.YYYY where D.M cannot be
])
def test_dating_page_byline_stamp_in_many_languages(stamp, day):
    raw = _page(stamp)
    d = date_text(raw, clean_text(raw))
    assert d.published == day


def test_dating_page_stamp_by_the_article_beats_menu_and_masthead_dates():
    raw = _page("3. Februar 2022", menu_dates=["Montag, 7. Februar 2022", "Wetter 12 °C"])
    d = date_text(raw, clean_text(raw))
    assert d.published == "2022-02-03"


def test_dating_page_dates_among_menus_only_are_no_publication_day():
    lines = [*MENU, "Top-Themen 12.01.2021", "Gesetz beschlossen 14.01.2021", "Impressum"]
    assert byline_stamp(lines) == (None, None)


def test_dating_page_stamp_before_1995_is_no_page_date():
    raw = _page("macbacchi28.09.1912:44")
    assert date_text(raw, clean_text(raw)).published is None


def test_dating_date_opening_the_first_paragraph():
    raw = "\n".join([*MENU, "01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Chefin. " + PARA,
                     PARA2])
    assert date_text(raw, clean_text(raw)).published == "2022-02-01"


def _stated(raw: str, day: str) -> bool:
    if any(d == day for _, _, d in grammar.find_dates(raw)):
        return True
    return any(day in grammar.stamp_parts(ln)[0] for ln in raw.split("\n"))


DAYS = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31))
FORMS = ["%d.%m.%Y", "%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "Updated: %b %d, %Y, 16:07 IST", "%d.%m.%y"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(MENU + [PARA, PARA2, ""]),
                          st.tuples(DAYS, st.sampled_from(FORMS)).map(lambda t: t[0].strftime(t[1]))),
                max_size=14))
def test_dating_page_day_is_always_written_in_the_text(lines):
    raw = "\n".join(lines)
    d = date_text(raw, clean_text(raw))
    if d.published is not None:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", d.published)
        assert _stated(raw, d.published)


def test_dating_byline_parted_from_the_text_by_a_gallery():
    """No stamp has running text within the prose window, but the nearest stamp above the article's first
    paragraph (as cleaning found it) is its byline; a list of other posts' dates above the text is not."""
    gallery = [f"Bild {k} von 16: Szene am Hafen" for k in range(16)]
    raw = "\n".join(["Donnerstag, 5. November 2020", *MENU, "Kabinett beschließt Gesetz", "19 sierpnia 2020, 5:16",
                     *gallery, PARA, "", PARA2])
    assert date_text(raw, clean_text(raw)).published == "2020-08-19"
    teasers = []
    for k, day in enumerate(["18. Januar 2019", "22. November 2018", "31. August 2017", "9. November 2018"]):
        teasers += [f"Anderer Beitrag Nummer {k}", "Sport", day]
    raw = "\n".join([*MENU, *teasers, *gallery[:5], PARA, "", PARA2])
    assert date_text(raw, clean_text(raw)).published is None


def test_dating_update_stamp_heading_the_text_dates_it():
    """An update stamp right above the article's text (a category and a caption between) is its day, before a
    caption's date further down (which dates it without the rule)."""
    caption = "18/05/2020 Dr Tony Holohan, Chief Medical Officer, pictured this evening at a press conference"
    raw = "\n".join([*MENU, "Gavin O'Callaghan", "Updated21:22, 6 OCT 2020", "News",
                     "A garda watches over the city (Image: @GardaTraffic)", PARA, PARA2, caption, PARA])
    assert date_text(raw, clean_text(raw)).published == "2020-10-06"
