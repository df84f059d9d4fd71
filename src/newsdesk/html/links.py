"""A link-dense block of the extracted body that is running text after all: a sentence whose clause is a link.

`body._drop_blocks` drops a block that is mostly link text (teasers, 'Read also' lines, link lists). A sentence
that opens with plain words and goes on in a link ('X replaced Y, <a>who had held the post ...</a>.') is the
article's own, and `sentence_link` tells it from a teaser line by its shape (words before the first link, no label,
no closing mark, a full stop at the end), and `site_call` keeps the site's own calls out of it: a call to read on,
follow or sign up written as a sentence with its links ('Read more about the storm in <a>our live blog ...</a>.',
'Mehr zum Thema lesen Sie in <a>unserem Liveblog ...</a>.') is a teaser still. It asks the plain-text cleaner's
classifiers (`clean.rules.classify_line`, `clean.inline.is_signup_call`), and the words by which the site speaks to
its reader or as itself (`clean.rules._ADDRESS`: you, our, Sie, unser, vous, notre, nuestro ...).
"""

from __future__ import annotations

import re

from newsdesk.clean.inline import is_signup_call
from newsdesk.clean.rules import _ADDRESS, classify_line
from newsdesk.html.page import norm_line, squash
from newsdesk.settings import DEFAULT

_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_LEAD_MARKS = ("|", "»", "›", "-", "–", "—", ">", "→", "+")
_FULL_STOP = (".", '."', ".”", ".»")
# a quotation: the words of someone the story quotes, not the site's ('"We want our city back," she said in <a>...')
_QUOTE_RE = re.compile(r'"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«')


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
            and not lead.endswith(_LEAD_MARKS) and text.endswith(_FULL_STOP) and not site_call(lead, text))


def site_call(lead: str, text: str) -> bool:
    """Is the sentence `text` (its plain words before the first link: `lead`) the site's call to read on, follow or
    sign up? The plain-text classifiers call the sentence or its lead page furniture ('Read more about the storm in'
    is a read-more call, 'Get the latest news delivered to you by signing up ...' a sign-up prompt), or the sentence
    speaks to the reader or as the site outside quotations: 'See our full coverage of the storm <a>...</a>.', 'Mehr
    zum Thema lesen Sie in <a>unserem Liveblog</a>.', 'Más información en <a>nuestro directo</a>.'. A pronoun word
    written with a capital inside the sentence is a name's ('<a>Our World in Data</a>'), and a capitalised 'Sie' or
    'Ihr' opening it is German 'she/they', 'her/their'."""
    line = squash(text)
    if classify_line(line, site=[]) or classify_line(squash(lead), site=[]) or is_signup_call(line, DEFAULT):
        return True
    own = _QUOTE_RE.sub(" ", text)
    return any(_speaks(m, own) for m in _ADDRESS.finditer(own))


def _speaks(m: re.Match, text: str) -> bool:
    """Is the pronoun word `m` of `text` the site's or its reader's? Lower case, or opening a sentence (a capital
    inside one is a name's); German 'Sie', 'Ihnen', 'Ihr...' only inside a sentence (opening one they are she/they,
    her/their). The two-letter words of the cue set are other languages' common words ('du' French 'of the', 'te'
    Polish 'these', 'tu' Polish 'here', 'us' the country), as are 'ton' (English) and 'onze' (French 'eleven'):
    none counts."""
    word = m.group()
    if len(word) < 3 or word.lower() in ("ton", "onze"):
        return False
    opens = not text[:m.start()].strip() or text[:m.start()].rstrip().endswith((".", "!", "?"))
    if word in ("Sie", "Ihnen") or word.startswith("Ihr"):
        return not opens
    return word.islower() or opens
