"""Main body text of a parsed page: trafilatura, then three measured repairs (BENCHMARKS.md).

1. blocks that are mostly link text are dropped (teasers, "read also" lines, link lists; a printed web or mail
   address stays), with the heading or label left over such a list, short blocks carrying a copyright sign,
   timestamp lines and blocks from after the article's container (DOM position);
2. the printed standfirst (the meta description, found as a visible element) is put back first when trafilatura
   left it out of the body;
3. intro/lead/teaser-classed blocks between the headline and the first body paragraph are put back (class-name cues
   as in readability).
The headline line is dropped (the title travels in `Cleaned.title`), and a page whose longest paragraph is not
running text has no article.
"""

from __future__ import annotations

import re
import unicodedata
from copy import deepcopy

from lxml.html import HtmlElement

from newsdesk.html.boxes import box_label, form_boxes
from newsdesk.html.captions import image_caption
from newsdesk.html.embedded import embedded_body
from newsdesk.html.heads import restore_headings
from newsdesk.html.links import sentence_link
from newsdesk.html.orphans import opening_texts
from newsdesk.html.page import HIDDEN_TAGS as _HIDDEN_TAGS
from newsdesk.html.page import SKIP_TAGS, headline, norm_line, source_elements, squash
from newsdesk.html.page import following_texts as _following_texts
from newsdesk.html.spacing import respace_links
from newsdesk.html.stamps import _bare_stamp, _dateline, _stamp_list, _stamps  # noqa: F401 -- _bare_stamp: tests
from newsdesk.settings import (
    HTML_BOX_LABEL,
    HTML_BOX_MAX_CHARS,
    HTML_CONTAINER_SHARE,
    HTML_CREDIT_MAX_CHARS,
    HTML_CTA_BOX_MAX_CHARS,
    HTML_EMBEDDED_MIN_SENTENCES,
    HTML_FORM_BOX_MAX_CHARS,
    HTML_HEADING_MAX_LEVELS,
    HTML_IMAGE_CAPTION_MAX_CHARS,
    HTML_INLINE_LINK_MIN_WORDS,
    HTML_INTRO_MAX_LINK_SHARE,
    HTML_INTRO_MIN_CHARS,
    HTML_INTRO_SKIP_FIGURES,
    HTML_LABEL_FOLLOW_CHARS,
    HTML_LEAD_MAX_RATIO,
    HTML_LINK_BLOCK_MAX_CHARS,
    HTML_LINK_DENSITY_DROP,
    HTML_MIN_PARAGRAPH_CHARS,
    HTML_OPENING_TEXT,
    HTML_ORPHAN_LABEL_MAX_CHARS,
    HTML_RESPACE_LINKS,
    HTML_RESTORE_HEADINGS,
)

_WORD_CHAR_RE = re.compile(r"\w")


def page_title(tree: HtmlElement) -> str | None:
    """The headline, as trafilatura's metadata reader finds it (og:title, <h1>, <title> minus the site name)."""
    from trafilatura.metadata import extract_title

    try:
        title = extract_title(tree)
    except Exception:  # noqa: BLE001 -- metadata helpers are best effort
        return None
    return norm_line(title) or None if title else None


def page_lang(tree: HtmlElement) -> str | None:
    """ISO 639 code from <html lang>, else a content-language / og:locale meta tag."""
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
    """trafilatura's main text less link blocks (teasers, "read also" lines, link lists), the labels left over them,
    credit and timestamp lines, and blocks from after the article's container (`_drop_blocks`).

    bare_extraction works on its own copy of the tree, so the shared tree stays as parsed."""
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
    stamps = _stamps(tree)
    for block in _drop_blocks(list(body), tree, stamps):
        body.remove(block)
    # text between blocks (an inline element trafilatura unwrapped: <abbr class="published">Mar 12</abbr>)
    if body.text and _dateline(norm_line(body.text), stamps):
        body.text = None
    for block in body:
        if block.tail and _dateline(norm_line(block.tail), stamps):
            block.tail = None
    if HTML_RESPACE_LINKS:  # 'undsende' -> 'und sende': trafilatura's lost space at a link's edge (html/spacing.py)
        respace_links(body, lambda: tree.text_content() or "")  # the page's text, scripts too (no copy)
    strip_tags(body, "ref")
    return xmltotxt(body, False)


