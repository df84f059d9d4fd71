"""A date printed on a page that belongs to something other than the article is never its publication day:
an embedded post's attribution, a comment's signature, a labelled deadline or appointment, a period, a timeline
entry, a photo caption, the day a crawler or a citation took its copy. Each shape is checked where it is the
page's only date (the single-day fallback) and beside the article's own stamp (which must still win)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.dates.publication import date_text, other_event

PARA = ("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das "
        "den Ausbau von Wind- und Solaranlagen in den kommenden Jahren deutlich beschleunigen soll, sagte der Minister.")
PARA2 = ("Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, um die Ziele bis zum Ende "
         "des Jahrzehnts zu erreichen, und forderten weitere Nachbesserungen im parlamentarischen Verfahren.")

FOREIGN = [
    "— Jane Doe (@janedoe) January 7, 2018",                              # embedded post
    "Chinedum O. July 14, 2019 at 6:45 pm Reply",                          # comment signature
    "Termin: Montag, 15. November 2021 um 10.30 Uhr",                      # appointment
    "Einsendeschluss: 03.11.2019 (Poststempel)",                           # deadline
    "The daily gossip: November 2, 2023",                                   # another story's headline
    "09 Jan 2014 - 01 Jan 2017",                                            # a period
    "Verkehr: Sperrung der Chaussee an der Bahnüberführung vom 04.11.23 – 30.08.24!",  # a period, 2-digit years
    "8 August 2009: the first proper blog post went online that summer.",  # a timeline entry
    ("Une militante retourne vers le cortège après un échange avec les forces de l'ordre en marge de la "
     "manifestation - Paris - 5 mai 2018"),                                 # a photo caption
    "Posted 1 year, 160 days ago [downloaded on 2 October 2013]",          # the day a crawler took its copy
    "Retrieved 5 March 2020",                                               # a citation's access day
    "Abgerufen am 12.03.2021",
    "Page consultée le 4 mars 2021",
    "Protokoll der Vorstandssitzung vom 10. Oktober 2019",                  # the date of what the words name
    "Minutes of the board meeting of 5 March 2021",
    'Опубликован в газете "Московский комсомолец" №28453 от 30 декабря 2020',  # a print issue's date
    "Edition du lundi 12 octobre 2020",                                     # the masthead's print edition
    "Edición Nº:9526 4 de Mayo de 2022",
    "Ausgabe vom 3. Februar 2021",
    "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin",       # the source's day
    "Source: Financial Times, 24.3.2020",
    "Fuente: Agencia EFE, 5 de julio de 2020",
]


@pytest.mark.parametrize("line", FOREIGN)
def test_dating_other_event_line_is_not_the_publication_day(line):
    assert other_event(line)
    raw = "\n\n".join(["Kabinett beschließt Gesetz", PARA, line, PARA2])
    assert date_text(raw, clean_text(raw)).published is None


@pytest.mark.parametrize("line", FOREIGN)
def test_dating_other_event_line_does_not_beat_the_byline(line):
    raw = "\n\n".join(["Kabinett beschließt Gesetz", "Veröffentlicht am 3. Februar 2022", PARA, line, PARA2])
    assert date_text(raw, clean_text(raw)).published == "2022-02-03"


@pytest.mark.parametrize("line", [
    "Veröffentlicht: 22. August 2012",
    "Erscheinungsdatum: 07.02.2022",              # a compound ending in a stamp word
    "Stand des Artikels: 26. Februar 2020, 12:30 Uhr.",
    "Date of Last Revision: August 9, 2017",
    "質問日時：2020/07/13 01:10",                  # a label in a script without spaces is not judged
    "Janelle Hessig 9:46 am Sat Dec 12, 2020",   # a clock's colon is no label
    "Von: Björn Jahner | 31.10.23",
    "Posted: Nov 8, 2023 / 02:40 PM CST",
    "veröffentlicht am 14 Feb ’20 | Kategorien: Social Media | Tags: B2B, Best Practice, Interview, LinkedIn",
    "Tags: Social Media, Best Practice, Interview, LinkedIn, Selbständige, Fotografie, Canon | 22. August 2012",
    "Von Jule Radeck Vom 3. Februar 2022",        # "vom" after a byline: the stamp's own date
    "Stand vom 10.10.2019",
    "Quelle: Deutsche Rentenversicherung (Stand: 5. Februar 2020)",  # a stamp of its own after the source
    "Last Updated : Apr 08, 2020 05:08 PM IST | Source: PTI",
])
def test_dating_publication_stamps_are_not_other_events(line):
    assert not other_event(line)


@given(st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.sampled_from(["{d.day}. {m} {d.year}", "{d.day:02d}.{d.month:02d}.{d.year}", "{m} {d.day}, {d.year}",
                        "{d.year}-{d.month:02d}-{d.day:02d}"]),
       st.sampled_from(["Published", "Updated", "Veröffentlicht am", "Stand", "Datum", "Publié le"]),
       st.sampled_from(["Deadline", "Termin", "Anmeldeschluss", "Concert", "Next meeting"]))
def test_dating_other_event_label_decides(day, form, stamp_label, event_label):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    written = form.format(d=day, m=months[day.month - 1])
    assert not other_event(f"{stamp_label}: {written}")
    assert other_event(f"{event_label}: {written}")


def test_dating_announced_publication_stamp_beats_an_unannounced_one():
    raw = "\n\n".join(["Donnerstag, 5. November 2020 19 Uhr 6 °C", "Kabinett beschließt Gesetz", PARA,
                       "Veröffentlicht am 26. September 2020", PARA2])
    assert date_text(raw, clean_text(raw)).published == "2020-09-26"


def test_dating_announced_stamps_that_disagree_leave_the_choice_by_prose():
    raw = "\n\n".join(["Kabinett beschließt Gesetz", "Donnerstag, 5. November 2020", PARA, PARA2,
                       "Veröffentlicht am 26. September 2020", "Veröffentlicht am 1. Oktober 2020"])
    assert date_text(raw, clean_text(raw)).published == "2020-11-05"


def test_dating_announced_date_opening_a_meta_line():
    raw = "\n\n".join(["Kabinett beschließt Gesetz", PARA,
                       "Veröffentlicht am 16.08.2019 Dauer: 1 Stunde 4 Minuten Lizenz: CC-BY 4.0 Downloads: 22.273",
                       PARA2])
    assert date_text(raw, clean_text(raw)).published == "2019-08-16"


def test_dating_dateline_after_a_joined_teaser():
    raw = "\n\n".join(["Jagdverband: Auf Wildtiere achten",
                       "Der Jagdverband appelliert, Wege freizuhalten und Wildtiere zu schonen. Wien, 14. Dezember "
                       "2021 – Aufgrund der steigenden Mobilität erholen sich die Menschen vermehrt in der Natur, "
                       "sagte der Verband am Dienstag.", PARA2])
    d = date_text(raw, clean_text(raw))
    assert (d.published, d.evidence) == ("2021-12-14", "dateline")


def test_dating_undated_place_after_a_sentence_is_no_dateline():
    raw = "\n\n".join(["Jagdverband: Auf Wildtiere achten",
                       "Der Jagdverband appelliert, Wege freizuhalten. Wien – Aufgrund der steigenden Mobilität "
                       "erholen sich die Menschen vermehrt in der Natur.", PARA2])
    assert date_text(raw, clean_text(raw)).published is None


def test_dating_date_field_inside_a_meta_line():
    raw = "\n\n".join(["Forschungsprojekt gestartet", PARA,
                       "Forschungsprojekt legt Grundstein für Zertifizierung : Datum: 26.01.2022 Pressemitteilung: "
                       "6/2022", PARA2])
    assert date_text(raw, clean_text(raw)).published == "2022-01-26"


def test_dating_date_opening_a_meta_segment():
    raw = "\n\n".join(["Nachricht | 30.10.2021 Migration / Flucht «Wir waren fast 40 Tage in Quarantäne»",
                       PARA, PARA2])
    assert date_text(raw, clean_text(raw)).published == "2021-10-30"


def test_dating_a_list_of_dated_items_is_no_byline():
    """Three stamp lines in a row, each another day (other posts under the article), date nothing; the article's
    own stamp beside such a list still wins, and a masthead date + byline pair is no list."""
    listed = ["Article // 31 octobre 2021", "Vidéo // 3 juillet 2021", "Photos // 9 novembre 2021"]
    raw = "\n\n".join(["Kabinett beschließt Gesetz", PARA, PARA2, *listed, PARA])
    assert date_text(raw, clean_text(raw)).published is None
    raw = "\n\n".join(["Kabinett beschließt Gesetz", "Veröffentlicht am 3. Februar 2022", PARA, PARA2, *listed, PARA])
    assert date_text(raw, clean_text(raw)).published == "2022-02-03"
    raw = "\n\n".join(["Donnerstag, 5. November 2020", "3. Februar 2022", PARA, PARA2])
    assert date_text(raw, clean_text(raw)).published == "2022-02-03"


def test_dating_copy_day_gap_is_the_setting():
    """A copy word further before the date than DATING_RETRIEVED_GAP_CHARS says nothing about it."""
    from newsdesk.settings import DATING_RETRIEVED_GAP_CHARS

    near = "Retrieved" + " " * DATING_RETRIEVED_GAP_CHARS + "5 March 2020"
    far = "Retrieved" + " " * (DATING_RETRIEVED_GAP_CHARS + 1) + "5 March 2020"
    assert other_event(near) and other_event("Retrieved on: 5 March 2020")
    assert not other_event(far)


def test_dating_labelled_field_panel_value_is_no_publication_day():
    """A date that is the value of a label on the line above, in a run of DATING_FIELD_MIN_PAIRS label/value pairs
    (a forum member's panel), is the field's, not the page's; a writer's name over the byline stays a byline."""
    from newsdesk.settings import DATING_FIELD_MIN_PAIRS

    pairs = [("Joined", "May 11, 2017"), ("Messages", "3,066"), ("Reactions", "4,516"), ("Points", "12")]
    panel = [x for pair in pairs[:DATING_FIELD_MIN_PAIRS] for x in pair]
    raw = "\n".join(["What? Where'd it go?", "Thread starter Jane", *panel, PARA, PARA2])
    assert date_text(raw, clean_text(raw)).published is None
    short = [x for pair in pairs[:DATING_FIELD_MIN_PAIRS - 1] for x in pair]
    raw = "\n".join(["What? Where'd it go?", "Thread starter Jane", *short, PARA, PARA2])
    assert date_text(raw, clean_text(raw)).published == "2017-05-11"
    raw = "\n".join(["Kabinett beschließt Gesetz", "Katrina Creer", "21 Jan 2020", PARA, "Share", "12", PARA2])
    assert date_text(raw, clean_text(raw)).published == "2020-01-21"
