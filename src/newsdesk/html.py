"""HTML pages -> main body text, headline and original publication day.

`extract_html(html, url)` is the one entry point. It parses the page once (lxml) and hands copies of the tree to:

- trafilatura (main text, with its readability/jusText fallbacks) for the body;
- a small metadata reader for the publication date: JSON-LD `datePublished` of the article object, then the
  usual publication meta tags (`article:published_time`, `og:published_time`, `itemprop=datePublished`,
  Dublin Core ...), then htmldate with `original_date=True` (which also looks at the page text and the URL).

Hand-written parts, and why:
- charset decoding (`decode_html`): trafilatura/htmldate try UTF-8 then guess, ignoring the charset the page
  declares; a declared cp1252/latin-1 page that happens to be valid UTF-8 is rare, while a guessed single-byte
  code page is often the wrong one (charset-normalizer returns cp1250 for cp1252 French), so the declaration wins
  when it decodes cleanly.
- the metadata date reader: htmldate reads these tags too but mixes them with "modified" tags and, when a page
  carries several, keeps whichever it meets first in document order; reading the article object's
  `datePublished` first is what "original publication" means (measured in BENCHMARKS.md).
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
import warnings
from copy import deepcopy
from datetime import date, datetime

from lxml.html import HtmlElement

from newsdesk.model import Cleaned, Dating
from newsdesk.settings import (
    HTML_HEADLINE_DATE_AFTER,
    HTML_HEADLINE_DATE_BEFORE,
    HTML_INTRO_MAX_LINK_SHARE,
    HTML_INTRO_MIN_CHARS,
    HTML_LEAD_MAX_RATIO,
    HTML_LINK_BLOCK_MAX_CHARS,
    HTML_LINK_DENSITY_DROP,
    HTML_MIN_PARAGRAPH_CHARS,
)

__all__ = ["decode_html", "extract_html", "publication_date"]

# ------------------------------------------------------------------------------------------------ decoding

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# WHATWG encoding standard: these labels mean windows-1252 in every browser
_WHATWG_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252",
                   "us-ascii": "cp1252", "iso8859-1": "cp1252", "l1": "cp1252", "iso-8859-9": "cp1254",
                   "x-sjis": "shift_jis", "gb2312": "gb18030", "gbk": "gb18030"}


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING_RE.match(head) or _META_CHARSET_RE.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes | str) -> str:
    """Page bytes -> text: BOM, else the declared charset when it decodes cleanly, else UTF-8, else detection."""
    if isinstance(data, str):
        return data
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    declared = _declared_charset(data)
    candidates = [declared] if declared else []
    # a page declared as a single-byte code page but written in valid multi-byte UTF-8 is a common CMS slip
    if declared not in ("utf-8",):
        candidates.insert(0, "utf-8") if _looks_utf8(data) else None
    candidates.append("utf-8")
    for enc in candidates:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    # a UTF-8 page with a few broken bytes (truncated multi-byte sequence, one pasted cp1252 quote) is still UTF-8
    if declared in (None, "utf-8"):
        text = data.decode("utf-8", "replace")
        if text.count("\ufffd") <= max(2, len(text) // 2000):
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode(declared or "cp1252", "replace")


def _looks_utf8(data: bytes) -> bool:
    """Valid UTF-8 that contains multi-byte sequences (pure ASCII says nothing either way)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(b >= 0x80 for b in data)


def _parse(text: str) -> HtmlElement | None:
    from trafilatura.utils import load_html

    # lxml refuses str input with an encoding declaration in an XML prolog
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        return load_html(text)
    except Exception:  # noqa: BLE001 -- lxml raises a zoo of errors on hostile input; no tree = no article
        return None


# ------------------------------------------------------------------------------------------------ dates

