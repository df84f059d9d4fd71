"""The site asking its reader for money: a donation or membership appeal (issue 14's junk class 'donation prompts').

News sites close (and sometimes break) an article with a pitch for their own funding: 'Our journalism is free to read
because readers like you support it.', 'Become a supporter today.', 'Independent journalism costs money. If you value
our reporting, please consider making a contribution.' Two shapes, neither keyed to a site:

- a short bare call to give (`_CALL`: at most CLEAN_APPEAL_CALL_WORDS words, nothing after the call but 'today' /
  'now' / 'here'): 'Become a supporter today.', 'Donate now', 'Support our journalism', 'Unterstützen Sie unseren
  Journalismus', 'Faites un don', 'Hazte socio';
- a line (at most CLEAN_APPEAL_MAX_WORDS words) in which the site names its OWN journalism ('our journalism', 'our
  reporting', 'our newsroom', 'unseren Journalismus', 'notre journalisme', 'nuestro periodismo') and asks for or thanks
  the reader's money or support ('support', 'contribution', 'donate', 'readers like you', 'free to read'), said to the
  reader ('you', 'readers', 'please').

A story's sentence about journalism or funding names no 'our' newsroom of the site ('Local newspapers depend on readers
who support their journalism.'), or is attributed speech (`rules.is_protected`: a quotation, 'said'): it stays.
"""

from __future__ import annotations

import re

from newsdesk.clean.rules import is_protected
from newsdesk.clean.text import word_count
from newsdesk.settings import Settings

_W = r"(?<![^\W\d_])"
_E = r"(?![^\W\d_])"
# the site's own journalism, named by the site ('our journalism'; 'unseren Journalismus')
_OWN_WORK = re.compile(
    _W + r"(?i:our (?:(?:independent|local|award-winning|quality|public[- ]interest|fact-based|non-?profit) )?"
    r"(?:journalism|reporting|journalists|newsroom|reporters|coverage|work|mission)|"
    r"unser(?:en|e|er)? (?:unabhängigen? )?(?:journalismus|berichterstattung|redaktion|arbeit)|"
    r"notre (?:journalisme|rédaction|travail)|nos journalistes|nuestro (?:periodismo|trabajo)|nuestra redacción|"
    r"nosso (?:jornalismo|trabalho)|nossa redação|il nostro (?:giornalismo|lavoro)|la nostra redazione)" + _E)
# ... and asks for (or thanks) the reader's money or support
_ASK = re.compile(
    _W + r"(?i:support\w*|donat\w+|contribut\w+|readers like you|free to read|membership|chip in|funded by|"
    r"costs? money|unterstütz\w*|spende\w*|soutien\w*|soutenez|don|dons|"
    r"apoy\w+|dona\w+|aport\w+|apoi\w+|assin\w+|sostien\w+|sostegno|abbonati)" + _E)
# ... said to the reader: 'you', 'readers like you', 'please' ('Our reporting on the case was supported by the press
# fund' tells who paid for a report and speaks to no one: it stays)
_READER = re.compile(_W + r"(?i:you|your|readers|please|lectores|lector|tú|usted|ustedes|vous|votre|lecteurs|sie|"
                     r"ihnen|du|leser\w*|você|leitores|voi|lettori)" + _E)
# a bare call to give, said to the reader
_CALL = re.compile(
    r"^\W*(?i:please\s+)?(?i:become an? (?:supporter|member|patron|donor|subscriber|friend of [\w ]{2,30})|"
    r"(?:donate|give|contribute)(?: (?:now|today|here|monthly|once))?|make an? (?:(?:one-off|one-time|monthly|small) )?"
    r"(?:contribution|donation|gift)|support (?:us|our (?:journalism|work|reporting|newsroom)|(?:independent|local|"
    r"quality|public[- ]interest) journalism)|"
    r"unterstützen sie (?:uns|unseren journalismus|unsere arbeit|unabhängigen journalismus)|jetzt spenden|"
    r"faites un don|soutenez(?:-nous| notre journalisme| notre travail)|hazte (?:socio|miembro|suscriptor|mecenas)|"
    r"apoya (?:nuestro periodismo|el periodismo independiente)|haz una donación|apoie (?:o|nosso) jornalismo|"
    r"sostieni (?:il nostro giornalismo|la nostra redazione))"
    r"(?:\s+(?i:today|now|here|from just .{1,20}|for as little as .{1,20}|heute|jetzt|maintenant|hoy|ahora|hoje|oggi))?"
    r"\W*$")


def is_appeal(line: str, cfg: Settings) -> bool:
    """The site's appeal for the reader's money or support (module docstring); `line` is squashed. A quotation or
    attributed speech is no appeal."""
    words = word_count(line)
    if words == 0 or words > cfg.CLEAN_APPEAL_MAX_WORDS or is_protected(line):
        return False
    if words <= cfg.CLEAN_APPEAL_CALL_WORDS and _CALL.match(line):
        return True
    return bool(_OWN_WORK.search(line) and _ASK.search(line) and _READER.search(line))
