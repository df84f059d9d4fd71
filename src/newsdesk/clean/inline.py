"""Notes about the page that stand before or between the article's paragraphs (not menus, not tails).

A site sets notes about the page itself above or inside the story: it discloses that the post's links earn it money
("This post contains references to products from one or more of our advertisers. We may receive compensation when
you click on links ...", "*Werbung. Dieser Beitrag enthält Werbung für ...", "Für Links auf dieser Seite erhält
... eine Provision"). Such a line says something about the page rather than the story, and it is read from what the
line says about the page, in any of the languages of a small cue set:

- `is_disclosure`: a word of paid promotion (advertising, sponsor, compensation, Werbung, Provision, publicité ...)
  together with THIS page named as its own (this/our/dieser/unser/cet/notre ... right before link, post, article,
  page, Beitrag, Seite ...) or the site's own earnings (we may receive/earn, wir erhalten, nous recevons ...); or an
  affiliate link named as such. Prose about advertising ("Bloomberg's ... advertisements", "Werbung für ein neues
  Produkt") and news of someone else's sponsored post ("The Instagram post was sponsored by ..., our investigation
  found") stay; quotations and attributed speech stay.
- `is_bio`: the writer's bio set above or inside the story: a line that opens with a person's full name and a verb
  of what they are or do now ("Jane Roe lehrt Geschichte an der Universität Zürich.", "Jane Roe is a personal
  finance writer ..."), naming the writer's own role in that sentence (writer, reporter, editor, Redakteur, Ressort,
  journaliste, periodista ...; teaching at a university), whose next sentence goes on about the same person with a
  personal pronoun ("Er studierte ...", "She is a former ...") or tells where to follow or reach them ("Follow her
  on Twitter at ..."). A feature's introduction of the person it is about
  ("Maria Lopez is a nurse ... She now lives ...") names no writer's role, and the past ("Tom Becker was a retired
  teacher ...") is no bio; nor is a news story about a reporter, which tells what was done to them, a death or
  someone's words ("... a correspondent for the Nordic Herald who was detained by border guards on Sunday.").
- `is_link_label`: a link to another story set between the paragraphs under a label that tells the reader to look
  or read ("MIRA: <headline>", "PUEDES VER: <headline>", "Dowiedz się więcej: <headline>"; "Lesen Sie auch" and the
  other tail headings are `rules.tail_marker`'s):
  the label in the cue set's languages, then a headline (no full stop at its end, <= CLEAN_LINK_LABEL_MAX_WORDS);
  and a headline set between arrows (">> <headline> <<"), the arrows alone marking the link.
- `is_signup_call`: a call that opens with the imperative to sign up or subscribe ("Sign up to get the best content
  of the week ...", "Abonniere unseren Newsletter ...", "Suscríbase para acceso ..."), <= CLEAN_PROMPT_MAX_WORDS
  words, alone or with the page's own product in its first clause (newsletter, list, alerts, account, app, access,
  our/unser/notre ...); an explainer's steps ("Register to vote online before ...") stay.
- `is_disclaimer`: a short liability note (<= CLEAN_SHORT_LINE_WORDS words: "(Alle Angaben ohne Gewähr)",
  "Errors and omissions excepted", "Sous réserve de modifications").
"""

from __future__ import annotations

import re

from newsdesk.clean.rules import _TAIL_HEADINGS, is_protected
from newsdesk.clean.signup import OWN_PAGE as _OWN_PAGE
from newsdesk.clean.signup import SITE_PRODUCT as _SITE_PRODUCT
from newsdesk.clean.text import word_count
from newsdesk.settings import Settings

_W = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after
# paid promotion, in the languages of the dev and seed sites
_COMMERCE = re.compile(
    _W + r"(?:advertis\w*|sponsor(?:ed|s|ing)?|compensation|werbung|werbelinks?|anzeige|provision|"
    r"publicité|publicidad|pubblicità|reklam[ae]|patrocinado|gesponsert)" + _E, re.IGNORECASE)
