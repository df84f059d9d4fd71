"""What a crawler field dump's labels and values look like (clean/fields.py reads the dump): a label line, a same-line
"Label: value", a label in markdown, and a value's shape (a link, a date stamp, running text of the story)."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from newsdesk.clean.corpus import numeric_order
from newsdesk.clean.rules import is_sentence
from newsdesk.dates.datelines import dateline_alone, match_dateline
from newsdesk.dates.grammar import STAMP_MAX_CHARS, stamp_parts

# a link: absolute, a host without its scheme, or a path of the site ("/news/port-strike/5008.cms")
_URL = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.[a-z]{2,6}/\S*$|^/[^/\s]+/\S+$", re.IGNORECASE)
_MAX_FIELD_WORDS = 30  # a title, an author, a link or a date: never a paragraph of the story
# a label: words and "&", "/", "-", "'" between them ("Date & Time", "Datum/Uhrzeit", "शीर्षक"), maybe a colon at the
# end; no digit, no sentence mark, no quote or inner colon (a breadcrumb "Zurück zu „Forum: X“" is no label)
_LABEL_JOINERS = frozenset(" &/'’-")
_FULL_STOP = re.compile(r"[.…][\"”’'»)\]]*$")
# "Title: Minister meets envoy", "Date & Time : Updated: Dec 21, 2018", "标题：...": a label and its value on one line
_COLON = re.compile(r"[:：]")
_DIGIT = re.compile(r"\d")
_LIST_SEP = re.compile(r"\s*[,;|·•、，]\s*")
# a label in markdown: a heading ('## Title'), or bold / underscored ('**Title:** value', '**Title**: value')
_MARKUP = re.compile(r"^(?:#{1,6}\s+(?P<h>[^#]+?)\s*#*$|\*\*(?P<b>[^*]+)\*\*(?P<rest>.*)$|__(?P<u>[^_]+)__(?P<rest2>.*)$)")
# a label in brackets ('[Title]', '【标题】', '[Title] value'): read as the label ('Title', 'Title: value')
_BRACKETED = re.compile(r"^(?:\[(?P<s>[^\[\]]+)\]|【(?P<c>[^【】]+)】)\s*(?P<rest>.*)$")
# a rule line: a front-matter fence ('---') or a divider ('=====', '***') between a dump's fields and its text
FENCE = re.compile(r"^(?:-{3,}|={3,}|\*{3,}|_{3,}|~{3,})$")
# a value written in quotes ('title = "Port strike halts exports"', "title: 'Port strike ...'")
_QUOTED = re.compile(r"""^(?:"(?P<d>[^"]+)"|'(?P<s>[^']+)'|“(?P<c>[^“”]+)”)$""")


class _Field(NamedTuple):
    label: int  # line of the label
    label_text: str
    values: list[tuple[int, str]]  # (line, value text)


def _label_like(line: str, max_words: int) -> bool:
    s = line.strip()
    if s[-1:] in (":", "："):
        s = s[:-1].rstrip()
    if not s or len(s.split()) > max_words or not s[0].isalpha():
        return False
    return all(c.isalpha() or c in _LABEL_JOINERS or unicodedata.category(c).startswith("M") for c in s)


def _inline(line: str, max_words: int) -> tuple[str, str] | None:
    """(label with its colon, value) of a line that holds both ("Link: https://..."), else None; a link alone is
    none ("https://example.com/..." is no label "https:"), nor is a one-letter head (an interview's speaker, 'Q: What
    did ...' / 'A: We agreed ...', review12 finding 16)."""
    colon = _COLON.search(line)
    # (a link's scheme is no label: its colon is followed by "//"; "LINK：https://..." with no space is a label's)
    if not colon or line[colon.end():].startswith("//") or not _label_like(line[:colon.start()], max_words) \
            or not line[colon.end():].strip() or len(line[:colon.start()].strip()) < 2:
        return None
    value = line[colon.end():].strip()
    return line[:colon.end()].strip(), value


