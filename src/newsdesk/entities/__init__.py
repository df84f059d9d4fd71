"""Entities: in-article mention resolution, corpus-wide canonical entities, countries from context.

NER spans come from `newsdesk.ner` (spaCy). Everything after that is rule-based and hand-written, because no
pinned library does it: spaCy has no coreference or title/role splitting, and the matching rules below (titles
kept apart from names, middle initials ignored, transliterations compared on a consonant skeleton, surnames
resolved to the nearest full name in the same article, different people who share a surname kept apart by
given name and country) are specific to news about named officials. rapidfuzz scores near-equal given names,
pycountry (via `countries.py`) normalises countries and demonyms.

Public API: `ArticleEntity`, `mentions`, `resolve`, `participants`, `country`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from newsdesk import model, ner
from newsdesk.entities.countries import lookup_code, short_name
from newsdesk.settings import ENTITY_GIVEN_NAME_MIN_RATIO, ENTITY_PARTICIPANTS_MAX

__all__ = ["ArticleEntity", "country", "mentions", "participants", "person_key", "resolve", "skeleton"]

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}

# Ranks and honorifics: kept as `titles`, never part of the name. Longest first.
_TITLE_PHRASES = [
    "lieutenant general", "lieutenant-general", "lt gen", "lt. gen.", "lt.-gen.", "lt-gen", "lt. gen",
    "major general", "major-general", "maj gen", "maj. gen.", "maj.-gen.", "maj. gen",
    "brigadier general", "brigadier-general", "brig gen", "brig. gen.", "brig. gen", "lieutenant colonel",
    "lt col", "lt. col.", "air chief marshal", "air marshal", "field marshal", "vice admiral", "rear admiral",
    "vice adm.", "rear adm.", "general", "gen.", "gen", "admiral", "adm.", "adm", "colonel", "col.", "col",
    "major", "maj.", "captain", "capt.", "lieutenant", "lt.", "lt", "sergeant", "sgt.", "marshal", "commodore",
    "his excellency", "her excellency", "h.e.", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "dr.", "dr",
    "prof.", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh", "sheik", "rev.", "reverend", "hon.",
    "sen.", "rep.", "gov.", "pres.",
]
_TITLE_SET = set(_TITLE_PHRASES)
# Office nouns: a run of words holding one of these is a role ("Defence Minister", "Secretary of State").
_ROLE_HEADS = {
    "president", "vice-president", "president-elect", "minister", "ministers", "secretary", "secretary-general",
    "chancellor", "premier", "chief", "head", "leader", "king", "queen", "prince", "princess", "emperor",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commander", "chairman", "chairwoman",
    "chair", "director", "governor", "mayor", "senator", "representative", "lawmaker", "diplomat", "official",
    "counterpart", "attorney", "general", "marshal", "admiral", "negotiator", "adviser", "advisor", "ayatollah",
    "emir", "sultan", "monarch", "pope", "speaker", "deputy", "undersecretary", "under-secretary", "cabinet",
}
# Lower-case words that may continue a role run ("defence minister", "prime minister", "foreign affairs").
_ROLE_WORDS = _ROLE_HEADS | {
    "prime", "vice", "deputy", "foreign", "defence", "defense", "interior", "finance", "trade", "economy",
    "affairs", "state", "national", "security", "former", "acting", "top", "senior", "military", "army",
    "navy", "air", "force", "staff", "joint", "supreme", "crown", "first", "new", "outgoing", "incoming",
    "home", "justice", "health", "energy", "agriculture", "education", "of", "the", "and", "for", "to",
    "general", "chiefs", "forces", "armed", "intelligence", "exterior", "external", "relations",
}
_STOP_CAPS = {"on", "in", "at", "after", "before", "when", "while", "but", "and", "then", "as", "yesterday",
              "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
              "earlier", "later", "meanwhile", "also", "his", "her", "their", "its", "a", "an", "with", "by"}
_NAME_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
_WORD = re.compile(r"[^\W_][\w.'’\-]*|[,;:()\"]")


@dataclass(frozen=True, slots=True)
class ArticleEntity:
    """One distinct person/org/place inside one article, after in-article resolution.

    `name` is the fullest surface form with titles stripped; `surfaces` every distinct surface form as written;
    `spans` the (start, end) offsets into Article.text of every mention (titles not included).
    """

    key: str  # in-article key (type + normalised name key), unique inside the article
    name: str
    type: str
    surfaces: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None
    country_code: str | None = None
    spans: tuple[tuple[int, int], ...] = ()
    span_texts: tuple[str, ...] = ()  # the text of each span, aligned with `spans`
    sents: tuple[int, ...] = ()


# ------------------------------------------------------------------------------------------- normalisation


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("’", "'").lower()


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton for transliteration variants: Volodymyr/Vladimir -> vldmr, Zelensky/Zelenskyy -> zlnsk."""
    w = re.sub(r"[^a-z]", "", _fold(word))
    for a, b in (("ph", "f"), ("ck", "k"), ("x", "ks"), ("w", "v"), ("q", "k"), ("c", "k"), ("j", "y"),
                 ("kh", "h"), ("dzh", "y"), ("zh", "z"), ("ts", "z"), ("tz", "z")):
        w = w.replace(a, b)
    w = re.sub(r"[aeiouy]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


def country(name_or_demonym: str) -> tuple[str, str] | None:
    """("Japan", "JPN") for a country name, alias or demonym ("Japanese", "U.S.", "Chile's"), else None."""
    code = lookup_code(name_or_demonym or "")
    if not code:
        return None
    name = short_name(code)
    return (name, code) if name else None


def _strip_titles(text: str) -> tuple[str, list[str]]:
    """'Lt Gen Juan Perez' -> ('Juan Perez', ['Lt Gen']). Also drops a leading role word inside an NER span."""
    titles: list[str] = []
    s = text.strip()
    changed = True
    while changed:
        changed = False
        low = s.lower()
        for t in _TITLE_PHRASES:
            if low.startswith(t) and len(s) > len(t) and (s[len(t)] in " .\u00a0" or t.endswith(".")):
                rest = s[len(t):].lstrip(" .\u00a0")
                if rest and rest[0].isupper():
                    titles.append(s[:len(t)].strip())
                    s, changed = rest, True
                    break
        if not changed:
            first = s.split(" ", 1)
            if len(first) == 2 and first[0].lower() in _ROLE_HEADS and first[1][:1].isupper():
                s, changed = first[1], True
    s = re.sub(r"(?:'s|’s|')$", "", s).strip(" ,")
    return s, titles


def _name_tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"[\s]+", name.strip()) if t]
    out = []
    for t in toks:
        tl = t.lower().strip(",")
        if tl in _NAME_SUFFIX:
            continue
        if re.fullmatch(r"[A-Za-z]\.?", t) or re.fullmatch(r"(?:[A-Z]\.){2,}", t):
            continue  # middle initial
        out.append(t.strip(","))
    return out


