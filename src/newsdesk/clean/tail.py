"""Tails of other stories: what follows a tail heading, and a closing run of other stories under any heading.

A heading such as "Related", "Also read", "Trending" or "Lire aussi" (`rules.tail_marker`) opens a box of other
stories' headlines and leads, but in a scrape the box's items are often missing (loaded by script) and the heading
stands alone between two body paragraphs. It cuts the rest of the text only where what follows it looks like other
stories; where the article's running prose goes on below it, the heading alone goes (`other_stories_follow`).

Sites also close an article with other stories in the body's own language under a heading no list names
("Artículos relacionados", "مقالات ذات صلة"): `closing_stories` reads that from the structure alone: a short
heading, then nothing but pairs of a headline (no sentence end) and its one-sentence lead to the end of the text,
below an article with more running text than the run.

Below the article, a page carries its own machinery: a share bar, a newsletter or comment form, a cookie or paywall
notice (`rules.classify_line` reasons in `CLOSING_MARKS`). What follows such a line to the end is the site's closing
run (readers' comments, the site's self-description, author bios, donation calls, legal footers) when it is short next
to the article above it: `closing_after_mark` reads that from the word counts alone.
"""

from __future__ import annotations

import re

from newsdesk.clean.foreign import units  # words; scripts without spaces by characters
from newsdesk.clean.inline import is_link_label
from newsdesk.clean.rules import classify_line, credit_of, looks_like_headline, tail_marker
from newsdesk.dates.grammar import CRAWL_LABEL, PUBLISH_CUE, UPDATE_CUE, stamp_date
from newsdesk.settings import Settings

_SENTENCE_END = ".!?…。！？؟।॥"
_CLOSERS = "\"”’'»)]」』"
_FULL_STOPS = ".。।"  # a sentence ends with a full stop (an ellipsis '…' / '...' cuts a teaser short)
_ASKS = "?!？！؟"


def _ends_sentence(line: str) -> bool:
    s = line.rstrip().rstrip(_CLOSERS)
    return bool(s) and s[-1] in _SENTENCE_END


def is_running_prose(line: str, cfg: Settings) -> bool:
    """A sentence of the article: it ends a sentence and has at least CLEAN_PROSE_MIN_WORDS words."""
    return _ends_sentence(line) and units(line) >= cfg.CLEAN_PROSE_MIN_WORDS


def _prose_or_lead_in(line: str, cfg: Settings) -> bool:
    """Running prose, or a sentence that announces what follows with a colon ('The first concert will be held at the
    square:')."""
    return is_running_prose(line[:-1] + "." if line.endswith(":") else line, cfg)


def article_goes_on(line: str, cfg: Settings) -> bool:
    """Below an inline 'Also read: <headline>', is `line` the article going on: no headline's shape (a sentence end,
    or longer than a headline), or running prose that announces what follows with a colon ('The first concert will be
    conducted by a guest from Helsinki:')?"""
    return not looks_like_headline(line) or line.endswith(":") and _prose_or_lead_in(line, cfg)


def inside_story(above: list[str], below: str | None, need: int, cfg: Settings) -> bool:
    """Does a line stand down in the story: at least `need` lines of running prose kept above it, the line right above
    it and the article's next line (`below`, past page furniture) running prose? Bylines, stamps and writers' bios
    stand above the body (under the headline, the writer's name, a teaser) or at its end."""
    return need > 0 and below is not None and bool(above) and is_running_prose(below, cfg) \
        and _prose_or_lead_in(above[-1], cfg) and sum(_prose_or_lead_in(s, cfg) for s in above) >= need


