"""The lead of an article as date evidence: the dateline opening its first paragraph of running text, a dated
dateline after a teaser, the weekday the lead names, and the year of a yearless dateline from that evidence.
Split from dates/publication.py (which imports these names) when it outgrew 500 lines; no change of behaviour."""

from __future__ import annotations

import datetime as _dt
import re

from newsdesk.dates.datelines import Dateline, dateline_line, match_dateline
from newsdesk.dates.foreign import SENTENCE_END
from newsdesk.dates.grammar import WEEKDAYS, valid
from newsdesk.settings import (
    DATING_DATELINE_AHEAD_DAYS,
    DATING_EARLIEST_DAY,
    DATING_LEAD_DATELINE_CHARS,
    DATING_LEAD_WEEKDAY_CHARS,
    DATING_PROSE_LONG_WORDS,
    DATING_PROSE_MIN_WORDS,
    DATING_YEARLESS_MAX_YEARS,
)

# a possessive ("from Monday's closing price") names another day than the story's, so it is no weekday evidence
_WEEKDAY_IN_TEXT = re.compile(r"(?<!\w)(?P<prev>\w+\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
                              r"|sunday)\b(?!['’]s\b)", re.IGNORECASE)


def _prose_words(line: str) -> int:
    """Words of a line of running text (>= DATING_PROSE_MIN_WORDS words ending like a sentence, or >=
    DATING_PROSE_LONG_WORDS words), else 0."""
    n = len(line.split())
    return n if n >= DATING_PROSE_MIN_WORDS and SENTENCE_END.search(line) or n >= DATING_PROSE_LONG_WORDS else 0


# a page's own stamp is no older than the web ("28.09.19 12:44" glued reads as 1912-09-28)
_EARLIEST_WEB_DAY = DATING_EARLIEST_DAY


def parse_dateline(first_para: str) -> tuple[str | None, tuple[int, int] | None, int]:
    """The date of a dateline opening `first_para`: (ISO day if it has a year, (month, day) if yearless, end)."""
    dl = match_dateline(first_para)
    if dl is None or not (dl.day or dl.month_day):
        return None, None, 0
    return dl.day, dl.month_day, dl.end


def opening_match(body: str) -> tuple[Dateline | None, str]:
    """The dated dateline opening the article's first paragraph of running text (`opening_dateline`) as matched
    (its agency, the weekday written in its date) and the text after it; (None, "") when there is none."""
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    for k, para in enumerate(paras):
        prose = _prose_words(para)
        if k == 0 or prose:
            dl = match_dateline(para)
            if dl is not None and (dl.day and dl.day >= _EARLIEST_WEB_DAY or dl.month_day):  # no 1941 dateline
                return dl, "\n".join(paras[k:])[dl.end:]
        if prose:  # running text that opens without a dateline
            break
        if k + 1 < len(paras) and _prose_words(paras[k + 1]):  # "NEW DELHI, March 4" alone over the lead
            dl = dateline_line(para)
            if dl is not None and (dl.day and dl.day >= _EARLIEST_WEB_DAY or dl.month_day):
                return dl, "\n".join(paras[k + 1:])
    return None, ""


def alone_fits(dl: Dateline, top: str, lead: str) -> bool:
    """A dateline alone on its line (`datelines.dateline_line`) may give another day than the page's full-date stamp
    or header `top` only when the lead's weekday names that day: 'NEW DELHI, March 4' under 'Tuesday, March 5, 2024'
    over 'A committee on Monday flagged ...' is the print dateline of the day before; 'GENEVA MOTOR SHOW, February
    26' over a lead that names no day is an event's kicker, and the page's day stands."""
    day = dl.day or (resolve_year(*dl.month_day, top, None) if dl.month_day else None)
    if day is None or day == top:
        return True
    return _dt.date.fromisoformat(day).weekday() in lead_weekdays(lead)


def opening_dateline(body: str) -> tuple[str | None, tuple[int, int] | None, str]:
    """The date of the dateline opening the article's first paragraph of running text: (ISO day, (month, day) if
    yearless, the text after it). That paragraph is the body's first, or the first after the short lines a cleaner
    kept above it (a headline, a byline: no running text, `_prose_words`), so a headline line never hides the
    dateline (``Rajnath meets Russian counterpart`` over ``New Delhi, April 28 : Defence Minister ...``)."""
    dl, lead = opening_match(body)
    return (dl.day, dl.month_day, lead) if dl is not None else (None, None, "")


