"""The article text a page carries only as data: a page rendered in the browser (a Next.js page whose DOM holds a
spinner, the story in `<script id="__NEXT_DATA__" type="application/json">`) or a JSON-LD `articleBody`.

Read only where the DOM gives no article (html/body.extract_body): the publisher's data is the text the reader would
see after the scripts ran. In a JSON document the body is the run of prose blocks: a list whose items are strings or
objects with one text each (`{"type": "paragraph", "html": "..."}`), or one string of HTML paragraphs; ads, related
links and other items without prose of their own fall away. Of all such runs the one with the most sentence text wins.
"""

from __future__ import annotations

import json
import re

from lxml.html import HtmlElement

from newsdesk.html.page import norm_line, squash
from newsdesk.settings import HTML_EMBEDDED_MIN_SENTENCES

_TAG_RE = re.compile(r"<[a-zA-Z/!][^>]*>")
_BLOCK_RE = re.compile(r"</?(?:p|h[1-6]|li|blockquote|div|br)\b[^>]*>", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")
_WORDS_RE = re.compile(r"[^\W\d_]{2,}")
_MAX_DEPTH = 40
_DATA_SCRIPTS = ('.//script[@id="__NEXT_DATA__"]', './/script[@type="application/json"]',
                 './/script[@type="application/ld+json"]')


def _text(value: str) -> list[str]:
    """A JSON string -> its paragraphs: HTML block tags split it, other tags go, entities are read."""
    from html import unescape

    if "<" in value and _TAG_RE.search(value):
        parts = _BLOCK_RE.split(value)
        return [t for t in (norm_line(squash(unescape(_TAG_RE.sub("", p)))) for p in parts) if t]
    return [t for t in (norm_line(squash(p)) for p in value.split("\n")) if t]


def _sentence(text: str) -> bool:
    return len(_WORDS_RE.findall(text)) >= 5 and bool(_SENTENCE_END.search(text))


# a typed item's type that names text (Arc's 'text'/'header'/'list', a CMS's 'paragraph'/'heading'): an image's caption,
# an 'interstitial_link' ('Read more: ...'), a 'related' box, an ad or raw HTML are no body lines (review13 finding 3)
_TEXT_TYPE_RE = re.compile(r"(?:text|paragraph|para|p|heading|header|subhead(?:ing)?|h[1-6]|blockquote|quote|"
                           r"list|list_?item|li)", re.IGNORECASE)
# keys of a teaser card: its own headline (a section page's story list, a 'latest' box)
_HEAD_KEYS = ("headline", "headlines", "title")


def _item_text(item) -> list[str]:
    """A list item's own text: a string, or an object's longest string value of 2+ words (a heading's text, a
    paragraph's HTML; 'inline-1' or 'ad' is no text); an object whose 'type' names no text has none."""
    if isinstance(item, str):
        return _text(item)
    if isinstance(item, dict):
        kind = item.get("type")
        if isinstance(kind, str) and not _TEXT_TYPE_RE.fullmatch(kind.strip()):
            return []
        values = [v for v in item.values() if isinstance(v, str) and len(_WORDS_RE.findall(v)) >= 2]
        if values:
            return _text(max(values, key=len))
    return []


def _index(items: list) -> bool:
    """A list whose objects each carry their own headline is an index of other pages (a section page's stories, a
    'latest' box, with or without their addresses: an Apollo store names a story by its 'slug'), not an article's
    paragraphs, which carry no headline each (review13 finding 4 and its variants)."""
    cards = [i for i in items if isinstance(i, dict) and any(i.get(k) for k in _HEAD_KEYS)]
    return len(cards) >= 2 and 2 * len(cards) >= len(items)


def _not_article(tree: HtmlElement) -> bool:
    """The page says it is no article: its og:type is 'website' (a home or section page; an article page says
    'article'), so its data holds teasers, not a story."""
    for meta in tree.iterfind(".//meta[@property='og:type']"):
        if (meta.get("content") or "").strip().lower() == "website":
            return True
    return False


def _runs(obj, out: list[list[str]], depth: int = 0) -> None:
    """Every candidate body in a JSON value: each list's item texts in order, each string's HTML paragraphs (down to
    _MAX_DEPTH levels: a page's data nests a dozen at most; deeper is no article)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(obj, list):
        paras = [] if _index(obj) else [p for item in obj for p in _item_text(item)]
        if paras:
            out.append(paras)
        for item in obj:
            _runs(item, out, depth + 1)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            if key == "articleBody" and isinstance(value, str) or isinstance(value, str) and "<p" in value:
                out.append(_text(value))
            elif isinstance(value, (list, dict)):
                _runs(value, out, depth + 1)


def embedded_body(tree: HtmlElement) -> list[str]:
    """The paragraphs of the page's data-only article (module doc), [] when no run has HTML_EMBEDDED_MIN_SENTENCES
    sentences (5+ words and a full stop each)."""
    if _not_article(tree):
        return []
    runs: list[list[str]] = []
    seen: set[int] = set()
    for path in _DATA_SCRIPTS:
        for script in tree.iterfind(path):
            if id(script) in seen or not (script.text or "").strip():
                continue
            seen.add(id(script))
            try:
                data = json.loads(script.text, strict=False)
            except (ValueError, RecursionError):  # not JSON, or nested past the interpreter's stack
                continue
            _runs(data, runs)
    best, score = [], 0
    for paras in runs:
        sentences = [p for p in paras if _sentence(p)]
        weight = sum(len(p) for p in sentences)
        if len(sentences) >= HTML_EMBEDDED_MIN_SENTENCES and weight > score:
            best, score = paras, weight
    return best
