"""The original publication day of a parsed page.

Sources, all read from the one parsed tree: JSON-LD `datePublished` of the article object (other typed objects only
as a fallback), publication meta tags (`article:published_time`, `og:published_time`, `itemprop=datePublished`,
Dublin Core ...), htmldate with `original_date=True` (header, JSON, URL and page text), and the days printed near
the headline. Hand-written because htmldate mixes "modified" tags into its first-found rule and does not weigh the
date a reader sees under the headline; how each source is combined was measured on htmldate_dev (BENCHMARKS.md).
"""

from __future__ import annotations

import json
import re
import warnings
from copy import deepcopy
from datetime import date, datetime

from lxml.html import HtmlElement

from newsdesk.dates.grammar import PUBLISH_CUE, UPDATE_CUE, find_dates, valid
from newsdesk.html.page import SKIP_TAGS, comment_sections, headline
from newsdesk.html.zones import local_days, numeric_order, offset_stated
from newsdesk.model import Dating
from newsdesk.settings import (
    DATING_EARLIEST_DAY,
    HTML_BYLINE_DAY_CHARS,
    HTML_BYLINE_PROSE_WORDS,
    HTML_HEADLINE_DATE_AFTER,
    HTML_HEADLINE_DATE_BEFORE,
    HTML_HEADLINE_DATE_IN_ARTICLE,
    HTML_PRINTED_MAX_DAYS,
    HTML_PRINTED_NOT_PROSE,
    HTML_QUOTED_DAYS_SKIP,
    HTML_URL_DAY_CONFIRMS,
    HTML_URL_DAY_MAX_SHIFT,
)

_ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T|\D)")
_EARLIEST = date.fromisoformat(DATING_EARLIEST_DAY)  # a page is no older than the web

# meta names/properties that name the original publication (lower-cased); checked in this order
_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "published_time", "datepublished", "date.published", "article.published", "article_date_original",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
    "publication_date", "publish-date", "publishdate", "publish_date", "pubdate", "originalpublicationdate",
    "cxenseparse:recs:publishtime", "article.created", "created", "date_published",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified",
                  "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "updated_time")
_JSON_MAX_DEPTH = 40
_ARTICLE_TYPES = re.compile(r"(article|posting|report|review|recipe|newsarticle|story|liveblog)", re.IGNORECASE)


def _iso_day(value: object, today: date | None = None) -> str | None:
    """A date-ish string -> 'YYYY-MM-DD' when it reads unambiguously as a plausible calendar day, else None."""
    if not isinstance(value, str):
        return None
    s = value.strip()[:64]
    if not s:
        return None
    m = _COMPACT_RE.match(s)
    groups = m.groups() if m else None
    if groups is None:
        m = _ISO_RE.search(s)
        groups = m.groups() if m else None
    if groups is not None:
        iso = valid(int(groups[0]), int(groups[1]), int(groups[2]))  # the one grammar's calendar check
        if iso is None:
            return None
        d = date.fromisoformat(iso)
    else:
        try:
            from dateutil import parser as dparser

            with warnings.catch_warnings():  # "tzname EDT not understood": the day is all we keep
                warnings.simplefilter("ignore")
                d = dparser.parse(s, default=datetime(1, 1, 1)).date()
                # a value without a day ('2022-02', 'February 2022') takes the default's: no day stated
                if dparser.parse(s, default=datetime(2, 2, 2)).date().day != d.day:
                    return None
        except (ValueError, OverflowError, TypeError):
            return None
        if d.year == 1:
            return None
    upper = today or date.today()
    if not (_EARLIEST <= d <= date(upper.year + 1, 12, 31)):
        return None
    return d.isoformat()


def _walk_json(obj, out: list[tuple[str, str | None, str | None]], depth: int = 0) -> None:
    if depth > _JSON_MAX_DEPTH:  # a page's JSON-LD nests a few levels; deeper is no article object
        return
    if isinstance(obj, list):
        for x in obj:
            _walk_json(x, out, depth + 1)
    elif isinstance(obj, dict):
        typ = obj.get("@type")
        typ = " ".join(t for t in typ if isinstance(t, str)) if isinstance(typ, list) else str(typ or "")
        pub = obj.get("datePublished") or obj.get("dateCreated")
        mod = obj.get("dateModified")
        if pub or mod:
            out.append((typ, pub if isinstance(pub, str) else None, mod if isinstance(mod, str) else None))
        for k, v in obj.items():
            if isinstance(v, (list, dict)) and k != "@context":
                _walk_json(v, out, depth + 1)


