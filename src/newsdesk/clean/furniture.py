"""Blocks of the page's furniture that only their neighbours give away (read before the line-by-line pass).

- an image gallery's counter ('1 of 12', '3/12', '1 de 12') beside the gallery's buttons ('Previous', 'Next', '‹', '›'):
  the counter and the buttons within CLEAN_GALLERY_SPAN lines of it go ('gallery'); a counter with no button beside it,
  or a button word with no counter, is left to the story ('Next' may head a paragraph);
- an author box below the story: a follower count alone ('12.4K Followers', calls._COUNT_LINE) with the writer's name
  and role right above it (at most CLEAN_AUTHOR_BOX_LINES short lines, no sentence end, below the last sentence): the
  name and role go with it ('author');
- the site's comment policy: a line that names comments, opens as the site's rule and whose every sentence speaks of
  comments or is such a rule ('Comments are moderated.', 'Please keep your comments relevant and respectful.',
  'Comments are closed.'): 'prompt'. Attributed speech ('..., the regulator said') is the story's (rules.is_protected);
  'By submitting the documents late, the firm broke the rules.' names no comment.

- an advertiser's box at the text's end: its heading ('Sponsored', 'Promoted Content', 'From our partners', 'Around
  the web') over lines that are all headline-shaped (no sentence end, short: the ads' titles and advertisers) to the
  end: 'ad'. The heading alone between paragraphs is rules' ad label; short sentences below it are the story's.

- a newsletter box: a short heading with no sentence end ('Tilmeld dig vores nyhedsbrev'), at most
  CLEAN_BOX_ECHO_LINES - 1 pitch lines, then a button of one or two words that repeats the heading's first words
  ('Tilmeld'): heading, pitch and button go ('box'), in any language (the button echoes its box's call);
- a cookie banner in any language: a line of at most CLEAN_PROMPT_MAX_WORDS words that names cookies in one of the
  cue set's words ('sīkdatnes', 'küpsiseid', 'evästeitä', 'Cookie'), either no sentence that names the site's
  settings, consent or policy ('Cookie-Einstellungen ändern'), or, above the story's prose, with its buttons right
  below it (one to three lines of at most three words, no sentence end, no figure: 'Piekrītu'): 'consent'.

Each is a shape (a counter, a count, a rule's opening) and its position; the words are closed classes.
"""

from __future__ import annotations

import re

from newsdesk.clean.calls import follower_count
from newsdesk.clean.rules import is_protected, is_sentence
from newsdesk.clean.text import sentences, word_count
from newsdesk.settings import Settings

# 'N of M' in a few languages, or 'N / M'
_COUNTER = re.compile(r"^\W{0,2}(?P<n>\d{1,3})\s*(?:/|(?i:of|de|di|von|van|из|z|dari|ng|sur|av|af))\s*(?P<m>\d{1,3})"
                      r"\W{0,2}$")
_NAV = re.compile(r"^\W{0,2}(?i:previous|next|prev|back|anterior|siguiente|próxima|proxima|zurück|weiter|vorherige?s?|"
                  r"nächste?s?|précédente?|suivante?|precedente|successiva|successivo|poprzednie|następne|vorige|"
                  r"volgende|предыдущая|следующая|önceki|sonraki|sebelumnya|berikutnya)?\W{0,2}$")
# the heading of an advertiser's box of paid headlines
_AD_BOX = re.compile(r"^\W*(?i:sponsored(?: content| links| stories| posts)?|promoted(?: content| stories| links)?|"
                     r"paid (?:content|partner content)|(?:more )?from (?:our|the) partners|around the web|"
                     r"recommended by \w+)\W*$")
