"""Subheadings that trafilatura left out between extracted paragraphs (body.extract_body helper).

trafilatura's fallbacks (readability, jusText) keep the paragraphs of a page and can drop the <h2>-<h6> over them: a
live blog's entry titles, a report's section heads. A heading comes back before the extracted paragraph it stands
over: the paragraph's page element, or an ancestor of it of which it is the first element with text (up to
`levels` levels, HTML_HEADING_MAX_LEVELS), follows the heading directly, with no text between them. Only short
headings (`max_chars`) inside the article's container that are no link, no label (':') and no timestamp, and not
already in the text, come back; and no slot's heading: one whose text recurs among the page's headings, or one of a
group of headings of the same tag and class of which some text recurs, or classed as an author or byline (a live
blog's <h4 class="entry-author">Jane Doe</h4>, label heads 'Breaking' / 'Key event' over its entries: review12
finding 17).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml.html import HtmlElement

from newsdesk.html.page import source_elements, squash

_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_AUTHOR_CLASS_RE = re.compile(r"author|byline", re.IGNORECASE)


def _has_text(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and bool(squash(el.text_content()))


def _heading_before(src: HtmlElement, levels: int) -> HtmlElement | None:
    """The heading element right before `src` or before an ancestor that `src` opens (up to `levels`), else None."""
    node = src
    for _ in range(levels):
        parent = node.getparent()
        if parent is None:
            return None
        prev = node.getprevious()
        while prev is not None and not _has_text(prev) and not (prev.tail or "").strip():
            prev = prev.getprevious()
        if prev is not None:
            if (prev.tail or "").strip():
                return None  # text between the heading and the paragraph
            return prev if prev.tag in _HEADINGS else None
        if (parent.text or "").strip():
            return None
        node = parent
    return None


def _slot_heads(tree: HtmlElement) -> set[HtmlElement]:
    """The page's headings that fill a slot rather than title a section: an author or label repeated over entries.
    A heading whose text recurs among the page's headings, every heading of a (tag, class) group in which some text
    recurs ('Jane Doe', 'Tom Hale', 'Jane Doe' in <h4 class="entry-author">), and one classed as an author/byline."""
    heads = list(tree.iter(*_HEADINGS))
    texts = {h: squash(h.text_content()).casefold() for h in heads}
    count = Counter(texts.values())
    groups: dict[tuple, list[HtmlElement]] = {}
    for h in heads:
        groups.setdefault((h.tag, h.get("class") or ""), []).append(h)
    out = {h for h in heads if count[texts[h]] > 1 or _AUTHOR_CLASS_RE.search(h.get("class") or "")}
    for (_, cls), members in groups.items():
        if cls and len({texts[h] for h in members}) < len(members):
            out.update(members)
    return out


def restore_headings(tree: HtmlElement, paras: list[str], max_chars: int, container, stamp,
                     levels: int = 3) -> list[str]:
    """`paras` with each lost subheading put back before the paragraph it stands over; `container(sources)` gives the
    article's container (body._container: a heading outside it heads a box below the article, comments, teasers),
    `stamp(text)` tells a timestamp line (body._dateline); `levels` bounds the ancestors a paragraph may open."""
    if not paras:
        return paras
    seen = squash(" ".join(paras))
    sources = source_elements(tree, paras)
    box = container(sources)
    slots: set[HtmlElement] | None = None  # read once, at the first heading found
    out: list[str] = []
    for text, src in zip(paras, sources, strict=True):
        head = _heading_before(src, levels) if src is not None else None
        if head is not None and (box is None or box in head.iterancestors()):
            slots = _slot_heads(tree) if slots is None else slots
            if head in slots:
                out.append(text)
                continue
            title = squash(head.text_content())
            if (title and len(title) <= max_chars and title not in seen and not title.endswith(":") and not stamp(title)
                    and not any(a.tag == "a" for a in head.iter()) and not any(a.tag == "a" for a in head.iterancestors())):
                out.append(unicodedata.normalize("NFC", title))
                seen += " " + title
        out.append(text)
    return out
