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
so this module does not import `clean` (no import cycle: clean uses only `dates.grammar`). Dates printed for something
else (another event, a copy, an edition, a source, a field, a list of other items) are told apart in `dates.foreign`.
"""

from __future__ import annotations

import datetime as _dt
import re

from newsdesk.clean.text import repair
from newsdesk.dates.datelines import match_dateline
from newsdesk.dates.foreign import (
    DIGIT,
    SEGMENT_SEP,
    comments_from,
    dated_list,
    event_line,
    field_values,
    headline_run,
    named_field_box,
    named_label,
    other_event,
    period,
    signed_posts,
    teaser_over_story,
    teaser_stamps,
)
from newsdesk.dates.grammar import (
    CRAWL_LABEL,
    MONTHS_ANY,
    PUBLISH_CUE,
    UPDATE_CUE,
    WEEKDAY_NAME,
    WEEKDAYS_ANY,
    ascii_digits,
    find_dates,
    normalise_date,
    split_header,
    stamp_date,
    time_of_day,
)
from newsdesk.dates.leads import (
    _EARLIEST_WEB_DAY,
    _prose_words,
    alone_fits,
    announced_ahead,
    lead_dateline,
    lead_weekday,
    lead_weekdays,
    opening_match,
    resolve_year,
)
from newsdesk.dates.stamplines import (  # noqa: F401  (re-exported)
    _DATE_LABEL,
    _WEEKDAY_OPEN,
    _date_as_subject,
    _stamp_only,
    _sure,
    _update_only,
    clause_date,
    near_midnight,
    revision_note,
)
from newsdesk.dates.statements import (  # noqa: F401  (re-exported)
    _PUBLISHED_STMT,
    _PUBLISHED_STMT_WURDE,
    crawl_bounded_day,
    numeric_stamp_day,
    page_day_first,
    statement_date,
)
from newsdesk.model import Cleaned, Dating, Removal
from newsdesk.settings import (
    DATING_BODY_STAMP_LINES,
    DATING_BYLINE_MIN_PROSE,
    DATING_BYLINE_WINDOW_AFTER,
    DATING_BYLINE_WINDOW_BEFORE,
    DATING_DATELINE_BOUND_NEAR_DAYS,
    DATING_DATELINE_LEAD_EVE_DAYS,
    DATING_DAY_FIRST_MIN_WORDS,
    DATING_LIST_MIN_RUN,
    DATING_META_LINE_MAX_CHARS,
    DATING_TOP_BODY_WORDS,
    DATING_TOP_LINES,
    DATING_UPDATE_HEAD_LINES,
)

# a wire's 'Filed:' label over the story ('Filed: March 4, 2024, 11:58 p.m. ET'): a stamp's only at the top of the page
# (a case's facts further down, 'Filed: 12 March 2024' / 'Court: High Court', date the case, not the story)
_WIRE_FILED = re.compile(r"^\W*filed\b\s*:?\s*(?=\S)", re.IGNORECASE)


def _eve_named(near: str, bound: str, named: int | frozenset[int]) -> bool:
    """'MUMBAI, March 4 (IANS) ... on Monday' under 'Monday, March 10, 2025': a wire's lead names the day before its
    dateline (the event, filed the next day); the dateline's day in the year of a page date a few days after it
    (DATING_DATELINE_BOUND_NEAR_DAYS) stands when the lead's weekday is that day's or one of the
    DATING_DATELINE_LEAD_EVE_DAYS before it: no weekday match a year earlier."""
    d = _dt.date.fromisoformat(near)
    if (_dt.date.fromisoformat(bound) - d).days > DATING_DATELINE_BOUND_NEAR_DAYS:
        return False
    named = frozenset((named,)) if isinstance(named, int) else named
    return any((d - _dt.timedelta(days=k)).weekday() in named for k in range(DATING_DATELINE_LEAD_EVE_DAYS + 1))


def top_date(raw_lines: list[str], day_first: bool = False, weekday: int | None = None,
             sure: bool = True) -> tuple[str | None, str | None]:
    """(ISO day of a top-of-page date, the rest of the first line after a header) from the first few lines; `sure`
    False: a stamp near midnight that the lead's weekday does not confirm counts too (a bound, `date_text`)."""
    nonblank = [ln for ln in raw_lines if ln.strip()][:DATING_TOP_LINES]
    if not nonblank:
        return None, None
    _head, iso, rest = split_header(nonblank[0])
    if iso:
        return iso, rest
    near = [ln.strip() for ln in raw_lines if ln.strip()][:DATING_TOP_LINES + 2 * DATING_LIST_MIN_RUN]
    teasers = headline_run(near, [stamp_date(ln, day_first)[0] for ln in near])  # 'Latest' / a headline / its day ...
    for k, ln in enumerate(nonblank):
        ln = _WIRE_FILED.sub("", ln, count=1)
        day, is_stamp = stamp_date(ln, day_first)
        if day and (not sure or _sure(ln, day, day_first, weekday)) and not revision_note(ln, day_first) \
                and k not in teasers and not period(ln, day_first):  # a life span under an obituary's name
            return day, None
        if not is_stamp and len(ln.split()) > DATING_TOP_BODY_WORDS:  # reached the body: a stamp further down is not "top of page"
            break
    return None, None