@lru_cache(maxsize=65536)
def person_key(name: str) -> tuple[str, str]:
    """(given, surname) of a person's name, titles and middle initials dropped; given is '' for one token."""
    toks = _name_tokens(_strip_titles(name)[0])
    if not toks:
        return "", ""
    if len(toks) == 1:
        return "", _fold(toks[0])
    return _fold(toks[0]), _fold(toks[-1])


def _given_compatible(a: str, b: str) -> bool:
    if not a or not b:
        return True
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    if sa and sa == sb and len(sa) >= 3:
        return True
    return fuzz.ratio(a, b) >= ENTITY_GIVEN_NAME_MIN_RATIO


def _surname_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return bool(sa) and sa == sb and len(sa) >= 3 and a[0] == b[0]


def _org_key(name: str) -> str:
    s = _fold(name)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"(?:'s|')$", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "de", "&"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


# ------------------------------------------------------------------------------------------- context rules


def _country_in(words: list[str]) -> tuple[int, int, str] | None:
    """First country/demonym inside a word list (longest n-gram first), skipping one right after 'to'/'in'."""
    n = len(words)
    for i in range(n):
        if i > 0 and words[i - 1].lower() in {"to", "in", "at", "from", "with"}:
            continue
        for size in (3, 2, 1):
            if i + size > n:
                continue
            phrase = " ".join(words[i:i + size])
            if not phrase[:1].isupper():
                continue
            code = lookup_code(phrase)
            if code:
                return i, i + size, code
    return None