_ISO_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT_RE = re.compile(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T|\D)")
_EARLIEST = date(1995, 1, 1)

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
        try:
            d = date(int(groups[0]), int(groups[1]), int(groups[2]))
        except ValueError:
            return None
    else:
        try:
            from dateutil import parser as dparser

            with warnings.catch_warnings():  # "tzname EDT not understood": the day is all we keep
                warnings.simplefilter("ignore")
                d = dparser.parse(s, default=datetime(1, 1, 1)).date()
        except (ValueError, OverflowError, TypeError):
            return None
        if d.year == 1:
            return None
    upper = today or date.today()
    if not (_EARLIEST <= d <= date(upper.year + 1, 12, 31)):
        return None
    return d.isoformat()


def _walk_json(obj, out: list[tuple[str, str | None, str | None]]) -> None:
    if isinstance(obj, list):
        for x in obj:
            _walk_json(x, out)
    elif isinstance(obj, dict):
        typ = obj.get("@type")
        typ = " ".join(t for t in typ if isinstance(t, str)) if isinstance(typ, list) else str(typ or "")
        pub = obj.get("datePublished") or obj.get("dateCreated")
        mod = obj.get("dateModified")
        if pub or mod:
            out.append((typ, pub if isinstance(pub, str) else None, mod if isinstance(mod, str) else None))
        for k, v in obj.items():
            if isinstance(v, (list, dict)) and k != "@context":
                _walk_json(v, out)


def _jsonld_dates(tree: HtmlElement) -> tuple[str | None, str | None]:
    """Raw (published, modified) strings of the article object in the page's JSON-LD; other typed objects only as a fallback."""
    found: list[tuple[str, str | None, str | None]] = []
    for script in tree.iterfind('.//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
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
# words that announce a modification date, in the languages of the dev pages and their neighbours
_UPDATE_CUE_RE = re.compile(
    r"(updated|update:|modified|edited|revised|aktualisiert|geändert|zuletzt|stand:|mis à jour|modifié|actualizado|"
    r"actualización|aggiornato|bijgewerkt|zaktualizowano|atualizado)\W*\w*\W*$", re.IGNORECASE)
_UPDATE_ATTR_RE = re.compile(r"modif|updat|aktualis", re.IGNORECASE)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "button", "select", "option"}
_TOKEN_RE = re.compile(r"\w+")


def _text_day(snippet: str) -> str | None:
    from htmldate.extractors import try_date_expr

    today = date.today()
    try:
        found = try_date_expr(snippet, "%Y-%m-%d", False, datetime(1995, 1, 1), datetime(today.year + 1, 12, 31))
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
        if d := _text_day(m.group()):
            out.append((m.start(), d))
    return out


def _headline(body: HtmlElement, title: str | None) -> HtmlElement | None:
    """The page's headline element: the <h1> (else <h2>) sharing most words with the title, else the first one."""
    for tag in ("h1", "h2"):
        heads = [h for h in body.iter(tag) if len(h.text_content().strip()) >= 8]
        if not heads:
            continue
        if not title:
            return heads[0]
        want = set(_TOKEN_RE.findall(title.casefold()))

        def overlap(h: HtmlElement, want: set[str] = want) -> float:
            got = set(_TOKEN_RE.findall(h.text_content().casefold()))
            return len(want & got) / max(1, len(got))

        best = max(heads, key=overlap)
        if overlap(best) >= 0.5 or tag == "h1":
            return best
    return None