def byline_stamp(lines: list[str], day_first: bool = False, weekday: int | None = None,
                 start: int | None = None, kept: frozenset[str] = frozenset(),
                 story: frozenset[str] | None = None) -> tuple[str | None, int | None]:
    """(ISO day, line index) of the byline/date stamp of a page, else (None, None).

    A stamp line is a full date with only stamp words, times and at most DATING_BYLINE_MAX_OTHER_WORDS other
    words (a writer's or site's name). A page holds many (a masthead date, dates of other stories in lists,
    comments); the article's own stands by its text: each stamp is scored by the words of running text in the
    DATING_BYLINE_WINDOW_AFTER lines below it, plus half of those in the DATING_BYLINE_WINDOW_BEFORE lines above
    (a lead paragraph printed before the stamp), and the best one wins if it reaches DATING_BYLINE_MIN_PROSE words.
    A date among menus and headlines only is nobody's publication date, and a stamp under the comments' heading
    below the article's first paragraph (line `start`, `article_start`) dates a comment. `story`: the lines of the
    article's text as the cleaner kept it (`foreign.event_line` asks whether a lead-in sentence is the story's).
    """
    prose = [_prose_words(ln) for ln in lines]
    stamp_days = [_stamp_day(ln, day_first, weekday) for ln in lines]
    listed = dated_list(stamp_days) | field_values(lines, stamp_days) | teaser_stamps(lines, stamp_days) \
        | headline_run(lines, stamp_days) | signed_posts(lines, stamp_days, story) | teaser_over_story(lines, stamp_days)
    comments = comments_from(lines, start) if start is not None else None
    if comments is not None:
        listed |= set(range(comments, len(lines)))
    days: dict[str, int] = {}
    for i, ln in enumerate(lines):
        day = stamp_days[i]
        if not day or i in listed or other_event(ln, day_first) or revision_note(ln, day_first) \
                or event_line(lines, i, story, start) or ln in kept:
            continue
        days.setdefault(day, i)
        if clause_date(ln[:DATING_META_LINE_MAX_CHARS], day_first):
            continue  # 'Case filed 12 March 2024' under the headline: the day of what the clause tells, one of the page's
        if _update_only(ln, day_first):
            # "Zuletzt geändert am 07.01.2020": a modification day, unless it is the only one, or it heads the
            # article's text (its first paragraph within DATING_UPDATE_HEAD_LINES lines, no other stamp between:
            # "Updated21:22, 6 OCT 2020" over a category and a caption)
            nxt = next((j for j in range(i + 1, min(len(lines), i + 1 + DATING_BYLINE_WINDOW_AFTER)) if prose[j]),
                       None)
            if nxt is not None and nxt - i <= DATING_UPDATE_HEAD_LINES and not any(stamp_days[i + 1:nxt]) \
                    and sum(prose[nxt:nxt + DATING_BYLINE_WINDOW_AFTER]) >= DATING_BYLINE_MIN_PROSE:
                return _announced(lines, (day, i), day_first, weekday)
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
                    d2 = stamp_days[k]
                    if d2 and not _update_only(lines[k], day_first) and not other_event(lines[k], day_first) \
                            and not clause_date(lines[k][:DATING_META_LINE_MAX_CHARS], day_first):
                        best = (d2, k)
            return _announced(lines, best, day_first, weekday)
    if len(days) == 1:  # every date stamp of the page names the same day (a blog footer, a short page)
        day, i = next(iter(days.items()))
        if not page_clock(lines, i, prose) and not clause_date(lines[i][:DATING_META_LINE_MAX_CHARS], day_first):
            return day, i
    return None, None


_WEEKDAY_ANY = re.compile(r"(?<![^\W\d_])(?:" + WEEKDAY_NAME + "|" + "|".join(sorted(map(re.escape, WEEKDAYS_ANY), key=len,
                          reverse=True)) + r")(?![^\W\d_])", re.IGNORECASE)