def announced_ahead(month_day: tuple[int, int], bound: str | None) -> bool:
    """A yearless (month, day) falls within DATING_DATELINE_AHEAD_DAYS after its bound's day in the bound's year
    ('Weihnachtsmarkt, 14. Dezember – ... öffnet um 10 Uhr' under 'Dienstag, 10. Dezember 2024'): an event the page
    announces, not a dateline of a year before (a year's turn, 'PARIS, 30 décembre –' under 3 January, lies most of
    a year after its bound's day and stays a dateline)."""
    if not bound:
        return False
    b = _dt.date.fromisoformat(bound)
    iso = valid(b.year, *month_day)
    return iso is not None and 0 < (_dt.date.fromisoformat(iso) - b).days <= DATING_DATELINE_AHEAD_DAYS


_SENTENCE_START = re.compile(r"(?<=[.!?…])[\"”’»]?[ \t]+(?=[A-ZÀ-Þ])|\n\s*(?=[A-ZÀ-Þ])")


def lead_dateline(body: str) -> str | None:
    """The day of a dated dateline that opens a sentence or paragraph of the lead, after a teaser printed before it
    ("... Wildtiere zu schonen. Wien, 14. Dezember 2021 – Aufgrund ..."): a press release whose teaser a scraper
    joined to the body, or under a headline. Only a dateline with a full date counts."""
    first = body[:DATING_LEAD_DATELINE_CHARS]
    for m in _SENTENCE_START.finditer(first):
        dl = match_dateline(first[m.end():])
        if dl is not None and dl.day and dl.day >= _EARLIEST_WEB_DAY:
            return dl.day
    return None


