"""Generic junk signals for plain-text news lines.

A junk rule never fires on a line just because it contains a word: it needs a *shape* (short, not a sentence, a
label followed by a list, a stamp made only of dates/times, a call to action that starts the line) plus a small
vocabulary of the page furniture every news site shares (share/follow/subscribe, advertisement, related/trending,
photo/caption, licence/copyright). Quotations and attributed speech are protected from the vocabulary rules.
Each rule returns a short reason tag (the `Removal.reason`) or None.
"""

from __future__ import annotations

import re

from newsdesk.clean.calls import app_call, follow_call, other_language_junk, reading_time, share_label
from newsdesk.clean.credits import (
    _AGENCY_NAMES,
    _READMORE,
    CREDIT_PEELERS,
    GLUED_CODE,
    author_line,
    bracketed,
    site_note,
)
from newsdesk.clean.credits import credit_of as credit_of  # re-exported: callers import it from rules
from newsdesk.clean.headings import _TAIL, _TAIL_HEADINGS  # noqa: F401  (_TAIL_HEADINGS: clean/inline reads it here)
from newsdesk.clean.signup import SIGNUP_VERB, bare_call, names_site
from newsdesk.clean.text import squash, word_count
from newsdesk.dates.grammar import stamp_date
from newsdesk.settings import DEFAULT, Settings

# --- vocabularies of page furniture (generic, site-independent) ----------------------------------------------
_AD = re.compile(
    r"^(?:advert(?:isement)?s?|advertising|ads?|sponsored(?: content| links?| stories)?|promoted(?: content)?|"
    r"paid (?:content|post|partnership)|(?:the )?(?:story|article|text) continues (?:below|after)(?: (?:this |the )?"
    r"(?:ad(?:vert(?:isement)?)?|video|image))?|continues? below|scroll (?:down )?to continue(?: with content)?|"
    r"skip (?:this )?ad|ad feedback|report (?:this )?ad|close ad|loading(?:\.{3}|…)?|please wait|(?:-+ ?)?end (?:of )?(?:ad(?:vertisement)?|"
    r"sponsored)(?: ?-+)?)$", re.IGNORECASE)
_SOCIAL = (r"share|shares|shared|sharing|tweet|retweet|print|printer|email|e-mail|mail|whatsapp|facebook|twitter|"
           r"x\.com|linkedin|pinterest|reddit|telegram|instagram|youtube|tiktok|copy link|link copied|follow|"
           r"subscribe|subscribed|subscription|newsletters?|sign up|sign-up|signup|sign in|log in|login|register|"
           r"bookmark|comments?|comment|like us|join us|notifications?|alerts?|rss|font size|inbox|listen|"
           r"text size|download|app|podcast|gift (?:this )?article")
_SOCIAL_RE = re.compile(r"\b(?:" + _SOCIAL + r")\b", re.IGNORECASE)
_CTA_START = re.compile(
    r"^\W*(?:share|tweet|print|email|e-mail|follow|subscribe|sign up|sign in|log in|register|join|like|download|"
    r"get|click|tap|bookmark|save|listen|watch|comment|leave a comment|view comments|show comments|send|copy)\b",
    re.IGNORECASE)
_ADDRESSED = re.compile(r"\b(?:us|our|this|now|here|today|free|you|your|latest|updates?)\b", re.IGNORECASE)
_READMORE_TARGET = re.compile(r"\b(?:here|site|website|page|app|link|story|article|coverage|news|more|full|"
                              r"online|ours?|newsletter)\b|https?://|www\.|\.\w{2,4}\b", re.IGNORECASE)
