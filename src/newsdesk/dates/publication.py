"""Publication day of an article: from metadata, a header, the dateline, or a publication statement.

Evidence, strongest first:

* ``metadata``: the record's own date field (`grammar.normalise_date`); it beats any date read from the page
  (`with_metadata`, the one place this rule lives, for plain text and HTML alike);
* ``header``: a date at the top of the page, either the `.txt` header prefix of line 1 (`` date 2021-03-05 First
  paragraph...``) or a line near the top that is only a date/time stamp;
* ``dateline``: the agency dateline that opens the body (``WASHINGTON, March 5, 2021 (Reuters) -``);
* ``text``: an explicit publication statement (``Published on 5 March 2021``), never an event date in the prose.

A top-of-page date that disagrees with the dateline is the page/crawl date (`Dating.page_date`). A yearless dateline
(``TEHRAN, Aug. 27 (MNA) --``) takes its year only from evidence: the page date bounds it from above and a weekday
named in the lead (``on Friday``) must fall on it. Without such evidence the answer is null: a day is never invented.

`date_text` reads the cleaned body (`Cleaned`, from `newsdesk.clean`) for the dateline; it never cleans by itself,
so this module does not import `clean` (no import cycle: clean uses only `dates.grammar`).
"""

from __future__ import annotations

import datetime as _dt
import re

from newsdesk.dates.grammar import (
    PUBLISH_CUE,
    UPDATE_CUE,
    WEEKDAYS,
    find_dates,
    match_dateline,
    normalise_date,
    split_header,
    stamp_date,
    stamp_parts,
    valid,
)
from newsdesk.model import Cleaned, Dating
from newsdesk.settings import (
    CLEAN_FIELD_LABEL_MAX_WORDS,
    DATING_BODY_STAMP_LINES,
    DATING_BYLINE_MAX_OTHER_WORDS,
    DATING_BYLINE_MIN_PROSE,
    DATING_BYLINE_WINDOW_AFTER,
    DATING_BYLINE_WINDOW_BEFORE,
    DATING_CAPTION_MIN_WORDS,
    DATING_DAY_FIRST_MIN_WORDS,
    DATING_EARLIEST_DAY,
    DATING_FIELD_MIN_PAIRS,
    DATING_LEAD_DATELINE_CHARS,
    DATING_LEAD_WEEKDAY_CHARS,
    DATING_LIST_MAX_STRIDE,
    DATING_LIST_MIN_RUN,
    DATING_META_LINE_MAX_CHARS,
    DATING_PROSE_LONG_WORDS,
    DATING_PROSE_MIN_WORDS,
    DATING_RETRIEVED_GAP_CHARS,
    DATING_STATEMENT_MAX_GAP_CHARS,
    DATING_TOP_BODY_WORDS,
    DATING_TOP_LINES,
    DATING_UPDATE_HEAD_LINES,
    DATING_YEARLESS_MAX_YEARS,
)

# a possessive ("from Monday's closing price") names another day than the story's, so it is no weekday evidence
_WEEKDAY_IN_TEXT = re.compile(r"(?<!\w)(?P<prev>\w+\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday"
                              r"|sunday)\b(?!['’]s\b)", re.IGNORECASE)
_PUBLISHED_STMT = re.compile(
    r"(?m)^\W{0,3}(?:this (?:article|story|report) was |it was )?(?:(?:first|originally)\s+)?"
    r"(?:published|posted)\b\s*(?:on|at|:)?\s*[:,]?\s*(?P<rest>.{6,60})", re.IGNORECASE)


def top_date(raw_lines: list[str], day_first: bool = False) -> tuple[str | None, str | None]:
    """(ISO day of a top-of-page date, the rest of the first line after a header) from the first few lines."""
    nonblank = [ln for ln in raw_lines if ln.strip()][:DATING_TOP_LINES]
    if not nonblank:
        return None, None
    _head, iso, rest = split_header(nonblank[0])
    if iso:
        return iso, rest
    for ln in nonblank:
        day, is_stamp = stamp_date(ln, day_first)
        if day:
            return day, None
        if not is_stamp and len(ln.split()) > DATING_TOP_BODY_WORDS:  # reached the body: a stamp further down is not "top of page"
            break
    return None, None