# a printed web or mail address: its link text is the address itself, which the writer put in the text
# a copyright sign: '©', or the circled small c that Korean and Japanese sites print for it ('Copyright ⓒ Daily')
_COPYRIGHT_RE = re.compile("[©ⓒ]")
_ADDRESS_RE = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LABEL_END = (":", "?")


def _container(body: HtmlElement | None, texts: list[str], sources: list[HtmlElement | None]) -> HtmlElement | None:
    """The article's container: the deepest page element holding at least HTML_CONTAINER_SHARE of the text of the
    blocks (`sources`: each block's page element, None for one not found or not counted); None when there is none."""
    cover: dict[HtmlElement, int] = {}
    depth: dict[HtmlElement, int] = {}
    total = 0
    for text, src in zip(texts, sources, strict=True):
        if src is None:
            continue
        total += len(text)
        chain = [src, *src.iterancestors()]
        chain = chain[:chain.index(body) + 1] if body in chain else chain
        for d, el in enumerate(reversed(chain)):
            cover[el] = cover.get(el, 0) + len(text)
            depth[el] = d
    inside = [el for el, n in cover.items() if n >= HTML_CONTAINER_SHARE * total]
    return max(inside, key=depth.__getitem__) if total and inside else None


def _earlier_parts(tree: HtmlElement, paras: list[str], title: str | None) -> list[str]:
    """Paragraphs of an article body split into parts, of which trafilatura took only the last ones (a lead part
    above a photo or an ad box: <div class="article-text">...</div><figure/><div class="article-text more">...</div>).

    A part is an element between the headline and the article's container (`_container` of the extracted
    paragraphs) in the page, of the container's tag, whose class names contain the container's or are contained in
    them (a related-stories or comment box that shares one layout class with it is no part: 'ce_text block' vs
    'ce_relatedArticles block'). Its paragraphs (<p>) come back in page order, except link-dense ones
    (HTML_LINK_DENSITY_DROP), timestamp and credit lines and those already extracted."""
    body = tree.find("body")
    head = headline(body, title) if body is not None else None
    if head is None or HTML_CONTAINER_SHARE > 1:
        return []
    box = _container(body, paras, source_elements(tree, paras))
    classes = set((box.get("class") or "").split()) if box is not None else set()
    if not classes:
        return []
    order = {el: k for k, el in enumerate(body.iter())}
    above = set(box.iterancestors())
    parts: list[HtmlElement] = []
    for el in body.iter(box.tag):
        if order[el] >= order[box]:
            break
        mine = set((el.get("class") or "").split())
        if (order[el] < order[head] or el in above or not mine or not (mine <= classes or classes <= mine)
                or any(up in parts or up.tag in _NOT_LEAD_ANCESTORS for up in el.iterancestors())):
            continue
        parts.append(el)
    seen, out = squash(" ".join(paras)), []
    for part in parts:
        for p in part.iter("p"):
            text = _visible_text(p)
            linked = sum(len(squash(a.text_content())) for a in p.iter("a"))
            if (not text or text[:40] in seen or linked > HTML_LINK_DENSITY_DROP * len(text) or _dateline(text)
                    or ("©" in text and len(text) <= HTML_CREDIT_MAX_CHARS)
                    or any(up.tag in _NOT_LEAD_ANCESTORS for up in p.iterancestors())):
                continue
            out.append(unicodedata.normalize("NFC", text))
            seen += " " + text
    return out


def _after_container(tree: HtmlElement, texts: list[str], keep: list[bool]) -> list[bool]:
    """Kept blocks that sit after the article's container in the page: the deepest element holding at least
    HTML_CONTAINER_SHARE of the kept text is the container; a block outside it and after it in document order is a
    box below the article (related stories, contact box, author bio, a newsletter form) that trafilatura took along,
    unless it continues the container (`_continues`: the rest of a body split around an inline box)."""
    sources = source_elements(tree, [t if k else "" for t, k in zip(texts, keep, strict=True)])
    body = tree.find("body")
    box = _container(body, texts, sources)
    if box is None:
        return [False] * len(texts)
    order = {el: k for k, el in enumerate(body.iter())} if body is not None else {}
    start = order.get(box, -1)
    return [src is not None and box not in (src, *src.iterancestors()) and order.get(src, -1) > start
            and not _continues(box, src) for src in sources]


