"""Context rules around a mention and across its article: the titles, office and country in a premodifier
("India's Defence Minister"), an office before a comma ("the Minister of Defence of Uzbekistan, Lt Gen X") or an
apposition after the name ("X, Peru's defence minister"), and countries the article gives people the words next
to them do not (counterpart logic, an office in an article about one country). Hand-written: spaCy has no
title/role splitting and no such rules. Used by `mentions`.
"""

from __future__ import annotations

import re
from collections import Counter

from newsdesk import model
from newsdesk.entities.countries import lookup_code, short_name
from newsdesk.entities.normalise import ROLE_HEADS, ROLE_WORDS, STOP_CAPS, TITLE_SET, WORD, add

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
    start = next((j for j, w in enumerate(kept) if w.lower() in ROLE_WORDS and w.lower() not in
                  {"of", "the", "and", "for", "to"}), None)
    if start is None:
        return None
    kept = kept[start:]
    if not any(w.lower() in ROLE_HEADS for w in kept):
        return None
    if [w.lower() for w in kept] == ["counterpart"]:
        return None
    role = " ".join(kept).strip()
    if role.lower() in TITLE_SET:
        return None
    return role or None


def _name_word(w: str) -> bool:
    """A capitalised word that is no role word, title or country: part of someone's name."""
    base = re.sub(r"(?:'s|’s)$", "", w)
    return base[:1].isupper() and w.lower() not in ROLE_WORDS and w.lower().rstrip(".") not in TITLE_SET \
        and not lookup_code(base)


def _left_run(text: str, lo: int, hi: int) -> tuple[list[str], int]:
    """Words immediately left of `hi` (not before `lo`) that can belong to a title/role/country premodifier.
    "and" joins two offices of one person ("Deputy Prime Minister and Defence Minister X") but not a name before
    it: in "India's Defence Minister Rajnath Singh and Australian ... Richard Marles" (NER missed Singh) the run of
    Marles stops at "and", so India is not his country."""
    words = [(m.group(), m.start()) for m in WORD.finditer(text, lo, hi)]
    run: list[str] = []
    start = hi
    for k in range(len(words) - 1, -1, -1):
        w, pos = words[k]
        wl = w.lower()
        base = re.sub(r"(?:'s|’s)$", "", w)
        if w in {",", ";", ":", "(", ")", '"'}:
            break
        if wl in STOP_CAPS and not (run and wl in {"and"}):
            break
        if wl == "and" and k > 0 and _name_word(words[k - 1][0]):
            break
        if base[:1].isupper() or wl in ROLE_WORDS or wl.rstrip(".") in TITLE_SET or wl in TITLE_SET:
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
                if phrase in TITLE_SET or phrase.rstrip(".") in TITLE_SET:
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


def _names_someone(words: list[str]) -> bool:
    """The phrase holds a title and a name ("Iran's Brigadier General Amir Hatami and ..."): a title or office
    word followed by two capitalised words that are no role, title or country: the next item of a list."""
    def name_like(w: str) -> bool:
        base = re.sub(r"(?:'s|’s)$", "", w)
        return base[:1].isupper() and w.lower() not in ROLE_WORDS and w.lower().rstrip(".") not in TITLE_SET \
            and not lookup_code(base)

    for i, w in enumerate(words[:-2]):
        lw = w.lower().rstrip(".")
        if (lw in TITLE_SET or lw in ROLE_HEADS) and name_like(words[i + 1]) and name_like(words[i + 2]):
            return True
    return False


