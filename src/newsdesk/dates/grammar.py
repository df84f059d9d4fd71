"""The one date grammar of newsdesk: month and weekday names, full and yearless dates, numeric forms, date/time
stamp lines, the `.txt` header prefix, and the DATELINE shape family.

Every module that reads dates in text uses this one (cleaning, publication dating, coding, events). Hand-written
(regular expressions over month names and numeric forms) because it must *locate* dates inside lines (datelines,
header prefixes, stamps) and report spans; `dateparser` is used only as the last fallback of `normalise_date` for
metadata strings of unusual shape (it is ~100x slower and parses relative phrases, which metadata never needs).

Public API:

* tables: ``MONTHS`` (name/abbreviation -> 1..12), ``WEEKDAYS`` (name/abbreviation -> 0..6, Monday 0);
* regex fragments: ``MONTH_NAME``, ``WEEKDAY_NAME`` (non-capturing, case as compiled by the caller);
* ``valid(y, m, d)``, ``month_number(token)``, ``find_dates(text)``, ``find_yearless(text)``,
  ``normalise_date(value)``, ``split_header(line)``, ``stamp_date(line)``;
* ``DATELINE`` (compiled) and ``match_dateline(text) -> Dateline | None``: ``CITY, Month D (Agency) -``,
  ``CITY, Month D :``, ``CITY (Agency) -``, ``CITY:`` / ``CITY -`` (``:``, ``-``, ``--``, ``–``, ``—``, spaced or
  not); a dateline with neither date nor agency needs a place in capitals.
"""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime

from newsdesk.dates.calendars import OTHER_CALENDAR_DATE
from newsdesk.dates.digits import _stamp_text, _unmarked, ascii_digits  # noqa: F401  (re-exported)
from newsdesk.dates.names import (  # noqa: F401  (the name tables, re-exported)
    MONTHS,
    MONTHS_ANY,
    WEEKDAY_FULL,
    WEEKDAYS,
    WEEKDAYS_ANY,
)
from newsdesk.dates.vocabulary import (  # noqa: F401  (the stamp vocabulary, re-exported)
    _BY_WORD,
    _STAMP_WORDS,
    _STAMP_WORDS_OTHER,
    _TZ,
    PUBLISH_CUE,
    UPDATE_CUE,
    WEEKDAY_NAME,
)

MIN_YEAR, MAX_YEAR = 1900, 2100

# non-capturing fragments (compile with re.IGNORECASE where case does not matter)
MONTH_NAME = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
              r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_MON = r"(?P<mon>" + MONTH_NAME + ")"
# any language's month name, longest first, not inside a word
MONTH_NAME_ANY = r"(?<![^\W\d_])(?:" + "|".join(sorted(map(re.escape, MONTHS_ANY), key=len, reverse=True)) + \
    r")(?![^\W\d_])\.?"
_MON_ANY = r"(?P<mon>" + MONTH_NAME_ANY + r")(?:\s*/\s*" + MONTH_NAME_ANY + ")?"
_WD = WEEKDAY_NAME
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_B = r"(?<![\w/.-])"  # left boundary: not inside a word, a number, a path or another date
_BN = r"(?<![\d/.-])"  # ... for numeric dates, which a page may glue to a word ("Kugler19.10.2019")
# ... or after a word in lower case that a page glued to a day number with its full stop ("Nicole Collignon22. Februar
# 2020": a byline's name and date, two inline elements without a space between them). A month name glued to a word
# ("Shana Nys DambrotNovember 6, 2023") stays unread: no reader's tool finds that day in the text (plaintext_eval's
# stated forms do not), so a day read from it would be unsupported (a list of bylines "By X YMarch 13, 2024" dated
# a plaintext_dev page of another day)
_BG = r"(?:" + _B + r"|(?-i:(?<=[a-zß-ÿ])(?=[0-3]?\d\.\s)))"
_E = r"(?![\w/-]|\.\d)"
# a year ends at a non-word character, or glued to a time or to the next copy of the date ("20235:01 AM",
# "25. Januar 202225. Januar 2022": a date widget printed twice; "15/01/201614/01/2016": published and modified)
_EY = (r"(?:(?![\w/-]|\.\d)|(?=\d{1,2}[:.]\d\d(?!\d))|(?=[0-3]?\d\.?\s)|(?=(?-i:[A-ZÀ-Þ][a-zß-ÿ]))"
       r"|(?=[0-3]?\d/[01]?\d/(?:19|20)\d\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d))")  # ... or to another numeric date ("15/01/201614/01/2016")

