"""Readings of one stamp line of a page: whether a stamp near midnight names its day for sure (`near_midnight`,
`_sure`), whether a date opening a line is its sentence's subject, a stamp's few other words, and whether a line's
date is a revision's (`_update_only`, `revision_note`). Split from dates/publication.py (which imports these names)
when it reached the 500-line limit (tests/test_architecture.py); no change of behaviour."""

from __future__ import annotations

import datetime as _dt
import re

from newsdesk.dates.foreign import DIGIT
from newsdesk.dates.grammar import (
    PUBLISH_CUE,
    UPDATE_CUE,
    WEEKDAY_FULL,
    WEEKDAYS_ANY,
    announced_first,
    ascii_digits,
    find_dates,
    stamp_parts,
    time_of_day,
)
from newsdesk.dates.leads import _EARLIEST_WEB_DAY
from newsdesk.settings import DATING_BYLINE_MAX_OTHER_WORDS, DATING_META_LINE_MAX_CHARS, DATING_MIDNIGHT_MINUTES


def near_midnight(stamp: str, day_first: bool = False) -> bool:
    """The stamp's time of day is within DATING_MIDNIGHT_MINUTES of midnight ("21 сентября 2020, 00:03"), 00:00
    itself excepted (a day stored without its time): the day before or after in another time zone."""
    t = time_of_day(stamp, day_first)
    return t is not None and 0 < min(t, 24 * 60 - t) <= DATING_MIDNIGHT_MINUTES


def _sure(stamp: str, day: str, day_first: bool, weekday: int | None) -> bool:
    """A stamp names its day for sure unless it is near midnight; then only the weekday the lead names ("on
    Saturday", `lead_weekday`) falling on that day confirms it."""
    return not near_midnight(stamp, day_first) or weekday is not None and _dt.date.fromisoformat(day).weekday() == weekday


def _date_as_subject(rest: str) -> bool:
    """The text after a date that opens a line goes on as its sentence ("March 11, 2011 is a date no one will
    forget.", "5 March 2021 marked ..."): a word in lower case that is no stamp vocabulary follows the date, and a
    sentence ends on the line (a meta line's abbreviation goes on to no full stop: "12.11.2021 red Artikel: Download
    PDF Drucken")."""
    w = re.match(r"\s*([^\W\d_]+)", rest)
    return bool(w) and w.group(1).islower() and stamp_parts(w.group(1) + " 1.1.2000")[1] > 0 \
        and re.search(r"[.!?…][\"”’'»)\]]*(?:\s|$)", rest) is not None


# a weekday's full name (of any language) opening a meta line before its date
_WEEKDAY_OPEN = re.compile(r"^\W*(?:" + "|".join(sorted({*WEEKDAY_FULL, *(w for w in WEEKDAYS_ANY if len(w) >= 4)}, key=len,
                                                        reverse=True)) + r")\.?,?\s+", re.IGNORECASE)
# a date field inside a meta line: "Datum: 26.01.2022", "Date: March 5, 2021", "Published: ..."
_DATE_LABEL = re.compile(r"(?<![^\W\d_])(?:datum|date|fecha|data|publi\w*|veröffentlicht(?: am)?|erschienen(?: am)?)"
                         r"\s*[:：]\s*", re.IGNORECASE)


def _stamp_only(line: str, max_other: int | None = None, day_first: bool = False) -> str | None:
    dates, other, _ = stamp_parts(line, day_first)
    limit = DATING_BYLINE_MAX_OTHER_WORDS if max_other is None else max_other
    if not dates or other > limit or dates[0] < _EARLIEST_WEB_DAY:
        return None
    return dates[0]


_STAMP_SEP = re.compile(r"[|·•]")


def _late_cue(line: str, day_first: bool = False) -> bool:
    """An update cue after the line's only date, nothing dated after it, no separator between them and no
    publication's cue: a note in a language that puts the verb after the date ('১৬:২০, ১৬ ফেব্রুয়ারি ২০২০ তারিখে
    সম্পাদিত সর্বশেষ সংস্করণ' = 'latest version, edited on 16 February 2020 at 16:20'), a revision's note whatever
    its hour (a stamp's label stands before its date: 'আপডেট: ...')."""
    cue = UPDATE_CUE.search(line)
    if not cue or PUBLISH_CUE.search(line) or DIGIT.search(line[cue.start():]):
        return False
    dates = find_dates(line, day_first)
    return len(dates) == 1 and cue.start() >= dates[0][1] and not _STAMP_SEP.search(line[dates[0][1]:cue.start()])


