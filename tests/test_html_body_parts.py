"""HTML body repairs of session 9: a body split into parts of which trafilatura took only the later ones, and a
label left over a teaser list that trafilatura dropped (html/body.py: _earlier_parts, _links_follow)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from newsdesk.html import extract_html, parse_html
from newsdesk.html.body import _drop_blocks

FIRST = ["The storm reached the northern coast early on Monday, bringing gusts of more than a hundred kilometres an "
         "hour and heavy rain to the region.",
         "Ferries between the islands were cancelled for the day, the operator said, and schools in three districts "
         "stayed closed."]
REST = ["Forecasters said the worst of the wind would pass by the evening but warned that rivers could still rise "
        "overnight after the rain.",
        "Power cuts hit about twelve thousand homes in the morning, the grid operator said, and most had their supply "
        "back by noon.",
        "Farmers in the lowlands moved livestock to higher fields on Sunday after the weather service issued its first "
        "warning.",
        "The regional government said it would assess the damage to harbours and sea walls once the wind had dropped "
        "this week.",
        "Insurers expect claims to be lower than after last winter's storm, which flooded hundreds of homes along the "
        "estuary.",
        "Rail services resumed in the afternoon after crews cleared fallen trees from the main line between the two "
        "largest towns."]
TITLE = "Storm hits the north coast"


def _split_page(first_cls: str, rest_cls: str, first_above_headline: bool = False) -> str:
    first = (f"<div class='grid'><div class='cell'><div class='{first_cls}'>" + "".join(f"<p>{p}</p>" for p in FIRST)
             + "</div></div></div>")
    head = f"<h1>{TITLE}</h1>"
    return (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Home</a></nav><div class='page'>"
            + (first + head if first_above_headline else head + first)
            + "<div class='wide'><figure><img src='a.jpg'><figcaption>Waves at the harbour.</figcaption></figure>"
              "<div class='ad'>Advertisement</div></div>"
            f"<div class='grid'><div class='cell'><div class='{rest_cls}'>" + "".join(f"<p>{p}</p>" for p in REST)
            + "</div></div></div></div><footer>Contact</footer></body></html>")


def test_html_body_split_in_parts_keeps_its_first_part():
    """trafilatura takes the later part ('article-text no-review') only; the earlier one of the same kind
    ('article-text') under the headline comes back first, in page order."""
    text = extract_html(_split_page("article-text", "article-text no-review"))[0].text
    paras = text.split("\n\n")
    assert paras[:2] == FIRST
    assert [p for p in REST if p not in paras] == []


def test_html_body_parts_are_elements_of_the_same_kind_under_the_headline():
    """A box sharing one layout class with the container is no part of the body, nor is one above the headline."""
    for page in (_split_page("widget block", "article-text block"),
                 _split_page("article-text", "article-text no-review", first_above_headline=True)):
        text = extract_html(page)[0].text
        assert FIRST[1] not in text
        assert REST[0] in text


def _blocks(xml: str) -> list:
    return list(etree.fromstring(f"<body>{xml}</body>"))


def _label_page(after_label: str) -> str:
    return (f"<html><body><article><h1>{TITLE}</h1><p>{FIRST[0]}</p><p>{FIRST[1]}</p><h2>More on this</h2>"
            f"{after_label}</article></body></html>")


LINKS = "<ul>" + "".join(f"<li><a href='/s/{i}'>Another story about the weather, part {i}</a></li>"
                         for i in range(6)) + "</ul>"
TEXT = "".join(f"<p>{p}</p>" for p in REST[:2])


def test_html_label_over_a_dropped_teaser_list_goes():
    """trafilatura keeps 'More on this' and leaves out the link list under it: the label goes too."""
    blocks = _blocks(f"<p>{FIRST[0]}</p><p>{FIRST[1]}</p><head>More on this</head>")
    dropped = _drop_blocks(blocks, parse_html(_label_page(LINKS)))
    assert ["".join(b.itertext()) for b in dropped] == ["More on this"]


def test_html_label_over_text_stays():
    """The same last heading over running text (which trafilatura missed) is no teaser label: it stays."""
    blocks = _blocks(f"<p>{FIRST[0]}</p><p>{FIRST[1]}</p><head>More on this</head>")
    assert _drop_blocks(blocks, parse_html(_label_page(TEXT))) == []
    assert _drop_blocks(blocks) == []  # no page: nothing to tell


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["article-text", "body", "more", "block", "teaser", "row", "col-8", "x"]),
                max_size=3),
       st.lists(st.sampled_from(["article-text", "body", "more", "block", "row", "col-8", "x"]), max_size=3))
def test_html_body_parts_only_add_earlier_paragraphs_in_front(first, rest):
    """Whatever class names the two parts carry: no traceback, the text without the repair is all there, in its
    order, and what the repair adds are paragraphs of the earlier part, in front of it. Compared as text: where
    trafilatura glued the earlier part's paragraphs into one block ('... region.Ferries ...', classes
    'article-text teaser' / 'article-text'), the repair gives them back as paragraphs (CI, session 9)."""
    import newsdesk.html.body as body

    page = _split_page(" ".join(first), " ".join(rest))
    with_parts = extract_html(page)[0].text.split("\n\n")
    real = body._earlier_parts
    body._earlier_parts = lambda *_a: []
    try:
        without = extract_html(page)[0].text.split("\n\n")
    finally:
        body._earlier_parts = real
    joined, joined_without = "".join(with_parts), "".join(without)
    assert joined.endswith(joined_without)
    assert all(p in FIRST for p in with_parts if p not in without)
    added = joined[:len(joined) - len(joined_without)]
    assert added == "".join(p for p in FIRST if p in added)