def headline_dates(tree: HtmlElement, title: str | None, before: int, after: int) -> list[tuple[int, str]]:
    """Days printed near the headline: (signed distance in visible characters from the headline, day).

    Negative distances lie before the headline (a date line above the title), positive ones after it.
    <time datetime> attributes count as printed at their position.
    """
    from lxml import etree

    body = tree.find("body")
    if body is None:
        body = tree
    head = _headline(body, title)
    if head is None:
        return []
    pos, start, end, context = 0, None, None, ""
    found: list[tuple[int, str]] = []
    skip_depth = 0
    for event, el in etree.iterwalk(body, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if skip_depth or tag in _SKIP_TAGS or not tag:
                skip_depth += 1
                continue
            if el is head:
                start = pos
            if (tag == "time" and (dt := el.get("datetime")) and (d := _iso_day(dt))
                    and not _UPDATE_ATTR_RE.search(" ".join(filter(None, (el.get("class"), el.get("itemprop")))))):
                found.append((pos, d))
            if el.text and el.text.strip():
                found.extend((pos + i, d) for i, d in _printed_days(el.text, context))
                context = (context + el.text)[-40:]
                pos += len(el.text)
        else:
            if skip_depth:
                skip_depth -= 1
            elif el is head:
                end = pos
            if skip_depth == 0 and el.tail and el.tail.strip() and el is not body:
                found.extend((pos + i, d) for i, d in _printed_days(el.tail, context))
                context = (context + el.tail)[-40:]
                pos += len(el.tail)
        if end is not None and pos > end + after:
            break
    if start is None or end is None:
        return []
    out = []
    for p, d in found:
        dist = p - end if p >= end else (p - start if p < start else 0)
        if -before <= dist <= after:
            out.append((dist, d))
    return out


def _htmldate(tree: HtmlElement, url: str | None, original: bool) -> str | None:
    """htmldate on the shared tree (find_date prunes a deep copy of a tree it is given, never the tree itself)."""
    from htmldate import find_date

    try:
        return find_date(tree, url=url, original_date=original, extensive_search=True)
    except Exception:  # noqa: BLE001 -- htmldate has no error contract; a crash is no date
        return None


def date_candidates(tree: HtmlElement, url: str | None = None, title: str | None = None) -> dict:
    """Every date source of a parsed page, by name (also read by the extraction evaluation's ablations)."""
    raw = dict(zip(("jsonld_published", "jsonld_modified"), _jsonld_dates(tree), strict=True))
    raw.update(zip(("meta_published", "meta_modified"), _meta_dates(tree), strict=True))
    return {
        **{k: _iso_day(v) for k, v in raw.items()},
        "htmldate_original": _htmldate(tree, url, True),
        "headline": headline_dates(tree, title, HTML_HEADLINE_DATE_BEFORE, HTML_HEADLINE_DATE_AFTER),
    }


def _by_nearness(found: list[tuple[int, str]]) -> list[str]:
    """Printed days in reading order from the headline: those below it first (nearest first), then those above."""
    below = sorted(t for t in found if t[0] >= 0)
    above = sorted((t for t in found if t[0] < 0), reverse=True)
    return [d for _, d in below + above]


def publication_date(cands: dict) -> Dating:
    """Pick the original publication day from `date_candidates`.

    1. the day printed nearest the headline that some metadata source also names (a printed date that
       the page's own metadata confirms is what a reader sees as the publication date, even where JSON-LD's
       `datePublished` carries an older creation date of the CMS record);
    2. else JSON-LD `datePublished`, then publication meta tags (original publication, never "modified");
    3. else the day printed nearest the headline, unconfirmed;
    4. else htmldate (original_date=True; header, JSON, URL and page text).
    A modification day that differs from the result is kept as `page_date`.
    """
    printed = _by_nearness(cands.get("headline") or [])
    meta_days = {cands.get(k) for k in ("jsonld_published", "meta_published", "htmldate_original",
                                         "jsonld_modified", "meta_modified")} - {None}
    confirmed = next((d for d in printed if d in meta_days), None)
    if confirmed:
        published, evidence = confirmed, "text"
    elif cands.get("jsonld_published") or cands.get("meta_published"):
        published, evidence = cands.get("jsonld_published") or cands.get("meta_published"), "metadata"
    elif printed:
        published, evidence = printed[0], "text"
    elif cands.get("htmldate_original"):
        published, evidence = cands["htmldate_original"], "metadata"
    else:
        published, evidence = None, None
    modified = cands.get("jsonld_modified") or cands.get("meta_modified")
    page_date = modified if modified and modified != published else None
    return Dating(published=published, evidence=evidence, page_date=page_date)


# ------------------------------------------------------------------------------------------------ body text

_WORD_CHAR_RE = re.compile(r"\w")
_WS_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def _squash(text: str) -> str:
    """All whitespace runs (newlines, no-break spaces included) -> one space."""
    return " ".join(text.split())


def _norm_line(line: str) -> str:
    return _WS_RE.sub(" ", line).strip()


def _title(tree: HtmlElement) -> str | None:
    from trafilatura.metadata import extract_title

    try:
        title = extract_title(tree)
    except Exception:  # noqa: BLE001 -- metadata helpers are best effort
        return None
    return _norm_line(title) or None if title else None


def _lang(tree: HtmlElement) -> str | None:
    values = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            values.append(meta.get("content"))
    for v in values:
        if v and (m := re.match(r"\s*([A-Za-z]{2,3})(?:$|[-_\s,])", v)):
            return m.group(1).lower()
    return None


def _trafilatura_text(tree: HtmlElement, url: str | None) -> str:
    """trafilatura's main text (bare_extraction works on its own copy of the tree), minus blocks that are mostly link text (teasers, "read also" lines, link lists)."""
    from lxml.etree import strip_tags
    from trafilatura import bare_extraction
    from trafilatura.xml import xmltotxt

    try:
        doc = bare_extraction(tree, url=url, include_comments=False, include_tables=True,
                              include_formatting=False, include_links=True, with_metadata=False)
    except Exception:  # noqa: BLE001 -- trafilatura raises on some malformed trees; treat as no article
        return ""
    if doc is None or doc.body is None:
        return ""
    body = doc.body
    for block in list(body):
        text = _norm_line("".join(block.itertext()))
        if not text or len(text) > HTML_LINK_BLOCK_MAX_CHARS:
            continue
        linked = sum(len(_norm_line("".join(ref.itertext()))) for ref in block.iter("ref"))
        if linked >= HTML_LINK_DENSITY_DROP * len(text):
            body.remove(block)
    strip_tags(body, "ref")
    return xmltotxt(body, False)


_DESCRIPTION_KEYS = ("og:description", "description", "twitter:description")
_NOT_LEAD_ANCESTORS = {"a", "nav", "footer", "aside", "button", "label"}
_NOT_LEAD_TAGS = {"a", "nav", "footer", "aside", "body", "html", "title", "head", "option", "button", "label"}


def _lead(tree: HtmlElement, extracted: str) -> str | None:
    """The page's visible lead paragraph, when trafilatura left it out of the body.

    Many pages print their standfirst (the meta description) in a header block apart from the body container;
    readers and annotators count it as article text. It is taken only when the description is printed on the page,
    in an element not much longer than the description and not inside a link, menu, aside or footer."""
    desc = None
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        if key in _DESCRIPTION_KEYS and (content := _squash(meta.get("content") or "")):
            desc = content
            break
    if not desc or len(desc) < 40:
        return None
    probe = re.sub(r"\s*(\.\.\.|…)$", "", desc)[:50].strip()
    if probe in _squash(extracted):
        return None
    el = tree.find("body")
    if el is None or probe not in _squash(el.text_content()):
        return None
    while True:  # descend to the smallest element that still holds the description's opening
        inner = next((ch for ch in el if isinstance(ch.tag, str) and ch.tag not in _SKIP_TAGS
                      and probe in _squash(ch.text_content())), None)
        if inner is None:
            break
        el = inner
    if el.tag in _NOT_LEAD_TAGS or any(a.tag in _NOT_LEAD_ANCESTORS for a in el.iterancestors()):
        return None
    text = _squash(el.text_content())
    return text if len(text) <= HTML_LEAD_MAX_RATIO * len(desc) else None


_INTRO_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(intro|lead|teaser|standfirst|chapo|excerpt|summary|dek|deck|subtitle|subline|abstract)",
    re.IGNORECASE)
