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