def _role_from(words: list[str], drop: tuple[int, int] | None) -> str | None:
    """The office phrase in a run of words, with the country words, titles and glue words taken out."""
    kept = [w for j, w in enumerate(words) if not (drop and drop[0] <= j < drop[1])]
    kept = [re.sub(r"(?:'s|’s)$", "", w) for w in kept]
    while kept and kept[0].lower() in {"of", "the", "and", "for", "to", "a", "an", "his", "her", "their", "its"}:
        kept.pop(0)
    while kept and kept[-1].lower() in {"of", "the", "and", "for", "to", ",", "a"}:
        kept.pop()
    # start the role at its first role word
    start = next((j for j, w in enumerate(kept) if w.lower() in _ROLE_WORDS and w.lower() not in
                  {"of", "the", "and", "for", "to"}), None)
    if start is None:
        return None
    kept = kept[start:]
    if not any(w.lower() in _ROLE_HEADS for w in kept):
        return None
    if [w.lower() for w in kept] == ["counterpart"]:
        return None
    role = " ".join(kept).strip()
    if role.lower() in _TITLE_SET:
        return None
    return role or None


def _left_run(text: str, lo: int, hi: int) -> tuple[list[str], int]:
    """Words immediately left of `hi` (not before `lo`) that can belong to a title/role/country premodifier."""
    words = [(m.group(), m.start()) for m in _WORD.finditer(text, lo, hi)]
    run: list[str] = []
    start = hi
    for w, pos in reversed(words):
        wl = w.lower()
        base = re.sub(r"(?:'s|’s)$", "", w)
        if w in {",", ";", ":", "(", ")", '"'}:
            break
        if wl in _STOP_CAPS and not (run and wl in {"and"}):
            break
        if base[:1].isupper() or wl in _ROLE_WORDS or wl.rstrip(".") in _TITLE_SET or wl in _TITLE_SET:
            run.insert(0, w)
            start = pos
            continue
        break
    return run, start


def _analyse_run(words: list[str]) -> tuple[list[str], str | None, str | None]:
    """(titles, role, country code) of a premodifier or apposition run."""
    titles: list[str] = []
    # titles right before the name (end of run)
    while words:
        matched = False
        for size in (3, 2, 1):
            if len(words) >= size:
                phrase = " ".join(words[-size:]).lower()
                if phrase in _TITLE_SET or phrase.rstrip(".") in _TITLE_SET:
                    if size == 1 and phrase in {"general", "major", "marshal"} and len(words) > 1 and \
                            words[-2].lower() in {"attorney", "secretary", "surgeon", "secretary-general"}:
                        continue
                    titles.insert(0, " ".join(words[-size:]))
                    words = words[:-size]
                    matched = True
                    break
        if not matched:
            break
    found = _country_in([re.sub(r"(?:'s|’s)$", "", w) for w in words])
    code = found[2] if found else None
    role = _role_from(words, (found[0], found[1]) if found else None)
    return titles, role, code


_RIGHT_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")
_RIGHT_APPOS = re.compile(r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the\s+|a\s+|who\s+is\s+(?:the\s+)?)?([^,;()\n]{3,90}?)\.?\s*(?=[,;)]|$)")