_PROSE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")


def _prose_words(line: str) -> int:
    """Words of a line of running text (>= DATING_PROSE_MIN_WORDS words ending like a sentence, or >=
    DATING_PROSE_LONG_WORDS words), else 0."""
    n = len(line.split())
    return n if n >= DATING_PROSE_MIN_WORDS and _PROSE_END.search(line) or n >= DATING_PROSE_LONG_WORDS else 0


def byline_stamp(lines: list[str], day_first: bool = False) -> tuple[str | None, int | None]:
    """(ISO day, line index) of the byline/date stamp of a page, else (None, None).

    A stamp line is a full date with only stamp words, times and at most DATING_BYLINE_MAX_OTHER_WORDS other
    words (a writer's or site's name). A page holds many (a masthead date, dates of other stories in lists,
    comments); the article's own stands by its text: each stamp is scored by the words of running text in the
    DATING_BYLINE_WINDOW_AFTER lines below it, plus half of those in the DATING_BYLINE_WINDOW_BEFORE lines above
    (a lead paragraph printed before the stamp), and the best one wins if it reaches DATING_BYLINE_MIN_PROSE words.
    A date among menus and headlines only is nobody's publication date.
    """
    prose = [_prose_words(ln) for ln in lines]
    stamp_days = [_stamp_day(ln, day_first) for ln in lines]
    listed = _dated_list(stamp_days) | _field_values(lines, stamp_days)
    days: dict[str, int] = {}
    for i, ln in enumerate(lines):
        day = stamp_days[i]
        if not day or i in listed or other_event(ln, day_first):
            continue
        days.setdefault(day, i)
        if _update_only(ln, day_first):
            # "Zuletzt geändert am 07.01.2020": a modification day, unless it is the only one, or it heads the
            # article's text (its first paragraph within DATING_UPDATE_HEAD_LINES lines, no other stamp between:
            # "Updated21:22, 6 OCT 2020" over a category and a caption)
            nxt = next((j for j in range(i + 1, min(len(lines), i + 1 + DATING_BYLINE_WINDOW_AFTER)) if prose[j]),
                       None)
            if nxt is not None and nxt - i <= DATING_UPDATE_HEAD_LINES and not any(stamp_days[i + 1:nxt]) \
                    and sum(prose[nxt:nxt + DATING_BYLINE_WINDOW_AFTER]) >= DATING_BYLINE_MIN_PROSE:
                return _announced(lines, (day, i), day_first)
            continue
        after = sum(prose[i + 1:i + 1 + DATING_BYLINE_WINDOW_AFTER])
        before = sum(prose[max(0, i - DATING_BYLINE_WINDOW_BEFORE):i])
        score = after + 0.5 * before
        if score >= DATING_BYLINE_MIN_PROSE:
            # of the stamps above the same paragraph (a masthead date, then the byline), the nearest one
            nxt = next((j for j in range(i + 1, min(len(lines), i + 1 + DATING_BYLINE_WINDOW_AFTER)) if prose[j]),
                       None)
            best = (day, i)
            if nxt is not None:
                for k in range(i + 1, nxt):
                    d2 = _stamp_day(lines[k], day_first)
                    if d2 and not _update_only(lines[k], day_first) and not other_event(lines[k], day_first):
                        best = (d2, k)
            return _announced(lines, best, day_first)
    if len(days) == 1:  # every date stamp of the page names the same day (a blog footer, a short page)
        day, i = next(iter(days.items()))
        return day, i
    return None, None


