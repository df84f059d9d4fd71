"""Corpus-wide entities: per-article entities merged into canonical entities (incremental), and the people
taking part in a set of articles.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from newsdesk import model
from newsdesk.entities import normalise as nm
from newsdesk.entities.countries import lookup_code, short_name
from newsdesk.model import ArticleEntity
from newsdesk.settings import DEFAULT, Settings

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
    prior: Counter = field(default_factory=Counter)  # dictionary countries: used only without text votes
    evidence: list[model.CountryEvidence] = field(default_factory=list)

    def person_names(self) -> list[tuple[str, str]]:
        return [nm.person_key(n) for n in [self.name, *self.aliases]]


def _canon_from_entity(e: model.Entity) -> _Canon:
    votes: Counter = Counter()
    if e.country_code:
        votes[e.country_code] = max(1, len(e.article_ids))
    return _Canon(e.id, e.name, e.type, list(e.aliases), list(e.titles), list(e.roles), votes, set(e.article_ids),
                  evidence=[x for x in e.country_evidence if x.kind != "corpus vote"])


# strongest country evidence first: stated by the text, an office, counterpart logic, coordination, an office of
# the article's one country, a dictionary; the corpus vote is appended last
STRENGTH = {"explicit": 0, "office": 1, "counterpart": 2, "coordinated": 3, "article office": 4,
            "dictionary prior": 5, "corpus vote": 6}
_WEAK = {"coordinated", "article office", "dictionary prior"}


def _from_dictionary(ae: ArticleEntity) -> bool:
    """The article's country for this entity is weak evidence (a dictionary prior, coordination, an office of the
    article's country), counted only where no article states one."""
    return bool(ae.country_evidence) and ae.country_evidence[0].kind in _WEAK


def _full(name: str) -> str | None:
    """The folded full name (given name(s) and surname), None for a one-word name."""
    toks = nm.name_tokens(name)
    return nm.fold(" ".join(toks)) if len(toks) >= 2 else None


def _title_before(name: str, known_names: Sequence[str]) -> str | None:
    """The words before a corpus person's full name of two or more words ending `name` ("Raksha Mantri" of "Raksha
    Mantri Rajnath Singh": a title the title list does not know, in any language), else None."""
    toks = nm.name_tokens(name)
    for n in known_names:
        known = nm.name_tokens(n)
        if 2 <= len(known) < len(toks) and nm.fold(" ".join(toks[-len(known):])) == nm.fold(" ".join(known)):
            return " ".join(toks[:-len(known)])
    return None


def _person_match(c: _Canon, ae: ArticleEntity, min_ratio: float) -> bool:
    """Can this article's person be the corpus person `c`? Same surname, compatible given names, and no country
    conflict, except for the same full name written the same way: one person, one entity across the corpus (a
    country misread in one article must not split "Richard Marles" in two; people who share a full name and
    differ in country are rarer than misread countries)."""
    g, sn = nm.person_key(ae.name)
    keys = c.person_names()
    if not any(nm.surname_equal(k[1], sn) for k in keys):
        return False
    full = _full(ae.name)
    same_full = bool(full) and any(_full(n) == full for n in (c.name, *c.aliases))
    if _title_before(ae.name, [c.name, *c.aliases]) is not None or _title_before(c.name, [ae.name]) is not None:
        return True
    if ae.country_code and c.votes and not _from_dictionary(ae) and not same_full:
        top = c.votes.most_common(1)[0][0]
        if top != ae.country_code:
            return False
    if not g:
        return True
    givens = [k[0] for k in keys if k[0] and nm.surname_equal(k[1], sn)]
    return not givens or any(nm.given_compatible(x, g, min_ratio) for x in givens)


def _other_key(name: str, type_: str) -> str:
    code = lookup_code(name) if type_ in {"GPE", "LOC"} else None
    return "country:" + code if code else nm.org_key(name)


