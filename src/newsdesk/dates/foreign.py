"""Dates a page prints that are not the article's publication day: another event's date (an embedded post, a comment,
a labelled deadline, a period, a timeline entry, a caption), the day a copy was taken, a print edition's day, a
source's day, a field of a label/value panel, and the dates of a list of other items. `publication` skips them.

Also the line shapes both modules read: a digit, the end of a sentence, the separators of a meta line's segments.
"""

from __future__ import annotations

import re

from newsdesk.dates.grammar import (
    PUBLISH_CUE,
    UPDATE_CUE,
    WEEKDAY_FULL,
    WEEKDAY_NAME,
    WEEKDAYS_ANY,
    find_dates,
    stamp_date,
    stamp_parts,
    time_of_day,
)
from newsdesk.dates.vocabulary import PAGE_THING
from newsdesk.settings import (
    CLEAN_FIELD_LABEL_MAX_WORDS,
    DATING_CAPTION_MIN_WORDS,
    DATING_FIELD_MIN_PAIRS,
    DATING_LIST_MAX_STRIDE,
    DATING_LIST_MIN_RUN,
    DATING_META_LINE_MAX_CHARS,
    DATING_NAMED_FIELD_BOX_FIELDS,
    DATING_PERIOD_DASH_CHARS,
    DATING_PERIOD_SECOND_CHARS,
    DATING_POSTS_MIN_RUN,
    DATING_RETRIEVED_GAP_CHARS,
    DATING_SCHEDULE_ENTRY_WORDS,
)

DIGIT = re.compile(r"\d")
# a line that ends like a sentence (a closing quote or bracket may follow the stop)
SENTENCE_END = re.compile(r"[.!?…][\"”’'»)\]]*$")
# the separators of a meta line's segments ("Dezember 10, 2019 · von X · in Y", "Nachricht | 30.10.2021 ...")
SEGMENT_SEP = re.compile(r"\s+[|·•]\s+|\s+[-–—]{1,2}\s+")


def field_values(lines: list[str], stamp_days: list[str | None]) -> set[int]:
    """Stamp lines that are the value of a labelled field in a run of label/value pairs, each label on its own line
    ("Joined" / "May 11, 2017" / "Messages" / "3,066" / "Reactions" / "4,516": a forum member's panel), where the
    label names something other than a publication (`_names_other`): at least DATING_FIELD_MIN_PAIRS pairs, each
    value short with a digit."""
    def label(k: int) -> bool:  # a crawler-field-like label: a few words, no digit, no sentence
        ln = lines[k] if 0 <= k < len(lines) else ""
        return 0 < len(ln.split()) <= CLEAN_FIELD_LABEL_MAX_WORDS and not DIGIT.search(ln) \
            and not SENTENCE_END.search(ln) and _names_other(ln)

    def value(k: int) -> bool:  # a date, or a short value with a digit ("3,066")
        ln = lines[k] if 0 <= k < len(lines) else ""
        return bool(k < len(stamp_days) and stamp_days[k]) or len(ln.split()) <= 2 and bool(DIGIT.search(ln))

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


# the heading of a page's comments: a plural comment word, a count of comments or replies, a call to leave one
# ("6 Kommentare zu “X”", "Commentaires (6)", "KOMMENTARE", "12 Comments", "One thought on “X”", "Leave a Reply")
_COMMENT_WORDS = (r"comments|kommentare|leserkommentare|commentaires|comentarios|comentários|commenti|reacties|"
                  r"komentarze|komentáře|kommentarer|kommentit|hozzászólások|yorumlar|комментарии|коментарі|تعليقات|"
                  r"responses|replies|antworten|reaktionen|réactions|reacciones")
