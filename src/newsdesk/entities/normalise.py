"""Name normalisation shared by the entity and coding stages: title and role tables, accent folding, consonant
skeletons for transliterations, person (given, surname) keys, organisation keys and acronyms, and `country()`.

Hand-written: no pinned library splits news titles ("Lt Gen", "Defence Minister") from names or compares
transliterated names (Volodymyr/Vladimir); rapidfuzz scores near-equal given names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from newsdesk.clean.text import visible
from newsdesk.entities.countries import lookup_code, short_name

KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC"}

# Ranks and honorifics: kept as `titles`, never part of the name. Longest first.
TITLE_PHRASES = [
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
TITLE_SET = set(TITLE_PHRASES)
# Office nouns: a run of words holding one of these is a role ("Defence Minister", "Secretary of State").
ROLE_HEADS = {
    "president", "vice-president", "president-elect", "minister", "ministers", "secretary", "secretary-general",
    "chancellor", "premier", "chief", "head", "leader", "king", "queen", "prince", "princess", "emperor",
    "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "commander", "chairman", "chairwoman",
    "chair", "director", "governor", "mayor", "senator", "representative", "lawmaker", "diplomat", "official",
    "counterpart", "attorney", "general", "marshal", "admiral", "negotiator", "adviser", "advisor", "ayatollah",
    "emir", "sultan", "monarch", "pope", "speaker", "deputy", "undersecretary", "under-secretary", "cabinet",
}
# Lower-case words that may continue a role run ("defence minister", "prime minister", "foreign affairs").
ROLE_WORDS = ROLE_HEADS | {
    "prime", "vice", "deputy", "foreign", "defence", "defense", "interior", "finance", "trade", "economy",
    "affairs", "state", "national", "security", "former", "acting", "top", "senior", "military", "army",
    "navy", "air", "force", "staff", "joint", "supreme", "crown", "first", "new", "outgoing", "incoming",
    "home", "justice", "health", "energy", "agriculture", "education", "of", "the", "and", "for", "to",
    "general", "chiefs", "forces", "armed", "intelligence", "exterior", "external", "relations",
}
STOP_CAPS = {"on", "in", "at", "after", "before", "when", "while", "but", "and", "then", "as", "yesterday",
              "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last",
              "earlier", "later", "meanwhile", "also", "his", "her", "their", "its", "a", "an", "with", "by"}
NAME_SUFFIX = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
WORD = re.compile(r"[^\W_][\w.'’\-]*|[,;:()\"]")

# ------------------------------------------------------------------------------------------- normalisation


def fold(s: str) -> str:
    """Key form of a name: accents and invisible characters (soft hyphen, zero-width) dropped, lower case."""
    s = unicodedata.normalize("NFKD", visible(s))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("’", "'").lower()


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """Consonant skeleton for transliteration variants: Volodymyr/Vladimir -> vldmr, Zelensky/Zelenskyy -> zlnsk."""
    w = re.sub(r"[^a-z]", "", fold(word))
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


def strip_titles(text: str) -> tuple[str, list[str]]:
    """'Lt Gen Juan Perez' -> ('Juan Perez', ['Lt Gen']). Also drops a leading role word inside an NER span."""
    titles: list[str] = []
    s = text.strip()
    changed = True
    while changed:
        changed = False
        low = s.lower()
        for t in TITLE_PHRASES:
            if low.startswith(t) and len(s) > len(t) and (s[len(t)] in " .\u00a0" or t.endswith(".")):
                rest = s[len(t):].lstrip(" .\u00a0")
                if rest and rest[0].isupper():
                    titles.append(s[:len(t)].strip())
                    s, changed = rest, True
                    break
        if not changed:
            first = s.split(" ", 1)
            if len(first) == 2 and first[0].lower() in ROLE_HEADS and first[1][:1].isupper():
                s, changed = first[1], True
    s = re.sub(r"(?:'s|’s|')$", "", s).strip(" ,")
    return s, titles


def name_tokens(name: str) -> list[str]:
    toks = [t for t in re.split(r"[\s]+", name.strip()) if t]
    out = []
    for t in toks:
        tl = t.lower().strip(",")
        if tl in NAME_SUFFIX:
            continue
        if re.fullmatch(r"[A-Za-z]\.?", t) or re.fullmatch(r"(?:[A-Z]\.){2,}", t):
            continue  # middle initial
        out.append(t.strip(","))
    return out


@lru_cache(maxsize=65536)
def person_key(name: str) -> tuple[str, str]:
    """(given, surname) of a person's name, titles and middle initials dropped; given is '' for one token."""
    toks = name_tokens(strip_titles(name)[0])
    if not toks:
        return "", ""
    if len(toks) == 1:
        return "", fold(toks[0])
    return fold(toks[0]), fold(toks[-1])