def resolve(per_article: Mapping[str, Sequence[ArticleEntity]], existing: Sequence[model.Entity],
            settings: Settings = DEFAULT) -> tuple[list[model.Entity], list[model.Mention]]:
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
                sk = nm.skeleton(nm.person_key(n)[1])
                if c not in by_surname[sk]:
                    by_surname[sk].append(c)
            else:
                for k in {_other_key(n, c.type), "acr:" + (n if n.isupper() else nm.acronym(n))}:
                    if c not in by_key[(c.type, k)]:
                        by_key[(c.type, k)].append(c)

    for c in canon:
        index(c, [c.name, *c.aliases])
    out_mentions: list[model.Mention] = []
    for aid in sorted(per_article):
        ents = sorted(per_article[aid], key=lambda e: (len(nm.person_key(e.name)[0]) == 0, e.key))
        for ae in ents:
            target = None
            if ae.type == "PERSON":
                cands = [c for c in by_surname.get(nm.skeleton(nm.person_key(ae.name)[1]), [])
                         if _person_match(c, ae, settings.ENTITY_GIVEN_NAME_MIN_RATIO)]
                g, _ = nm.person_key(ae.name)
                if g:
                    full = [c for c in cands if any(k[0] for k in c.person_names())]
                    cands = full or cands
                    target = max(cands, key=lambda c: (len(c.article_ids), c.id)) if cands else None
                elif len(cands) == 1:
                    target = cands[0]
                elif not cands:  # "Rajnath" alone: the one known person with that given name
                    sk = nm.skeleton(nm.person_key(ae.name)[1])
                    firsts = [c for c in canon if c.type == "PERSON" and sk and any(
                        k[0] and nm.skeleton(k[0]) == sk for k in c.person_names())]
                    target = firsts[0] if len(firsts) == 1 else None
                elif cands:  # several people share the surname: only one seen in this article's countries
                    target = None
            else:
                cands = by_key.get((ae.type, _other_key(ae.name, ae.type)), [])
                if not cands and ae.type == "ORG":
                    cands = by_key.get((ae.type, "acr:" + (ae.name if ae.name.isupper() else nm.acronym(ae.name))), [])
                    cands = [c for c in cands if c.name.isupper() or ae.name.isupper()]
                target = cands[0] if cands else None
                if target is None and ae.type in {"ORG", "FAC"} and len(nm.name_tokens(ae.name)) >= 2:
                    # NER tags a person FAC/ORG in one article ("Vietnam's Phan Van Giang met ..."): the same
                    # full name already known as a person is that person
                    folded = nm.fold(" ".join(nm.name_tokens(ae.name)))
                    people = [c for c in by_surname.get(nm.skeleton(nm.person_key(ae.name)[1]), [])
                              if any(nm.fold(" ".join(nm.name_tokens(n))) == folded for n in (c.name, *c.aliases))]
                    target = people[0] if len(people) == 1 else None
            if target is None:
                target = _Canon(model.content_id("entity", ae.type, ae.key, prefix="ent_"), ae.name, ae.type,
                                [], [], [], Counter(), set())
                while target.id in ids:
                    target.id = model.content_id("entity", ae.type, ae.key, target.id, prefix="ent_")
                ids.add(target.id)
                canon.append(target)
            target.touched = True
            if ae.type == "PERSON" and len(nm.name_tokens(target.name)) < 2 <= len(nm.name_tokens(ae.name)):
                nm.add(target.aliases, target.name)
                target.name = ae.name
            title = _title_before(ae.name, [target.name, *target.aliases]) if ae.type == "PERSON" else None
            if title:
                nm.add(target.titles, title)
            elif ae.type == "PERSON" and (t2 := _title_before(target.name, [ae.name])):
                nm.add(target.titles, t2)  # the corpus name had the unknown title: the plain name replaces it
                target.aliases = [a for a in target.aliases if a != ae.name]
                target.name = ae.name
            for s in (ae.name, *ae.surfaces):
                clean = nm.strip_titles(s)[0] if ae.type == "PERSON" else s
                if title and clean.endswith(target.name):
                    continue  # the name with an unknown title before it is no other name of this person
                if clean != target.name:
                    nm.add(target.aliases, clean)
            index(target, [target.name, *target.aliases])
            for t in ae.titles:
                nm.add(target.titles, t)
            for r in ae.roles:
                nm.add(target.roles, r)
            if ae.country_code and aid not in target.article_ids:
                if _from_dictionary(ae):
                    target.prior[ae.country_code] += 1
                else:
                    target.votes[ae.country_code] += 1
                for ev in ae.country_evidence:
                    nm.add(target.evidence, dataclasses.replace(ev, article=aid))
            target.article_ids.add(aid)
            texts = ae.span_texts if len(ae.span_texts) == len(ae.spans) else ("",) * len(ae.spans)
            for (st, en), t in zip(ae.spans, texts, strict=False):
                out_mentions.append(model.Mention(target.id, aid, t, st, en))
    ents_out = []
    for c in canon:
        if not c.touched:
            continue
        votes = c.votes or c.prior  # text first; the dictionary prior only when no article states a country
        code = votes.most_common(1)[0][0] if votes else None
        if votes and len(votes) > 1:
            top = votes.most_common()
            code = min((k for k, v in top if v == top[0][1]))
        evidence = [e for e in c.evidence if e.code == code] if code else []
        evidence.sort(key=lambda e: STRENGTH.get(e.kind, 9))  # stable: first seen first within a kind
        # a bounded list: the strongest few (an entity in 1,000 articles would otherwise carry 1,000 items)
        evidence = evidence[:settings.ENTITY_EVIDENCE_MAX]
        if code:
            evidence.append(model.CountryEvidence(code, "corpus vote", f"{votes[code]} of {sum(votes.values())} "
                                                  f"article(s) {'' if c.votes else 'by dictionary '}give {code}"))
        ents_out.append(model.Entity(
            id=c.id, name=c.name, type=c.type, aliases=tuple(sorted(set(c.aliases) - {c.name})),
            titles=tuple(c.titles), roles=tuple(c.roles), country=short_name(code) if code else None,
            country_code=code, article_ids=tuple(sorted(c.article_ids)), country_evidence=tuple(evidence)))
    return sorted(ents_out, key=lambda e: e.id), sorted(out_mentions, key=lambda m: (m.article_id, m.start,
                                                                                       m.end, m.entity_id))


