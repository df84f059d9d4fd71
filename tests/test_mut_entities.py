"""Corpus entity resolution (entities.resolve) that mutation testing (make mutate, session 4) found unguarded: the
country of a person reported with two countries, the evidence kept for it, and an ORG/FAC tag only joining a
person of the very same full name. Built from ArticleEntity values (no NER), so only resolve is under test."""

from __future__ import annotations

from newsdesk import entities
from newsdesk.model import ArticleEntity, CountryEvidence


def _person(name: str, code: str, aid: str) -> ArticleEntity:
    ev = CountryEvidence(code, "explicit", f"{name} of {code}")
    return ArticleEntity(key=f"PERSON:{name.lower()}", name=name, type="PERSON", surfaces=(name,),
                         country_code=code, spans=((0, len(name)),), span_texts=(name,), country_evidence=(ev,))


def test_entities_resolve_majority_country_and_only_its_evidence():
    """Mutants: the vote tie-break `v == top[0][1]` -> `top[1][1]` (the runner-up's country) and the evidence
    filter `e.code == code` -> `>=` (another country's evidence kept). 'Richard Marles' stated Australian in two
    articles and British in one is one person (same full name) of Australia, with Australian evidence only."""
    per = {"a1": [_person("Richard Marles", "AUS", "a1")], "a2": [_person("Richard Marles", "GBR", "a2")],
           "a3": [_person("Richard Marles", "AUS", "a3")]}
    ents, _ = entities.resolve(per, [])
    [p] = ents
    assert (p.name, p.country_code, p.article_ids) == ("Richard Marles", "AUS", ("a1", "a2", "a3"))
    assert [(e.code, e.kind) for e in p.country_evidence] == [("AUS", "explicit"), ("AUS", "explicit"),
                                                               ("AUS", "corpus vote")]
    assert p.country_evidence[-1].text == "2 of 3 article(s) give AUS"


def test_entities_resolve_org_tag_joins_only_the_same_full_name():
    """Mutant: the full-name test `== folded` -> `<=` in the ORG/FAC-as-person rule: 'Boris Novak' tagged ORG
    would join the corpus person 'Anna Novak' (who sorts before him). Only 'Anna Novak' tagged ORG joins her."""
    stored, _ = entities.resolve({"a1": [_person("Anna Novak", "POL", "a1")]}, [])
    org = ArticleEntity(key="ORG:boris novak", name="Boris Novak", type="ORG", surfaces=("Boris Novak",),
                        spans=((0, 11),), span_texts=("Boris Novak",))
    got, mentions = entities.resolve({"a2": [org]}, stored)
    assert [(e.name, e.type, e.article_ids) for e in got] == [("Boris Novak", "ORG", ("a2",))]
    same = ArticleEntity(key="ORG:anna novak", name="Anna Novak", type="ORG", surfaces=("Anna Novak",),
                         spans=((0, 10),), span_texts=("Anna Novak",))
    got, mentions = entities.resolve({"a2": [same]}, stored)
    assert [(e.id, e.type, e.article_ids) for e in got] == [(stored[0].id, "PERSON", ("a1", "a2"))]
    assert [(m.entity_id, m.article_id, m.text) for m in mentions] == [(stored[0].id, "a2", "Anna Novak")]


def test_entities_resolve_one_word_org_never_joins_a_person():
    """Mutants of the two-token bound of the ORG/FAC-as-person rule (`>= 2` -> `>= 1`): a one-word ORG ('Novak',
    a company) is not the corpus person known only as 'Novak'."""
    stored, _ = entities.resolve({"a1": [_person("Novak", "POL", "a1")]}, [])
    org = ArticleEntity(key="ORG:novak", name="Novak", type="ORG", surfaces=("Novak",), spans=((0, 5),),
                        span_texts=("Novak",))
    got, _ = entities.resolve({"a2": [org]}, stored)
    assert [(e.name, e.type, e.article_ids) for e in got] == [("Novak", "ORG", ("a2",))]
