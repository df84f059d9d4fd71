"""PLOVER record invariants that mutation testing found unguarded (mutation/survivors.toml): a record's evidence is
its own sentence, record ids tell apart the records of one trigger with different actors, and a merged record takes
the consensus date of its articles, not the first one's."""

from __future__ import annotations

from newsdesk import coding, entities, model, ner


def _art(text: str, aid: str = "a", day: str = "2024-03-08") -> model.Article:
    return model.Article(id=aid, external_id=aid, source=None, url=None, title=None, text=text, raw_text=text,
                         published=day, published_evidence="metadata", page_date=None, lang="en", credits=(),
                         removed=(), ingested_at=day)


def _code(text: str, aid: str = "a") -> list[model.Record]:
    art = _art(text, aid)
    parsed = next(ner.parse([text]))
    return coding.code(art, parsed, entities.mentions(art, parsed))


def _rec(aid: str, date: str | None, place: str | None = "Lima") -> model.Record:
    return model.Record(id=f"r-{aid}", event_id=None, actor="Kenya", actor_country="KEN", action="ACCUSE",
                        target="Sudan", target_country="SDN", place=place, date=date, context=None,
                        evidence="Kenya accused Sudan of shelling border villages.", sources=(aid,))


def test_coding_record_evidence_is_its_own_sentence():
    """Mutant: evidence = the whole article text."""
    sentence = "France and Germany accused Russia of shelling the port on Friday."
    recs = _code(f"Markets were calm on Monday. {sentence} Talks are planned for next month.")
    assert [(r.actor, r.action, r.target) for r in recs] == [("France", "ACCUSE", "Russia"),
                                                             ("Germany", "ACCUSE", "Russia")]
    assert {r.evidence for r in recs} == {sentence}


def test_coding_record_ids_differ_by_actor_and_stay_stable():
    """Mutant: the record id made without actor/target: both actors' records of one trigger share an id and the
    store (id primary key) keeps one of them."""
    text = "France and Germany accused Russia of shelling the port on Friday."
    first, again = _code(text), _code(text)
    assert len(first) == 2 and len({r.id for r in first}) == 2
    assert [r.id for r in first] == [r.id for r in again]  # content-derived: the same text gives the same ids
    assert {r.id for r in _code(text, "b")}.isdisjoint(r.id for r in first)  # and another article other ids


def test_coding_merge_takes_consensus_date_not_first():
    """Mutant: the merged record's date taken from the first record."""
    rs = [_rec("a", "2024-03-01"), _rec("b", "2024-03-02"), _rec("c", "2024-03-02")]
    merged = coding.merge(rs, "ev")
    assert [(m.date, m.sources) for m in merged] == [("2024-03-02", ("a", "b", "c"))]
    assert [m.date for m in coding.merge(list(reversed(rs)), "ev")] == ["2024-03-02"]
