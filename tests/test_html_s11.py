"""Session 11 (htmlaudit): HTML publication-day overrides made stricter where htmldate's day has a second source.

htmldate's day that the page's URL also states ('/2021/10/20/') is confirmed twice: an unconfirmed printed day does
not override it, and printed near the headline it comes before a day that only a UTC `datePublished` confirms
(HTML_URL_DAY_CONFIRMS; benchmarks/html_dates_audit.py)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml.html import fromstring

from newsdesk.html import dates as D
from newsdesk.html.dates import date_candidates, publication_date, url_day


def _cands(printed, htmldate, url=None, **meta):
    base = dict.fromkeys(("jsonld_published", "jsonld_modified", "meta_published", "meta_modified"))
    return {**base, **meta, "htmldate_original": htmldate, "headline": printed, "url_day": url_day(url)}


URL = "https://fire.example.at/2021/10/20/centre-opened/"


def test_html_s11_url_day_keeps_htmldate_against_one_printed_day():
    # a site's event date printed under the headline (the 18th) against htmldate's day that the URL states (20th)
    cands = _cands([(139, "2021-10-18")], "2021-10-20", URL)
    assert publication_date(cands).published == "2021-10-20"
    # without the URL's day the printed day still overrides htmldate, as before
    assert publication_date(_cands([(139, "2021-10-18")], "2021-10-20")).published == "2021-10-18"
    # a URL stating another day backs nothing
    other = _cands([(139, "2021-10-18")], "2021-10-20", "https://fire.example.at/2021/10/19/x/")
    assert publication_date(other).published == "2021-10-18"


def test_html_s11_url_day_printed_comes_before_a_utc_metadata_day():
    # a live page: JSON-LD datePublished 2023-11-01T23:01:00Z (local 2 Nov), the URL and htmldate say the 2nd,
    # both days are printed near the headline
    printed = [(266, "2023-11-01"), (266, "2023-11-02"), (298, "2023-11-02")]
    cands = _cands(printed, "2023-11-02", "https://news.example.it/esteri/2023/11/02/diretta/x",
                   jsonld_published="2023-11-01", meta_published="2023-11-01", jsonld_modified="2023-11-02")
    assert publication_date(cands).published == "2023-11-02"
    assert publication_date({**cands, "url_day": None}).published == "2023-11-01"


def test_html_s11_url_day_switch(monkeypatch):
    monkeypatch.setattr(D, "HTML_URL_DAY_CONFIRMS", 0)
    assert publication_date(_cands([(139, "2021-10-18")], "2021-10-20", URL)).published == "2021-10-18"


@pytest.mark.parametrize(("url", "day"), [
    ("https://nypost.example.com/2023/11/08/news/a-story/", "2023-11-08"),
    ("https://example.org/blog/2019-06-17-a-title", "2019-06-17"),
    ("https://example.org/2021_3_9_x", "2021-03-09"),
    ("https://example.org/a/20231108/b", None),         # 8 digits: an id as often as a date
    ("https://example.org/2023/11/story-42", None),      # no day
    ("https://example.org/2023/13/45/x", None),          # no calendar day
    ("https://example.org/2023-11/08/x", None),          # two separators
    ("https://example.org/x?d=2023/11/08", None),        # the query is no path
    ("http://[::1", None),                               # unparseable
    (None, None),
])
def test_html_s11_url_day_reads_full_dates_in_the_path(url, day):
    assert url_day(url) == day


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2026, 12, 31)), st.sampled_from("/-_"),
       st.text(alphabet="abcxyz-", max_size=12))
def test_html_s11_url_day_property(day, sep, slug):
    url = f"https://example.com/{day.year}{sep}{day.month:02d}{sep}{day.day:02d}/{slug}"
    assert url_day(url) == day.isoformat()


@given(st.text(max_size=80))
def test_html_s11_url_day_never_raises(text):
    assert url_day(text) is None or len(url_day(text)) == 10


def test_html_s11_date_candidates_carry_the_url_day():
    tree = fromstring("<html><body><h1>City library extends opening hours</h1><p>Text of the story here.</p>"
                      "</body></html>")
    got = date_candidates(tree, "https://city.example.org/2022/01/26/library/", "City library extends opening hours")
    assert got["url_day"] == "2022-01-26"
