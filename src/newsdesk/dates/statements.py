"""The shapes of a page's publication statements ('Published on 2 July 2008', 'Der Artikel "X" wurde am 05.11.2021
... veröffentlicht'; `statement_date` reads them) and the page's numeric stamps whose order ('03/04/2021':
3 April or 4 March) only other evidence settles: a yearless dateline's day, the day the copy was crawled. Split from dates/publication.py (which imports these names)
when it reached the 500-line limit (tests/test_architecture.py); no change of behaviour."""

from __future__ import annotations

import datetime as _dt
import re

from newsdesk.dates.foreign import DIGIT
from newsdesk.dates.grammar import _NUMERIC_ANY, ascii_digits, find_dates, numeric_readings, stamp_date, valid
from newsdesk.dates.leads import _EARLIEST_WEB_DAY
from newsdesk.settings import DATING_STATEMENT_MAX_GAP_CHARS, DATING_TOP_LINES

_PUBLISHED_STMT = re.compile(
    r"(?m)^\W{0,3}(?:this (?:article|story|report) was |it was )?(?:(?:first|originally)\s+)?"
    r"(?:published|posted)\b\s*(?:on|at|:)?\s*[:,]?\s*(?P<rest>.{6,60})", re.IGNORECASE)

# German: 'Der Artikel "..." wurde am 05.11.2021 in der Kategorie ... veröffentlicht' (the date between 'wurde am' and
# the verb of publication, in one sentence)
_PUBLISHED_STMT_WURDE = re.compile(
    r"(?<![^\W\d_])(?:artikel|beitrag|eintrag|text)(?![^\W\d_])(?!\s*\d)[^.!?\n]{0,160}?\bwurde am\s+"
    r"(?P<rest>[^\n]{6,200}?)(?<![^\W\d_])(?:veröffentlicht|publiziert|erstellt|verfasst)(?![^\W\d_])", re.IGNORECASE)


def numeric_stamp_day(raw_lines: list[str], month: int, day: int, weekday: int | None) -> str | None:
    """The day of a numeric date whose order the page does not settle ('03/04/2021', '12-03-2021') in a stamp at the
    top of the page or in a publication statement ('First published on: 12-03-2021 at 17:45 IST'), when one of its
    readings is the yearless dateline's (month, day) and falls on the weekday the lead names, if any."""
    nonblank = [ln for ln in raw_lines if ln.strip()]
    lines = [ln for ln in nonblank[:DATING_TOP_LINES] if stamp_date(ln)[1]]
    lines += [m.group("rest") for m in _PUBLISHED_STMT.finditer("\n".join(nonblank))]
    found = {d for ln in lines for _a, _b, days in numeric_readings(ln) for d in days
             if (int(d[5:7]), int(d[8:10])) == (month, day)
             and (weekday is None or _dt.date.fromisoformat(d).weekday() == weekday)}
    return found.pop() if len(found) == 1 else None


def crawl_bounded_day(raw_lines: list[str], crawled: str) -> str | None:
    """The day of the page's numeric date stamps whose order the page does not settle ('Date:' / '12/03/2021'), when
    the day the copy was crawled rules out every reading but one (3 December 2021 lies after a crawl of 2 July
    2021): a page is not published after it was fetched. Only when every such stamp gives that one day."""
    found: set[str] = set()
    for ln in raw_lines:
        if not DIGIT.search(ln) or not stamp_date(ln)[1] or find_dates(ln):
            continue
        for _a, _b, days in numeric_readings(ln):
            fits = [d for d in days if _EARLIEST_WEB_DAY <= d <= crawled]
            if len(fits) == 1:
                found.add(fits[0])
            elif fits:
                return None
    return found.pop() if len(found) == 1 else None


def page_writes_day_first(text: str) -> bool:
    """The page writes its numeric dates day first: one of them or more can only be read so ('15/03/2024': no
    fifteenth month) and none only month first ('03/15/2024'). Then a date whose order its line leaves open
    ('04/03/2024' over an English story) is read day first as well: a page keeps one order."""
    orders = set()
    for m in _NUMERIC_ANY.finditer(ascii_digits(text or "")):
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12 >= b >= 1:
            orders.add("day")
        elif b > 12 >= a >= 1:
            orders.add("month")
    return orders == {"day"}


def page_day_first(raw_lines: list[str], body: str, weekday: int | None = None) -> bool:
    """An English page's numeric dates are read day first (`page_writes_day_first`) on the evidence of its own
    writing only: its stamp lines (`stamp_date`: the header, the byline, the site's date lines) and the story's text as
    the cleaner kept it, not the raw page's other stories and footers. A weekday the lead names vetoes the order: an
    unsettled stamp ('04/03/2024') whose day-first reading falls on another weekday ('Wednesday' is 3 April, 4 March a
    Monday) is no day-first page's stamp, whatever a date quoted in the story ('a British ruling dated 21/02/2024')."""
    stamps = [ln for ln in raw_lines if ln.strip() and stamp_date(ln)[1]]
    if not page_writes_day_first("\n".join([*stamps, body or ""])):
        return False
    if weekday is None:
        return True
    for ln in stamps:
        for m in _NUMERIC_ANY.finditer(ascii_digits(ln)):
            y, a, b = int(m.group("year")), int(m.group("a")), int(m.group("b"))
            if a <= 12 and b <= 12 and (day := valid(y, b, a)) and _dt.date.fromisoformat(day).weekday() != weekday:
                return False
    return True


def statement_date(text: str) -> str | None:
    """The day of an explicit publication statement line (``Published on 2 July 2008``, ``Der Artikel "X" wurde am
    05.11.2021 in der Kategorie Y veröffentlicht``), else None."""
    for pattern in (_PUBLISHED_STMT, _PUBLISHED_STMT_WURDE):
        for m in pattern.finditer(text):
            dates = find_dates(m.group("rest"))
            if dates and dates[0][0] <= DATING_STATEMENT_MAX_GAP_CHARS:
                return dates[0][2]
    return None
