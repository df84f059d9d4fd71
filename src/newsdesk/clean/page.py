"""Whole-page scrapes: the article is the densest run of running text; menus, footers and sidebars go by shape.

A crawler that keeps a page's whole visible text (Common Crawl WET, `get_text("\\n")`, innerText) writes menus,
breadcrumbs, teaser lists, footers and widgets as runs of short lines around the article. A document is taken for
such a page when it has at least CLEAN_PAGE_MIN_LINES lines and at least CLEAN_PAGE_MIN_SHORT_SHARE of them are
short non-sentences. Its article is then the run of lines with the largest score, where a line of running text
scores its word count and every other line costs CLEAN_PAGE_LINE_COST (the maximum-sum segment, Kadane 1984;
a list item that continues a sentence, opening in lower case, costs only CLEAN_PAGE_FRAGMENT_COST):
short lines inside the article (subheadings, a byline, an image caption) cost less than the prose around them
earns, while a menu or a footer of many short lines costs more than any teaser earns. No vocabulary, so any
language; a file that is an article alone (short lines are few) is left to the line rules.

Hand-written: jusText and trafilatura classify HTML blocks with markup and stop-word lists; plain text has neither,
and this is the shape part of their method (length and density of text per block) on lines.
"""

from __future__ import annotations

import re

from newsdesk.clean.rules import classify_line, tail_marker
from newsdesk.dates.datelines import dateline_alone
from newsdesk.dates.grammar import find_dates
from newsdesk.settings import DEFAULT, Settings

