"""An update stamp without a time of day is a revision note ("Zuletzt geändert am 07.01.2020", "Aktualisiert am
19.02.2020", "Updated June 13, 2019"): it states when a page was last changed, not when it was published, so it never
dates the page (issue 14: never invent a date). A news update stamp with its hour stays the day's stamp."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.publication import date_text, revision_note

PROSE = [
    "Um Sichtbarkeit und Leserschaft auf einem Wissenschaftsblog zu generieren, empfiehlt sich ein eigener Account.",
    "In diesem Beitrag zeigen wir, wie man den eigenen Feed direkt und datenschutzkonform in ein Blog einbetten kann.",
    "Die persönlichen Daten der Nutzerinnen und Nutzer werden dabei nicht an den Dienst übermittelt, heißt es dort.",
]


@pytest.mark.parametrize("stamp", ["Aktualisiert am 19.02.2020", "Zuletzt geändert am 19.02.2020",
                                   "Updated February 19, 2020", "Last updated 19 Feb 2020"])
@pytest.mark.parametrize("where", ["top", "bottom"])
def test_dating_revision_note_never_dates_the_page(stamp, where):
    parts = ["Bloghaus", stamp, *PROSE] if where == "top" else ["Bloghaus", *PROSE, stamp, "Über dieses Blog"]
    raw = "\n\n".join(parts) + "\n"
    assert date_text(raw, clean_text(raw)).published is None


@pytest.mark.parametrize("stamp", ["Aktualisiert: 19.02.2020, 10:27", "Updated21:22, 19 FEB 2020",
                                   "Updated 2010 GMT (0410 HKT) February 19, 2020", "Veröffentlicht am 19.02.2020"])
def test_dating_update_stamp_with_its_hour_dates_the_page(stamp):
    raw = "\n\n".join(["Bloghaus", stamp, *PROSE]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2020-02-19"


def test_dating_revision_note_beside_the_publication_stamp():
    raw = "\n\n".join(["Bloghaus", "26. September 2019", *PROSE, "Zuletzt geändert am 19.02.2020"]) + "\n"
    assert date_text(raw, clean_text(raw)).published == "2019-09-26"
    assert revision_note("Zuletzt geändert am 19.02.2020") and not revision_note("Aktualisiert: 19.02.2020, 10:27")
