"""Publication day of plain-text articles: from metadata, a header, the dateline, or a publication statement.

Evidence, strongest first:

* ``metadata``: the record's own date field (`normalise_date`);
* ``header``: a date at the top of the page, either the `.txt` header prefix of line 1 (`` date 2021-03-05 First
  paragraph...``) or a line near the top that is only a date/time stamp;
* ``dateline``: the agency dateline that opens the body (``WASHINGTON, March 5, 2021 (Reuters) -``);
* ``text``: an explicit publication statement (``Published on 5 March 2021``), never an event date in the prose.

A top-of-page date that disagrees with the dateline is the page/crawl date (`Dating.page_date`). A yearless dateline
(``TEHRAN, Aug. 27 (MNA) --``) takes its year only from evidence: the page date bounds it from above and a weekday
named in the lead (``on Friday``) must fall on it. Without such evidence the answer is null: a day is never invented.

The date grammar is hand-written (regular expressions over month names and numeric forms) because it must also
*locate* dates inside lines (datelines, header prefixes, stamps) and report spans; `dateparser` is used only as the
last fallback of `normalise_date` for metadata strings of unusual shape (it is ~100x slower and parses relative
phrases, which metadata never needs).
"""

from __future__ import annotations

import datetime as _dt
import re
from email.utils import parsedate_to_datetime

from newsdesk.model import Cleaned, Dating
from newsdesk.settings import DATING_TOP_LINES, DATING_YEARLESS_MAX_YEARS

MIN_YEAR, MAX_YEAR = 1900, 2100

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

_MON = r"(?P<mon>(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?" \
       r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)"
_WD = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|monday|tuesday|wednesday|thursday|friday|saturday" \
      r"|sunday)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20|21)\d\d)"
_B = r"(?<![\w/.-])"  # left boundary: not inside a word, a number, a path or another date
_E = r"(?![\w/-]|\.\d)"

# Each pattern names mon/day/year (year optional in the yearless forms); order matters: full forms first.
_FULL_PATTERNS = [
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)-(?P<mnum>[01]?\d)-(?P<day>[0-3]?\d)(?=$|[^\d])", re.IGNORECASE),
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)/(?P<mnum>[01]?\d)/(?P<day>[0-3]?\d)" + _E, re.IGNORECASE),
    re.compile(_B + r"(?P<year>(?:19|20|21)\d\d)\.(?P<mnum>[01]?\d)\.(?P<day>[0-3]?\d)" + _E, re.IGNORECASE),
    re.compile(_B + _MON + r"\s+" + _DAY + r",?\s+" + _YEAR + _E, re.IGNORECASE),
    re.compile(_B + _DAY + r"\s+(?:of\s+)?" + _MON + r",?\s+" + _YEAR + _E, re.IGNORECASE),
    re.compile(_B + r"(?P<n1>[0-3]?\d)(?P<sep>[./])(?P<n2>[0-3]?\d)(?P=sep)" + _YEAR + _E),
]
_YEARLESS_PATTERNS = [
    re.compile(_B + _MON + r"\s+" + _DAY + r"(?![\d:])(?!,?\s+(?:19|20|21)\d\d)" + _E, re.IGNORECASE),
    re.compile(_B + _DAY + r"\s+" + _MON + r"(?!,?\s+(?:19|20|21)\d\d)(?![\w])", re.IGNORECASE),
]
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)", re.IGNORECASE)
_TZ = r"(?:gmt|utc|bst|cet|cest|est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|pt|ist|irst|aest|aedt|jst|hkt|sgt|sast|msk|[+-]\d\d:?\d\d)"
_STAMP_WORDS = re.compile(
    r"\b(?:(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|just now|" + _TZ +
    r"|updated?|last|published|posted|modified|first|on|at|am|pm|a\.m|p\.m|date|dated|created|"
    r"time|edited|" + _WD + r")\b\.?", re.IGNORECASE)

