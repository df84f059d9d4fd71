"""Whole-page scrapes: a list inside the article whose items continue a sentence (they open in lower case) costs
little when the article's run is chosen, so the list and the paragraph after it stay with the article; a menu of
capitalised links between two stories still parts them."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import is_fragment, line_score
from newsdesk.settings import DEFAULT

P = [("Die Zaubernuss gehört zu den wenigen Gehölzen, die mitten im Winter blühen, und sie ist deshalb in vielen "
      "Gärten ein gern gesehener Farbtupfer, wenn sonst kaum etwas wächst oder grünt."),
     ("Wer einen Strauch pflanzen möchte, sollte einen sonnigen bis halbschattigen Standort wählen und den Boden vor "
      "der Pflanzung gründlich lockern, damit die Wurzeln gut anwachsen können.")]
LIST = ["bei Frost rollen sich die Blütenblätter ein", "keine besondere Winterpflege nötig",
        "an frostfreien Tagen ab und zu gießen", "im Frühjahr nur wenig zurückschneiden"]
AFTER = ("Mit diesen Hinweisen gelingt die Pflege auch ohne viel Erfahrung, und der Strauch blüht viele Jahre lang "
         "zuverlässig, selbst wenn der Winter einmal besonders hart und lang ausfällt.")
MENU = ["Startseite", "Garten", "Pflanzen", "Balkon", "Wohnen", "Rezepte", "Anmelden", "Suche", "Newsletter"]
FOOT = ["Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen", "Cookies verwalten"]


def _page(lst: list[str]) -> str:
    return "\n".join([*MENU, "Zaubernuss im Winter", *P, "Das Wichtigste in Kürze:", *lst, AFTER, *FOOT])


def test_clean_page_fragment_list_and_what_follows_stay():
    c = clean_text(_page(LIST))
    assert all(p in c.text for p in P)
    assert all(item in c.text for item in LIST)
    assert AFTER in c.text
    assert not any(m in c.text.split("\n") for m in MENU[1:])


def test_clean_page_fragment_shape():
    assert all(is_fragment(item, DEFAULT) for item in LIST)
    assert not any(is_fragment(m, DEFAULT) for m in [*MENU, "Zaubernuss im Winter", "iPhone", "weiter", "中文标题"])
    assert line_score(LIST[0], DEFAULT) == -DEFAULT.CLEAN_PAGE_FRAGMENT_COST
    assert line_score(MENU[0], DEFAULT) == -DEFAULT.CLEAN_PAGE_LINE_COST
    assert not is_fragment(LIST[1], DEFAULT.replace(CLEAN_PAGE_FRAGMENT_MIN_WORDS=5))


def test_clean_page_fragment_a_capitalised_list_still_costs_the_line_cost():
    menu_like = ["Winterpflege", "Standort", "Rückschnitt", "Sorten"]
    c = clean_text(_page(menu_like))
    assert all(p in c.text for p in P)
    assert not any(m in c.text.split("\n") for m in menu_like)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(MENU + FOOT + LIST), min_size=1, max_size=5), st.integers(0, 10_000))
def test_clean_page_fragment_junk_insertion_keeps_body_and_is_idempotent(junk, seed):
    rng = random.Random(seed)
    lines = _page(LIST).split("\n")
    for j in junk:  # furniture lines anywhere around the article's paragraphs
        lines.insert(rng.choice([0, len(MENU), len(lines)]), j)
    c = clean_text("\n".join(lines))
    assert all(p in c.text for p in P)
    assert clean_text(c.text).text == c.text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_clean_page_fragment_any_line_no_error(line):
    assert is_fragment(line, DEFAULT) in (True, False)
