"""Actors the parse finds beyond named entities (issue 10, session 4): a subject phrase that names only a place
acts for it, and people named by what they do or where they live are actors."""

from __future__ import annotations

import pytest

from newsdesk import coding, entities, model, ner


def _code(text: str, day: str = "2024-03-08") -> list[tuple[str, str, str | None]]:
    art = model.Article(id="a", external_id="a", source=None, url=None, title=None, text=text, raw_text=text,
                        published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                        removed=(), ingested_at=day)
    parsed = next(ner.parse([text]))
    return [(r.actor, r.action, r.target) for r in coding.code(art, parsed, entities.mentions(art, parsed))]


def test_coding_roles_subject_that_names_a_place_acts_for_it():
    # "a bombing" is no actor; the place its phrase names is (PLOVER codes the attack to it)
    assert _code("A car bombing near the town of Tikrit killed three Iraqi policemen on Monday.") == [
        ("Tikrit", "ASSAULT", "Iraqi policemen")]


@pytest.mark.parametrize("text,expected", [
    ("Kurdish inhabitants of the border villages threatened to block the highway.",
     ("Kurdish inhabitants of the border villages", "THREATEN")),
    ("Local doctors protested outside the hospital in Nairobi.", ("Local doctors", "PROTEST")),
])
def test_coding_roles_people_by_occupation_or_home_are_actors(text, expected):
    assert [(a, t) for a, t, _ in _code(text)] == [expected]