def _continues(box: HtmlElement, src: HtmlElement) -> bool:
    """Whether `src` (after the container `box`) is in a continuation of the container: below their common
    ancestor, its branch is an element of the container's tag sharing one of its class names (an article body
    split around an inline box: `<div class="body">...</div><aside>ad</aside><div class="body">...</div>`).
    trafilatura_eval segment F1 (benchmarks/html_body.py rules): A .9459 -> .9454 (one credit line kept), B .9501
    = .9501; against the container's own branch under the common ancestor (layout classes: "row", "container")
    A .9445."""
    above = set(box.iterancestors())
    mine = src
    while mine.getparent() is not None and mine.getparent() not in above:
        mine = mine.getparent()
    if mine.getparent() is None or mine in above:  # `src` holds the container (a text after it in an ancestor)
        return False
    return mine.tag == box.tag and bool(set((mine.get("class") or "").split())
                                        & set((box.get("class") or "").split()))


def _drop_blocks(blocks: list, tree: HtmlElement | None = None, stamps: set[str] | frozenset = frozenset()) -> list:
    """The extracted blocks (trafilatura's XML: p, head, list, table, ...) that are not article text:

    1. a block of at most HTML_LINK_BLOCK_MAX_CHARS that is mostly link text (HTML_LINK_DENSITY_DROP), unless it is a
       printed web or mail address;
    2. a heading, or a short line ending in ':' or '?', whose section (up to the next heading or the end) holds only
       blocks dropped by 1: the label of a teaser list ('Read also:', 'More on this topic');
    3. a block of at most HTML_CREDIT_MAX_CHARS carrying a copyright sign: photo credits, rights notices;
    4. a timestamp line (`_dateline`): the page's date is read from the tree (`dates`), not from the body;
    5. given the page's tree, a block from after the article's container (`_after_container`)."""
    texts = [norm_line("".join(block.itertext())) for block in blocks]
    linky = []
    for block, text in zip(blocks, texts, strict=True):
        linked = sum(len(norm_line("".join(ref.itertext()))) for ref in block.iter("ref"))
        linky.append(bool(text) and len(text) <= HTML_LINK_BLOCK_MAX_CHARS
                     and linked >= HTML_LINK_DENSITY_DROP * len(text) and not _ADDRESS_RE.fullmatch(text)
                     and not sentence_link(block, HTML_INLINE_LINK_MIN_WORDS))
    drop = list(linky)
    bare: list[int] = []  # labels with nothing under them in the extraction
    for i, (block, text) in enumerate(zip(blocks, texts, strict=True)):
        if linky[i] or not text:
            continue
        if (_COPYRIGHT_RE.search(text) and len(text) <= HTML_CREDIT_MAX_CHARS) or _dateline(text, stamps) \
                or _stamp_list(block, stamps):
            drop[i] = True
        elif len(text) <= HTML_ORPHAN_LABEL_MAX_CHARS and (block.tag == "head" or text.endswith(_LABEL_END)):
            j = i + 1
            while j < len(blocks) and (linky[j] or not texts[j]):
                j += 1
            closed = j == len(blocks) or blocks[j].tag == "head"
            drop[i] = any(linky[i + 1:j]) and closed
            if closed and j == i + 1:
                bare.append(i)
    if tree is not None and HTML_BOX_LABEL:  # a link box's heading in a <p>/<span>, its links left out
        short = [i for i, t in enumerate(texts) if t and not drop[i] and len(t) <= HTML_ORPHAN_LABEL_MAX_CHARS]
        for i, src in zip(short, source_elements(tree, [texts[i] for i in short]), strict=True):
            drop[i] = box_label(src, texts[i], HTML_ORPHAN_LABEL_MAX_CHARS, HTML_LINK_DENSITY_DROP, HTML_BOX_MAX_CHARS)
    if tree is not None and (HTML_FORM_BOX_MAX_CHARS or HTML_CTA_BOX_MAX_CHARS):  # sign-up/paywall boxes (boxes.py)
        inside = form_boxes(tree, HTML_FORM_BOX_MAX_CHARS, HTML_CTA_BOX_MAX_CHARS, sum(len(t) for t in texts if t))
        most = max(HTML_FORM_BOX_MAX_CHARS, HTML_CTA_BOX_MAX_CHARS)
        short = [i for i, t in enumerate(texts) if t and not drop[i] and len(t) <= most]
        for i, src in zip(short, source_elements(tree, [texts[i] for i in short]), strict=True):
            drop[i] = inside(src)
    if tree is not None and HTML_IMAGE_CAPTION_MAX_CHARS:  # a picture's caption beside it alone (html/captions.py)
        short = [i for i, t in enumerate(texts) if t and not drop[i] and len(t) <= HTML_IMAGE_CAPTION_MAX_CHARS]
        for i, src in zip(short, source_elements(tree, [texts[i] for i in short]), strict=True):
            drop[i] = image_caption(src, texts[i])
    if tree is not None and bare and HTML_LABEL_FOLLOW_CHARS:
        for i, src in zip(bare, source_elements(tree, [texts[i] for i in bare]), strict=True):
            drop[i] = src is not None and _links_follow(src)
    if tree is not None and HTML_CONTAINER_SHARE <= 1:
        after = _after_container(tree, texts, [bool(t) and not d for t, d in zip(texts, drop, strict=True)])
        drop = [d or a for d, a in zip(drop, after, strict=True)]
    return [block for block, d in zip(blocks, drop, strict=True) if d]