def _has_weekday(line: str) -> bool:
    """A weekday's name in `line`: not a token that is also a month's ('Mar' is Tuesday in French and March in
    English: 'Mar 5, 2021 10:30 AM' is no clock) nor a two-letter form ('Mo', 'Di', 'Sa': too often something else)."""
    for m in _WEEKDAY_ANY.finditer(line):
        token = m.group(0).rstrip(".")
        if len(token) > 2 and token.lower() not in MONTHS_ANY:
            return True
    return False


def page_clock(lines: list[str], i: int, prose: list[int] | None = None) -> bool:
    """Line `i` is the page's clock, not a publication stamp: a date with its weekday and a time of day (the
    masthead's "Thursday, November 02, 2023 5:06 pm (Paris)": the day and hour the page was served) with no running
    text in the DATING_BYLINE_WINDOW_AFTER lines below it (other stories' headlines, menus)."""
    line = lines[i][:DATING_META_LINE_MAX_CHARS]
    if not _has_weekday(line) or time_of_day(line) is None:
        return False
    below = lines[i + 1:i + 1 + DATING_BYLINE_WINDOW_AFTER]
    words = prose[i + 1:i + 1 + DATING_BYLINE_WINDOW_AFTER] if prose is not None else [_prose_words(ln) for ln in below]
    return not any(words)


def article_start(lines: list[str], body: str) -> int | None:
    """The line of `lines` where the article's first paragraph of running text (as the cleaner found it) stands."""
    first = next((ln.strip() for ln in body.split("\n") if _prose_words(ln.strip())), None)
    if not first:
        return None
    key = first[:50]
    return next((i for i, ln in enumerate(lines) if key in ln), None)


def story_stamps(body: str) -> frozenset[str]:
    """The stamp lines the cleaner kept in the article's text below its first paragraph of running text: a stamp
    line goes as page furniture unless the cleaner read it as the story's own (an event's day and hour between two
    paragraphs, 'Em 13/04/2021 às 20h30': `clean.tail.event_line`), so it dates no publication."""
    paras = [p.strip() for p in body.split("\n") if p.strip()]
    first = next((k for k, p in enumerate(paras) if _prose_words(p)), None)
    return frozenset() if first is None else frozenset(p for p in paras[first + 1:] if stamp_date(p)[1])


def body_stamp(lines: list[str], body: str, day_first: bool = False, weekday: int | None = None) -> str | None:
    """The day of the nearest stamp above the article's first paragraph (as the cleaner found it), within
    DATING_BODY_STAMP_LINES lines: a byline parted from the text by a gallery, an advert or share buttons, too far
    for the prose window of `byline_stamp`. Stamps of a dated list, of something else, or of an update do not
    count."""
    at = article_start(lines, body)
    if at is None:
        return None
    window = range(max(0, at - DATING_BODY_STAMP_LINES), at)
    _all_days = [_stamp_day(ln, day_first, weekday) for ln in lines]
    stamp_days = _all_days[:at]
    listed = dated_list(stamp_days) | field_values(lines[:at], stamp_days) | headline_run(lines[:at], stamp_days) \
        | teaser_stamps(lines[:at], stamp_days) | teaser_over_story(lines, _all_days)
    for k in reversed(window):
        if stamp_days[k] and k not in listed and not other_event(lines[k], day_first) \
                and not _update_only(lines[k], day_first) and not page_clock(lines, k) \
                and not clause_date(lines[k][:DATING_META_LINE_MAX_CHARS], day_first) and not named_field_box(lines, k):
            return stamp_days[k]
    return None


def _announced(lines: list[str], best: tuple[str, int], day_first: bool, weekday: int | None = None) -> tuple[str, int]:
    """A stamp that announces the publication ("Published: 26 September 2020") beats an unannounced one chosen by
    the prose around it (a weather widget, a masthead clock), when every announced stamp of the page names the
    same day."""
    if PUBLISH_CUE.search(lines[best[1]]):
        return best
    found: dict[str, int] = {}
    for i, ln in enumerate(lines):
        if PUBLISH_CUE.search(ln) and not _update_only(ln, day_first) and not other_event(ln, day_first):
            day = _stamp_day(ln, day_first, weekday)
            if day:
                found.setdefault(day, i)
    return next(iter(found.items())) if len(found) == 1 else best


# a byline opening a stamp line: a by-word, the writer's name (capitalised words), a separator or "on/am/le" before
# the rest ("von Marc Scheloske | 20. Mai 2007 | Ergebnisse | 0 Kommentare"; "Von Sitte und Moral 7 April, 2014" is a
# headline)
_BYLINE_OPEN = re.compile(r"^\W*(?:by|von|par|por|door|av|przez)\s+(?-i:[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þ][\w.'’-]*){0,3})"
                          r"\s*(?:[|·•,–—]|-\s|(?:on|am|le|el|il|op)\s)", re.IGNORECASE)