# ... named as THIS page's own (signup.OWN_PAGE: a pointing or possessive word right before the page's word, one word between at most:
# "this post", "links on our site", "dieser Seite", "cet article"), or the site speaking of its own present earnings
# ("we may receive compensation", "wir erhalten ... eine Provision"): "The Instagram post was sponsored by the
# supplement maker, ... our investigation found" reports someone else's post and stays
_OWN_EARNING = re.compile(
    _W + r"(?:(?:(?i:we|wir|nous|ich)|I)\s(?:(?i:may|might|can|could|können|kann|pouvons|peux)\s)?(?i:receive|earn|"
    r"get|erhalten|erhalte|bekommen|bekomme|verdienen|verdiene|recevons|reçois|touchons)|(?i:erhalten|erhalte|"
    r"bekommen|bekomme|verdienen|verdiene)\s(?i:wir|ich)|(?i:recibimos|ganamos|riceviamo|guadagniamo|otrzymujemy))"
    + _E)
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
    return bool(_COMMERCE.search(line) and (_OWN_PAGE.search(line) or _OWN_EARNING.search(line)))


# a person's full name: two or three capitalised words (a particle such as 'von' or 'de' between), not a determiner
_DETERMINERS = frozenset((
    "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "dieser", "diese", "dieses", "jeder",
    "jede", "the", "this", "that", "these", "those", "a", "an", "le", "la", "les", "un", "une", "ce", "cette", "el",
    "los", "las", "lo", "il", "gli", "uno", "una", "de", "het", "een"))
_NAME = r"(?P<first>[A-ZÄÖÜÉ][a-zäöüéèáíóúñçß'’-]+)(?:\s[A-ZÄÖÜÉ]\.)?(?:\s(?:von|van|de|da|di|del|der|le|la|von der|van der))?" \
        r"\s[A-ZÄÖÜÉ][\w'’-]+"
# what the person is or does now (a present copula, or a verb of writing, teaching or leading), in the cue set's
# languages; the past ("Tom Becker was a retired teacher ... He drowned ...") tells of someone the story is about
_BIO_VERB = r"(?:is|ist|est|es|è|jest|writes|covers|reports|edits|teaches|heads|leads|leitet|lehrt|schreibt|" \
            r"écrit|enseigne|dirige|escribe|enseña|scrive|insegna|pisze|wykłada)"
# ... and the role is the writer's own: writing, editing, reporting, or teaching at a university ("Maria Lopez is a
# nurse at the county hospital ... She now lives ..." introduces the person a feature is about, and stays)
_BIO_ROLE = re.compile(
    _W + r"(?i:writer|reporter|editor|author|journalist|columnist|correspondent|contributor|blogger|critic|"
    r"commentator|writes|covers|reports on|edits|has (?:covered|written|reported)|desk|"
    r"redakteur\w*|redaktion\w*|ressort\w*|journalist\w*|autor\w*|korrespondent\w*|kolumnist\w*|"
    r"herausgeber\w*|chefredakt\w*|publizist\w*|schreibt|journaliste|rédact\w*|chroniqueu\w*|auteur\w*|"
    r"éditorialiste|correspondant\w*|écrit|periodista|redactor\w*|columnista|corresponsal|escribe|giornalista|"
    r"redattor\w*|redattric\w*|scrittor\w*|scrittric\w*|editorialista|corrispondente|autore|autrice|scrive|"
    r"dziennikar\w*|redaktor\w*|publicyst\w*|felietonist\w*|pisze)" + _E)
# teaching is the writer's role at a university or an institute ("Jane Roe teaches history at the University of
# Springfield"; a teacher at the village school is a person a story is about)
_BIO_TEACH = re.compile(
    _W + r"(?i:teaches|lehrt|enseigne|enseña|insegna|wykłada|professor\w*|professeur\w*|profesor\w*|"
    r"lecturer|dozent\w*|docente)" + _E)