_COMMENT_WORD = re.compile(r"\bcomment(?:s|ing|ers?)?\b", re.IGNORECASE)
# the rule's opening names the readers' comments on this site: 'Comments are moderated', 'Comments on this article
# ...', 'Comments that contain abuse will not be published' ('Comments that the minister made ...', 'Comments are due
# by March 31 ...' are the story's)
_POLICY_START = re.compile(
    r"^\W*(?:(?:all |your |reader(?:s['’]?)? )?comments? (?:are|is|will be|may be|must be|should be|will not be) "
    r"(?:not |now |being |temporarily |currently )?(?:closed|open|moderated|pre-moderated|reviewed|checked|screened|"
    r"welcome|disabled|turned off|switched off|subject to|held|limited|approved|restricted|the (?:views?|opinions?|"
    r"responsibility)|solely)\b|(?:all |reader(?:s['’]?)? )?comments? (?:that|which|containing|with)\b.*\b(?:will|may) "
    r"(?:not )?be (?:removed|deleted|published|edited|rejected|blocked)\b|comments? (?:on|to|for) this (?:article|"
    r"story|post|page|site)\b|(?:please )?(?:keep|be) (?:your )?comments?\b|please (?:be (?:respectful|civil|polite)|keep it)\b|"
    r"we (?:reserve the right to|may|will) (?:remove|delete|edit|moderate|not publish)\b|by (?:posting|commenting|"
    r"submitting)\b|(?:our )?comment(?:ing)? (?:policy|guidelines|rules)\b)", re.IGNORECASE)


def _nav(s: str) -> bool:
    t = s.strip()
    return bool(t) and len(t) <= 20 and bool(_NAV.match(t)) and any(c.isalpha() or c in "‹›«»←→<>" for c in t)


def _counter(s: str) -> bool:
    m = _COUNTER.match(s.strip())
    return bool(m) and 1 <= int(m.group("n")) <= int(m.group("m")) <= 500


def _name_shaped(s: str) -> bool:
    """A writer's name or role: a few words, each capitalised (or a joining word), no digit, no sentence end
    ('Adaeze Okonkwo', 'Senior Correspondent'; not '2. Lando Norris 340')."""
    words = s.split()
    return 0 < len(words) <= 6 and not is_sentence(s) and not any(c.isdigit() for c in s) \
        and not s.rstrip().endswith(":") and all(not w[0].islower() or w in _JOINERS for w in words) \
        and not words[0][0].islower() and words[0][0].isalpha()


_JOINERS = frozenset({"of", "and", "the", "for", "at", "in", "on", "de", "la", "van", "von", "da", "di", "bin", "al"})


def comment_policy(s: str) -> bool:
    """Every sentence of the line speaks of comments (or is a plea to keep them civil) and the first opens as the
    site's rule: the comment policy's boilerplate."""
    units = sentences(s)
    if not units or is_protected(s) or not _POLICY_START.match(units[0]) or not _COMMENT_WORD.search(s):
        return False
    return all(_COMMENT_WORD.search(u) or _POLICY_START.match(u) for u in units)


# the word for cookies (a browser's), in the cue set's languages; English notices are rules._CONSENT's
_COOKIE = re.compile(r"(?<![^\W\d_])(?i:cookies?|cookie-?\w+|sīkdatn\w*|küpsis\w*|slapuk\w*|evästei\w*|"
                     r"informasjonskapsl\w*|kakor|piškot\w*|kolačić\w*|колачић\w*|бисквитк\w*|sütik\w*|çerez\w*|"
                     r"vafrakök\w*|fótspor\w*|ქუქი\w*|թխուկ\w*|файлы cookie)(?![^\W\d_])|クッキー|쿠키|Cookie")


# ... and a cookie line with no buttons speaks of the site's settings, consent or policy ('Cookie-Einstellungen
# ändern', 'PARAMETRER LES COOKIES', '本網站使用Cookie以提升使用體驗'): 'Christmas cookies' or 'a halloweeni sütik
# elkészítése' (a recipe's heading) stays
_COOKIE_SITE = re.compile(
    r"(?i:einstellung\w*|settings|param(?:è|e)tr\w*|configura\w*|impostazion\w*|ustawie\w*|instelling\w*|"
    r"inställning\w*|indstilling\w*|innstilling\w*|asetu\w*|seaded|nustatym\w*|iestatījum\w*|polic\w*|polít\w*|"
    r"politi\w*|richtlinie\w*|website|webseite|site|sitio|sito|strona|vietn\w*|veebileh\w*|svetain\w*|"
    r"akzept\w*|accept\w*|zustimm\w*|consent\w*|aceptar|accetta\w*|piekrīt\w*|nõustu\w*|sutinku)|網站|网站|サイト|사이트")


