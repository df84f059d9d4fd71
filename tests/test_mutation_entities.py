"""Entity decisions that hand-made mutants (mutation/handmade.toml) found unguarded; each test names its mutant."""

from __future__ import annotations

from newsdesk import entities, model, ner

TEXTS = {
    "a1": "Kenyan Foreign Minister John Mwangi met officials in Nairobi on Monday to discuss trade.",
    "a2": "Tanzanian Foreign Minister Jon Mwangi visited Dodoma on Tuesday to open a new school.",
    "a3": "Kenyan Foreign Minister Jon Mwangi flew to Addis Ababa on Friday.",
    "s1": "Kenyan Foreign Minister Mwangi met officials in Nairobi on Monday to discuss trade.",
    "t3": "Kenyan Foreign Minister John Kamau Mwangi met officials in Nairobi on Monday to discuss trade.",
}


def _ents(aid: str) -> list[entities.ArticleEntity]:
    text = TEXTS[aid]
    art = model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                        published="2024-03-08", published_evidence="metadata", page_date=None, lang="en",
                        credits=(), removed=(), ingested_at="2024-03-08")
    return entities.mentions(art, next(ner.parse([text])))


def _people(ents):
    return [(e.name, e.aliases, e.country_code, e.article_ids) for e in ents if e.type == "PERSON"]


def test_entities_resolve_country_conflict_keeps_a_variant_name_apart():
    """Mutant entities-country-veto-removed (`if top != ae.country_code: return False` disabled in
    `_person_match`): 'Jon Mwangi' of Tanzania is not the corpus' Kenyan 'John Mwangi', though the given names are
    compatible; the same variant stated Kenyan joins him (as an alias)."""
    stored, _ = entities.resolve({"a1": _ents("a1")}, [])
    assert _people(stored) == [("John Mwangi", (), "KEN", ("a1",))]
    other, _ = entities.resolve({"a2": _ents("a2")}, stored)
    assert _people(other) == [("Jon Mwangi", (), "TZA", ("a2",))]
    same, _ = entities.resolve({"a3": _ents("a3")}, stored)
    assert _people(same) == [("John Mwangi", ("Jon Mwangi",), "KEN", ("a1", "a3"))]


def test_entities_participants_most_widely_covered_first():
    """Mutant: `-len(arts[e.id])` -> `not len(...)` in `participants` (the article count no longer orders): the
    person in more of the event's articles comes first, then more mentions, then the name; only PERSONs, only
    mentions in the given articles."""
    ents = [model.Entity("p1", "Ana Ruiz", "PERSON"), model.Entity("p2", "Bo Chen", "PERSON", roles=("mayor",)),
            model.Entity("p3", "Cy Diallo", "PERSON"), model.Entity("o1", "Harbour Board", "ORG")]
    m = [model.Mention("p1", "a1", "Ana Ruiz", 0, 8), model.Mention("p1", "a1", "Ruiz", 20, 24),
         model.Mention("p1", "a1", "Ruiz", 40, 44),  # Ana Ruiz: 3 mentions, 1 article
         model.Mention("p2", "a1", "Bo Chen", 50, 57), model.Mention("p2", "a2", "Chen", 0, 4),  # 2 articles
         model.Mention("p3", "a3", "Cy Diallo", 0, 9),  # not in the event's articles
         model.Mention("o1", "a1", "Harbour Board", 60, 73), model.Mention("o1", "a2", "Harbour Board", 9, 22)]
    got = entities.participants(ents, m, ["a1", "a2"])
    assert [(p.name, p.entity_id, p.role) for p in got] == [("Bo Chen", "p2", "mayor"), ("Ana Ruiz", "p1", None)]


def test_entities_resolve_one_word_name_gives_way_to_the_full_name_only():
    """Mutants of `len(name_tokens(target.name)) < 2 <= len(name_tokens(ae.name))` (`<` -> `!=`, the bounds
    moved): a surname-only corpus person takes the full name when it appears (the surname becomes an alias); a
    two- or three-word name is never replaced by another full form, which becomes an alias."""
    for first, second, want in (
            ("s1", "a1", ("John Mwangi", ("Mwangi",))),
            ("a1", "t3", ("John Mwangi", ("John Kamau Mwangi",))),
            ("t3", "a1", ("John Kamau Mwangi", ("John Mwangi",)))):
        stored, _ = entities.resolve({first: _ents(first)}, [])
        got, _ = entities.resolve({second: _ents(second)}, stored)
        assert _people(got) == [(*want, "KEN", tuple(sorted((first, second))))], (first, second)
