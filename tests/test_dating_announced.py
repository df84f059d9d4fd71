"""An announced publication stamp with no running text beside it ('Publié le 02/11/2023 à 15h57' over a caption,
share buttons and a newsletter box; lepoint.fr in plaintext_dev B) dates the page when every announced stamp names
that day; and a two-digit year after a month name without its apostrophe when a time of day follows it ('Publié le
27 Mar 20 à 9:21', actu.fr in plaintext_dev A)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.grammar import stamp_parts
from newsdesk.dates.publication import announced_stamp, date_text

PROSE = ("Yassin E., imam de la mosquée de Beaucaire, avait cité sur Facebook un hadith appelant à tuer les Juifs. "
         "Il était jugé ce matin en comparution immédiate à Nîmes, où il a été condamné à de la prison avec sursis.")
FURNITURE = ["C'est à Nîmes qu'un imam a été condamné. © Henri Frasque", "Temps de lecture : 4 min",
             "Ajouter à mes favoris", "L'article a été ajouté à vos favoris", "Facebook", "Twitter", "LinkedIn",
             "E-mail", "WhatsApp", "Instagram", "Copier le lien", "Le journal du soir", "Tous les soirs à 18h"]


def _page(stamps: list[str]) -> str:
    return "\n\n".join(["Un imam condamné", PROSE[:120], "Par Henri Frasque", stamps[0], *FURNITURE, PROSE,
                        *stamps[1:], "Nos Hors-Séries", "Mardi 17 octobre 2023", "Voir les hors-séries"]) + "\n"


def test_dating_announced_stamp_without_prose_dates_the_page():
    raw = _page(["Publié le 02/11/2023 à 15h57"])
    assert date_text(raw, clean_text(raw)).published == "2023-11-02"


@pytest.mark.parametrize("stamps", [
    ["02/11/2023 à 15h57"],  # not announced: a date among furniture and another date below
    ["Publié le 02/11/2023 à 15h57", "Publié le 30/10/2023 à 10h00"],  # two announced days: no certain one
    ["Mis à jour le 02/11/2023 à 15h57"],  # an update
])
def test_dating_unannounced_or_ambiguous_stamps_leave_the_day_open(stamps):
    raw = _page(stamps)
    assert date_text(raw, clean_text(raw)).published is None


def test_dating_announced_stamps_of_a_list_are_no_publication():
    lines = [f"Publié le {d:02d}/10/2023 à 10h00" if i % 2 else "Un autre article"
             for i, d in enumerate(range(20, 28))]
    assert announced_stamp(lines, day_first=True) is None


@pytest.mark.parametrize("line,day", [
    ("Publié le 27 Mar 20 à 9:21", "2020-03-27"),
    ("27 Mar 20, 10:30", "2020-03-27"),
    ("14 Feb ’20", "2020-02-14"),
    ("27 Mar 20 people", None),  # no time of day after the number: no year
    ("27 Mar 20", None),
])
def test_dating_short_year_before_a_time(line, day):
    days, _, _ = stamp_parts(line, day_first=True)
    assert (days[0] if days else None) == day


@given(day=st.integers(1, 28), yy=st.integers(0, 39), hh=st.integers(0, 23), mm=st.integers(0, 59))
def test_dating_short_year_before_a_time_property(day, yy, hh, mm):
    days, other, _ = stamp_parts(f"Published {day} Mar {yy:02d} at {hh}:{mm:02d}")
    assert days == [f"20{yy:02d}-03-{day:02d}"] and other == 0


RESULTS = ["4 x 100 m Staffel", "19.05.2007", "1. Zeitlauf", "1.", "DJK Ellwangen", "55,75", "sec.", "2.",
           "TS Göppingen", "54,34", "sec."]


def test_dating_a_byline_stamp_over_a_table_dates_the_page():
    # no running text anywhere: the byline's writer and date say which day is the publication
    raw = "\n\n".join(["Ergebnisse: Regionalmeisterschaften, 19.5.2007",
                       "von Marc Scheloske | 20. Mai 2007 | Ergebnisse | 0 Kommentare", *RESULTS, *RESULTS]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2007-05-20"


@pytest.mark.parametrize("line", ["Von Sitte und Moral 7 April, 2014",  # a headline that opens with "Von"
                                  "Ergebnisse | 20. Mai 2007 | 0 Kommentare"])  # no writer named
def test_dating_no_byline_no_announced_day(line):
    lines = ["Aktuelle Beiträge", line, "Das F-Wort", "Neueste Kommentare"]
    assert announced_stamp(lines, day_first=True) is None
