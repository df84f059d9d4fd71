"""The DATELINE shape family of the one date grammar (`dates.grammar`, which re-exports every name here):
``CITY, Month D (Agency) -``, ``CITY, Month D :``, ``CITY (Agency) -``, ``CITY:`` / ``CITY -``, a place of a script
without capitals. Split from grammar.py when it outgrew 500 lines (tests/test_architecture.py); no change of
behaviour."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import NamedTuple

from newsdesk.dates.grammar import (  # noqa: F401
    _DAY,
    _MON_ANY,
    MONTH_NAME,
    MONTH_NAME_ANY,
    MONTHS_ANY,
    WEEKDAY_NAME,
    WEEKDAYS,
    WEEKDAYS_ANY,
    ascii_digits,
    find_dates,
    find_yearless,
    month_number,
    stamp_parts,
    valid,
)
from newsdesk.settings import DATING_DATELINE_MONTH_MIN_LETTERS, DATING_PERIOD_SECOND_CHARS

# --- the DATELINE shape family ----------------------------------------------------------------------------------
# a capital of any script opens a place's word ("İSTANBUL", "ÉVORA", "МОСКВА", "ΑΘΗΝΑ")
_DL_CAP = "A-Z" + "".join(re.escape(chr(c)) for c in range(0x00C0, 0x0530) if chr(c).isupper())
_DL_WORD = r"[" + _DL_CAP + r"][\w.'’]*"
_DL_DATE = (r"(?:" + WEEKDAY_NAME + r",?\s+)?(?:" + MONTH_NAME + r"\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:19|20|21)\d\d)?"
            r"|[0-3]?\d(?:st|nd|rd|th)?\s+" + MONTH_NAME + r"(?:,?\s+(?:19|20|21)\d\d)?"
            r"|[0-3]?\d\.?\s+(?:de\s+)?" + MONTH_NAME_ANY + r",?\s+(?:de\s+|del\s+)?(?:19|20|21)\d\d"
            r"|(?:19|20|21)\d\d-[01]?\d-[0-3]?\d|[0-3]?\d[./][01]?\d[./](?:19|20|21)\d\d"
            r"|[0-3]?\d\.?\s+(?:de\s+)?" + MONTH_NAME_ANY + r")")  # "Berlin, 28. April (dpa)", "Madrid, 28 abr (EFE)",
# "Bogotá, 3 de mayo (EFE).-"
# a yearless day and month of any language in a dateline's date
_DL_YEARLESS_ANY = re.compile(_DAY + r"\.?\s+(?:de\s+)?" + _MON_ANY, re.IGNORECASE)
# the place ("NEW DELHI", "Srinagar/Jammu"), a bracketed country ("New Delhi [India]", ANI's style), a region
# the lower-case particles inside a place's name ("Rio de Janeiro", "Dar es Salaam", "Port-au-Prince", "Frankfurt am
# Main", "Stratford-upon-Avon"), each between two capitalised words
_DL_PARTICLE = r"(?:de|da|do|dos|das|del|della|di|du|des|la|le|el|al|am|an|es|of|on|upon|en|sur|au|aux|y|e|im|in|ob|bei)"
_DL_PLACE = (r"^\s*(?P<place>" + _DL_WORD + r"(?:(?:[ -]|\s?/\s?)(?:" + _DL_PARTICLE + r"[ -]){0,2}" + _DL_WORD +
             r"){0,3})"
             r"(?:\s*\[[^\[\]\n]{1,40}\])?"
             r"(?:\s*,\s*(?!(?i:" + MONTH_NAME + r"|" + WEEKDAY_NAME + r")\b)(?P<region>" + _DL_WORD + r"(?: " + _DL_WORD +
             r"){0,2}))?")
# "BRUXELLES, le 4 mai (Belga) -"; a dash between the place and its date ('NAIROBI — March 4, 2024 — ...', 'Nairobi,
# Kenya — March 4, 2024 — ...'): the dateline's own separator follows the date
_DL_DATE_PART = r"\s*(?:[,|]|[–—]|--|(?<=\s)-(?=\s))?\s*(?:le\s+)?(?P<date>(?i:" + _DL_DATE + r"))"
DATELINE = re.compile(
    _DL_PLACE + r"(?:" + _DL_DATE_PART + r")?"
    r"(?:\s*,?\s*\((?P<agency>[^()\n]{1,60})\)|\s*(?P<wdot>\.\s*)?/(?P<wire>[" + _DL_CAP + r"][^/\n]{1,40})/)?"  # "(Reuters)",
    # "/PRNewswire/"; "МОСКВА, 22 сентября. /ТАСС/. ...": a wire between slashes after the date's full stop, and a
    # full stop (or nothing) as the separator after it
    r"\s*(?P<sep>--|\.?[-–—]|[_:]|(?(wdot)(?<=/)\.?(?=\s)|(?(wire)(?<=/)\.(?=\s)|(?!))))(?!\d)\s*"  # "(EFE).-",
    # "КИЇВ, 4 березня /Укрінформ/. ...": the wire's full stop after its slash, with none before it
    r"(?:\((?P<late>[^()\n]{1,60})\)\s*)?", re.UNICODE)  # "April 28: (PTI) The ...": the agency after the separator
# "Kolkata, April 28 (IANS) The ...": a dated dateline whose agency is its end, with no separator after it
_DATELINE_UNSEPARATED = re.compile(
    _DL_PLACE + _DL_DATE_PART + r"\s*\((?P<agency>[^()\n]{1,60})\)\s+(?=[\"“‘'A-ZÀ-Þ])", re.UNICODE)


class Dateline(NamedTuple):
    place: str
    region: str | None
    date: str | None  # the date as written
    agency: str | None
    end: int  # offset of the story text after the separator
    day: str | None  # ISO day when the date has a year
    month_day: tuple[int, int] | None  # (month, day) when it has none
    weekday: int | None = None  # the weekday written in the date ('Saturday, Dec. 14'): the day must fall on it
    alone: bool = False  # a dateline alone on its line ('NEW DELHI, March 4' over the lead: `dateline_line`)


# "Karlsruhe, (12.11.2021). Traditionell ...": a press release's place and its full date in parentheses
_DATELINE_PAREN = re.compile(
    r"^\s*(?P<place>" + _DL_WORD + r"(?:[ -]" + _DL_WORD + r"){0,3})\s*,\s*\((?P<date>(?i:" + _DL_DATE + r"))\)"
    r"\s*(?P<sep>--|[-–—:.])(?!\d)\s*")


# a place in a script without capitals (Arabic, Devanagari, ...), the place's comma, a day and another language's
# month, the agency in parentheses: "القاهرة، 11 مارس (رويترز) -" (no capital can mark such a place: the agency must).
# A word of such a script may hold combining marks (Devanagari vowel signs and viramas, Arabic vowel marks: no word
# characters to `re`): "नई दिल्ली"
_MARKS = "".join(re.escape(chr(c)) for c in range(0x0300, 0x1100) if unicodedata.category(chr(c))[0] == "M")
_CASELESS_WORD = r"(?:[^\W\d_A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]|[" + _MARKS + r"])+"
_DATELINE_CASELESS = re.compile(
    r"^\s*(?P<place>" + _CASELESS_WORD + r"(?:\s+" + _CASELESS_WORD + r"){0,3})\s*[،,]\s*"
    r"(?P<date>[0-3]?\d\.?\s+" + MONTH_NAME_ANY + r"(?:,?\s+(?:19|20|21)\d\d)?)\s*\((?P<agency>[^()\n]{1,40})\)"
    r"(?:\s*(?P<sep>--|[-–—:])\s*|\s+)", re.IGNORECASE)  # the wire's dash, or none after a one-word agency


def _caseless_dateline(text: str) -> Dateline | None:
    m = _DATELINE_CASELESS.match(text[:240] if text else "")
    if not m or not text[m.end():m.end() + 1].strip() or m.group("agency").strip().lower() in MONTHS_ANY:
        return None  # a month's other name in brackets ('فبراير (شباط)') is no agency
    if not m.group("sep") and not re.fullmatch(_CASELESS_WORD, m.group("agency").strip()):
        return None  # no dash: only a one-word agency ("नई दिल्ली, 11 मार्च (भाषा) सरकार ने ..."), no aside of a sentence
    full = find_dates(m.group("date"))
    if full:
        return Dateline(m.group("place"), None, m.group("date"), m.group("agency"), m.end(), full[0][2], None)
    yl = _DL_YEARLESS_ANY.search(m.group("date"))
    if not yl or not valid(2000, month_number(yl.group("mon")), int(yl.group("day"))):
        return None
    return Dateline(m.group("place"), None, m.group("date"), m.group("agency"), m.end(), None,
                    (month_number(yl.group("mon")), int(yl.group("day"))))


# a Chinese wire dateline: the agency and the place glued to the yearless date and 电 (dispatch), the reporter in
# brackets: "新华社北京3月3日电（记者王磊）", "中新网上海3月3日电"
_DATELINE_CJK = re.compile(r"^\s*(?P<agency>[\u4e00-\u9fff]{1,5}?[社网網台])?(?P<place>[\u4e00-\u9fff]{2,6}?)"
                           r"(?P<mon>[01]?\d)月(?P<day>[0-3]?\d)日[电電](?:[（(][^）)\n]{1,30}[）)])?")


def _cjk_dateline(text: str) -> Dateline | None:
    m = _DATELINE_CJK.match(text[:80])
    if not m or not valid(2000, int(m.group("mon")), int(m.group("day"))):
        return None
    return Dateline(m.group("place"), None, f"{m.group('mon')}月{m.group('day')}日", m.group("agency"), m.end(), None,
                    (int(m.group("mon")), int(m.group("day"))))


# an agency in brackets opening the dateline, before its place: "(AFP) NAIROBI, March 4 -"
_AGENCY_FIRST = re.compile(r"^\s*\((?P<agency>[" + _DL_CAP + r"][^()\d\n]{0,39})\)\s*(?=[" + _DL_CAP + r"])")


def match_dateline(text: str) -> Dateline | None:
    """The wire dateline opening `text`, or None. Without a date or an agency the place must be in capitals
    (``NEW DELHI:``), so that a label such as ``Note:`` is no dateline; some story text must follow. A place with
    its full date in parentheses (``Karlsruhe, (12.11.2021).``) is a dateline too."""
    text = ascii_digits(text or "")
    pre = _AGENCY_FIRST.match(text)
    if pre:  # "(AFP) NAIROBI, March 4 - ...": the agency before the place; only a dated dateline without its own
        dl = match_dateline(text[pre.end():])
        return dl._replace(agency=pre.group("agency"), end=pre.end() + dl.end) \
            if dl is not None and dl.agency is None and (dl.day or dl.month_day) else None
    p = _DATELINE_PAREN.match(text[:240] if text else "")
    if p and text[p.end():p.end() + 1].strip():
        full = find_dates(p.group("date"))
        if full:
            return Dateline(p.group("place"), None, p.group("date"), None, p.end(), full[0][2], None)
    m = DATELINE.match(text[:240] if text else "")
    if not m or not text[m.end():m.end() + 1].strip() or not _plausible(m):
        m = _DATELINE_UNSEPARATED.match(text[:240] if text else "")
        if not m:
            return _caseless_dateline(text) or _cjk_dateline(text)
    date, agency = m.group("date"), _agency(m)
    if date and agency is None and m.group("sep").lstrip(".") in ("-", "–", "—", "--") \
            and _dated_at(text[m.end():m.end() + DATING_PERIOD_SECOND_CHARS]):
        return None  # 'Maria Silva, 5 de março de 1941 – 20 de dezembro de 2024': a name over a life span, a period
    if not date and agency and find_dates(agency) and len(agency.strip()) <= find_dates(agency)[0][1] + 1:
        # "NEW YORK, NY (March 3, 2021) –": a press release's full date in the agency's parentheses
        return Dateline(m.group("place"), m.group("region"), agency, None, m.end(), find_dates(agency)[0][2], None)
    day = month_day = None
    weekday = _written_weekday(date)
    if date and not _named_number(m):
        full = find_dates(date)
        if full:
            day = full[0][2]
            if weekday is not None and _dt.date.fromisoformat(day).weekday() != weekday:
                day = None  # 'Saturday, December 12, 2024': the date and its weekday disagree, no day from it
        else:
            yl = find_yearless(date)
            month_day = (yl[0][2], yl[0][3]) if yl else None
            foreign = None if yl else _DL_YEARLESS_ANY.search(date)
            if foreign and _date_counts(m) and valid(2000, month_number(foreign.group("mon")), int(foreign.group("day"))):
                month_day = (month_number(foreign.group("mon")), int(foreign.group("day")))
    return Dateline(m.group("place"), m.group("region"), date, agency, m.end(), day, month_day, weekday)


def _dated_at(text: str) -> bool:
    """`text` opens with a date, full or a day and month of any language (the second date of a period written 'date
    – date': '3. März 1941 – 20. Dezember 2024', '28 juillet – 3 août'). A yearless day before another language's
    month abbreviation is none: '3 out of 4 Americans ...', '10 set pieces ...' open stories."""
    full = find_dates(text)
    if full and full[0][0] == 0:
        return True
    yl = _DL_YEARLESS_ANY.match(text)
    if yl and len(yl.group("mon").rstrip(".")) > 3:
        return True
    return re.match(MONTH_NAME + r"\s+[0-3]?\d\b", text, re.IGNORECASE) is not None


def _written_weekday(date: str | None) -> int | None:
    """The weekday a dateline's date opens with ('Saturday, December 14'), as 0 (Monday) to 6, or None."""
    w = re.match(r"\s*([A-Za-z]+)", date or "")
    return WEEKDAYS.get(w.group(1).lower()) if w and re.match(r"\s*" + WEEKDAY_NAME + r"\b", date, re.I) else None


def _weekday_place(place: str) -> bool:
    """The 'place' is a weekday's name of any language ('Samstag, 14. Dezember – Der Weihnachtsmarkt ...',
    'Saturday, December 14 – ...': a programme line opening with its event's day, no dateline)."""
    w = place.strip().rstrip(".").lower()
    return w in WEEKDAYS or (len(w) >= 4 and w in WEEKDAYS_ANY)


def _agency(m: re.Match) -> str | None:
    return m.group("agency") or m.groupdict().get("wire") or m.groupdict().get("late")


def _date_counts(m: re.Match) -> bool:
    """Whether the dateline's date is one. A yearless day in another language's month alone ('28 avril') is read
    only with the place's comma before it and an agency after it ('Paris, 28 avril (AFP) -', 'Madrid, 28 abr
    (EFE).-') or a month name of five letters or more or of another script: short words of other languages are month
    names ('out', 'set', 'gen', 'ago'), and 'Windows 10 out - Microsoft ...' or 'Season 2 gen: ...' open no
    dateline."""
    date = m.group("date")
    if not date or find_dates(date) or find_yearless(date) or not _DL_YEARLESS_ANY.search(date):
        return bool(date)
    gap = m.string[m.end("region") if m.group("region") else m.end("place"):m.start("date")]
    mon = _DL_YEARLESS_ANY.search(date).group("mon").rstrip(".")
    # without an agency only a month name no English word can be: of another script ("МОСКВА, 4 мая – РИА Новости.",
    # "КИЕВ, 4 мая —") or of five letters or more ("PARIS, 28 juillet –")
    if _ordinal_day(m):
        return True  # "Praha 4. března (ČTK) -": ČTK's place and day with no comma between them
    return "," in gap and (_agency(m) is not None or not mon.isascii() and not re.search("[A-Za-zÀ-ÿ]", mon)
                           or len(mon) >= DATING_DATELINE_MONTH_MIN_LETTERS)


def _named_number(m: re.Match) -> bool:
    """The dateline's date opens with a day glued to the place by a space alone ('Apollo 11 May -', 'Section 5 mar
    -', 'Windows 10 out -'): the number is the name's ('Apollo 11', 'Section 5'), and what follows is no date. A
    dateline parts its place and a day-first date with a comma, a bar or a dash ('LAGOS, 5 May -', 'Paris | 28 avril',
    'LAGOS — 5 March 2024 —')."""
    date = m.group("date")
    if not date or not date[:1].isdigit():
        return False
    gap = m.string[m.end("region") if m.group("region") else m.end("place"):m.start("date")]
    return not re.search(r"[,|–—]|-(?=\s)", gap) and not _ordinal_day(m)


def _ordinal_day(m: re.Match) -> bool:
    """The dateline writes its day with the full stop of an ordinal before another language's month name and its
    agency in brackets after it ('Praha 4. března (ČTK) -', ČTK's style, with no comma after the place): a date, not
    a number of the place's name ('Apollo 11 May -')."""
    date = m.group("date") or ""
    yl = _DL_YEARLESS_ANY.match(date)
    return bool(yl) and re.match(r"[0-3]?\d\.\s", date) is not None and m.group("agency") is not None \
        and len(yl.group("mon").rstrip(".")) >= DATING_DATELINE_MONTH_MIN_LETTERS


def _plausible(m: re.Match) -> bool:
    place = m.group("place")
    if _agency(m) is not None:
        return True
    if _weekday_place(place):
        return False  # a weekday is no place: without an agency the line opens with its day ('Samedi, 14 décembre –')
    return (_date_counts(m) and not _named_number(m)) or (place.isupper() and sum(c.isalpha() for c in place) >= 3
                                                            and _bare_place(m))


def _bare_place(m: re.Match) -> bool:
    """A place with neither a date nor an agency ('NEW DELHI:', 'TEHRAN -'): before a colon each of its words opens
    with a Latin capital A-Z, as the wire styles that write it so do ('NEW DELHI:', 'SRINAGAR:'); a label or a kicker
    of another script or with an accented first capital is no place ('İÇERİK:', 'ТЕКСТ:', 'СМИ: Путин ...',
    'ВИДЕО:', 'ÚLTIMA HORA:'). A dash after it still takes a capital of any script ('İSTANBUL -')."""
    if m.group("sep") != ":":
        return True
    return all("A" <= w[:1] <= "Z" for w in re.split(r"[\s/-]+", m.group("place")) if w and w[:1].isupper())


# "NEW DELHI, March 4" alone on its line over the lead (a print layout: the byline, then the dateline, no separator):
# a place in capitals, its comma and a date, nothing after it
_DATELINE_LINE = re.compile(_DL_PLACE + r"\s*,\s*(?P<date>(?i:" + _DL_DATE + r"))\s*$")


def dateline_line(line: str) -> Dateline | None:
    """The dateline of a line that is only a place in capitals and its date, with no separator (``NEW DELHI,
    March 4``): the story opens on the next line (`leads.opening_match` asks for running text there). None for
    any other line, or a date that is none (a yearless day in another language's short month: `_date_counts`)."""
    s = ascii_digits(line or "").strip()
    m = _DATELINE_LINE.match(s) if len(s) <= 80 else None
    if not m or not m.group("place").isupper() or sum(c.isalpha() for c in m.group("place")) < 3 \
            or _weekday_place(m.group("place")) or _kicker_place(m.group("place")):
        return None
    date = m.group("date")
    full = find_dates(date)
    yl = find_yearless(date)
    foreign = _DL_YEARLESS_ANY.search(date) if not (full or yl) else None
    if foreign and len(foreign.group("mon").rstrip(".")) < DATING_DATELINE_MONTH_MIN_LETTERS:
        return None
    weekday = _written_weekday(date)
    if full:
        day = full[0][2]
        ok = weekday is None or _dt.date.fromisoformat(day).weekday() == weekday
        return Dateline(m.group("place"), m.group("region"), date, None, len(s), day if ok else None, None, weekday,
                        True)
    md = (yl[0][2], yl[0][3]) if yl else (month_number(foreign.group("mon")), int(foreign.group("day"))) if foreign \
        else None
    if md is None or not valid(2000, *md):
        return None
    return Dateline(m.group("place"), m.group("region"), date, None, len(s), None, md, weekday, True)


def _kicker_place(place: str) -> bool:
    """A 'place' in capitals that is a kicker's words: one of them a weekday's name of any language ('SUPER
    TUESDAY, MARCH 5') or stamp vocabulary ('UPDATED, March 4': `grammar.stamp_parts` reads it as a stamp's word)."""
    return any(_weekday_place(w) or stamp_parts(w + " 1.1.2000")[1] == 0 for w in re.findall(r"[^\W\d_]+", place))


def dateline_alone(line: str) -> bool:
    """`line` is only a dateline (``TEHRAN -``, ``LONDON, March 5 (Reuters) --``): its story is on the next line."""
    s = line.strip()
    m = DATELINE.match(s) if len(s) <= 120 else None
    return bool(m) and m.end() == len(s) and _plausible(m)
