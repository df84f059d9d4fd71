"""Issue 14 (tailjunk, session 9): a line closed by a link's screen-reader hint is a link, not prose.

WordPress share buttons and site menus come out of a scrape as 'Click to share on Twitter (Opens in new window)',
'Link zum YouTube-Kanal (Öffnet neues Fenster)', 'Petites annonces(Opens in new window)': the hint that the link
opens a new window or tab marks the line as a link (rules.classify_line 'link'). A sentence that ends before the
hint, a quotation and a longer line stay. Hand-written lines, none from a dev set."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.rules import classify_line

HINTS = ["(Opens in new window)", "(opens in a new tab)", "(Öffnet neues Fenster)", "(öffnet in neuem Tab)",
         "(s'ouvre dans une nouvelle fenêtre)", "(se abre en una nueva ventana)", "(si apre in una nuova finestra)"]
LINKS = ["Click to share on Twitter", "Click to print", "Link zum YouTube-Kanal des Bundesrates", "Petites annonces",
         "Compartir en Facebook"]
BODY = ["The council approved the budget on Tuesday after a debate that ran late into the night.",
        "The mayor said the vote would let the city hire twenty more teachers from the autumn.",
        "Opposition members said the plan left too little for road repairs in the outer districts."]


@pytest.mark.parametrize("hint", HINTS)
@pytest.mark.parametrize("link", LINKS)
def test_clean_link_hint_line_is_a_link(link, hint):
    assert classify_line(f"{link} {hint}", site=[]) == "link"
    assert classify_line(f"{link}{hint}", site=[]) == "link"


@pytest.mark.parametrize("line", [
    "The full report is online (opens in new window).",  # a sentence that ends after the hint
    "Read the ruling on the court's website. (Opens in new window)",  # a sentence ends before the hint
    '"Click to share on Twitter (Opens in new window)"',  # a quotation
    "The ministry published the figures for every district and every school in the region on its website "
    "this morning (opens in new window)",  # longer than a link
])
def test_clean_link_hint_prose_stays(line):
    assert classify_line(line, site=[]) != "link"


def test_clean_link_hint_share_buttons_go_from_a_text():
    buttons = [f"{link} {HINTS[0]}" for link in LINKS[:2]]
    c = clean_text("\n\n".join([*BODY, *buttons]))
    assert c.text.split("\n\n") == BODY


@given(st.lists(st.tuples(st.sampled_from(LINKS), st.sampled_from(HINTS)), max_size=4),
       st.integers(0, len(BODY)))
def test_clean_link_hint_no_body_line_lost_and_idempotent(links, at):
    lines = [*BODY[:at], *(f"{a} {b}" for a, b in links), *BODY[at:]]
    c = clean_text("\n\n".join(lines))
    assert c.text.split("\n\n") == BODY
    assert clean_text(c.text).text == c.text