_COMMENT_HEADING = re.compile(
    r"^\W*(?:(?:\d+|no|one|ein|eine|un|une|uno|una)\s+)?(?:" + _COMMENT_WORDS + r")(?:\s*[(\[]\d+[)\]])?\s*[:.]?"
    r"(?:\s+(?:zu|on|to|sur|a|al|para|su|op|do|на)\s+\S.{0,150})?$"
    r"|^\W*(?:\d+|one)\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+\S"
    r"|^\W*(?:leave|post|write|add)\s+a\s+(?:reply|comment)\W*$"
    r"|^\W*(?:schreibe|schreiben sie)\s+einen\s+kommentar\W*$|^\W*kommentar\s+(?:schreiben|verfassen|abgeben)\W*$"
    r"|^\W*(?:laisser|laissez|ajouter)\s+un\s+commentaire\W*$|^\W*(?:deja|dejar|escribe)\s+un\s+comentario\W*$"
    r"|^\W*lascia\s+un\s+commento\W*$", re.IGNORECASE)


def comments_from(lines: list[str], start: int) -> int | None:
    """The line where the page's comments begin: the first comments heading (`_COMMENT_HEADING`) below line `start`
    (the article's first paragraph); the stamps under it date comments, not the article. A bare one-word 'Comments'
    button of the share bar right under a standfirst ('Bookmark' / 'Share' /
    'Comments' / 'By ...' / '04:30, 3 NOV 2023') with none of the story's running text above it opens no comments."""
    for i in range(start + 1, len(lines)):
        if len(lines[i]) <= 200 and _COMMENT_HEADING.search(lines[i]):
            if len(lines[i].split()) > 1 or any(len(lines[k].split()) >= DATING_CAPTION_MIN_WORDS
                                                and SENTENCE_END.search(lines[k]) for k in range(start + 1, i)):
                return i  # a heading with a count or words ('12 Comments'), or one below more of the story
    return None


def teaser_stamps(lines: list[str], stamp_days: list[str | None]) -> set[int]:
    """Stamps of a teaser under a heading that opens other stories ("Lesen Sie auch" / "14/08/2021" / a headline /
    its lead; `clean.rules.tail_marker`, the cleaner's headings in many languages): the first stamp within
    DATING_LIST_MAX_STRIDE lines below such a heading, with no sentence between them."""
    from newsdesk.clean.rules import tail_marker  # clean imports dates.grammar only: no cycle at import time

    out: set[int] = set()
    for i, ln in enumerate(lines):
        near = range(i + 1, min(len(lines), i + 1 + DATING_LIST_MAX_STRIDE))
        if len(ln) > DATING_META_LINE_MAX_CHARS or not any(stamp_days[k] for k in near) or not tail_marker(ln)[0]:
            continue
        for k in near:
            if stamp_days[k]:
                out.add(k)
                # the teasers' run goes on in the lines right below, each its headline and day on one line ('Floods
                # close schools | 2 March 2024' / 'Water company fined | 1 March 2024')
                while k + 1 < len(lines) and stamp_days[k + 1] and not stamp_date(lines[k + 1])[1] \
                        and not stamp_date(lines[k])[1]:
                    k += 1
                    out.add(k)
                break
            if len(lines[k].split()) >= DATING_CAPTION_MIN_WORDS and SENTENCE_END.search(lines[k]):
                break
    return out