_END = re.compile(r"[.!?…:;][\"”’'»)\]]*$")
_WORD = re.compile(r"[^\W_]+(?:\u00ad[^\W_]+)*", re.UNICODE)  # a soft hyphen inside a word joins it
_BAR = re.compile(r"[^\s|]\s+\|\s+[^\s|]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_STOP = re.compile(r"[.!][\"”’'»)\]]*$")  # a statement (a question or an ellipsis: a prompt, a poll, a teaser)


def line_score(line: str, settings: Settings | None = None) -> float:
    """A line's worth as article text: its words when it is running text, else -CLEAN_PAGE_LINE_COST, or
    -CLEAN_PAGE_FRAGMENT_COST for a fragment of running text (`is_fragment`)."""
    cfg = DEFAULT if settings is None else settings
    n = len(_WORD.findall(line)) + len(_CJK.findall(line)) // 2  # CJK text has no spaces: ~2 characters a word
    if n >= 25 or (n >= 10 and _END.search(line)):
        return float(n)
    if n >= 5 and _END.search(line):
        return 0.0  # a short sentence: neither for nor against
    if is_fragment(line, cfg):
        return -float(cfg.CLEAN_PAGE_FRAGMENT_COST)
    return -float(cfg.CLEAN_PAGE_LINE_COST)


def is_fragment(line: str, settings: Settings | None = None) -> bool:
    """A piece of a sentence on its own line: it opens in lower case and has at least CLEAN_PAGE_FRAGMENT_MIN_WORDS
    words, half of them or more in lower case: a list item inside the article ('bei Frost rollen sich die
    Blütenblätter ein', 'höheres Verschleißrisiko aufgrund einer längeren Nutzungsdauer'). Menus, labels and
    headlines open with a capital or a digit in every script that has case; a caseless script never opens so."""
    cfg = DEFAULT if settings is None else settings
    words = [w for w in _WORD.findall(line) if not w.isdigit()]
    if len(words) < cfg.CLEAN_PAGE_FRAGMENT_MIN_WORDS or not line.lstrip()[:1].islower():
        return False
    return 2 * sum(w[0].islower() for w in words) >= len(words)


_NUMBER = re.compile(r"[-+−]?\d[\d.,:/%]*")


def _cells(line: str) -> list[str]:
    """The cells of a table row written with '|' ('Chelsea | 10 | 24', '| a | b |'); one cell when it has no bar."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def table_rows(lines: list[str], settings: Settings | None = None) -> set[int]:
    """Lines of a table written with vertical bars: at least CLEAN_PAGE_TABLE_MIN_ROWS consecutive lines parted into
    the same number (>= 2) of cells, one column of them numbers below the first row (a league table, a schedule,
    results, a markdown table of figures). A menu or a meta line with bars stands alone; a list of other stories
    ('Headline | Site 20.09.23') has no column of numbers. 0 rows: off."""
    cfg = DEFAULT if settings is None else settings
    least = cfg.CLEAN_PAGE_TABLE_MIN_ROWS
    out: set[int] = set()
    i = 0
    while least > 0 and i < len(lines):
        k = len(_cells(lines[i]))
        j = i + 1
        while k >= 2 and j < len(lines) and len(_cells(lines[j])) == k:
            j += 1
        rows = [_cells(s) for s in lines[i + 1:j]]
        if k >= 2 and j - i >= least and any(all(_NUMBER.fullmatch(r[c]) for r in rows) for c in range(k)):
            out.update(range(i, j))
        i = j
    return out


def table_scores(lines: list[str], scores: list[float], settings: Settings | None = None) -> list[float]:
    """`scores` with a table's rows (`table_rows`) at no cost: a table inside the article parts none of it."""
    rows = table_rows(lines, settings)
    return [max(0.0, sc) if i in rows else sc for i, sc in enumerate(scores)] if rows else scores


def bar_lines(lines: list[str], scores: list[float], spans: list[tuple[int, int]],
              settings: Settings | None = None) -> set[int]:
    """Lines from the best run's start on that are no running text and join parts by a spaced vertical bar
    ('Veröffentlicht unter Allgemein | 19 Kommentare', 'Online-Pressemappe ... | RSS-Feed abonnieren', 'Über uns |
    Autoren | Kontakt'): a meta or link line of the page. Above the run such a line may be the headline with its
    kicker ('Update | Deceased ... identified'); a line opening with the bar is a drawing (a file tree '| |-- pip') or
    a table row. Both stay, and so do the rows of a table (`table_rows`)."""
    if not spans:
        return set()
    start = max(spans, key=lambda ab: sum(scores[ab[0]:ab[1]]))[0]
    rows = table_rows(lines, settings)
    return {i for i in range(start, len(lines)) if scores[i] <= 0 and not lines[i].lstrip().startswith("|")
            and _BAR.search(lines[i]) and i not in rows}


def is_whole_page(lines: list[str], settings: Settings | None = None) -> bool:
    """Many lines, most of them short non-sentences: a whole page's text, not an article alone."""
    cfg = DEFAULT if settings is None else settings
    if len(lines) < cfg.CLEAN_PAGE_MIN_LINES:
        return False
    scores = [line_score(s, cfg) for s in lines]
    short = sum(sc < 0 for sc in scores)
    return short >= cfg.CLEAN_PAGE_MIN_SHORT_SHARE * len(lines) and not article_alone(lines, scores, cfg)


def article_alone(lines: list[str], scores: list[float], settings: Settings | None = None) -> bool:
    """An article with a list in it, not a page: its first line of running text is the first or second line (under
    the headline), its last line is a sentence (no lower-case opening, a full stop, no junk rule's line: a licence, a
    prompt), and the lines between that are no running text stand in at most
    CLEAN_PAGE_ALONE_MAX_LISTS runs (a team line-up, a recipe's ingredients, a fact box). A page opens with its
    menu and ends with its footer, and its boxes part the text in many places (0: off)."""
    cfg = DEFAULT if settings is None else settings
    most = cfg.CLEAN_PAGE_ALONE_MAX_LISTS
    first = next((i for i, sc in enumerate(scores) if sc > 0), None)
    last = lines[-1].lstrip()
    if most <= 0 or first is None or first > 1 or scores[-1] < 0 or not _STOP.search(last) or last[:1].islower() \
            or classify_line(last, site=[], settings=cfg):
        return False
    runs = sum(1 for i in range(first + 1, len(lines)) if scores[i] < 0 <= scores[i - 1])
    return runs <= most


def _best(scores: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """(sum, start, end) of the maximum-sum run within [lo, hi) (the earliest of equal runs); sum 0 when none."""
    best, span = 0.0, (lo, lo)
    run, start = 0.0, lo
    for i in range(lo, hi):
        if run <= 0:
            run, start = scores[i], i
        else:
            run += scores[i]
        if run > best:
            best, span = run, (start, i + 1)
    return best, span[0], span[1]


def _words(lines: list[str], cfg: Settings) -> set[str]:
    """The distinct words of at least CLEAN_PAGE_LATER_RUN_WORD_LETTERS letters in `lines`, casefolded (the short
    function words of any language fall below it)."""
    n = cfg.CLEAN_PAGE_LATER_RUN_WORD_LETTERS
    return {w.casefold() for s in lines for w in _WORD.findall(s) if len(w) >= n}


def _shared(lines: list[str], words: set[str], cfg: Settings) -> float:
    """The share of the distinct long words of `lines` that `words` holds (0 when none)."""
    own = _words(lines, cfg)
    return len(own & words) / len(own) if own else 0.0


def article_spans(lines: list[str], scores: list[float] | None = None,
                  settings: Settings | None = None) -> list[tuple[int, int]]:
    """[start, end) runs of article text, in order: the maximum-sum run, then recursively the best runs left and
    right of it, each kept when its sum reaches CLEAN_PAGE_MIN_RUN_WORDS and CLEAN_PAGE_MIN_RUN_SHARE of the best
    run's (a body interrupted by a long gallery or an ad block keeps both parts; a lone teaser paragraph among
    menus, or an author's bio in the sidebar of a long article, does not reach it); a run at least
    CLEAN_PAGE_LATER_RUN_GAP_LINES lines below the best one needs CLEAN_PAGE_MIN_LATER_RUN_SHARE (a whole menu below
    the article stand comments, teasers and the site's self-description; above it, more often its lead or first
    part; a few lines of an ad or a share bar inside the article part nothing), unless CLEAN_PAGE_LATER_RUN_MIN_SHARED
    of its long words are the best run's (the article's last part below a gallery or an ad block talks of the same
    things as its first). A run below CLEAN_PAGE_MIN_RUN_SHARE that still reaches CLEAN_PAGE_MIN_RUN_WORDS is kept
    when CLEAN_PAGE_SIDE_RUN_MIN_SHARED of its long words are the best run's: the article's intro set apart from a
    long body by a table of contents or a comparison table, the body itself when a longer comment thread won. Above
    the best run such a run needs only CLEAN_PAGE_LEAD_MIN_WORDS: the article's lead further above than
    CLEAN_PAGE_LEAD_LINES (`lead_lines`), past a paywall box or a list of other stories."""
    cfg = DEFAULT if settings is None else settings
    min_words, min_share = cfg.CLEAN_PAGE_MIN_RUN_WORDS, cfg.CLEAN_PAGE_MIN_RUN_SHARE
    sc = scores if scores is not None else [line_score(s, cfg) for s in lines]
    out: list[tuple[int, int]] = []
    todo = [(0, len(sc))]
    first: float | None = None
    first_start = first_end = 0
    first_words: set[str] = set()
    while todo:
        lo, hi = todo.pop()
        total, a, b = _best(sc, lo, hi)
        if total <= 0 or (first is not None and total < (min(min_words, cfg.CLEAN_PAGE_LEAD_MIN_WORDS)
                                                          if b <= first_start else min_words)):
            continue
        if first is not None and (total < min_words or total < min_share * first):
            if _shared(lines[a:b], first_words, cfg) < cfg.CLEAN_PAGE_SIDE_RUN_MIN_SHARED:
                continue  # a light run on another subject: a teaser, a bio, a box of the site's
        elif first is not None and a - first_end >= cfg.CLEAN_PAGE_LATER_RUN_GAP_LINES \
                and total < cfg.CLEAN_PAGE_MIN_LATER_RUN_SHARE * first \
                and _shared(lines[a:b], first_words, cfg) < cfg.CLEAN_PAGE_LATER_RUN_MIN_SHARED:
            continue
        if first is None:
            first, first_start, first_end = total, a, b
            first_words = _words(lines[a:b], cfg)
        out.append((a, b))
        todo.extend([(lo, a), (b, hi)])
    return sorted(out)


def lead_lines(scores: list[float], spans: list[tuple[int, int]], settings: Settings | None = None) -> set[int]:
    """Lines of running text (score >= CLEAN_PAGE_LEAD_MIN_WORDS) within CLEAN_PAGE_LEAD_LINES lines above the best
    run that no run kept: the article's lead (teaser paragraph) printed under the headline, apart from the body by
    the byline, date, share bar or a picture (0 lines: off)."""
    cfg = DEFAULT if settings is None else settings
    if not spans or cfg.CLEAN_PAGE_LEAD_LINES <= 0:
        return set()
    start = max(spans, key=lambda ab: sum(scores[ab[0]:ab[1]]))[0]
    kept = {i for a, b in spans for i in range(a, b)}
    return {i for i in range(max(0, start - cfg.CLEAN_PAGE_LEAD_LINES), start)
            if i not in kept and scores[i] >= cfg.CLEAN_PAGE_LEAD_MIN_WORDS}


def _is_stamp(line: str, cfg: Settings) -> bool:
    """A byline or date stamp: a full calendar date and at most CLEAN_PAGE_STAMP_LOWER_WORDS words beside it that
    open in lower case (names, labels, counts and times are capitalised or digits; a headline or standfirst with a
    date reads as prose: 'Am 14. Juni 2005 hielt Steve Jobs eine Rede')."""
    dates = find_dates(line)
    if not dates:
        return False
    rest = line
    for a, b, _ in reversed(dates):
        rest = rest[:a] + " " + rest[b:]
    return sum(w[0].islower() for w in _WORD.findall(rest)) <= cfg.CLEAN_PAGE_STAMP_LOWER_WORDS


def head_lines(lines: list[str], scores: list[float], flagged: set[int], spans: list[tuple[int, int]],
               settings: Settings | None = None) -> set[int]:
    """The article's head: within CLEAN_PAGE_HEAD_LINES lines directly above the best run, back to the first line of
    running text, the lines of >= CLEAN_PAGE_HEAD_MIN_WORDS words that no junk rule flagged (`flagged`): a
    standfirst or headline printed without a full stop, set apart from the body by the byline, date and share bar.
    The rows of a table (`table_rows`) are no head: a market ticker under the menu ('Sensex | 73,651.35 | +0.42%').
    A dateline alone right above the run is the first paragraph's, whatever its length."""
    cfg = DEFAULT if settings is None else settings
    if not spans or cfg.CLEAN_PAGE_HEAD_LINES <= 0:
        return set()
    start = max(spans, key=lambda ab: sum(scores[ab[0]:ab[1]]))[0]
    rows = table_rows(lines, cfg)
    window = range(start - 1, max(-1, start - 1 - cfg.CLEAN_PAGE_HEAD_LINES), -1)
    out: set[int] = set()
    for i in window:
        if scores[i] > 0:
            break
        if i == start - 1 and dateline_alone(lines[i]):
            out.add(i)  # the first paragraph's dateline on its own line ('ISTANBUL, Apr 23 (PTI):')
        elif i not in flagged and i not in rows and len(_WORD.findall(lines[i])) + len(_CJK.findall(lines[i])) // 2 \
                >= cfg.CLEAN_PAGE_HEAD_MIN_WORDS and not _is_stamp(lines[i], cfg) \
                and not any(trail_to(lines[i], lines[j], cfg) for j in window if j != i):
            out.add(i)
    return out


_TRAIL_END = re.compile(r"\s([^\w\s\"'“”‘’«»()\[\]]{1,2}|»)\s*$")  # the separator before a trail's last part


def trail_to(line: str, headline: str, settings: Settings | None = None) -> bool:
    """`line` is a breadcrumb trail whose last part is `headline` ('Home / India / <headline>', 'News > World >
    <headline>'): it ends with the headline after a spaced separator, and the parts before it (at least
    CLEAN_CRUMB_MIN_PARTS - 1, split by that separator) are section names of at most CLEAN_CRUMB_PART_WORDS words
    with no sentence end. Whatever the headline's length: the trail repeats it, the headline is the article's."""
    cfg = DEFAULT if settings is None else settings
    head = headline.strip()
    if cfg.CLEAN_CRUMB_MIN_PARTS <= 0 or not head or len(line) <= len(head) or not line.endswith(head):
        return False
    sep = _TRAIL_END.search(line[:-len(head)])
    if sep is None:
        return False
    parts = [p.strip() for p in line[:sep.start()].split(f" {sep.group(1)} ")]
    return len(parts) + 1 >= cfg.CLEAN_CRUMB_MIN_PARTS and all(
        p and len(_WORD.findall(p)) <= cfg.CLEAN_CRUMB_PART_WORDS and not _END.search(p) for p in parts)


_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])[:.h]\s?[0-5]\d(?![\d.,]\d)")  # a time of day: 12:45, 14.30, 9h05


