"""review13 finding 4, reopened on variants (f4b): a Next.js section page's data is no article. Each test fails
without its rule in html/embedded (a story list named by slug, not url: _index; a page whose og:type is 'website':
_not_article)."""

from __future__ import annotations

import json

from newsdesk.html import extract_html

_DEKS = ["The operator blamed higher fuel costs and a new wage deal with its crews on the northern routes.",
         "Drivers will pay the same as last year after the board voted to hold prices until next spring.",
         "The terminal cost 30 million and has room for 2,000 passengers an hour at the busiest times."]


def _page(data: dict, og_type: str) -> str:
    return ("<html><head><title>Local news | Tidewater Now</title><meta property='og:type' content='" + og_type +
            "'></head><body><div id='__next'><main><div class='spinner'><span>Loading…</span></div></main></div>"
            "<script id='__NEXT_DATA__' type='application/json'>" + json.dumps(data) + "</script></body></html>")


def _text(html: str) -> str:
    docs = extract_html(html)
    return docs[0].text if docs else ""


def test_an_apollo_story_list_named_by_slug_is_an_index_even_on_an_article_typed_page():
    stories = [{"__typename": "Story", "headline": f"Headline number {i} of the day", "dek": d, "slug": f"story-{i}"}
               for i, d in enumerate(_DEKS)]
    data = {"props": {"pageProps": {"apolloState": {"Section:local": {"__typename": "Section", "stories": stories}}}}}
    assert _text(_page(data, "article")) == ""


def test_a_website_typed_page_takes_no_article_from_its_data():
    data = {"props": {"pageProps": {"section": "Local", "teasers": list(_DEKS)}}}
    assert _text(_page(data, "website")) == ""
    # the same data on a page that says it is an article is read as its story (the rule is the og:type, not the data)
    assert _DEKS[0] in _text(_page(data, "article"))