_LABELS = (r"tags?|topics?|categor(?:y|ies)|filed (?:under|in)|keywords?|posted(?: (?:on|in|by))?|published"
           r"(?: (?:on|in|by))?|updated(?: on)?|last (?:updated|modified)|date|time|section|sections|by|author|"
           r"authors|writer|reporter|editor|source|sources|share(?: this)?(?: article| story)?|print|email|"
           r"photos?|images?|video|pictures?|credit|credits|photo credit|image credit|read more|related|comments?|"
           r"follow(?: us)?|subscribe|also read|location|dateline|reading time|length|word count|views?|"
           # the same labels in German, French, Spanish, Italian, Polish and Dutch (tags, categories, topics, author,
           # published/updated on)
           r"schlagw(?:ö|oe)rt(?:er|e)?|stichw(?:ö|oe)rt(?:er|e)?|kategorien?|rubriken?|themen|getaggt(?: mit)?|"
           r"autor(?:in|en)?|ver(?:ö|oe)ffentlicht(?: am)?|aktualisiert(?: am)?|mots[- ]cl(?:é|e)s|cat(?:é|e)gories?|"
           r"(?:é|e)tiquettes|auteur|publi(?:é|e) le|mis (?:à|a) jour le|etiquetas|categor(?:í|i)as?|publicado(?: el)?|"
           r"tagi|kategori[ae]|etichette|categorie|trefwoorden|categorie(?:ë|e)n")
_BARE_LABEL = re.compile(r"^\W*(?:" + _LABELS + r")\s*[:|]?\s*$", re.IGNORECASE)
_LABEL_LIST = re.compile(r"^\W*(?P<label>" + _LABELS + r")\s*[:|]\s*(?P<rest>.+)$", re.IGNORECASE)
_CAPTION_START = re.compile(
    r"^\W*(?:(?:file |top |main |lead |feature )?(?:photo(?:graph)?|image|picture|pic|caption|illustration|graphic|"
    r"video|gallery|infographic)s?(?: credit)?(?: ?\([^)]{0,40}\))?\s*[:|]|\((?:photo|image|picture|video|"
    r"credit)s?(?: credit)?\s*[:|]?[^)]{0,80}\)$|(?:photo|image|picture)s?\s+(?:by|courtesy|credit|via)\b|"
    r"(?:photo|image|picture|media|video)\s+(?:caption|copyright|source)\b)", re.IGNORECASE)
_TEMPLATE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\$\{[^}\n]{0,80}\}|%%[\w .-]{1,40}%%|\[\[[^\]\n]{0,80}\]\]|"
    r"__[A-Z][A-Z0-9_]{2,40}__|<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,300})?/?>|"
    r"\[/?(?:image|img|photo|picture|pic|video|embed|caption|gallery|ad|advert|advertisement|graphic|chart|media|"
    r"audio|iframe|tweet|twitter|instagram|facebook|youtube|figure|slideshow|map|infographic|widget|placeholder|"
    r"related|quote|pullquote|sidebar)\b[^\]\n]{0,200}\]|\[(?:\w+ )?(?:placeholder|image|photo)\s*\d*\]", re.IGNORECASE | re.DOTALL)
_EDITOR_CODE = r"[A-Z\u0600-\u06ff]{1,6}(?:/[A-Z\u0600-\u06ff]{0,6})+"
# lower-case editor initials alone on a line ('ab/rt' under an IANS story, 'aa.gta' under a KUNA one)
_CODE_LINE = re.compile(r"^(?:" + _EDITOR_CODE + r"|[a-z]{1,4}(?:/[a-z]{1,4})+|[a-z]{2,4}\.[a-z]{2,4}|END(?:\s+[A-Z]{2,5})?|[A-Z]{1,4}|-*\s*(?:end|ends)\s*-*|"
                        r"#+|\*+|[-–—=_~•·]+)\W{0,2}$")
_LICENCE = re.compile(
    r"(?:all (?:content|contents|material|materials|rights|articles)\b.{0,200}?\b(?:licen[cs]ed|reserved|"
    r"protected|copyright)|(?:(?:©|copyright\b)\s*(?:\d{4}|[A-Z])|\(c\)\s*(?:\d{4}|(?-i:[A-Z]))|(?:©|\(c\)|copyright\b)\s*"
    r"(?![a-zA-Z\u00c0-\u024f])[^\W\d_]).{0,160}|"
    r"\bcreative commons\b.{0,120}?licen[cs]e|this (?:article|story|content|material|report) (?:is|was|may|"
    r"must|cannot|has)\b.{0,160}?\b(?:licen[cs]|republish|reproduc|redistribut|rewritten|broadcast|"
    r"auto-?generated|(?:syndicated|wire|agency|news) (?:agency )?feed|(?:not|un)[ -]?(?:been )?edited)|this (?:article|story|content|report) (?:was )?"
    r"(?:originally|first) (?:appeared|ran|published) (?:on|in|at)\b.{0,120}|"
    r"\b(?:may not|must not|cannot) be (?:published|reproduced|redistributed|rewritten|broadcast)\b)", re.IGNORECASE)