_EVENT_CLOCK = re.compile(r"(?<![\d.:])[012]?\d[:.h][0-5]\d(?![\d.:])")  # '20:00', '19.30', '20h30'
_EVENT_LABEL = re.compile(r"^\W*[^\W\d_]+\s*:")  # 'Stand: ...', 'Erstveröffentlichung: ...'
# the word that says 'at' before the clock time an event starts at ('saat 20:00', 'às 20h30', 'um 19 Uhr', 'at 7 pm',
# 'alle 21', 'o godz. 18:00', 'в 19:00'): a byline stamp prints its date and time side by side ('March 5, 2024 10:15
# AM', '05.03.2024, 14:20 Uhr')
_AT_WORDS = (r"at|à|às|as|a las|a la|alle|all['’]|ore|um|om|saat|kl\.?|klo\.?|kello|klockan|godz\.?|o godz\.?|o|"
             r"в|во|у|о|pukul|jam|lúc|vào lúc|στις|kor")



# an hour without minutes after the word for 'at' ('at 7 pm', 'um 19 Uhr', 'à 20h'): an event's time; a byline
# prints its minutes ('March 5, 2024 at 10:15 am', '05.03.2024 um 14:20 Uhr': WordPress's and German sites' stamps)
_AT_HOUR = re.compile(r"(?<![^\W\d_])(?:" + _AT_WORDS + r")\s+[012]?\d\s*(?:[ap]\.?\s?m\b\.?|uhr\b|h\b(?!\d)|ч\b|час)",
                      re.IGNORECASE)
# a line that opens with the preposition of a day ('Em 13/04/2021 às 20h30', 'Am 03.04.2021 um 19:00 Uhr', 'On April
# 3 at 8 pm'): a sentence's fragment naming when; a byline stamp opens with its date, or with the article the
# Romance languages put before it ('le 05/03/2024 à 14h20', 'el 05/03/2024 a las 14:20': not read here)
_ON_DAY = re.compile(r"^\W*(?:em|am|an|on|op|w|we|в|во|au|no|na|pe|på)\s+(?=\S*\d|[^\W\d_]+,?\s+\d)",
                     re.IGNORECASE)


def event_line(line: str, above: list[str], below: str | None, text: list[str], cfg: Settings) -> bool:
    """A date/time stamp line ('03.04.2021 saat 20:00', 'Em 13/04/2021 às 20h30') inside the story (`inside_story`
    with CLEAN_EVENT_LINE_MIN_ABOVE lines above), told as an event's time by a cue a byline stamp never has: a
    sentence right above that introduces it with a colon, the line opening with the preposition of a day ('Em ...',
    'Am ...', 'On ...'), or an hour without minutes after the word for 'at' ('at 7 pm', 'um 19 Uhr'); and the only
    stamp line of the text (`text`: its lines; readers' comments and lists of other stories carry one stamp each).
    A date with its clock time, with or without the word for 'at' ('March 5, 2024 10:15 AM', 'March 5, 2024 at
    10:15 am', '05.03.2024 um 14:20 Uhr'), is a byline stamp's shape wherever it stands (printed under a standfirst
    and a first paragraph too: REVIEW 15:46/15:58, session 11), and a bare date under a teaser is the byline's."""
    if _EVENT_LABEL.match(line) or UPDATE_CUE.search(line) or PUBLISH_CUE.search(line) or CRAWL_LABEL.match(line):
        return False  # the site's label ('Updated:', 'Publicado em', 'Erstveröffentlichung:')
    lead_in = bool(above) and above[-1].rstrip().endswith((":", "："))
    if not (_EVENT_CLOCK.search(line) or _AT_HOUR.search(line)):
        return False  # no event's time
    if not (lead_in or _ON_DAY.match(line) or _AT_HOUR.search(line)):
        return False  # a byline's date and time
    return inside_story(above, below, cfg.CLEAN_EVENT_LINE_MIN_ABOVE, cfg) and stamp_date(line)[1] \
        and not any(stamp_date(t)[1] for t in text if t != line)


def next_article_line(after: list[str], site: list[str], cfg: Settings) -> str | None:
    """The first of `after` that is no page furniture (`classify_line`, a credit) and no other inline link to a story
    (a read-also heading with its headline glued on, 'MIRA: <headline>'): below an inline 'Also read: <headline>' an ad
    line, a share label or a second such link may stand before the article goes on. None when nothing else follows."""
    return next((t for t in after if not classify_line(t, site=site, settings=cfg) and not credit_of(t)
                 and not tail_marker(t)[1] and not is_link_label(t, cfg)), None)


