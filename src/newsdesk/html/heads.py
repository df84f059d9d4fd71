"""Subheadings that trafilatura left out between extracted paragraphs (body.extract_body helper).

trafilatura's fallbacks (readability, jusText) keep the paragraphs of a page and can drop the <h2>-<h6> over them: a
live blog's entry titles, a report's section heads. A heading comes back before the extracted paragraph it stands
over: the paragraph's page element, or an ancestor of it of which it is the first element with text (up to
_MAX_LEVELS levels), follows the heading directly, with no text between them. Only short headings
(`max_chars`) inside the article's container that are no link, no label (':') and no timestamp, and not already in
the text, come back.
"""

from __future__ import annotations

import unicodedata

from lxml.html import HtmlElement

from newsdesk.html.page import source_elements, squash

_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_MAX_LEVELS = 3


def _has_text(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and bool(squash(el.text_content()))


def _heading_before(src: HtmlElement) -> HtmlElement | None:
    """The heading element right before `src` or before an ancestor that `src` opens, else None."""
    node = src
    for _ in range(_MAX_LEVELS):
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


def restore_headings(tree: HtmlElement, paras: list[str], max_chars: int, container, stamp) -> list[str]:
    """`paras` with each lost subheading put back before the paragraph it stands over; `container(sources)` gives the
    article's container (body._container: a heading outside it heads a box below the article, comments, teasers),
    `stamp(text)` tells a timestamp line (body._dateline)."""
    if not paras:
        return paras
    seen = squash(" ".join(paras))
    sources = source_elements(tree, paras)
    box = container(sources)
    out: list[str] = []
    for text, src in zip(paras, sources, strict=True):
        head = _heading_before(src) if src is not None else None
        if head is not None and (box is None or box in head.iterancestors()):
            title = squash(head.text_content())
            if (title and len(title) <= max_chars and title not in seen and not title.endswith(":") and not stamp(title)
                    and not any(a.tag == "a" for a in head.iter()) and not any(a.tag == "a" for a in head.iterancestors())):
                out.append(unicodedata.normalize("NFC", title))
                seen += " " + title
        out.append(text)
    return out
