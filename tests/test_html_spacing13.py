"""html/spacing.respace_links past HTML_RESPACE_SEARCH_EDGES edges: the page's word pairs and words read once (a set
lookup per edge) give the same answers as a search of the page per edge (session 13, html13)."""

from __future__ import annotations

import json
from copy import deepcopy
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsdesk.html.spacing import respace_links

FIX = Path(__file__).parent / "fixtures" / "probe"


def _both(xml: str, page: str) -> tuple[str, str, int, int]:
    a, b = etree.fromstring(xml), etree.fromstring(xml)
    na = respace_links(a, lambda: page, 10**9)  # every edge by a page search
    nb = respace_links(b, lambda: page, 0)  # every edge by the one-pass word index
    return etree.tostring(a, encoding="unicode"), etree.tostring(b, encoding="unicode"), na, nb


def test_html_spacing13_index_answers_as_the_search():
    for xml, page in [
        ("<body><p>dazu und<ref>sende Deine</ref></p></body>", "dazu und sende Deine"),
        ("<body><p><ref>Join readers</ref>who get it</p></body>", "Join readers who get it"),
        ("<body><p>the <ref>link</ref>s here</p></body>", "the links here"),
        ("<body><p>ab<ref>cd</ref></p></body>", "ab cd and abcd"),
        ("<body><p>(U.S<ref>sende</ref></p></body>", "x U.S sende y"),
        ("<body><p>ab<ref>cd</ref></p></body>", "xab cd"),  # 'ab' inside a longer word: not the word 'ab'
        ("<body><p>ab<ref>cd</ref></p></body>", "ab cd_x"),  # '_' is no letter: 'cd' stands as a word
    ]:
        a, b, na, nb = _both(xml, page)
        assert (a, na) == (b, nb), (xml, page)
    a, _, na, _ = _both("<body><p>dazu und<ref>sende Deine</ref></p></body>", "dazu und sende Deine")
    assert na == 1 and "und </p>" not in a and "und <ref>" in a


_WORDS = st.sampled_from(["ab", "cd", "abcd", "x", "U.S", "(ab", "cd,", "ab_", "é", "12", "ab12"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.lists(st.tuples(_WORDS, _WORDS, _WORDS), min_size=1,
                                                           max_size=4), st.sampled_from([" ", "", "\n"]))
def test_html_spacing13_index_answers_as_the_search_property(page_words, links, sep):
    page = sep.join(page_words) if sep else " ".join(page_words).replace(" ab ", "ab ")
    xml = "<body><p>" + "".join(f"{b}<ref>{i}</ref>{t}" for b, i, t in links) + "</p></body>"
    a, b, na, nb = _both(xml, page)
    assert (a, na) == (b, nb)


@pytest.mark.parametrize("folder", ["html12", "html13"])
def test_html_spacing13_same_output_on_probe_pages(folder):
    import warnings

    from trafilatura import bare_extraction

    from newsdesk.html import decode_html, parse_html

    labels = [json.loads(x) for x in (FIX / f"{folder}.labels.jsonl").read_text(encoding="utf-8").splitlines() if x]
    assert labels
    for lab in labels:
        tree = parse_html(decode_html((FIX / folder / lab["file"]).read_bytes()))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = bare_extraction(tree, include_comments=False, include_tables=True, include_formatting=False,
                                  include_links=True, with_metadata=False)
        if doc is None or doc.body is None:
            continue
        a, b = deepcopy(doc.body), deepcopy(doc.body)
        page = tree.text_content() or ""
        assert respace_links(a, lambda p=page: p, 10**9) == respace_links(b, lambda p=page: p, 0)
        assert etree.tostring(a) == etree.tostring(b), lab["file"]
