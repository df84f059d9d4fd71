"""Plain-text cleaning: repair the text, drop page furniture, keep every paragraph and quotation.

trafilatura needs markup, so plain text gets its own pass, in this order:

1. `repair` (ftfy): mis-decoded UTF-8, control characters, NBSP and zero-width characters.
2. The `.txt` header prefix of line 1 (`` date 2021-03-05 ...``) is cut (`dates.grammar.split_header`).
3. Each line (a paragraph) is judged: template tokens stripped; repeats of earlier lines (including cascade
   suffixes) dropped; corpus boilerplate (`CorpusStats`: lines that recur across many documents of the group);
   a heading such as "Related"/"Also read"/"Trending now" followed by headlines cuts the rest of the page;
   credit lines go to `credits`; generic junk signals (`rules.classify_line`); breadcrumb trails and the dated
   headers of a comment thread by their shape (`shape`); a short non-sentence after the
   article's last long paragraph is the page foot (CLEAN_FOOT_MIN_PARAGRAPHS); then sentences that are corpus
   boilerplate are cut out of the line.
4. The end of the last body line is peeled: editor codes (short all-caps slash codes), END marks, credits,
   licence/copyright statements and inline captions.
5. A later copy of a run of >= 2 sentences is cut (a scrape repeat; a single repeated sentence may be the writer's).
6. Paragraphs are joined with blank lines; hard-wrapped lines of one paragraph are re-joined.

The pass is repeated on its own output until the text is stable (at most 3 more times), so cleaning is
idempotent by construction: `clean_text(clean_text(x).text).text == clean_text(x).text`.
"""

from __future__ import annotations

import re

from newsdesk.clean.appeals import is_appeal
from newsdesk.clean.calls import heads_paragraph
from newsdesk.clean.corpus import CorpusStats
from newsdesk.clean.credits import stamp_credit
from newsdesk.clean.fields import split_fields
from newsdesk.clean.foreign import foreign_tail, sure_language, units
from newsdesk.clean.furniture import furniture_lines
from newsdesk.clean.inline import (
    is_arrow_link,
    is_bio,
    is_closing_bio,
    is_disclaimer,
    is_disclosure,
    is_link_label,
    is_signup_call,
)
from newsdesk.clean.page import (
    article_spans,
    bar_lines,
    closing_lines,
    head_lines,
    is_whole_page,
    lead_lines,
    line_score,
    table_scores,
    trim_tail,
)
from newsdesk.clean.rules import (
    classify_line,
    credit_of,
    is_protected,
    is_sentence,
    is_title_case_label,
    looks_like_headline,
    peel_tail,
    site_keys,
    strip_templates,
    tail_marker,
)
from newsdesk.clean.shape import caption_credit, dated_headers, is_breadcrumb
from newsdesk.clean.tail import (
    CLOSING_MARKS,
    article_goes_on,
    closing_after_mark,
    closing_stories,
    event_line,
    inline_headline,
    next_article_line,
    other_stories_follow,
)
from newsdesk.clean.text import repair, sentences, squash, word_count
from newsdesk.clean.widgets import box_heading, glued_link
from newsdesk.dates.datelines import dateline_alone, match_dateline
from newsdesk.dates.grammar import split_header
from newsdesk.model import Cleaned, Removal
from newsdesk.settings import DEFAULT, Settings

__all__ = ["CorpusStats", "clean_text", "repair"]

