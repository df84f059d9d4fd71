"""PERSON span cleaning, office ORGs, list items, lone names and country evidence (issue 10, items 5-6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import entities, model, ner
from newsdesk.eval.entities import run_officials

FIX = Path(__file__).parent / "fixtures" / "officials"


def _art(text: str, aid: str = "a") -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published="2019-09-06", published_evidence="metadata", page_date=None, lang="en",
                         credits=(), removed=(), ingested_at="2019-09-06")


def _ents(text: str) -> list[model.ArticleEntity]:
    art = _art(text)
    return entities.mentions(art, next(ner.parse([text])))


def _person(ents, token: str):
    got = [e for e in ents if e.type == "PERSON" and token in e.name]
    assert len(got) == 1, [(e.name, e.type) for e in ents]
    return got[0]


def test_entities_people_office_org_gives_role_and_country():
    ents = _ents("Singh also met the Minister of Defence of Uzbekistan, Lt Gen Bakhodir Kurbanov, in Moscow.")
    e = _person(ents, "Kurbanov")
    assert e.country_code == "UZB" and "Minister of Defence" in e.roles
    assert (e.country_evidence[0].code, e.country_evidence[0].kind) == ("UZB", "office")
    assert "Uzbekistan" in e.country_evidence[0].text
    assert not any(x.type == "ORG" and "Minister" in x.name for x in ents)


def test_entities_people_rank_chain_recovered():
    ents = _ents("Singh met the Minister of Defence of Kyrgyzstan, Lt Gen Bekbolotov B. Asankalievich, on Friday.")
    e = _person(ents, "Asankalievich")
    assert e.country_code == "KGZ"


def test_entities_people_list_item_is_no_apposition():
    ents = _ents("Tajikistan's Colonel General Sherali Mirzo, Iran's Brigadier General Amir Hatami and "
                 "Kazakhstan's Nurlan Yermekbayev also attended.")
    e = _person(ents, "Mirzo")
    assert e.country_code == "TJK"
    assert not any("Hatami" in r or "General" in r for r in e.roles), e.roles


@pytest.mark.parametrize("text,name,want", [
    ("Russian troops massed near Kiev, Zelenskyy said.", "Kiev", [("Kiev", "GPE")]),
    ("Rajnath Singh later posted photographs of the meetings on Twitter.", "Twitter", []),  # a platform: no entity
])
def test_entities_people_non_person_spans_relabelled(text, name, want):
    assert [(e.name, e.type) for e in _ents(text) if e.name == name] == want


def test_entities_people_lone_given_name_joins_the_full_person():
    ents = _ents("Rajnath arrived on Thursday. Defence Minister Rajnath Singh held talks with Sergei Shoigu.")
    e = _person(ents, "Rajnath")
    assert e.name == "Rajnath Singh" and len(e.spans) == 2


def test_entities_people_shared_surname_stays_apart():
    per = {"a": _ents("Defence Minister Rajnath Singh met Sergei Shoigu. Singh said the talks went well."),
           "b": _ents("Former prime minister Manmohan Singh spoke to reporters in New Delhi.")}
    ents, _ = entities.resolve(per, [])
    names = sorted(e.name for e in ents if e.type == "PERSON")
    assert "Rajnath Singh" in names and "Manmohan Singh" in names


def test_entities_people_dictionary_prior_never_over_text():
    per = {"a": _ents("Prime Minister Narendra Modi praised the talks."),
           "b": _ents("Fidel Castro's brother Raul met Venezuelan officials.")}
    ents, _ = entities.resolve(per, [])
    modi = next(e for e in ents if e.name == "Narendra Modi")
    assert modi.country_code == "IND" and modi.country_evidence[0].kind == "dictionary prior"


def test_entities_people_officials_fixture():
    got = run_officials(FIX)
    assert got["person_precision"] == 1.0
    assert got["one_entity_per_person"] == "40/40"
    assert got["country_accuracy"] >= 0.97
    assert got["non_persons_typed_person"] == [] and got["kept_apart"] == "1/1"


def _fix(text: str, *spans: tuple[str, str]) -> list[tuple[str, str]]:
    from newsdesk.entities.people import fix_spans

    out = []
    for t, label in spans:
        a = text.rindex(t)  # the last occurrence
        out.append(model.Span(t, label, a, a + len(t), 0))
    return [(s.text, s.label) for s in fix_spans(text, out, ((0, len(text)),))]


@pytest.mark.parametrize("text,word,kept", [
    ("Apple released Tiger, the new version of its system, on Friday.", "Tiger", False),
    ("Sales in GB rose.", "GB", False),
    ("Lula said the talks went well.", "Lula", True),  # the subject of a verb of saying
    ("Putin arrived in Beijing on Monday.", "Putin", True),  # a person in PETRARCH2's people
    ("President Lula arrived.", "Lula", True),  # a title before it
])
def test_entities_people_one_word_person_needs_a_cue(text, word, kept):
    got = _fix(text, (word, "PERSON"))
    assert (got == [(word, "PERSON")]) is kept, got


def test_entities_people_one_word_person_kept_as_a_token_of_a_full_name():
    text = "Rajnath Singh arrived. Rajnath then met reporters."
    assert _fix(text, ("Rajnath Singh", "PERSON"), ("Rajnath", "PERSON")) == [("Rajnath Singh", "PERSON"),
                                                                                ("Rajnath", "PERSON")]
    assert _fix("Rajnath then met reporters.", ("Rajnath", "PERSON")) == []  # no full name, no cue


def test_entities_people_organisation_head_is_never_a_person():
    # "General" is a rank, but "General Motors Corporation" names no person; nor does "App Store"
    text = "General Motors Corporation cut jobs, and the App Store grew."
    got = _fix(text, ("General Motors Corporation", "ORG"), ("App Store", "PERSON"))
    assert got == [("General Motors Corporation", "ORG"), ("App Store", "ORG")]