def _shape(line: str) -> str:
    """A line's shape: its digits' runs as '0' ('12:45 IST' and '11:00 IST' share '0:0 IST')."""
    return re.sub(r"\d+", "0", line.strip())


def entry_lines(lines: list[str], scores: list[float], spans: list[tuple[int, int]],
                settings: Settings | None = None) -> set[int]:
    """A live blog's earlier entries below a run: when at least CLEAN_PAGE_ENTRY_MIN_STAMPS of the run's lines that
    are no running text share one shape and hold a time of day or a date (an entry's stamp: '12:45 IST', '14.30 Uhr',
    '5 March, 09:10'; a photo credit's '©5 Minuten' is none), a line
    of that shape right below the run with a short statement under it (score >= 0, a full stop) is one more entry
    that the run's sum did not reach; so on down. A stamp in one shape recurring inside the run is the blog's
    structure; a footer or a teaser list does not go on in it (0 stamps: off)."""
    cfg = DEFAULT if settings is None else settings
    need = cfg.CLEAN_PAGE_ENTRY_MIN_STAMPS
    out: set[int] = set()
    for a, b in spans if need > 0 else []:
        counts: dict[str, int] = {}
        for i in range(a, b):
            if scores[i] < 0 and (_CLOCK.search(lines[i]) or find_dates(lines[i])):
                counts[_shape(lines[i])] = counts.get(_shape(lines[i]), 0) + 1
        stamps = {k for k, n in counts.items() if n >= need}
        j = b
        while j + 1 < len(lines) and _shape(lines[j]) in stamps and scores[j + 1] >= 0 \
                and _STOP.search(lines[j + 1]):
            out.update((j, j + 1))
            j += 2
    return out