# "All rights reserved" in the languages of the dev and seed sites: a rights notice wherever it stands in a short line
# ("DER SPIEGEL 52/2018 Alle Rechte vorbehalten ...", "ScienceBlogs ist ein geschütztes Markenzeichen. Alle Rechte
# vorbehalten."); prose does not use the formula
_RIGHTS = re.compile(
    r"(?<![^\W\d_])(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|"
    r"todos os direitos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone|alle rechten voorbehouden|"
    r"все права защищены|tüm hakları saklıdır|všechna práva vyhrazena|minden jog fenntartva|"
    r"alla rättigheter förbehållna|alle rettigheder forbeholdes|kaikki oikeudet pidätetään|riproduzione riservata|"
    r"reproduction interdite|무단 ?전재|転載禁止|版权所有|版權所有)(?![^\W\d_])",
    re.IGNORECASE)
# a link's screen-reader hint closing the line: "Click to share on Twitter (Opens in new window)", "Link zum
# YouTube-Kanal (Öffnet neues Fenster)": the line is a link (a share button, a menu item), not prose
_NEW_WINDOW = re.compile(
    r"\(\s*(?i:opens?|öffnet|s'ouvre|se abre|si apre|otwiera|opent)\b[^()]{0,40}?\b(?i:window|tab|fenster|"
    r"fen(?:ê|e)tre|onglet|ventana|pestaña|finestra|scheda|oknie|karcie|venster)\w*\s*\)\s*$")
_READ_TIME = re.compile(r"^\W*(?:\d+|an?|one)\s*(?:-\s*)?(?:min(?:ute)?s?|hours?|seconds?|days?)"
                        r"(?: read| ago| to read)?\W*$", re.IGNORECASE)
_ATTRIB = re.compile(r"\b(?:said|says|told|added|asked|stated|wrote|replied|according to|quoted)\b",
                     re.IGNORECASE)
_QUOTE_CHARS = "\"“”‘’«»„"
_DOMAIN = re.compile(r"\b[\w-]+\.(?:com|org|net|co|ir|in|uk|news|info|tv|io|gov|edu|de|fr|ru|cn|au|ca|pk|ng)\b",
                     re.IGNORECASE)


# Cookie-consent and paywall notices: the site talking to the reader about its own cookies or subscription. Each
# branch needs the notice's opening shape ("We use cookies", "Already a subscriber?", "Subscribe to continue
# reading"), so prose about cookies or subscriptions ("Google will stop using third-party cookies") stays.
# the names of a site's terms, after 'you agree to': the notice is these names alone ('By signing up, you agree to our
# Terms of Use and Privacy Policy.'); 'you agree to pay 9.99 pounds a month ..., and the terms say ...' is a story's
_TERMS = r"(?:terms|conditions|privacy|policy|policies|notice|statement|service|use|cookie|user agreement)"
_CONSENT = re.compile(
    r"^\W*(?:we(?: and our (?:partners|vendors))? use cookies|this (?:web)?site uses cookies|(?:our|this) site uses "
    r"cookies|by (?:continuing|using|clicking|browsing|scrolling|signing up|subscribing|registering)\b.{0,80}?\byou "
    r"(?:agree|consent|accept)\b(?:.{0,80}?\bcookies|(?: to)? (?:(?:our|the|these|its) )?" + _TERMS + r"(?:[\s,&]+(?:and|or|"
    r"of|the|our|" + _TERMS + r"))*\W*$)|(?:accept|allow|reject|decline) (?:all )?(?:cookies|the use of cookies)|(?:manage|customi[sz]e) "
    r"(?:cookies|cookie settings|(?:your )?preferences|consent)|cookie (?:settings|preferences|policy|consent|notice)"
    r"\W*$|we value your privacy|(?:accept|reject|allow|decline|refuse) all\W*$)", re.IGNORECASE)
