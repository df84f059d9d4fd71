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
