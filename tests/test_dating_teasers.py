"""A stamp right under a heading that opens other stories ('Lesen Sie auch' / '14/08/2021' / a headline / its lead;
the cleaner's tail headings in many languages) dates that teaser, not the page (plaintext_dev A: vaticannews.va, a
year-old related story's date over its lead was taken for the byline; the page's own stamp is further down)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.foreign import teaser_stamps
from newsdesk.dates.publication import date_text

LEAD = ("Zum Gedenktag des heiligen Maximilian Kolbe an diesem Sonntag hat der Bamberger Erzbischof dazu aufgerufen, "
        "die historische Erfahrung von Auschwitz als Verpflichtung für Frieden und Versöhnung zu verstehen.")
OTHER = ("Mit einem Gottesdienst und einer Festveranstaltung haben deutsche und europäische Katholiken in Auschwitz "
         "an Pater Maximilian Kolbe erinnert, der dort vor achtzig Jahren sein Leben für einen Mithäftling gab.")


def _page(heading: str) -> str:
    return "\n\n".join(["Erzbischof ehrt in Auschwitz Pater Kolbe", LEAD, heading, "14/08/2021",
                        "Polen: Kirche erinnert in Auschwitz an Maximilian Kolbe", OTHER, OTHER, "Schlagwörter",
                        "Deutschland", "Polen", "14 August 2022, 15:40", "Senden", "Drucken"]) + "\n"


@pytest.mark.parametrize("heading", ["Lesen Sie auch", "Read also", "Related stories", "Lire aussi:",
                                     "Leggi anche"])
def test_dating_teaser_stamp_under_a_related_heading_is_no_byline(heading):
    raw = _page(heading)
    assert date_text(raw, clean_text(raw)).published != "2021-08-14"


def test_dating_the_same_stamp_without_the_heading_is_a_byline():
    raw = _page("Kirche und Gesellschaft")
    assert date_text(raw, clean_text(raw)).published == "2021-08-14"


def test_dating_teaser_stamps_stop_at_a_sentence():
    lines = ["Related stories", "The first of our stories is a long sentence about nothing at all.", "03/04/2021"]
    assert teaser_stamps(lines, [None, None, "2021-04-03"]) == set()
    assert teaser_stamps(lines[:1] + lines[2:], [None, "2021-04-03"]) == {1}
