"""Countries from the article when the words next to a person give none (issue 10, item 6): counterpart logic,
an office in an article about one country, a dictionary prior never over the text; "and" ends a premodifier
at a name; the same full name is one corpus entity even where one article misreads the country."""

from __future__ import annotations

import pytest

from newsdesk import entities, model, ner
from newsdesk.entities.context import _analyse_run, _left_run


def _art(text: str, aid: str = "a") -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published="2023-04-28", published_evidence="metadata", page_date=None, lang="en",
                         credits=(), removed=(), ingested_at="2023-04-28")


def _ents(text: str, aid: str = "a") -> list[model.ArticleEntity]:
    return entities.mentions(_art(text, aid), next(ner.parse([text])))


def _person(ents, token: str) -> model.ArticleEntity:
    got = [e for e in ents if e.type == "PERSON" and token in e.name]
    assert len(got) == 1, [(e.name, e.type) for e in ents]
    return got[0]


@pytest.mark.parametrize("pair", ["between India and Russia", "India-Russia"])
def test_entities_countries_counterpart_gives_the_other_country_of_the_pair(pair):
    text = (f"Talks {pair} on defence were held in Moscow on Wednesday. Kiran Verma met his Russian counterpart "
            "Sergei Shoigu and discussed joint exercises.")
    ents = _ents(text)
    verma = _person(ents, "Verma")
    assert verma.country_code == "IND"
    ev = verma.country_evidence[0]
    assert (ev.kind, ev.code) == ("counterpart", "IND") and "Russian counterpart" in ev.text
    assert _person(ents, "Shoigu").country_code == "RUS"


def test_entities_countries_counterpart_needs_the_article_to_pair_the_countries():
    # three countries and no pair: the counterpart alone does not say whose minister Verma is
    ents = _ents("Kiran Verma met his Russian counterpart Sergei Shoigu. Officials from China, Iran and "
                 "Kazakhstan also attended.")
    assert _person(ents, "Verma").country_code is None


def test_entities_countries_office_in_an_article_about_one_other_country():
    text = ("Defence Minister Kiran Verma and Australian Defence Minister Richard Marles reviewed defence ties "
            "on Wednesday. India and Australia share a vision of an open region, Verma said.")
    verma = _person(_ents(text), "Verma")
    ev = verma.country_evidence[0]
    assert (verma.country_code, ev.kind) == ("IND", "article office") and "Defence Minister" in ev.text
    # two countries left over: no guess
    text2 = ("Defence Minister Kiran Verma met officials on Wednesday. India, Japan and Australia share a vision "
             "of an open region, Verma said.")
    assert _person(_ents(text2), "Verma").country_code is None


def test_entities_countries_article_office_is_weaker_than_an_explicit_country():
    explicit = _ents("Indian Defence Minister Kiran Verma met French officials in Paris on Monday.", "a1")
    office = _ents("Defence Minister Kiran Verma visited Paris on Tuesday. France wants more exercises, "
                   "Verma said.", "a2")
    assert _person(office, "Verma").country_evidence[0].kind == "article office"
    ents, _ = entities.resolve({"a1": explicit, "a2": office}, [])
    verma = next(e for e in ents if e.type == "PERSON" and "Verma" in e.name)
    assert verma.country_code == "IND" and verma.country_evidence[0].kind == "explicit"


def test_entities_countries_dictionary_prior_never_over_the_text():
    # Narendra Modi is in PETRARCH2's people (IND); an explicit country in the text wins
    ents = _ents("Pakistani official Narendra Modi spoke in Lahore.")
    modi = _person(ents, "Modi")
    assert modi.country_code == "PAK" and all(e.kind != "dictionary prior" for e in modi.country_evidence)


def test_entities_countries_premodifier_run_ends_at_a_name_before_and():
    text = ("India's Defence Minister Rajnath Singh and Australian Deputy Prime Minister and Defence Minister "
            "Richard Marles")
    run, _ = _left_run(text, 0, text.index("Richard"))
    assert run[0] == "Australian"  # not "India's": Singh's premodifier is not Marles's
    assert _analyse_run(run)[2] == "AUS"
    # "and" between two offices of one person stays inside the run
    assert "Deputy" in run and "Defence" in run


def _ae(name: str, code: str, aid: str, kind: str = "explicit") -> model.ArticleEntity:
    return model.ArticleEntity(key=f"PERSON:{name}", name=name, type="PERSON", country_code=code, spans=((0, 5),),
                               span_texts=(name[:5],), country_evidence=(model.CountryEvidence(code, kind, "x"),))


def test_entities_countries_same_full_name_is_one_entity_despite_a_misread_country():
    per = {"a1": [_ae("Richard Marles", "IND", "a1")], "a2": [_ae("Richard Marles", "AUS", "a2")],
           "a3": [_ae("Richard Marles", "AUS", "a3")]}
    ents, _ = entities.resolve(per, [])
    marles = [e for e in ents if e.type == "PERSON"]
    assert len(marles) == 1 and marles[0].country_code == "AUS" and len(marles[0].article_ids) == 3
    # incremental: the misread article arriving after the corpus has an entity joins it too
    more, _ = entities.resolve({"a4": [_ae("Richard Marles", "IND", "a4")]}, marles)
    assert [e.id for e in more] == [marles[0].id]


def test_entities_countries_two_people_sharing_a_surname_stay_apart():
    per = {"a1": [_ae("Rajnath Singh", "IND", "a1")], "a2": [_ae("Manmohan Singh", "IND", "a2")],
           "a3": [_ae("Rajnath Singh", "IND", "a3"), _ae("Manmohan Singh", "IND", "a3")]}
    per["a3"][1] = model.ArticleEntity(key="PERSON:m", name="Manmohan Singh", type="PERSON", country_code="IND",
                                       spans=((10, 15),), span_texts=("Manmo",))
    ents, _ = entities.resolve(per, [])
    names = sorted(e.name for e in ents if e.type == "PERSON")
    assert names == ["Manmohan Singh", "Rajnath Singh"]


@pytest.mark.parametrize("order", [("a1", "a2"), ("a2", "a1")])
def test_entities_countries_unknown_title_before_a_known_full_name_is_that_person(order):
    # "Raksha Mantri" (Hindi: defence minister) is in no title list; the known full name after it decides
    titled = model.ArticleEntity(key="PERSON:r", name="Raksha Mantri Rajnath Singh", type="PERSON", spans=((0, 5),),
                                 span_texts=("Raksh",))
    per = {order[0]: [titled], order[1]: [_ae("Rajnath Singh", "IND", order[1])],
           "a3": [_ae("Manmohan Singh", "IND", "a3")]}
    ents, _ = entities.resolve(per, [])
    people = {e.name: e for e in ents if e.type == "PERSON"}
    assert sorted(people) == ["Manmohan Singh", "Rajnath Singh"]
    singh = people["Rajnath Singh"]
    assert len(singh.article_ids) == 2 and "Raksha Mantri" in singh.titles and singh.country_code == "IND"