_PAYWALL = re.compile(
    r"^\W*(?:already (?:a |an )?(?:subscriber|member|registered(?: user)?)\s*\?|already have an account|(?:subscribe|sign up|log in|sign in|"
    r"register)(?: now| today| for free)? to (?:continue|keep) reading|(?:to )?continue reading(?:,| with| by)? "
    r"(?:subscribe|sign in|log in|register|for free)|you(?:'ve| have) (?:reached|used) (?:your|the|all of your) "
    r"(?:limit|maximum|free (?:articles|stories))|this (?:article|story|content|page) is (?:only )?(?:for|available "
    r"(?:only )?to|exclusive to|reserved for) (?:subscribers|members|premium)|(?:create|register for) (?:a )?free "
    r"account to|unlock (?:this (?:article|story)|unlimited access|full access)|subscriber[- ]only content)",
    re.IGNORECASE)


# A breadcrumb trail: 2+ capitalised section names joined by > » › (or 3+ by /), nothing else.
_CRUMB = r"[A-Z][\w&'.-]*(?:\s[A-Za-z&][\w&'.-]*){0,2}"
_BREADCRUMB = re.compile(r"^\W{0,2}(?:" + _CRUMB + r"(?:\s*[>»›]\s*" + _CRUMB + r")+|" + _CRUMB +
                         r"(?:\s*/\s*" + _CRUMB + r"){2,})\W{0,2}$")
# A short "Label: Title Case Phrase" line (a footer link such as "Our Standards: The Trust Principles"): the
# label and every longer word after it capitalised, so it is a heading or link, not a sentence of prose.
_TITLE_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})\s*:\s+(?P<rest>[A-Z].*?)\W?$")


# "Read: <headline>", "Watch | <headline>": a link to another story or video inside the page
_LINK_LABEL = re.compile(r"^\W{0,2}(?:read|watch|listen|see|video|podcast|gallery|live)\s*[:|]\s*(?P<rest>.+)$",
                         re.IGNORECASE)
# "Jane Doe, Staff Reporter" / "By Jane Doe, Business Correspondent": a byline with the writer's role; "By Staff
# Reporter" / "By Our Special Correspondent": a byline naming the role alone
_ROLE = r"(?i:reporter|correspondent|writer|editor|journalist|contributor|columnist|bureau(?: chief)?|staff|desk)s?\.?$"
_BYLINE_ROLE = re.compile(
    r"^(?:by\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*[,|–—-]\s*(?:[A-Z][\w-]*\s+){0,3}" + _ROLE
    + r"|^(?i:by)\s+(?:(?i:our|a|an|the)\s+)?(?:[A-Z][\w-]*\s+){0,2}" + _ROLE)
# a floating photo credit: "Getty Images", "AFP via Getty Images", "REUTERS/Jane Doe/File Photo"
_PHOTO_CREDIT = re.compile(
    r"^\W{0,2}(?:[\w.&'’ -]{1,40}\s(?:via|for|/)\s?)?[\w.&'’ -]{0,30}\b(?i:images|photos?|pictures|"
    r"stock|file photo)\W{0,2}$|^(?:(?i:fot\.|foto|zdj\.|bild|kuva)\s*:?\s*)?(?:(?i:" + _AGENCY_NAMES + r")|[A-Z]{3,})/"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:/File(?: Photo)?)?$")  # a known agency or a code of 3+ ('EU/UK Talks')


# an image caption ends with its credit: "... ausbilden. © CAE", "(Foto: Andina)", "Photograph: Getty Images"
_CAPTION_CREDIT_END = re.compile(
    r"(?:^|(?<=[\s.!?(\[/|]))(?:©|\([cC]\)|(?i:foto|photo(?:graph)?|bild|image|credit|crédit|fotografía|zdjęcie|"
    r"фото)s?\s*:)\s*[^.!?:©]{1,60}[)\]]?\s*$|(?<=[.!?]\s)\(\s*(?:[A-Z][\w.&-]{1,12}\s+)?(?i:photo|foto|pic)\s*/[^()]{1,40}\)$"
    r"|(?<=[.!?]\s)[A-Z]{2,}/[A-Z][a-z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:/File(?: Photo)?)?$")  # not 'XK/BD' (a code)