def _jsonld_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    """Raw (published, modified) strings of the article object in the page's JSON-LD.

    Objects of other types (WebPage, ImageObject, ...) only count when no article-like object carries a date."""
    found: list[tuple[str, str | None, str | None]] = []
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):  # not JSON, or nested past the interpreter's stack
            continue
        _walk_json(data, found)
    if not found:
        return None, None
    found.sort(key=lambda t: 0 if _ARTICLE_TYPES.search(t[0]) else 1)  # stable: document order within a rank
    pub = next((p for _, p, _m in found if _iso_day(p)), None)
    mod = next((m for _, _p, m in found if _iso_day(m)), None)
    return pub, mod


def _meta_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    """Raw (published, modified) strings from <meta> tags, itemprop attributes and <time pubdate>."""
    seen: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or meta.get("http-equiv") or "")
        key = key.strip().lower()
        if key and key not in seen and (content := meta.get("content")):
            seen[key] = content
    pub = next((seen[k] for k in _PUBLISHED_META if k in seen and _iso_day(seen[k])), None)
    mod = next((seen[k] for k in _MODIFIED_META if k in seen and _iso_day(seen[k])), None)
    if pub is None:
        for el in tree.xpath('.//*[@itemprop="datePublished"] | .//time[@pubdate]'):
            value = el.get("content") or el.get("datetime") or (el.text_content() if el.tag != "meta" else "")
            if _iso_day(value):
                pub = value
                break
    return pub, mod


_TEXT_DATE_RE = re.compile(
    r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)"
    r"|(?:19|20)\d\d-\d\d-\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d"
    r"|\d{1,2}\.?\s+[^\W\d_]{3,12}\.?,?\s+(?:19|20)\d\d"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
)
# words that announce a modification date, in the languages of the dev pages and their neighbours (session 14: and
# of the probe portals' languages: Hebrew 'עודכן:', Turkish 'Güncelleme Tarihi:', Korean '수정', Japanese '最終更新:')
_UPDATE_CUE_RE = re.compile(
    r"(updated|update:|modified|edited|revised|aktualisiert|geändert|zuletzt|stand:|mis à jour|modifié|actualizado|"
    r"actualización|aggiornato|bijgewerkt|zaktualizowano|atualizado|aktualizováno|päivitetty|oppdatert|opdateret|"
    r"uppdaterad|güncelle\w*|обновлено|оновлено|עודכן|تحديث|cập nhật|diperbarui|更新|수정)\W*\w*\W*$", re.IGNORECASE)
_UPDATE_ATTR_RE = re.compile(r"modif|updat|aktualis", re.IGNORECASE)


def _text_day(snippet: str) -> str | None:
    from htmldate.extractors import try_date_expr

    today = date.today()
    try:
        found = try_date_expr(snippet, "%Y-%m-%d", False, datetime.combine(_EARLIEST, datetime.min.time()),
                               datetime(today.year + 1, 12, 31))
    except Exception:  # noqa: BLE001 -- htmldate's parsers have no error contract
        return None
    return _iso_day(found) if found else None


def _printed_days(text: str, context: str) -> list[tuple[int, str]]:
    """(offset, day) of each date written in `text`, except dates announced as an update ("Aktualisiert am ...").
    `context` is the visible text just before `text` (a cue often sits in its own <span>)."""
    out = []
    for m in _TEXT_DATE_RE.finditer(text):
        before = (context + text[:m.start()])[-40:]
        if _UPDATE_CUE_RE.search(before):
            continue
        if d := numeric_order(m.group(), (context + " " + text[:m.start()])[-20:]) or _text_day(m.group()):
            out.append((m.start(), d))
    return out


