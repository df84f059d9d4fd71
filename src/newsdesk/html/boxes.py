"""The heading of a link box that trafilatura took along without its links (body._drop_blocks helper).

A box of links to other stories inside the article ('Te puede interesar' over a list of teasers, 'Related' over
cards) often has its heading in a <p> or <span>: it is no heading tag and ends with no ':' or '?', so the label rules
of `body._drop_blocks` miss it, and where trafilatura dropped the links the heading alone stays in the text. It is
told by structure: a short line without a sentence's closing mark that opens its box (its nearest ancestor that holds
more than its own text), where the rest of the box is mostly link text (HTML_LINK_DENSITY_DROP) in two links or more.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsdesk.html.page import SKIP_TAGS, squash

_SENTENCE_END = (".", "!", "?", "…", "。", "！", "？", '"', "”", "»")


def _texts(el: HtmlElement):
    """(text, inside a link) of each visible text node under `el`, in document order."""
    def walk(node: HtmlElement, linked: bool):
        linked = linked or node.tag == "a"
        if node.text:
            yield node.text, linked
        for child in node:
            if isinstance(child.tag, str) and child.tag not in SKIP_TAGS:
                yield from walk(child, linked)
            if child.tail:
                yield child.tail, linked
    yield from walk(el, False)


def box_label(src: HtmlElement | None, text: str, max_chars: int, density: float, box_chars: int = 2000) -> bool:
    """Whether the extracted line `text` (at most `max_chars` long, held by the page element `src`) heads a link box;
    a box over `box_chars` characters (HTML_BOX_MAX_CHARS) is a part of the page, not a box: not read further."""
    if src is None or not text or len(text) > max_chars or text.rstrip().endswith(_SENTENCE_END):
        return False
    if any(up.tag == "a" for up in (src, *src.iterancestors())):
        return False  # a link's own text: the link rules' business
    own = squash(text)
    box = src
    while (box := box.getparent()) is not None and box.tag not in ("body", "html"):
        total = linked = 0
        first = None
        for chunk, in_link in _texts(box):
            size = len(squash(chunk))
            if first is None and size:
                first = squash(chunk)
            total += size
            linked += size if in_link else 0
            if total > box_chars:
                return False
        rest = total - len(own)
        if rest <= len(own) // 2:
            continue  # the box holds little more than the line: look one level up
        # the box's heading opens it (not a breadcrumb's last item, not a line under a byline row), over 2+ links
        links = sum(1 for a in box.iter("a") if squash(a.text_content()))
        return bool(first) and own.startswith(first) and links >= 2 and linked >= density * rest
    return False


# class or id words of a call-to-action box: a paywall's 'Keep reading', a subscription or donation prompt; a word
# negated ('non-paywall', Google's free lead) names no such box
_CTA_RE = re.compile(r"paywall|regwall|subscri|newsletter|signup|sign-up|donat|membership|piano|meter-", re.IGNORECASE)
_NEGATED = ("non-", "non_", "no-", "not-", "free-")
# what a prompt's text says (review13 finding 27: the class names are hints only when the box's text reads as a
# prompt; Google's paywalled-content markup puts class 'paywall' on the story's own paragraphs): a subscribe/sign-in/
# donate call, a trial or an access offer, a price
_PROMPT_RE = re.compile(
    r"subscri|sign[ -]?(?:up|in)\b|log[ -]?in\b|regist|donat|free trial|keep reading|continue reading|already a|"
    r"unlimited access|readers like you|become a (?:member|supporter|subscriber)|support (?:our|us|independent)|"
    r"inbox|newsletter|e-?mail|no spam|abonn|suscr|assin|iscriv|spende|[$€£]\s?\d", re.IGNORECASE)


def _cta_named(el: HtmlElement) -> bool:
    words = " ".join(filter(None, (el.get("class"), el.get("id")))).split()
    return any(_CTA_RE.search(w) and not w.lower().startswith(_NEGATED) for w in words)


def form_boxes(tree: HtmlElement, max_chars: int, cta_chars: int = 0, article_chars: int = 0):
    """A reader of the extracted lines that sit in a form's box: a sign-up card, a newsletter or subscription widget
    ('Get Field Notes in your inbox' / 'One story from the land every Friday. No spam.' over an e-mail field). The box
    is the smallest element holding both the line and a <form> or a text/e-mail <input>; a box of at most `max_chars`
    characters of visible text is a widget, a larger one is a part of the page (a story with a comment form). A box
    that holds at least half of the extracted text (`article_chars`) is the article itself (a short brief with a
    comment form or an e-mail share field: review13 finding 16), never a widget. A call-to-action box
    (`_CTA_RE` class/id, at most `cta_chars`) is one only where its text reads as a prompt (`_PROMPT_RE`).
    Returns `inside(src) -> bool` for a line's page element `src` (`page.source_elements`)."""
    forms = tree.xpath('.//form | .//input[not(@type) or @type="email" or @type="text"]') if max_chars else []
    holders: set = set()
    for form in forms:
        holders.update(form.iterancestors())
        holders.add(form)
    ctas = set()
    if cta_chars:
        ctas = {el for el in tree.iter() if isinstance(el.tag, str) and _cta_named(el)}
    sizes: dict = {}
    prompts: dict = {}

    def size(box: HtmlElement, limit: int) -> int:
        if box not in sizes:
            total = 0
            for chunk, _linked in _texts(box):
                total += len(squash(chunk))
                if total > max(max_chars, 2 * cta_chars):
                    break
            sizes[box] = total
        return sizes[box]

    def widget(box: HtmlElement | None, limit: int) -> bool:
        if box is None or box.tag in ("body", "html") or size(box, limit) > limit:
            return False
        # the box holds half the extracted text or more: it is the article (a brief with a comment form)
        return not article_chars or 2 * size(box, limit) < article_chars

    def prompt(box: HtmlElement) -> bool:
        if box not in prompts:
            prompts[box] = bool(_PROMPT_RE.search(" ".join(chunk for chunk, _ in _texts(box))))
        return prompts[box]

    def inside(src: HtmlElement | None) -> bool:
        if src is None:
            return False
        chain = (src, *src.iterancestors())
        # a form's box is a sign-up widget where it asks for an e-mail address or its text reads as a prompt; a tool
        # beside the story ('Residents can check whether their street is affected' over a postcode field) is not
        held = next((up for up in chain if up in holders), None) if forms else None
        if held is not None and widget(held, max_chars) and (held.xpath('.//input[@type="email"]') or prompt(held)):
            return True
        # the line's nearest call-to-action box is a widget; its text or that of a call-to-action box around it of at
        # most twice the bound reads as a prompt (a heading's own 'newsletter-form__header' box says only 'Newsletter')
        boxes = [up for up in chain if up in ctas] if ctas else []
        if not boxes or not widget(boxes[0], cta_chars):
            return False
        return any(prompt(box) for box in boxes if box.tag not in ("body", "html") and size(box, 0) <= 2 * cta_chars)

    return inside