def body_stamp(lines: list[str], body: str, day_first: bool = False) -> str | None:
    """The day of the nearest stamp above the article's first paragraph (as the cleaner found it), within
    DATING_BODY_STAMP_LINES lines: a byline parted from the text by a gallery, an advert or share buttons, too far
    for the prose window of `byline_stamp`. Stamps of a dated list, of something else, or of an update do not
    count."""
    first = next((ln.strip() for ln in body.split("\n") if _prose_words(ln.strip())), None)
    if not first:
        return None
    key = first[:50]
    at = next((i for i, ln in enumerate(lines) if key in ln), None)
    if at is None:
        return None
    window = range(max(0, at - DATING_BODY_STAMP_LINES), at)
    stamp_days = [_stamp_day(ln, day_first) for ln in lines[:at]]
    listed = _dated_list(stamp_days) | _field_values(lines[:at], stamp_days)
    for k in reversed(window):
        if stamp_days[k] and k not in listed and not other_event(lines[k], day_first) \
                and not _update_only(lines[k], day_first):
            return stamp_days[k]
    return None


def _field_values(lines: list[str], stamp_days: list[str | None]) -> set[int]:
    """Stamp lines that are the value of a labelled field in a run of label/value pairs, each label on its own line
    ("Joined" / "May 11, 2017" / "Messages" / "3,066" / "Reactions" / "4,516": a forum member's panel), where the
    label names something other than a publication (`_names_other`): at least DATING_FIELD_MIN_PAIRS pairs, each
    value short with a digit."""
    def label(k: int) -> bool:  # a crawler-field-like label: a few words, no digit, no sentence
        ln = lines[k] if 0 <= k < len(lines) else ""
        return 0 < len(ln.split()) <= CLEAN_FIELD_LABEL_MAX_WORDS and not _DIGIT.search(ln) \
            and not _PROSE_END.search(ln) and _names_other(ln)

    def value(k: int) -> bool:  # a date, or a short value with a digit ("3,066")
        ln = lines[k] if 0 <= k < len(lines) else ""
        return bool(k < len(stamp_days) and stamp_days[k]) or len(ln.split()) <= 2 and bool(_DIGIT.search(ln))

    out: set[int] = set()
    for i, day in enumerate(stamp_days):
        if not day or not label(i - 1):
            continue
        pairs, k = 1, i + 1
        while label(k) and value(k + 1):
            pairs, k = pairs + 1, k + 2
        k = i - 3
        while label(k) and value(k + 1):
            pairs, k = pairs + 1, k - 2
        if pairs >= DATING_FIELD_MIN_PAIRS:
            out.add(i)
    return out


def _dated_list(stamp_days: list[str | None]) -> set[int]:
    """Lines of a list of dated items: DATING_LIST_MIN_RUN or more stamps, each of another day, one every k lines
    (k <= DATING_LIST_MAX_STRIDE: a date under each teaser of other posts, an archive) with no other stamp between
    ("Article // 31 octobre 2021", "Vidéo // 3 juillet 2021", "Photos // 9 novembre 2021"). A page's own stamps
    stand one or two together (a masthead date, then the byline)."""
    out: set[int] = set()

    def flush(run: list[int]) -> None:
        if len(run) >= DATING_LIST_MIN_RUN and len({stamp_days[i] for i in run}) == len(run):
            out.update(run)

    run: list[int] = []
    for j in (i for i, d in enumerate(stamp_days) if d):
        if not run or (len(run) == 1 and j - run[0] <= DATING_LIST_MAX_STRIDE) or (
                len(run) > 1 and j - run[-1] == run[1] - run[0]):
            run.append(j)
            continue
        flush(run)
        run = [run[-1], j] if j - run[-1] <= DATING_LIST_MAX_STRIDE else [j]
    flush(run)
    return out


