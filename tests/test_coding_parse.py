"""Roles and triggers read off the dependency parse (issue 10, items 1-3)."""

from __future__ import annotations

import pytest

from newsdesk import coding, entities, model, ner


def _code(text: str, day: str = "2024-03-08") -> list[tuple[str, str, str | None]]:
    art = model.Article(id="a", external_id="a", source=None, url=None, title=None, text=text, raw_text=text,
                        published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                        removed=(), ingested_at=day)
    parsed = next(ner.parse([text]))
    return [(r.actor, r.action, r.target) for r in coding.code(art, parsed, entities.mentions(art, parsed))]


@pytest.mark.parametrize("text,expected", [
    # subject / object / preposition roles
    ("Russia accused Ukraine of shelling the plant.", [("Russia", "ACCUSE", "Ukraine")]),
    ("Rajnath Singh held talks with Sergei Shoigu in Moscow.", [("Rajnath Singh", "CONSULT", "Sergei Shoigu")]),
    # "A and B met": one symmetric record
    ("Rajnath Singh and Sergei Shoigu met in Moscow.", [("Rajnath Singh", "CONSULT", "Sergei Shoigu")]),
    # passive: the by-agent acts on the subject
    ("Ukraine was attacked by Russia on Friday.", [("Russia", "ASSAULT", "Ukraine")]),
    # a governed trigger is part of the governing event
    ("Iran threatened to impose sanctions on Iraq.", [("Iran", "THREATEN", "Iraq")]),
    # announced intent: AGREE for cooperation
    ("Japan said it will send aid to Turkey.", [("Japan", "AGREE", "Turkey")]),
    # "X said Y must ...": the speaker demands
    ("Palestinian officials said Israel must stop the raids.", [("Palestinian officials", "REQUEST", "Israel")]),
    # a group marked by its country acts for it
    ("Israeli helicopters shelled Lebanon on Monday.", [("Israeli helicopters", "ASSAULT", "Lebanon")]),
])
def test_coding_parse_roles(text, expected):
    assert _code(text) == expected


@pytest.mark.parametrize("text", [
    "India did not attack Pakistan.",  # negated
    "Rajnath Singh held no talks with Sergei Shoigu.",  # negated light-verb object
    'Shoigu said: "Russia will attack China."',  # a quotation is no world action
    "These exercises demonstrated the common interests of both countries.",  # no actor
])
def test_coding_parse_no_record(text):
    assert _code(text) == []


def test_coding_parse_several_events_per_sentence():
    got = _code("Rebels attacked a police station and kidnapped two officers.")
    assert [a for _, a, _ in got] == ["ASSAULT", "ASSAULT"] and all(x == "Rebels" for x, _, _ in got)


def test_coding_parse_reported_speech_speaker_is_not_the_actor():
    got = _code("Kenyan officials said rebels attacked the town of Garissa.")
    assert got and all(actor != "Kenyan officials" for actor, _, _ in got)


@pytest.mark.parametrize("text,expected", [
    # the actor noun phrase as written, with its adjective and of/in phrases (as PLOVER coders write actors)
    ("Militants loyal to the former army chief attacked a police station in Kabul.",
     ("Militants loyal to the former army chief", "ASSAULT")),
    ("Rebels in northern Mali rejected the peace plan.", ("Rebels in northern Mali", "REJECT")),
    # a group "of" a person is the group, not the person
    ("Supporters of former President Imran Khan protested outside the court in Lahore.",
     ("Supporters of former President Imran Khan", "PROTEST")),
])
def test_coding_parse_actor_as_written(text, expected):
    assert [(a, t) for a, t, _ in _code(text)] == [expected]


def test_coding_parse_target_keeps_titles():
    assert _code("Moroccan diplomats met President Joe Biden in Washington.") == [
        ("Moroccan diplomats", "CONSULT", "President Joe Biden")]


@pytest.mark.parametrize("text,expected", [
    # the target inside the trigger's phrases when the direct object stands for no actor
    ("Britain mobilised army reservists for a possible war against Iraq.", "Iraq"),
    ("Pakistan conceded to demands from India to release the fishermen.", "India"),
    ("Aid workers suspended food deliveries in Somalia after the attack.", "Somalia"),
])
def test_coding_parse_target_inside_phrases(text, expected):
    assert [t for _, _, t in _code(text)] == [expected]


def test_coding_parse_unless_makes_a_threat():
    got = _code("Kenya announced that it will withdraw its soldiers from Somalia unless President Hassan Sheikh "
                "Mohamud signs a ceasefire with the militias.")
    assert [(a, t) for a, t, _ in got] == [("Kenya", "THREATEN")]
    assert [(a, t) for a, t, _ in _code("Kenya announced that it will withdraw its soldiers from Somalia.")] == [
        ("Kenya", "AGREE")]  # no condition: an announced withdrawal


@pytest.mark.parametrize("text", [
    "The truce will collapse if Israel attacks Gaza again.",
    "Diplomats fear the region will slide into war if Russia invades Ukraine.",
])
def test_coding_parse_conditional_clause_is_not_coded(text):
    assert _code(text) == []  # an "if" clause is hypothetical: no ASSAULT record


@pytest.mark.parametrize("text,expected", [
    # CAMEO 055 "apologize" is PLOVER SUPPORT (the published CAMEO->PLOVER table)
    ("Chile apologized to Peru for the border incident.", ("Chile", "SUPPORT", "Peru")),
    # a formal protest lodged with a government is a complaint (CAMEO 114 -> ACCUSE), not a street protest
    ("Japan lodged a protest with China over the patrol boats.", ("Japan", "ACCUSE", "China")),
    # "continue" is a light verb; a hunger strike is a protest whatever its verb
    ("Opposition activists continued their hunger strike outside parliament.",
     ("Opposition activists", "PROTEST", "parliament")),
])
def test_coding_parse_light_nouns_and_published_types(text, expected):
    assert _code(text) == [expected]