def event_line(lines: list[str], i: int, story: frozenset[str] | None = None, start: int | None = None) -> bool:
    """Line `i`'s date is an event's, by the lines around it: a field of an event's panel (a same-line 'Date: ...'
    beside a field whose value is an hour and no date: 'Time: 10am to 4pm'), a day of a schedule (a bare date over a
    line of words with a time of day and no date: 'Saturday 9 March 2024' / 'Arsenal v Brentford, 17.30'), or the
    matter a sentence ending in a colon introduces ('Serinin ilk konseri Sultanahmet Meydanı'nda yapılacak:' /
    '03.04.2021 saat 20:00'). A byline's date over its hour ('29.10.2023' / '22:04 Uhr') stays a stamp.

    The introducing sentence is the story's running text (`_lead_in`): a line of the article's text `story` (the
    cleaner's body lines; None: not known) below its first paragraph (line `start`), most of its words in lower case.
    A site's call the cleaner cut ('Listen to the audio version of this article:') or a byline ending in a colon ('By
    Jane Doe, Senior Correspondent, New Delhi:', capitalised words) introduces no event."""
    def near(k: int) -> str:
        ln = lines[k] if 0 <= k < len(lines) else ""
        return ln if len(ln) <= DATING_META_LINE_MAX_CHARS else ""

    def hour_only(value: str) -> bool:  # a time of day and no date
        return time_of_day(value) is not None and not find_dates(value)

    def fields_at(k: int, step: int) -> int:  # same-line fields from line k on, one way
        n = 0
        while _FIELD_LINE.match(near(k)):
            n, k = n + 1, k + step
        return n

    if _FIELD_LINE.match(near(i)) and any((f := _FIELD_LINE.match(near(k))) and hour_only(near(k)[f.end() - 1:])
                                          for k in (i - 1, i + 1)) \
            and fields_at(i, -1) + fields_at(i + 1, 1) >= DATING_FIELD_MIN_PAIRS:
        return True  # 'Date:' / 'Time:' / 'Venue:': a byline's 'Date:' / 'Time:' pair alone is the page's stamp
    if start is not None and _fact_box(lines, i, start, near):
        return True
    if _named_field_box(lines, i, near):
        return True

    def entry(k: int) -> bool:  # a schedule's entry: an hour, no date, and words ('Arsenal v Brentford, 17.30')
        return hour_only(near(k)) and stamp_parts(near(k))[1] >= DATING_SCHEDULE_ENTRY_WORDS

    def day(k: int) -> bool:  # a bare date with no hour ('Saturday 9 March 2024')
        return 0 <= k < len(lines) and stamp_date(lines[k])[1] and time_of_day(lines[k]) is None

    if day(i) and entry(i + 1):
        # a schedule lists two entries or more (under this day and the days next to it); a date over one line of a
        # name and an hour ('March 5, 2024' / '10:15 AM Jane Doe, Staff Writer') is a byline
        n, k = 0, i + 1
        while entry(k) or day(k) and entry(k + 1):
            n, k = n + entry(k), k + 1
        k = i - 1
        while entry(k) or day(k):
            n, k = n + entry(k), k - 1
        if n >= 2:
            return True
    return i > 0 and _lead_in(lines[i - 1].strip(), story) and (start is None or i - 1 > start)


def _fact_box(lines: list[str], i: int, start: int, near) -> bool:
    """Line `i` ('Date: 12 April 2024') is a field of a fact box inside the story: a run of DATING_FIELD_MIN_PAIRS or
    more same-line fields ('Title: Spring jazz night' / 'Date: ...' / 'Venue: Old Market Hall' / 'Tickets: £10'),
    the others' labels naming no publication (`_names_other`), below the article's first paragraph (line `start`)
    and with running text of the story after it. A crawler's field dump opens the page or closes it."""
    def other_field(k: int) -> bool:
        f = _FIELD_LINE.match(near(k))
        return bool(f) and _names_other(f.group("label"))

    if not _FIELD_LINE.match(near(i)):
        return False
    lo = i
    while lo - 1 > start and other_field(lo - 1):
        lo -= 1
    hi = i
    while other_field(hi + 1):
        hi += 1
    return lo > start and hi - lo + 1 >= DATING_FIELD_MIN_PAIRS and hi + 1 < len(lines) and \
        len(lines[hi + 1].split()) >= DATING_CAPTION_MIN_WORDS and bool(SENTENCE_END.search(lines[hi + 1]))


