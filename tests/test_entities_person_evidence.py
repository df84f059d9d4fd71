"""PERSON from evidence across an article's mentions, not from one NER label (issue 10, session 4).

The NER spans are given by hand (the labels spaCy's small model really gave on examples/corpus and MEANTIME
articles), so each test checks the rule, not the model."""

from __future__ import annotations

import re

import pytest

from newsdesk import entities, model
from newsdesk.entities import people


def _art(text: str) -> model.Article:
    return model.Article(id="a", external_id="a", source=None, url=None, title=None, text=text, raw_text=text,
                         published="2010-01-05", published_evidence="metadata", page_date=None, lang="en",
                         credits=(), removed=(), ingested_at="2010-01-05")


def _ents(text: str, *spans: tuple[str, str]) -> list[model.ArticleEntity]:
    """entities.mentions over `text` with these (surface, label) NER spans, in text order (each found after the
    one before)."""
    sents = tuple((m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*\s*", text))
    end = 0
    out = []
    for surface, label in spans:
        a = text.index(surface, end)
        end = a + len(surface)
        si = next(i for i, (lo, hi) in enumerate(sents) if lo <= a < hi)
        out.append(model.Span(surface, label, a, a + len(surface), si))
    return entities.mentions(_art(text), model.Parsed(tuple(sorted(out, key=lambda s: s.start)), sents))


def _people(ents) -> list[str]:
    return sorted(e.name for e in ents if e.type == "PERSON")


@pytest.mark.parametrize("text,name", [
    ("Apple's iTunes store passed U.S. electronics retailer Best Buy in music sales.", "Best Buy"),  # class noun
    ("Improvements to the mobile Safari browser were also announced.", "Safari"),  # class noun after
    ("Apple highlighted the new Safari 4.0 web browser.", "Safari"),  # a version number
    ("GM would continue building the Aura sedan for two years.", "Aura"),
])
def test_entities_person_evidence_thing_next_to_the_name_is_no_person(text, name):
    assert name not in _people(_ents(text, (name, "PERSON")))


def test_entities_person_evidence_same_words_tagged_org_elsewhere():
    text = ("Northrop Grumman and EADS won the order. The Air Force thanked its prime contractor, Northrop Grumman, "
            "for the bid.")
    ents = _ents(text, ("Northrop Grumman", "ORG"), ("EADS", "ORG"), ("Northrop Grumman", "PERSON"))
    assert "Northrop Grumman" not in _people(ents)
    org = [e for e in ents if e.name == "Northrop Grumman"]
    assert len(org) == 1 and org[0].type == "ORG" and len(org[0].spans) == 2


@pytest.mark.parametrize("text,name,kept", [
    ("Lockheed Martin's Atlas V and Boeing's Delta IV are two types of rockets.", "Lockheed Martin", False),
    ("Apple will replace Mac OS X Snow Leopard in July.", "Snow Leopard", False),
    ("Apple added a dynamic task manager named Mission Control to the system.", "Mission Control", False),
    ("Chile's Zorbak Quillon agreed to hold joint exercises.", "Zorbak Quillon", True),  # a stated country
    ("Alberto Quillon agreed to hold joint exercises.", "Alberto Quillon", True),  # a known given name
    ("Zorbak Quillon agreed to hold joint exercises.", "Zorbak Quillon", False),  # no evidence at all
])
def test_entities_person_evidence_name_without_cue_needs_a_given_name(text, name, kept):
    assert (name in _people(_ents(text, (name, "PERSON")))) is kept


@pytest.mark.parametrize("text,name", [
    ("Assistant Secretary of the Air Force for Acquisition Zorbak Quillon spoke about Boeing.", "Zorbak Quillon"),
    ("The vice president of Dacia, Zorbak Quillon, said the price was not important.", "Zorbak Quillon"),
    ("A contrary view is offered by Zorbak Quillon, a management expert at Stanford University.", "Zorbak Quillon"),
    ("Zorbak Quillon, 52, joined the board in May.", "Zorbak Quillon"),
    ('"The response has been massive," said Zorbak Quillon.', "Zorbak Quillon"),
])
def test_entities_person_evidence_person_cues(text, name):
    assert _people(_ents(text, (name, "PERSON"))) == [name]


def test_entities_person_evidence_office_of_an_organisation_is_not_its_holder():
    text = ('"This is just the start," said Julien Talavan, a spokesman for Force Ouvriere, the main Airbus union in '
            'France.')
    ents = _ents(text, ("Julien Talavan", "PERSON"), ("Force Ouvriere", "PERSON"), ("Airbus", "ORG"),
                 ("France", "GPE"))
    assert _people(ents) == ["Julien Talavan"]
    assert not any("spokesman" in r for e in ents if e.name == "Force Ouvriere" for r in e.roles)


def test_entities_person_evidence_attribution_is_no_cue_for_a_reported_subject():
    text = "Officials said Humanitarian Assistance would be on the agenda of the next round."
    assert _people(_ents(text, ("Humanitarian Assistance", "PERSON"))) == []


def test_entities_person_evidence_irish_o_apostrophe_joins_the_surname():
    text = "Ryanair CEO, Michael O' Leary, justified his choice of Boeing."
    ents = _ents(text, ("Ryanair", "ORG"), ("Michael O'", "PERSON"), ("Leary", "GPE"))
    assert _people(ents) == ["Michael O' Leary"]
    assert not any(e.name == "Leary" for e in ents)


def test_entities_person_evidence_word_after_a_name_suffix_names_a_thing():
    text = "U.S. markets are closed on Monday for Martin Luther King Jr. Day, a national holiday."
    assert _people(_ents(text, ("Martin Luther King Jr. Day", "PERSON"))) == []


def test_entities_person_evidence_unknown_title_before_a_full_name_of_the_article():
    text = "Defence Minister Rajnath Singh arrived on Tuesday. Raksha Mantri Rajnath Singh held talks in Moscow."
    ents = _ents(text, ("Rajnath Singh", "PERSON"), ("Raksha Mantri Rajnath Singh", "PERSON"), ("Moscow", "GPE"))
    got = [e for e in ents if e.type == "PERSON"]
    assert [e.name for e in got] == ["Rajnath Singh"] and len(got[0].spans) == 2
    assert "Raksha Mantri" in got[0].titles


@pytest.mark.parametrize("word,kept", [("Putin", True), ("Nano", False), ("Safari", False)])
def test_entities_person_evidence_lone_surname_of_a_prominent_person(word, kept):
    # Putin: the last word of 11 PETRARCH2 entries; Nano, Safari: of one or two (ENTITY_SURNAME_MIN_ENTRIES = 3)
    assert people._known_single(word) is kept


def test_entities_person_evidence_short_given_name_is_the_same_person():
    per = {"a": _ents("Apple chief executive Tim Cook said sales rose.", ("Apple", "ORG"), ("Tim Cook", "PERSON")),
           "b": _ents("Timothy D. Cook, Apple's chief operating officer, said the iPad sold well.",
                      ("Timothy D. Cook", "PERSON"), ("Apple", "ORG")),
           "c": _ents("Analyst Dan Cook said the shares were cheap.", ("Dan Cook", "PERSON"))}
    ents, _ = entities.resolve(per, [])
    cooks = sorted((e.name, len(e.article_ids)) for e in ents if e.type == "PERSON")
    assert cooks == [("Dan Cook", 1), ("Tim Cook", 2)], cooks


def test_entities_person_evidence_company_word_is_not_the_surname_of_its_chief():
    text = ("The Ford Motor Company will cut 30,000 jobs. The plan of Ford's Chief Executive Officer, William Clay "
            "Ford Jr., is to end Ford's losses.")
    ents = _ents(text, ("The Ford Motor Company", "ORG"), ("Ford", "ORG"), ("William Clay Ford Jr.", "PERSON"),
                 ("Ford", "ORG"))
    person = [e for e in ents if e.type == "PERSON"]
    assert [(e.name, e.span_texts) for e in person] == [("William Clay Ford Jr.", ("William Clay Ford Jr.",))]