# "[downloaded on 2 October 2013]", "Retrieved 5 March 2020", "Abgerufen am 12.03.2021": the day a crawler, an
# archive or a citation took its copy of the page (a date of the copy, never of the article)
_RETRIEVED_WORDS = (r"downloaded|retrieved|accessed|crawled|scraped|archived|captured|fetched|abgerufen|"
                    r"heruntergeladen|archiviert|consultée?|téléchargé|archivée?|consultad[oa]|descargado|archivado|"
                    r"consultato|scaricato|archiviato|geraadpleegd|gedownload|gearchiveerd|pobrano|dostęp|"
                    r"zarchiwizowano|просмотрено|загружено")
# the cue word, then at most DATING_RETRIEVED_GAP_CHARS characters ("on", "am", "le", "[downloaded on ") before the date
_RETRIEVED = re.compile(rf"(?<![^\W\d_])(?:{_RETRIEVED_WORDS})(?![^\W\d_])[^.!?]{{0,{DATING_RETRIEVED_GAP_CHARS}}}$",
                        re.IGNORECASE)
_RETRIEVED_LOOKBACK = DATING_RETRIEVED_GAP_CHARS + max(len(w) for w in _RETRIEVED_WORDS.split("|"))
# "Edition du lundi 12 octobre 2020", "Edición Nº:9526 4 de Mayo de 2022", "Ausgabe vom 3.2.2021": the day of a
# print edition or issue (the masthead's current edition), not of the article; at most DATING_RETRIEVED_GAP_CHARS
# characters (a weekday, "du", "vom", an issue number) between the word and the date
_EDITION_WORDS = r"edition|édition|ausgabe|edición|edizione|edição|wydanie|uitgave|editie|выпуск|издание"
_EDITION = re.compile(rf"(?<![^\W\d_])(?:{_EDITION_WORDS})(?![^\W\d_])[^.!?]{{0,{DATING_RETRIEVED_GAP_CHARS}}}$",
                      re.IGNORECASE)
# "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin", "Source: Financial Times, 24.3.2020": a date in a
# source attribution is the source's (a press release, another paper), not the day of this copy; a stamp word of its
# own after the label ("Quelle: X (Stand: 5. Februar 2020)") is another label, so no colon may stand between
_SOURCE = re.compile(r"(?<![^\W\d_])(?:quelle|quellen|source|sources|fuente|fuentes|fonte|fontes|źródło|bron|"
                     r"источник|kaynak)\s*[:：][^:：]{0,80}$", re.IGNORECASE)
# "— Jane Doe (@jdoe) March 5, 2021": the attribution line of an embedded social-media post
_EMBED_ATTRIBUTION = re.compile(r"^\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)")
# "Jane D. July 14, 2019 at 6:45 pm Reply": a comment's signature ends with its reply button
_REPLY_END = re.compile(r"(?<![^\W\d_])(?:reply|antworten|répondre|repondre|responder|rispondi|antwoord|odpowiedz|"
                        r"svara|svar|vastaa|ответить|відповісти)\s*$", re.IGNORECASE)
# "Deadline: 3.11.2019", "Termin: Montag, 15. November 2021": a label that names no publication (none of its
# words is stamp vocabulary) introduces the date of something else
_LABEL = re.compile(r"(?P<label>[^\W\d_][^:：|·•]{0,40}?)\s*[:：](?!\d)(?P<between>[^:：]{0,30})$")
# "09 Jan 2014 - 01 Jan 2017", "vom 04.11.23 – 30.08.24": a period, not a day of publication
_RANGE_DASH = re.compile(r"^\s*(?:[-–—]|bis|to|au|al|a)\s*\d", re.IGNORECASE)
# "vom 04.11.23 – 30.08.24": a period written in numbers (two-digit years too)
_NUMERIC_RANGE = re.compile(r"(?<![\d.])[0-3]?\d\.[01]?\d\.(?:\d\d){1,2}\s*(?:[-–—]|bis)\s*[0-3]?\d\.[01]?\d\.(?:\d\d){1,2}"
                            r"(?![\d])")
