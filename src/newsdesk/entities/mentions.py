"""In-article mention resolution: one `ArticleEntity` per distinct person/org/place of an article.

NER spans come from `newsdesk.ner` (spaCy). The rules after that are hand-written (spaCy has no coreference or
title/role splitting): titles kept apart from names, roles and countries read from premodifiers, appositions and
the article (`entities.context`), middle initials ignored, surnames resolved to the nearest full name in the same
article.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdesk import model, ner
from newsdesk.entities.context import _analyse_run, _countries_from_article, _left_run, _right_context
from newsdesk.entities.countries import lookup_code, short_name
from newsdesk.entities.normalise import (
    KEPT_LABELS,
    ROLE_HEADS,
    ROLE_WORDS,
    STOP_CAPS,
    TITLE_SET,
    acronym,
    add,
    fold,
    given_compatible,
    name_tokens,
    org_key,
    person_key,
    skeleton,
    strip_titles,
    surname_equal,
)
from newsdesk.entities.people import ORG_HEADS, fix_spans, given_names, person_cue, prior_country, thing_cue
from newsdesk.model import ArticleEntity
from newsdesk.settings import DEFAULT, Settings

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
    evidence: list[model.CountryEvidence] = field(default_factory=list)  # why a country (article=None)
    spans: list[tuple[int, int]] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    last: int = 0


def _context_for(text: str, span: ner.Span, sent_lo: int, sent_hi: int, left_lo: int
                 ) -> tuple[list[str], str | None, str | None, tuple[str, str]]:
    """Titles, role, country code and the evidence for the country ((kind, words)) around one PERSON/ORG
    mention."""
    run, run_start = _left_run(text, left_lo, span.start)
    if run and run[-1].lower() in {"of", "for", "at", "to", "from", "with", "by"}:
        run = []  # "a spokesman for Force Ouvriere": the name is the office's organisation, not its holder
    titles, role, code = _analyse_run(run)
    why = ("explicit", " ".join(run))
    # left apposition: "Minister of Defence of Peru, General X", "the Minister of Defence of Uzbekistan, Lt Gen X"
    if not role and not code:
        before = text[left_lo:run_start].rstrip()
        if before.endswith(","):
            run2, _ = _left_run(text, left_lo, left_lo + len(before) - 1)
            _, role2, code2 = _analyse_run(run2)
            if role2:
                role, code = role2, code or code2
                why = ("office", " ".join(run2))
    r_role, r_code, r_words = _right_context(text, span.end, sent_hi)
    if not code and r_code:
        why = ("explicit", r_words)
    return titles, role or r_role, code or r_code, why


def _join_lone_names(clusters: list[_Cluster]) -> list[_Cluster]:
    """A one-word person ("Rajnath", "Lula", "Singh") joins the one full-name person of the article whose given
    name or surname it is; with two candidates (Rajnath and Manmohan Singh for "Singh") it stays apart."""
    people = [c for c in clusters if c.type == "PERSON" and c.given]
    keep = []
    for c in clusters:
        if c.type == "PERSON" and not c.given:
            cands = [f for f in people if surname_equal(f.surname, c.surname) or fold(f.given) == c.surname
                     or any(fold(t) == c.surname for n in f.names for t in name_tokens(n))]
            if len(cands) == 1:
                f = cands[0]
                for attr in ("names", "surfaces", "titles", "roles", "evidence"):
                    for x in getattr(c, attr):
                        add(getattr(f, attr), x)
                f.codes += c.codes
                f.spans += c.spans
                for x in c.sents:
                    add(f.sents, x)
                continue
        keep.append(c)
    return keep


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
    if w.lower() in ROLE_WORDS or w.lower() in TITLE_SET or w.lower() in STOP_CAPS or lookup_code(w):
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
    if any(t.lower() in _ORG_WORDS | ORG_HEADS or t.lower() in ROLE_WORDS or lookup_code(t) for t in toks):
        return False
    if any(t.lower().rstrip(".") in {"mr", "mrs", "ms", "gen", "general", "dr", "sir"} for t in inner_titles):
        return True
    m = re.match(r"\s*,\s*(?:the|a|who\s+is)?\s*(?:(?:country|nation)(?:'s|’s)\s+|[A-Z][\w'’]*\s+)?"
                 r"((?:[\w-]+\s+){0,4}?[\w-]+)\s*(?=[,;.)]|\s+and\b|$)", text[s.end:sent_hi])
    if not m:
        return False
    words = m.group(1).lower().split()
    return any(w in _PERSON_OFFICES for w in words[:5])


def mentions(article: model.Article, parsed: ner.Parsed, settings: Settings = DEFAULT) -> list[ArticleEntity]:
    """In-article resolution: one ArticleEntity per distinct person/org/place, sorted by first mention."""
    text = article.text
    sents = parsed.sents or ((0, len(text)),)
    spans = fix_spans(text, sorted((_extend_given(text, s) for s in parsed.ents if s.label in KEPT_LABELS),
                                   key=lambda s: (s.start, s.end)), sents)
    last_person: dict[int, tuple[int, str | None, int]] = {}  # sentence -> (end, country, start) of its last person
    clusters: list[_Cluster] = []
    persons: list[_Cluster] = []
    prev_end_in_sent: dict[int, int] = {}

    # PERSON surnames seen anywhere in the article, to relabel "Austin" tagged GPE/ORG.
    surnames = set()  # every token of a multi-word PERSON name ("Wang" of "Wang Yi", "Modi")
    for s in spans:
        if s.label == "PERSON":
            g, sn = person_key(s.text)
            if g:
                surnames.update(fold(t) for t in name_tokens(strip_titles(s.text)[0]))
    # ...but not a word that begins an organisation's name of the article ("Ford" of "Ford Motor Company": the
    # company, not William Clay Ford Jr.)
    surnames -= _org_first_words(spans)

    for order, s in enumerate(spans):
        sent_lo, sent_hi = sents[s.sent] if s.sent < len(sents) else (0, len(text))
        label = s.label
        clean, inner_titles = strip_titles(s.text)
        if label != "PERSON":
            clean = re.sub(r"^[Tt]he\s+", "", clean)
        if not clean or not any(ch.isalpha() for ch in clean):
            continue
        if label != "PERSON" and all(w.lower() in ROLE_WORDS for w in clean.split()):
            continue  # "Defence" tagged ORG inside "Russian Defence Minister X"
        if label == "PERSON" and lookup_code(clean):
            label = "GPE"
        if label in {"GPE", "ORG", "LOC"} and " " not in clean and fold(clean) in surnames and not lookup_code(clean):
            label = "PERSON"
        if label in {"ORG", "FAC"} and _person_shaped(text, s, clean, inner_titles, sent_hi):
            label = "PERSON"  # "Indonesia's Prabowo Subianto, the country's president-elect" tagged FAC
        if label == "ORG" and clean.split()[0].lower() in ROLE_HEADS and " of " in f" {clean} ":
            continue  # an office ("the Minister of Defence of Uzbekistan"): the adjacent person's role and country
        off = s.start + s.text.find(clean) if clean in s.text else s.start
        span_pos = (off, off + len(clean))
        left_lo = max(sent_lo, prev_end_in_sent.get(s.sent, sent_lo))
        if label in {"PERSON", "ORG"}:
            prev_end_in_sent[s.sent] = s.end
        if label == "PERSON":
            titles, role, code, why = _context_for(text, s, sent_lo, sent_hi, left_lo)
            prev = last_person.get(s.sent)
            if not code and prev and prev[1] and re.fullmatch(r"\s+and\s+(?:[\w.-]+\s+){0,4}",
                                                              text[prev[0]:s.start]):
                code, why = prev[1], ("coordinated", text[prev[2]:s.end].strip())
            last_person[s.sent] = (s.end, code, s.start)
            joined = " ".join(titles + inner_titles)
            titles = [joined] if len(titles + inner_titles) > 1 and joined.lower() in TITLE_SET else \
                titles + inner_titles
            given, surname = person_key(clean)
            if not surname:
                continue
            target = None
            cands = [c for c in persons if surname_equal(c.surname, surname)
                     and given_compatible(c.given, given, settings.ENTITY_GIVEN_NAME_MIN_RATIO)]
            if given:
                full = [c for c in cands
                        if c.given and given_compatible(c.given, given, settings.ENTITY_GIVEN_NAME_MIN_RATIO)]
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
            add(target.names, clean)
            add(target.surfaces, s.text.strip())
            for t in titles:
                add(target.titles, t)
            if role:
                add(target.roles, role)
            if code:
                target.codes.append(code)
                add(target.evidence, model.CountryEvidence(code, *why))
        else:
            if label in {"GPE", "LOC"} and lookup_code(clean):
                code = lookup_code(clean)
                key = "country:" + code
                name = short_name(code) or clean
            else:
                code, key, name = None, org_key(clean), clean
                if label == "ORG":
                    _, _, code, _ = _context_for(text, s, sent_lo, sent_hi, left_lo)
            if not key:
                continue
            target = next((c for c in clusters if c.type == label and c.key == key), None)
            if target is None and label == "ORG":
                acr = clean.upper() if clean.isupper() and 2 <= len(clean) <= 8 else None
                for c in clusters:
                    if c.type != "ORG":
                        continue
                    if acr and acronym(c.names[0]) == acr or (c.names[0].isupper() and
                                                               acronym(clean) == c.names[0]):
                        target = c
                        break
            if target is None:
                target = _Cluster(label, key=key)
                clusters.append(target)
            add(target.names, name)
            add(target.surfaces, s.text.strip())
            if code:
                target.codes.append(code)
        target.spans.append(span_pos)
        add(target.sents, s.sent)
        target.last = order

    _recover_missed(text, sents, persons, list(parsed.ents), _org_first_words(spans))
    clusters = _join_lone_names(clusters)
    clusters = _type_people(text, clusters, parsed.ents, settings)
    _countries_from_article(text, sents, clusters)
    out: list[ArticleEntity] = []
    for c in clusters:
        if c.type == "PERSON":
            full = [n for n in c.names if len(name_tokens(n)) >= 2]
            name = max(full, key=lambda n: (len(name_tokens(n)), len(n))) if full else c.names[0]
            g, sn = person_key(name)
            key = f"PERSON:{skeleton(g)}:{skeleton(sn)}:{sn}"
        else:
            name = max(c.names, key=len) if c.type == "ORG" and not c.key.startswith("country:") else c.names[0]
            key = f"{c.type}:{c.key}"
        cc = Counter(c.codes).most_common()
        code = cc[0][0] if cc else None
        evidence = [e for e in c.evidence if e.code == code] if code else []
        if code is None and c.type == "PERSON":
            code = prior_country(name)
            if code:
                evidence = [model.CountryEvidence(code, "dictionary prior",
                                                  f"PETRARCH2 actor dictionaries list {name}")]
        out.append(ArticleEntity(
            key=key, name=name, type=c.type, surfaces=tuple(c.surfaces), titles=tuple(c.titles),
            roles=tuple(c.roles), country=short_name(code) if code else None, country_code=code,
            spans=tuple(sp for sp in sorted(set(c.spans))),
            span_texts=tuple(text[a:b] for a, b in sorted(set(c.spans))), sents=tuple(sorted(c.sents)),
            country_evidence=tuple(evidence)))
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



def _type_people(text: str, clusters: list[_Cluster], ents: Sequence[ner.Span], settings: Settings
                 ) -> list[_Cluster]:
    """PERSON from evidence across all mentions of a name in the article, not from one NER label:
    - no person cue (`people.person_cue`: title, office, person noun, verb of saying, age, apposition) and a class
      noun of things next to a mention ("retailer Best Buy", "the Safari browser") or the same words tagged
      ORG/FAC/... elsewhere in the article at least as often as PERSON: an ORG (or that other label);
    - no person cue, two or more name words, a first word that is no given name of PETRARCH2's people (at least
      `ENTITY_GIVEN_NAME_MIN_PEOPLE` people carry it), no PETRARCH2 person of that full name and no country stated
      for it ("Chile's Alberto Espina", "Abiy Ahmed of Ethiopia"): dropped ("Lockheed Martin's Atlas V", "Snow
      Leopard", "Mission Control").
    A retyped cluster joins the article's organisation of the same key."""
    out: list[_Cluster] = []
    for c in clusters:
        if c.type != "PERSON":
            out.append(c)
            continue
        full = [n for n in c.names if len(name_tokens(n)) >= 2]
        name = max(full, key=lambda n: (len(name_tokens(n)), len(n))) if full else c.names[0]
        if person_cue(text, c.spans, c.titles, c.roles):
            out.append(c)
            continue
        labels = Counter(s.label for s in ents if fold(strip_titles(s.text)[0]) == fold(name))
        other = [(n, lab) for lab, n in labels.items() if lab != "PERSON" and lab in KEPT_LABELS]
        if thing_cue(text, c.spans) or other and max(other)[0] >= labels["PERSON"]:
            label = max(other)[1] if other else "ORG"
            key = org_key(name)
            into = next((o for o in out if o.type == label and o.key == key), None)
            if into is None:
                into = _Cluster(label, key=key)
                out.append(into)
            add(into.names, name)
            for x in c.surfaces:
                add(into.surfaces, x)
            into.spans += c.spans
            for x in c.sents:
                add(into.sents, x)
            into.last = max(into.last, c.last)
            continue
        toks = name_tokens(name)
        into = next((o for o in clusters if o is not c and o.type == "PERSON" and _ends_with_name(toks, o.names)),
                    None)
        if into is not None:  # "Raksha Mantri Rajnath Singh": a title the lists lack before a full name
            add(into.titles, " ".join(toks[:len(toks) - max(len(name_tokens(n)) for n in into.names)]))
            for x in c.surfaces:
                add(into.surfaces, x)
            into.spans += c.spans
            for x in c.sents:
                add(into.sents, x)
            continue
        if len(toks) >= 2 and fold(toks[0]) not in given_names(settings.ENTITY_GIVEN_NAME_MIN_PEOPLE) \
                and not prior_country(name) and not any(e.kind in {"explicit", "office"} for e in c.evidence):
            continue
        out.append(c)
    return out


def _ends_with_name(toks: list[str], names: Sequence[str]) -> bool:
    """The words end with one of the full names (two or more words), after at least one other word."""
    for n in names:
        known = [fold(t) for t in name_tokens(n)]
        if 2 <= len(known) < len(toks) and [fold(t) for t in toks[-len(known):]] == known:
            return True
    return False


def _org_first_words(spans: Sequence[ner.Span]) -> set[str]:
    """Folded first words of the article's multi-word ORG/FAC names ("ford" of "The Ford Motor Company")."""
    out = set()
    for s in spans:
        if s.label in {"ORG", "FAC"}:
            toks = re.sub(r"^[Tt]he\s+", "", s.text).split()
            if len(toks) >= 2:
                out.add(fold(toks[0]))
    return out


def _recover_missed(text: str, sents, persons: list[_Cluster], all_spans: Sequence[ner.Span],
                    org_words: set[str] = frozenset()) -> None:
    """Surname-only mentions NER did not tag ("Zelenskyy thanked ..."): a capitalised whole-word occurrence of a
    full-name person's surname, outside every NER span, joins that person when no other person shares it."""
    owners: dict[str, list[_Cluster]] = defaultdict(list)
    for c in persons:
        if c.given:
            for n in c.names:
                toks = name_tokens(n)
                if len(toks) >= 2:
                    owners[toks[-1]].append(c)
    covered = [(sp.start, sp.end) for sp in all_spans] + [sp for c in persons for sp in c.spans]
    for surname, cs in owners.items():
        if len({id(c) for c in cs}) != 1 or len(surname) < 3 or not surname[:1].isupper() \
                or fold(surname) in org_words:
            continue
        c = cs[0]
        for m in re.finditer(rf"(?<![\w.]){re.escape(surname)}(?!\w)", text):
            a, b = m.start(), m.end()
            if any(x < b and a < y for x, y in covered):
                continue
            c.spans.append((a, b))
            covered.append((a, b))
            add(c.surfaces, surname)
            si = next((i for i, (lo, hi) in enumerate(sents) if lo <= a < hi), None)
            if si is not None:
                add(c.sents, si)


def _replace(e: ArticleEntity, **kw) -> ArticleEntity:
    d = {f: getattr(e, f) for f in ArticleEntity.__slots__}
    d.update(kw)
    return ArticleEntity(**d)