# the site talking to its reader about the page's own machinery: e-mail address fields, newsletters, sign-up and
# log-in, spam filters, notifications, cookies ("Deine E-Mail-Adresse wird nicht veröffentlicht.", "This site uses
# Akismet to reduce spam.", "Bleiben Sie auf dem Laufenden mit unserem kostenlosen Newsletter"), in several languages
_PROMPT = re.compile(
    r"(?<![^\W\d_])(?:e-?mail[- ]?(?:adresse|address|adress)e?|adresse (?:de messagerie|e-?mail)|newsletters?|spam|"
    r"akismet|abonnier\w*|abonnez|subscribe|suscríbete|suscribirse|iscriviti|zapisz się|registrier\w*|einloggen|"
    r"eingeloggt|log in|login|sign up|anmelden|push[- ]notifications?|benachrichtig\w*|notify me|checkbox\w*|"
    r"cookies)(?![^\W\d_])", re.IGNORECASE)
# ... and it speaks to the reader (you/your, du/Sie, vous, tu, usted, ...) or as the site (our, unser, notre ...):
# "Investors who subscribe to the industry's report ..." is prose
_ADDRESS = re.compile(
    r"(?<![^\W\d_])(?:(?i:you|your|yours|our|us|du|dich|dir|dein\w*|euch|euer|eure\w*|unser\w*|vous|votre|vos|"
    r"notre|nos|tu|ton|tes|te|toi|usted|ustedes|tú|nuestr\w*|voi|vostr\w*|nostr\w*|jij|jouw|uw|onze|ty|twój|twoj\w*|"
    r"wasz\w*|nasz\w*)|Sie|Ihr\w*|Ihnen)(?![^\W\d_])")


def is_title_case_label(s: str) -> bool:
    m = _TITLE_LABEL.match(s)
    if not m or word_count(s) > 10:
        return False
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", m.group("rest")) if len(w) > 3]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


_PARTS = re.compile(r"\s+[-–—|·•]+\s+")
_SENTENCE_END = re.compile(r"[.!?…。！？।॥۔؟][\"”’'\)\]」』]*$")
_QUOTED = re.compile(r"[\"“‘«][^\"”’»]{3,}[\"”’»]|„[^“”]{3,}[“”]")


def is_sentence(line: str) -> bool:
    """Ends like a sentence (terminal punctuation, maybe closing quote) and has a few words."""
    s = line.rstrip()
    return bool(_SENTENCE_END.search(s)) and word_count(s) >= 4


def is_protected(line: str) -> bool:
    """A quotation or attributed speech: never dropped by the vocabulary rules, however short."""
    s = line.strip()
    if not s:
        return False
    if s[0] in _QUOTE_CHARS or s[-1] in _QUOTE_CHARS:
        return True
    if _QUOTED.search(s):
        return True
    return is_sentence(s) and bool(_ATTRIB.search(s))


# Every branch of _LICENCE holds one of these (lower-cased) literals: a cheap test before the slow regex.
_LICENCE_LITERALS = ("all content", "all material", "all rights", "all articles", "©", "(c)", "copyright",
                     "creative commons", "this article", "this story", "this content", "this material", "this report",
                     "may not be", "must not be", "cannot be")


def licence_search(s: str) -> re.Match | None:
    """`_LICENCE.search(s)`, skipped when none of its literals occurs."""
    low = s.lower()
    if not any(t in low for t in _LICENCE_LITERALS):
        return None
    return _LICENCE.search(s)


def strip_templates(line: str) -> tuple[str, list[str]]:
    """Remove template tokens / tag and placeholder markup from a line: (rest, removed pieces)."""
    pieces = [m.group(0) for m in _TEMPLATE.finditer(line)]
    if not pieces:
        return line, []
    return squash(_TEMPLATE.sub(" ", line)), pieces