def trim_tail(scores: list[float], spans: list[tuple[int, int]], settings: Settings | None = None
              ) -> list[tuple[int, int]]:
    """The runs with the best run's tail cut: after the last stretch of >= CLEAN_PAGE_TAIL_GAP_LINES lines that are
    no running text inside the run (a share bar, tags, an author box heading), what follows is cut with that stretch
    when it scores less than CLEAN_PAGE_TAIL_MAX_SHARE of the run (a bio, a prompt, a teaser beside the article's
    end; the article's own later sections weigh more). 0 lines: off.

    The cut then repeats from the shortened run's end (a comment thread, a list of other stories: each comment or
    teaser weighs little beside the article, all of them together may weigh more) while everything cut from the
    run weighs less than CLEAN_PAGE_TAIL_MAX_CUT_RATIO times what stays (0: one cut only)."""
    cfg = DEFAULT if settings is None else settings
    gap = cfg.CLEAN_PAGE_TAIL_GAP_LINES
    if not spans or gap <= 0:
        return spans
    k = max(range(len(spans)), key=lambda j: sum(scores[spans[j][0]:spans[j][1]]))
    a, b = spans[k]
    end = b
    while True:
        start = _tail_cut(scores, a, end, gap, cfg.CLEAN_PAGE_TAIL_MAX_SHARE)
        if start is None:
            break
        if end < b and sum(max(0.0, scores[j]) for j in range(start, b)) \
                >= cfg.CLEAN_PAGE_TAIL_MAX_CUT_RATIO * sum(scores[a:start]):
            break
        end = start
        if cfg.CLEAN_PAGE_TAIL_MAX_CUT_RATIO <= 0:
            break
    return spans if end == b else [*spans[:k], (a, end), *spans[k + 1:]]