def _line_kind(line: str, cfg: Settings) -> tuple[str, int]:
    """How a line below a tail heading reads: ('marker', 0) the next tail heading; ('skip', 0) page furniture, a credit,
    a question or exclamation; ('stop', 0) a stamp, or a line that ends no sentence (a headline, a teaser cut short);
    ('sentence', its words) a sentence ending with a full stop. Read by `other_stories_follow` and `story_resumes`."""
    if tail_marker(line)[0]:
        return "marker", 0
    reason = classify_line(line, site=[], settings=cfg)
    if reason == "timestamp":
        return "stop", 0
    if reason or credit_of(line):
        return "skip", 0
    bare = line.rstrip().rstrip(_CLOSERS)
    if bare[-1:] in _ASKS:
        return "skip", 0
    if bare[-1:] not in _FULL_STOPS or bare.endswith(".."):
        return "stop", 0
    return "sentence", units(line)


def other_stories_follow(after: list[str], cfg: Settings, *, field_text: bool = False) -> bool:
    """Do the lines below a tail heading look like other stories rather than the article going on?

    Read down to the next tail heading, passing over page furniture (an ad line, a share bar, a credit) and questions
    or exclamations (a headline or the article's, either way): the article goes on when CLEAN_TAIL_BODY_MIN_LINES
    lines of running prose (ending with a full stop, CLEAN_PROSE_MIN_WORDS words) come first; a headline (no
    sentence end), a teaser cut short ('...', '…'), a stamp (a dated item of a list), or too little prose before the
    end is a tail.

    `field_text`: the lines are a crawler field dump's text field (clean/fields.py), the article container's own
    text. There a lone widget heading ('Trending Now') stands over the article's last paragraph: what is left to the
    end of the text, when it is nothing but sentences ending with a full stop of at least
    CLEAN_TAIL_FIELD_LAST_MIN_WORDS words (one is enough; no headline, teaser or stamp among them), is the article's
    end, and headings stacked right on it ('Trending Now' / 'ALSO READ') are passed over. On whole pages and in
    paragraph scrapes one sentence under a tail heading is a reader's comment, a disclosure or a prompt as a rule
    (plaintext_dev, BENCHMARKS 'Session 10 (tail)'), so there it stays a tail."""
    if cfg.CLEAN_TAIL_BODY_MIN_LINES <= 0:
        return True  # off: the heading cuts what follows unless a paragraph longer than a lead stands below it
    last = cfg.CLEAN_TAIL_FIELD_LAST_MIN_WORDS if field_text else 0
    prose = sentences = 0  # lines of running prose; sentences of a field dump's text (>= `last` words)
    for line in after:
        kind, n = _line_kind(line, cfg)
        if kind == "marker":
            if last > 0 and not sentences:
                continue  # a heading stacked on the first: the lines below both are read
            return True  # the next heading: what follows it is judged there
        if kind == "skip":
            continue
        if kind == "stop":
            return True
        if n < cfg.CLEAN_PROSE_MIN_WORDS and not 0 < last <= n:
            return True
        sentences += 1
        if n < cfg.CLEAN_PROSE_MIN_WORDS:
            continue  # a short sentence of a field dump's text: the article's end if nothing else follows
        prose += 1
        if prose >= cfg.CLEAN_TAIL_BODY_MIN_LINES:
            return False
    return not (last > 0 and sentences)  # the end of a field dump's text under its sentences: the article's last lines


