"""The spaces trafilatura loses at a link's edges when it keeps links (body._trafilatura_text helper).

With `include_links=True` trafilatura trims the text just before a link where that text is the tail of another
inline element ('... dazu und <a>sende Deine Botschaft</a>' after a <br>: 'undsende'), and the text after a link in
some blocks: two words of the page become one ('readerswho'), and every word 4-gram across them is lost. A space
comes back at such an edge (a letter or digit on both sides) when the page's own text writes the two words apart and
never together.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

from newsdesk.html.page import squash

_LAST_WORD = re.compile(r"(\S+)$")
_FIRST_WORD = re.compile(r"^(\S+)")


def _glued(left: str | None, right: str | None) -> bool:
    """Whether `left` ends and `right` opens with a letter or digit: joined, they make one word (a ')' or ',' at the
    edge splits the words anyway, for the reader and for the word shingles)."""
    return bool(left) and bool(right) and left[-1].isalnum() and right[0].isalnum()


def _apart(left: str, right: str, page: str) -> bool:
    """Whether the page writes the last word of `left` and the first word of `right` apart, and never glued."""
    a, b = _LAST_WORD.search(left), _FIRST_WORD.search(right)
    if not a or not b:
        return False
    return f"{a.group(1)} {b.group(1)}" in page and f"{a.group(1)}{b.group(1)}" not in page


def respace_links(body: _Element, page_text) -> int:
    """Put back the space at each <ref> edge of trafilatura's `body` that the page has (`page_text()`: its text, read
    only when some edge glues two words); returns how many were put back."""
    page = None
    fixed = 0
    for ref in body.iter("ref"):
        inner = "".join(ref.itertext())
        prev = ref.getprevious()
        before = prev.tail if prev is not None else ref.getparent().text if ref.getparent() is not None else None
        edges = (_glued(before, inner), _glued(inner, ref.tail))
        if not any(edges):
            continue
        page = squash(page_text()) if page is None else page
        if edges[0] and _apart(before, inner, page):
            if prev is not None:
                prev.tail += " "
            else:
                ref.getparent().text += " "
            fixed += 1
        if edges[1] and _apart(inner, ref.tail, page):
            ref.tail = " " + ref.tail
            fixed += 1
    return fixed