def named_label(label: str) -> bool:
    """A date's label that names its thing beside a stamp word ('Date of birth', 'Judgment date', 'Hearing date'):
    a stamp word and another word, no cue of a publication or an update ('Publication date', 'Last updated')."""
    if PUBLISH_CUE.search(label) or UPDATE_CUE.search(label) or PAGE_THING.search(label):
        return False  # 'Release date', 'Issue date', 'Print date': the page's own day (review14 finding 10)
    words = re.findall(r"[^\W\d_]+", label)
    stamp = [w for w in words if stamp_parts(w + " 1.1.2000")[1] == 0]
    return bool(stamp) and len(stamp) < len(words)


def named_field_box(lines: list[str], i: int) -> bool:
    """`_named_field_box` over the page's lines (`publication.body_stamp`)."""
    return _named_field_box(lines, i, lambda k: lines[k] if 0 <= k < len(lines) and len(lines[k])
                            <= DATING_META_LINE_MAX_CHARS else "")


def _named_field_box(lines: list[str], i: int, near) -> bool:
    """Line `i` is a same-line field whose label names what the date is of beside a stamp word ('Date of birth: 3
    March 2024', 'Judgment date: 4 March 2024'; no cue of a publication or an update), in a box of
    DATING_NAMED_FIELD_BOX_FIELDS same-line fields or more whose other labels name no publication ('Name: Tumaini',
    'Case no: HC-2023-0419'): the thing's day, anywhere on the page. A crawler's dump labels its date 'Date:'."""
    f = _FIELD_LINE.match(near(i))
    if not f or not named_label(f.group("label")):
        return False

    def other_field(k: int) -> bool:
        g = _FIELD_LINE.match(near(k))
        return bool(g) and _names_other(g.group("label"))

    n, k = 1, i - 1
    while other_field(k):
        n, k = n + 1, k - 1
    k = i + 1
    while other_field(k):
        n, k = n + 1, k + 1
    return n >= DATING_NAMED_FIELD_BOX_FIELDS


def _lead_in(prev: str, story: frozenset[str] | None) -> bool:
    """`prev` is a sentence of the story ending in a colon: more words than a label's, most of them in lower case
    (a byline or a title is capitalised; a script without case is not judged), and kept in the article's text."""
    if not prev.endswith((":", "：")) or len(prev.split()) <= CLEAN_FIELD_LABEL_MAX_WORDS:
        return False
    if story is not None and prev not in story:
        return False
    words = re.findall(r"[^\W\d_]+", prev)
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    return not cased or sum(w[0].islower() for w in cased) * 2 >= len(cased)


# a same-line field: a short label, its colon, a value ("Venue: Eastbrook Mill, Mill Lane", "Date: 16 March 2024")
_FIELD_LINE = re.compile(r"^\W*(?P<label>[^\W\d_][^:：\n]{0,30}?)\s*[:：]\s+\S")


def signed_posts(lines: list[str], stamp_days: list[str | None], story: frozenset[str] | None) -> set[int]:
    """Stamps of posts below the article's text (`story`, the cleaner's body lines): a name beside a date over a
    text the cleaner cut ('Margaret H · 5 March 2024 at 08:41' / 'Brilliant news. ...'), DATING_POSTS_MIN_RUN of
    them or more: readers' comments under a heading of any wording. The article's own stamp under its last
    paragraph has no name beside it ('Published 4 March 2024, 10:15') or is a labelled field ('Author: X am
    29.12.2010, 13:36 Uhr', 'Erscheinungsdatum: 07.02.2022'), no signature."""
    ends = [i for i, ln in enumerate(lines) if story and ln in story]
    if not ends:
        return set()
    posts = {i for i in range(ends[-1] + 1, len(lines) - 1) if stamp_days[i] and stamp_parts(lines[i])[1]
             and not _FIELD_LINE.match(lines[i]) and not stamp_days[i + 1] and lines[i + 1] not in story}
    return posts if len(posts) >= DATING_POSTS_MIN_RUN else set()