def inline_headline(after: list[str], cfg: Settings, before: list[str] | tuple = ()) -> int:
    """How many lines below a lone tail heading are its box of linked headlines inside the article ('Baca juga:' /
    'Leia mais' / 'ये भी पढ़ें' / '관련기사' / 'Also read' on its own line, 1 to CLEAN_TAIL_BOX_MAX_HEADLINES headlines
    below it, then the story goes on); 0 when the lines below are no such box.

    A headline: no sentence end, CLEAN_TAIL_HEADLINE_MIN_WORDS to CLEAN_SHORT_LINE_WORDS words, no heading or
    furniture. What follows the box must be the story's running text resuming (`story_resumes`): then the heading and
    its headlines go, the article below stays (review, session 12: a mid-article read-also box cut every paragraph
    below it), unless the text ends with exactly one teaser lead per headline, in their order (`_teaser_lead`, against
    `before`, the article's kept lines above the heading: 'Related stories' / two headlines / their two leads, review12
    finding 24). More headlines than a box holds, or a headline's lead and then the next headline, is a list of other
    stories: that still cuts (review, session 10)."""
    if cfg.CLEAN_TAIL_BODY_MIN_LINES <= 0 or len(after) < 2:
        return 0
    k = 0
    while k < min(len(after) - 1, cfg.CLEAN_TAIL_BOX_MAX_HEADLINES) and _box_headline(after[k], cfg):
        k += 1
    if not k:
        return 0
    rest, story = after[k:], {w.casefold() for b in before for w in _CONTENT.findall(b)}
    if len(rest) == k and all(_teaser_lead(lead, [head], story, cfg) for head, lead in zip(after[:k], rest, strict=True)):
        return 0  # the text ends with each headline's own teaser lead, in order: other stories, a tail
    return k if story_resumes(rest, cfg) else 0


def _box_headline(line: str, cfg: Settings) -> bool:
    if _ends_sentence(line) or not cfg.CLEAN_TAIL_HEADLINE_MIN_WORDS <= units(line) <= cfg.CLEAN_SHORT_LINE_WORDS:
        return False
    return not (tail_marker(line)[0] or classify_line(line, site=[], settings=cfg) or credit_of(line))


def _teaser_lead(line: str, heads: list[str], story: set[str], cfg: Settings) -> bool:
    """Whether `line` below a box is a headline's teaser lead: it shares at least CLEAN_TAIL_LEAD_SHARED_WORDS long
    words with one of `heads`, and more than with the `story` above the box (review12 finding 24: 'Refiner posts
    record quarterly profit' / ... / 'The country's largest refiner reported its highest quarterly profit ...')."""
    own = {w.casefold() for w in _CONTENT.findall(line)}
    best = max((len(own & {w.casefold() for w in _CONTENT.findall(h)}) for h in heads), default=0)
    return best >= cfg.CLEAN_TAIL_LEAD_SHARED_WORDS > 0 and best > len(own & story)


def story_resumes(after: list[str], cfg: Settings) -> bool:
    """Below a read-also box's headlines, is `after` the story's running text going on? Read down, passing over page
    furniture, credits and questions, to the next tail heading, headline, teaser cut short ('...'), stamp or the end:
    CLEAN_TAIL_BODY_MIN_LINES sentences ending with a full stop come first, the first of them running prose
    (CLEAN_PROSE_MIN_WORDS words), each later one at least CLEAN_TAIL_BOX_SENTENCE_MIN_WORDS words (a story's short
    sentence: '야당은 근본적인 대책이 빠졌다며 비판했다.', five words). Other stories' headlines alternate with at most one
    teaser lead each, so a list of them never shows two sentences in a row."""
    sentences = 0
    for line in after:
        kind, n = _line_kind(line, cfg)
        if kind == "skip":
            continue
        if kind != "sentence":
            return False
        need = cfg.CLEAN_TAIL_BOX_SENTENCE_MIN_WORDS if sentences else cfg.CLEAN_PROSE_MIN_WORDS
        if n < need:
            return False
        sentences += 1
        if sentences >= cfg.CLEAN_TAIL_BODY_MIN_LINES:
            return True
    return False


