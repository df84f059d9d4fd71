"""Stamps under the comments' heading below the article ('KOMMENTARE', '6 Kommentare zu “X”', 'Commentaires (6)',
'Leave a Reply') date comments, not the article (plaintext_dev B: autohaus.de's comment '04.02.2022 - 00:00 Uhr' over
a reader's text beat the article's 'Datum:' field; zulang.wordpress.com's comment of the next day)."""

import pytest

from newsdesk.clean import clean_text
from newsdesk.dates.foreign import _COMMENT_HEADING, comments_from
from newsdesk.dates.publication import date_text

PROSE = [
    "Hildegard Müller kann sich den Automobilvertrieb ohne den stationären Handel nicht vorstellen, sagte sie im "
    "Gespräch mit zwei Studenten der Betriebswirtschaft, die bald selbst ein Autohaus führen wollen.",
    "Der Handel bleibe der wichtigste Ansprechpartner der Kunden, auch wenn immer mehr Fahrzeuge über das Internet "
    "verkauft würden, und die Hersteller täten gut daran, ihre Partner nicht zu schwächen.",
]
COMMENT = ("Es ist völlig logisch und verständlich, dass Frau Müller so argumentieren muss, denn die Hersteller "
           "brauchen den Handel noch für viele Jahre, bis sich die Kunden an den Kauf im Netz gewöhnt haben.")


def _page(heading: str) -> str:
    return "\n\n".join(["Das Autohaus ist alternativlos", "Datum:", "03.02.2022", "Autor:", "se", "Teilen",
                        "Drucken", "Merken", "Bewerten", "Lesezeit", "Newsletter", "Anzeige", "Weitere Themen",
                        "Handel", *PROSE, heading, "Markus", "04.02.2022 - 00:00 Uhr", COMMENT,
                        "SAGEN SIE UNS IHRE MEINUNG"]) + "\n"


@pytest.mark.parametrize("heading", ["KOMMENTARE", "2 Kommentare zu „Das Autohaus ist alternativlos“",
                                     "Commentaires (2)", "12 Comments", "One thought on “Das Autohaus”",
                                     "Leave a Reply", "Schreibe einen Kommentar"])
def test_dating_comment_stamps_are_no_publication_day(heading):
    raw = _page(heading)
    assert date_text(raw, clean_text(raw)).published != "2022-02-04"


def test_dating_without_a_comments_heading_the_stamp_by_the_text_stays():
    raw = _page("Markus Meier schreibt")  # no heading: the stamp with the text below it is a byline
    assert date_text(raw, clean_text(raw)).published == "2022-02-04"


@pytest.mark.parametrize("line,heading", [
    ("6 Kommentare zu “3 Jahre legalisierte Genitalverstümmelung”", True), ("Comments", True),
    ("Commentaires (6)", True), ("0 Kommentare", True), ("Kommentar", False),  # an opinion piece's label
    ("Comment", False), ("Most commented", False), ("Comments are closed.", False),
    ("Die Kommentare der Leser zeigen, wie sehr das Thema bewegt.", False),
])
def test_dating_comment_heading_shape(line, heading):
    assert bool(_COMMENT_HEADING.search(line)) is heading


def test_dating_comments_begin_below_the_article_start():
    lines = ["Comments", "Title", "Body text", "12 Comments", "A reader"]
    assert comments_from(lines, 2) == 3
    assert comments_from(lines, 4) is None


def test_dating_a_bare_comments_button_of_the_share_bar_opens_no_comments():
    # plaintext_dev hd_f068867d5998 (dailyrecord.co.uk, half B): under the standfirst, the share bar's 'Comments'
    # button stands above the byline stamp; with none of the story's running text between, it heads no comments
    stand = "A man missing for a decade vanished after leaving a nightclub in the town, police said."
    bar = [stand, "Bookmark", "Share", "Comments", "By", "Jane Doe", "04:30, 3 NOV 2023", "The story goes on here."]
    assert comments_from(bar, 0) is None
    below = [stand, "His father said on Friday that he had finally accepted that his son would not come home.",
             "Comments", "A reader", "05:10, 3 NOV 2023"]
    assert comments_from(below, 0) == 2
