"""Credits and the site's notes about a story: lines about the article, not of it (split from rules.py).

- `credit_of`: a credit line. A wire agency's name alone, after a dash or in brackets (in any case: '(dpa)',
  '(dpa/lnw)'), after the few words that say 'with' in some languages ('(avec AFP)', 'Mit Material von dpa', 'Con
  información de EFE'), the agency the text's dateline names; 'with ... inputs' and '(Agency inputs)'; 'Reporting by
  ...' and a chain of such credits; '<name> contributed to this report'; 'Source: ...'.
- `CREDIT_PEELERS`: the same credits glued after the last sentence or quotation ('... said."(dpa)', '... the
  government. - Reuters', '(Reporting by A; Editing by B)'), run by `rules.peel_tail`.
- `site_note`: a call to read the site's latest news or get its app, a read-all-news call listing the site's
  sections, a link to the story in another language edition, an opinion page's disclaimer or bracketed note on the
  writer.

Each shape is a structure (a short line, a whole bracketed line, a name after a dash or a sentence end) plus the
few words it is written with; nothing is keyed to one site's strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsdesk.clean.text import sentences, squash, word_count
from newsdesk.settings import DEFAULT, Settings

_CREDIT = re.compile(
    r"^\W{0,3}(?:\(|\[)?\s*(?:"
    r"with (?:additional )?(?:[\w.&'’-]+ ){0,3}inputs?(?: from [^()]{1,60})?|"
    r"(?:inputs?|input) from [^()]{1,60}|"
    r"(?:additional )?reporting by\s*:?\s*[^()]{1,80}|(?:writing|editing|edited|compiled|written|translated|"
    r"produced|contributed) by\s*:?\s*[^()]{1,80}|"
    # a translation note: 'Translated from the German by Jane Doe', 'This article has been translated from Spanish.'
    r"(?:this (?:article|story|report|interview) (?:has been|was|is) )?translated from (?:the )?[A-Z][a-z]+"
    r"(?: (?:original )?(?:by|with) [^()]{1,60})?|"
    r"(?:source|sources|courtesy|via|credit|quellen?|fuentes?|(?:ź|z)r(?:ó|o)d(?:ł|l)o|fonte|bron|kaynak|sumber|"
    r"nguồn|zdroj|источник|джерело|πηγή|المصدر|منبع|出典|来源|來源|출처|information from|inputs?|इनपुट|स्रोत|साभार|责任编辑|責任編輯|编辑|編集|"
    r"sursa|lähde|forrás|izvor|kilde|källa|allikas|šaltinis|avots|извор|източник|дереккөз|manba|mənbə|წყარო|"
    r"աղբյուր|heimild|burimi|vir)"
    r"\s*[:：]\s*[^()]{1,80}|"
    r"(?:agencies|agency|wires|wire services|news desk|web desk|newsdesk|agencias|agences|agenzie|agenturen|"
    r"agências|agencje)|"
    r"with files from [^()]{1,60}|"
    # 'With reports from Maria Santos/PNA': names only to the end ('With reports from hospitals still coming in, ...'
    # is the story's)
    r"with (?:additional )?reports? from (?-i:(?:the )?[A-Z][\w.&'’/-]*(?:(?:\s+|,\s*|\s*[&/]\s*|\s+and\s+)"
    r"(?:the )?[A-Z][\w.&'’/-]*){0,8})"
    r")\s*(?:\)|\])?\W{0,2}$", re.IGNORECASE)
_PAREN_AGENCY = re.compile(r"^\(\s*[A-Z][A-Za-z]{1,10}(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,10})*\s*\)\.?$")
# an agency's code in lower case, alone or beside others ('(dpa/lnw)', '(epd)', '(AFP/dpa)'): 2-4 letters; maybe
# after the editors' initials ('kle/se (rtr, afp, dpa)')
_PAREN_CODE = re.compile(r"^(?:[a-z]{2,4}(?:/[a-z]{2,4})*\s*)?\((?![ivxl]+\))\s*(?:[A-Z][A-Za-z]{1,10}|[a-z]{2,4})(?:\s*[/,&]\s*(?:[A-Z][A-Za-z]{1,10}|"
                         r"[a-z]{2,4}))*\s*\)\.?$")  # not a list's roman numeral '(ii)'

# an agency's name after a dash ('- Reuters', '-- The Associated Press'): every word capitalised or a joining word
# (a story's bullet '- Keep your permit visible' is no name), and only where no prose follows (`credit_of`'s `end`)
_DASH_AGENCY = re.compile(r"^[-–—]{1,2}\s*[A-Z][\w.&'’]*(?:\s+(?:[A-Z][\w.&'’]*|&|of|and|the|de|la|du|del))*$")
# A news agency's name alone on a line ("Reuters", "AFP", "The Associated Press"): the wire credit of the story.
_FIRM_NAMES = (
    r"(?:reuters|thomson reuters|associated press|ap|afp|agence france[- ]presse|dpa|"
    r"deutsche presse-agentur|xinhua|xinhua news agency|irna|isna|mehr(?: news agency)?|tasnim(?: news agency)?|"
    r"fars news agency|ani|pti|ians|upi|united press international|bloomberg|kyodo(?: news)?|yonhap|efe|"
    r"tass|ria novosti|interfax|anadolu(?: agency)?|aa|kuna|qna|pna|aap|"
    r"australian associated press|reuters/ap|ap/reuters|afp/reuters|reuters/afp|"
    # more national agencies, by names no sentence uses alone; and agencies named in other scripts
    r"ttxvn|jiji(?: press)?|afp-jiji|notimex|europa press|ag[eê]ncia brasil|keystone-sda|dpa-afx|"
    r"[cč]tk|ritzau|tanjug|agerpres|ukrinform|prensa latina|t[eé]lam|"
    r"риа новости|тасс|интерфакс|(?:иа )?regnum|укрінформ|وكالات|ایرنا|ایسنا|新华社|共同社|연합뉴스)")
# names that are words or headings too ('Sputnik' over a paragraph on the vaccine; Malay/Indonesian 'lusa' the day
# after tomorrow, 'hina' contempt, 'antara' between, 'apa' what, 'bernama' named; 'spa', 'mena', 'belga', 'andina',
# 'ansa', 'wafa', 'fars'): a credit only in a credit's shape (`credit_of`: alone as the text's last line, after
# a slash, or in brackets of names only or after a cue word)
_WORD_NAMES = r"(?:lusa|sputnik|hina|antara|apa|bernama|fars|mena|spa|wam|wafa|ansa|belga|andina)"
_AGENCY_NAMES = r"(?:the )?(?:" + _FIRM_NAMES + "|" + _WORD_NAMES + ")"
_WORD_NAME = re.compile(r"^\W{0,2}" + _WORD_NAMES + r"\W{0,2}$", re.IGNORECASE)
# the words that cue a credit before an agency's name in brackets: 'with' ('(avec Lusa)', '(mit dpa)', '(con
# información de EFE)'), 'source', 'via', 'from'
_CUE_WORDS = (r"(?:with|avec|mit|mit material (?:von|der)|con|con (?:información|informaciones|datos) de|com|"
              r"com informações d[aeo]s?|met|med|z|ze|selon|según|d'après|laut|dengan|sumber|source|via|from|por|par|"
              r"von|de|da|do|by|inputs? from|credit|foto|photo|ag[eê]ncias?|agences?|agenzia|agentur|agency)")
# the agency's name alone, or with an editor's lower-case initials after a slash ('dpa/tno', 'AFP/dpa/jk')
_BARE_AGENCY = re.compile(r"^\W{0,2}" + _AGENCY_NAMES + r"(?:\s*/\s*(?:" + _AGENCY_NAMES + r"|[a-z]{2,4}))*\W{0,2}$",
                          re.IGNORECASE)
# an agency and its photographer or writer in brackets: '(Xinhua/Li Yang)', '(AFP/Jane Doe)'
_PAREN_AGENCY_NAME = re.compile(r"^[(\[]\s*(?i:" + _AGENCY_NAMES + r")\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
                                r"\s*[)\]]\.?$")
# A bracketed credit in any language: a few lower-case words before an agency's name ('(avec AFP)', '(mit dpa)',
# '(con información de EFE)', '(with AP)'), or a bracketed '... inputs' without 'with' ('(Agency inputs)', '(PTI
# inputs)', '(Inputs from Reuters)')
_PAREN_NAMES = (r"(?:(?:[^\W\d_]+\s+){1,4}(?:the )?" + _FIRM_NAMES + r"|(?:[^\W\d_]+\s+){0,2}" + _CUE_WORDS + r"\s+"
                + _AGENCY_NAMES + r")(?:\s*[/,&]\s*" + _AGENCY_NAMES + r")*")
_PAREN_WITH_AGENCY = re.compile(r"^[(\[]\s*" + _PAREN_NAMES + r"\s*[)\]]\.?$", re.IGNORECASE)
# the same credit without brackets, after the words that say 'with' in a few languages ('Avec AFP', 'Con información
# de EFE', 'Mit Material von dpa'): a line of the words and the name only
# ('Mit Material von dpa und AFP', 'Com agências': two names joined by 'and' in the same languages, or the word for
# 'agencies' in place of a name)
_AGENCIES_WORD = r"(?:(?:the )?agencies|(?:las |les |den |le )?(?:agencias|agências|agences|agenturen|agenzie|agencje))"
_AND = r"(?:\s*[/,&]\s*|\s+(?:and|und|et|y|e|i|en|og|och|ve|oraz)\s+)"
_WITH_AGENCY = re.compile(
    r"^\W{0,2}(?:with|avec|mit|mit material (?:von|der)|con|con (?:información|informaciones|datos) de|com|"
    r"com informações d[aeo]s?|met|med|z|ze|selon|según|d'après|laut)\s+(?:" + _AGENCY_NAMES + "|" + _AGENCIES_WORD
    + r")(?:" + _AND + r"(?:" + _AGENCY_NAMES + "|" + _AGENCIES_WORD + r"))*\W{0,2}$", re.IGNORECASE)
# '<name> contributed to this report' / 'contributed reporting': the story's credit line; every word of the name is
# capitalised or a joining word ('The Associated Press', "CNN's Jane Doe", 'Staff writer Jane Doe')
_CONTRIBUTED = re.compile(
    r"^\W{0,2}(?P<who>(?:[\w.’'&-]+\s+){1,10}?)contributed(?:\s+(?:reporting|research|to\s+(?:this|the)\s+"
    r"(?:report|story|article)(?:ing)?)){1,2}(?:\s+(?:from|in)\s+[A-Z][\w.’' -]{1,40})?\.?\W{0,2}$", re.IGNORECASE)
_PRONOUNS = frozenset(["he", "she", "they", "we", "i", "it", "you", "who", "this", "that"])
_CONTRIBUTOR_WORDS = frozenset(["and", "of", "the", "from", "in", "at", "staff", "writer", "writers", "reporter",
                                "reporters", "correspondent", "correspondents", "news", "services", "also", "wire"])
# A chain of production credits: '(Reporting by A in B; Additional reporting by C; Editing by D)'
_CREDIT_ROLE = (r"(?:additional |further )?(?:reporting|writing|editing|edited|compiled|written|research|graphics|"
                r"translation|translated|production|produced) by [^;()]{1,60}")
_CREDIT_CHAIN = re.compile(r"^\W{0,3}[(\[]?\s*" + _CREDIT_ROLE + r"(?:\s*[;|]\s*" + _CREDIT_ROLE + r")+\s*[)\]]?\W{0,2}$",
                           re.IGNORECASE)
_PAREN_INPUTS = re.compile(r"^[(\[]\s*(?:with\s+)?(?:additional\s+)?(?:[\w.&'’-]+\s+){0,3}inputs?"
                           r"(?:\s+from\s+[^()]{1,60})?\s*[)\]]\.?$", re.IGNORECASE)


# 'with information/input/material from' in a few languages, then one to four names (capitalised, or an agency's in any
# case): '(con informazioni di ANSA)', 'Met input van ANP', 'Mit Informationen von Reuters', 'med material från TT'
_INFO_CUE = (r"(?:with (?:additional )?(?:information|input|material|reporting) from|con (?:informazioni|notizie|"
             r"materiale|información|informaciones|datos) (?:di|da|de|della|del|dell['’])|com informações d[aeo]s?|"
             r"avec (?:des )?informations? (?:de|du|des|d['’])|mit (?:material|informationen|angaben) (?:von|der|des)|"
             r"met (?:input|informatie|materiaal) van|med (?:material|information|uppgifter|materiale|input) (?:från|fra)|"
             r"na podstawie (?:informacji )?|z informacji|według|na základě informací)")
_INFO_NAME = r"(?:" + _AGENCY_NAMES + r"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
_INFO_CREDIT = re.compile(r"^\W{0,2}[(\[]?\s*(?i:" + _INFO_CUE + r")\s*" + _INFO_NAME + r"(?:" + _AND + _INFO_NAME
                          + r"){0,3}\s*[)\]]?\.?$")
# a wire byline: the writer's name and the agency's code after a slash, alone on a line ('Anna Lindqvist/TT',
# 'Jan Nowak/PAP'): the story's credit (the agency first, 'REUTERS/Jane Doe', is a photo credit: rules._PHOTO_CREDIT)
_NAME_AGENCY = re.compile(r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*/\s*[A-Z]{2,6}$")
# the agency's code in capitals and its desk's lower-case initials after slashes, alone on a line ('APP/ask/mkh'); the
# agency's code in brackets beside its site's address in brackets ('(NAN)(www.nannews.ng)')
_CODE_DESK = re.compile(r"^[A-Z]{2,6}(?:\s*/\s*[a-z]{2,4}){1,3}$")
# an editor's note in brackets, maybe with the desk's date code after it: '（編輯：李大華）1130515' (CNA), '(Editor: Jane
# Doe)', '（责任编辑：王明）'
_EDITOR_NOTE = re.compile(r"^[（(]\s*(?i:editor|edited by|编辑|編輯|责任编辑|責任編輯|編集|편집)\s*[:：]\s*[^()（）:：]{1,30}[）)]\s*\d{0,8}$")
_PAREN_CODE_SITE = re.compile(r"^\(\s*[A-Z]{2,6}\s*\)\s*\(\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?\s*\)$")


# the author line: 'By' (in a few languages) and one to four full names ('By Marie Dupont and Tom Hale', 'Von Anna
# Schmidt und Jan Weber', 'Par Marie Dupont'); each name two to four capitalised words, maybe with particles
_NAME = r"(?!The\b)[A-Z][\w.'’-]+(?:\s+(?:(?:de|da|van|von|der|den|al|el|la|le|du|bin|ibn)\s+){0,2}[A-Z][\w'’-]+){1,3}"
_AUTHOR = re.compile(r"^(?i:by|von|par|por|di|door|av|przez)\s+" + _NAME
                     + r"(?:(?:\s*,\s*|\s+(?i:and|und|et|y|e|en|och|i|&)\s+)" + _NAME + r"){0,3}$")


# words that are no part of a person's name when capitalised in a heading ('By Land And Sea', 'By The Numbers')
_NOT_NAME = frozenset(["the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "a", "an", "our",
                       "your", "my", "its", "their", "his", "her", "this", "that", "these", "those", "all", "any",
                       "no", "not", "is", "are", "was", "were", "be", "new", "how", "what", "why", "when", "where"])


def author_line(s: str) -> bool:
    """The line is the story's author line: 'By' and the writers' full names, nothing else (no role: rules'
    _BYLINE_ROLE; 'By the numbers', 'By contrast' name nobody). A name has no capitalised function word ('By Land
    And Sea', 'BY THE NUMBERS'); names joined by commas end with an 'and' ('By A, B and C': 'By
    Popular Demand, Drive-In Cinemas Return' is a headline)."""
    if not _AUTHOR.match(s):
        return False
    words = re.findall(r"[^\W\d_]+", s)[1:]
    if any(w[0].isupper() and w.casefold() in _NOT_NAME for w in words):
        return False
    return "," not in s or bool(re.search(r"\s(?i:and|und|et|y|e|en|och|i|&)\s", s))


# a 'Source: ...' label's value that is a sentence of its own (CLEAN_CREDIT_PROSE_WORDS words or more, a full stop at its end) is
# the story's prose, not a name ('Source: Reuters', 'Quelle: dpa/lnw', 'Source: Ministry of Health data')
_LABEL_VALUE = re.compile(r"^\W{0,3}[^\W\d_]+(?:\s[^\W\d_]+)?\s*[:：]\s*(.+)$")
# 'Input(s):' in Latin script credits only a list of names (capitalised words or agencies'): 'Input: PTI', 'Inputs:
# IANS, Reuters', 'Input: Agencies'
_INPUT_LABEL = re.compile(r"^\W{0,3}inputs?\s*[:：]", re.IGNORECASE)
_ONE_NAME = r"(?:(?i:" + _AGENCY_NAMES + r")|[A-Z][\w.&'’-]*(?:\s+(?:of|the|and|&|[A-Z][\w.&'’-]*)){0,4})"
_NAME_LIST = re.compile(r"^" + _ONE_NAME + r"(?:" + _AND + _ONE_NAME + r"){0,5}\W{0,2}$")


# a production credit's role ('Reporting by', 'Editing by'): its value names people, maybe with their place and role;
# a sentence with three or more other lower-case words after 'by' is the story's ('Editing by teachers will now lead
# to the work being disqualified, the board said.')
_ROLE_BY = re.compile(r"^\W{0,3}[(\[]?\s*(?:additional )?(?:reporting|writing|editing|edited|compiled|written|"
                      r"translated|produced|contributed) by\s*:?\s*(?P<who>.+)$", re.IGNORECASE)
_WHO_WORDS = _CONTRIBUTOR_WORDS | {"our", "a", "an", "at", "with", "for", "de", "da", "van", "von", "bin", "team",
                                   "desk", "bureau", "editors", "editor", "agencies"}


def _role_by_prose(s: str) -> bool:
    """'Writing by hand will again be required ...': a role-by opening of a sentence of the story, not a credit."""
    m = _ROLE_BY.match(s)
    if not m or not re.search(r"[.!?]$", s):
        return False
    return sum(w[0].islower() and w.casefold() not in _WHO_WORDS for w in re.findall(r"[^\W\d_]+", m.group("who"))) >= 3


def credit_of(line: str, agency: str | None = None, *, end: bool = True, below: str | None = None) -> str | None:
    """The line as a credit (``with agency inputs``, ``(Source: BBC)``, ``(IRNA)``) or None. `agency`: the agency
    the text's dateline names ('SYDNEY, AUGUST 9 (AAP) -'): that name alone on a line is its credit too. `end`: no
    running prose follows the line; an agency whose name is a word or a heading too ('Sputnik', 'Lusa') is a credit
    alone on its line only there (above a paragraph it is the story's subheading)."""
    s = squash(line)
    if s and len(s) <= 300 and ";" in s and _CREDIT_CHAIN.match(s):
        return s  # a chain of credits may be longer than one
    if not s or len(s) > 120 or word_count(s) > 14:
        return None
    if not end and s[:1] not in "([" and _WORD_NAME.match(s) \
            and not (agency and s.strip(" -–—.()[]").casefold() == agency.casefold()):
        return None  # a word-name alone above running prose: a subheading
    if not end and below and _BARE_AGENCY.match(s) and _opens_with(squash(below), s.strip(" -–—.()[]")):
        return None  # 'Reuters' over 'Reuters said it would close two bureaus ...': a subheading on the agency
    if _PAREN_AGENCY.match(s) or end and _DASH_AGENCY.match(s) or _BARE_AGENCY.match(s) or _PAREN_WITH_AGENCY.match(s) \
            or _PAREN_INPUTS.match(s) or _PAREN_CODE.match(s) or _WITH_AGENCY.match(s) or _PAREN_AGENCY_NAME.match(s) \
            or _INFO_CREDIT.match(s) or _NAME_AGENCY.match(s) or _CODE_DESK.match(s) or _PAREN_CODE_SITE.match(s) \
            or _EDITOR_NOTE.match(s):
        return s
    m = _CONTRIBUTED.match(s)
    if m and m.group("who").split()[0].casefold() not in _PRONOUNS \
            and all(w[0].isupper() or w.casefold() in _CONTRIBUTOR_WORDS for w in m.group("who").split()):
        return s
    if agency and (s.strip(" -–—.()[]").casefold() == squash(agency).casefold()
                   or s[:1] in "([" and s.rstrip(".")[-1:] in ")]" and len(s.split()) <= 5
                   and s.rstrip(".)] ").casefold().endswith(" " + squash(agency).casefold())):
        return s  # the dateline's agency alone, or after a few words in brackets ('(avec UNB)')
    m = _CREDIT.match(s)
    if not m or _role_by_prose(s):
        return None
    label = _LABEL_VALUE.match(s)
    if label and _INPUT_LABEL.match(s) and not _NAME_LIST.match(label.group(1)):
        return None  # 'Input: a photo of a dog on a beach': a demo's input, not 'Input: PTI' / 'Inputs: IANS, Reuters'
    if label and word_count(label.group(1)) >= DEFAULT.CLEAN_CREDIT_PROSE_WORDS and re.search(r"[.!?]$", s):
        return None  # 'Source: the court's written ruling, published on its website, runs to 40 pages.': prose
    return s


def _opens_with(text: str, name: str) -> bool:
    """`text` opens with `name` (maybe after 'The'), in any case, as a whole word."""
    t, n = text.casefold(), name.casefold()
    for head in (n, n[4:] if n.startswith("the ") else "the " + n):
        if t.startswith(head) and not t[len(head):len(head) + 1].isalnum():
            return True
    return False


# a source label inside a stamp line ('March 5, 2024 | Source: Reuters', '2024年03月04日 08:15 来源：新华网 作者：李明'):
# from the label to the next separator or the next label
_STAMP_SOURCE = re.compile(
    r"(?<![^\W\d_])(?:source|sources|quelle|quellen|fuente|fuentes|fonte|(?:ź|z)r(?:ó|o)d(?:ł|l)o|bron|kaynak|sumber|"
    r"nguồn|zdroj|источник|джерело|πηγή|المصدر|منبع|出典|来源|來源|출처|sursa|lähde|forrás|izvor|kilde|källa)"
    r"\s*[:：]\s*[^|·•:：]{1,80}?"
    r"(?=\s*(?:[|·•]|\s[^\W\d_]{1,12}\s*[:：])|\s*$)", re.IGNORECASE)


def stamp_credit(line: str) -> str | None:
    """The credit a dateline/byline stamp line carries beside its date ('March 5, 2024 | Source: Reuters'): the
    stamp leaves the body as a timestamp, its source is the story's credit."""
    m = _STAMP_SOURCE.search(squash(line))
    return credit_of(m.group(0)) if m else None


# --- credits glued after the last sentence (rules.peel_tail runs these after its code peelers) ---------------
# capitals of the Latin, Cyrillic and Greek scripts (an agency's code: 'NTB', 'БТА', 'ΑΠΕ')
_UPPER = "A-ZÀ-ÞА-ЯЁЂ-ЏΑ-Ω"
# '(©NTB)' / '(БТА)' closing a line after its last sentence: the agency's credit, not a caption's (rules.classify_line)
GLUED_CODE = re.compile(r"[.!?”\"’»]\s*\(\s*©?\s*[" + _UPPER + r"]{2,8}(?:\s*[/,&]\s*[" + _UPPER + r"]{2,8})*\s*\)\s*$")
CREDIT_PEELERS: list[tuple[re.Pattern, str]] = [
    (re.compile(r"(?:(?<=\s)|^)(\((?:source|sources|with (?:additional )?(?:agency )?inputs?(?: from)?|"
                r"inputs? from|courtesy|via|credit|agencies|reporting by|additional reporting by)\b\s*[:：]?"
                r"[^()]{0,80}\))\W{0,2}\s*$", re.IGNORECASE), "credit"),
    (re.compile(r"(?:(?<=[.!?”\"’)]\s)|^)((?:with (?:additional )?(?:agency )?inputs?(?: from [\w ,&.'-]{1,60})?"
                r"|agencies)\.?)\s*$", re.IGNORECASE), "credit"),
    (re.compile(r"(?:(?<=[.!?”\"’)])\s*|^)(\((?:[A-Z][A-Za-z]{1,10})(?:\s*[/,&]\s*[A-Z][A-Za-z]{1,10})*\))\s*$"),
     "credit"),
    # an agency's capitals in brackets in another script, or after '©', glued after the last sentence: '... удвои.
    # (БТА)', '... måneden. (©NTB)' (GLUED_CODE)
    (re.compile(r"(?<=[.!?”\"’»])\s*(" + r"\(\s*©?\s*[" + _UPPER + r"]{2,8}(?:\s*[/,&]\s*[" + _UPPER + r"]{2,8})*\s*\))\s*$"),
     "credit"),
    # an agency code glued after the last sentence or quotation: '... he said. -IANS', '"Done."-- ANI'
    (re.compile(r"(?<=[.!?”\"’)])\s*([-–—]{1,2}\s*[A-Z]{2,6}(?:\s*/\s*[A-Z]{2,6})?)\s*$"), "credit"),
    # an agency's name after a dash glued to the last sentence: '... the government. - Reuters'
    (re.compile(r"(?<=[.!?”\"’)])\s*([-–—]{1,2}\s*" + _AGENCY_NAMES + r")\s*$", re.IGNORECASE), "credit"),
    # "(with PTI inputs)", "(Agency inputs)" glued after the last sentence
    (re.compile(r"(?<=[.!?”\"’)])\s*(\(\s*(?:with )?(?:additional )?(?:[\w.&'’-]+ ){0,3}inputs?(?: from [^()]{1,60})?"
                r"\))\W{0,2}\s*$", re.IGNORECASE), "credit"),
    # a chain of production credits in brackets glued after the last sentence ('... said. (Reporting by A;
    # Editing by B)'), longer than the single credit above allows
    (re.compile(r"(?<=[.!?”\"’)])\s*(\(\s*" + _CREDIT_ROLE + r"(?:\s*[;|]\s*" + _CREDIT_ROLE + r")+\s*\))\s*$",
                re.IGNORECASE), "credit"),
    # the same chain without brackets, glued after the last sentence ('... on hold. Reporting by A in B; Editing by C')
    (re.compile(r"(?<=[.!?”\"’)])\s+(" + _CREDIT_ROLE + r"(?:\s*[;|]\s*" + _CREDIT_ROLE + r")+)\s*$", re.IGNORECASE),
     "credit"),
    # a bracketed name in CJK script glued after the last sentence's full stop, or alone ('...予定だ。（共同）',
    # '...表示。(新华社)'): the agency's credit; no numeral ('（一）' numbers a section)
    (re.compile(r"(?:(?<=[。！？」』])|^)\s*([（(]\s*(?![一二三四五六七八九十]+\s*[）)])[\u3040-\u30ff\u3400-\u4dbf"
                r"\u4e00-\u9fff\uac00-\ud7af]{2,8}\s*[）)])\s*$"), "credit"),
    # an agency's name in brackets glued after the last sentence or quotation, in any case ('said."(dpa)') or after
    # a few words ('... la majorité. (avec AFP)')
    (re.compile(r"(?<=[.!?”\"’)])\s*(\(\s*(?:" + _PAREN_NAMES + "|" + _AGENCY_NAMES + r"(?:\s*[/,&]\s*" + _AGENCY_NAMES
                + r")*)\s*\))\s*$", re.IGNORECASE), "credit"),
]


# --- the site's calls and notes -------------------------------------------------------------------------------
# A call to read more on the site ('Read more', 'Click here', 'For more news ...'): rules.classify_line's read_more
_READMORE = re.compile(
    r"^\W*(?:read more|read the (?:full|whole|complete|original|rest)|read all (?:the )?(?:latest )?|"
    r"continue reading|keep reading|read on|"
    r"click here|tap here|for (?:more|the latest|full|further) (?:news|information|details|stories|updates|coverage"
    r"|on this)|find out more|learn more|more (?:at|on|details (?:at|on))|visit (?:our|the|us)|see more|view more|"
    r"(?:read|see|watch) (?:it|this|the story|the article|the video)? ?(?:here|on|at)|go to|full (?:story|article) "
    r"(?:at|on|here))\b", re.IGNORECASE)
# A call to follow the site for its latest news ('Catch all the latest news on Daily Ledger', 'Stay updated with the
# latest news on X', 'For all the latest India News, download our app', 'Get the latest updates on our app')
_LATEST_CALL = re.compile(
    r"^\W*(?:catch|get|read|see|check out|follow|find|stay (?:updated|tuned|informed|up to date|up-to-date)|"
    r"keep (?:up|updated|informed)|don'?t miss|never miss|for)\s+(?:(?:on|with|to|for|up with)\s+)?(?:all\s+)?(?:of\s+)?"
    r"(?:the\s+|our\s+)?latest\b(?:\s+[\w&'’-]+){0,3}?\s+(?:news|updates|headlines|stories|videos|news updates)\b"
    # ... or a list of the site's news kinds after 'all the', then the site: 'Catch all the Breaking News, Latest News
    # and Weather Updates on <Site>.' (review13 finding 20)
    r"|^\W*(?:catch|get|read|follow|find)\s+all\s+(?:the\s+)?(?:[\w&'’-]+,?\s+){0,8}?(?:news|updates|headlines)"
    r"(?:,?\s+(?:and\s+)?[\w&'’-]+){0,4}?\s+(?:on|at|with|from)\s+\S",
    re.IGNORECASE)
# A link to the story in another language edition ('Read this story in Hindi', 'Read the article in Spanish')
_OTHER_EDITION = re.compile(r"^\W*(?:read|watch|listen to) (?:this|the) (?:story|article|report|interview|video|news) "
                            r"in [A-Z][a-z]+\W*$", re.IGNORECASE)
# An opinion page's disclaimer ('Views expressed are personal.', "The views expressed are the author's own.",
# 'Opinions expressed in this column are those of the writer') and a bracketed note on the writer ('(The writer is a
# former ambassador.)'): the site's words about the piece, no part of it
_VIEWS_NOTE = re.compile(
    r"^\W*(?:disclaimer\s*[:|-]\s*)?(?:the |all |any )?(?:views?|opinions?)(?: and (?:views?|opinions?))? "
    r"(?:(?:expressed|mentioned|stated|shared) )?(?:(?:in|by) (?:this|the) (?:article|column|piece|post|blog|op-ed)s? |"
    r"(?:here|herein|above|below) )?(?:are|is) (?:(?:the )?(?:author|writer|columnist)(?:'s|s'|’s|s’) own|(?:purely |strictly "
    r")?personal|(?:solely |entirely )?(?:those|that) of the (?:author|writer|columnist)s?)\b", re.IGNORECASE)
_WRITER_NOTE = re.compile(r"^[(\[]\s*(?:the )?(?:writer|author|columnist|contributor)s? (?:is|are|was|has been|have been)\b",
                          re.IGNORECASE)


def bracketed(s: str) -> bool:
    """The whole line is one bracketed note: '(...)' or '[...]', maybe with a full stop after it."""
    t = s.strip().rstrip(".")
    return len(t) > 2 and t[0] in "([" and t[-1] == ")]"["([".index(t[0])] and t.find(t[-1]) == len(t) - 1


def site_note(s: str, words: int, short: bool, cfg: Settings, classify: Callable[..., str | None]) -> str | None:
    """'read_more' or 'disclaimer' when the (squashed) line is one of the site's calls or notes about the story, else
    None; `words`: its word count, `short`: at most CLEAN_SHORT_LINE_WORDS words (classify_line's own tests);
    `classify`: rules.classify_line, which judges the sentences after a section call."""
    if words <= cfg.CLEAN_PROMPT_MAX_WORDS and _section_call(s, cfg, classify):
        return "read_more"
    if short and (_LATEST_CALL.match(s) or _OTHER_EDITION.match(s)):
        return "read_more"
    if words <= cfg.CLEAN_PROMPT_MAX_WORDS and (_VIEWS_NOTE.match(s) or bracketed(s) and _WRITER_NOTE.match(s)):
        return "disclaimer"
    return None


_LIST_SEP = re.compile(r"\s*(?:,|;|\||&|\band\b)\s*")


def _section_call(s: str, cfg: Settings, classify: Callable[..., str | None]) -> bool:
    """A read-more call whose target lists the site's sections ('Read all the Latest News , Trending News , Cricket
    News , India News and Entertainment News here.'), maybe followed by share/read-more sentences: >= 3 items of 1-4
    capitalised words each."""
    units = sentences(s)
    m = _READMORE.match(units[0]) if units else None
    if not m:
        return False
    target = re.sub(r"\s*\b(?:here|on [\w.-]+|at [\w.-]+)\W*$", "", units[0][m.end():], flags=re.IGNORECASE)
    items = [x for x in _LIST_SEP.split(target) if x]
    if len(items) < 3 or not all(1 <= word_count(x) <= 4 and x[0].isupper()
                                 and all(w[0].isupper() for w in x.split() if len(w) > 3) for x in items):
        return False
    return all(classify(u, site=[], settings=cfg) in ("share", "read_more") for u in units[1:])