# "Protokoll der Vorstandssitzung vom 10. Oktober 2019", "the meeting of 5 March 2021", "№28453 от 30 декабря
# 2020": a date bound by "of/from" to a noun phrase names that thing (a meeting, a broadcast, a print issue)
_OF_DATE = re.compile(r"(?<![^\W\d_])(?:vom|of|from|du|del|van|z|ze|от|од)\s*$", re.IGNORECASE)
# "8 August 2009: the first proper blog post ...": a date heading an entry of a timeline or list
_ENTRY_COLON = re.compile(r"^\s*[:：]\s+[^\W\d_]")


def other_event(line: str, day_first: bool = False) -> bool:
    """The line's date belongs to something other than the article: an embedded post's attribution, a labelled
    date whose label is no stamp word (a deadline, an appointment, another story's headline), a period, a
    timeline entry, or a caption (a stamp segment beside a sentence)."""
    if _EMBED_ATTRIBUTION.match(line) or _REPLY_END.search(line) or _NUMERIC_RANGE.search(line):
        return True
    dates = find_dates(line[:DATING_META_LINE_MAX_CHARS], day_first)
    if not dates:
        return False
    start, end, _ = dates[0]
    if _RETRIEVED.search(line[max(0, start - _RETRIEVED_LOOKBACK):start]):
        return True  # "[downloaded on 2 October 2013]": the day a copy was taken, not the article's
    if _EDITION.search(line[max(0, start - _RETRIEVED_LOOKBACK):start]) or _SOURCE.search(line[:start]):
        return True  # an edition's day, a source's day
    segs = _SEGMENT_SEP.split(line[:start])
    lab = _LABEL.search(segs[-1])
    if lab and _names_other(lab.group("label")) and not stamp_parts(lab.group("between") + " 1.1.2000")[1]:
        return True
    of = _OF_DATE.search(segs[-1])
    if of and _names_other(segs[-1][:of.start()]):
        return True  # "Sitzung vom 10. Oktober 2019": the date of what the words before it name
    if _RANGE_DASH.match(line[end:end + 8]) and find_dates(line[end:end + 40], day_first):
        return True
    if start == 0 and _ENTRY_COLON.match(line[end:end + 8]):
        return True
    return len(segs) > 1 and any(_prose_segment(seg) for seg in segs[:-1])


def _prose_segment(seg: str) -> bool:
    """A segment of running text (a caption's sentence): >= DATING_CAPTION_MIN_WORDS words, most of them in lower
    case (a tag list, a name or a category is capitalised)."""
    words = re.findall(r"[^\W\d_]+", seg)
    return len(words) >= DATING_CAPTION_MIN_WORDS and sum(w[0].islower() for w in words) * 2 >= len(words)


def _names_other(label: str) -> bool:
    """A label's words are none of them stamp vocabulary, nor a compound ending in one ("Erscheinungsdatum");
    a label in a script without word spaces (CJK) is not judged."""
    if any(ord(c) >= 0x2E80 for c in label):
        return False
    words = re.findall(r"[^\W\d_]+", label)
    if not words:
        return False
    for w in words:
        if stamp_parts(w + " 1.1.2000")[1] == 0:
            return False
        if any(stamp_parts(w[-k:] + " 1.1.2000")[1] == 0 for k in range(4, len(w) - 2)):
            return False
    return True


def _announced(lines: list[str], best: tuple[str, int], day_first: bool) -> tuple[str, int]:
    """A stamp that announces the publication ("Published: 26 September 2020") beats an unannounced one chosen by
    the prose around it (a weather widget, a masthead clock), when every announced stamp of the page names the
    same day."""
    if PUBLISH_CUE.search(lines[best[1]]):
        return best
    found: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if PUBLISH_CUE.search(ln) and not _update_only(ln, day_first) and not other_event(ln, day_first):
            day = _stamp_day(ln, day_first)
            if day:
                found.setdefault(day, i)
    return next(iter(found.items())) if len(found) == 1 else best