_BIO_ACADEMY = re.compile(
    _W + r"(?i:universit\w*|college|hochschule|institut\w*|akadem\w*|academ\w*|académ\w*|facult\w*|fakultät|"
    r"uniwersytet\w*|politechni\w*)" + _E)
# the next sentence goes on about the same person (he/she in the cue set's languages), or tells the reader where to
# follow or reach them ("Brooke Roe is a reporter for the Gazette. Follow her on Twitter at @broe.")
_BIO_PRONOUN = r"(?:He|She|Er|Sie|Il|Elle|Él|Ella|Lui|Lei|On|Ona)"
_BIO_CONTACT = r"(?:(?:You can )?(?i:follow|reach|e-?mail|contact) (?:her|him|them)|Folgen Sie (?:ihr|ihm)|" \
               r"Suivez-(?:la|le)|Síguel[ao])" + _E
_BIO = re.compile(r"^(?P<sentence>" + _NAME + r"\s" + _BIO_VERB + r"\s[^.!?]{5,})[.!?]\s+(?:" + _BIO_PRONOUN
                  + r"\s[a-zäöüéèáíóú]|" + _BIO_CONTACT + ")")

# ... and the line tells no news: a story about a reporter ("Tomas Brandt is a correspondent for the Nordic Herald who
# was detained by border guards on Sunday. He ...") reports what was done to them (detained, arrested, charged,
# sentenced, killed, freed ...; a passive in English, the participle in the other languages of the cue set), a death
# or someone's words (said, told, sagte, a déclaré, dijo ...); a bio says what the writer does and did, none of these
# ('has held posts', 'won a prize' and a weekday's column stay possible in a bio and are no such cue)
_NEWS_DONE = r"(?:detained|arrested|jailed|imprisoned|held|charged|sentenced|convicted|accused|indicted|killed|" \
             r"murdered|shot|wounded|injured|kidnapped|abducted|expelled|deported|freed|released|attacked|assaulted|" \
             r"threatened|beaten|tortured|banned|sued|fined|found dead|taken hostage)"
_BIO_NEWS = re.compile(
    _W + r"(?:(?i:was|were|been|being|is|are|got|gets)\s(?:\w+ly\s)?(?i:" + _NEWS_DONE + r")|"
    r"(?i:died|dies|said|says|told|tells|denied|denies|festgenommen|verhaftet|inhaftiert|angeklagt|verurteilt|"
    r"getötet|erschossen|ermordet|entführt|freigelassen|ausgewiesen|gestorben|starb|sagte|sagt|sagten|erklärte|"
    r"arrêté\w*|détenue?s?|emprisonné\w*|condamné\w*|tué\w*|enlevé\w*|libéré\w*|expulsé\w*|inculpé\w*|"
    r"a déclaré|a dit|est mort|est morte|est décédée?|detenid[oa]s?|arrestad[oa]s?|encarcelad[oa]s?|"
    r"condenad[oa]s?|asesinad[oa]s?|secuestrad[oa]s?|liberad[oa]s?|expulsad[oa]s?|dijo|afirmó|declaró|murió|"
    r"falleció|arrestat[oaie]|detenut[oaie]|condannat[oaie]|uccis[oaie]|rapit[oaie]|ha detto|è morto|è morta|"
    r"zatrzyman\w*|aresztowan\w*|skazan\w*|zabit\w*|porwan\w*|powiedział\w*|zmarł\w*))" + _E)