def _kind(value: list[str]) -> str:
    """'url', 'date' or 'other'. A numeric date that reads either way ('03/04/2019 2:07 PM': no day over 12) is a
    date stamp too: it names no day alone (clean/fields `_ordered` marks its order when the source's files settle
    it), but it is the date field all the same (review12 finding 23: a dump without a link was not read)."""
    value = [unquoted(v) for v in value] if len(value) == 1 else value  # ('url = "https://..."')
    if len(value) == 1 and _URL.match(value[0].strip()):
        return "url"
    if len(value) == 1:
        dates, other, _ = stamp_parts(value[0])
        if dates and other <= 2 or numeric_order(value[0]) == "ambiguous" and _stamp_like(value[0]):
            return "date"
    return "other"


def _stamp_like(value: str) -> bool:
    """Numbers and stamp words only, though no full date: a relative time ('10 hours ago'), an ambiguous numeric
    date ('12/03/2021'), a clock ('14:05'). Never a headline, nor a line too long for a stamp (`stamp_parts` reads
    none and counts no word of it)."""
    return _DIGIT.search(value) is not None and len(value.strip()) <= STAMP_MAX_CHARS and stamp_parts(value)[1] == 0


def _running_text(line: str) -> bool:
    """A line of the story, not a field's value: a sentence ending in a full stop (a headline may ask or exclaim:
    "Will the talks resume?"), or longer than any field's value. A link is none, even one that ends with a full stop
    ("https://example.de/news/klima-simuliert.")."""
    if _URL.match(line.strip()):
        return False
    return is_sentence(line) and _FULL_STOP.search(line) is not None or len(line.split()) > _MAX_FIELD_WORDS


def _undecorated(line: str, max_words: int) -> str:
    """A label written in markup as the label: '## Title' -> 'Title', '**Title:** value' / '**Title**: value' /
    '__Title:__' -> 'Title: value', '[Title]' / '【标题】' -> 'Title', '[Title] value' -> 'Title: value'; any other
    line as it is (a story's '**Note:** ...' is restored by `split_fields` when it stays in the text)."""
    m = _MARKUP.match(line)
    if not m:
        b = _BRACKETED.match(line)
        label = b and (b.group("s") or b.group("c")).strip()
        if not label or not _label_like(label, max_words) or label.endswith((":", "：")):
            return line
        rest = b.group("rest").strip()
        return f"{label}: {rest}" if rest else label
    if m.group("h") is not None:
        return m.group("h") if _label_like(m.group("h"), max_words) else line
    label, rest = (m.group("b"), m.group("rest")) if m.group("b") is not None else (m.group("u"), m.group("rest2"))
    label, rest = label.strip(), rest.strip()
    if rest[:1] in (":", "："):
        label, rest = label + rest[0], rest[1:].strip()
    if not _label_like(label, max_words) or rest and not label.endswith((":", "：")):
        return line
    return f"{label} {rest}" if rest else label


def unquoted(value: str) -> str:
    """A value without the quotes around the whole of it ('"Port strike halts exports"' -> 'Port strike halts
    exports'); any other value as it is."""
    m = _QUOTED.match(value.strip())
    return next(g for g in m.groups() if g is not None) if m else value


def dated_line(line: str) -> bool:
    """A stamp-sized line that states a date, whatever words stand around it ('Fetched at 2024-06-10T03:11:09Z',
    'Crawled on 10 June 2024'): a crawler's header above its fields."""
    return len(line.strip()) <= STAMP_MAX_CHARS and bool(stamp_parts(line)[0])


def _story_line(value: str) -> bool:
    return _running_text(value) or _FULL_STOP.search(value) is not None


def _dateline_opens(value: str) -> bool:
    """`value` is a dateline alone, or opens with one that has its date or agency ('MUMBAI, Apr 2 (AFP): ...')."""
    if dateline_alone(value):
        return True
    m = match_dateline(value)
    return m is not None and (m.date is not None or m.agency is not None)


def _words(label: str) -> int:
    return len(label.rstrip(":：").split())
