"""Whole-page scrapes: a run of running text below the article (a sidebar bio, a teaser's lead, the site's
self-description) is kept only when it weighs at least CLEAN_PAGE_MIN_LATER_RUN_SHARE of the article's run; a run
above the article (its lead, its first part) keeps the lower bar CLEAN_PAGE_MIN_RUN_SHARE."""

import random

import page_lines
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.clean import clean_text
from newsdesk.clean.page import article_spans, line_score
from newsdesk.settings import DEFAULT

P, MENU, FOOT = list(page_lines.P), list(page_lines.MENU), list(page_lines.FOOT)
SIDE = ["Meistgelesen", "Wetter", "Verkehr", "Horoskop", "Rätsel", "Podcasts", "Fotostrecken", "Videos", "Archiv",
        "Leserbriefe", "Veranstaltungen", "Gewinnspiele"]  # a sidebar: more than CLEAN_PAGE_LATER_RUN_GAP_LINES lines
LATER = [("Anna Beispiel schreibt seit vielen Jahren über Energiepolitik und Klimaschutz, zuvor arbeitete sie als "
          "Korrespondentin in Brüssel und als Redakteurin bei einer Regionalzeitung im Norden."),
         ("Sie lebt mit ihrer Familie in Berlin, fährt am liebsten Fahrrad und erreicht die Redaktion über das "
          "Kontaktformular am Ende jeder Seite.")]


def _page(lead: list[str], later: list[str]) -> list[str]:
    return [*MENU, *lead, *(SIDE if lead else []), "Kabinett beschließt Energiegesetz", *P, *SIDE, *later, *FOOT]


def test_clean_page_later_run_below_half_the_article_goes():
    c = clean_text("\n".join(_page([], LATER)))
    assert all(p in c.text for p in P)
    assert not any(x in c.text for x in LATER)


def test_clean_page_earlier_run_of_the_same_weight_stays():
    lines = _page(LATER, [])
    scores = [line_score(s, DEFAULT) for s in lines]
    spans = article_spans(lines, scores, DEFAULT)
    assert len(spans) == 2 and spans[0][1] <= lines.index(P[0])  # the run above the article is kept as a run
    assert not article_spans(lines[lines.index(P[0]) - 1:], None, DEFAULT)[1:]  # nothing below the article


def test_clean_page_later_run_share_is_the_setting():
    lines = _page([], LATER)
    assert len(article_spans(lines, None, DEFAULT)) == 1
    low = DEFAULT.replace(CLEAN_PAGE_MIN_LATER_RUN_SHARE=DEFAULT.CLEAN_PAGE_MIN_RUN_SHARE)
    assert len(article_spans(lines, None, low)) == 2  # at the general bar the bio would be a second run
    near = DEFAULT.replace(CLEAN_PAGE_LATER_RUN_GAP_LINES=len(SIDE) + 1)
    assert len(article_spans(lines, None, near)) == 2  # a run closer than the gap keeps the general bar


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(MENU + FOOT + SIDE + LATER), min_size=1, max_size=5), st.integers(0, 10_000))
def test_clean_page_later_run_junk_insertion_keeps_body_and_is_idempotent(junk, seed):
    rng = random.Random(seed)
    lines = _page([], LATER)
    start, end = lines.index(P[0]), lines.index(P[-1]) + 1
    for j in junk:  # furniture and bios anywhere outside the article's paragraphs
        lines.insert(rng.choice([0, start, end, len(lines)]), j)
        end = lines.index(P[-1]) + 1
        start = lines.index(P[0])
    c = clean_text("\n".join(lines))
    assert all(p in c.text for p in P)
    assert clean_text(c.text).text == c.text


S = ("The regional government approved a plan on Monday to expand the tram network with three new lines that will "
     "connect the northern suburbs to the city centre by the end of the decade, officials said at a press conference.")
BOX = ["Related", "Tram fares to rise in June", "New depot opens in Ostend", "Bus drivers strike again",
       "City buys ten new trams", "Photos: the old tram lines", "Night buses return", "Video: inside the depot",
       "Cycling lanes on Main Street", "Parking fees under review", "Advertisement"]  # an inline box of short lines
FIRST = [S.replace("Monday", d) for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")]
LAST = [("The opposition said the plan was too expensive and would take years longer than promised, and called for a "
         "vote in the regional parliament."),
        ("Construction of the first line is due to begin next spring, once the environmental review is finished, the "
         "transport department said."),
        ("The new lines are expected to carry about 40,000 passengers a day and to take thousands of cars off the "
         "roads into the centre each morning.")]


def test_clean_page_article_parted_by_a_long_box_keeps_its_last_part():
    # the last part weighs less than CLEAN_PAGE_MIN_LATER_RUN_SHARE of the first, but talks of the same things
    lines = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Login", "Search",
             "Tram network to grow by three lines", *FIRST, *BOX, *LAST, "About us", "Contact", "Imprint", "Privacy"]
    out = clean_text("\n".join(lines)).text
    assert all(p in out for p in FIRST + LAST)
    off = DEFAULT.replace(CLEAN_PAGE_LATER_RUN_MIN_SHARED=1.01)
    assert len(article_spans(lines, None, off)) == 1  # the shared words are what keep it