# Each pattern names mon/day/year (year optional in the yearless forms); order matters: full forms first.
_FULL_PATTERNS = [
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?=$|[^\d])", re.IGNORECASE),
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)" + _E, re.IGNORECASE),
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)\.\s?(?P<mnum>[01]?\d)\.\s?(?P<day>[0-3]?\d)" + _E, re.IGNORECASE),
    re.compile(_BG + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + _EY, re.IGNORECASE),
    re.compile(_B + _DAY + r"-" + _MON + r"-" + _YEAR + _E, re.IGNORECASE),  # "05-Mar-2021 09:12"
    re.compile(_BG + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + _EY, re.IGNORECASE),
    re.compile(_BN + r"(?P<n1>[0-3]?\d)(?P<sep>[./-])(?P<n2>[0-3]?\d)(?P=sep)" + _YEAR + _EY),
    re.compile(_BN + r"(?P<n1>[0-3]?\d)(?P<sep>\.)\s(?P<n2>[01]?\d)\.\s" + _YEAR + _E),  # "13. 01. 2020"
    re.compile(_BN + r"(?P<n1>[0-3]?\d)\s?(?P<sep>\|)\s?(?P<n2>[01]?\d)\s?\|\s?" + _YEAR + _E),  # "26 | 01 | 2022"
    # CJK and Korean: "2020年07月03日", "2020년 7월 3일"
    re.compile(_BN + _YEAR + r"\s*[年년]\s*(?P<mnum>[01]?\d)\s*[月월]\s*(?P<day>[0-3]?\d)\s*[日일]"),
    # Hungarian, year first: "2024. március 5.", "2024. márc. 5." (a month name in lower case, the day's full stop)
    re.compile(_BN + _YEAR + r"\.\s+(?=(?-i:[a-zà-ÿ]))" + _MON_ANY + r"\s+" + _DAY + r"\.(?!\d)", re.IGNORECASE),
    # other languages: "22. August 2012", "5 de julio de 2020", "15 de Abril, 2020", "Abril 15, 2020", "3 февраля 2021"
    re.compile(_BG + _DAY + r"\.?\s*(?:de\s+|of\s+)?" + _MON_ANY + r",?\s+(?:de\s+|del\s+)?" + _YEAR + _EY,
               re.IGNORECASE),
    re.compile(_B + _MON_ANY + r"\s+" + _DAY + r",?\s+" + _YEAR + _EY, re.IGNORECASE),
    # the weekday between day and month ("31 Donnerstag Okt 2019", "31 Thursday Oct 2019": a blog theme's stamp)
    re.compile(_B + _DAY + r"\.?\s+(?:" + "|".join(sorted((w for w in (*WEEKDAY_FULL, *WEEKDAYS_ANY) if len(w) >= 4),
                                                          key=len, reverse=True)) + r"),?\s+" + _MON_ANY + r",?\s+"
               + _YEAR + _EY, re.IGNORECASE),
]
_YEARLESS_PATTERNS = [
    re.compile(_B + _MON + r"\s+" + _DAY + r"(?![\d:])(?!,?\s+(?:19|20|21)\d\d)" + _E, re.IGNORECASE),
    re.compile(_B + _DAY + r"\s+" + _MON + r"(?!,?\s+(?:19|20|21)\d\d)(?![\w])", re.IGNORECASE),
]
TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)"
                  r"|\b\d{1,2}h\d\d\b|(?<!\d)\d{1,2}\s*[時시]\s*\d{1,2}\s*[分분]", re.IGNORECASE)  # '15時20分', '9시 15분'