def headline_run(lines: list[str], stamp_days: list[str | None]) -> set[int]:
    """Stamps of a list of teasers, each a headline over its date ('Latest' / 'Council pauses bin changes' / '4
    March 2024' / 'Two hurt as lorry overturns' / '4 March 2024' ...): DATING_LIST_MIN_RUN stamps or more, one every
    second line, each under a line of words with no date that ends like no sentence. Their days may be one (today's
    latest stories), unlike `dated_list`'s."""
    def headline(k: int) -> bool:
        ln = lines[k] if 0 <= k < len(lines) else ""
        return len(ln.split()) >= 2 and not stamp_days[k] and not DIGIT.search(ln) and not SENTENCE_END.search(ln)

    out: set[int] = set()
    run: list[int] = []
    for i in [k for k, day in enumerate(stamp_days) if day and headline(k - 1)] + [-1]:
        if run and i - run[-1] == 2:
            run.append(i)
            continue
        if len(run) >= DATING_LIST_MIN_RUN:
            out.update(run)
        run = [i]
    return out


def teaser_over_story(lines: list[str], stamp_days: list[str | None]) -> set[int]:
    """The stamp of another story's teaser above the article ('Council confirms date for pool consultation' /
    'Published 2 March 2024' / its one-sentence lead / the article's headline / its paragraphs ... 'Published 4 March
    2024, 10:15'): a stamp under a headline, over one sentence, then another headline over running text, with a stamp
    of the same wording below naming another day (the article's own)."""
    def headline(k: int) -> bool:
        ln = lines[k] if 0 <= k < len(lines) else ""
        return len(ln.split()) >= 2 and not stamp_days[k] and not DIGIT.search(ln) and not SENTENCE_END.search(ln)

    def sentence(k: int) -> bool:
        ln = lines[k] if 0 <= k < len(lines) else ""
        return len(ln.split()) >= DATING_CAPTION_MIN_WORDS and bool(SENTENCE_END.search(ln)) and not stamp_days[k]

    def cue(k: int) -> str:
        return (re.findall(r"[^\W\d_]+", lines[k]) or [""])[0].lower()

    out: set[int] = set()
    for i, day in enumerate(stamp_days):
        if day and cue(i) and headline(i - 1) and sentence(i + 1) and headline(i + 2) and sentence(i + 3) \
                and any(d and d != day and cue(j) == cue(i) for j, d in enumerate(stamp_days[i + 4:], i + 4)):
            out.add(i)
    return out