_NOT_INTRO_CLASS_RE = re.compile(r"caption|credit|copyright|author|byline|share|related|meta", re.IGNORECASE)
_NOT_INTRO_ANCESTORS = {"a", "nav", "aside", "footer", "figure", "figcaption", "button", "form"}


def _visible_text(el: HtmlElement) -> str:
    from lxml.etree import strip_elements

    el = deepcopy(el)
    strip_elements(el, *_SKIP_TAGS, with_tail=False)
    return _squash(el.text_content())


def _intro_blocks(tree: HtmlElement, title: str | None, first_para: str) -> list[str]:
    """Intro blocks trafilatura left out: elements classed as a lead/intro/teaser/standfirst that sit between the
    headline and the first extracted paragraph (a "teaser" class outside that stretch is a link to another story).
    Class-name cues as in readability; only text blocks of some length with little link text are taken."""
    body = tree.find("body")
    if body is None:
        return []
    probe = _squash(first_para)[:40]
    if probe not in _squash(body.text_content()):
        return []
    first = body
    while True:  # the smallest element holding the start of the extracted body
        inner = next((ch for ch in first if isinstance(ch.tag, str) and ch.tag not in _SKIP_TAGS
                      and probe in _squash(ch.text_content())), None)
        if inner is None:
            break
        first = inner
    head = _headline(body, title)
    started = head is None
    around_first = set(first.iterancestors())
    out: list[str] = []
    for el in body.iter():
        if el is first:
            break
        if el is head:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el in around_first or el.tag in _NOT_INTRO_ANCESTORS:
            continue
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _INTRO_CLASS_RE.search(cls) or _NOT_INTRO_CLASS_RE.search(cls):
            continue
        if any(a.tag in _NOT_INTRO_ANCESTORS for a in el.iterancestors()):
            continue
        text = _visible_text(el)
        linked = sum(len(_squash(a.text_content())) for a in el.iter("a"))
        if len(text) < HTML_INTRO_MIN_CHARS or linked > HTML_INTRO_MAX_LINK_SHARE * len(text):
            continue
        if not any(text in o for o in out):
            out.append(text)
    return out