def closing_stories(lines: list[str], cfg: Settings) -> int | None:
    """Index of the heading of a closing run of other stories in the body's language, or None.

    From a short heading (<= CLEAN_TAIL_HEADING_WORDS words, no sentence end) to the end of the text: at least
    CLEAN_TAIL_MIN_STORIES pairs of a headline (no sentence end, >= CLEAN_TAIL_HEADLINE_MIN_WORDS words) and a lead
    (one line that ends a sentence, shorter than CLEAN_TAIL_MAX_LEAD_WORDS), nothing else; above the heading more
    running text than in the run, and a line of running prose right above it (the article's last paragraph)."""
    k = cfg.CLEAN_TAIL_MIN_STORIES
    if k <= 0 or len(lines) < 2 * k + 2:
        return None
    n = len(lines)
    j = n
    stories = 0
    while j >= 2:  # back from the end, pair by pair
        head, lead = lines[j - 2], lines[j - 1]
        if not _story(head, lead, cfg):
            break
        stories += 1
        j -= 2
    if stories < k or j < 2:
        return None
    heading = lines[j - 1]
    if _ends_sentence(heading) or not 0 < units(heading) <= cfg.CLEAN_TAIL_HEADING_WORDS:
        return None
    if not is_running_prose(lines[j - 2], cfg):
        return None  # the article's last paragraph right above the heading
    above = sum(units(s) for s in lines[:j - 1] if is_running_prose(s, cfg))
    run = sum(units(s) for s in lines[j:] if is_running_prose(s, cfg))
    if above <= run:
        return None
    return j - 1


def _story(head: str, lead: str, cfg: Settings) -> bool:
    """A headline and its lead; a junk rule's line ('Share this article', 'Advertisement') is no headline, so the
    article's paragraph below a share bar is no lead (tests/test_clean_foreign.py::test_property_no_body_line_lost)."""
    return not _ends_sentence(head) and cfg.CLEAN_TAIL_HEADLINE_MIN_WORDS <= units(head) <= cfg.CLEAN_SHORT_LINE_WORDS \
        and is_running_prose(lead, cfg) and units(lead) < cfg.CLEAN_TAIL_MAX_LEAD_WORDS \
        and classify_line(head, site=[], settings=cfg) is None


# the reasons of `rules.classify_line` that are the site's own machinery below an article (a share bar, a sign-up or
# comment form, a cookie or paywall notice): where the article ends and the site's closing run begins
CLOSING_MARKS = frozenset(["prompt", "share", "consent", "paywall"])


def closing_after_mark(lines: list[str], marks: list[int], cfg: Settings) -> int | None:
    """Index of the first kept line to cut after a site-machinery line, or None.

    `lines`: the kept lines; `marks`: for each machinery line removed (CLOSING_MARKS, at most
    CLEAN_CLOSING_MARK_MAX_WORDS words), the number of lines kept before it. The first mark with at least
    CLEAN_CLOSING_MIN_WORDS words of text above it (not counting the menu it stands in: CLEAN_CLOSING_MENU_LINES)
    and at most CLEAN_CLOSING_MAX_SHARE of that below it cuts the rest, unless the next paragraph below it (the line right below, or the one after a one-sentence line there) is
    running prose of an ordinary news paragraph's length (a sentence end and >= CLEAN_CLOSING_GOES_ON_WORDS words):
    a share bar or newsletter promo that floats between the article's paragraphs has the article going on below it.
    Only that paragraph counts (a long reader's comment further down is no article), and not even it where a comment's stamp (`_stamp`: a short line with a year or a clock time)
    stands anywhere below the mark: readers' comments under a form."""
    share = cfg.CLEAN_CLOSING_MAX_SHARE
    if share <= 0 or not marks:
        return None
    words = [units(s) for s in lines]
    total = sum(words)
    for m in marks:
        if not 0 < m < len(lines):
            continue
        before = sum(words[:m])
        # the menu the mark stands in ('Home' / 'Business' / 'Login' / 'World' between two paragraphs): the short lines
        # right above it that end no sentence, up to CLEAN_CLOSING_MENU_LINES of them, are no article text (a longer
        # run is the page's own: a results table)
        k = m
        while k > 0 and not _ends_sentence(lines[k - 1]) and words[k - 1] <= cfg.CLEAN_SHORT_LINE_WORDS:
            k -= 1
        menu = sum(words[k:m]) if m - k <= cfg.CLEAN_CLOSING_MENU_LINES else 0
        if before - menu < cfg.CLEAN_CLOSING_MIN_WORDS or total - before > share * before:
            continue
        # the article's next paragraph: the line right below, or the one after a one-sentence line ('It was not
        # immediately clear why.': review, session 9)
        below = lines[m:m + 2] if _ends_sentence(lines[m]) else lines[m:m + 1]
        if any(units(s) >= cfg.CLEAN_CLOSING_GOES_ON_WORDS and _ends_sentence(s) for s in below) and \
                not any(_stamp(s, cfg) for s in lines[m:]):
            continue
        if _same_story_below(lines, k, m, cfg):
            continue  # a menu link ('Kontakt') below the mark, then the article's own prose to the end
        return m
    return None


