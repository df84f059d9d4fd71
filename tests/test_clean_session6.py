"""Cleaning rules of session 6 (issue 14 item 5), each with the case that fails without it: breadcrumb trails in
any language and the dated headers of a comment thread go by their shape; soft hyphens and zero-width characters
stay in the article text but never reach entity keys or event-feature tokens."""

import pytest
from test_clean_page import MENU, P1, P2, P3  # the German page fixtures: one copy

from newsdesk.clean import clean_text
from newsdesk.clean.shape import dated_headers, is_breadcrumb
from newsdesk.settings import DEFAULT

OFF = DEFAULT.replace(CLEAN_CRUMB_MIN_PARTS=0, CLEAN_HEADER_MIN_LINES=0)
CRUMBS = ["Startseite » Politik » Energie » Kabinett beschließt ein neues Gesetz für Wind und Sonne",
          "Sie sind hier: Home » Europa » Deutschland » Niedersachsen » Emden",
          "Startseite>People>Real Life>Horror-Fund! Instagram-Star (†24) einbetoniert",
          "Strona główna › Wiadomości › Kraj › Sejm uchwalił nowelizację ustawy o odnawialnych źródłach", "Accueil > Économie > Emploi > Les Français travaillent-ils trop peu ?"]


@pytest.mark.parametrize("crumb", CRUMBS)
def test_clean_breadcrumb_trail_goes_in_any_language(crumb):
    raw = "\n\n".join([crumb, P1, P2, P3])
    assert clean_text(raw).text == "\n\n".join([P1, P2, P3])
    assert crumb in clean_text(raw, settings=OFF).text  # no other rule takes it


@pytest.mark.parametrize("line", [
    ">> Wegen Corona: Lokal auf Mallorca schließt <<",  # link arrows, not separators
    "Retour sur les revues de rang « 1 » ou « 1* » où les chercheurs « placent » quelques articles",
    "Der Wert stieg von 3 > 2 > 1 auf das Doppelte, wie die Forscher in ihrer langen Studie schreiben.",
    "Home » Sport",  # two parts: a link, maybe a heading
])
def test_clean_breadcrumb_shape_leaves_other_lines(line):
    assert not is_breadcrumb(line)


COMMENTS = ["Comment by Anna Beispiel — 17.07, 2011 @ 13:04",
            "Das sehe ich genauso, die Regelung ist schon seit Jahren überfällig und hätte früher kommen müssen.",
            "Comment by Ben — 17.07, 2011 @ 13:10",
            "Ich habe da meine Zweifel, ob die Mittel wirklich reichen werden, wie das Ministerium behauptet.",
            "Comment by Carla M. — 18.07, 2011 @ 09:02",
            "Danke für den Artikel!"]


def test_clean_dated_comment_headers_go():
    raw = "\n\n".join([P1, P2, P3, *COMMENTS])
    out = clean_text(raw).text.split("\n\n")
    assert out[:3] == [P1, P2, P3]
    assert not any(line.startswith("Comment by") for line in out)
    assert COMMENTS[1] in out and COMMENTS[3] in out  # the comments' text is no header
    assert COMMENTS[0] in clean_text(raw, settings=OFF).text


def test_clean_dated_lines_in_a_list_or_undated_series_stay():
    listed = ["Termin am 12.03.2024 in Berlin", "Termin am 19.03.2024 in Hamburg", "Termin am 26.03.2024 in Köln"]
    assert dated_headers(listed) == set()  # consecutive: a list of the article
    series = ["Small Nursery Idea #1: Maximize Wall Space", P1, "Small Nursery Idea #2: Go Vertical", P2,
              "Small Nursery Idea #3: Fold It Away", P3]
    assert dated_headers(series) == set()  # no year, no clock time: the article's numbered subheadings
    two = [COMMENTS[0], P1, COMMENTS[2], P2]
    assert dated_headers(two) == set()  # fewer than CLEAN_HEADER_MIN_LINES


def test_clean_page_menu_and_crumb_above_the_article_go():
    raw = "\n".join([*MENU, CRUMBS[0], "Kabinett beschließt Energiegesetz", P1, P2, P3])
    out = clean_text(raw).text
    assert CRUMBS[0] not in out and P1 in out and P3 in out
