"""Notes about the page that stand before or between the article's paragraphs (not menus, not tails).

A site sets notes about the page itself above or inside the story: it discloses that the post's links earn it money
("This post contains references to products from one or more of our advertisers. We may receive compensation when
you click on links ...", "*Werbung. Dieser Beitrag enthält Werbung für ...", "Für Links auf dieser Seite erhält
... eine Provision"). Such a line says something about the page rather than the story, and it is read from what the
line says about the page, in any of the languages of a small cue set:

- `is_disclosure`: a word of paid promotion (advertising, sponsor, compensation, Werbung, Provision, publicité ...)
  together with a word for the page's own links or text (link, post, article, page, Beitrag, Seite ...) and the
  page's own voice (this/our/we/I/you, dieser/unser/wir/Sie, ce/notre/vous ...); or an affiliate link named as such.
  Prose about advertising ("Bloomberg's ... advertisements", "Werbung für ein neues Produkt") names no link or page
  in the page's voice and stays; quotations and attributed speech stay.
- `is_bio`: the writer's bio set above or inside the story: a line that opens with a person's full name and a verb
  of what they are or do ("Jane Roe lehrt Geschichte an der Universität Zürich.", "Jane Roe is a personal finance
  expert ..."), whose next sentence goes on about the same person with a personal pronoun ("Er studierte ...",
  "She is a former ..."). A news paragraph that opens with a name goes on with what happened, or quotes the person.
- `is_link_label`: a link to another story set between the paragraphs under a label that tells the reader to look
  or read ("MIRA: <headline>", "PUEDES VER: <headline>", "Dowiedz się więcej: <headline>"; "Lesen Sie auch" and the
  other tail headings are `rules.tail_marker`'s):
  the label in the cue set's languages, then a headline (no full stop at its end, <= CLEAN_LINK_LABEL_MAX_WORDS);
  and a headline set between arrows (">> <headline> <<"), the arrows alone marking the link.
- `is_signup_call`: a call that opens with the imperative to sign up or subscribe ("Sign up to get the best content
  of the week ...", "Abonniere ...", "Suscríbase ..."), <= CLEAN_PROMPT_MAX_WORDS words (rules' prompt rule needs
  the site's or the reader's pronoun; the imperative addresses the reader itself).
- `is_disclaimer`: a short liability note (<= CLEAN_SHORT_LINE_WORDS words: "(Alle Angaben ohne Gewähr)",
  "Errors and omissions excepted", "Sous réserve de modifications").
"""

from __future__ import annotations

import re

from newsdesk.clean.rules import is_protected
from newsdesk.clean.text import word_count
from newsdesk.settings import Settings

_W = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after
# paid promotion, in the languages of the dev and seed sites
_COMMERCE = re.compile(
    _W + r"(?:advertis\w*|sponsor(?:ed|s|ing)?|compensation|werbung|werbelinks?|anzeige|provision|"
    r"publicité|publicidad|pubblicità|reklam[ae]|patrocinado|gesponsert)" + _E, re.IGNORECASE)
# the page's own links and text
_PAGE = re.compile(
    _W + r"(?:links?|post|article|page|site|website|beitrag|artikel|seite|webseite|website|verlinkung(?:en)?|liens?|"
    r"enlaces?|collegamenti|linki|odnośniki)" + _E, re.IGNORECASE)
# ... named in the page's voice: pointing at itself, speaking as the site, or to the reader
_VOICE = re.compile(
    _W + r"(?:(?i:this|these|our|we|dieser|diese|dieses|diesem|diesen|unser\w*|wir|uns|mein\w*|ich|ce|cet|cette|"
    r"ces|notre|nos|nous|este|esta|estos|estas|nuestr\w*|questo|questa|nostr\w*|nasz\w*|you|your|du|dein\w*|"
    r"vous|votre)|I|Sie|Ihr\w*|Ihnen)" + _E)
# an affiliate link named as such is the disclosure on its own ("Bei den Verlinkungen handelt es sich um Affiliate
# Links")
_AFFILIATE = re.compile(
    _W + r"(?:affiliate[- ]?(?:links?|partner\w*|program\w*|commissions?)|partner-?links?|provisionslinks?|"
    r"enlaces? de afiliad\w+|liens? (?:d'|d’)?affili\w+)" + _E, re.IGNORECASE)


def is_disclosure(line: str, cfg: Settings) -> bool:
    """A disclosure of the page's paid links or promotion (<= CLEAN_DISCLOSURE_MAX_WORDS words), not a quotation."""
    if word_count(line) > cfg.CLEAN_DISCLOSURE_MAX_WORDS or is_protected(line):
        return False
    if _AFFILIATE.search(line):
        return True
    return bool(_COMMERCE.search(line) and _PAGE.search(line) and _VOICE.search(line))


# a person's full name: two or three capitalised words (a particle such as 'von' or 'de' between), not a determiner
_DETERMINERS = frozenset((
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "dieser", "diese", "dieses", "jeder",
    "jede", "the", "this", "that", "these", "those", "a", "an", "le", "la", "les", "un", "une", "ce", "cette", "el",
    "los", "las", "lo", "il", "gli", "uno", "una", "de", "het", "een"))