def _right_context(text: str, end: int, hi: int) -> tuple[str | None, str | None]:
    """(role, country code) from an apposition after the name: 'X, Peru's defence minister,' / 'X of Kenya'."""
    seg = text[end:hi]
    m = _RIGHT_OF.match(seg)
    if m:
        code = lookup_code(m.group(1))
        if code:
            return None, code
    m = _RIGHT_APPOS.match(seg)
    if m:
        words = [w.group() for w in _WORD.finditer(m.group(1))]
        if words and re.fullmatch(r"(?:country|nation)(?:'s|’s)", words[0].lower()):
            words = words[1:]  # "X, the country's defence minister": the country comes from the left context
        if words and not words[0][:1].isupper() and words[0].lower() not in _ROLE_WORDS:
            words = []  # ", met President X": a verb phrase, not an apposition
        if words and any(w.lower() in _ROLE_HEADS for w in words[:8]) and len(words) <= 12:
            words = words[:12]
            found = _country_in([re.sub(r"(?:'s|’s)$", "", w) for w in words])
            code = found[2] if found else None
            role = _role_from(words, (found[0], found[1]) if found else None)
            return role, code
    return None, None


# ------------------------------------------------------------------------------------------- in-article


@dataclass
class _Cluster:
    type: str
    given: str = ""
    surname: str = ""
    key: str = ""
    names: list[str] = field(default_factory=list)  # cleaned names, in order
    surfaces: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    last: int = 0


def _add(lst: list, x) -> None:
    if x and x not in lst:
        lst.append(x)


def _context_for(text: str, span: ner.Span, sent_lo: int, sent_hi: int, left_lo: int
                 ) -> tuple[list[str], str | None, str | None]:
    """Titles, role and country code around one PERSON/ORG mention."""
    run, run_start = _left_run(text, left_lo, span.start)
    titles, role, code = _analyse_run(run)
    # left apposition: "Minister of Defence of Peru, General X"
    if not role and not code:
        before = text[left_lo:run_start].rstrip()
        if before.endswith(","):
            run2, _ = _left_run(text, left_lo, left_lo + len(before) - 1)
            _, role2, code2 = _analyse_run(run2)
            if role2:
                role, code = role2, code or code2
    r_role, r_code = _right_context(text, span.end, sent_hi)
    return titles, role or r_role, code or r_code


def _extend_given(text: str, s: ner.Span) -> ner.Span:
    """A PERSON span that starts with a middle initial ("J. Austin III") lost its given name to the left
    ("Secretary of Defense Lloyd J. Austin III"): a name never starts with a middle initial, so the capitalised
    word right before it, when it is no role word, title or country, is taken into the span."""
    if s.label != "PERSON" or not re.match(r"[A-Z]\.\s", s.text):
        return s
    m = re.search(r"(?<![\w.'’-])([A-Z][a-z][\w'’-]*)\s+$", text[max(0, s.start - 40):s.start])
    if not m:
        return s
    w = m.group(1)
    if w.lower() in _ROLE_WORDS or w.lower() in _TITLE_SET or w.lower() in _STOP_CAPS or lookup_code(w):
        return s
    start = s.start - len(m.group(0))
    return ner.Span(text=text[start:s.end], label=s.label, start=start, end=s.end, sent=s.sent)


_PERSON_OFFICES = {"president", "president-elect", "vice-president", "minister", "secretary", "premier",
                   "chancellor", "ambassador", "envoy", "spokesman", "spokeswoman", "senator", "governor", "mayor",
                   "general", "admiral", "commander", "king", "queen", "prince", "emir", "sultan"}
_ORG_WORDS = {"ministry", "bank", "group", "company", "corp", "inc", "ltd", "university", "party", "council",
              "forum", "dialogue", "summit", "agency", "department", "office", "committee", "force", "forces"}


