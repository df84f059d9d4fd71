"""Helpers shared by the body and the date readers: whitespace, invisible tags, the headline element, the text
after an element (`following_texts`)."""

from __future__ import annotations

import re

from lxml.etree import iterwalk as _iterwalk
from lxml.html import HtmlElement

SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}
TOKEN_RE = re.compile(r"\w+")
_WS_ALL_RE = re.compile(r"\s+")
_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def squash(text: str) -> str:
    """All whitespace runs (newlines, no-break spaces included) -> one space."""
    return " ".join(text.split())


def norm_line(line: str) -> str:
    """Horizontal whitespace runs -> one space (line breaks kept), stripped."""
    return _WS_RE.sub(" ", line).strip()


def headline(body: HtmlElement, title: str | None) -> HtmlElement | None:
    """The page's headline element: the <h1> (else <h2>) sharing most words with the title, else the first one."""
    for tag in ("h1", "h2"):
        heads = [h for h in body.iter(tag) if len(h.text_content().strip()) >= 8]
        if not heads:
            continue
        if not title:
            return heads[0]
        want = set(TOKEN_RE.findall(title.casefold()))

        def overlap(h: HtmlElement, want: set[str] = want) -> float:
            got = set(TOKEN_RE.findall(h.text_content().casefold()))
            return len(want & got) / max(1, len(got))

        best = max(heads, key=overlap)
        if overlap(best) >= 0.5 or tag == "h1":
            return best
    return None


def comment_sections(tree: HtmlElement, title: str | None) -> list[HtmlElement]:
    """The readers' comment sections of a page, as trafilatura finds them when it prunes comments from the article
    (its REMOVE_COMMENTS_XPATH: an id or class opening with 'comment', Disqus threads): the outermost matches that
    do not hold the headline (a page whose whole article sits in a 'comment...' wrapper keeps it)."""
    from trafilatura.xpaths import REMOVE_COMMENTS_XPATH

    body = tree.find("body")
    if body is None:
        return []
    head = headline(body, title)
    found = [el for xp in REMOVE_COMMENTS_XPATH for el in xp(body)]
    marked = set(found)
    out = []
    for el in found:
        if any(up in marked for up in el.iterancestors()):
            continue
        if head is not None and (el is head or any(up is el for up in head.iterancestors())):
            continue
        out.append(el)
    return out


def source_elements(tree: HtmlElement, texts: list[str]) -> list[HtmlElement | None]:
    """The page element each extracted block's text starts in (its text or tail holder), found by the block's
    opening in the page's visible text in reading order; None where trafilatura changed the text (no match)."""
    from bisect import bisect_right

    body = tree.find("body")
    if body is None:
        return [None] * len(texts)
    parts: list[str] = []
    starts: list[int] = []
    owners: list[HtmlElement] = []
    size = 0

    def add(chunk: str | None, owner: HtmlElement) -> None:
        nonlocal size
        if not chunk:
            return
        chunk = _WS_ALL_RE.sub(" ", chunk)
        if chunk.startswith(" ") and (not parts or parts[-1].endswith(" ")):
            chunk = chunk[1:]
        if chunk:
            parts.append(chunk)
            starts.append(size)
            owners.append(owner)
            size += len(chunk)

    def walk(el: HtmlElement) -> None:
        add(el.text, el)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
                walk(child)
            add(child.tail, el)

    walk(body)
    full, out, pos = "".join(parts), [], 0
    for text in texts:
        probe = " ".join(text.split())[:40]
        at = full.find(probe, pos) if probe else -1
        if probe and at < 0:
            at = full.find(probe)
        if at < 0:
            out.append(None)
            continue
        pos = at
        out.append(owners[bisect_right(starts, at) - 1])
    return out


HIDDEN_TAGS = {"script", "style", "noscript"}


def following_texts(el: HtmlElement):
    """The text nodes after `el` in document order, outside it (XPath following::text()), each with the element that
    holds it (a tail's holder is its element's parent), generated lazily: `el`'s tail, its following siblings'
    subtrees, then the same for each ancestor. A comment's or instruction's own content is no text node."""
    node = el
    while node is not None:
        parent = node.getparent()
        if node.tail and parent is not None:
            yield node.tail, parent
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):  # a comment or instruction: only its tail
                if sib.tail and parent is not None:
                    yield sib.tail, parent
                continue
            for event, sub in _iterwalk(sib, events=("start", "end", "comment", "pi")):
                if event == "start":
                    if sub.text and isinstance(sub.tag, str):
                        yield sub.text, sub
                elif sub.tail and (up := sub.getparent()) is not None:
                    yield sub.tail, up
        node = parent