def is_bio(line: str, cfg: Settings) -> bool:
    """A writer's bio (<= CLEAN_BIO_MAX_WORDS words): a full name and what the person is or does now, in a first
    sentence that names the writer's own role (writing, editing, reporting; teaching at a university), then a
    sentence that goes on with he/she; no quotation, and no news about the person (_BIO_NEWS: a reporter detained,
    charged or killed, someone's words)."""
    if word_count(line) > cfg.CLEAN_BIO_MAX_WORDS:
        return False
    m = _BIO.match(line)
    if not m or m.group("first").lower() in _DETERMINERS or is_protected(line):
        return False
    first = m.group("sentence")
    r = _BIO_ROLE.search(first)  # the first role named is what the person is ('a former editor ... who ran its desk')
    role = r is not None and (not _FORMER.search(first[:r.start()]) or bool(_BIO_NOW.search(line, m.end("sentence"))))
    return bool(role or _BIO_TEACH.search(first) and _BIO_ACADEMY.search(first)) and not _BIO_NEWS.search(line)


# a one-sentence staff bio closing the text: a full name, 'is a/an', the writer's role and the beat or the site it
# serves ('Jane Doe is a senior reporter covering transport and infrastructure for the Bay Courier.'); `is_bio`'s
# second sentence is not asked for, so only the text's last line is read (clean/__init__: after the story's last
# paragraph) and the role must come before any other noun phrase's verb: 'a reporter who was detained ...' is news
_CLOSING_BIO = re.compile(r"^" + _NAME + r"\s(?:is|ist|est|es|è|jest)\s(?:(?:a|an|the|der|die|ein|eine|un|une|una|"
                          r"uno|el|la|il|le)\s)?(?P<rest>[^.!?]{3,})[.!?]$")
# the beat or the publication after the role ('covering ...', 'for the ...', 'at ...'); a place alone ('a writer based
# in Leeds whose next book ...') tells where a person lives, which a story's subject shares (review14 finding 6)
_BEAT = re.compile(r"(?i:covering|who covers|for|at|with|on|für|bei|pour|à|para|per|dla)" + _E)


def is_closing_bio(line: str, above: list[str], cfg: Settings) -> bool:
    """The writer's one-sentence bio (<= CLEAN_BIO_MAX_WORDS words) as the text's last line: a full name, a present
    copula, a role of the writer's own (_BIO_ROLE) as the noun within its first four words, then the beat or the
    publication (covering ..., for the ...); no quotation, no news about the person (_BIO_NEWS), no past role
    (_FORMER). A story whose lines `above` name such a role itself ('A court freed a journalist ...') is about the
    person its last line introduces: it stays."""
    if word_count(line) > cfg.CLEAN_BIO_MAX_WORDS or is_protected(line) or any(_BIO_ROLE.search(s) for s in above):
        return False
    m = _CLOSING_BIO.match(line.strip())
    if not m or m.group("first").lower() in _DETERMINERS or _FORMER.search(line[:m.start("rest")] + " ") \
            or _BIO_NEWS.search(line):
        return False
    words = m.group("rest").split()
    for k, w in enumerate(words[:4]):
        if _BIO_ROLE.fullmatch(w.strip(",")):
            return k + 1 < len(words) and bool(_BEAT.match(words[k + 1])) and not any(
                _FORMER.search(" ".join(words[:j + 1]) + " ") for j in range(k))
    return False


# a role qualified as past right before it ('a former reporter for a state newspaper', 'ehemaliger Redakteur', 'un
# ancien journaliste'): what the person was, not the writer's role now; a story about them (a press secretary named)
_FORMER = re.compile(_W + r"(?i:former|ex|retired|one-?time|erstwhile|ehemalig\w*|früher\w*|ancien\w*|antiguo|antigua|"
                     r"były|była|dawny|dawna)(?:[\s-]+[^\W\d_]+)?[\s-]+$")
