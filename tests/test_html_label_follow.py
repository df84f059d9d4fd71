"""html/body._links_follow reads the page text after a bare label lazily (`_following_texts`): the same text nodes
as XPath following::text(), in the same order, and for each label only as many as HTML_LABEL_FOLLOW_CHARS needs (a
page of many bare headings was quadratic when each one materialised the rest of the page)."""

from __future__ import annotations

import lxml.html
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.html import body
from newsdesk.html.body import _following_texts, _links_follow, extract_body
from newsdesk.settings import HTML_LABEL_FOLLOW_CHARS, HTML_LINK_DENSITY_DROP

_TAGS = ["div", "p", "a", "span", "h2", "ul", "li", "script", "style", "noscript", "b"]
_WORDS = st.sampled_from(["", " ", "\n  ", "news", "Read more", "the council voted", "é ü"])


@st.composite
def _fragment(draw, depth=0):
    kind = draw(st.sampled_from(["el", "el", "comment", "text"] if depth < 4 else ["comment", "text"]))
    if kind == "text":
        return draw(_WORDS)
    if kind == "comment":
        return f"<!-- {draw(_WORDS)} -->{draw(_WORDS)}"
    tag = draw(st.sampled_from(_TAGS))
    inner = "".join(draw(st.lists(_fragment(depth + 1), max_size=4)))
    return f"<{tag}>{draw(_WORDS)}{inner}</{tag}>{draw(_WORDS)}"


def _reference(el):
    """The former implementation: XPath following::text(), each node with its holder."""
    return [(str(t), t.getparent().getparent() if t.is_tail else t.getparent()) for t in el.xpath("following::text()")]


def _reference_links_follow(el) -> bool:
    total = linked = 0
    for node in el.xpath("following::text()[not(ancestor::script or ancestor::style or ancestor::noscript)]"):
        size = len(body.squash(node))
        if not size:
            continue
        total += size
        holder = node.getparent().getparent() if node.is_tail else node.getparent()
        if holder is not None and (holder.tag == "a" or any(up.tag == "a" for up in holder.iterancestors())):
            linked += size
        if total >= HTML_LABEL_FOLLOW_CHARS:
            break
    return total > 0 and linked >= HTML_LINK_DENSITY_DROP * total


@settings(max_examples=200, deadline=None)
@given(st.lists(_fragment(), min_size=1, max_size=5))
def test_following_texts_are_xpath_following_text(parts):
    tree = lxml.html.document_fromstring("<html><body>" + "".join(parts) + "</body></html>")
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        got = list(_following_texts(el))
        want = _reference(el)
        assert [t for t, _ in got] == [t for t, _ in want]
        assert all(a is b for (_, a), (_, b) in zip(got, want, strict=True))
        assert _links_follow(el) == _reference_links_follow(el)


def _many_headings(n: int) -> str:
    para = "<p>" + "The council voted on Tuesday to rebuild the bridge after months of argument over the cost. " * 3
    para += "</p>"
    heads = "".join(f"<h2>Section {k}</h2>" for k in range(n))
    return (f"<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>{para * 5}{heads}{para}"
            "</article></body></html>")


def test_links_follow_reads_a_bounded_amount_per_label(monkeypatch):
    """Each bare heading reads the text nodes after it only up to HTML_LABEL_FOLLOW_CHARS characters: the most
    nodes one call pulls is the same on a page of 60 headings as on one of 600, and the bodies are those the
    XPath reading gives."""
    pulled: list[int] = []

    def counting(el):
        pulled.append(0)
        for item in _following_texts(el):
            pulled[-1] += 1
            yield item

    most = {}
    for n in (60, 600):
        pulled.clear()
        monkeypatch.setattr(body, "_following_texts", counting)
        lazy = extract_body(lxml.html.fromstring(_many_headings(n)), None, "Bridge")
        monkeypatch.setattr(body, "_links_follow", _reference_links_follow)
        eager = extract_body(lxml.html.fromstring(_many_headings(n)), None, "Bridge")
        monkeypatch.undo()
        assert len(pulled) >= n // 2  # the headings are bare labels that were looked after
        most[n] = max(pulled)
        assert lazy == eager
    assert most[600] == most[60] <= 2 * HTML_LABEL_FOLLOW_CHARS
