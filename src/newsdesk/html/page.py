"""Helpers shared by the body and the date readers: whitespace, invisible tags, the headline element."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}
TOKEN_RE = re.compile(r"\w+")
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