def _in_prose(text: str, at: int = 10 ** 6) -> bool:
    """A text node that reads as a sentence of the story (HTML_BYLINE_PROSE_WORDS words or more, a sentence end):
    a day written in it at `at` is an event's day ('... on March 3, 2024, police said.'), never a byline's; one among
    the node's first HTML_BYLINE_PROSE_WORDS // 2 words is its dateline ('Karlsruhe, (12.11.2021). Traditionell ...')."""
    return bool(HTML_BYLINE_PROSE_WORDS) and len(text.split()) >= HTML_BYLINE_PROSE_WORDS \
        and len(text[:max(at, 0)].split()) >= HTML_BYLINE_PROSE_WORDS // 2 \
        and text.rstrip().endswith((".", "!", "?", "。", "”", '"')) and not _stamp_sentence(text, at)


def _stamp_sentence(text: str, at: int) -> bool:
    """The day at `at` stands in a short sentence (under HTML_BYLINE_PROSE_WORDS words) that a publish or update cue
    opens: a stamp, even in a line of stamps that reads as one long sentence ('<em>Last modified on March 7, 2024.</em>
    <em>First published on March 5, 2024.</em>', 'Updated <span>..</span>. Published <span>..</span> by <a>..</a>.')."""
    s0 = max((m.end() for m in _SENTENCE_END_RE.finditer(text[:at])), default=0)
    m = _SENTENCE_END_RE.search(text, at)
    return len(text[s0:m.start() if m else len(text)].split()) < HTML_BYLINE_PROSE_WORDS \
        and bool(PUBLISH_CUE.search(text[s0:at]) or UPDATE_CUE.search(text[s0:at]))


_SENTENCE_END_RE = re.compile(r"[.!?。](?:\s+|(?=[^\W\d_]))")  # blank tails between tags are not joined