def _update_only(line: str, day_first: bool = False) -> bool:
    """The line's first date is announced as an update ("Updated: Dec 21, 2018", "Zuletzt geändert am ...")."""
    cue = UPDATE_CUE.search(line)
    if not cue:
        return False
    if _late_cue(line, day_first):
        return True
    dates = find_dates(line, day_first)
    # "Updated: March 7, 2024 | First published: March 5, 2024": a publication's date after the update's
    return not dates or cue.start() < dates[0][0] and announced_first(line, dates)[0] == dates[0]


# the word right before a line's first date, with at most a preposition of a stamp between them ('filed by', 'rise on',
# 'endet am'; a letter date's 'den', 'Hamburg, den 2. Dezember 2022', is a stamp's)
_BEFORE_DATE_WORDS = ("on", "by", "am", "den", "le", "el", "il", "op", "em", "until", "till")
_WORD_BEFORE_DATE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+(?:(?:" + "|".join(_BEFORE_DATE_WORDS) + r")\s+)?$",
                               re.IGNORECASE)
_CAPITAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-Þ]")
# a byline's words before its date: the line opens with a name of two to four capitalised words and at most a role
# after a comma, 'for' or a handle follows ('Jane Doe, staff writer', 'Bay Courier staff', 'Jane Doe for dpa', 'Jane Doe
# reviewed', 'Jane Doe @janedoe'), or a noun after an article ('Letters to the editor'), not a clause's verb; a sentence
# ('Die Thüringer Landesregierung hat am ...', 'Peter Harrecker (38) wird zum ...') is no name alone
_NAME_WORDS = re.compile(r"^\W*(?!(?i:the|der|die|das|le|la|les|el|il)\s)[A-ZÀ-Þ][^\W\d_]*\.?(?:\s+[A-ZÀ-Þ][^\W\d_]*\.?){1,3}"
                         r"\s*(?:,\s*[^\W\d_]+\s+|for\s+|@)?$")
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:the|a|an|der|die|das|le|la|les|il|lo)\s+$", re.IGNORECASE)


def clause_date(line: str, day_first: bool = False) -> bool:
    """The line's first date ends a clause about something else ('Case filed 12 March 2024', 'Returns filed by 31
    January 2024', 'Minimum wage to rise on 1 April 2025', 'Offer ends 31 December 2024'): a capitalised word opens
    the line's words and a word in lower case that is no stamp vocabulary stands right before the date, with no cue
    of a publication or an update and no time of day on the line. A stamp's other words are a name ('Jane Doe, 5
    March 2024', 'admin March 5, 2024'), not a verb or a noun phrase leading to its date."""
    s = ascii_digits(line or "")
    dates = find_dates(s, day_first)
    if not dates or PUBLISH_CUE.search(s) or UPDATE_CUE.search(s) or time_of_day(s, day_first) is not None:
        return False
    m = _WORD_BEFORE_DATE.search(s[:dates[0][0]])
    if not m or not m.group(1).islower() or m.group(1) in _BEFORE_DATE_WORDS \
            or stamp_parts(m.group(1) + " 1.1.2000")[1] == 0:
        return False
    head = s[:m.start()]
    if _NAME_WORDS.search(head) or _ARTICLE_BEFORE.search(head) or head.endswith("@"):
        return False  # a byline: 'Jane Doe for dpa 5 March 2024', 'Letters to the editor 5 March 2024'
    return _CAPITAL.search(head) is not None


def revision_note(line: str, day_first: bool = False) -> bool:
    """An update stamp without a time of day ("Zuletzt geändert am 07.01.2020", "Aktualisiert am 19.02.2020",
    "Updated June 13, 2019"): the day of a later revision of a page, which states no publication day. A news
    update stamp gives its hour ("Updated21:22, 6 OCT 2020", "Aktualisiert: 11.04.2020, 10:27") and stays; a note
    with its verb after the date (`_late_cue`) is a revision's with or without one."""
    return _update_only(line, day_first) and (time_of_day(line[:DATING_META_LINE_MAX_CHARS], day_first) is None
                                              or _late_cue(line, day_first))