def _links_follow(el: HtmlElement) -> bool:
    """Whether the page text right after `el` (its first HTML_LABEL_FOLLOW_CHARS visible characters) is mostly link
    text (HTML_LINK_DENSITY_DROP): the teaser list that a label ('Mehr Themen:', 'Lesen Sie auch') stands over and
    that trafilatura left out, while the label stayed. The texts are read lazily (`_following_texts`): a page of
    many bare headings costs each one HTML_LABEL_FOLLOW_CHARS characters, not the rest of the page."""
    total = linked = 0
    for text, holder in _following_texts(el):
        chain = (holder, *holder.iterancestors())
        if any(up.tag in _HIDDEN_TAGS for up in chain):
            continue
        size = len(squash(text))
        if not size:
            continue
        total += size
        if any(up.tag == "a" for up in chain):
            linked += size
        if total >= HTML_LABEL_FOLLOW_CHARS:
            break
    return total > 0 and linked >= HTML_LINK_DENSITY_DROP * total


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
        if key in _DESCRIPTION_KEYS and (content := squash(meta.get("content") or "")):
            desc = content
            break
    if not desc or len(desc) < 40:
        return None
    probe = re.sub(r"\s*(\.\.\.|…)$", "", desc)[:50].strip()
    if probe in squash(extracted):
        return None
    el = tree.find("body")
    if el is None or probe not in squash(el.text_content()):
        return None
    while True:  # descend to the smallest element that still holds the description's opening
        inner = next((ch for ch in el if isinstance(ch.tag, str) and ch.tag not in SKIP_TAGS
                      and probe in squash(ch.text_content())), None)
        if inner is None:
            break
        el = inner
    if el.tag in _NOT_LEAD_TAGS or any(a.tag in _NOT_LEAD_ANCESTORS for a in el.iterancestors()):
        return None
    text = squash(el.text_content())
    return text if len(text) <= HTML_LEAD_MAX_RATIO * len(desc) else None


_INTRO_CLASS_RE = re.compile(
    r"(?:^|[\s_-])(intro|lead|teaser|standfirst|chapo|excerpt|summary|dek|deck|subtitle|subline|abstract)",
    re.IGNORECASE)
