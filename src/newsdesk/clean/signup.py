"""What a call to sign up or subscribe is about: the site's own product, account or pages, or nothing (a bare call).

A site asks its readers to sign up for ITS newsletter, alerts, account or comments ("Sign up for our free daily
newsletter", "Registrieren Sie sich für ein Konto", "Abonnez-vous pour accéder à tous nos contenus"), or puts the
call bare ("Sign up now!", "Registrieren Sie sich hier"). An explainer tells its readers to sign up for a thing of
the world ("Sign up for a postal vote by 17 April if you will be away on polling day.", "... können Sie sich bis
zum 17. April für die Briefwahl anmelden."), and a shopping article says "you can sign up to be notified when they
become available": neither names anything of the site's, and both stay.

- `names_site(text)` (the line without its cue words): the site's product (newsletter, alerts, account, access, comments, 'our/unser/notre ...'), its
  own page ('this site', 'diese Website', 'cette page'), the writer's own ('my/mein ...': blog, articles) or its
  log-in (log in, einloggen, password, Benutzerkonto).
- `bare_call(line, start, end, lead_words)`: the sign-up verb at line[start:end] stands alone in its clause (up to
  the next or back to the last . ; : ! ? |): after it only 'now/here/free/jetzt/hier ...' and reflexive pronouns
  ('Sie sich', 'dich', '-vous'), before it at most `lead_words` words ("Hier können Sie sich anmelden"; a German
  verb-final sentence "Wenn Sie am Wahltag verreist sind, können Sie sich ... anmelden" has more).
- `SIGNUP_VERB`: the sign-up verbs among `rules._PROMPT`'s cues (sign up, subscribe, abonnieren, registrieren,
  anmelden, suscríbete, iscriviti, zapisz się ...); nouns ('Registrierung') and the form's own words (e-mail
  address, log in, spam, cookies) are none.
"""

from __future__ import annotations

import re

_W = r"(?<![^\W\d_])"  # no letter before
_E = r"(?![^\W\d_])"  # no letter after

# the page's own product, in the cue set's languages
SITE_PRODUCT = re.compile(
    _W + r"(?i:newsletter\w*|mailing[- ]list\w*|e-?mails?|email updates|updates|alerts?|feeds?|rss|podcasts?|"
    r"channel|app|account|access|edition|subscription\w*|digest|briefing|bulletin|inbox\w*|subscribers|followers|"
    r"readers|members?|membership|conversation|comments?|content|stories|news|magazine|mag|journal|nachricht\w*|"
    r"our|us|unser\w*|uns|konto|kanal|zugang|abo\w*|benachrichtigung\w*|kommentar\w*|mitglied\w*|infos?|"
    r"notre|nos|lettre|infolettre|compte|chaîne|alertes?|abonnement\w*|nuestr\w*|boletín|boletines|cuenta|"
    r"canal|acceso|correo|suscripción|nostr\w*|canale|accesso|nasz\w*|konto|kanał|onze|nieuwsbrief)" + _E)
# THIS page named as its own (a pointing or possessive word right before the page's word, one word between at most:
# "this post", "links on our site", "dieser Seite", "cet article")
OWN_PAGE = re.compile(
    _W + r"(?i:this|these|our|dieser|diese|dieses|diesem|diesen|unser\w*|mein\w*|ce|cet|cette|ces|notre|nos|mon|"
    r"ma|mes|este|esta|estos|estas|nuestr\w*|questo|questa|questi|nostr\w*|nasz\w*|ten|ta)\s(?:\w+\s)?"
    r"(?i:links?|posts?|articles?|pages?|sites?|websites?|stories|story|beitr(?:a|ä)g\w*|artikel\w*|seiten?|"
    r"webseiten?|website|verlinkung(?:en)?|liens?|enlaces?|collegamenti|linki|odnośniki|artículos?|articolo|"
    r"pagina|página|sitio|sito|strona|stronie|wpis\w*)" + _E)
# the writer's own things and the site's log-in: a call that names them is about the site
_SITE_ACCOUNT = re.compile(
    _W + r"(?i:my|mein\w*|blog\w*|kommentier\w*|log ?in|sign in|einloggen|einzuloggen|loggen|eingeloggt|"
    r"passwor[dt]\w*|benutzer\w*|\w+konto|\w+konten|funktion\w*)" + _E)

SIGNUP_VERB = re.compile(
    r"(?i:sign up|subscribe|suscríbete|suscribirse|iscriviti|zapisz się|abonnier(?:e|en|st|t)?|abonnez|"
    r"registrier(?:e|en|st|t)?|anmelden)")
_CLAUSE_END = re.compile(r"[;:!?|]|(?<!\d)\.")  # a full stop after a digit is an ordinal's ('bis zum 17. April')
# what may follow a bare call to its clause's end (matched at the verb's end, it reads no further than that)
_ALONE = re.compile(
    r"(?:\W*(?i:now|today|here|free|up|login|log in|sign in|jetzt|hier|gratis|kostenlos|einfach|maintenant|ahora|"
    r"ora|teraz|sie sich|sich|dich|vous|te|se)" + _E + r")*[^\w.;:!?|]*(?:" + _CLAUSE_END.pattern + r"|$)")


def names_site(text: str) -> bool:
    """Does `text` name the site's product, its own page, the writer's own things or the site's log-in?"""
    return bool(SITE_PRODUCT.search(text) or OWN_PAGE.search(text) or _SITE_ACCOUNT.search(text))


def bare_call(line: str, start: int, end: int, lead_words: int) -> bool:
    """Is the verb at line[start:end] a bare call: only 'now/here/...' and reflexive pronouns after it in its clause,
    at most `lead_words` words before it there?"""
    if not _ALONE.match(line, end):
        return False
    # only the last lead_words + 1 words before the verb can matter (a line's many calls each read a short window)
    window = " ".join(line[:start].rsplit(None, lead_words + 1)[-(lead_words + 1):])
    before = window[max((m.end() for m in _CLAUSE_END.finditer(window)), default=0):]
    return len(before.split()) <= lead_words