def _person_shaped(text: str, s: ner.Span, clean: str, inner_titles: list[str], sent_hi: int) -> bool:
    """An ORG/FAC span that is a person: two or three capitalised words, no organisation word, with a personal
    honorific, or a left country possessive/demonym and a right apposition naming a personal office
    ("Indonesia's Prabowo Subianto, the country's president-elect and defence minister")."""
    toks = clean.split()
    if not 2 <= len(toks) <= 3 or not all(t[:1].isupper() and t[1:].islower() for t in toks):
        return False
    if any(t.lower() in _ORG_WORDS or t.lower() in _ROLE_WORDS or lookup_code(t) for t in toks):
        return False
    if any(t.lower().rstrip(".") in {"mr", "mrs", "ms", "gen", "general", "dr", "sir"} for t in inner_titles):
        return True
    m = re.match(r"\s*,\s*(?:the|a|who\s+is)?\s*(?:(?:country|nation)(?:'s|’s)\s+|[A-Z][\w'’]*\s+)?"
                 r"((?:[\w-]+\s+){0,4}?[\w-]+)\s*(?=[,;.)]|\s+and\b|$)", text[s.end:sent_hi])
    if not m:
        return False
    words = m.group(1).lower().split()
    return any(w in _PERSON_OFFICES for w in words[:5])


def mentions(article: model.Article, parsed: ner.Parsed) -> list[ArticleEntity]:
    """In-article resolution: one ArticleEntity per distinct person/org/place, sorted by first mention."""
    text = article.text
    sents = parsed.sents or ((0, len(text)),)
    spans = sorted((_extend_given(text, s) for s in parsed.ents if s.label in KEPT_LABELS),
                   key=lambda s: (s.start, s.end))
    clusters: list[_Cluster] = []
    persons: list[_Cluster] = []
    prev_end_in_sent: dict[int, int] = {}

    # PERSON surnames seen anywhere in the article, to relabel "Austin" tagged GPE/ORG.
    surnames = set()  # every token of a multi-word PERSON name ("Wang" of "Wang Yi", "Modi")
    for s in spans:
        if s.label == "PERSON":
            g, sn = person_key(s.text)
            if g:
                surnames.update(_fold(t) for t in _name_tokens(_strip_titles(s.text)[0]))

    for order, s in enumerate(spans):
        sent_lo, sent_hi = sents[s.sent] if s.sent < len(sents) else (0, len(text))
        label = s.label
        clean, inner_titles = _strip_titles(s.text)
        if label != "PERSON":
            clean = re.sub(r"^[Tt]he\s+", "", clean)
        if not clean or not any(ch.isalpha() for ch in clean):
            continue
        if label != "PERSON" and all(w.lower() in _ROLE_WORDS for w in clean.split()):
            continue  # "Defence" tagged ORG inside "Russian Defence Minister X"
        if label == "PERSON" and lookup_code(clean):
            label = "GPE"
        if label in {"GPE", "ORG", "LOC"} and " " not in clean and _fold(clean) in surnames and not lookup_code(clean):
            label = "PERSON"
        if label in {"ORG", "FAC"} and _person_shaped(text, s, clean, inner_titles, sent_hi):
            label = "PERSON"  # "Indonesia's Prabowo Subianto, the country's president-elect" tagged FAC
        off = s.start + s.text.find(clean) if clean in s.text else s.start
        span_pos = (off, off + len(clean))
        left_lo = max(sent_lo, prev_end_in_sent.get(s.sent, sent_lo))
        if label in {"PERSON", "ORG"}:
            prev_end_in_sent[s.sent] = s.end
        if label == "PERSON":
            titles, role, code = _context_for(text, s, sent_lo, sent_hi, left_lo)
            joined = " ".join(titles + inner_titles)
            titles = [joined] if len(titles + inner_titles) > 1 and joined.lower() in _TITLE_SET else \
                titles + inner_titles
            given, surname = person_key(clean)
            if not surname:
                continue
            target = None
            cands = [c for c in persons if _surname_equal(c.surname, surname) and _given_compatible(c.given, given)]
            if given:
                full = [c for c in cands if c.given and _given_compatible(c.given, given)]
                target = max(full, key=lambda c: c.last) if full else None
                if target is None:
                    bare = [c for c in cands if not c.given]
                    target = max(bare, key=lambda c: c.last) if bare else None
            else:
                target = max(cands, key=lambda c: c.last) if cands else None
                if target is None:  # "Xi" for "Xi Jinping": a family name written first
                    firsts = [c for c in persons if c.given == surname]
                    target = max(firsts, key=lambda c: c.last) if len(firsts) == 1 else None
            if target is None:
                target = _Cluster("PERSON", given, surname)
                clusters.append(target)
                persons.append(target)
            elif given and not target.given:
                target.given = given
            _add(target.names, clean)
            _add(target.surfaces, s.text.strip())
            for t in titles:
                _add(target.titles, t)
            if role:
                _add(target.roles, role)
            if code:
                target.codes.append(code)
        else:
            if label in {"GPE", "LOC"} and lookup_code(clean):
                code = lookup_code(clean)
                key = "country:" + code
                name = short_name(code) or clean
            else:
                code, key, name = None, _org_key(clean), clean
                if label == "ORG":
                    _, _, code = _context_for(text, s, sent_lo, sent_hi, left_lo)
            if not key:
                continue
            target = next((c for c in clusters if c.type == label and c.key == key), None)
            if target is None and label == "ORG":
                acr = clean.upper() if clean.isupper() and 2 <= len(clean) <= 8 else None
                for c in clusters:
                    if c.type != "ORG":
                        continue
                    if acr and _acronym(c.names[0]) == acr or (c.names[0].isupper() and
                                                               _acronym(clean) == c.names[0]):
                        target = c
                        break
            if target is None:
                target = _Cluster(label, key=key)
                clusters.append(target)
            _add(target.names, name)
            _add(target.surfaces, s.text.strip())
            if code:
                target.codes.append(code)
        target.spans.append(span_pos)
        _add(target.sents, s.sent)
        target.last = order

    _recover_missed(text, sents, persons, list(parsed.ents))
    out: list[ArticleEntity] = []
    for c in clusters:
        if c.type == "PERSON":
            full = [n for n in c.names if len(_name_tokens(n)) >= 2]
            name = max(full, key=lambda n: (len(_name_tokens(n)), len(n))) if full else c.names[0]
            g, sn = person_key(name)
            key = f"PERSON:{skeleton(g)}:{skeleton(sn)}:{sn}"
        else:
            name = max(c.names, key=len) if c.type == "ORG" and not c.key.startswith("country:") else c.names[0]
            key = f"{c.type}:{c.key}"
        cc = Counter(c.codes).most_common()
        code = cc[0][0] if cc else None
        out.append(ArticleEntity(
            key=key, name=name, type=c.type, surfaces=tuple(c.surfaces), titles=tuple(c.titles),
            roles=tuple(c.roles), country=short_name(code) if code else None, country_code=code,
            spans=tuple(sp for sp in sorted(set(c.spans))),
            span_texts=tuple(text[a:b] for a, b in sorted(set(c.spans))), sents=tuple(sorted(c.sents))))
    # two clusters can end with one key (same name, different people would need different given names)
    seen: dict[str, int] = {}
    final = []
    for e in out:
        k = e.key
        if k in seen:
            seen[k] += 1
            e = _replace(e, key=f"{k}#{seen[k]}")
        else:
            seen[k] = 0
        final.append(e)
    return sorted(final, key=lambda e: (e.spans[0] if e.spans else (0, 0), e.key))


