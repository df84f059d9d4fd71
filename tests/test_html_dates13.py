"""html/dates (session 13, html13): the page's own HTML read as given, not the tree written back."""

from __future__ import annotations

from datetime import date

from newsdesk.html import extract_html, parse_html
from newsdesk.html.dates import _stated_or_none


def test_html_dates13_stated_reads_the_source_given():
    tree = parse_html("<html><body><p>Built in 1962.</p></body></html>")
    # the tree writes no 1 March 2022; a source that does is read instead of the tree written back
    assert _stated_or_none(tree, None, "2022-03-01", date(2026, 12, 7)) is None
    assert _stated_or_none(tree, None, "2022-03-01", date(2026, 12, 7), source="<p>2022-03-01</p>") == "2022-03-01"


def test_html_dates13_extract_html_day_of_the_first_kept():
    page = ("<html><head><meta property='article:published_time' content='2022-03-01T08:00:00Z'></head><body>"
            "<article><h1>Harbour wall repairs start in spring</h1><p>1st March 2022</p><p>" + "Work on the harbour "
            "wall will start in the spring, the council said, after engineers found cracks along its length. " * 3
            + "</p></article></body></html>")
    assert extract_html(page)[1].published == "2022-03-01"


def test_html_dates13_byline_day_over_a_later_masthead_day():
    from pathlib import Path

    from newsdesk.html.dates import decide

    fix = Path(__file__).parent / "fixtures" / "probe" / "html13"
    # a Bootstrap theme's top bar 'Saturday, 18 May 2024' and a French header 'Mercredi 12 juin 2024' above the
    # headline; the byline prints the day: '14 May 2024', 'Publié le 8 juin 2024 ..., mis à jour le 10 juin 2024'
    assert extract_html((fix / "bootstrap_news.html").read_bytes())[1].published == "2024-05-14"
    assert extract_html((fix / "fr_updated.html").read_bytes())[1].published == "2024-06-08"
    base = {"htmldate_original": "2024-05-18", "headline": [(14, "2024-05-14"), (900, "2024-04-29")]}
    assert decide(base)[::2] == ("2024-05-14", "byline")
    # htmldate's day earlier than the byline's (an original day under an updated stamp), printed below the headline,
    # stated by the URL or far from the headline, or publication metadata on the page: the rule stays out
    assert decide({**base, "htmldate_original": "2016-09-27"})[2] != "byline"
    assert decide({**base, "headline": [(14, "2024-05-14"), (900, "2024-05-18")]})[2] != "byline"
    assert decide({**base, "url_day": "2024-05-18"})[2] != "byline"
    assert decide({**base, "headline": [(700, "2024-05-14")]})[2] != "byline"
    assert decide({**base, "meta_published": "2024-05-18"})[0] == "2024-05-18"


def test_html_dates13_deep_json_ld_no_traceback():
    body = ("<body><article><h1>Harbour wall</h1><p>" + "The council met on Monday to discuss the harbour wall "
            "repairs and agreed a budget. " * 3 + "</p></article></body></html>")
    deep = "[" * 100_000 + "]" * 100_000  # json.loads raises RecursionError, not ValueError
    page = f'<html><head><script type="application/ld+json">{deep}</script></head>{body}'
    assert extract_html(page)[1].published is None
    shallow = '{"a":[' * 30 + '{"@type":"NewsArticle","datePublished":"2024-01-02"}' + "]}" * 30
    page = f'<html><head><script type="application/ld+json">{shallow}</script></head>{body}'
    assert extract_html(page)[1].published == "2024-01-02"