def _tail_cut(scores: list[float], a: int, b: int, gap: int, share: float) -> int | None:
    """Where the run [a, b) ends when its tail after the last furniture stretch weighs below `share` of it."""
    run, cut = 0, None
    for j in range(a, b):
        run = run + 1 if scores[j] < 0 else 0
        if run >= gap:
            cut = j + 1
    if cut is None or cut >= b:
        return None
    tail = sum(max(0.0, scores[j]) for j in range(cut, b))
    if tail >= share * sum(scores[a:b]):
        return None
    start = cut - gap
    while start > a and scores[start - 1] < 0:  # the whole stretch of furniture goes with the tail
        start -= 1
    return start


def closing_lines(lines: list[str], scores: list[float], spans: list[tuple[int, int]],
                  settings: Settings | None = None) -> set[int]:
    """The article's own short last statements (score >= 0, a full stop) right below its last run, which the run's
    sum does not reach ('The routes will keep their current timetables.', 'Bids will be accepted until the end of
    June.'), when the article's end is marked below them: the document ends there, or (past lines the line rules
    drop: a share bar, an ad label) a box heading over other stories ('Most Popular', 'Läs också') or a comment
    section (`_comments_open`) follows. Between the run and the statements only the line rules' inline junk may
    stand (an ad label, 'Läs också: <headline>'). A page ends with its footer, and a question or a call below the
    article is a prompt: a statement with other lines after it stays out (CLEAN_PAGE_CLOSING_MARK off: only the
    document's end). At CLEAN_PAGE_CLOSING_MARK 2 statements straight under the run are kept when a line the line
    rules drop (tags, a share bar, a comment form's notice) follows them at once: the article's end is marked there. A live blog's earlier entries below the run are its closing lines too (`entry_lines`)."""
    cfg = DEFAULT if settings is None else settings
    if not spans:
        return set()
    entries = entry_lines(lines, scores, spans, cfg)
    if entries:
        return entries
    n = len(lines)
    end = j = spans[-1][1]
    marks = cfg.CLEAN_PAGE_CLOSING_MARK

    def junk(i: int) -> bool:
        return bool(classify_line(lines[i], site=[], settings=cfg))

    while marks and j < n and (junk(j) or tail_marker(lines[j])[1]):
        j += 1
    k = j
    while k < n and scores[k] >= 0 and _STOP.search(lines[k]) and not junk(k):
        k += 1
    if k == j:
        return set()
    m = k
    while marks and m < n and junk(m):
        m += 1
    if m == n and j == end:
        return set(range(j, k))
    if marks and m < n and (tail_marker(lines[m]) == (True, "") or _comments_open(lines, m, cfg)):
        return set(range(j, k))
    if marks >= 2 and j == end and m > k:
        return set(range(j, k))  # right below the run, and the line rules' furniture (tags, share bar) right below
    return set()


def _comments_open(lines: list[str], m: int, cfg: Settings) -> bool:
    """A comment section opens at line `m`: it or the line below it is a short name line over a date stamp
    ('Margaret Hill says:' / 'March 6, 2024 at 8:14 am', under '2 thoughts on ...')."""
    def dated(line: str) -> bool:  # a date and a few words beside it (a time, 'at', 'um ... Uhr')
        dates = find_dates(line)
        rest = line
        for a, b, _ in reversed(dates):
            rest = rest[:a] + " " + rest[b:]
        return bool(dates) and len(_WORD.findall(rest)) <= cfg.CLEAN_PAGE_HEAD_MIN_WORDS

    return any(i + 1 < len(lines) and len(_WORD.findall(lines[i])) <= cfg.CLEAN_PAGE_HEAD_MIN_WORDS
               and not find_dates(lines[i]) and dated(lines[i + 1]) for i in (m, m + 1))