_GENERIC_GROUPS = frozenset(
    ["articles", "article", "pages", "page", "texts", "text", "stories", "story", "posts", "items", "input", "inputs", "output", "scraped", "scrape", "crawl", "crawled", "corpus", "clean", "cleaned", "fixtures", "samples", "sample", "documents", "docs", "files", "export", "exports", "stdin", "downloads", "archive", "archives", "plaintext", "content", "contents"])


def site_keys(group: str) -> list[str]:
    """Name keys of the site behind `group` (a source or folder name): 'www.tehrantimes.com' -> ['tehrantimes']."""
    g = (group or "").lower()
    g = re.sub(r"^[a-z]+://", "", g).split("/")[-1] if "/" in g.rstrip("/") else g.strip("/")
    g = re.sub(r"^www\.", "", g)
    g = re.sub(r"\.(?:com|org|net|co|ir|in|uk|news|info|tv)\b", "", g)
    g = re.sub(r"[_-](?:dev|test|train|heldout|data|txt|raw|articles|pages)$", "", g)
    key = re.sub(r"[^a-z0-9]", "", g)
    return [key] if len(key) >= 5 and key not in _GENERIC_GROUPS else []


def classify_line(line: str, *, site: list[str], settings: Settings | None = None) -> str | None:
    """Reason tag when a whole line is page furniture, else None. `line` is squashed, non-empty; `settings`: the
    run's Settings (CLEAN_SHORT_LINE_WORDS, CLEAN_PROMPT_MAX_WORDS; DEFAULT when None)."""
    cfg = DEFAULT if settings is None else settings
    s = line
    words = word_count(s)
    if _CODE_LINE.match(s):
        return "code"
    lic = licence_search(s) if words <= 40 else None
    if lic and (word_count(s[:lic.start()]) <= 3 or bracketed(s)) and not is_protected(s):
        # the statement opens the line, or stands in a bracketed note ('(Except for the headline, this story has not
        # been edited ...)'); one glued after a story sentence is peeled instead
        return "licence"
    if words <= cfg.CLEAN_RIGHTS_MAX_WORDS and _RIGHTS.search(s) and not is_protected(s):
        return "licence"  # a rights notice in any position of a short line
    _day, is_stamp = stamp_date(s)
    if is_stamp:
        return "timestamp"
    if words > 60:  # every rule below needs a shorter line (caption <= 60 words, the others far fewer)
        return None
    if _READ_TIME.match(s) or reading_time(s):  # 'Lesezeit: 3 Min.' (calls.py: other languages)
        return "timestamp"
    if _CAPTION_START.match(s) and words <= 60:
        return "caption"
    protected = is_protected(s)
    if protected:
        return None
    m = _NEW_WINDOW.search(s)
    if m and not _SENTENCE_END.search(s[:m.start()].rstrip()) \
            and word_count(s[:m.start()]) <= cfg.CLEAN_SHORT_LINE_WORDS:
        return "link"  # a share button or menu link with its "(opens in new window)" hint
    if words <= 60 and _CAPTION_CREDIT_END.search(s) and not GLUED_CODE.search(s):
        return "caption"  # ('... måneden. (©NTB)' closes a paragraph with its agency's credit: credits.GLUED_CODE)  # a caption and its credit: "Marco Odermatt, Ski-Star aus der Schweiz. © AFP"
    short = words <= cfg.CLEAN_SHORT_LINE_WORDS
    sentence = is_sentence(s)
    if words <= 8 and all(_AD.match(p.strip(" -–—*_=[]()|:.")) for p in _PARTS.split(s)):
        return "ad"  # "ADVERTISEMENT", "Advertisement - scroll to continue"
    if words <= 50 and _CONSENT.match(s):
        return "consent"  # "We use cookies to improve your experience. By continuing ..."
    if words <= 30 and _PAYWALL.match(s):
        return "paywall"  # "Already a subscriber? Log in", "Subscribe to continue reading"
    if _BARE_LABEL.match(s):
        return "label"
    m = _LABEL_LIST.match(s)
    if m and (not sentence or word_count(m.group("rest")) <= 6) and word_count(m.group("rest")) <= 20:
        return "label"
    if words <= 12 and _BREADCRUMB.match(s):
        return "breadcrumb"
    m = _LINK_LABEL.match(s)
    if m and 0 < word_count(m.group("rest")) <= 20 and not _SENTENCE_END.search(m.group("rest")):
        return "read_more"
    if words <= 10 and not sentence and _BYLINE_ROLE.match(s):
        return "byline"
    if words <= 10 and not sentence and author_line(s):
        return "author"  # 'By Marie Dupont and Tom Hale', 'Von Anna Schmidt' (credits.py)
    if words <= 6 and not sentence and _PHOTO_CREDIT.match(s):
        return "caption"
    if short and _READMORE.match(s) and _READMORE_TARGET.search(s):
        return "read_more"
    if short and (share_label(s) or follow_call(s, cfg.CLEAN_SHORT_LINE_WORDS) or app_call(s)):
        return "share"  # 'Artikel teilen', 'Síguenos en Twitter ...' (calls.py: other languages)
    if short and (other := other_language_junk(s, cfg.CLEAN_SHORT_LINE_WORDS)):
        return other  # 'Anzeige', 'Kommentare (3)', 'Schlagworte: ...', 'Inicio / ...' (calls.py)
    note = site_note(s, words, short, cfg, classify_line)
    if note:  # a call to read the site's news, a link to another edition, an opinion page's note (credits.py)
        return note
    if short and _SOCIAL_RE.search(s):
        n_social = len(_SOCIAL_RE.findall(s))
        cta = _CTA_START.match(s)
        # a CTA that is not a sentence, or names two social words ("Follow her on Twitter."), or addresses the
        # reader; a sentence with one such word ("Print newspapers have lost readers.") is prose
        if (cta and ((not sentence and not _SENTENCE_END.search(s) and words <= 6) or n_social >= 2 or _ADDRESSED.search(s))) \
                or n_social * 2 >= words:
            return "share"
    if 3 <= words <= cfg.CLEAN_PROMPT_MAX_WORDS and _PROMPT.search(s) and _ADDRESS.search(s) and _site_prompt(s, cfg):
        return "prompt"  # sign-up, log-in, newsletter, comment-form and spam notices
    if short and not sentence:
        if site and any(k in re.sub(r"[^a-z0-9]", "", s.lower()) for k in site):
            return "site_name"
        if _DOMAIN.search(s) and words <= 6:
            return "site_name"
    return None