def _paragraphs(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return [p for p in (_norm_line(x) for x in text.splitlines()) if p]


def _same_text(a: str, b: str) -> bool:
    key = re.compile(r"\W+")
    return key.sub("", a).casefold() == key.sub("", b).casefold()


def extract_body(tree: HtmlElement, url: str | None = None, title: str | None = None) -> str:
    """Main text of a parsed page: paragraphs joined by a blank line, the headline line dropped."""
    extracted = _trafilatura_text(tree, url)
    paras = _paragraphs(extracted)
    if paras and title and _same_text(paras[0], title):
        paras = paras[1:]
    if paras:  # the standfirst first, then other intro blocks above the body, each once
        seen, front = _squash(extracted), []
        for block in filter(None, [_lead(tree, extracted), *_intro_blocks(tree, title, paras[0])]):
            if block[:40] not in seen:
                front.append(unicodedata.normalize("NFC", block))
                seen += " " + block
        paras = front + paras
    # menus, a 404 notice, a cookie wall: no paragraph of running text means no article
    if max((len(_WORD_CHAR_RE.findall(p)) for p in paras), default=0) < HTML_MIN_PARAGRAPH_CHARS:
        return ""
    return "\n\n".join(paras)


def extract_html(html: str | bytes, url: str | None = None) -> tuple[Cleaned, Dating]:
    """One HTML page -> (Cleaned body/title/lang, Dating). A page without an article gives Cleaned(text="")."""
    text = decode_html(html)
    tree = _parse(text) if text and text.strip() else None
    if tree is None:
        return Cleaned(text=""), Dating()
    title = _title(tree)
    body = extract_body(tree, url, title)
    dating = publication_date(date_candidates(tree, url, title))
    return Cleaned(text=body, title=title, lang=_lang(tree)), dating