# "2 hours ago", "5 mins ago": a stamp's relative time (no day)
_AGO = re.compile(r"(?<!\d)\d{1,3}\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.IGNORECASE)
# a source's name after the stamp's date ("2024年03月04日 08:15　来源：新华网", "March 5, 2024 | Source: Reuters")
_SOURCE_END = re.compile(r"(?<![^\W\d_])(?:来源|來源|source|quelle|fuente|fonte)\s*[:：]\s*\S+(?:\s+\S+){0,2}\s*$",
                         re.IGNORECASE)
HEADER_RE = re.compile(
    r"^\s*(?P<label>(?:date|dated|published|posted|pub(?:lication)?\s*date|updated|last updated|crawled|"
    r"retrieved|fetched|scraped|accessed)\s*[:=]?\s*)?(?P<date>"
    r"(?:19|20|21)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    r"(?:\s*[|:–—-]+)?\s+", re.IGNORECASE)


_TIME_PARTS = re.compile(r"(?<![\d.:/-])(?P<hh>[0-2]\d)(?P<mm>[0-5]\d)\s*(?=" + _TZ + r"\b)"  # "2010 GMT"
                         r"|(?<![\d.:/-])(?P<h>[0-2]?\d)(?:[:.h](?P<m>[0-5]\d)(?![\d])(?:[:.]\d\d)?)?\s*"
                         r"(?P<ampm>[ap]\.?m\.?(?!\w))?", re.IGNORECASE)


def time_of_day(text: str, day_first: bool = False) -> int | None:
    """Minutes after midnight of the first time of day in `text` outside its dates ('November 8, 2023, 11:15 PM'
    -> 1395, '21 сентября 2020, 00:03' -> 3, '12:00am' -> 0), else None. A bare number is a time only with am/pm."""
    rest = ascii_digits(text or "")
    for a, b, _ in reversed(find_dates(rest, day_first)):
        rest = rest[:a] + " " + rest[b:]
    for m in _TIME_PARTS.finditer(rest):
        if m.group("hh"):
            if int(m.group("hh")) < 24:
                return int(m.group("hh")) * 60 + int(m.group("mm"))
            continue
        if m.group("m") is None and not m.group("ampm"):
            continue
        h, mi = int(m.group("h")), int(m.group("m") or 0)
        if m.group("ampm"):
            if not 1 <= h <= 12:
                continue
            h = h % 12 + (12 if m.group("ampm")[0].lower() == "p" else 0)
        if h < 24:
            return h * 60 + mi
    return None


def valid(y: int, m: int, d: int) -> str | None:
    """ISO day of (y, m, d) when it is a real calendar day within MIN_YEAR..MAX_YEAR, else None."""
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def month_number(token: str) -> int:
    """'Sept.' -> 9, 'März' -> 3 (KeyError for a token that is no month name)."""
    return MONTHS_ANY[token.lower().rstrip(".")]


def find_dates(text: str, day_first: bool = False) -> list[tuple[int, int, str]]:
    """Every full calendar date (day, month and year) in `text`: (start, end, ISO day), sorted by position.

    `day_first`: the text is known to be in a language that writes the day first, so an ambiguous numeric date
    (``05/02/2013``) is 5 February; otherwise it is no date unless a US time zone beside it says month first."""
    text = ascii_digits(text)
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pat in _FULL_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _from_match(m, day_first)
            if iso:
                found.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found)


def find_yearless(text: str) -> list[tuple[int, int, int, int]]:
    """Month-and-day dates without a year: (start, end, month, day)."""
    text = ascii_digits(text)
    out = []
    for pat in _YEARLESS_PATTERNS:
        for m in pat.finditer(text):
            mon, day = month_number(m.group("mon")), int(m.group("day"))
            if valid(2000, mon, day):  # 2000 is a leap year: accepts Feb 29
                out.append((m.start(), m.end(), mon, day))
    return sorted(out)


def _from_match(m: re.Match, day_first: bool = False) -> str | None:
    g = m.groupdict()
    y = int(g["year"])
    if g.get("mnum"):
        return valid(y, int(g["mnum"]), int(g["day"]))
    if g.get("mon"):
        return valid(y, month_number(g["mon"]), int(g["day"]))
    a, b = int(g["n1"]), int(g["n2"])
    if g["sep"] in ".|":  # D.M.YYYY (a date widget's "D | M | YYYY" too): day-first, M.D.YYYY only where D.M cannot be
        return valid(y, a, b) if b > 12 >= a else valid(y, b, a)
    if a <= 12 and b > 12:  # M/D/YYYY: the second number cannot be a month
        return valid(y, a, b)
    if b <= 12 < a or a == b:
        return valid(y, b, a)
    # 05/02/2013 is 5 February or May 2: only a time zone beside it on the same line settles it (a US one: month
    # first; one of a day-first country: day first); otherwise no date rather than a guess (ecbplus_dev: 6 of 7 such
    # stamps were read wrongly day-first)
    text = m.string
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40)
    hi = text.find("\n", m.end())
    hi = min(hi if hi >= 0 else len(text), m.end() + 40)
    near = text[lo:m.start()] + " " + text[m.end():hi]
    wd = _WEEKDAY_BEFORE.search(text[lo:m.start()])  # 'Monday 03/04/2024': the one reading that falls on that day
    fits = [d for d in (valid(y, a, b), valid(y, b, a)) if d and wd and _dt.date.fromisoformat(d).weekday()
            == WEEKDAYS[wd.group(1).lower().rstrip(".")]]
    if len(fits) == 1:
        return fits[0]
    if _US_ZONE.search(near):
        return valid(y, a, b)
    if _DAY_FIRST_ZONE.search(near):  # '05-03-2024 08:30 AM IST': a zone of countries that write the day first
        return valid(y, b, a)
    return valid(y, b, a) if day_first else None