# The weekday a lead names in the languages of the grammar's datelines, in the cases a lead puts it in: French
# 'vendredi', Spanish 'este viernes', Portuguese 'na sexta-feira', Italian 'venerdì', Russian 'в пятницу', Turkish
# 'cuma günü', Polish 'w piątek' (written in lower case: 'Domingo', 'Pazar' are names), German 'am Freitag', Dutch 'op
# vrijdag', Indonesian 'pada Jumat' (capitalised there). Left out: a word that is as often something else
# (Portuguese 'segunda'/'quinta' without '-feira': second/fifth; Indonesian 'Minggu': also 'week'; Turkish 'cuma',
# 'salı', 'pazar' only before 'günü': also prayer, raft, market).
_WEEKDAY_LOWER = (
    "lundi lunes segunda-feira lunedì lunedi понедельник poniedziałek pazartesi",
    "mardi martes terça-feira terca-feira martedì martedi вторник wtorek salı(?=\\s+günü)",
    "mercredi miércoles miercoles quarta-feira mercoledì mercoledi среду środa środę çarşamba",
    "jeudi jueves quinta-feira giovedì giovedi четверг czwartek perşembe",
    "vendredi viernes sexta-feira venerdì venerdi пятницу piątek cuma(?=\\s+günü)",
    "samedi sábado sabado sabato субботу sobota sobotę cumartesi",
    "dimanche domingo domenica воскресенье niedziela niedzielę pazar(?=\\s+günü)",
)
# Russian: only the forms a lead names the day in ('в среду', 'в пятницу', 'в субботу'); the nominative 'среда' is as
# often 'environment' ('окружающая среда'), 'пятница' a name ('Чёрная пятница'). Dutch writes its weekdays in lower
# case ('op vrijdag'), capitalised at a sentence's start
_WEEKDAY_LOWER = tuple(f"{names} {dutch}" for names, dutch in zip(_WEEKDAY_LOWER, (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"), strict=True))
_WEEKDAY_CAPITAL = (
    "Montag Maandag Senin", "Dienstag Dinsdag Selasa", "Mittwoch Woensdag Rabu", "Donnerstag Donderdag Kamis",
    "Freitag Vrijdag Jumat Jum'at", "Samstag Sonnabend Zaterdag Sabtu", "Sonntag Zondag",
)
_WEEKDAY_NUMBER = {w.split("(")[0].lower(): i for i, names in (*enumerate(_WEEKDAY_LOWER), *enumerate(_WEEKDAY_CAPITAL))
                   for w in names.split()}
_WEEKDAY_OTHER = re.compile(
    r"(?<![^\W\d_])(?P<prev>[^\W\d_]+\s+)?(?P<wd>" + "|".join(sorted(
        (w for names in (*_WEEKDAY_LOWER, *_WEEKDAY_CAPITAL) for w in names.split()), key=len, reverse=True)) +
    r")(?![^\W\d_]|-)(?P<next>\s+[^\W\d_]+)?")
# the words before or after a weekday that make it another week's ('mardi prochain', 'el pasado lunes', 'letzten
# Freitag', 'в следующий вторник', 'geçen cuma günü', 'Jumat lalu')
_OTHER_WEEK = {
    "prochain", "prochaine", "dernier", "dernière", "chaque", "próximo", "próxima", "pasado", "pasada", "último",
    "última", "cada", "passado", "passada", "todo", "toda", "todos", "prossimo", "prossima", "scorso", "scorsa", "ogni",
    "nächsten", "nächster", "letzten", "letzter", "vergangenen", "kommenden", "jeden", "jedem", "diesen", "vorige",
    "volgende", "afgelopen", "komende", "elke", "следующий", "следующую", "прошлый", "прошлую", "каждый", "каждую",
    "ближайший", "ближайшую", "эту", "этот", "przyszły", "przyszłą", "zeszły", "zeszłą", "każdy", "każdą", "geçen",
    "gelecek", "önümüzdeki", "her", "bu", "lalu", "depan", "setiap", "ini",
}


_OTHER_WEEK_EN = {"last", "next", "this", "coming", "previous", "following", "every", "each", "a", "on a"}


def lead_weekday(text: str) -> int | None:
    """The weekday named in the lead (its first DATING_LEAD_WEEKDAY_CHARS characters after the dateline), in English
    or another language of the grammar (`_WEEKDAY_LOWER`, `_WEEKDAY_CAPITAL`), unless another week's ('last/next/
    this ...', 'mardi prochain', 'letzten Freitag')."""
    found: list[tuple[int, int]] = []
    for m in _WEEKDAY_IN_TEXT.finditer(text[:DATING_LEAD_WEEKDAY_CHARS]):
        prev = (m.group("prev") or "").strip().lower()
        if prev in _OTHER_WEEK_EN:
            continue
        found.append((m.start("wd"), WEEKDAYS[m.group("wd").lower()]))
        break
    for m in _WEEKDAY_OTHER.finditer(text[:DATING_LEAD_WEEKDAY_CHARS]):
        near = {(m.group("prev") or "").strip().lower(), (m.group("next") or "").strip().lower()}
        if near & _OTHER_WEEK:
            continue
        found.append((m.start("wd"), _WEEKDAY_NUMBER[m.group("wd").lower()]))
        break
    return min(found)[1] if found else None


def lead_weekdays(text: str) -> frozenset[int]:
    """Every weekday the lead names (`lead_weekday`'s window and readings), not only the first: 'Le président, qui se
    rendra vendredi à Berlin, a présenté dimanche son plan' names Friday (another event's day) and Sunday (the
    story's); a yearless dateline's year is the latest any of them fits (`resolve_year`)."""
    window = text[:DATING_LEAD_WEEKDAY_CHARS]
    out = set()
    for m in _WEEKDAY_IN_TEXT.finditer(window):
        if (m.group("prev") or "").strip().lower() not in _OTHER_WEEK_EN:
            out.add(WEEKDAYS[m.group("wd").lower()])
    for m in _WEEKDAY_OTHER.finditer(window):
        if not {(m.group("prev") or "").strip().lower(), (m.group("next") or "").strip().lower()} & _OTHER_WEEK:
            out.add(_WEEKDAY_NUMBER[m.group("wd").lower()])
    return frozenset(out)


def resolve_year(month: int, day: int, bound: str | None, weekday: int | frozenset[int] | None) -> str | None:
    """Year for a yearless (month, day): the latest day not after `bound` whose weekday matches (when named; of
    several named, any).

    Without a bound there is no evidence for the year, so None. Years tried: the bound's year back to
    DATING_YEARLESS_MAX_YEARS before it.
    """
    if not bound:
        return None
    b = _dt.date.fromisoformat(bound)
    for y in range(b.year, b.year - DATING_YEARLESS_MAX_YEARS - 1, -1):
        iso = valid(y, month, day)
        if iso is None or iso > bound:
            continue
        if weekday is not None and _dt.date.fromisoformat(iso).weekday() not in _as_set(weekday):
            continue
        return iso
    return None


def _as_set(weekday: int | frozenset[int]) -> frozenset[int]:
    return frozenset((weekday,)) if isinstance(weekday, int) else weekday