# English short forms of given names (general knowledge, hand-written): "Tim Cook" and "Timothy D. Cook", "Dick
# Cheney" and "Richard Cheney" are one person. Short form -> the full names it stands for.
NICKNAMES = {
    "tim": {"timothy"}, "tom": {"thomas"}, "tommy": {"thomas"}, "dick": {"richard"}, "rick": {"richard"},
    "rich": {"richard"}, "richie": {"richard"}, "bill": {"william"}, "will": {"william"}, "billy": {"william"},
    "bob": {"robert"}, "rob": {"robert"}, "bobby": {"robert"}, "bert": {"robert", "albert", "herbert"},
    "jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"}, "mike": {"michael"}, "mick": {"michael"},
    "joe": {"joseph"}, "ted": {"edward", "theodore"}, "ed": {"edward", "edwin"}, "eddie": {"edward"},
    "ned": {"edward"}, "jack": {"john"}, "johnny": {"john"}, "chuck": {"charles"}, "charlie": {"charles"},
    "hank": {"henry"}, "harry": {"henry", "harold"}, "dan": {"daniel"}, "danny": {"daniel"}, "dave": {"david"},
    "steve": {"steven", "stephen"}, "ken": {"kenneth"}, "ron": {"ronald"}, "don": {"donald"}, "nick": {"nicholas"},
    "chris": {"christopher"}, "matt": {"matthew"}, "pat": {"patrick", "patricia"}, "pete": {"peter"},
    "sam": {"samuel"}, "ben": {"benjamin"}, "alex": {"alexander", "alexandra"}, "andy": {"andrew"},
    "tony": {"anthony", "antony"}, "greg": {"gregory"}, "jeff": {"jeffrey"}, "larry": {"lawrence"},
    "fred": {"frederick"}, "frank": {"francis", "franklin"}, "gerry": {"gerald", "gerard"}, "jerry": {"gerald"},
    "phil": {"philip", "phillip"}, "ray": {"raymond"}, "walt": {"walter"}, "art": {"arthur"}, "al": {"albert", "alan",
    "alfred"}, "doug": {"douglas"}, "stan": {"stanley"}, "vince": {"vincent"}, "liz": {"elizabeth"},
    "beth": {"elizabeth"}, "betty": {"elizabeth"}, "kate": {"katherine", "catherine"}, "kathy": {"katherine",
    "kathleen"}, "sue": {"susan"}, "peggy": {"margaret"}, "maggie": {"margaret"}, "meg": {"margaret"},
    "jenny": {"jennifer"}, "sasha": {"alexander", "alexandra"}, "volodya": {"vladimir"},
    "misha": {"mikhail"}, "kolya": {"nikolai"},
}


def short_form(a: str, b: str) -> bool:
    """One given name is a listed short form of the other (`NICKNAMES`: Tim/Timothy)."""
    return b in NICKNAMES.get(a, ()) or a in NICKNAMES.get(b, ())


def given_compatible(a: str, b: str, min_ratio: float) -> bool:
    """Given names that may be one person's: equal, a short form of the other (`NICKNAMES`), the same skeleton, or
    a fuzz ratio of at least `min_ratio` (settings.ENTITY_GIVEN_NAME_MIN_RATIO)."""
    if not a or not b:
        return True
    if a == b or short_form(a, b):
        return True
    sa, sb = skeleton(a), skeleton(b)
    if sa and sa == sb and len(sa) >= 3:
        return True
    return fuzz.ratio(a, b) >= min_ratio


def surname_equal(a: str, b: str) -> bool:
    if a == b:
        return True
    sa, sb = skeleton(a), skeleton(b)
    return bool(sa) and sa == sb and len(sa) >= 3 and a[0] == b[0]


def org_key(name: str) -> str:
    s = fold(name)
    s = re.sub(r"^the\s+", "", s)
    s = re.sub(r"(?:'s|')$", "", s)
    return re.sub(r"[^a-z0-9]+", " ", s).strip()


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in {"of", "the", "and", "for", "de", "&"}]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def add(lst: list, x) -> None:
    """Append x to lst unless it is empty or already there (keeps first-seen order)."""
    if x and x not in lst:
        lst.append(x)