_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])(" + WEEKDAY_NAME + r"),?\s*$", re.IGNORECASE)
_US_ZONE = re.compile(r"\b(?:E|C|M|P)[SD]?T\b")
# the time zones of countries that write a numeric date day first (India, Pakistan, the UK in summer, continental
# Europe, Iran, Australia, Singapore, Hong Kong, South Africa, Russia, Indonesia, East/West Africa); GMT and UTC are
# printed on US pages too and settle nothing
_DAY_FIRST_ZONE = re.compile(r"\b(?:IST|PKT|BST|CET|CEST|EET|EEST|IRST|AEST|AEDT|ACST|AWST|SGT|HKT|SAST|MSK|WIB|WITA|WAT|EAT"
                             r"|NZST|NZDT)\b")


def normalise_date(value: str | None) -> str | None:
    """A metadata date string of any common form -> ``YYYY-MM-DD`` (the day as written, no time-zone shift)."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()[:200]
    if not s:
        return None
    m = re.fullmatch(r"((?:19|20|21)\d\d)(\d\d)(\d\d)(?:T?\d{2,6}(?:Z|[+-]\d{2,4})?)?", s)  # 20210305, 20210305T0912
    if m:
        return valid(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"\d{9,10}(?:\.\d+)?|\d{12,13}", s)  # Unix epoch seconds or milliseconds (UTC)
    if m:
        secs = float(s) / (1000 if len(s.split(".")[0]) > 10 else 1)
        try:
            d = _dt.datetime.fromtimestamp(secs, _dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        return valid(d.year, d.month, d.day)
    dates = find_dates(s)
    if dates:
        return dates[0][2]
    try:
        d = parsedate_to_datetime(s)
        return valid(d.year, d.month, d.day)
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return _dateparser_fallback(s)


def _dateparser_fallback(s: str) -> str | None:
    if not re.search(r"\d", s) or len(s) > 80:
        return None
    try:
        import dateparser

        d = dateparser.parse(s, languages=None, settings={
            "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
            "PARSERS": ["timestamp", "custom-formats", "absolute-time"], "STRICT_PARSING": True})
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; never crash ingest
        return None
    return valid(d.year, d.month, d.day) if d else None


def split_header(line: str) -> tuple[str, str | None, str]:
    """The `.txt` header prefix of a first line: (header text, its ISO day or None, the rest of the line).

    ``" date 2021-03-05 First paragraph"`` -> ``("date 2021-03-05", "2021-03-05", "First paragraph")``. A line with
    no header comes back as ``("", None, line)``. Only an ISO date (optionally labelled ``date``/``published``/
    ``crawled``...) opens a header: prose that starts with a date in words is body.
    """
    # a labelled header alone on its line ("Crawled 2022-01-15", "Crawled: 2021-07-02 03:11:09"); a bare date alone
    # stays a stamp line
    m = HEADER_RE.match(line.rstrip() + " ")
    if not (m and m.group("label") and m.end() == len(line.rstrip()) + 1):
        m = HEADER_RE.match(line)
        if not m or not line[m.end():].strip():
            return "", None, line
    iso = normalise_date(m.group("date")[:10])
    if iso is None:
        return "", None, line
    return line[:m.end()].strip(), iso, line[m.end():]


# a header's label that names the day a copy was taken, not the publication ("Crawled: 2021-07-02 03:11:09")
CRAWL_LABEL = re.compile(r"^\s*(?:crawled|retrieved|fetched|scraped|accessed|saved|archived|downloaded|captured)\b",
                         re.IGNORECASE)


_HAS_DIGIT = re.compile(r"\d")
STAMP_MAX_CHARS = 160  # the longest line read as a stamp (a byline's stamp with a name or two is far shorter)
# "by Jane Doe", or a user handle ending the line ("Posted on 2022-09-14 by admin")
_BYLINE_IN_STAMP = re.compile(r"(?<!\w)(?:[Bb]y|BY)\s+(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|[a-z][\w.-]*\s*$)")
_STAMP_SEP = re.compile(r"\s+[|•·]\s+")
# a name alone in a segment of a cued stamp line: one to three capitalised words ("PTI", "Reuters", "Press Trust")
_NAME_SEGMENT = re.compile(r"^\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*$")
_BYLINE_SEGMENT = re.compile(r"^\s*(?:(?:[Ee]dited|EDITED|[Ww]ritten|WRITTEN|[Rr]eported|REPORTED|[Cc]ompiled|COMPILED)\s+)?"
                             r"(?:[Bb]y|BY)\s*:?\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al-?)){0,5}\s*$")


def announced_first(line: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A stamp line's dates with the one a publication cue announces first when an update cue announces the first
    ("Updated: March 7, 2024 18:20 IST | First published: March 5, 2024 09:10 IST": the publication's day)."""
    if len(dates) < 2 or not UPDATE_CUE.search(line[:dates[0][0]]):
        return dates
    for k in range(1, len(dates)):
        between = line[dates[k - 1][1]:dates[k][0]]
        if PUBLISH_CUE.search(between) and not UPDATE_CUE.search(between):
            return [dates[k], *dates[:k], *dates[k + 1:]]
    return dates


