"""html14: days printed near the headline, read with the line of text they stand in (html/dates.headline_dates)."""

from __future__ import annotations

import pytest

from newsdesk.html import extract_html
from newsdesk.html.dates import date_candidates
from newsdesk.html.decode import parse_html

_BEFORE = "A 34-year-old man has been charged with arson after a fire destroyed a warehouse on the "
_AFTER = " on March 3, 2024, police said."


def _page(lead: str, byline: str = "By Jane Doe", meta: str = "<meta name='date' content='2024-03-05'>") -> str:
    return (f"<html><head><title>Man charged over warehouse fire | Easton Gazette</title>{meta}</head><body><header>"
            "<a href='/'>Easton Gazette</a><nav><a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
            f"<main><article><h1>Man charged over warehouse fire</h1><div class='byline'>{byline}</div><p>{lead}</p>"
            "<p>Firefighters spent eleven hours bringing the blaze under control, and nearby homes were evacuated as a "
            "precaution while crews worked.</p><p>The warehouse, which stored furniture for three local shops, was "
            "destroyed. Nobody was hurt.</p></article></main><footer><p>© 2024 Easton Gazette</p></footer></body>"
            "</html>")


# the lead's sentence with its event day in a text node of a few words after (or inside) inline markup
_LEADS = [
    _BEFORE + "<a href='/tag/riverside'>Riverside industrial estate</a>" + _AFTER,
    _BEFORE + "<em>Riverside industrial estate</em>" + _AFTER,
    _BEFORE + "<span class='place'><a href='/tag/riverside'>Riverside</a> industrial estate</span>" + _AFTER,
    _BEFORE + "Riverside industrial estate on <strong>March 3, 2024</strong>, police said.",
]


@pytest.mark.parametrize("lead", _LEADS)
def test_html_dates14_a_day_after_a_link_in_the_lead_is_the_sentences_event_day(lead):
    # review13 finding 5 variant: '... on the <a>Riverside industrial estate</a> on March 3, 2024, police said.' -- the
    # text node after the link is 6 words, no 'sentence' alone; htmldate's <meta name="date"> day stands
    assert extract_html(_page(lead))[1].published == "2024-03-05"


@pytest.mark.parametrize("byline", ["By <a href='/by/jane'>Jane Doe</a>, March 3, 2024",
                                    "By <a href='/by/jane'>Jane Doe</a> <span class='date'>March 3, 2024</span>."])
def test_html_dates14_a_bylines_day_after_a_link_is_no_sentence(byline):
    # the byline's line is short: its day is no event day of a sentence, whatever markup splits it
    cands = date_candidates(parse_html(_page("Police said a man had been charged.", byline)), None,
                            "Man charged over warehouse fire")
    assert [d for _, d in cands["headline"]] == ["2024-03-03"]
    assert cands["headline_prose"] == []


def test_html_dates14_a_block_element_ends_the_line():
    # a day in a short block right after a long sentence is not read as part of that sentence
    lead = _BEFORE + "Riverside industrial estate, police said.</p><p class='stamp'>Published March 3, 2024."
    cands = date_candidates(parse_html(_page(lead, meta="")), None, "Man charged over warehouse fire")
    assert [d for _, d in cands["headline"]] == ["2024-03-03"]
    assert cands["headline_prose"] == []


@pytest.mark.parametrize("published, updated", [
    ("פורסם: 14.03.24, 09:41", "עודכן: 17.03.24, 12:05"),  # Hebrew, a two-digit year
    ("Giriş Tarihi: 14.03.2024 - 09:41", "Güncelleme Tarihi: 17.03.2024 - 12:05"),  # Turkish
    ("Publisert 14.03.2024 09:41", "Sist oppdatert 17.03.2024 12:05"),  # Norwegian
])
def test_html_dates14_an_update_cue_in_the_pages_language_marks_the_updates_day(published, updated):
    # the published and the updated stamp under the headline, a top bar's today (18 March, htmldate's day) far above:
    # the update's day, announced in the page's language, is no second byline day (two days are a list: htmldate's)
    meta = f"<span class='author'>Noa Levi</span> | <span>{published}</span> | <span>{updated}</span>"
    page = _page("Police said a man had been charged after the fire on the Riverside estate.", meta, meta="").replace(
        "<header>", "<div class='topbar'><span class='date-today'>Monday, 18 March 2024</span></div><header>")
    cands = date_candidates(parse_html(page), None, "Man charged over warehouse fire")
    assert [d for p, d in cands["headline"] if p >= 0] == ["2024-03-14"]
    assert extract_html(page)[1].published == "2024-03-14"


@pytest.mark.parametrize("quote", [
    "<blockquote class='twitter-tweet'><p lang='en'>Fares up 20%? On top of everything else? Unbelievable.</p>&mdash; "
    "Bay Commuters (@baycommuters) <a href='https://twitter.com/x/status/1'>March 3, 2024</a></blockquote>",
    "<blockquote><p>We will not let this happen again.</p><footer>Mayor's statement, 3 March 2024</footer></blockquote>",
])
def test_html_dates14_a_day_inside_a_blockquote_is_the_quoted_posts(quote):
    # review13 b32 tweet_older_nometa: an embedded post's day under the lead, <meta name="date"> the page's day
    page = _page("Ferry fares will rise by a fifth from April, the operator said.").replace(
        "<p>Firefighters", quote + "<p>Firefighters")
    assert extract_html(page)[1].published == "2024-03-05"