HEADER_RE = re.compile(
    r"^\s*(?P<label>(?:date|dated|published|posted|pub(?:lication)?\s*date|updated|last updated|crawled|"
    r"retrieved|fetched|scraped|accessed)\s*[:=]?\s*)?(?P<date>"
    r"(?:19|20|21)\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"
    r"(?:\s*[|:–—-]+)?\s+", re.IGNORECASE)
# a possessive ("from Monday's closing price") names another day than the story's, so it is no weekday evidence
_WEEKDAY_IN_TEXT = re.compile(r"(?<!\w)(?P<prev>\w+\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
                              r"|sunday)\b(?!['’]s\b)", re.IGNORECASE)
# A dateline: a place (capitalised words, optionally ", Country"), a comma, a date, optional "(Agency)", a dash.
DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'’-]+(?:[ -][A-Z][A-Za-z.'’-]+){0,3}(?:,\s+[A-Z][A-Za-z.'’ -]{1,30})?)"
    r"\s*,\s*(?P<date>[^()–—-]{3,40}?)\s*(?:\((?P<agency>[^()]{1,30})\)\s*)?(?:[-–—_:]+|\s-\s)", re.UNICODE)
_PUBLISHED_STMT = re.compile(
    r"(?m)^\W{0,3}(?:this (?:article|story|report) was |it was )?(?:(?:first|originally)\s+)?"
    r"(?:published|posted)\b\s*(?:on|at|:)?\s*[:,]?\s*(?P<rest>.{6,60})", re.IGNORECASE)


def _valid(y: int, m: int, d: int) -> str | None:
    if not (MIN_YEAR <= y <= MAX_YEAR):
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every full calendar date (day, month and year) in `text`: (start, end, ISO day), sorted by position."""
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for pat in _FULL_PATTERNS:
        for m in pat.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _from_match(m)
            if iso:
                found.append((m.start(), m.end(), iso))
                taken.append((m.start(), m.end()))
    return sorted(found)


def find_yearless(text: str) -> list[tuple[int, int, int, int]]:
    """Month-and-day dates without a year: (start, end, month, day)."""
    out = []
    for pat in _YEARLESS_PATTERNS:
        for m in pat.finditer(text):
            mon, day = _month(m.group("mon")), int(m.group("day"))
            if _valid(2000, mon, day):  # 2000 is a leap year: accepts Feb 29
                out.append((m.start(), m.end(), mon, day))
    return sorted(out)


def _from_match(m: re.Match) -> str | None:
    g = m.groupdict()
    y = int(g["year"])
    if g.get("mnum"):
        return _valid(y, int(g["mnum"]), int(g["day"]))
    if g.get("mon"):
        return _valid(y, _month(g["mon"]), int(g["day"]))
    a, b = int(g["n1"]), int(g["n2"])
    if g["sep"] == ".":
        return _valid(y, b, a)  # D.M.YYYY: the dotted form is day-first everywhere it is used
    if a <= 12 and b > 12:  # M/D/YYYY: the second number cannot be a month
        return _valid(y, a, b)
    if b <= 12 < a or a == b:
        return _valid(y, b, a)
    # 05/02/2013 is 5 February or May 2: only a US time zone after it on the same line settles it (month
    # first); otherwise no date rather than a guess (ecbplus_dev: 6 of 7 such stamps were read wrongly day-first)
    text = m.string
    lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 40)
    hi = text.find("\n", m.end())
    hi = min(hi if hi >= 0 else len(text), m.end() + 40)
    if _US_ZONE.search(text[lo:m.start()] + " " + text[m.end():hi]):
        return _valid(y, a, b)
    return None


_US_ZONE = re.compile(r"\b(?:E|C|M|P)[SD]?T\b")


def normalise_date(value: str | None) -> str | None:
    """A metadata date string of any common form -> ``YYYY-MM-DD`` (the day as written, no time-zone shift)."""
    if not value or not isinstance(value, str):
        return None
    s = value.strip()[:200]
    if not s:
        return None
    m = re.fullmatch(r"((?:19|20|21)\d\d)(\d\d)(\d\d)(?:T?\d{2,6}(?:Z|[+-]\d{2,4})?)?", s)  # 20210305, 20210305T0912
    if m:
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"\d{9,10}(?:\.\d+)?|\d{12,13}", s)  # Unix epoch seconds or milliseconds (UTC)
    if m:
        secs = float(s) / (1000 if len(s.split(".")[0]) > 10 else 1)
        try:
            d = _dt.datetime.fromtimestamp(secs, _dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            return None
        return _valid(d.year, d.month, d.day)
    dates = find_dates(s)
    if dates:
        return dates[0][2]
    try:
        d = parsedate_to_datetime(s)
        return _valid(d.year, d.month, d.day)
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
    return _valid(d.year, d.month, d.day) if d else None


def split_header(line: str) -> tuple[str, str | None, str]:
    """The `.txt` header prefix of a first line: (header text, its ISO day or None, the rest of the line).

    ``" date 2021-03-05 First paragraph"`` -> ``("date 2021-03-05", "2021-03-05", "First paragraph")``. A line with
    no header comes back as ``("", None, line)``. Only an ISO date (optionally labelled ``date``/``published``/
    ``crawled``...) opens a header: prose that starts with a date in words is body.
    """
    m = HEADER_RE.match(line)
    if not m or not line[m.end():].strip():
        return "", None, line
    iso = normalise_date(m.group("date")[:10])
    if iso is None:
        return "", None, line
    return line[:m.end()].strip(), iso, line[m.end():]


_HAS_DIGIT = re.compile(r"\d")
_BYLINE_IN_STAMP = re.compile(r"(?<!\w)(?:[Bb]y|BY)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_STAMP_SEP = re.compile(r"\s+[|•·]\s+")
_BYLINE_SEGMENT = re.compile(r"^\s*(?:[Bb]y|BY)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al-?)){0,5}\s*$")


def stamp_date(line: str) -> tuple[str | None, bool]:
    """If `line` is only a date/time stamp (``March 5, 2021 09:12 am | Updated 11:40 am EST``), its first full date.

    Returns (ISO day or None, is_stamp). A stamp is a line whose words are, apart from dates and times, only
    stamp vocabulary (updated, published, time zones, weekdays, separators). A stamp without a full date (``Updated
    11:40 am``) is still a stamp, with no day.
    """
    s = line.strip()
    if not s or len(s) > 120 or not _HAS_DIGIT.search(s):  # a date, a yearless date or a time has a digit
        return None, False
    parts = _STAMP_SEP.split(s)
    if len(parts) > 1:  # "By Staff Writer | Feb 3, 2009 4:15 PM ET": a byline segment beside the stamp
        parts = [p for p in parts if not _BYLINE_SEGMENT.match(p)]
        s = " | ".join(parts)
        if not s:
            return None, False
    dates = find_dates(s)
    rest = s
    for a, b, _ in reversed(dates):
        rest = rest[:a] + " " + rest[b:]
    yl = find_yearless(rest)
    for a, b, _, _ in reversed(yl):
        rest = rest[:a] + " " + rest[b:]
    if dates or yl:  # "Posted by Jane Doe on March 5, 2021": the writer's name beside a dated stamp
        rest = _BYLINE_IN_STAMP.sub(" ", rest)
    n_time = len(_TIME.findall(rest))
    rest = _TIME.sub(" ", rest)
    rest = _STAMP_WORDS.sub(" ", rest)
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    if not (dates or n_time or yl):
        return None, False
    if rest:
        return None, False
    return (dates[0][2] if dates else None), True


def _top_date(raw_lines: list[str]) -> tuple[str | None, str | None]:
    """(ISO day of a top-of-page date, the rest of the first line after a header) from the first few lines."""
    nonblank = [ln for ln in raw_lines if ln.strip()][:DATING_TOP_LINES]
    if not nonblank:
        return None, None
    _head, iso, rest = split_header(nonblank[0])
    if iso:
        return iso, rest
    for ln in nonblank:
        day, is_stamp = stamp_date(ln)
        if day:
            return day, None
        if not is_stamp and len(ln.split()) > 12:  # reached the body: a stamp further down is not "top of page"
            break
    return None, None


def parse_dateline(first_para: str) -> tuple[str | None, tuple[int, int] | None, int]:
    """The date of a dateline opening `first_para`: (ISO day if it has a year, (month, day) if yearless, end)."""
    m = DATELINE_RE.match(first_para)
    if not m:
        return None, None, 0
    part = m.group("date")
    full = find_dates(part)
    if full and full[0][0] <= 12:
        return full[0][2], None, m.end()
    yl = find_yearless(part)
    if yl and yl[0][0] <= 12:
        return None, (yl[0][2], yl[0][3]), m.end()
    return None, None, 0


def _lead_weekday(text: str) -> int | None:
    """The weekday named in the lead (first ~300 characters after the dateline), unless 'last/next/this ...'."""
    for m in _WEEKDAY_IN_TEXT.finditer(text[:300]):
        prev = (m.group("prev") or "").strip().lower()
        if prev in {"last", "next", "this", "coming", "previous", "following", "every", "each", "a", "on a"}:
            continue
        return WEEKDAYS[m.group("wd").lower()]
    return None


def resolve_year(month: int, day: int, bound: str | None, weekday: int | None) -> str | None:
    """Year for a yearless (month, day): the latest day not after `bound` whose weekday matches (when named).

    Without a bound there is no evidence for the year, so None. Years tried: the bound's year back to
    DATING_YEARLESS_MAX_YEARS before it.
    """
    if not bound:
        return None
    b = _dt.date.fromisoformat(bound)
    for y in range(b.year, b.year - DATING_YEARLESS_MAX_YEARS - 1, -1):
        iso = _valid(y, month, day)
        if iso is None or iso > bound:
            continue
        if weekday is not None and _dt.date.fromisoformat(iso).weekday() != weekday:
            continue
        return iso
    return None


def _statement_date(text: str) -> str | None:
    for m in _PUBLISHED_STMT.finditer(text):
        dates = find_dates(m.group("rest"))
        if dates and dates[0][0] <= 12:
            return dates[0][2]
    return None


def date_text(raw_text: str, cleaned: Cleaned | None = None, *, meta_date: str | None = None) -> Dating:
    """Publication day of a plain-text article with its evidence, and the page/crawl date when one is seen."""
    raw = raw_text or ""
    if cleaned is None:
        from newsdesk.clean import clean_text  # clean uses this module's grammar; import late, not at load

        cleaned = clean_text(raw)
    raw_lines = raw.replace("\r", "\n").split("\n")
    top, _ = _top_date(raw_lines)
    body = cleaned.text.lstrip()
    dl_full, dl_partial, dl_end = parse_dateline(body)
    meta = normalise_date(meta_date) if meta_date else None

    published = evidence = page_date = None
    if dl_full:
        published, evidence = dl_full, "dateline"
        if top and top != dl_full:
            page_date = top
    elif dl_partial:
        mon, day = dl_partial
        bound = meta or top
        if top and (int(top[5:7]), int(top[8:10])) == (mon, day):
            published, evidence = top, "header"
        else:
            guess = resolve_year(mon, day, bound, _lead_weekday(body[dl_end:]))
            if guess:
                published, evidence = guess, "dateline"
                if top and top != guess:
                    page_date = top
            elif top:
                page_date = top  # disagrees with the dateline and no year fits: the crawl date, not publication
    elif top:
        published, evidence = top, "header"
    if meta:
        if published and published != meta and evidence == "header":
            page_date = page_date or published
        published, evidence = meta, "metadata"
    if published is None:
        stmt = _statement_date(raw)
        if stmt:
            published, evidence = stmt, "text"
    if page_date == published:
        page_date = None
    return Dating(published=published, evidence=evidence, page_date=page_date)