def announced_stamp(lines: list[str], day_first: bool = False, weekday: int | None = None) -> str | None:
    """The day of the page's announced publication stamps ("Publié le 02/11/2023 à 15h57", "Published: 26 September
    2020") when no stamp stands by running text (`byline_stamp`) nor above the article (`body_stamp`): the page says
    which of its dates is the publication, so no prose need confirm it. Only when every such stamp names one day
    (posts of a forum or teasers announce several) and none is of a dated list, of something else or of an update."""
    stamp_days = [_stamp_day(ln, day_first, weekday) if PUBLISH_CUE.search(ln[:DATING_META_LINE_MAX_CHARS])
                  or _BYLINE_OPEN.match(ln) else None for ln in lines]
    listed = dated_list(stamp_days)
    found = {d for i, d in enumerate(stamp_days) if d and i not in listed and not _update_only(lines[i], day_first)
             and not other_event(lines[i], day_first)}
    return next(iter(found)) if len(found) == 1 else None


def _stamp_day(line: str, day_first: bool = False, weekday: int | None = None) -> str | None:
    """The day of a stamp line, of a stamp segment of a meta line ("Dezember 10, 2019 · von X · in Y"), or of a
    date opening a line of text ("01.02.2022 „Der Arbeitsmarkt ...", "Wien, 14. Dezember 2021 – Aufgrund ...").
    None for a stamp near midnight whose day the lead's `weekday` does not confirm (`_sure`)."""
    if not DIGIT.search(line[:DATING_META_LINE_MAX_CHARS]):  # every date form has a digit: most lines are out at this cheap test
        return None
    day = _stamp_day_any(line, day_first)
    return day if day and _sure(line[:DATING_META_LINE_MAX_CHARS], day, day_first, weekday) else None


def _stamp_day_any(line: str, day_first: bool = False) -> str | None:
    day = _stamp_only(line, day_first=day_first)
    if day:
        return day
    if len(line) <= DATING_META_LINE_MAX_CHARS:
        segs = SEGMENT_SEP.split(line)
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
    wd = _WEEKDAY_OPEN.match(line)  # "Mittwoch, März 7, 2018 21 Allgemein, Beauty ...": the date opens the line
    at = wd.end() if wd else 0
    if not DIGIT.search(line[:at + 40]):
        return None
    head = find_dates(line[at:at + 40], day_first)
    if head and head[0][0] == 0 and head[0][2] >= _EARLIEST_WEB_DAY and not _date_as_subject(line[at + head[0][1]:]):
        return head[0][2]
    dl = match_dateline(line)
    if dl is not None and dl.day and dl.day >= _EARLIEST_WEB_DAY:
        return dl.day
    return None


def field_date(cleaned: Cleaned, day_first: bool = False) -> str | None:
    """The day of a crawler's field dump's date field: a value the cleaner cut right after a field label it cut
    ("Tarih:" / "5 Mayıs 2021 Çarşamba 12:30", "Date & Time" / "12 Mar 2021 | 11:07" after the text), when the
    cleaner found a dump (two labels or more) and its labelled values name one day. The record's own date field,
    as a feed's date field is (`with_metadata`), so its printed day stands near midnight too ('..., 00:05 IST')."""
    removed = cleaned.removed
    if sum(r.reason == "field_label" for r in removed) < 2:
        return None
    days = {d for prev, r in zip(removed, removed[1:], strict=False)
            if prev.reason == "field_label" and r.reason not in ("field_label", "title", "url")
            and not CRAWL_LABEL.search(prev.text) and not UPDATE_CUE.search(prev.text)  # a crawl / revision day
            and not named_label(prev.text.strip().rstrip(":：").strip())  # 'Date of birth:' in a box the cleaner cut
            and DIGIT.search(r.text) and (d := _field_day(r, day_first))}
    return days.pop() if len(days) == 1 else None


_NUMERIC_PAIR = re.compile(r"(?<![\d/-])(\d{1,2})([/-])(\d{1,2})(?=\2\d{4}(?![\d/-]))")