# a comment's stamp: a clock time ('13:04', '9.45 pm'), or a year with a day's or month's number beside it
# ('17.07.2011', '2024-07-17', '17 July 2024'); a year alone ('Budget 2025', a subheading) is none
_CLOCK = re.compile(r"(?<![\d.:])[012]?\d[:.][0-5]\d(?![\d.:])")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_DAY = re.compile(r"(?<!\d)[0-3]?\d(?!\d)")


def _stamp(line: str, cfg: Settings) -> bool:
    """A comment's header: a short line (<= CLEAN_SHORT_LINE_WORDS words) that ends no sentence and holds a clock
    time or a date (a year and a day number: 'Anna K. 17 July 2011 at 13:04', 'Reply · 3 June 2024')."""
    if units(line) > cfg.CLEAN_SHORT_LINE_WORDS or _ends_sentence(line):
        return False
    return bool(_CLOCK.search(line)) or bool(_YEAR.search(line) and _DAY.search(_YEAR.sub(" ", line)))


_LETTER = re.compile(r"[^\W\d_]")
_CONTENT = re.compile(r"[^\W\d_]{5,}")  # a word of five letters or more: the words a story's subject recurs in


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w in _CONTENT.findall(text)}


def _same_story_below(lines: list[str], k: int, m: int, cfg: Settings) -> bool:
    """Does the article go on below the mark at `m` past the short lines of the menu the mark stands in ('Subscribe
    to our newsletter' / 'World' / 'Kontakt' / the last paragraph)? Up to CLEAN_CLOSING_SAME_STORY_LINES lines of
    letters (at most CLEAN_CLOSING_SAME_STORY_HEAD words each, no sentence end) right below the mark, then nothing
    but running prose to the end of the text (the first line of at least CLEAN_CLOSING_GOES_ON_WORDS words), every
    line of which shares at least CLEAN_CLOSING_SAME_STORY_WORDS words of five letters or more with the article
    above the mark's menu (`lines[:k]`), and no comment's stamp below the mark. A comment form's fields ('Nom *' /
    'Site web') over readers' comments, a second form's heading over its consent text, a bio's heading over the bio
    and other stories' headlines, or a site's self-description, cookie or privacy notice (words of the site, not of
    the article's subject) still go."""
    need = cfg.CLEAN_CLOSING_SAME_STORY_WORDS
    j = m  # past the menu's short lines of letters
    while j < len(lines) and j - m < cfg.CLEAN_CLOSING_SAME_STORY_LINES and not _ends_sentence(lines[j]) \
            and units(lines[j]) <= cfg.CLEAN_CLOSING_SAME_STORY_HEAD and _LETTER.search(lines[j]):
        j += 1
    if need <= 0 or j == m or j >= len(lines):
        return False
    rest = lines[j:]
    if units(rest[0]) < cfg.CLEAN_CLOSING_GOES_ON_WORDS or any(_stamp(s, cfg) for s in lines[m:]):
        return False
    story = _content_words(" ".join(lines[:k]))
    return all(is_running_prose(s, cfg) and len(_content_words(s) & story) >= need for s in rest)