# ... unless the next sentence names the writer's role now: 'He is the author of three books ...', 'He writes a weekly
# column on politics' (an op-ed's bio); 'He takes up the post next week' is news about the person
_BIO_NOW = re.compile(r"[.!?]\s+" + _BIO_PRONOUN + r"\s(?:(?:is|ist|est|es|è|jest) (?:(?:the|an?|der|die|l'|le|la|el|"
                      r"il|un|une|una|ein|eine) )?(?i:author|columnist|writer|contributor|blogger|autor\w*|auteur\w*|"
                      r"kolumnist\w*|chroniqueu\w*|columnista|autore|autrice|felietonist\w*)|(?:writes|schreibt|écrit|"
                      r"escribe|scrive|pisze)\s(?:\w+\s){0,3}(?i:column|blog|newsletter|kolumne|chronique|columna|"
                      r"rubrica|felieton)\w*)" + _E)


# "look / read / see / learn more" said to the reader, as a label before a link, in the cue set's languages
_LINK_LABEL = re.compile(
    r"^\W{0,3}(?i:mira|ver|puedes ver|lee|lea|leer|lee también|lea también|mehr dazu|"
    r"dowiedz się więcej|zobacz(?: też| także| również)?|czytaj(?: więcej)?|voir|lire|à lire|regardez|guarda|"
    r"leggi|vedi|bekijk|lees|katso|lue myös|läs också|les også|se også|veja|leia|veja também|leia também|"
    # Hindi, Urdu, Bengali, Arabic, Persian, Russian/Ukrainian, Turkish, Vietnamese, Greek
    r"ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|और पढ़ें|یہ بھی پڑھیں|مزید پڑھیں|আরও পড়ুন|আরো পড়ুন|اقرأ أيضا|اقرأ أيضاً|"
    r"بیشتر بخوانید|بخوانید|читайте также|читайте також|ayrıca okuyun|ayrıca bakınız|xem thêm|đọc thêm|"
    r"διαβάστε επίσης|διαβάστε ακόμα|"
    # session 14 (clean14): Armenian, Georgian, Kazakh, Uzbek, Azerbaijani, Baltic, Nordic, Balkan
    r"կարդացեք նաև|կարդա նաև|ასევე წაიკითხეთ|წაიკითხეთ ასევე|оқи отырыңыз|shuningdek o['‘’ʻ]qing|"
    r"həmçinin oxuyun|taip pat skaitykite|skaitykite taip pat|lasiet arī|lasi arī|loe ka|læs også|lestu einnig|"
    r"lexo edhe|lexo gjithashtu|прочитајте још|pročitajte još|прочетете още|preberite še|pročitajte i|"
    r"прочитајте и)"
    r"\s*(?:[:|»>՝]+)\s*(?P<rest>\S.*)$")
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
# an arrow mark, a read-also heading and the headline with no separator: '▶ 관련기사 지하철 적자 해마다 늘어', '► Read
# more Ministers clash over budget'
_ARROW_HEADING = re.compile(r"^[▶►▷→➤➔»]+\s*(?i:" + _TAIL_HEADINGS + r")\s+(?P<rest>[^\s:：|].*)$")


def is_arrow_link(line: str, cfg: Settings) -> bool:
    """A headline between '>>' and '<<', or after an arrow mark and a read-also heading (<= CLEAN_LINK_LABEL_MAX_WORDS
    words, no full stop): a link to another story."""
    m = _ARROWS.match(line.strip()) or _ARROW_HEADING.match(line.strip())
    return bool(m) and 0 < word_count(m.group("rest")) <= cfg.CLEAN_LINK_LABEL_MAX_WORDS \
        and not _FULL_STOP.search(m.group("rest"))


# the imperative to sign up or subscribe, opening the line, in the cue set's languages
_SIGNUP = re.compile(
    r"^\W{0,3}(?:(?i:jetzt|hier|gleich|einfach|kostenlos|gratis|now|maintenant|ahora|ora|teraz)\s+){0,2}"
    r"(?i:sign up|subscribe|register|join|abonniere\w*|abonnieren sie|anmelden|registrieren|melde dich|melden sie sich|"
    r"registriere dich|registrieren sie sich|inscrivez-vous|abonnez-vous|inscríbete|suscríbete|suscríbase|iscriviti|"
    r"zapisz się|zarejestruj się|schrijf je in|abonneer)" + _E)