_MAX_PASSES = 4
# one capitalised word or capitals, maybe with a short abbreviation, as the text's last line ('Kazinform', 'Videos', 'BNS
# inf.'): no credit is claimed (an agency's name and a site's link read alike; an unnamed agency is a credit only where
# the dateline names it: tests/test_clean_foreign.py)
_LONE_WORD = re.compile(r"^(?-i:[A-ZÀ-ÞА-ЯЁЂ-ЏΑ-Ω])[^\W\d_'’-]{1,19}(?:\s+[^\W\d_]{2,4}\.)?$")
_END_MARK = re.compile(r"^\W*(?i:end|ends|ende|fin|fim|koniec|конец|kraj|loppu|slut|son)\W*$")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"”’'\)\]]*$")  # a short sentence ("Williams agreed.") is no foot line
_EN_FUNCTION = frozenset(
    ["the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "as", "by", "at", "from", "his", "he", "it", "has", "have", "be", "are", "were", "an", "its"])


def clean_text(text: str, *, stats: CorpusStats | None = None, group: str = "",
               settings: Settings | None = None) -> Cleaned:
    """Clean one plain-text article. `stats`/`group`: corpus evidence of the document's group (source/folder);
    `settings`: the run's Settings, whose CLEAN_* values every step reads (DEFAULT when None)."""
    cfg = DEFAULT if settings is None else settings
    res, settled = _clean_once(text or "", stats, group, cfg)
    if not settled:
        for _ in range(_MAX_PASSES - 1):
            again, _ = _clean_once(res.text, stats, group, cfg)
            if again.text == res.text:
                break
            res = Cleaned(text=again.text, title=res.title or again.title,
                          credits=tuple(dict.fromkeys(res.credits + again.credits)),
                          removed=res.removed + again.removed, lang=again.lang)
    if stats is not None and not res.text and any(r.reason == "boilerplate" for r in res.removed):
        alone = clean_text(text, stats=None, group=group, settings=cfg)  # corpus evidence never empties an article
        if any(_is_prose(u, cfg) for p in alone.text.split("\n\n") for u in sentences(p)):
            return alone
    return res


def _is_prose(unit: str, cfg: Settings) -> bool:
    """Real prose: at least CLEAN_PROSE_MIN_WORDS words, and a full stop or mostly lower-case words (not a menu)."""
    words = re.findall(r"[^\W\d_]+", unit)
    if len(words) < cfg.CLEAN_PROSE_MIN_WORDS:
        return False
    return is_sentence(unit) or 2 * sum(w[0].islower() for w in words) >= len(words)


def _is_article_paragraph(line: str, cfg: Settings) -> bool:
    """A paragraph longer than other stories' leads (>= CLEAN_TAIL_MAX_LEAD_WORDS words, ending a sentence)."""
    return word_count(line) >= cfg.CLEAN_TAIL_MAX_LEAD_WORDS and is_sentence(line)


def _is_short_non_sentence(line: str, cfg: Settings) -> bool:
    return not is_sentence(line) and word_count(line) <= cfg.CLEAN_SHORT_LINE_WORDS


def _clean_once(text: str, stats: CorpusStats | None, group: str, cfg: Settings) -> tuple[Cleaned, bool]:
    t = repair(text)
    raw_lines = t.split("\n")
    removed: list[Removal] = []
    credits: list[str] = []

    for idx, ln in enumerate(raw_lines):  # the header prefix of the first non-blank line
        if ln.strip():
            head, _iso, rest = split_header(ln)
            if head:
                removed.append(Removal(head, "header"))
                raw_lines[idx] = rest
            break

    items: list[tuple[int, str]] = []
    block = 0
    for ln in raw_lines:
        s = squash(ln)
        if s:
            items.append((block, s))
        else:
            block += 1

    lines = [s for _, s in items]
    field_title = None
    dump = split_fields(lines, stats, group, cfg) if len(lines) >= cfg.CLEAN_FIELD_MIN_LABELS else None
    if dump:
        field_title = dump.title
        removed.extend(Removal(s, reason) for s, reason in dump.removed)
        credits.extend(s for s, reason in dump.removed if reason == "credit")
        items = [(items[i][0], s) for i, s in dump.text]
        lines = [s for _, s in dump.text]
    if is_whole_page(lines, cfg):
        flagged = {i for i, s in enumerate(lines) if classify_line(s, site=[], settings=cfg)}
        scores = table_scores(lines, [-float(cfg.CLEAN_PAGE_LINE_COST) if i in flagged else line_score(s, cfg)
                                      for i, s in enumerate(lines)], cfg)
        spans = trim_tail(scores, article_spans(lines, scores, cfg), cfg)
        keep = {i for a, b in spans for i in range(a, b)} | lead_lines(scores, spans, cfg) \
            | head_lines(lines, scores, flagged, spans, cfg) | closing_lines(lines, scores, spans, cfg)
        if keep:
            # inside the article's runs, a short heading that ends in ":" over a line that is no running text
            # introduces a box of links or a caption ("Lesen Sie auch:", "Titelbild:"), not the story
            keep -= {i for i in keep if scores[i] < 0 and lines[i].endswith(":") and word_count(lines[i]) <= 6
                     and (i + 1 >= len(lines) or scores[i + 1] <= 0)}
            keep -= {i for i in keep if scores[i] <= 0 and caption_credit(lines[i], cfg)}  # a caption and its credit
            keep -= bar_lines(lines, scores, spans, cfg)  # a meta or link line parted by '|' inside the article's runs
        if keep:
            removed.extend(Removal(s, "page") for i, s in enumerate(lines) if i not in keep)
            items = [it for i, it in enumerate(items) if i in keep]

    cut = foreign_tail([s for _, s in items], cfg)
    if cut is not None:  # other stories' headlines and leads in another language than the body close the text
        for _, s in items[cut:]:
            c = credit_of(s)
            if c:
                credits.append(c)
            removed.append(Removal(s, "credit" if c else "tail"))
        items = items[:cut]

    cut = closing_stories([s for _, s in items], cfg)
    if cut is not None:  # a short heading over other stories' headlines and leads closes the text (clean/tail.py)
        removed.extend(Removal(s, "tail") for _, s in items[cut:])
        items = items[:cut]

    site = site_keys(group)
    # a short non-sentence line that stands twice in one page (the site's name in the masthead and the footer)
    seen: dict[str, int] = {}
    for _, s in items:
        seen[s] = seen.get(s, 0) + 1
    twice = {k for k, n in seen.items() if n >= 2 and word_count(k) <= cfg.CLEAN_PAGE_REPEAT_MAX_WORDS
             and not is_sentence(k) and not is_protected(k)}
    # index (1-based, as `i` below after its increment) of the last line of prose: lines after it are the page foot
    last_prose = max((n + 1 for n, (_, s) in enumerate(items)
                      if _is_prose(s, cfg) and is_sentence(s) and not is_title_case_label(s)), default=0)
    # the article's end: its last paragraph longer than other stories' leads; after it, when the text holds at least
    # CLEAN_FOOT_MIN_PARAGRAPHS such paragraphs, a short line that is no sentence is the page foot
    longs = [n + 1 for n, (_, s) in enumerate(items) if _is_article_paragraph(s, cfg)]
    # and after the last line of prose (a short line with prose below it is the article's subheading)
    foot_after = max(longs[-1], last_prose) if cfg.CLEAN_FOOT_MIN_PARAGRAPHS > 0 \
        and len(longs) >= cfg.CLEAN_FOOT_MIN_PARAGRAPHS else len(items) + 1
    headers = dated_headers([s for _, s in items], cfg)
    # the agency the dateline names ('SYDNEY, AUGUST 9 (AAP) -'): that name alone on a line is the story's credit
    wire = next((d.agency for _, s in items[:3] if (d := match_dateline(s)) is not None and d.agency), None)
    furniture = furniture_lines([s for _, s in items], cfg)  # a gallery, an author box, a comment policy (furniture.py)
    kept: list[list] = []  # [block, line]
    marks: list[int] = []  # lines kept before each share bar / site form removed (clean/tail.py closing_after_mark)
    i = 0
    while i < len(items):
        blk, s = items[i]
        i += 1
        s, pieces = strip_templates(s)
        removed.extend(Removal(p, "template") for p in pieces)
        if not s:
            continue
        if len(s) >= cfg.CLEAN_REPEAT_MIN_CHARS and any(s in k for _, k in kept if len(k) >= len(s)):
            removed.append(Removal(s, "repeat"))
            continue
        if i - 1 in furniture:
            removed.append(Removal(s, furniture[i - 1]))
            if furniture[i - 1] in CLOSING_MARKS and word_count(s) <= cfg.CLEAN_CLOSING_MARK_MAX_WORDS:
                marks.append(len(kept))  # a cookie banner's line read with its neighbours marks the closing run too
            continue
        is_marker, headline = tail_marker(s)
        if is_marker and not kept and any(_is_article_paragraph(rest, cfg) for _, rest in items[i:]):
            removed.append(Removal(s, "tail"))  # a menu's "Trending" heading above the article
            continue
        if is_marker and kept:
            nxt = next_article_line([t for _, t in items[i:]], site, cfg)  # past an ad line or a second link
            if headline and nxt is not None and article_goes_on(nxt, cfg):
                removed.append(Removal(s, "tail"))  # an inline "Also read: <headline>" inside the article
                continue
            if not headline and (box := inline_headline([rest for _, rest in items[i:]], cfg,
                                                                 [t for _, t in kept])):
                removed.append(Removal(s, "tail"))  # 'Baca juga:' over 1-3 linked headlines, the article below them
                removed.extend(Removal(t, "read_more") for _, t in items[i:i + box])
                i += box
                continue
            if any(_is_article_paragraph(rest, cfg) for _, rest in items[i:]) \
                    or not other_stories_follow([rest for _, rest in items[i:]], cfg, field_text=dump is not None):
                # the article goes on below the heading (a menu's "Trending", a "Related" box inside the story, a lone
                # heading whose box was not scraped): only what follows as other stories' headlines and leads is a
                # tail, so the heading alone goes
                removed.append(Removal(s, "tail"))
                continue
            for _, rest in [(blk, s), *items[i:]]:  # the page from here on carries other stories
                c = credit_of(rest)
                if c:
                    credits.append(c)
                    removed.append(Removal(rest, "credit"))
                else:
                    removed.append(Removal(rest, "tail"))
            break
        c = credit_of(s, wire, end=i > last_prose, below=items[i][1] if i < len(items) else None)
        if c:  # a credit line is a credit even when it recurs across the group
            credits.append(c)
            removed.append(Removal(s, "credit"))
            continue
        reason = classify_line(s, site=site, settings=cfg)
        if reason == "author" and i <= last_prose and cfg.CLEAN_AUTHOR_SUBHEAD_MIN_PROSE > 0 and sum(
                _is_prose(k, cfg) and is_sentence(k) for _, k in kept) >= cfg.CLEAN_AUTHOR_SUBHEAD_MIN_PROSE:
            reason = None  # 'By Popular Demand' between paragraphs: a subheading (an author line heads or ends the text)
        if reason == "ad" and heads_paragraph(s, items[i][1] if i < len(items) else None):
            reason = None  # 'Werbung' over a paragraph on advertising: its subheading (clean/calls.py)
        if reason == "timestamp" and event_line(s, [k for _, k in kept], next_article_line(
                [t for _, t in items[i:]], site, cfg), [t for _, t in items], cfg):
            reason = None  # an event's date line down in the story (clean/tail.py)
        if not reason and (i - 1 in headers or is_breadcrumb(s, cfg) and not is_protected(s)):
            reason = "breadcrumb"  # a trail of section names; a comment's or post's dated header in a thread
        if not reason and is_disclosure(s, cfg):
            reason = "disclosure"  # the page's paid links disclosed above or inside the story (clean/inline.py)
        if not reason and is_bio(s, cfg):
            reason = "bio"  # the writer's bio set above or inside the story (clean/inline.py)
        if not reason and (is_link_label(s, cfg) or is_arrow_link(s, cfg)):
            reason = "read_more"  # "MIRA: <headline>", ">> <headline> <<" (clean/inline.py)
        if not reason and is_signup_call(s, cfg):
            reason = "signup"  # "Sign up to get the best content ..." (clean/inline.py; no closing mark)
        if not reason and i == len(items) > max(last_prose, 1) and is_sentence(items[i - 2][1]) \
                and _LONE_WORD.match(s) and not _END_MARK.match(s):
            reason = "foot"  # one word alone under the story's last sentence: a site's link, an agency's name or code
        if not reason and is_appeal(s, cfg) and all(not (_is_prose(t, cfg) and is_sentence(t)) or is_appeal(t, cfg)
                                                    for _, t in items[i:]):  # no story prose below (review14 f. 7)
            reason = "appeal"  # 'Become a supporter today.': the site asks for the reader's money (clean/appeals.py)
        if not reason and box_heading(s, [t for _, t in items[i:i + cfg.CLEAN_BOX_MIN_LINES]], cfg, lambda b: classify_line(
                b, site=site, settings=cfg) or ("signup" if is_signup_call(b, cfg) else None)):
            reason = "box"  # 'The Morning Brief' over a newsletter box's pitch, field and button (clean/widgets.py)
        if not reason and is_disclaimer(s, cfg):
            reason = "disclaimer"  # "(Alle Angaben ohne Gewähr)" (clean/inline.py)
        if not reason and s in twice:
            reason = "page_repeat"
        if not reason and i > last_prose and is_title_case_label(s):
            reason = "label"  # a footer link "Our Standards: The Trust Principles" after the last paragraph
        if not reason and removed and removed[-1].reason == "label" and removed[-1].text.rstrip().endswith(":") \
                and looks_like_headline(s) and re.search(r"[,|;]", s):
            reason = "label"  # the value list of a bare "Tags:" / "Topics:" label on the line before
        if not reason and i > foot_after and _is_short_non_sentence(s, cfg) and not is_protected(s) \
                and not _ENDS_SENTENCE.search(s):
            reason = "foot"  # tags, share bar, author line, prompt after the article's last paragraph
        if not reason and stats is not None and _is_short_non_sentence(s, cfg) and stats.is_boilerplate(group, s, cfg):
            reason = "boilerplate"  # recurring page furniture may go wherever it stands
        if reason:
            removed.append(Removal(s, reason))
            if reason == "timestamp" and (c := stamp_credit(s)):
                credits.append(c)  # 'March 5, 2024 | Source: Reuters': the stamp's source is the story's credit
            if reason in CLOSING_MARKS and word_count(s) <= cfg.CLEAN_CLOSING_MARK_MAX_WORDS:
                marks.append(len(kept))
            continue
        if (glued := glued_link(s, tail_marker, lambda u: is_link_label(u, cfg), lambda u: classify_line(
                u, site=site, settings=cfg) in ("share", "read_more"))) is not None:
            s = glued[0]  # '... on Friday. Also Read | <headline>': a link or call glued after a kept line's last
            # sentence (clean/widgets.py)
            removed.append(Removal(glued[1], classify_line(glued[1], site=site, settings=cfg) or "read_more"))
        kept.append([blk, s])
    cut = closing_after_mark([k for _, k in kept], marks, cfg)
    if cut is not None:  # the site's closing run below its share bar or sign-up form (comments, bios, footers)
        removed.extend(Removal(k, "closing") for _, k in kept[cut:])
        kept = kept[:cut]

    _peel(kept, removed, credits, cfg)
    if len(kept) > 2 and is_closing_bio(kept[-1][1], [k for _, k in kept[:-1]], cfg):
        removed.append(Removal(kept.pop()[1], "bio"))  # 'Jane Doe is a senior reporter covering ...' (clean/inline.py)
    if stats is not None and kept:
        _corpus_edges(kept, removed, credits, stats, group, cfg)
        _peel(kept, removed, credits, cfg)

    kept = _drop_repeated_runs(kept, removed, cfg)
    paragraphs = _paragraphs(kept)
    body = "\n\n".join(paragraphs)
    title = field_title or (paragraphs[0] if len(paragraphs) > 1 and _is_title(paragraphs[0]) else None)
    # Settled: nothing was removed and the lines were only re-spaced, so a second pass would see the same lines in
    # the same order and decide the same (the fixpoint check of clean_text is then skipped: half the time).
    settled = not removed and paragraphs == [s for _, s in items] and repair(body) == body
    return Cleaned(text=body, title=title, credits=tuple(dict.fromkeys(credits)), removed=tuple(removed),
                   lang=_lang(body, cfg)), settled


def _peel(kept: list[list], removed: list[Removal], credits: list[str], cfg: Settings) -> None:
    """Footer furniture glued to the end of the last body line (codes, END, credits, licence, captions)."""
    while kept:
        rest, cuts = peel_tail(kept[-1][1], cfg)
        for piece, reason in cuts:
            if reason == "credit":
                credits.append(piece)
            removed.append(Removal(piece, reason))
        if rest:
            kept[-1][1] = rest
            return
        kept.pop()


def _corpus_edges(kept: list[list], removed: list[Removal], credits: list[str], stats: CorpusStats,
                  group: str, cfg: Settings) -> None:
    """Cut recurring sentences/lines where boilerplate lives: the runs at the head and tail of the document.

    A recurring unit inside the body stays (a quote every copy of a story carries, a templated sentence), and the
    cut is dropped altogether when it would take the whole body or more than half of its sentence units: corpus
    evidence alone never removes the article itself (copies of one story, templated records).
    """
    flat = [(li, u) for li, (_, line) in enumerate(kept) for u in sentences(line)]
    whole: dict[int, bool] = {}

    def flagged(k: int) -> bool:
        li, u = flat[k]
        if li not in whole:
            whole[li] = stats.is_boilerplate(group, kept[li][1], cfg)
        # a one-word unit that its line goes on from is an abbreviation or a number ('Rep. Duncan Hunter, R-Calif.,
        # ...': many stories of a politics site open with 'Rep.'; '1. Februar 2022 ...'): it recurs with what follows
        # it on its line or not at all
        clipped = len(u.split()) == 1 and k + 1 < len(flat) and flat[k + 1][0] == li
        return whole[li] or stats.is_boilerplate(group, u, cfg) and (
            not clipped or stats.is_boilerplate(group, flat[k + 1][1], cfg))

    drop: set[int] = set()
    j = 0
    while j < len(flat) and flagged(j):
        drop.add(j)
        j += 1
    j = len(flat) - 1
    while j >= 0 and j not in drop and flagged(j):
        drop.add(j)
        j -= 1
    if not drop or len(drop) > cfg.CLEAN_CORPUS_MAX_CUT_SHARE * len(flat):
        return
    for k in sorted(drop):
        u = flat[k][1]
        c = credit_of(u)
        if c:
            credits.append(c)
        removed.append(Removal(u, "credit" if c else "boilerplate"))
    lines: dict[int, list[str]] = {}
    for k, (li, u) in enumerate(flat):
        if k not in drop:
            lines.setdefault(li, []).append(u)
    kept[:] = [[blk, " ".join(lines[li])] for li, (blk, _) in enumerate(kept) if li in lines]


def _drop_repeated_runs(kept: list[list], removed: list[Removal], cfg: Settings) -> list[list]:
    """Cut a later copy of a run of consecutive sentences (>= CLEAN_RUN_MIN_SENTENCES, >= CLEAN_RUN_MIN_CHARS)."""
    flat = [(li, u) for li, (_, line) in enumerate(kept) for u in sentences(line)]
    keys = [squash(u) for _, u in flat]
    if len(set(keys)) == len(keys):  # no sentence occurs twice: nothing to cut
        return kept
    seen: dict[str, list[int]] = {}
    drop: set[int] = set()
    j = 0
    while j < len(flat):
        best = 0
        for i0 in seen.get(keys[j], ()):
            n = 0
            while j + n < len(flat) and i0 + n < j and keys[i0 + n] == keys[j + n] and (j + n) not in drop:
                n += 1
            best = max(best, n)
        if best >= cfg.CLEAN_RUN_MIN_SENTENCES and \
                sum(len(keys[j + k]) for k in range(best)) >= cfg.CLEAN_RUN_MIN_CHARS:
            drop.update(range(j, j + best))
            removed.append(Removal(" ".join(keys[j:j + best]), "repeat"))
            j += best
            continue
        seen.setdefault(keys[j], []).append(j)
        j += 1
    if not drop:
        return kept
    out: list[list] = []
    for li, (blk, _) in enumerate(kept):
        units = [flat[k][1] for k in range(len(flat)) if flat[k][0] == li and k not in drop]
        if units:
            out.append([blk, " ".join(units)])
    return out


def _paragraphs(kept: list[list]) -> list[str]:
    """Kept lines -> paragraphs; a line that continues a hard-wrapped sentence in the same block is re-joined."""
    paras: list[str] = []
    prev_blk = None
    for blk, line in kept:
        if paras and dateline_alone(paras[-1]) or paras and blk == prev_blk and not re.search(r"[.!?…:;\"”’'\)\]]$", paras[-1]) and re.match(
                r"[a-z0-9(,;]", line):  # "TEHRAN -" alone on a line opens the next paragraph
            paras[-1] = paras[-1] + " " + line
        else:
            paras.append(line)
        prev_blk = blk
    return paras


_TITLE_LEAD = re.compile(r"[\W_]*")  # opening quote marks, brackets and dashes before a headline's first word


def _is_title(line: str) -> bool:
    """A headline-shaped first paragraph of 3+ words whose first word is no lower-case word: a capital, a figure
    ('100 days in, ...'), or a letter of a script without case (Hindi, Arabic, Chinese), after any opening quote mark
    or bracket ('“We will not raise taxes,” says ...', '[UPDATED] ...'; review13 findings 1 and 13). Words of a script
    without spaces are counted as clean/foreign.units does (two Han characters a word: '上海地铁新线路本周开通 预计日均客流十万人次')."""
    if not (looks_like_headline(line) and max(word_count(line), units(line)) >= 3):
        return False
    first = line[_TITLE_LEAD.match(line).end():][:1]
    return bool(first) and not first.islower()


def _lang(body: str, cfg: Settings) -> str | None:
    """'en' when English function words are frequent enough to tell (>= 30 words, >= 15% function words), unless the
    language model is sure (CLEAN_FOREIGN_SURE_PROB) of another language: 'a', 'no', 'in' are Portuguese, Spanish,
    Italian words too, and a short Portuguese story had 15% of them (probe p13d_brazil_yearless_dateline_segunda)."""
    words = re.findall(r"[a-z]+", body[:5000].lower())
    if len(words) < 30:
        return None
    share = sum(map(_EN_FUNCTION.__contains__, words)) / len(words)
    if share < 0.15:
        return None
    other = sure_language(body[:5000], cfg.CLEAN_FOREIGN_SURE_PROB)
    return None if other is not None and other != "en" else "en"