def _recover_missed(text: str, sents, persons: list[_Cluster], all_spans: Sequence[ner.Span]) -> None:
    """Surname-only mentions NER did not tag ("Zelenskyy thanked ..."): a capitalised whole-word occurrence of a
    full-name person's surname, outside every NER span, joins that person when no other person shares it."""
    owners: dict[str, list[_Cluster]] = defaultdict(list)
    for c in persons:
        if c.given:
            for n in c.names:
                toks = _name_tokens(n)
                if len(toks) >= 2:
                    owners[toks[-1]].append(c)
    covered = [(sp.start, sp.end) for sp in all_spans] + [sp for c in persons for sp in c.spans]
    for surname, cs in owners.items():
        if len({id(c) for c in cs}) != 1 or len(surname) < 3 or not surname[:1].isupper():
            continue
        c = cs[0]
        for m in re.finditer(rf"(?<![\w.]){re.escape(surname)}(?!\w)", text):
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in covered):
                continue
            c.spans.append((a, b))
            covered.append((a, b))
            _add(c.surfaces, surname)
            si = next((i for i, (lo, hi) in enumerate(sents) if lo <= a < hi), None)
            if si is not None:
                _add(c.sents, si)


def _replace(e: ArticleEntity, **kw) -> ArticleEntity:
    d = {f: getattr(e, f) for f in ArticleEntity.__slots__}
    d.update(kw)
    return ArticleEntity(**d)


