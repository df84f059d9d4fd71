"""Timestamp lines of a page's body (html/body.py helpers): a short line that is a date and a clock time
(`_dateline`, `_bare_stamp`), a list of such lines (`_stamp_list`), and the page's own stamp texts (`_stamps`: the
visible text of an element whose attribute carries an ISO day). The page's date is read from the tree (html/dates.py),
not from the body, so such lines go from the body."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from newsdesk.dates.grammar import MONTH_NAME_ANY
from newsdesk.html.page import norm_line, squash
from newsdesk.settings import HTML_DATELINE_MAX_CHARS, HTML_DATELINE_MAX_WORDS, HTML_STAMP_MIN_CHARS

# a day written with digits (31.12.2021, 12/31/21, 2021-12-31) or with a month name of any language (3. May 2021,
# May 3, 2021, 3 mai 2021; not "Season 2, 2019" or "Windows 10 2004")
_NUM_DATE_RE = re.compile(r"(?<![\d+])(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)")
_WORD_DATE_RE = re.compile(r"(?<!\d)\d{1,2}\.? (?i:" + MONTH_NAME_ANY + r") \d{4}(?!\d)|(?i:" + MONTH_NAME_ANY
                           + r") \d{1,2},? \d{4}(?!\d)")
_TIME_RE = re.compile(r"(?<![\d+])\d{1,2}[:.]\d{2}(?![\d.:])")
_WORD_RE = re.compile(r"[^\W\d_]{2,}")
_AMPM_END = re.compile(r"(?<=\d)\s*[ap]\.\s?m\.$", re.IGNORECASE)  # '3:20 p.m.' ends a stamp, not a sentence


def _plausible_day(m: re.Match) -> bool:
    """A digit date whose parts can be a day, a month and a year (not a phone or part number)."""
    a, b, c = int(m.group(1)), int(m.group(3)), int(m.group(4))
    if len(m.group(1)) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return 1 <= min(a, b) <= 12 and max(a, b) <= 31 and (len(m.group(4)) == 2 or 1900 <= c <= 2100)


# a machine-readable day in an attribute (<time datetime>, a microformat's <abbr class="published" title=...>)
_ISO_ATTR_RE = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d(?:$|[T\s])")


def _stamps(tree: HtmlElement) -> set[str]:
    """The visible texts of the page's elements whose datetime, title or content attribute is an ISO day: that day
    written for readers ('Mar 12', '12 March'), a timestamp even where it has no year."""
    out = set()
    for el in tree.xpath(".//*[@datetime or @title or @content]"):
        if el.tag == "meta" or not any(_ISO_ATTR_RE.match(el.get(a) or "") for a in ("datetime", "title", "content")):
            continue
        text = norm_line(squash(el.text_content()))
        if HTML_STAMP_MIN_CHARS <= len(text) <= HTML_DATELINE_MAX_CHARS:
            out.add(text)
    return out


def _dateline(text: str, stamps: set[str] | frozenset = frozenset()) -> bool:
    """A short line that is a timestamp: a date (and time) with at most HTML_DATELINE_MAX_WORDS other words
    ('23.10.2018', 'Updated June 13, 2019', 'Stand: 28.04.2020 18:00 Uhr', '11.12.2019 - A. Writer'); the page's
    `stamps` (texts of elements that carry a machine-readable day) count as dates ('Updated Mar 12')."""
    if len(text) > HTML_DATELINE_MAX_CHARS or (text.rstrip().endswith((".", "!", "?"))
                                               and not (_AMPM_END.search(text) and _bare_stamp(text, stamps))):
        return False  # a sentence ('He died on May 3, 2021.') is text; costs half A one kept stamp (.9454 -> .9449)
    spans = [m.span() for m in _NUM_DATE_RE.finditer(text) if _plausible_day(m)]
    spans += [m.span() for m in _WORD_DATE_RE.finditer(text)]
    spans += [(at, at + len(s)) for s in stamps if (at := text.find(s)) >= 0]
    if not spans:
        return False
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return len(_WORD_RE.findall(_TIME_RE.sub(" ", text))) <= HTML_DATELINE_MAX_WORDS


def _bare_stamp(text: str, stamps: set[str] | frozenset = frozenset()) -> bool:
    """A line that is nothing but a stamp: a date and a clock time, words only as a label before them (one word, or
    words ending in ':': 'Updated:', 'Posted') and, after the date, at most one word ('at', 'Uhr') besides capitals
    (a zone: 'EST'). 'Kickoff is Sept. 7, 2024, at 7 p.m.' (no clock time, a clause before the date),
    'Registration deadline: Oct. 7, 2024' (a date alone) and 'Nov. 28, 2024: Storm Elinor named' (words after the
    date) are text (review12 findings 6 and 7)."""
    clocks = [m.span() for m in _TIME_RE.finditer(text)]
    days = [m.span() for m in _NUM_DATE_RE.finditer(text) if _plausible_day(m)]
    days += [m.span() for m in _WORD_DATE_RE.finditer(text)]
    days += [(at, at + len(s)) for s in stamps if (at := text.find(s)) >= 0]
    if not clocks or not days:
        return False
    first = min(start for start, _ in clocks + days)
    rest = _AMPM_END.sub(" ", text.rstrip())
    for start, end in sorted(clocks + days, reverse=True):
        rest = rest[:start] + " " * (end - start) + rest[end:]
    label, after = _WORD_RE.findall(rest[:first]), _WORD_RE.findall(rest[first:])
    return (len(label) <= 1 or rest[:first].rstrip().endswith(":")) and sum(not w.isupper() for w in after) <= 1


def _stamp_list(block, stamps: set[str] | frozenset) -> bool:
    """A list whose every item is a bare stamp (`_bare_stamp`: 'Updated: Jan 9, 2025, 3:20 p.m.' / 'Published: Jan 7,
    ...'); a key-dates or timeline list ('Early voting: Oct. 21, 2024', 'Dec. 1, 2024: Amber warning issued') is
    text."""
    items = [norm_line("".join(item.itertext())) for item in block.iter("item")] if block.tag == "list" else []
    return bool(items) and all(_dateline(t, stamps) and _bare_stamp(t, stamps) for t in items)
