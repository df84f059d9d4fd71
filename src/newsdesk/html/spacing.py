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
from newsdesk.settings import HTML_RESPACE_SEARCH_EDGES

# an alphanumeric run (a word without its punctuation): \w less the underscore, i.e. str.isalnum() characters
# (a match opens only where a run opens and never backtracks into it: linear even in a long script run)
_RUN = r"(?<![^\W_])[^\W_]++"
_LAST_RUN = re.compile(_RUN + "$")
_FIRST_RUN = re.compile(_RUN)
_PAIR_RE = re.compile(f"({_RUN}) (?=({_RUN}))")  # two runs with one space between (the page text is squashed)


def _glued(left: str | None, right: str | None) -> bool:
    """Whether `left` ends and `right` opens with a letter or digit: joined, they make one word (a ')' or ',' at the
    edge splits the words anyway, for the reader and for the word shingles)."""
    return bool(left) and bool(right) and left[-1].isalnum() and right[0].isalnum()


def _alnum_at(page: str, i: int) -> bool:
    return 0 <= i < len(page) and page[i].isalnum()


def _written(page: str, text: str) -> bool:
    """Whether `text` (words, a space between) stands in `page` as whole words: no letter or digit on either side."""
    at = page.find(text)
    while at >= 0:
        if not _alnum_at(page, at - 1) and not _alnum_at(page, at + len(text)):
            return True
        at = page.find(text, at + 1)
    return False


class _PageWords:
    """The page text's words: whether it writes two words apart (one space between) and whether it writes a word.

    The first HTML_RESPACE_SEARCH_EDGES questions search the page (C-speed substring search, edges x page); past them
    the page's word pairs and words are read once (one regex scan each) and every later question is a set lookup, so
    a page with many glued edges costs one pass (a 0.97 MB page with 13,500 glued edges: 0.95 s, session 12). Both
    ways give the same answer (whole words, a word being a run of letters and digits)."""

    def __init__(self, page: str, searches: int) -> None:
        self.page, self.searches = page, searches
        self.pairs: set[tuple[str, str]] | None = None
        self.runs: set[str] | None = None

    def apart(self, left: str, right: str) -> bool:
        """Whether the page writes the last word of `left` and the first word of `right` apart, and never as one word."""
        a, b = _LAST_RUN.search(left), _FIRST_RUN.match(right)
        if not a or not b:
            return False
        if self.pairs is None and self.searches > 0:
            self.searches -= 1
            return _written(self.page, f"{a.group()} {b.group()}") and not _written(self.page, a.group() + b.group())
        if self.pairs is None or self.runs is None:
            self.pairs = set(_PAIR_RE.findall(self.page))
            self.runs = set(re.findall(_RUN, self.page))
        return (a.group(), b.group()) in self.pairs and a.group() + b.group() not in self.runs


def respace_links(body: _Element, page_text, searches: int = HTML_RESPACE_SEARCH_EDGES) -> int:
    """Put back the space at each <ref> edge of trafilatura's `body` that the page has (`page_text()`: its text, read
    only when some edge glues two words); returns how many were put back."""
    words = None
    fixed = 0
    for ref in body.iter("ref"):
        inner = "".join(ref.itertext())
        prev = ref.getprevious()
        before = prev.tail if prev is not None else ref.getparent().text if ref.getparent() is not None else None
        edges = (_glued(before, inner), _glued(inner, ref.tail))
        if not any(edges):
            continue
        words = _PageWords(squash(page_text()), searches) if words is None else words
        if edges[0] and words.apart(before, inner):
            if prev is not None:
                prev.tail += " "
            else:
                ref.getparent().text += " "
            fixed += 1
        if edges[1] and words.apart(inner, ref.tail):
            ref.tail = " " + ref.tail
            fixed += 1
    return fixed