def _site_prompt(s: str, cfg: Settings) -> bool:
    """A prompt's form words (e-mail address, newsletter, spam, log in, cookies ...) are the site's; a sign-up verb
    alone is the site's call only when the line names the site's product, page or log-in, or the call is bare in its
    clause (clean/signup.py): "Sign up for a postal vote by 17 April if you will be away" is an explainer's step."""
    cues = list(_PROMPT.finditer(s))
    if not all(SIGNUP_VERB.fullmatch(m.group()) for m in cues):
        return True
    return names_site(_PROMPT.sub(" ", s)) or any(bare_call(s, m.start(), m.end(), cfg.CLEAN_PROMPT_CALL_LEAD_WORDS) for m in cues)


def tail_marker(line: str) -> tuple[bool, str]:
    """Is `line` a heading that opens a tail of other stories? Returns (is_marker, headline glued after it)."""
    s = squash(line)
    m = _TAIL.match(s)
    if not m:
        return False, ""
    rest = s[m.end():].strip()
    if not rest:
        return True, ""
    if m.group("sep") and m.group("sep") != "" and word_count(rest) <= 25 and not is_protected(rest):
        return True, rest
    return False, ""


def looks_like_headline(line: str) -> bool:
    """Short, no terminal full stop: a headline or a list item, not a paragraph."""
    s = squash(line)
    return 0 < word_count(s) <= 20 and not _SENTENCE_END.search(s)