_NOT_INTRO_CLASS_RE = re.compile(r"caption|credit|copyright|author|byline|share|related|meta", re.IGNORECASE)
_NOT_INTRO_ANCESTORS = {"a", "nav", "aside", "footer", "figure", "figcaption", "button", "form"}


def _visible_text(el: HtmlElement, *drop: str) -> str:
    from lxml.etree import strip_elements

    el = deepcopy(el)
    strip_elements(el, *SKIP_TAGS, *drop, with_tail=False)
    return squash(el.text_content())


def _intro_blocks(tree: HtmlElement, title: str | None, first_para: str) -> list[str]:
    """Intro blocks trafilatura left out: elements classed as a lead/intro/teaser/standfirst that sit between the
    headline and the first extracted paragraph (a "teaser" class outside that stretch is a link to another story).
    Class-name cues as in readability; only text blocks of some length with little link text are taken."""
    body = tree.find("body")
    if body is None:
        return []
    probe = squash(first_para)[:40]
    if probe not in squash(body.text_content()):
        return []
    first = body
    while True:  # the smallest element holding the start of the extracted body
        inner = next((ch for ch in first if isinstance(ch.tag, str) and ch.tag not in SKIP_TAGS
                      and probe in squash(ch.text_content())), None)
        if inner is None:
            break
        first = inner
    head = headline(body, title)
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
        # a lead block's own text: not the caption of the picture it holds ('ArticlePage-lead' > figure > caption)
        text = _visible_text(el, *(_NOT_INTRO_ANCESTORS - {"a"})) if HTML_INTRO_SKIP_FIGURES else _visible_text(el)
        linked = sum(len(squash(a.text_content())) for a in el.iter("a"))
        if len(text) < HTML_INTRO_MIN_CHARS or linked > HTML_INTRO_MAX_LINK_SHARE * len(text):
            continue
        if not any(text in o for o in out):
            out.append(text)
    return out


def _paragraphs(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return [p for p in (norm_line(x) for x in text.splitlines()) if p]


def _same_text(a: str, b: str) -> bool:
    key = re.compile(r"\W+")
    return key.sub("", a).casefold() == key.sub("", b).casefold()


def extract_body(tree: HtmlElement, url: str | None = None, title: str | None = None) -> str:
    """Main text of a parsed page: paragraphs joined by a blank line, the headline line dropped."""
    extracted = _trafilatura_text(tree, url)
    paras = _paragraphs(extracted)
    if paras and title and _same_text(paras[0], title):
        paras = paras[1:]
    if paras and HTML_OPENING_TEXT:  # an element's opening text node trafilatura skipped (html/orphans.py)
        paras = [unicodedata.normalize("NFC", p) for p in
                 opening_texts(paras, source_elements(tree, paras), HTML_MIN_PARAGRAPH_CHARS, _dateline)]
    paras = _earlier_parts(tree, paras, title) + paras if paras else paras
    if HTML_RESTORE_HEADINGS:  # subheadings trafilatura's fallbacks dropped (html/heads.py)
        paras = restore_headings(tree, paras, HTML_ORPHAN_LABEL_MAX_CHARS,
                                 lambda src: _container(tree.find("body"), paras, src), _dateline, HTML_HEADING_MAX_LEVELS)
    if paras:  # the standfirst first, then other intro blocks above the body, each once
        seen, front = squash(extracted), []
        for block in filter(None, [_lead(tree, extracted), *_intro_blocks(tree, title, paras[0])]):
            if block[:40] not in seen:
                front.append(unicodedata.normalize("NFC", block))
                seen += " " + block
        paras = front + paras
    # menus, a 404 notice, a cookie wall: no paragraph of running text means no article
    if max((len(_WORD_CHAR_RE.findall(p)) for p in paras), default=0) < HTML_MIN_PARAGRAPH_CHARS:
        # ... unless the page carries its article only as data (a page rendered by its scripts: html/embedded.py)
        paras = embedded_body(tree) if HTML_EMBEDDED_MIN_SENTENCES else []
        if paras and title and _same_text(paras[0], title):
            paras = paras[1:]
        return "\n\n".join(unicodedata.normalize("NFC", p) for p in paras)
    return "\n\n".join(paras)