def link_records(records: Mapping[str, Sequence[model.Record]], per_article: Mapping[str, Sequence[ArticleEntity]],
                 mentions: Sequence[model.Mention]) -> dict[str, list[model.Record]]:
    """Records with their in-article actor/target keys replaced by the corpus entity ids `resolve` gave those
    entities (the ids `entities --json` lists); a key of no entity (a noun phrase: "NORP:russian") is kept. Two
    in-article entities that resolve to one corpus entity make no self-target: the target is dropped."""
    at: dict[tuple[str, int, int], str] = {(m.article_id, m.start, m.end): m.entity_id for m in mentions}
    out: dict[str, list[model.Record]] = {}
    for aid, recs in records.items():
        ids = {}
        for ae in per_article.get(aid, ()):
            hit = next((at[(aid, a, b)] for a, b in ae.spans if (aid, a, b) in at), None)
            if hit:
                ids[ae.key] = hit
        linked = []
        for r in recs:
            x, y = ids.get(r.actor_id, r.actor_id), ids.get(r.target_id, r.target_id)
            if y is not None and y == x:
                linked.append(dataclasses.replace(r, actor_id=x, target=None, target_country=None, target_id=None))
            else:
                linked.append(dataclasses.replace(r, actor_id=x, target_id=y))
        out[aid] = linked
    return out


def participants(entities: Sequence[model.Entity], mentions: Sequence[model.Mention], article_ids,
                 settings: Settings = DEFAULT) -> list[model.Participant]:
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
            for e in people[:settings.ENTITY_PARTICIPANTS_MAX]]