# a pitch line reports what someone says ('The campaign says a new name would attract tourists.'): a story's line, no
# box's pitch (review14 finding 12)
_SAYS = re.compile(r"(?<![^\W\d_])(?i:says|said|say|told|according)(?![^\W\d_])")


def _button(s: str, most: int) -> bool:
    return 0 < word_count(s) <= most and not is_sentence(s) and not is_protected(s) and not re.search(r"\d", s)


def _boxes(lines: list[str], cfg: Settings) -> dict[int, str]:
    """Newsletter boxes whose button echoes the heading, and cookie banners in any language (module docstring)."""
    out: dict[int, str] = {}
    for i, s in enumerate(lines):
        if 2 <= word_count(s) <= 8 and not is_sentence(s) and not is_protected(s):
            for j in range(i + 1, min(len(lines), i + cfg.CLEAN_BOX_ECHO_LINES + 1)):
                b = lines[j].strip(" .!»>›→").casefold()
                if _button(lines[j], 2) and b and s.casefold().startswith(b + " ") \
                        and all(len(sentences(p)) <= 1 for p in lines[i + 1:j]) \
                        and all(is_sentence(p) for p in lines[i + 1:j]) \
                        and not any(_SAYS.search(p) for p in lines[i + 1:j]):
                    out.update(dict.fromkeys(range(i, j + 1), "box"))
                    break
        if word_count(s) <= cfg.CLEAN_PROMPT_MAX_WORDS and _COOKIE.search(s) and not is_protected(s):
            buttons = 0  # (a sentence on cookies with a short line below it is a banner only above the story's prose)
            while i + buttons + 1 < len(lines) and buttons < 3 and _button(lines[i + buttons + 1], 3) \
                    and not any(is_sentence(p) and word_count(p) >= cfg.CLEAN_PROSE_MIN_WORDS for p in lines[:i]):
                buttons += 1
            if buttons or not is_sentence(s) and word_count(s) <= cfg.CLEAN_SHORT_LINE_WORDS and _COOKIE_SITE.search(s):
                out.update(dict.fromkeys(range(i, i + buttons + 1), "consent"))
    return out


def furniture_lines(lines: list[str], cfg: Settings) -> dict[int, str]:
    """{index: reason} of the lines of a gallery's counter and buttons, an author box, a comment policy, a newsletter
    box and a cookie banner."""
    out: dict[int, str] = _boxes(lines, cfg) if cfg.CLEAN_BOX_ECHO_LINES > 0 else {}
    span = cfg.CLEAN_GALLERY_SPAN
    for i, s in enumerate(lines):
        if span > 0 and _counter(s):
            near = [j for j in range(max(0, i - span), min(len(lines), i + span + 1)) if j != i and _nav(lines[j])]
            if near:
                out.update(dict.fromkeys([i, *near], "gallery"))
        elif comment_policy(s):
            out[i] = "prompt"
    for i, s in enumerate(lines):
        rest = lines[i + 1:]
        if _AD_BOX.match(s) and rest and not any(is_sentence(r) or word_count(r) > cfg.CLEAN_SHORT_LINE_WORDS
                                                  for r in rest) \
                and 2 * sum(word_count(r) >= cfg.CLEAN_TAIL_HEADLINE_MIN_WORDS for r in rest) >= len(rest):
            # half the lines or more are headlines (a list of clubs' names below 'Promoted' is the story's)
            out.update(dict.fromkeys(range(i, len(lines)), "ad"))  # the box runs to the text's end: headlines only
            break
    box = cfg.CLEAN_AUTHOR_BOX_LINES
    prose = [i for i, s in enumerate(lines) if is_sentence(s) and word_count(s) > cfg.CLEAN_SHORT_LINE_WORDS]
    for i, s in enumerate(lines):
        if box <= 0 or not follower_count(s) or not prose or i < prose[-1]:
            continue
        j = i
        while j - 1 > prose[-1] and i - (j - 1) <= box and _name_shaped(lines[j - 1]):
            j -= 1
        out.update(dict.fromkeys(range(j, i + 1), "author"))
    return out