_NAME = r"(?P<first>[A-ZÄÖÜÉ][a-zäöüéèáíóúñçß'’-]+)(?:\s[A-ZÄÖÜÉ]\.)?(?:\s(?:von|van|de|da|di|del|der|le|la|von der|van der))?" \
        r"\s[A-ZÄÖÜÉ][\w'’-]+"
# what the person is or does (copula, teaching, leading, writing, working, studying), in the cue set's languages
# (a copula only before a role: 'is a', 'ist Professor', 'est une'; "Jane Roe is charged with ..." is news)
_BIO_VERB = r"(?:(?:is|was)\s(?:a|an|the)|(?:ist|war)\s(?:ein\w*|der|die|[A-ZÄÖÜ]\w+)|(?:est|était|es|era)\s" \
            r"(?:un|une|le|la|el|uno|una)|leitet|lehrt|arbeitet|forscht|schreibt|studierte|works|worked|writes|" \
            r"teaches|studied|covers|heads|leads|enseigne|dirige|travaille|trabaja|escribe|insegna|lavora|scrive)"
# the next sentence goes on about the same person (he/she in the cue set's languages)
_BIO_PRONOUN = r"(?:He|She|Er|Sie|Il|Elle|Él|Ella|Lui|Lei|On|Ona)"
_BIO = re.compile(r"^" + _NAME + r"\s" + _BIO_VERB + r"\s[^.!?]{5,}[.!?]\s+" + _BIO_PRONOUN + r"\s[a-zäöüéèáíóú]")


def is_bio(line: str, cfg: Settings) -> bool:
    """A writer's bio (<= CLEAN_BIO_MAX_WORDS words): a full name and what the person is or does, then a sentence
    that goes on with he/she; no quotation."""
    if word_count(line) > cfg.CLEAN_BIO_MAX_WORDS:
        return False
    m = _BIO.match(line)
    return bool(m) and m.group("first").lower() not in _DETERMINERS and not is_protected(line)


# "look / read / see / learn more" said to the reader, as a label before a link, in the cue set's languages
_LINK_LABEL = re.compile(
    r"^\W{0,3}(?i:mira|ver|puedes ver|lee|lea|leer|lee también|lea también|mehr dazu|"
    r"dowiedz się więcej|zobacz(?: też| także| również)?|czytaj(?: więcej)?|voir|lire|à lire|regardez|guarda|"
    r"leggi|vedi|bekijk|lees|katso|lue myös|läs också|les også|se også|veja|leia|veja também|leia também)"
    r"\s*(?:[:|»>]+)\s*(?P<rest>\S.*)$")
_FULL_STOP = re.compile(r"\.[\"”’'\)\]]*$")


def is_link_label(line: str, cfg: Settings) -> bool:
    """A link to another story under a look/read label: the rest a headline (<= CLEAN_LINK_LABEL_MAX_WORDS words,
    no full stop at its end), not a quotation."""
    m = _LINK_LABEL.match(line)
    if not m:
        return False
    rest = m.group("rest")
    return 0 < word_count(rest) <= cfg.CLEAN_LINK_LABEL_MAX_WORDS and not _FULL_STOP.search(rest) \
        and not is_protected(rest)


# a headline between ASCII arrows: ">> Wegen Corona: ... schließen <<" (guillemets « » open quotations: not these)
_ARROWS = re.compile(r"^>{2,3}\s*(?P<rest>[^<>]+?)\s*<{2,3}$")


def is_arrow_link(line: str, cfg: Settings) -> bool:
    """A headline between '>>' and '<<' (<= CLEAN_LINK_LABEL_MAX_WORDS words): a link to another story."""
    m = _ARROWS.match(line.strip())
    return bool(m) and 0 < word_count(m.group("rest")) <= cfg.CLEAN_LINK_LABEL_MAX_WORDS


# the imperative to sign up or subscribe, opening the line, in the cue set's languages
_SIGNUP = re.compile(
    r"^\W{0,3}(?i:sign up|subscribe|register|join|abonniere\w*|abonnieren sie|melde dich|melden sie sich|"
    r"registriere dich|registrieren sie sich|inscrivez-vous|abonnez-vous|inscríbete|suscríbete|suscríbase|iscriviti|"
    r"zapisz się|zarejestruj się|schrijf je in|abonneer)" + _E)


def is_signup_call(line: str, cfg: Settings) -> bool:
    """A call that opens with the imperative to sign up or subscribe (<= CLEAN_PROMPT_MAX_WORDS), no quotation."""
    return bool(_SIGNUP.match(line)) and word_count(line) <= cfg.CLEAN_PROMPT_MAX_WORDS and not is_protected(line)


# liability notes, in the cue set's languages
_DISCLAIMER = re.compile(
    _W + r"(?i:ohne gewähr|keine gewähr|irrtümer vorbehalten|änderungen vorbehalten|without (?:any )?(?:guarantee|"
    r"warranty)|errors and omissions excepted|subject to change without notice|sans garantie|sous réserve de "
    r"modifications?|sin garantía|salvo error u omisión|senza garanzia|bez gwarancji|zonder garantie)" + _E)


def is_disclaimer(line: str, cfg: Settings) -> bool:
    """A short liability note (<= CLEAN_SHORT_LINE_WORDS words), no quotation."""
    return word_count(line) <= cfg.CLEAN_SHORT_LINE_WORDS and bool(_DISCLAIMER.search(line)) \
        and not is_protected(line)