# ... whose object is the page's own product: the call alone ("Sign up now", "SUSCRÍBETE"), or in its clause (up to
# the first . ; : ! ?) the site's newsletter, list, alerts, app, account, channel, access or content, or the site's
# own "our/unser/notre ..." ("Register to vote online before 16 April; ..." and "Join the queue before 10pm on polling
# day: ..." are an explainer's steps, and stay)
_SIGNUP_ALONE = re.compile(
    r"(?:\W*(?i:now|today|here|free|us|up|login|log in|sign in|jetzt|hier|gratis|kostenlos|anmelden|abmelden|mit|"
    r"maintenant|ahora|ora|teraz)){0,3}\W*$")
_CLAUSE = re.compile(r"[^.;:!?|]*")
# the German infinitive is a call only at the end of its clause ('Jetzt registrieren', 'Hier anmelden und ...'); with
# 'sich' or a subject after it the line is a verb-second sentence ('Hier registrieren sich jeden Morgen Hunderte ...')
_INFINITIVE = re.compile(r".*(?i:anmelden|registrieren)$")
_INFINITIVE_END = re.compile(r"\s*(?:[.!:|–—-]|(?i:und|&)\s|$)")


def is_signup_call(line: str, cfg: Settings) -> bool:
    """A call that opens with the imperative to sign up or subscribe (<= CLEAN_PROMPT_MAX_WORDS), alone or with the
    page's own product in its clause; no quotation."""
    m = _SIGNUP.match(line)
    if not m or word_count(line) > cfg.CLEAN_PROMPT_MAX_WORDS or is_protected(line) \
            or _INFINITIVE.match(m.group()) and not _INFINITIVE_END.match(line, m.end()):
        return False
    rest = line[m.end():]
    return bool(_SIGNUP_ALONE.match(rest) or _SITE_PRODUCT.search(_CLAUSE.match(rest).group()))


# liability notes, in the cue set's languages
_DISCLAIMER = re.compile(
    _W + r"(?i:ohne gewähr|keine gewähr|irrtümer vorbehalten|änderungen vorbehalten|without (?:any )?(?:guarantee|"
    r"warranty)|errors and omissions excepted|subject to change without notice|sans garantie|sous réserve de "
    r"modifications?|sin garantía|salvo error u omisión|senza garanzia|bez gwarancji|zonder garantie)" + _E)


# the label 'Disclaimer:' opening a line, in the cue set's languages: the site's note on the piece (views are not the
# site's, no investment advice, content auto-generated ...), whatever it goes on to say; not the words for 'warning'
# ('Avertissement : Hakimi (34e) pour Paris.' is a yellow card in a match report; 'avvertenza')
_DISCLAIMER_LABEL = re.compile(
    r"^\W{0,2}(?i:disclaimer|haftungsausschluss|descargo de responsabilidad|aviso legal|clause de "
    r"non-responsabilité|esclusione di responsabilità|isenção de responsabilidade|zastrzeżenie|"
    r"vrijwaring|ansvarsfriskrivning|sorumluluk reddi|अस्वीकरण|إخلاء المسؤولية|免责声明|免責事項|면책 ?조항)\s*[:：|–—-]\s*\S")


def is_disclaimer(line: str, cfg: Settings) -> bool:
    """A short liability note (<= CLEAN_SHORT_LINE_WORDS words), or a line opened by the label 'Disclaimer:'
    (<= CLEAN_PROMPT_MAX_WORDS words); no quotation."""
    words = word_count(line)
    return (words <= cfg.CLEAN_SHORT_LINE_WORDS and bool(_DISCLAIMER.search(line))
            or words <= cfg.CLEAN_PROMPT_MAX_WORDS and bool(_DISCLAIMER_LABEL.match(line))) and not is_protected(line)