def _stamp_day(line: str, day_first: bool = False) -> str | None:
    """The day of a stamp line, of a stamp segment of a meta line ("Dezember 10, 2019 · von X · in Y"), or of a
    date opening a line of text ("01.02.2022 „Der Arbeitsmarkt ...", "Wien, 14. Dezember 2021 – Aufgrund ...")."""
    if not _DIGIT.search(line[:DATING_META_LINE_MAX_CHARS]):  # every date form has a digit: most lines are out at this cheap test
        return None
    day = _stamp_only(line, day_first=day_first)
    if day:
        return day
    if len(line) <= DATING_META_LINE_MAX_CHARS:
        segs = _SEGMENT_SEP.split(line)
        for seg in segs:
            day = _stamp_only(seg, max_other=2, day_first=day_first)
            if day:
                return day
        for seg in segs[1:]:  # "Nachricht | 30.10.2021 Migration / Flucht «...»": a date opening a meta segment
            head = find_dates(seg[:40], day_first)
            if head and head[0][0] == 0 and head[0][2] >= _EARLIEST_WEB_DAY:
                return head[0][2]
    cue = PUBLISH_CUE.match(line)
    if cue:  # "Veröffentlicht am 16.08.2019 Dauer: 1 Stunde Lizenz: CC-BY": an announced date opening a meta line
        head = find_dates(line[:cue.end() + 30], day_first)
        if head and head[0][0] - cue.end() <= 8 and head[0][2] >= _EARLIEST_WEB_DAY:
            return head[0][2]
    if len(line) <= 300:
        for lab in _DATE_LABEL.finditer(line):  # "... : Datum: 26.01.2022 Pressemitteilung: 6/2022"
            head = find_dates(line[lab.end():lab.end() + 30], day_first)
            if head and head[0][0] == 0 and head[0][2] >= _EARLIEST_WEB_DAY:
                return head[0][2]
    if not _DIGIT.search(line[:40]):
        return None
    head = find_dates(line[:40], day_first)
    if head and head[0][0] == 0 and head[0][2] >= _EARLIEST_WEB_DAY:
        return head[0][2]
    dl = match_dateline(line)
    if dl is not None and dl.day and dl.day >= _EARLIEST_WEB_DAY:
        return dl.day
    return None


_DIGIT = re.compile(r"\d")
# a date field inside a meta line: "Datum: 26.01.2022", "Date: March 5, 2021", "Published: ..."
_DATE_LABEL = re.compile(r"(?<![^\W\d_])(?:datum|date|fecha|data|publi\w*|veröffentlicht(?: am)?|erschienen(?: am)?)"
                         r"\s*[:：]\s*", re.IGNORECASE)
_SEGMENT_SEP = re.compile(r"\s+[|·•]\s+|\s+[-–—]{1,2}\s+")


def _stamp_only(line: str, max_other: int | None = None, day_first: bool = False) -> str | None:
    dates, other, _ = stamp_parts(line, day_first)
    limit = DATING_BYLINE_MAX_OTHER_WORDS if max_other is None else max_other
    if not dates or other > limit or dates[0] < _EARLIEST_WEB_DAY:
        return None
    return dates[0]


def _update_only(line: str, day_first: bool = False) -> bool:
    """The line's first date is announced as an update ("Updated: Dec 21, 2018", "Zuletzt geändert am ...")."""
    cue = UPDATE_CUE.search(line)
    if not cue:
        return False
    dates = find_dates(line, day_first)
    return not dates or cue.start() < dates[0][0]


# a page's own stamp is no older than the web ("28.09.19 12:44" glued reads as 1912-09-28)
_EARLIEST_WEB_DAY = DATING_EARLIEST_DAY


