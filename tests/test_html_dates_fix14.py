"""htmlfix14: review14 finding 1 (2dc3f2b) -- a line of date stamps joined across inline markup is no sentence of the
story: the published day in it is the page's, not an event's (html/dates._stamp_sentence)."""

from __future__ import annotations

import pytest

from newsdesk.html import extract_html

_STORY = ("<p>A fire destroyed a warehouse on the Riverside estate on Sunday night, police said on Tuesday.</p>"
          "<p>Firefighters spent six hours bringing the blaze under control, and nobody was hurt, the fire service "
          "said.</p><p>The warehouse belonged to a furniture company that employs 40 people, and its owner said the "
          "business would rebuild.</p><p>Police said they were treating the fire as suspicious and asked anyone who "
          "saw people near the site to come forward.</p>")


def _page(stamps: str) -> str:
    # no date meta, no <time>: the day comes from the stamps printed under the headline (or htmldate's reading of them)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Warehouse fire in Riverside | Bay "
            "Courier</title></head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>"
            "Sport</a></nav></header><main><article><h1>Warehouse destroyed in Riverside fire</h1>"
            f"{stamps}{_STORY}</article></main><footer><a href='/about'>About us</a> &copy; 2024 Bay Courier</footer>"
            "</body></html>")


_STAMPS = [
    # review14 finding 1: two <em> stamps joined make a 12-word line ending '.', read as a sentence of the story
    "<p><em>Last modified on March 7, 2024.</em> <em>First published on March 5, 2024.</em></p>",
    # the variant: a byline with the days in <span>s and the author and section in links
    "<p class='byline'>Updated <span>March 7, 2024</span>. Published <span>March 5, 2024</span> by "
    "<a href='/a'>Jane Doe</a> in <a href='/n'>News</a>.</p>",
    "<p><em>First published on March 5, 2024.</em> <em>Last modified on March 7, 2024.</em></p>",
]


@pytest.mark.parametrize("stamps", _STAMPS)
def test_html_dates_fix14_a_line_of_stamps_is_no_sentence(stamps):
    assert extract_html(_page(stamps))[1].published == "2024-03-05"


def test_html_dates_fix14_a_long_story_sentence_with_a_publish_cue_stays_prose():
    # the stamp reading needs a short sentence: a story sentence naming when a report was published is still prose,
    # so htmldate's <meta name="date"> day stands over it
    lead = ("<p>The report, published by the <a href='/fire'>county fire service</a> on March 3, 2024, found that "
            "two of its engines were out of service that night.</p>")
    page = _page(lead).replace("<meta charset='utf-8'>", "<meta charset='utf-8'><meta name='date' content='2024-03-05'>")
    assert extract_html(page)[1].published == "2024-03-05"
