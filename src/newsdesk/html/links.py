"""A link-dense block of the extracted body that is running text after all: a sentence whose clause is a link.

`body._drop_blocks` drops a block that is mostly link text (teasers, 'Read also' lines, link lists). A sentence
that opens with plain words and goes on in a link ('X replaced Y, <a>who had held the post ...</a>.') is the
article's own, and `sentence_link` tells it from a teaser line by its shape (words before the first link, no label,
no closing mark, a full stop at the end).
"""

from __future__ import annotations

import re

from newsdesk.html.page import norm_line

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LEAD_MARKS = ("|", "»", "›", "-", "–", "—", ">", "→", "+")
_FULL_STOP = (".", '."', ".”", ".»")


def sentence_link(block, min_words: int) -> bool:
    """A link that continues a sentence: at least `min_words` (HTML_INLINE_LINK_MIN_WORDS) words of plain text before
    the block's first link, with no label in them ('Read also:', 'Tipp: ...') nor closed by a mark ('MORE |', '»',
    '-'), and the block ends a statement with a full stop ('X replaced Y, <a>who had held the post ...</a>.'; a call
    to action ends with '!'): running text, no teaser line. 0 words: never."""
    if not min_words:
        return False
    lead = block.text or ""
    for child in block:
        if child.tag == "ref" or child.find(".//ref") is not None:
            break
        lead += "".join(child.itertext()) + (child.tail or "")
    lead = norm_line(lead)
    text = norm_line("".join(block.itertext()))
    return (len(_WORD_RE.findall(lead)) >= min_words and ":" not in lead
            and not lead.endswith(_LEAD_MARKS) and text.endswith(_FULL_STOP))
