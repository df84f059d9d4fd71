"""Article text that trafilatura's extraction leaves out although the element it stands in gave other paragraphs."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsdesk.html.page import squash

_WORD_CHAR_RE = re.compile(r"\w")
_SENTENCE_END = (".", "!", "?", "。", "！", "？", "”", '"', "»", "’")


def opening_texts(paras: list[str], sources: list[HtmlElement | None], min_chars: int, is_stamp) -> list[str]:
    """`paras` with the opening text of their page elements put back where the extraction lacks it: a body written
    as text nodes split by <br> (`<article>lead<br><br><span><img>...</span><br><br>second ...`) loses its first
    paragraph in trafilatura, which reads the tails of the <br> and of the child elements but not the element's own
    text before its first child. `sources[i]` is the page element paragraph i's text starts in (`source_elements`);
    the first time an element gives a paragraph, itself or from inside it (a photo caption in the <article>), its
    own opening text (`el.text`) goes in before that paragraph when
    it reads as running text (at least `min_chars` word characters, a sentence's closing mark), is no timestamp line
    (`is_stamp`) and is nowhere in the extraction."""
    owners = {src for src in sources if src is not None}
    seen: set[HtmlElement] = set()
    whole = squash(" ".join(paras))
    out: list[str] = []
    for para, src in zip(paras, sources, strict=True):
        # the element itself, or one around it that gave other paragraphs (a photo caption inside the <article>)
        for el in reversed((src, *src.iterancestors())) if src is not None else ():  # the outermost first
            if el not in owners or el in seen:
                continue
            seen.add(el)
            text = squash(el.text or "")
            if (len(_WORD_CHAR_RE.findall(text)) >= min_chars and text.endswith(_SENTENCE_END)
                    and text[:40] not in whole and not is_stamp(text)):
                out.append(text)
                whole += " " + text
        out.append(para)
    return out