def parse_dateline(first_para: str) -> tuple[str | None, tuple[int, int] | None, int]:
    """The date of a dateline opening `first_para`: (ISO day if it has a year, (month, day) if yearless, end)."""
    dl = match_dateline(first_para)
    if dl is None or not (dl.day or dl.month_day):
        return None, None, 0
    return dl.day, dl.month_day, dl.end


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


def lead_weekday(text: str) -> int | None:
    """The weekday named in the lead (its first DATING_LEAD_WEEKDAY_CHARS characters after the dateline), unless
    'last/next/this ...'."""
    for m in _WEEKDAY_IN_TEXT.finditer(text[:DATING_LEAD_WEEKDAY_CHARS]):
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
        iso = valid(y, month, day)
        if iso is None or iso > bound:
            continue
        if weekday is not None and _dt.date.fromisoformat(iso).weekday() != weekday:
            continue
        return iso
    return None


def statement_date(text: str) -> str | None:
    """The day of an explicit publication statement line (``Published on 2 July 2008``), else None."""
    for m in _PUBLISHED_STMT.finditer(text):
        dates = find_dates(m.group("rest"))
        if dates and dates[0][0] <= DATING_STATEMENT_MAX_GAP_CHARS:
            return dates[0][2]
    return None


def with_metadata(dating: Dating, meta_date: str | None) -> Dating:
    """The record's own date field beats a date read from the page; a page-read `header` day it replaces becomes
    the page date. Used for plain text (inside `date_text`) and for HTML pages (`newsdesk.prepare`)."""
    meta = normalise_date(meta_date) if meta_date else None
    if not meta:
        return dating
    page_date = dating.page_date
    if dating.published and dating.published != meta and dating.evidence == "header":
        page_date = page_date or dating.published
    return Dating(published=meta, evidence="metadata", page_date=page_date if page_date != meta else None)


def date_text(raw_text: str, cleaned: Cleaned, *, meta_date: str | None = None) -> Dating:
    """Publication day of a plain-text article with its evidence, and the page/crawl date when one is seen.

    `cleaned` is `newsdesk.clean.clean_text(raw_text, ...)`: its body is where the dateline is read."""
    raw = raw_text or ""
    raw_lines = raw.replace("\r", "\n").split("\n")
    body = cleaned.text.lstrip()
    # a page in another language than English writes an ambiguous numeric date day first (only US English puts
    # the month first); an English page, or one too short to tell, leaves it undecided
    day_first = cleaned.lang != "en" and len(body.split()) >= DATING_DAY_FIRST_MIN_WORDS
    top, _ = top_date(raw_lines, day_first)
    lines = [ln.strip() for ln in raw_lines if ln.strip()]
    stamp, _at = byline_stamp(lines, day_first)
    if stamp is None:
        stamp = body_stamp(lines, body, day_first)
    header = top
    if stamp and stamp != top:
        top, page = stamp, top  # the stamp by the article beats a date at the top of the page (masthead, crawl)
    else:
        page = None
    dl_full, dl_partial, dl_end = parse_dateline(body)
    if not (dl_full or dl_partial):
        dl_full = lead_dateline(body)
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
            guess = resolve_year(mon, day, bound, lead_weekday(body[dl_end:]))
            if guess:
                published, evidence = guess, "dateline"
                if top and top != guess:
                    page_date = top
            elif top:
                page_date = top  # disagrees with the dateline and no year fits: the crawl date, not publication
    elif top:
        published, evidence = top, "header"
    if page and not page_date and page != published:
        page_date = page
    if evidence == "header" and published != header:
        evidence = "text"  # a byline stamp by the article, not a date at the top of the page
    dating = with_metadata(Dating(published, evidence, page_date), meta)
    if dating.published is None:
        stmt = statement_date(raw)
        if stmt:
            dating = Dating(stmt, "text", dating.page_date)
    if dating.page_date == dating.published and dating.page_date is not None:
        dating = Dating(dating.published, dating.evidence, None)
    return dating