# --- peeling the end of the last body line -----------------------------------------------------------------------
_TAIL_PEELERS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?:(?<=[\s.!?”\"’)])|^)(" + _EDITOR_CODE + r")\W{0,2}\s*$"), "code"),
    (re.compile(r"(?:(?<=[\s.!?”\"’)。！？])|^)(END(?:\s+[A-Z]{2,5})?|[（(](?:完|终|終|끝)[）)])\s*$"), "code"),
    (re.compile(r"(?<=[.!?”\"’)])\s+([A-Z]{1,4})\s*$"), "code"),
    *CREDIT_PEELERS,  # credits.py: agency names and credits glued after the last sentence
]


def peel_tail(line: str, settings: Settings | None = None) -> tuple[str, list[tuple[str, str]]]:
    """Strip footer furniture off the end of a line, repeatedly: codes, END, credits, licence, captions.

    Returns (rest, [(piece, reason), ...]) with pieces in the order they were cut (last first).
    """
    cfg = DEFAULT if settings is None else settings
    cut: list[tuple[str, str]] = []
    s = line.rstrip()
    changed = True
    while changed and s:
        changed = False
        for pat, reason in _TAIL_PEELERS:
            m = pat.search(s)
            if m:
                cut.append((m.group(1), reason))
                s = s[:m.start(1)].rstrip()
                changed = True
                break
        if changed:
            continue
        lic = _licence_tail(s)
        if lic is not None:
            cut.append((s[lic:].strip(), "licence"))
            s = s[:lic].rstrip()
            changed = True
            continue
        cap = _caption_tail(s, cfg.CLEAN_CAPTION_MAX_CHARS)
        if cap is not None:
            cut.append((s[cap:].strip(), "caption"))
            s = s[:cap].rstrip()
            changed = True
            continue
        furniture = _furniture_tail(s, cfg)
        if furniture is not None:
            start, reason = furniture
            cut.append((s[start:].strip(), reason))
            s = s[:start].rstrip()
            changed = True
    return s, cut


def _furniture_tail(s: str, settings: Settings) -> tuple[int, str] | None:
    """A share/follow, read-more or ad sentence glued after the last body sentence of a line: (start, reason)."""
    from newsdesk.clean.text import sentences

    units = sentences(s)
    if len(units) < 2:
        return None
    reason = classify_line(units[-1], site=[], settings=settings)
    if reason in ("share", "read_more", "ad"):
        return len(s) - len(units[-1]), reason
    return None


def _licence_tail(s: str) -> int | None:
    """Start of a licence/copyright statement that ends the line, or None."""
    from newsdesk.clean.text import sentences

    units = sentences(s)
    last = units[-1] if len(units) >= 2 else ""  # one unit: only a statement glued after a dash credit (below)
    m = licence_search(last)
    if m and word_count(last) <= 40 and not is_protected(last):
        head = last[:m.start()]
        # an editor code glued in front of the statement stays for the code peeler
        codes_only = re.fullmatch(r"(?:\s*" + _EDITOR_CODE + r")*\s*", head)
        # words before the statement inside the same unit are body (a sentence the splitter did not cut off)
        lead = m.start() if (codes_only or word_count(head) >= 3) and not bracketed(last) else 0
        return len(s) - len(last) + lead
    # the statement glued after a sentence end or an agency credit ("... over. — ANI This article was first ...")
    m = licence_search(s)
    if m and word_count(s[m.start():]) <= 40 and not is_protected(s[m.start():]):
        before = s[:m.start()].rstrip()
        if word_count(before) >= 4 and re.search(r"(?:[.!?”\")]|[—–-]\s*[A-Z][\w.&]{1,20})$", before):
            return m.start()
    return None


_CAPTION_INLINE = re.compile(r"(?:(?<=[.!?”\"’)])\s+|^)((?:PHOTO|Photo|IMAGE|Image|PICTURE|Picture|CAPTION|Caption|"
                             r"FILE PHOTO|File photo)s?\s*:)")


def _caption_tail(s: str, max_chars: int) -> int | None:
    """Start of an inline ``PHOTO: ...`` caption within `max_chars` (CLEAN_CAPTION_MAX_CHARS) of the end of the
    line (it runs to the end), or None."""
    ms = list(_CAPTION_INLINE.finditer(s))
    if not ms:
        return None
    m = ms[-1]
    if m.start(1) == 0 or len(s) - m.start(1) > max_chars:
        return None
    return m.start(1)