# inline markup: a text node inside or around one of these belongs to the same line of text as its neighbours ('... on
# the <a>Riverside estate</a> on March 3, 2024, police said.' is one sentence); any other element starts a new line
_INLINE_TAGS = frozenset(("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
                          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"))


def headline_dates(tree: HtmlElement, title: str | None, before: int, after: int,
                   marks: dict | None = None) -> list[tuple[int, str]]:
    """Days printed near the headline: (signed distance in visible characters from the headline, day).

    `marks`, when given, receives 'prose' (the distances of days written inside a sentence of the story) and
    'box_above' (those printed above the headline inside its own <article>/<main>: the post-meta row).

    Negative distances lie before the headline (a date line above the title), positive ones after it.
    <time datetime> attributes count as printed at their position; readers' comments (`comment_sections`) do not
    count: a comment's day ('Anna · 14 March 2021') is when a reader wrote, not when the page was published.
    """
    from lxml import etree

    body = tree.find("body")
    if body is None:
        body = tree
    head = headline(body, title)
    if head is None:
        return []
    comments = set(comment_sections(tree, title))
    # the headline's article container: a date line inside it is the article's own up to HTML_HEADLINE_DATE_IN_ARTICLE
    # characters above the title (a byline row with its section trail); outside it only `before` (the site's header)
    box = next((a for a in head.iterancestors() if a.tag in ("article", "main")), None)
    pos, start, end, context, box_start = 0, None, None, "", None
    found: list[tuple[int, str]] = []
    # the line of text each printed day stands in: its text node joined with the inline markup around it (a day in the
    # text after a link is read with the sentence the link stands in, review13 finding 5)
    lines: list[str] = [""]
    in_line: list[tuple[int, int, int]] = []  # (position, line, offset in the line)
    skip_depth = quoted = 0  # quoted: inside a <blockquote> (an embedded post's own day, a quotation's)

    def read(text: str) -> None:
        nonlocal pos, context
        days = [] if quoted else [(pos + i, d) for i, d in _printed_days(text, context)]
        found.extend(days)
        in_line.extend((p, len(lines) - 1, len(lines[-1]) + p - pos) for p, _ in days)
        lines[-1] += text
        context = (context + text)[-40:]
        pos += len(text)

    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or tag in SKIP_TAGS or not tag or el in comments:
                skip_depth += 1
                continue
            if tag not in _INLINE_TAGS and lines[-1]:
                lines.append("")
            quoted += tag == "blockquote" and bool(HTML_QUOTED_DAYS_SKIP)
            if el is head:
                start = pos
            if el is box:
                box_start = pos
            if (tag == "time" and (dt := el.get("datetime")) and (d := _iso_day(dt))
                    and not _UPDATE_ATTR_RE.search(" ".join(filter(None, (el.get("class"), el.get("itemprop")))))):
                found.append((pos, d))
            if el.text and el.text.strip():
                read(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
            else:
                if el is head:
                    end = pos
                if tag not in _INLINE_TAGS and lines[-1]:
                    lines.append("")
                quoted -= tag == "blockquote" and bool(HTML_QUOTED_DAYS_SKIP)
            if skip_depth == 0 and el.tail and el.tail.strip() and el is not body:
                read(el.tail)
        if end is not None and pos > end + after:
            break
    if start is None or end is None:
        return []
    prose = {p for p, n, at in in_line if _in_prose(lines[n], at)}
    out = []
    for p, d in found:
        dist = p - end if p >= end else (p - start if p < start else 0)
        reach = HTML_HEADLINE_DATE_IN_ARTICLE if box_start is not None and p >= box_start else before
        if -max(before, reach) <= dist <= after:
            out.append((dist, d))
            if marks is not None and p in prose:
                marks.setdefault("prose", []).append(dist)
            if marks is not None and dist < 0 and box_start is not None and p >= box_start:
                marks.setdefault("box_above", []).append(dist)
    return out


def _htmldate(tree: HtmlElement, url: str | None, original: bool) -> str | None:
    """htmldate on the shared tree (find_date prunes a deep copy of a tree it is given, never the tree itself)."""
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=original, extensive_search=True)
    except Exception:  # noqa: BLE001 -- htmldate has no error contract; a crash is no date
        return None


def _htmldate_not_comments(tree: HtmlElement, url: str | None, title: str | None) -> str | None:
    """htmldate's day, unless it is printed in the readers' comments (`comment_sections`): then htmldate's day on a
    copy of the page without them (its extensive search takes the comments' dates for the page's own)."""
    day = _htmldate(tree, url, True)
    comments = comment_sections(tree, title) if day else []
    if not any(day == d for el in comments for _, d in _printed_days(el.text_content(), "")):
        return day
    root = tree.getroottree()
    paths = [root.getpath(el) for el in comments]
    pruned = deepcopy(tree)
    for path in paths:
        for el in pruned.getroottree().xpath(path):
            el.drop_tree()  # its tail (text after it in the parent) stays
    return _htmldate(pruned, url, True)


def date_candidates(tree: HtmlElement, url: str | None = None, title: str | None = None,
                    source: str | None = None) -> dict:
    """Every date source of a parsed page, by name (also read by the extraction evaluation's ablations). `source` is
    the page's decoded HTML the tree was parsed from, when the caller has it (else the tree is written back once
    where a day must be looked up in it)."""
    raw = dict(zip(("jsonld_published", "jsonld_modified"), _jsonld_dates(tree), strict=True))
    raw.update(zip(("meta_published", "meta_modified"), _meta_dates(tree), strict=True))
    stated = raw.get("jsonld_published") or raw.get("meta_published")
    marks: dict = {}
    near = headline_dates(tree, title, HTML_HEADLINE_DATE_BEFORE, HTML_HEADLINE_DATE_AFTER, marks)
    return {
        **{k: _iso_day(v) for k, v in raw.items()},
        "published_local_days": local_days(stated),
        "published_offset": offset_stated(stated),
        "htmldate_original": _stated_or_none(tree, url, _htmldate_not_comments(tree, url, title), source=source),
        "headline": near,
        "headline_prose": marks.get("prose", []),
        "headline_box_above": marks.get("box_above", []),
        "copyright_years": sorted(set(_COPYRIGHT_YEAR.findall(tree.text_content() or ""))),
        "url_day": url_day(url),
    }


def _stated_or_none(tree: HtmlElement, url: str | None, day: str | None, today: date | None = None,
                    source: str | None = None) -> str | None:
    """htmldate's `day`, unless it is a day htmldate fills in where the page states only a year or a month (review12
    finding 13): the 1st (its year-only, year-month, month-year and copyright readings) or today's day of the month
    (dateutil's default for a day-less value: meta '2022-02' -> 2022-02-07 on a 7th), and the page (its HTML, the
    URL) writes that day nowhere (`day_written`). 'built in 1962 and last renovated in 2019' states no day. The page's
    HTML is `source` (the decoded page) when given, else the tree written back."""
    if not day or (day[8:10] != "01" and int(day[8:10]) != (today or date.today()).day):
        return day
    if source is None:
        from lxml.html import tostring

        try:
            source = tostring(tree, encoding="unicode")
        except Exception:  # noqa: BLE001 -- a tree lxml cannot write back: read its text alone
            source = tree.text_content() or ""
    # the visible text with a space between elements: text_content() glues '<p>By Jane Doe</p><p>1st March 2022</p>'
    # into 'Doe1st March 2022', which no date reading opens on (review12 finding 25)
    return day if day_written(f"{source} {url or ''}", " ".join(tree.itertext()), day) else None


def day_written(source: str, text: str, day: str) -> bool:
    """Whether the page's `source` (HTML and URL) writes the ISO `day` in digits (2022-02-01, 2022/2/1, 20220201,
    01.02.2022, 1/2/22, 2/1/2022, 2022年2月1日) or its visible `text` in any language the date grammar reads
    ('1 February 2022', 'Feb. 1, 2022', '1 de febrero de 2022': dates.grammar.find_dates)."""
    y, m, d = day[:4], int(day[5:7]), int(day[8:10])
    sep = r"(?:[-/._,\s]{1,2}|\s?[年月년월]\s?)"
    years = f"(?:{y}|{y[2:]})"
    for pat in (rf"(?<!\d){y}{sep}0?{m}{sep}0?{d}(?!\d)", rf"(?<!\d){y}{m:02d}{d:02d}",
                rf"(?<!\d)0?{d}([./-])\s?0?{m}\1\s?{years}(?!\d)", rf"(?<!\d)0?{m}([./-])0?{d}\1{years}(?!\d)"):
        if re.search(pat, source):
            return True
    return any(iso == day for first in (False, True) for _, _, iso in find_dates(text, first))


# a footer's copyright notice ('© 2023', 'Copyright (c) 2019-2023'): htmldate's extensive search falls back on its
# year as that year's 1 January, a day the page does not state
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)(?!\d)",
                             re.IGNORECASE)