def _right_context(text: str, end: int, hi: int) -> tuple[str | None, str | None, str]:
    """(role, country code, the words read) from an apposition after the name: 'X, Peru's defence minister,' /
    'X of Kenya'."""
    seg = text[end:hi]
    m = _RIGHT_OF.match(seg)
    if m:
        code = lookup_code(m.group(1))
        if code:
            return None, code, m.group(0).strip()
    m = _RIGHT_APPOS.match(seg)
    if m:
        words = [w.group() for w in WORD.finditer(m.group(1))]
        if words and re.fullmatch(r"(?:country|nation)(?:'s|’s)", words[0].lower()):
            words = words[1:]  # "X, the country's defence minister": the country comes from the left context
        if words and not words[0][:1].isupper() and words[0].lower() not in ROLE_WORDS:
            words = []  # ", met President X": a verb phrase, not an apposition
        if _names_someone(words):
            words = []  # "X, Iran's Brigadier General Amir Hatami, ...": the next item of a list, not X's role
        if words and any(w.lower() in ROLE_HEADS for w in words[:8]) and len(words) <= 12:
            words = words[:12]
            found = _country_in([re.sub(r"(?:'s|’s)$", "", w) for w in words])
            code = found[2] if found else None
            role = _role_from(words, (found[0], found[1]) if found else None)
            return role, code, " ".join(words)
    return None, None, ""


_COUNTERPART = re.compile(r"\b(?:his|her|their|[A-Z][\w.-]*(?:'s|’s))\s+((?:[A-Z][\w.'’-]*\s+){1,3})counterparts?\b")
_PAIR = re.compile(r"\b(?:between\s+)?(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*(?:and|[-–/])\s*(?:the\s+)?"
                   r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\b")


def _article_pairs(text: str) -> list[tuple[str, str]]:
    """Pairs of countries the article names together: "between India and Russia", "India-Russia ties",
    "Indian and Russian"."""
    out = []
    for m in _PAIR.finditer(text):
        one, two = m.group(1), m.group(2)  # "Talks India-Russia": the word next to the joiner alone too
        a = lookup_code(one) or lookup_code(one.split()[-1])
        b = lookup_code(two) or lookup_code(two.split()[0])
        if a and b and a != b:
            out.append((a, b))
    return out


def _countries_from_article(text: str, sents, clusters: list) -> None:
    """Countries for people the text gives none, from the article (hand-written; spaCy has no such rule):
    - counterpart: "X met his Russian counterpart Y" in an article that pairs Russia with one other country
      ("between India and Russia", "India-Russia"): X is of that other country;
    - article office: a person with an office and no country ("Defence Minister Rajnath Singh") in an article
      whose named countries, less those of the other people's stated countries, leave exactly one.
    The counterpart counts as a stated country; the article office is weak (used only where no article of the
    corpus states one). `clusters`: the article's `mentions._Cluster`s (type, key, codes, evidence, roles, titles,
    spans), updated in place."""
    pairs = _article_pairs(text)
    people = [c for c in clusters if c.type == "PERSON"]
    for c in people:
        if c.codes:
            continue
        for a, b in c.spans:
            lo, hi = next(((x, y) for x, y in sents if x <= a < y), (a, len(text)))
            m = _COUNTERPART.search(text, b, hi)
            if not m or re.search(r"[.;]", text[b:m.start()]):
                continue
            theirs = _country_in(m.group(1).split())
            if theirs is None:  # "his counterpart Y": Y's stated country
                other = next((o for o in people if o is not c and o.codes
                              and any(m.end() <= s0 < hi for s0, _ in o.spans)), None)
                code_y = Counter(other.codes).most_common(1)[0][0] if other else None
            else:
                code_y = theirs[2]
            mine = {y if x == code_y else x for x, y in pairs if code_y in (x, y)}
            if code_y and len(mine) == 1:
                code = mine.pop()
                c.codes.append(code)
                add(c.evidence, model.CountryEvidence(code, "counterpart", text[a:m.end()].strip()))
                break
    named = {c.key.split(":", 1)[1] for c in clusters if c.type in {"GPE", "LOC"} and c.key.startswith("country:")}
    stated = {code for c in people for code in c.codes}
    for c in people:
        if c.codes or not any(w.lower() in ROLE_HEADS for r in (*c.roles, *c.titles) for w in r.split()):
            continue
        left = named - stated
        if len(left) == 1:
            code = next(iter(left))
            office = (c.roles or c.titles)[0]
            c.codes.append(code)
            add(c.evidence, model.CountryEvidence(code, "article office",
                                                  f"{office}; the article names {short_name(code)}"))