# ------------------------------------------------------------------------------------------- corpus


@dataclass
class _Canon:
    id: str
    name: str
    type: str
    aliases: list[str]
    titles: list[str]
    roles: list[str]
    votes: Counter
    article_ids: set[str]
    touched: bool = False

    def person_names(self) -> list[tuple[str, str]]:
        return [person_key(n) for n in [self.name, *self.aliases]]


def _canon_from_entity(e: model.Entity) -> _Canon:
    votes: Counter = Counter()
    if e.country_code:
        votes[e.country_code] = max(1, len(e.article_ids))
    return _Canon(e.id, e.name, e.type, list(e.aliases), list(e.titles), list(e.roles), votes, set(e.article_ids))


def _person_match(c: _Canon, ae: ArticleEntity) -> bool:
    g, sn = person_key(ae.name)
    keys = c.person_names()
    if not any(_surname_equal(k[1], sn) for k in keys):
        return False
    if ae.country_code and c.votes:
        top = c.votes.most_common(1)[0][0]
        if top != ae.country_code:
            return False
    if not g:
        return True
    givens = [k[0] for k in keys if k[0] and _surname_equal(k[1], sn)]
    return not givens or any(_given_compatible(x, g) for x in givens)


def _other_key(name: str, type_: str) -> str:
    code = lookup_code(name) if type_ in {"GPE", "LOC"} else None
    return "country:" + code if code else _org_key(name)


