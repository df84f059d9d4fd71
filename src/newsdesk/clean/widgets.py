"""The site's widgets set inside the story: a link glued after a sentence, and the name of a box of site machinery.

- `glued_link`: a read-also or link label with its headline glued after the line's last sentence ('... the
  regulator said on Friday. Also Read | Heatwave pushes power demand to record high'): the scraper joined the link's
  line to the paragraph above it. The label is `rules.tail_marker`'s heading with its headline (a separator, no full
  stop at the end) or `inline.is_link_label`'s; or the last sentence is a call of the site's (`rules.classify_line`
  share/read_more: '... through Thursday. Click here to join our WhatsApp channel for the latest updates.'), as
  `rules.peel_tail` cuts it off the text's last line. The part before it ends a sentence and is kept.
- `box_heading`: a short line that names a box (no sentence end, at most CLEAN_BOX_HEADING_WORDS words: 'The
  Morning Brief', 'Newsletter') right above at least CLEAN_BOX_MIN_LINES lines that are all the site's calls (a
  sign-up pitch, an e-mail field, a button, the form's terms: `rules.classify_line`'s share/prompt/consent/paywall or
  `inline.is_signup_call`), the box the name heads; a subheading stands over the story's paragraphs instead.

Both read the shape (position, what the neighbouring lines are); the vocabularies are the existing rules'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsdesk.clean.text import sentences, word_count
from newsdesk.settings import Settings

_CALLS = frozenset(["share", "prompt", "consent", "paywall", "signup"])
_SENTENCE_END = ".!?…。！？"


def glued_link(line: str, marker: Callable[[str], tuple[bool, str]], link_label: Callable[[str], bool],
               call: Callable[[str], bool] = lambda _u: False) -> tuple[str, str] | None:
    """(the line without it, the glued link) when the line's last sentence unit is a link label with its headline,
    or a call of the site's, and the units before it end a sentence; else None. `marker`: rules.tail_marker;
    `link_label`: a one-argument inline.is_link_label; `call`: is the unit a share/read-more call (classify_line)."""
    units = sentences(line)
    if len(units) < 2:
        return None
    last = units[-1]
    is_marker, headline = marker(last)
    link = (is_marker and headline and not headline.lstrip()[:1].islower() or link_label(last)) \
        and last.rstrip()[-1:] not in _SENTENCE_END
    if not link and not (call(last) and _call_shaped(last)):
        return None
    rest = line[:len(line) - len(last)].rstrip()
    if rest[-1:] not in _SENTENCE_END and not rest.endswith(('"', "”", "’", ")")):
        return None
    return rest, last


# a clause of the story's own: a subject pronoun ('..., she has stayed silent.'), a comma before a lower-case word
# ('Like many of her friends, she quit ...'), a list of names as the subject ('Facebook, Instagram and WhatsApp
# crashed.'); a call is one clause of a verb and its target ('Click here to join our WhatsApp channel')
_CLAUSE = re.compile(r"\b(?:she|he|they|it|we|i|who)\b|,\s*[^\W\d_]*[a-z]|^\W*[\w'’-]+,", re.IGNORECASE)


def _call_shaped(unit: str) -> bool:
    """The glued unit reads as a call, not as the story's sentence naming a network (see _CLAUSE)."""
    return not _CLAUSE.search(unit)


def box_heading(line: str, below: list[str], cfg: Settings, judge: Callable[[str], str | None]) -> bool:
    """Is `line` the name of a box of the site's calls: short, no sentence end, and the next CLEAN_BOX_MIN_LINES
    lines (`below`) all judged a call (`judge`: the reason classify_line / is_signup_call give, or None)?"""
    n = cfg.CLEAN_BOX_MIN_LINES
    if n <= 0 or len(below) < n or word_count(line) > cfg.CLEAN_BOX_HEADING_WORDS \
            or line.rstrip()[-1:] in _SENTENCE_END + ":":
        return False
    judged = [judge(b) for b in below[:n]]
    # a share bar alone under the line is the story's end, not a box: 'Serve warm with cream' over 'Share on Facebook'
    return all(j in _CALLS for j in judged) and any(j != "share" for j in judged)