def dated_list(stamp_days: list[str | None]) -> set[int]:
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
_RETRIEVED_WORDS = (r"downloaded|retrieved|accessed|crawled|scraped|archived|captured|fetched|saved|abgerufen|"
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
# "Member since 12 March 2019", "Mitglied seit 3. Mai 2018", "Inscrit depuis le ...": the start of a period (a
# membership, a state that lasts), no publication
_SINCE = re.compile(r"(?<![^\W\d_])(?:since|seit|seit dem|depuis|depuis le|desde|desde el|dal|sinds|od|с|منذ)\s*$",
                    re.IGNORECASE)
# "Photo: Sam Ellis, 2 March 2024", "Foto: dpa / 5. März 2024": a picture's credit and the day it was taken
_PICTURE = re.compile(r"(?<![^\W\d_])(?:photo|photos|picture|image|foto|fotos|bild|imagen|immagine|zdjęcie|фото|"
                      r"صورة|写真|사진)\s*[:：][^:：]{0,80}$", re.IGNORECASE)
# "Deadline: 3.11.2019", "Termin: Montag, 15. November 2021": a label that names no publication (none of its
# words is stamp vocabulary) introduces the date of something else
_LABEL = re.compile(r"(?P<label>[^\W\d_][^:：|·•]{0,40}?)\s*[:：](?!\d)(?P<between>[^:：]{0,30})$")
# "09 Jan 2014 - 01 Jan 2017", "vom 04.11.23 – 30.08.24", "(March 3, 1941 – December 20, 2024)": a period (a life),
# not a day of publication: the second date follows the dash at once, or after a weekday's name
_RANGE_DASH = re.compile(r"^\s*(?:[-–—]|bis|to|au|al|a)\s*(?:(?:" + WEEKDAY_NAME + "|" + "|".join(
    w for w in (*WEEKDAY_FULL, *WEEKDAYS_ANY) if len(w) >= 4) + r")\.?,?\s+)?(?=\d|[^\W\d_])", re.IGNORECASE)
# a bracket the value opened before the date, still open, after a figure of the value (a score, a count): the date
# is an aside of that value ('Kenya 24 Uganda 17 (Nairobi, 2 March 2024)'); after a name it is the name's own day
# ('Reporter: Jane Doe (5 March 2024)', 'Edition: Northpoint (5 March 2024)')
_UNCLOSED = re.compile(r"\d[^()]*\([^()]*$")
# "Valid until 31.12.2023", "Anmeldung bis 15. März 2021": the end of an offer or a deadline
_UNTIL = re.compile(r"(?<![^\W\d_])(?:until|till|bis|bis zum|jusqu'au|jusqu’au|hasta el|hasta|até|fino al|до)\s*$",
                    re.IGNORECASE)
# "Closing date: 22 March 2024", "Deadline: 3.11.2019", "Einsendeschluss: 15. März 2021", "Date limite : ...": the
# day something closes or is due (a deadline word, then at most a label's 'date', a colon or 'on'), no publication
_DEADLINE = re.compile(r"(?<![^\W\d_])(?:closing|closes|close|deadline|due|expiry|expires|expiration|frist|anmeldeschluss|"
                       r"einsendeschluss|bewerbungsschluss|annahmeschluss|date limite|fecha l[ií]mite|plazo|scadenza|"
                       r"termin ostateczny|son başvuru)(?:\s+(?:date|datum|tarihi?))?\s*(?:[:：]|\bon\b|\bam\b)?\s*$",
                       re.IGNORECASE)
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
    if _EDITION.search(line[max(0, start - _RETRIEVED_LOOKBACK):start]) or _SOURCE.search(line[:start]) \
            or _PICTURE.search(line[:start]):
        return True  # an edition's day, a source's day, a picture's day
    segs = SEGMENT_SEP.split(line[:start])
    lab = _LABEL.search(segs[-1])
    if lab and _names_other(lab.group("label")) and (not stamp_parts(lab.group("between") + " 1.1.2000")[1]
                                                     or _UNCLOSED.search(lab.group("between"))):
        return True  # ... or an aside of its value: 'Result: Kenya 24 Uganda 17 (Nairobi, 2 March 2024)'
    of = _OF_DATE.search(segs[-1])
    if of and _names_other(segs[-1][:of.start()]):
        return True  # "Sitzung vom 10. Oktober 2019": the date of what the words before it name
    if _period_at(line, end, day_first):
        return True
    if _UNTIL.search(segs[-1]) or _DEADLINE.search(segs[-1]) or _SINCE.search(segs[-1]):
        return True
    if start == 0 and _ENTRY_COLON.match(line[end:end + 8]):
        return True
    return len(segs) > 1 and any(_prose_segment(seg) for seg in segs[:-1])


def _period_at(line: str, end: int, day_first: bool = False) -> bool:
    """A dash (or 'to', 'bis') after a date ending at `end`, and a second full date right after it: a period."""
    dash = _RANGE_DASH.match(line[end:end + DATING_PERIOD_DASH_CHARS])
    second = find_dates(line[end:end + DATING_PERIOD_SECOND_CHARS], day_first) if dash else None
    return bool(second) and second[0][0] == dash.end()


def period(line: str, day_first: bool = False) -> bool:
    """The line's first full date opens a period ('12 March 1941 – 2 March 2024': a life under an obituary's name,
    a season, an exhibition's run): no stamp of the page's day."""
    dates = find_dates(line[:DATING_META_LINE_MAX_CHARS], day_first)
    return bool(dates) and _period_at(line, dates[0][1], day_first)


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