# a full date as the URL path's own segments ('/2023/11/08/'): the day the site filed the page under, local time; a
# date inside a slug ('/storm-warning-for-sunday-2024-03-10') may be the story's event (REVIEW 15:21, session 11)
_URL_DATE_RE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$)")


def url_day(url: str | None) -> str | None:
    """The day a page's URL path states in full (year, month, day with one separator), else None."""
    from urllib.parse import urlparse

    try:
        path = urlparse(url or "").path
    except ValueError:  # 'http://[::1' and other unparseable URLs state no day
        return None
    m = _URL_DATE_RE.search(path)
    iso = valid(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return _iso_day(iso) if iso else None


def _by_nearness(found: list[tuple[int, str]]) -> list[str]:
    """Printed days in reading order from the headline: those below it first (nearest first), then those above."""
    below = sorted(t for t in found if t[0] >= 0)
    above = sorted((t for t in found if t[0] < 0), reverse=True)
    return [d for _, d in below + above]


def publication_date(cands: dict) -> Dating:
    """Pick the original publication day from `date_candidates`.

    1. the day printed nearest the headline that some metadata source also names (a printed date that
       the page's own metadata confirms is what a reader sees as the publication date, even where JSON-LD's
       `datePublished` carries an older creation date of the CMS record); htmldate's day first when the page's URL
       states it (htmldate's first source; HTML_URL_DAY_CONFIRMS: a UTC `datePublished` can name the day before);
    2. else JSON-LD `datePublished`, then publication meta tags (original publication, never "modified"), unless
       htmldate's day is one the URL states too (HTML_URL_DAY_CONFIRMS) and the timestamp names no zone offset of
       its own (a UTC or zoneless one);
    3. else the day printed nearest the headline, unconfirmed, when at most HTML_PRINTED_MAX_DAYS distinct days
       are printed there (more are a list of other stories' dates: htmldate's answer stands) or htmldate has none,
       and never against htmldate's day that the URL states too (HTML_URL_DAY_CONFIRMS);
    4. else htmldate (original_date=True; header, JSON, URL and page text).
    A modification day that differs from the result is kept as `page_date`.
    """
    published, evidence, _rule = decide(cands)
    modified = cands.get("jsonld_modified") or cands.get("meta_modified")
    page_date = modified if modified and modified != published else None
    return Dating(published=published, evidence=evidence, page_date=page_date)


def decide(cands: dict) -> tuple[str | None, str | None, str]:
    """(day, evidence, rule) of `publication_date`; the rule names the branch that decided ('confirmed',
    'metadata', 'printed', 'htmldate', 'copyright', 'byline' or 'none'), for benchmarks/html_dates_audit.py."""
    printed = _by_nearness(cands.get("headline") or [])
    # a printed day is confirmed by the page's published metadata or htmldate's original day; the modified day (and
    # htmldate's day where it is only the modified day) confirms the nearest printed day alone: a masthead's 'today'
    # above the headline that equals the modified day is no publication day (REVIEW 15:52, session 11)
    modified = {cands.get(k) for k in ("jsonld_modified", "meta_modified")} - {None}
    meta_days = {cands.get(k) for k in ("jsonld_published", "meta_published")} - {None}
    hd = cands.get("htmldate_original")
    if hd and (hd not in modified or hd in meta_days):
        meta_days.add(hd)
    url_backed = bool(HTML_URL_DAY_CONFIRMS) and hd is not None and hd == cands.get("url_day")
    # a page without publication metadata whose byline prints a day right under the headline: htmldate's later day,
    # printed nowhere below the headline (a masthead's 'today' above it, a reader's comment), is no publication day
    # (review13 finding 11) neither a day inside a sentence of the story (the lead's event day) nor one under a post-meta
    # row above the headline, inside the article, that prints htmldate's day ('News · March 5, 2024' over the h1)
    prose = set(cands.get("headline_prose") or ())
    below = sorted(t for t in cands.get("headline") or [] if t[0] >= 0 and t[0] not in prose)
    row_above = {d for p, d in cands.get("headline") or [] if p in set(cands.get("headline_box_above") or ())}
    if (HTML_BYLINE_DAY_CHARS and below and below[0][0] <= HTML_BYLINE_DAY_CHARS and hd and not url_backed
            and not (cands.get("jsonld_published") or cands.get("meta_published"))
            and hd > below[0][1] and hd not in {d for _, d in below} and hd not in row_above
            and len({d for p, d in below if p <= 2 * HTML_BYLINE_DAY_CHARS}) == 1):  # a list of days is no byline
        return below[0][1], "text", "byline"
    confirmed = hd if url_backed and hd in printed else next((d for d in printed if d in meta_days), None)
    # ... and so does a UTC datePublished for the local day ('9:14 p.m. EST' = 02:14Z; HTML_UTC_LOCAL_HOURS, off)
    if not confirmed and printed and (printed[0] in modified or printed[0] in (cands.get("published_local_days") or ())):
        confirmed = printed[0]
    if confirmed:
        return confirmed, "text", "confirmed"
    meta = cands.get("jsonld_published") or cands.get("meta_published")
    # a datePublished with its own zone offset ('-07:00') states the site's local day: no UTC day for the URL to fix
    utc_like = not cands.get("published_offset")
    if meta and not (url_backed and utc_like and _days_apart(meta, hd) <= HTML_URL_DAY_MAX_SHIFT):
        return meta, "metadata", "metadata"  # the URL's day beats a UTC datePublished, not another day
    # a day written inside a sentence of the story is an event's day ('... on March 3, 2024, police said.'): unconfirmed,
    # it never beats htmldate's (review13 findings 5 and 12: a <meta name="date">, a 'Posted on' stamp below the body)
    plain = _by_nearness([t for t in cands.get("headline") or [] if t[0] not in prose]) \
        if hd and hd not in modified and HTML_PRINTED_NOT_PROSE else printed  # htmldate's modified day: no stamp
    if plain and not url_backed and (len(set(printed)) <= HTML_PRINTED_MAX_DAYS or not hd):
        return plain[0], "text", "printed"
    if cands.get("htmldate_original"):
        if _copyright_day(cands["htmldate_original"], cands):
            return None, None, "copyright"
        return cands["htmldate_original"], "metadata", "htmldate"
    return None, None, "none"


def _days_apart(a: str, b: str) -> int:
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def _copyright_day(day: str, cands: dict) -> bool:
    """htmldate's day is the 1 January of the page's copyright year and no other source names it: no day stated."""
    return day.endswith("-01-01") and day[:4] in (cands.get("copyright_years") or ()) \
        and day not in {d for _, d in cands.get("headline") or []}