def stamp_parts(line: str, day_first: bool = False) -> tuple[list[str], int, bool]:
    """A line read as a date/time stamp: (its full dates as ISO days, the count of words that are neither dates,
    times nor stamp vocabulary of any language, whether it has a date or time at all). `stamp_date` wants no
    leftover word; a page's byline stamp may carry a few (the writer's or the site's name)."""
    s = _stamp_text(line)
    if not s or len(s) > STAMP_MAX_CHARS or not _HAS_DIGIT.search(s):
        return [], 0, False
    dates = announced_first(s, find_dates(s, day_first))
    slashed = set()  # the two-digit years written after two slashed numbers ('15/03/24'): see below
    if not dates:  # a stamp may write the year in two digits ("31.10.23", "14 Feb ’20"): only in a stamp line
        dates = [(m.start(), m.end(), d) for m in _SHORT_YEAR.finditer(s) if (d := _short_year_day(m, day_first))]
        slashed = {m.start() for m in _SHORT_YEAR.finditer(s) if m.group("a3")}
    rest = s
    for a, b, _ in sorted(dates, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    yl = find_yearless(rest)
    for a, b, _, _ in reversed(yl):
        rest = rest[:a] + " " + rest[b:]
    rest = OTHER_CALENDAR_DATE.sub(" ", rest)  # a Hijri date (stamp material: no day read from it)
    n_time = len(TIME.findall(rest))
    rest = TIME.sub(" ", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    rest = _STAMP_WORDS_OTHER.sub(" ", rest)
    rest = _BY_WORD.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", _unmarked(rest))
    if slashed and (words or not (n_time or PUBLISH_CUE.search(s) or UPDATE_CUE.search(s))):
        # 'Deadline: 15/03/24', 'Offer ends 31/12/24': a slashed two-digit year is a stamp's only on a line that is
        # nothing else and says so by its cue or its hour ('Posted: 15/03/24', '15/03/24 09:40')
        dates = [t for t in dates if t[0] not in slashed]
    return [d for _, _, d in dates], len(words), bool(dates or yl or n_time)


# a two-digit year after a month name without its apostrophe only where a time of day follows it ("Publié le 27 Mar
# 20 à 9:21"; "27 Mar 20 people" is no date)
_YY_BEFORE_TIME = r"(?=\d\d,?\s+(?:[^\W\d_]{1,3}\s+)?[0-2]?\d[:h.][0-5]\d(?!\d))"
# ... or after two two-digit numbers parted by slashes or hyphens ("Posted: 15/03/24 09:40", "15-03-24"): the order
# as the numbers settle it (a day over 12), else as the page writes its dates (`day_first`), else no date
_SHORT_YEAR = re.compile(r"(?<![\d/.,])(?:(?P<a3>[0-3]\d)(?P<s3>[/-])(?P<b3>[0-3]\d)(?P=s3)|(?P<d>[0-3]\d)\.(?P<m>[01]\d)\.|(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\."
                         + _YY_BEFORE_TIME + r"|(?P<d2>[0-3]?\d)\.?\s+(?P<mon>"
                         + MONTH_NAME_ANY[len(r"(?<![^\W\d_])"):] + r")\s+(?:['’]|" + _YY_BEFORE_TIME + r"))(?P<yy>\d\d)(?![\d.]\d|\d|[/-]\d)",
                         re.IGNORECASE)


_YEAR_FIRST_SCRIPT = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def _short_year_day(m: re.Match, day_first: bool = False) -> str | None:
    y = 2000 + int(m.group("yy"))
    first = m.group("a3") or m.group("d") or m.group("d1")
    if first and _YEAR_FIRST_SCRIPT.search(m.string):
        # a line of CJK or Hangul writes three numbers year first ('입력 24.03.15 10:20', '投稿日：24/03/15'), never day first
        second = m.group("b3") or m.group("m") or m.group("m1")
        return valid(2000 + int(first), int(second), int(m.group("yy")))
    if m.group("a3"):
        a, b = int(m.group("a3")), int(m.group("b3"))
        if a > 12 >= b or a == b or b <= 12 and day_first:
            return valid(y, b, a)
        return valid(y, a, b) if b > 12 >= a else None
    if m.group("d"):
        return valid(y, int(m.group("m")), int(m.group("d")))
    if m.group("d1"):  # "1.11.23 20:19": one-digit day or month only before a time of day (no version number)
        return valid(y, int(m.group("m1")), int(m.group("d1")))
    try:
        return valid(y, month_number(m.group("mon")), int(m.group("d2")))
    except KeyError:
        return None


def stamp_date(line: str, day_first: bool = False) -> tuple[str | None, bool]:
    """If `line` is only a date/time stamp (``March 5, 2021 09:12 am | Updated 11:40 am EST``), its first full date.

    Returns (ISO day or None, is_stamp). A stamp is a line whose words are, apart from dates and times, only
    stamp vocabulary (updated, published, time zones, weekdays, separators). A stamp without a full date (``Updated
    11:40 am``) is still a stamp, with no day.
    """
    s = _ISO_T.sub(" ", _stamp_text(line))  # "2021-03-05T09:12:00+05:30": a date glued to its time
    crawl = CRAWL_LABEL.match(s)  # "Retrieved on 5 March 2024", "Saved: 05.03.2024 08:00": a crawl line is a stamp
    s = s[crawl.end():] if crawl else s  # line (the day is the copy's: `dates.foreign.other_event`)
    if not s or len(s) > 120 or not _HAS_DIGIT.search(s):  # a date, a yearless date or a time has a digit
        return None, False
    parts = _STAMP_SEP.split(s)
    if len(parts) > 1:  # "By Staff Writer | Feb 3, 2009 4:15 PM ET": a byline segment beside the stamp
        parts = [p for p in parts if not _BYLINE_SEGMENT.match(p)]
        if any(PUBLISH_CUE.search(p) or UPDATE_CUE.search(p) for p in parts):  # "PTI | Updated: Mar 05, 2024 ...":
            parts = [p for p in parts if not _NAME_SEGMENT.match(p)]  # an agency's or section's name beside it
        s = " | ".join(parts)
        if not s:
            return None, False
    dates = announced_first(s, find_dates(s, day_first))
    rest = s
    for a, b, _ in sorted(dates, reverse=True):
        rest = rest[:a] + " " + rest[b:]
    yl = find_yearless(rest)
    for a, b, _, _ in reversed(yl):
        rest = rest[:a] + " " + rest[b:]
    numeric = numeric_readings(rest)  # "03/04/2021": a date whose order the line does not settle
    for a, b, _ in reversed(numeric):
        rest = rest[:a] + " " + rest[b:]
    yl = yl or numeric
    if dates or yl:  # "Posted by Jane Doe on March 5, 2021": the writer's name beside a dated stamp
        rest = _SOURCE_END.sub(" ", _BYLINE_IN_STAMP.sub(" ", rest))
    rest, other_calendar = OTHER_CALENDAR_DATE.subn(" ", rest)  # a Hijri date (stamp material: no day read from it)
    n_time = len(TIME.findall(rest)) + len(_AGO.findall(rest))
    rest = TIME.sub(" ", _AGO.sub(" ", rest))
    rest = _STAMP_WORDS.sub(" ", rest)
    cued = PUBLISH_CUE.search(s) or UPDATE_CUE.search(s)
    # a weekday of another language opening the line ('Lun, 04/03/2024 - 10:15') is a stamp's too
    opening = re.match(r"\W*([^\W\d_]{3,})\.?,?\s", s)
    # other languages' words: with a full date (of any calendar), or an unsettled numeric one and a cue or an opening
    # weekday ('Il 03/04/2021 alle ore 21', 'Em 03/04/2021 às 20h30' between paragraphs: an invitation's event hour, no
    # stamp; '5 de março de 2021 às 09h12' is one)
    if dates or other_calendar or numeric and (cued or opening and opening.group(1).lower() in WEEKDAYS_ANY):
        rest = _STAMP_WORDS_OTHER.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    if not (dates or n_time or yl):
        return None, False
    if rest:
        return None, False
    return (dates[0][2] if dates else None), True


# what glues a date to its time: ISO's 'T' ("2021-03-05T09:12"), Russian 'в' ("5 марта 2021 в 09:12"; no stamp word
# elsewhere: 'в газете' is prose)
_ISO_T = re.compile(r"(?<=\d)T(?=[0-2]\d:[0-5]\d)|(?<![^\W\d_])в(?=\s+[0-2]?\d:[0-5]\d)")
_NUMERIC_ANY = re.compile(_BN + r"(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)" + _YEAR + r"(?![\d])")


def numeric_readings(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every numeric date a/b/yyyy (``/``, ``.`` or ``-``) in `text` with its possible days, month first and day
    first: (start, end, ISO days), one day where one order is no date ('25-03-2021'), two where both are
    ('03/04/2021': 4 March or 3 April). A dateline's day picks one (`dates.publication`)."""
    out = []
    for m in _NUMERIC_ANY.finditer(ascii_digits(text or "")):
        y, a, b = int(m.group("year")), int(m.group("a")), int(m.group("b"))
        days = tuple(dict.fromkeys(d for d in (valid(y, a, b), valid(y, b, a)) if d))
        if days:
            out.append((m.start(), m.end(), days))
    return out

# the DATELINE shape family (``DATELINE``, ``match_dateline``, ``dateline_alone``) is in dates/datelines.py
