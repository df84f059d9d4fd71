"""html/embedded (session 13, html13): a page whose DOM holds no article but whose data does (a Next.js page
rendered by its scripts, a JSON-LD articleBody)."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.html import extract_html, parse_html
from newsdesk.html.embedded import embedded_body

FIX = Path(__file__).parent / "fixtures" / "probe" / "html13"
_P1 = "The council voted on Tuesday night to build a floating pool beside the old quay."
_P2 = "Residents have campaigned for a pool for more than a decade, most recently with a petition."


def _page(data: object, script: str = '<script id="__NEXT_DATA__" type="application/json">') -> str:
    return (f"<html><head><title>Pool approved</title></head><body><div id='__next'><header>Tidewater</header>"
            f"<main><span>Loading…</span></main></div>{script}{json.dumps(data)}</script></body></html>")


def test_html_embedded13_nextjs_data_only_page():
    cleaned, dating = extract_html((FIX / "nextjs_data_only.html").read_bytes())
    paras = cleaned.text.split("\n\n")
    assert paras[0].startswith("Swimmers in the harbour district") and paras[-1].startswith("“This is the day")
    assert "Concerns about water quality" in paras  # a heading block stays, in its place
    assert not any(p in paras for p in ("inline-1", "Quay 4 warehouses to become flats", "Bus lane cameras switched on"))
    assert dating.published == "2024-07-10"


def test_html_embedded13_blocks_strings_html_and_article_body():
    blocks = {"props": {"pageProps": {"story": {"body": [
        {"type": "paragraph", "html": f"<p>{_P1}</p>"}, {"type": "ad", "slot": "mid-1"},
        {"type": "paragraph", "html": f"{_P2[:-1]} <a href='/x'>online</a>."}]},
        "latest": [{"title": "Bus lane cameras switched on", "href": "/b"}]}}}
    assert extract_html(_page(blocks))[0].text == f"{_P1}\n\n{_P2[:-1]} online."
    assert extract_html(_page({"story": {"content": f"<p>{_P1}</p><p>{_P2}</p>"}}))[0].text == f"{_P1}\n\n{_P2}"
    ld = {"@type": "NewsArticle", "headline": "Pool approved", "articleBody": f"{_P1}\n{_P2}"}
    # (trafilatura reads a JSON-LD articleBody itself, as one paragraph; embedded_body keeps its lines apart)
    assert embedded_body(parse_html(_page(ld, '<script type="application/ld+json">'))) == [_P1, _P2]


def test_html_embedded13_no_article_in_the_data_either():
    # one sentence, or titles only: no article (the DOM's 'Loading…' is none either)
    assert extract_html(_page({"body": [{"type": "paragraph", "html": _P1}]}))[0].text == ""
    assert extract_html(_page({"latest": [{"title": "Bus lane cameras switched on"}] * 5}))[0].text == ""
    assert extract_html(_page("{not json", ))[0].text == ""


def test_html_embedded13_dom_article_wins():
    page = _page({"body": [{"html": _P1}, {"html": _P2}, {"html": _P1}]}).replace(
        "<span>Loading…</span>", "<article><p>" + "The bridge reopened on Monday after eight months of repairs. " * 4
        + "</p></article>")
    assert extract_html(page)[0].text.startswith("The bridge reopened")


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=40)
                     | st.sampled_from([_P1, _P2, f"<p>{_P1}</p><p>{_P2}</p>", "<p", "<b>x</b>"]),
                     lambda kids: st.lists(kids, max_size=4) | st.dictionaries(
                         st.sampled_from(["html", "text", "articleBody", "type", "body", "items"]), kids, max_size=4),
                     max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(_JSON)
def test_html_embedded13_any_json_no_traceback(data):
    paras = embedded_body(parse_html(_page(data)))
    assert all(isinstance(p, str) and p == p.strip() and p for p in paras)


def test_html_embedded13_deep_or_broken_data_no_traceback():
    deep = "[" * 100_000 + "]" * 100_000  # json.loads: RecursionError
    assert extract_html(_page("x").replace('"x"', deep))[0].text == ""
    nested: object = {"body": [{"html": _P1}, {"html": _P2}]}
    for _ in range(200):  # loads fine, deeper than any page's data: not read past 40 levels
        nested = {"a": [nested]}
    assert embedded_body(parse_html(_page(nested))) == []