def _field_day(r: Removal, day_first: bool) -> str | None:
    """A field value's day; an ambiguous numeric date ('05/03/2019') the source's files settle (clean/fields `_ordered`
    marks it 'timestamp_dmy' / 'timestamp_mdy') is read in that order (month first: the numbers swapped)."""
    text = _NUMERIC_PAIR.sub(r"\3\2\1", ascii_digits(r.text), count=1) if r.reason == "timestamp_mdy" else r.text
    return _stamp_day_any(text, day_first or r.reason in ("timestamp_dmy", "timestamp_mdy"))


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
    raw = repair(raw_text or "")  # the page's own dates as the cleaned text reads them ("12. MÃ¤rz 2021" -> "12. März 2021")
    raw_lines = raw.replace("\r", "\n").split("\n")
    body = cleaned.text.lstrip()
    # a page in another language than English writes an ambiguous numeric date day first (only US English puts
    # the month first); an English page, or one too short to tell, leaves it undecided unless its other numeric dates
    # settle it ('15/03/2024' in its stamps or story, and no weekday of the lead against it: `page_day_first`)
    dl_match, lead = opening_match(body)
    dl_full, dl_partial = (dl_match.day, dl_match.month_day) if dl_match is not None else (None, None)
    weekday = lead_weekday(lead if dl_full or dl_partial else body)  # confirms a stamp near midnight
    day_first = cleaned.lang != "en" and len(body.split()) >= DATING_DAY_FIRST_MIN_WORDS \
        or page_day_first(raw_lines, body, weekday)
    top, _ = top_date(raw_lines, day_first, weekday)
    first = next((ln for ln in raw_lines if ln.strip()), "")
    # the day a copy was taken: an ISO header or a crawl line in words ("Retrieved on 5 March 2024") opening the page
    crawled = top if top and CRAWL_LABEL.match(first) and top in (split_header(first)[1], stamp_date(first, day_first)[0]) \
        else None
    lines = [ln.strip() for ln in raw_lines if ln.strip()]
    story = frozenset(ln.strip() for ln in body.split("\n") if ln.strip())
    stamp, _at = byline_stamp(lines, day_first, weekday, article_start(lines, body), story_stamps(body), story)
    if stamp is None:
        stamp = body_stamp(lines, body, day_first, weekday)
    if stamp is None:
        stamp = announced_stamp(lines, day_first, weekday)
    header = top
    if stamp and stamp != top:
        top, page = stamp, top  # the stamp by the article beats a date at the top of the page (masthead, crawl)
    else:
        page = None
    if dl_match is not None and dl_match.alone and top and not alone_fits(dl_match, top, lead):
        dl_match, dl_full, dl_partial = None, None, None  # a kicker's date over the lead, not the page's dateline
    if not (dl_full or dl_partial):
        dl_full = lead_dateline(body)
    meta = normalise_date(meta_date) if meta_date else None
    meta = meta or field_date(cleaned, day_first)  # a field dump's date field: the record's own date
    if dl_partial and dl_match.agency is None and announced_ahead(dl_partial, meta or top):
        dl_partial = None  # an agency-less yearless day just after the page's: an event announced, no dateline

    published = evidence = page_date = None
    if dl_full:
        published, evidence = dl_full, "dateline"
        if top and top != dl_full:
            page_date = top
    elif dl_partial:
        mon, day = dl_partial
        bound = meta or top
        late = None if bound else top_date(raw_lines, day_first, weekday, sure=False)[0]
        if late:  # a page stamp near midnight ('Tuesday, 05 Mar 2024 12:01 AM'): its day is unsure by one, its year is
            bound = (_dt.date.fromisoformat(late) + _dt.timedelta(days=1)).isoformat()  # not: still a bound
        if top and (int(top[5:7]), int(top[8:10])) == (mon, day):
            published, evidence = top, "header"
        else:
            # the weekday written in the dateline ('WASHINGTON, Saturday, Dec. 14 -'), else the one the lead names
            named = dl_match.weekday if dl_match.weekday is not None else (lead_weekdays(lead) or None)
            guess = resolve_year(mon, day, bound, named)
            near = resolve_year(mon, day, bound, None) if named and dl_match.weekday is None else None
            if near and _eve_named(near, bound, named):
                guess = near
            if not guess and not bound:  # "03/04/2021" over "NEW DELHI, April 3 (PTI) -": the dateline picks the order
                guess = numeric_stamp_day(raw_lines, mon, day,
                                          dl_match.weekday if dl_match.weekday is not None else lead_weekday(lead))
            if guess:
                published, evidence = guess, "dateline"
                if (top or late) and (top or late) != guess:
                    page_date = top or late
            elif top:
                page_date = top  # disagrees with the dateline and no year fits: the crawl date, not publication
    elif top and top == crawled and stamp != crawled:  # the day the copy was taken: a bound, no publication day
        bounded = crawl_bounded_day(raw_lines, crawled)
        if bounded:
            published, evidence, page_date = bounded, "text", crawled
        else:
            page_date = crawled
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