def resolve(per_article: Mapping[str, Sequence[ArticleEntity]], existing: Sequence[model.Entity]
            ) -> tuple[list[model.Entity], list[model.Mention]]:
    """Merge per-article entities into corpus entities (incremental: `existing` keeps its ids).

    Returns the entities created or updated by these articles (sorted by id) and one Mention per span.
    A surname-only mention joins a corpus person only when exactly one person with that surname (and no
    conflicting country) exists; otherwise it stays its own entity, so two people who share a surname are
    never merged on the surname alone.
    """
    canon = [_canon_from_entity(e) for e in sorted(existing, key=lambda e: e.id)]
    ids = {c.id for c in canon}
    # indexes: people by surname skeleton, others by normalised key / acronym (linear scans were O(n^2))
    by_surname: dict[str, list[_Canon]] = defaultdict(list)
    by_key: dict[tuple[str, str], list[_Canon]] = defaultdict(list)

    def index(c: _Canon, names) -> None:
        for n in names:
            if c.type == "PERSON":
                sk = skeleton(person_key(n)[1])
                if c not in by_surname[sk]:
                    by_surname[sk].append(c)
            else:
                for k in {_other_key(n, c.type), "acr:" + (n if n.isupper() else _acronym(n))}:
                    if c not in by_key[(c.type, k)]:
                        by_key[(c.type, k)].append(c)

    for c in canon:
        index(c, [c.name, *c.aliases])
    out_mentions: list[model.Mention] = []
    for aid in sorted(per_article):
        ents = sorted(per_article[aid], key=lambda e: (len(person_key(e.name)[0]) == 0, e.key))
        for ae in ents:
            target = None
            if ae.type == "PERSON":
                cands = [c for c in by_surname.get(skeleton(person_key(ae.name)[1]), []) if _person_match(c, ae)]
                g, _ = person_key(ae.name)
                if g:
                    full = [c for c in cands if any(k[0] for k in c.person_names())]
                    cands = full or cands
                    target = max(cands, key=lambda c: (len(c.article_ids), c.id)) if cands else None
                elif len(cands) == 1:
                    target = cands[0]
                elif cands:  # several people share the surname: only one seen in this article's countries
                    target = None
            else:
                cands = by_key.get((ae.type, _other_key(ae.name, ae.type)), [])
                if not cands and ae.type == "ORG":
                    cands = by_key.get((ae.type, "acr:" + (ae.name if ae.name.isupper() else _acronym(ae.name))), [])
                    cands = [c for c in cands if c.name.isupper() or ae.name.isupper()]
                target = cands[0] if cands else None
                if target is None and ae.type in {"ORG", "FAC"} and len(_name_tokens(ae.name)) >= 2:
                    # NER tags a person FAC/ORG in one article ("Vietnam's Phan Van Giang met ..."): the same
                    # full name already known as a person is that person
                    folded = _fold(" ".join(_name_tokens(ae.name)))
                    people = [c for c in by_surname.get(skeleton(person_key(ae.name)[1]), [])
                              if any(_fold(" ".join(_name_tokens(n))) == folded for n in (c.name, *c.aliases))]
                    target = people[0] if len(people) == 1 else None
            if target is None:
                target = _Canon(model.content_id("entity", ae.type, ae.key, prefix="ent_"), ae.name, ae.type,
                                [], [], [], Counter(), set())
                while target.id in ids:
                    target.id = model.content_id("entity", ae.type, ae.key, target.id, prefix="ent_")
                ids.add(target.id)
                canon.append(target)
            target.touched = True
            if ae.type == "PERSON" and len(_name_tokens(target.name)) < 2 <= len(_name_tokens(ae.name)):
                _add(target.aliases, target.name)
                target.name = ae.name
            for s in (ae.name, *ae.surfaces):
                clean = _strip_titles(s)[0] if ae.type == "PERSON" else s
                if clean != target.name:
                    _add(target.aliases, clean)
            index(target, [target.name, *target.aliases])
            for t in ae.titles:
                _add(target.titles, t)
            for r in ae.roles:
                _add(target.roles, r)
            if ae.country_code and aid not in target.article_ids:
                target.votes[ae.country_code] += 1
            target.article_ids.add(aid)
            texts = ae.span_texts if len(ae.span_texts) == len(ae.spans) else ("",) * len(ae.spans)
            for (st, en), t in zip(ae.spans, texts, strict=False):
                out_mentions.append(model.Mention(target.id, aid, t, st, en))
    ents_out = []
    for c in canon:
        if not c.touched:
            continue
        code = c.votes.most_common(1)[0][0] if c.votes else None
        if c.votes and len(c.votes) > 1:
            top = c.votes.most_common()
            code = min((k for k, v in top if v == top[0][1]))
        ents_out.append(model.Entity(
            id=c.id, name=c.name, type=c.type, aliases=tuple(sorted(set(c.aliases) - {c.name})),
            titles=tuple(c.titles), roles=tuple(c.roles), country=short_name(code) if code else None,
            country_code=code, article_ids=tuple(sorted(c.article_ids))))
    return sorted(ents_out, key=lambda e: e.id), sorted(out_mentions, key=lambda m: (m.article_id, m.start,
                                                                                       m.end, m.entity_id))


def participants(entities: Sequence[model.Entity], mentions: Sequence[model.Mention], article_ids
                 ) -> list[model.Participant]:
    """The people mentioned in these articles, most widely covered first (articles, then mentions, then name)."""
    ids = set(article_ids)
    arts: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    for m in mentions:
        if m.article_id in ids:
            arts[m.entity_id].add(m.article_id)
            count[m.entity_id] += 1
    people = [e for e in entities if e.type == "PERSON" and e.id in arts]
    people.sort(key=lambda e: (-len(arts[e.id]), -count[e.id], e.name, e.id))
    return [model.Participant(name=e.name, entity_id=e.id, country=e.country, country_code=e.country_code,
                              role=(e.roles[0] if e.roles else (e.titles[0] if e.titles else None)))
            for e in people[:ENTITY_PARTICIPANTS_MAX]]
